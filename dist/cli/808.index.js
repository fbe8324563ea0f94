export const id = 808;
export const ids = [808];
export const modules = {

/***/ 5427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportCommand: () => (/* binding */ exportCommand),
  sqlCommand: () => (/* binding */ sqlCommand)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/sql/sqlite-glue.ts

/**
 * The JavaScript half of sql.js (its browser build) as text, for a worker
 * thread that runs a query apart from the main thread. Read the same way as
 * the wasm bytes (see sqlite-wasm.ts): the bundler copies the file beside the
 * bundle, so the worker needs nothing from node_modules at run time.
 */
function sqliteGlueSource() {
    return (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "sql-wasm-browser.js", 'utf8');
}

;// CONCATENATED MODULE: ./shared/sql/sqlite-wasm.ts

/**
 * The bytes of SQLite compiled to WebAssembly (sql.js): no native build, nothing downloaded at
 * run time. The bundler recognises exactly this form, alone in its module (readFileSync of a URL
 * relative to the module): it copies the file beside the bundle, byte for byte, and rewrites the
 * path; tests read it from node_modules. (In a module that also imports the sql.js glue, webpack's
 * own asset handling takes over and writes the binary as text, corrupting it.)
 */
function sqliteWasm() {
    return (0,external_node_fs_.readFileSync)(__webpack_require__.ab + "sql-wasm.wasm");
}

;// CONCATENATED MODULE: ./shared/sql/bounded-query.ts




const DEFAULT_TIME_LIMIT_S = 10;
const DEFAULT_MAX_ROWS = 10_000;
const MAX_QUERY = 100_000;
const BATCH = 1000;
// Runs in the worker (CommonJS, after sql.js's glue has defined initSqlJs). It checks the
// statement count, then steps the one statement and posts rows in batches; the main thread
// ends the worker when the time limit passes (sql.js has no progress handler to interrupt
// SQLite from inside). `PRAGMA query_only` makes SQLite itself refuse any write.
const WORKER_MAIN = `
const { parentPort, workerData } = require('node:worker_threads')
const post = (m) => parentPort.postMessage(m)
;(async () => {
  const SQL = await initSqlJs({ wasmBinary: workerData.wasm })
  const db = new SQL.Database(workerData.bytes)
  db.run('PRAGMA query_only = ON')
  let count = 0
  try {
    for (const s of db.iterateStatements(workerData.query)) { s.free(); count++ }
  } catch (e) { return post({ type: 'error', stage: 'parse', message: String(e && e.message || e) }) }
  if (count !== 1) return post({ type: 'error', stage: 'count', count })
  const st = db.prepare(workerData.query)
  try {
    post({ type: 'columns', columns: st.getColumnNames() })
    let batch = []
    let n = 0
    while (st.step()) {
      if (n === workerData.maxRows) { post({ type: 'rows', rows: batch, more: true }); batch = null; break }
      batch.push(st.get())
      n++
      if (batch.length === ${BATCH}) { post({ type: 'rows', rows: batch }); batch = [] }
    }
    if (batch) post({ type: 'rows', rows: batch })
    post({ type: 'done' })
  } catch (e) { post({ type: 'error', stage: 'run', message: String(e && e.message || e) }) }
  finally { st.free(); db.close() }
})().catch((e) => post({ type: 'error', stage: 'run', message: String(e && e.message || e) }))
`;
/**
 * Runs one read-only statement over a SQLite database given as bytes, in a
 * worker thread, within a time limit and a row limit. A query that never
 * ends (a recursive CTE without a stop) is ended at the limit with a clear
 * error; rows come in batches, so a huge result never sits in one call.
 */
async function boundedQuery(bytes, query, bounds) {
    if (query.trim() === '')
        throw new errors/* InputError */.dz('the query is empty: expected one SQL statement, e.g. "SELECT * FROM v_feature_status"');
    if (query.length > MAX_QUERY)
        throw new errors/* InputError */.dz(`the query is ${query.length} characters long: at most ${MAX_QUERY} are accepted`);
    const worker = new external_node_worker_threads_.Worker(`${sqliteGlueSource()}\n${WORKER_MAIN}`, {
        eval: true,
        workerData: { bytes, wasm: sqliteWasm(), query, maxRows: bounds.maxRows },
        stdout: true,
        stderr: true,
    });
    const result = { columns: [], rows: [], truncated: false };
    let timer;
    try {
        await new Promise((resolve, reject) => {
            timer = setTimeout(() => reject(timeLimitError(bounds.timeLimitMs)), bounds.timeLimitMs);
            worker.on('error', (e) => reject(new Error(`events sql: the query worker failed: ${e.message}`)));
            worker.on('exit', (code) => reject(new Error(`events sql: the query worker stopped (exit code ${code}) before answering`)));
            worker.on('message', (m) => {
                if (m.type === 'columns')
                    result.columns = m.columns;
                else if (m.type === 'rows') {
                    for (const row of m.rows)
                        result.rows.push(row.map(cell));
                    if (m.more) {
                        result.truncated = true;
                        resolve();
                    }
                }
                else if (m.type === 'done')
                    resolve();
                else
                    reject(workerError(m));
            });
        });
    }
    finally {
        clearTimeout(timer);
        await worker.terminate();
    }
    return result;
}
function timeLimitError(ms) {
    const s = ms / 1000;
    return new errors/* InputError */.dz(`the query ran for ${s} s without finishing and was stopped: expected a query that ends within --time-limit ${s} ` +
        '(a recursive CTE needs a condition that stops it, e.g. WHERE n < 100; or raise --time-limit)');
}
function workerError(m) {
    if (m.stage === 'parse')
        return new errors/* InputError */.dz(`the query is not valid SQL: ${m.message}`);
    if (m.stage === 'count')
        return new errors/* InputError */.dz(`the query holds ${m.count} statements: expected exactly one (a SELECT, or WITH … SELECT)`);
    if (/readonly|read-only|query_only/i.test(m.message ?? ''))
        return new errors/* InputError */.dz(`events sql runs read-only queries; this one would change the database (${m.message})`);
    return new errors/* InputError */.dz(`the query failed: ${m.message}`);
}
function cell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string')
        return value;
    // BLOBs: shown as hex, never as raw bytes in a terminal.
    if (value instanceof Uint8Array)
        return `x'${Buffer.from(value).toString('hex')}'`;
    return String(value);
}

// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
// EXTERNAL MODULE: ./shared/state/projection/projection.ts
var projection_projection = __webpack_require__(1689);
// EXTERNAL MODULE: ./shared/state/log/rebuild.ts + 1 modules
var rebuild = __webpack_require__(542);
// EXTERNAL MODULE: ./shared/state/events/canonical-json.ts
var canonical_json = __webpack_require__(1511);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/state/projection/summarize.ts
var summarize = __webpack_require__(7083);
;// CONCATENATED MODULE: ./shared/sql/rows.ts


const opt = (v) => (v === undefined ? null : v);
/**
 * Derives every table's rows. History tables (task_events, test_results) come
 * from the events themselves; current-state tables from the projection, which
 * folds the same events with the rules the views and `events status` use.
 */
function tableRows(events, projection) {
    const sorted = [...events].sort((a, b) => (0,queries/* cmp */.r2)(a.time, b.time) || (0,queries/* cmp */.r2)(a.key, b.key));
    const rows = {
        features: [],
        agents: [],
        tasks: [],
        task_events: sorted.map(eventRow),
        pull_requests: [],
        conflicts: [],
        test_results: [],
        blockers: [],
        scope_drift: [],
        divergence: [],
        predicted_conflicts: [],
    };
    for (const e of sorted) {
        if (e.kind !== 'test-result')
            continue;
        const d = e.data;
        rows.test_results.push([
            e.key,
            e.feature,
            e.time,
            d.role,
            opt(d.branch),
            d.suite,
            d.passed,
            d.failed,
            d.skipped,
            d.durationMs,
            d.commit,
            opt(d.runUrl),
        ]);
    }
    for (const f of (0,queries/* featuresOf */.Hi)(projection)) {
        const r = f.registration;
        rows.features.push([f.spec, opt(r?.name), opt(r?.baseBranch), opt(r?.tasksFile), opt(r?.time), f.eventCount]);
        for (const a of (0,queries/* agentsOf */.et)(f)) {
            rows.agents.push([f.spec, a.branch, a.role, opt(a.index), a.time, (0,queries/* lastActivity */.eg)(f, [a.branch])]);
        }
        for (const t of (0,queries/* taskProgress */.hv)(f).tasks) {
            const assigned = f.assignments?.[t.id];
            rows.tasks.push([
                f.spec,
                t.id,
                opt(t.phase),
                opt(t.description),
                t.state,
                opt(t.agent),
                opt(t.commit),
                opt(t.time),
                opt(assigned?.agent),
                opt(assigned?.wave),
            ]);
        }
        for (const p of Object.values(f.prs).sort((a, b) => a.number - b.number)) {
            rows.pull_requests.push([f.spec, p.number, p.action, p.url, p.head, p.base, opt(p.title), p.time]);
        }
        for (const c of Object.values(f.conflicts).sort((a, b) => (0,queries/* cmp */.r2)(a.id, b.id))) {
            const d = c.detected;
            const open = c.openSince.length > 0 && d !== null;
            rows.conflicts.push([
                c.id,
                f.spec,
                c.branches[0],
                c.branches[1],
                open ? 'open' : 'resolved',
                opt(d?.leftSha),
                opt(d?.rightSha),
                d ? d.files.length : 0,
                (0,canonical_json/* canonicalJson */.d)(d?.files ?? []),
                open ? (0,queries/* timeOfStamp */.YN)(c.openSince[0]) : (c.resolved?.detectedAt ?? opt(d?.time)),
                opt(d?.time),
                opt(c.resolved?.time),
                opt(c.resolved?.lifetimeSeconds),
                d ? (d.kind ?? 'text') : null,
                opt(d?.check),
            ]);
        }
        for (const b of Object.values(f.blockers).sort((x, y) => (0,queries/* cmp */.r2)(x.id, y.id))) {
            const open = b.raised !== null && (!b.cleared || b.raised.stamp > b.cleared.stamp);
            rows.blockers.push([
                f.spec,
                b.id,
                open ? 'open' : 'cleared',
                opt(b.raised?.agent),
                opt(b.raised?.reason),
                opt(b.raised?.time),
                opt(b.cleared?.time),
                opt(b.cleared?.note),
            ]);
        }
        for (const d of Object.values(f.drift ?? {}).sort((x, y) => (0,queries/* cmp */.r2)(x.branch, y.branch) || (0,queries/* cmp */.r2)(x.path, y.path))) {
            const tasks = d.detected?.tasks;
            rows.scope_drift.push([
                f.spec,
                d.branch,
                d.path,
                d.raised > d.cleared ? 'open' : 'cleared',
                (0,canonical_json/* canonicalJson */.d)(tasks ?? []),
                opt(d.detected?.commit),
                opt(d.detected?.time),
                d.raised,
            ]);
        }
        for (const branch of Object.keys(f.divergence).sort()) {
            for (const against of Object.keys(f.divergence[branch]).sort()) {
                const d = f.divergence[branch][against];
                rows.divergence.push([f.spec, branch, against, d.ahead, d.behind, d.sha, d.time]);
            }
        }
        for (const p of Object.values(f.predicted ?? {}).sort((x, y) => (0,queries/* cmp */.r2)(x.agent, y.agent) || (0,queries/* cmp */.r2)(x.path, y.path) || (0,queries/* cmp */.r2)(x.sibling, y.sibling)))
            rows.predicted_conflicts.push([f.spec, p.agent, p.path, p.sibling, p.siblingSha, (0,canonical_json/* canonicalJson */.d)(p.ranges), p.time, p.warnings]);
    }
    return rows;
}
function eventRow(e) {
    // Kinds this version does not know (from a newer writer) still export: only `data` is read generically.
    const d = e.data;
    const str = (v) => (typeof v === 'string' ? v : null);
    const agent = str(d.agent) ?? str(d.branch) ?? str(d.head) ?? null;
    const commit = str(d.commit) ?? str(d.sha) ?? null;
    return [
        e.key,
        e.time,
        e.kind,
        e.feature,
        e.actor,
        e.schema,
        typeof d.occurrence === 'number' ? d.occurrence : null,
        agent,
        e.kind === 'task-updated' ? e.data.taskId : null,
        e.kind === 'task-updated' ? e.data.state : null,
        commit,
        (0,summarize/* summarizeEvent */.U2)(e),
        (0,canonical_json/* canonicalJson */.d)(e.data),
    ];
}

;// CONCATENATED MODULE: ./shared/sql/schema.ts
/**
 * The SQLite schema of `events export --format sqlite`: the original system's
 * tables and views, filled from the event log. One definition serves the DDL
 * and the README's column reference (`npm run generate`), so they cannot drift.
 */
const col = (name, type, description) => ({ name, type, description });
const FEATURE = col('feature', 'TEXT', 'Spec id of the feature, e.g. 004-user-auth.');
const TABLES = [
    {
        name: 'features',
        description: 'One row per feature that has events.',
        primaryKey: ['spec'],
        columns: [
            col('spec', 'TEXT', 'Spec id.'),
            col('name', 'TEXT', 'Human title (NULL when the feature was never registered).'),
            col('base_branch', 'TEXT', 'Branch the agent branches started from.'),
            col('tasks_file', 'TEXT', 'Path of tasks.md in the repository.'),
            col('registered_at', 'TEXT', 'Time of the latest registration (ISO 8601, UTC).'),
            col('event_count', 'INTEGER', 'Events recorded for the feature.'),
        ],
    },
    {
        name: 'agents',
        description: 'One row per agent branch of a feature.',
        primaryKey: ['feature', 'branch'],
        columns: [
            FEATURE,
            col('branch', 'TEXT', 'The agent branch.'),
            col('role', 'TEXT', 'overseer or implementor.'),
            col('agent_index', 'INTEGER', 'n of impl-n (NULL for the overseer).'),
            col('assigned_at', 'TEXT', 'Time of the assignment.'),
            col('last_activity', 'TEXT', 'Time of the newest event that names the branch.'),
        ],
    },
    {
        name: 'tasks',
        description: 'Every task of a feature (registered or reported by a commit) with its latest state.',
        primaryKey: ['feature', 'task_id'],
        columns: [
            FEATURE,
            col('task_id', 'TEXT', 'T012.'),
            col('phase', 'TEXT', 'Phase heading of tasks.md.'),
            col('description', 'TEXT', 'Task text.'),
            col('state', 'TEXT', 'open, in-progress or done.'),
            col('agent', 'TEXT', 'Branch whose commit last changed the state.'),
            col('commit_sha', 'TEXT', 'That commit.'),
            col('updated_at', 'TEXT', 'Time of that change (NULL while open and never mentioned).'),
            col('owner', 'TEXT', 'Agent branch the plan assigned the task to (`plan --apply`; NULL when no plan assigned it).'),
            col('wave', 'INTEGER', "The plan's wave of the task, 1 for the first (NULL when no plan recorded one)."),
        ],
    },
    {
        name: 'task_events',
        description: 'The event log: one row per event of every kind (the original system kept its events in this table).',
        primaryKey: ['key'],
        columns: [
            col('key', 'TEXT', 'Idempotency key (sha256 of the fact).'),
            col('time', 'TEXT', 'When it happened.'),
            col('kind', 'TEXT', 'Event kind, e.g. task-updated.'),
            FEATURE,
            col('actor', 'TEXT', "Who recorded it (the workflow, the agent branch, or the person's git identity)."),
            col('schema_version', 'INTEGER', 'Event format version.'),
            col('occurrence', 'INTEGER', 'Occurrence of a fact that happened before (NULL the first time).'),
            col('agent', 'TEXT', 'The agent branch the event is about, when it names one.'),
            col('task_id', 'TEXT', 'Task id (task-updated).'),
            col('task_state', 'TEXT', 'Task state (task-updated).'),
            col('commit_sha', 'TEXT', 'Commit the event is about, when there is one.'),
            col('summary', 'TEXT', 'One line of text, as in the markdown views.'),
            col('data', 'TEXT', "The kind's payload as JSON (query with json_extract)."),
        ],
    },
    {
        name: 'pull_requests',
        description: 'Latest state of each pull request.',
        primaryKey: ['feature', 'number'],
        columns: [
            FEATURE,
            col('number', 'INTEGER', 'Pull request number.'),
            col('state', 'TEXT', 'opened, updated, merged or closed (the latest pr-updated action).'),
            col('url', 'TEXT', 'Web address.'),
            col('head', 'TEXT', 'Head branch.'),
            col('base', 'TEXT', 'Base branch.'),
            col('title', 'TEXT', 'Title.'),
            col('updated_at', 'TEXT', 'Time of the latest pr-updated event.'),
        ],
    },
    {
        name: 'conflicts',
        description: 'One row per branch pair that ever conflicted, with its current status.',
        primaryKey: ['id'],
        columns: [
            col('id', 'TEXT', 'Conflict id (as `events status` shows it).'),
            FEATURE,
            col('left_branch', 'TEXT', 'First branch of the pair (sorted).'),
            col('right_branch', 'TEXT', 'Second branch of the pair.'),
            col('status', 'TEXT', 'open or resolved.'),
            col('left_sha', 'TEXT', 'Commit of the left side in the latest detection.'),
            col('right_sha', 'TEXT', 'Commit of the right side in the latest detection.'),
            col('file_count', 'INTEGER', 'Conflicting files in the latest detection.'),
            col('files', 'TEXT', 'JSON array of {path, kind, leftRanges, rightRanges}.'),
            col('detected_at', 'TEXT', 'When the open conflict began (open), or the latest detection (resolved).'),
            col('last_seen_at', 'TEXT', 'The latest scan that saw it conflict.'),
            col('resolved_at', 'TEXT', 'Time of the latest resolution (NULL if never).'),
            col('lifetime_seconds', 'INTEGER', 'How long the conflict lived before that resolution.'),
            col('kind', 'TEXT', 'text (git reports it), or build / test (a trial: the clean merge fails to build or its tests), in the latest detection.'),
            col('check_name', 'TEXT', 'For build and test conflicts: the trial check that fails on the merge.'),
        ],
    },
    {
        name: 'test_results',
        description: 'Every recorded test-result event (history, not only the latest).',
        primaryKey: ['key'],
        columns: [
            col('key', 'TEXT', 'Event key.'),
            FEATURE,
            col('time', 'TEXT', 'When the run was recorded.'),
            col('role', 'TEXT', 'overseer or implementor.'),
            col('branch', 'TEXT', 'Branch tested (NULL when not recorded).'),
            col('suite', 'TEXT', 'Check or JUnit suite name.'),
            col('passed', 'INTEGER', 'Passed tests.'),
            col('failed', 'INTEGER', 'Failed tests.'),
            col('skipped', 'INTEGER', 'Skipped tests.'),
            col('duration_ms', 'INTEGER', 'Duration in milliseconds.'),
            col('commit_sha', 'TEXT', 'Commit tested.'),
            col('run_url', 'TEXT', 'Workflow run.'),
        ],
    },
    {
        name: 'blockers',
        description: 'One row per blocker id, with its latest raise and clearing.',
        primaryKey: ['feature', 'id'],
        columns: [
            FEATURE,
            col('id', 'TEXT', 'Blocker id.'),
            col('status', 'TEXT', 'open or cleared.'),
            col('agent', 'TEXT', 'The blocked agent.'),
            col('reason', 'TEXT', 'What blocks.'),
            col('raised_at', 'TEXT', 'Time of the latest raise.'),
            col('cleared_at', 'TEXT', 'Time of the latest clearing (NULL if never).'),
            col('note', 'TEXT', 'How it was cleared.'),
        ],
    },
    {
        name: 'scope_drift',
        description: 'One row per file an implementor changed outside the paths of its tasks (role-ci), with its current status.',
        primaryKey: ['feature', 'branch', 'path'],
        columns: [
            FEATURE,
            col('branch', 'TEXT', 'The implementor branch.'),
            col('path', 'TEXT', 'The file (line breaks and control characters written as \\uXXXX).'),
            col('status', 'TEXT', 'open or cleared.'),
            col('tasks', 'TEXT', 'JSON array of {id, agent, how}: the tasks whose paths cover the file and whom they belong to.'),
            col('commit_sha', 'TEXT', 'Commit of the latest run that found it.'),
            col('detected_at', 'TEXT', 'Time of the latest detection.'),
            col('occurrences', 'INTEGER', 'How many times it drifted (after being cleared, it counts again).'),
        ],
    },
    {
        name: 'divergence',
        description: 'Latest ahead/behind measure of each branch against the branch it merges into.',
        primaryKey: ['feature', 'branch', 'against'],
        columns: [
            FEATURE,
            col('branch', 'TEXT', 'The measured branch.'),
            col('against', 'TEXT', 'Its overseer (or the default branch for an overseer).'),
            col('ahead', 'INTEGER', 'Commits on branch not on against.'),
            col('behind', 'INTEGER', 'Commits on against not on branch.'),
            col('sha', 'TEXT', 'Commit of branch measured.'),
            col('measured_at', 'TEXT', 'Time of the measure.'),
        ],
    },
    {
        name: 'predicted_conflicts',
        description: "check-path's warnings before an edit: an agent about to change a file a sibling changed (latest per agent, file and sibling).",
        primaryKey: ['feature', 'agent', 'path', 'sibling'],
        columns: [
            FEATURE,
            col('agent', 'TEXT', 'The agent branch about to edit.'),
            col('path', 'TEXT', "The file (git's quoted form when not plain text)."),
            col('sibling', 'TEXT', 'The sibling branch that changed it.'),
            col('sibling_sha', 'TEXT', "The sibling's commit at the latest warning."),
            col('ranges', 'TEXT', "JSON list of the changed lines in the sibling's version ({start, end})."),
            col('warned_at', 'TEXT', 'Time of the latest warning.'),
            col('warnings', 'INTEGER', 'Warnings recorded (one per sibling commit).'),
        ],
    },
];
/** The latest result of each (feature, role, branch, suite), by time then key: the rule of the projection. */
const LATEST_TESTS = `SELECT *, ROW_NUMBER() OVER (PARTITION BY feature, role, IFNULL(branch, ''), suite ORDER BY time DESC, key DESC) AS rn,
  COUNT(*) OVER (PARTITION BY feature, role, IFNULL(branch, ''), suite) AS runs FROM test_results`;
const VIEWS = [
    {
        name: 'v_feature_status',
        description: 'One row per feature: the numbers of `events status`.',
        columns: [
            { name: 'feature', description: 'Spec id.' },
            { name: 'name', description: 'Human title.' },
            { name: 'tasks_total', description: 'Tasks registered or reported.' },
            { name: 'tasks_done', description: 'Tasks done.' },
            { name: 'tasks_in_progress', description: 'Tasks in progress.' },
            { name: 'tasks_open', description: 'Tasks not started.' },
            { name: 'agents', description: 'Agent branches.' },
            { name: 'open_conflicts', description: 'Conflicting pairs now.' },
            { name: 'open_blockers', description: 'Blockers not cleared.' },
            { name: 'open_prs', description: 'Pull requests opened or updated, not merged or closed.' },
            { name: 'failing_suites', description: 'Suites whose latest result has failures.' },
            { name: 'last_event', description: 'Time of the newest event.' },
        ],
        select: `SELECT f.spec AS feature, f.name AS name,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec) AS tasks_total,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'done') AS tasks_done,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'in-progress') AS tasks_in_progress,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'open') AS tasks_open,
  (SELECT COUNT(*) FROM agents a WHERE a.feature = f.spec) AS agents,
  (SELECT COUNT(*) FROM conflicts c WHERE c.feature = f.spec AND c.status = 'open') AS open_conflicts,
  (SELECT COUNT(*) FROM blockers b WHERE b.feature = f.spec AND b.status = 'open') AS open_blockers,
  (SELECT COUNT(*) FROM pull_requests p WHERE p.feature = f.spec AND p.state IN ('opened', 'updated')) AS open_prs,
  (SELECT COUNT(*) FROM (${LATEST_TESTS}) r WHERE r.feature = f.spec AND r.rn = 1 AND r.failed > 0) AS failing_suites,
  (SELECT MAX(e.time) FROM task_events e WHERE e.feature = f.spec) AS last_event
FROM features f ORDER BY f.spec`,
    },
    {
        name: 'v_recent_events',
        description: 'The 100 newest events, newest first.',
        columns: [
            { name: 'time', description: 'When.' },
            { name: 'feature', description: 'Spec id.' },
            { name: 'kind', description: 'Event kind.' },
            { name: 'actor', description: 'Who recorded it.' },
            { name: 'summary', description: 'One line of text.' },
            { name: 'key', description: 'Event key.' },
        ],
        select: `SELECT time, feature, kind, actor, summary, key FROM task_events ORDER BY time DESC, key DESC LIMIT 100`,
    },
    {
        name: 'v_test_summary',
        description: 'One row per (feature, role, branch, suite): the latest result and how many runs were recorded.',
        columns: [
            { name: 'feature', description: 'Spec id.' },
            { name: 'role', description: 'Role.' },
            { name: 'branch', description: 'Branch (NULL when not recorded).' },
            { name: 'suite', description: 'Suite.' },
            { name: 'passed', description: 'Passed in the latest run.' },
            { name: 'failed', description: 'Failed in the latest run.' },
            { name: 'skipped', description: 'Skipped in the latest run.' },
            { name: 'commit_sha', description: 'Commit of the latest run.' },
            { name: 'last_run_at', description: 'Time of the latest run.' },
            { name: 'runs', description: 'Runs recorded.' },
        ],
        select: `SELECT feature, role, branch, suite, passed, failed, skipped, commit_sha, time AS last_run_at, runs
FROM (${LATEST_TESTS}) WHERE rn = 1 ORDER BY feature, role, IFNULL(branch, ''), suite`,
    },
];
/** CREATE statements for every table and view, in a fixed order. */
function schemaSql() {
    const tables = TABLES.map((t) => `CREATE TABLE ${t.name} (\n${t.columns.map((c) => `  ${c.name} ${c.type}`).join(',\n')},\n  PRIMARY KEY (${t.primaryKey.join(', ')})\n) WITHOUT ROWID;`);
    const views = VIEWS.map((v) => `CREATE VIEW ${v.name} AS\n${v.select};`);
    return [...tables, ...views].join('\n\n');
}
/** The README's column reference. */
function schemaMarkdown() {
    const out = [];
    for (const t of TABLES) {
        out.push(`**\`${t.name}\`**: ${t.description}`, '', '| Column | Type | Meaning |', '| --- | --- | --- |');
        for (const c of t.columns)
            out.push(`| \`${c.name}\` | ${c.type} | ${c.description} |`);
        out.push('');
    }
    for (const v of VIEWS) {
        out.push(`**\`${v.name}\`** (view): ${v.description}`, '', '| Column | Meaning |', '| --- | --- |');
        for (const c of v.columns)
            out.push(`| \`${c.name}\` | ${c.description} |`);
        out.push('');
    }
    return out.join('\n').trim();
}

;// CONCATENATED MODULE: ./shared/sql/sqlite.ts

let loaded;
/** The SQLite engine, loaded once per process. */
function sqlite() {
    loaded ??= load();
    return loaded;
}
async function load() {
    // The browser build of sql.js: its Node build tests `typeof module` inside a function where it set
    // `module = undefined`, which the bundler folds to `true` and then crashes. Given the wasm bytes,
    // the browser build needs nothing from its host (no fetch, no file system). Imported here, on first
    // use, so that only the commands that query SQL parse it.
    const { default: initSqlJs } = await __webpack_require__.e(/* import() */ 742).then(__webpack_require__.t.bind(__webpack_require__, 8742, 23));
    const bytes = sqliteWasm();
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return initSqlJs({ wasmBinary });
}

// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
;// CONCATENATED MODULE: ./shared/sql/export-sqlite.ts








/** Reads the whole log (one `ls-tree` and one `cat-file --batch`, as a rebuild does). */
async function readWholeLog(store) {
    const commit = await store.fetch();
    const events = [];
    const projection = (0,projection_projection/* emptyProjection */.Vl)();
    let tree = null;
    if (commit) {
        tree = await (0,refs/* objectIdOf */.mJ)(store.git, `${commit}:${store.layout.eventsDir}`);
    }
    const problems = await (0,rebuild/* readEventLog */.HI)(store.git, store.layout, tree, (event) => {
        events.push(event);
        (0,projection_projection/* applyEvent */.Z8)(projection, event);
    });
    projection.eventsTree = tree;
    projection.problems = problems;
    return { commit, events, projection, problems };
}
/** A new in-memory database with the schema and every table filled. */
async function buildDatabase(log) {
    const SQL = await sqlite();
    const db = new SQL.Database();
    try {
        db.run(schemaSql());
        const rows = tableRows(log.events, log.projection);
        db.run('BEGIN');
        for (const t of TABLES) {
            const insert = db.prepare(`INSERT INTO ${t.name} VALUES (${t.columns.map(() => '?').join(', ')})`);
            try {
                for (const row of rows[t.name])
                    insert.run(row);
            }
            finally {
                insert.free();
            }
        }
        db.run('COMMIT');
        return db;
    }
    catch (error) {
        db.close();
        throw error;
    }
}
/** The database file's bytes: the same events always give the same bytes. */
async function exportSqlite(log) {
    const db = await buildDatabase(log);
    try {
        // Without VACUUM the page layout would depend on the order pages were filled: it is fixed anyway, but this also drops free pages.
        db.run('VACUUM');
        return db.export();
    }
    finally {
        db.close();
    }
}
/** Writes beside the target and renames, so a reader never sees half a database; through the one write gate (no link followed). */
function writeFileAtomic(target, bytes) {
    const path = (0,confine_path/* confineWrite */._P)(target.root, target.path, 'file');
    const temporary = `${path}.tmp-${process.pid}`;
    try {
        (0,confine_path/* writeConfined */.ic)(target.root, temporary, bytes, 'file');
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/sql/database-file.ts




const SQLITE_HEADER = 'SQLite format 3\u0000';
/** `events export --format sqlite`: the whole event log written to `target.path` (confined below `target.root`) as one SQLite file. */
async function writeSqliteExport(store, target, logger, progress) {
    progress?.('reading the event log');
    const log = await readWholeLog(store);
    for (const p of log.problems)
        logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out of the export)`);
    const bytes = await exportSqlite(log);
    writeFileAtomic(target, bytes);
    return { log, bytes };
}
/** The bytes of an exported database given by `--db` (`given` as the user wrote it, `path` confined), refused unless it is SQLite. */
function readDatabaseFile(path, given) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* InputError */.dz(`--db ${(0,quote/* quote */.h)(given)} does not exist; write one with "orchestrator events export --format sqlite <file>"`);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_HEADER)
        throw new errors/* InputError */.dz(`--db ${(0,quote/* quote */.h)(given)} is not a SQLite database`);
    return bytes;
}
/** The event log of the state branch as SQLite database bytes (what a query worker opens). */
async function databaseBytesFromStore(store, logger) {
    const log = await readWholeLog(store);
    for (const p of log.problems)
        logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out)`);
    const db = await buildDatabase(log);
    try {
        return db.export();
    }
    finally {
        db.close();
    }
}

// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(8278);
;// CONCATENATED MODULE: ./shared/sql/query.ts

const CONTROL = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1], { flags: 'g' });
/** A plain text table: a header, a rule, one line per row; control characters shown as spaces. */
function formatTable(result) {
    if (result.columns.length === 0)
        return '(no columns)';
    const text = (v) => (v === null ? 'NULL' : String(v).replace(CONTROL, ' '));
    const cells = result.rows.map((r) => r.map(text));
    // A loop, not Math.max(...cells): millions of rows would overflow the call stack as arguments.
    const widths = result.columns.map((c, i) => {
        let w = c.length;
        for (const r of cells)
            w = Math.max(w, r[i].length);
        return Math.min(60, w);
    });
    const clip = (s, w) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
    const line = (r) => r
        .map((s, i) => clip(s, widths[i]).padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)];
    const count = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}`;
    out.push(result.truncated ? `(first ${count}; the query has more: raise --max-rows to see them)` : `(${count})`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
// EXTERNAL MODULE: ./shared/views/render-feature.ts + 1 modules
var render_feature = __webpack_require__(6950);
// EXTERNAL MODULE: ./shared/views/status.ts
var views_status = __webpack_require__(8551);
;// CONCATENATED MODULE: ./shared/views/export-feature.ts



/**
 * A markdown report of one feature, for attaching to a PR or an issue: the
 * overseer view plus every blocker ever raised and the commit it was read at.
 */
function exportFeature(snapshot, spec) {
    (0,views_status/* featureStatus */.FX)(snapshot, spec); // refuses an unknown spec with the list of known ones
    const feature = snapshot.projection.features[spec];
    const view = (0,render_feature/* renderOverseerView */.d8)(snapshot.projection, feature).trimEnd().split('\n');
    const blockers = Object.values(feature.blockers)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((b) => {
        const open = b.raised && (!b.cleared || b.raised.stamp > b.cleared.stamp);
        return [
            (0,markdown.md)(b.id),
            open ? 'open' : 'cleared',
            (0,markdown.md)(b.raised?.reason, 300),
            (0,markdown/* when */.z7)(b.raised?.time),
            (0,markdown/* when */.z7)(b.cleared?.time),
            (0,markdown.md)(b.cleared?.note, 200),
        ];
    });
    return (0,markdown/* document */.Al)([
        view[0].replace(/ \(overseer\)$/, ' (report)'),
        '',
        `Read from state commit ${(0,markdown/* sha */.hW)(snapshot.commit) || '_none_'}; ${feature.eventCount} event(s).`,
        ...view.slice(1).filter((line) => !line.includes('(../../README.md)')),
        '',
        '## Blocker history',
        '',
        ...(blockers.length ? (0,markdown/* table */.tp)(['Id', 'State', 'Reason', 'Raised', 'Cleared', 'Note'], blockers) : ['_No blockers were raised._']),
    ]);
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(717);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/events-export.ts










// `events export` (a markdown report of one feature, or the whole log as SQLite) and
// `events sql` (one read-only query over that database).
/** Export files are paths from input: confined to the workspace or the temporary folder, outside .git. */
function outputPath(file, ctx, what, mustExist = false) {
    return (0,confine_path/* confinePath */.ey)(file, what, ctx, { mustExist });
}
const exportCommand = {
    name: 'events export',
    summary: 'A markdown report of one feature (events export <spec-id> [file]), or the whole log as SQLite (events export --format sqlite <file>).',
    outputs: [],
    options: [
        {
            name: 'spec-id',
            type: 'string',
            positional: 0,
            description: "The feature (markdown only; default: the checkout's, from its agent branch or local role file).",
        },
        { name: 'file', type: 'string', positional: 1, description: 'Write the report here instead of printing it (required for sqlite).' },
        {
            name: 'format',
            type: 'string',
            default: 'markdown',
            choices: ['markdown', 'sqlite'],
            description: 'markdown: one feature; sqlite: a SQLite database of every event (tables and views in the README).',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    async run(v, ctx) {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const { store } = ws;
        if (v.string('format') === 'sqlite') {
            // The database holds every feature, so its only argument is the file.
            const given = [v.string('spec-id'), v.string('file')].filter((x) => x !== undefined);
            if (given.length !== 1) {
                throw new errors/* InputError */.dz(`events export --format sqlite takes exactly one argument, the database file to write (got ${given.length ? given.map(quote/* quote */.h).join(', ') : 'none'})`);
            }
            const { root, path } = (0,confine_path/* confineOutput */.Sr)(given[0], 'file', ctx);
            const { log, bytes } = await writeSqliteExport(store, { root, path }, ctx.logger, ctx.progress);
            const text = `Wrote ${path}: ${log.events.length} event(s) of ${Object.keys(log.projection.features).length} feature(s) from state ${log.commit?.slice(0, 7) ?? '(empty)'}`;
            return {
                exitCode: 0,
                outputs: {},
                text,
                json: { path, events: log.events.length, commit: log.commit, bytes: bytes.length, problems: log.problems },
            };
        }
        const spec = await (0,identity/* featureOrIdentity */.Eg)(v, 'spec-id', ctx, ws);
        const markdown = exportFeature(await store.read(), spec);
        const file = v.string('file');
        if (file) {
            // Like report-path elsewhere: a report folder that does not exist yet is created; no link is written through.
            const { root, path } = (0,confine_path/* confineOutput */.Sr)(file, 'file', ctx);
            (0,confine_path/* writeConfined */.ic)(root, path, markdown, 'file');
            return { exitCode: 0, outputs: {}, text: `Wrote ${path}`, json: { path } };
        }
        return { exitCode: 0, outputs: {}, text: markdown, json: { markdown } };
    },
};
const sqlCommand = {
    name: 'events sql',
    summary: 'Run one read-only SQL query over the event log as SQLite (the tables of events export --format sqlite) and print a table.',
    outputs: [],
    options: [
        {
            name: 'query',
            type: 'multiline',
            required: true,
            positional: 0,
            description: 'One SQL statement, e.g. "SELECT * FROM v_feature_status".',
        },
        { name: 'db', type: 'string', description: 'Query this exported database file instead of the state branch.' },
        {
            name: 'time-limit',
            type: 'integer',
            min: 1,
            max: 3600,
            default: String(DEFAULT_TIME_LIMIT_S),
            description: 'Seconds the query may run; a query still running then (e.g. a recursive CTE with no end) is stopped with exit 2.',
        },
        {
            name: 'max-rows',
            type: 'integer',
            min: 1,
            max: 10_000_000,
            default: String(DEFAULT_MAX_ROWS),
            description: 'Rows read and printed at most; the query stops there and the output says that more exist.',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    async run(v, ctx) {
        const dbFile = v.string('db');
        const query = v.requireString('query');
        const bytes = dbFile
            ? readDatabaseFile(outputPath(dbFile, ctx, '--db'), dbFile)
            : await databaseBytesFromStore((await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx)).store, ctx.logger);
        const bounds = { timeLimitMs: (v.int('time-limit') ?? DEFAULT_TIME_LIMIT_S) * 1000, maxRows: v.int('max-rows') ?? DEFAULT_MAX_ROWS };
        const result = await boundedQuery(bytes, query, bounds);
        if (result.truncated)
            ctx.logger.warning(`events sql: the query has more than ${bounds.maxRows} rows; only the first ${bounds.maxRows} are shown (raise --max-rows)`);
        const json = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
        return { exitCode: 0, outputs: {}, text: formatTable(result), json };
    },
};


/***/ }),

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ identityBranch),
/* harmony export */   Eg: () => (/* binding */ featureOrIdentity),
/* harmony export */   pY: () => (/* binding */ SPEC_ID_OR_IDENTITY),
/* harmony export */   sX: () => (/* binding */ commandIdentity)
/* harmony export */ });
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3330);
/* harmony import */ var _naming_role_source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var _naming_role_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5576);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1581);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(919);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8646);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1277);







/**
 * The identity of this checkout for a command: flags, then the branch, then
 * (CLI only, outside Actions) the local role file; see resolveAgentIdentity.
 * In the CLI, when the role file supplied something, says so on stderr.
 */
async function commandIdentity(ctx, git, naming, options = {}) {
    // The checkout's own branch (in a workflow: the run's), never a branch a flag names: a command that is told which
    // branch to work on does not ask who this checkout is.
    const branch = await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_0__/* .runBranch */ .KZ)(git, ctx);
    const readFile = ctx.localRoleFile === true;
    // The role file sits at the checkout's root, wherever in it the command runs.
    const cwd = readFile ? await (0,_git_refs__WEBPACK_IMPORTED_MODULE_1__/* .toplevel */ .ar)(git) : ctx.cwd;
    const id = (0,_naming_role_source__WEBPACK_IMPORTED_MODULE_2__/* .resolveAgentIdentity */ ._7)({ flags: options.flags, branch, naming, cwd, readFile });
    const told = Object.values(id.sources);
    if (ctx.localRoleFile && (told.includes('file') || told.includes('flag')))
        ctx.logger.info((0,_naming_role_source__WEBPACK_IMPORTED_MODULE_2__/* .describeIdentity */ .Cl)(id));
    return id;
}
/**
 * The feature a command is about: the flag (or positional) `name` when given, else the identity's
 * (branch, then role file). `what` names the flag or input in the error when neither tells.
 */
async function featureOrIdentity(values, name, ctx, ws) {
    const given = values.string(name);
    if (given !== undefined)
        return (0,_naming_validate__WEBPACK_IMPORTED_MODULE_3__/* .validateSpecId */ .zx)(given, name === 'feature' ? (values.source === 'input' ? 'input "feature"' : '--feature') : name);
    const id = await commandIdentity(ctx, ws.git, ws.config.branches);
    if (id.feature)
        return id.feature;
    const where = id.checkedOut ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(id.checkedOut)} is not an agent branch` : 'HEAD is detached';
    throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${values.source === 'input' ? `input "${name}"` : name === 'feature' ? '--feature' : `<${name}>`} is required: ${where}${ctx.localRoleFile ? ` and no role file (${_naming_role_file__WEBPACK_IMPORTED_MODULE_6__/* .ROLE_FILES */ .Jc.join(' or ')}) names a feature` : ''}; e.g. 004-user-auth`);
}
/**
 * The CLI's default agent branch for commands that act on one (sync-status, open-pr) when none is
 * named: this checkout's, from the branch or else the role file. Undefined in an action (which
 * keeps its own default: the run's branch) and when nothing tells.
 */
async function identityBranch(ctx, ws) {
    if (!ctx.localRoleFile)
        return undefined;
    return (await commandIdentity(ctx, ws.git, ws.config.branches)).branch;
}
/** The optional `spec-id` positional of commands about one feature, defaulting to the caller's identity. */
const SPEC_ID_OR_IDENTITY = {
    name: 'spec-id',
    type: 'string',
    positional: 0,
    description: 'The spec folder name, e.g. 004-user-auth (default: the feature of the agent branch, or of the local role file in the CLI).',
};


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ featureStatus),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
/* unused harmony export PREDICTED_SHOWN */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _text_neutralize__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2363);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6910);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2274);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3182);
/* harmony import */ var _render_feature__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6950);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2755);
/* harmony import */ var _text_paint__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9586);







/** Status of one feature (an unknown spec is an InputError naming the known ones) or of all. */
function featureStatus(snapshot, spec) {
    const { projection } = snapshot;
    if (spec !== undefined && !projection.features[spec]) {
        const known = Object.keys(projection.features).sort();
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`feature ${JSON.stringify(spec)} has no events on the state branch (known: ${known.length ? known.join(', ') : 'none'})`);
    }
    const features = (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .featuresOf */ .Hi)(projection, spec).map((f) => {
        const progress = (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .taskProgress */ .hv)(f);
        return {
            spec: f.spec,
            name: f.registration?.name ?? null,
            baseBranch: f.registration?.baseBranch ?? null,
            tasks: { total: progress.total, done: progress.done, merged: progress.merged, inProgress: progress.inProgress, open: progress.open },
            health: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .agentHealth */ .kd)(f),
            lastScan: scanOf((0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .lastScan */ .QZ)(projection, 'conflicts', f.spec)),
            agents: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .agentsOf */ .et)(f).map((a) => {
                const names = (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .agentAliases */ .AA)(a);
                const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
                return {
                    role: a.role,
                    branch: a.branch,
                    index: a.index ?? null,
                    tasksDone: mine.filter((t) => t.state === 'done').length,
                    tasksInProgress: mine.filter((t) => t.state === 'in-progress').length,
                    lastActivity: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .lastActivity */ .eg)(f, names),
                };
            }),
            openConflicts: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .openConflicts */ .cX)(projection, f.spec).map((c) => ({
                id: c.id,
                left: c.left,
                right: c.right,
                files: [...c.files.map((x) => x.path), ...(c.messages ?? []).flatMap((m) => m.paths)],
                detectedAt: c.detectedAt,
                manual: c.manual,
                ...(c.reason ? { reason: c.reason } : {}),
                ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
            })),
            tests: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .latestTests */ .J7)(f).map((t) => ({
                role: t.role,
                branch: t.branch ?? null,
                suite: t.suite,
                passed: t.passed,
                failed: t.failed,
                skipped: t.skipped,
                commit: t.commit,
                time: t.time,
                runUrl: t.runUrl ?? null,
                unit: t.unit === 'check' ? 'check' : 'tests',
            })),
            openPrs: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .openPrs */ .uo)(f).map((p) => ({
                number: p.number,
                url: p.url,
                head: p.head,
                base: p.base,
                title: p.title ?? null,
                action: p.action,
            })),
            blockers: (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .openBlockers */ .AW)(f).map((b) => ({
                id: b.id,
                agent: b.raised?.agent ?? null,
                reason: b.raised?.reason ?? '',
                raisedAt: b.raised?.time ?? '',
            })),
            scopeDrift: (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .openDrift */ .w)(f).map((d) => ({
                branch: d.branch,
                path: d.path,
                tasks: d.detected?.tasks ?? [],
                commit: d.detected?.commit ?? null,
                since: d.detected?.time ?? null,
            })),
            predictedConflicts: predictedOf(f),
            eventCount: f.eventCount,
            lastEvent: f.recent[0]?.time ?? null,
        };
    });
    return { commit: snapshot.commit, features, problems: projection.problems };
}
/** Untrusted text for a terminal: one line, no control characters, no markdown escapes. */
function one(value, max = 200) {
    const text = (0,_text_neutralize__WEBPACK_IMPORTED_MODULE_4__/* .neutralize */ .Y)(String(value ?? ''), { multiline: true })
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
function time(value) {
    return value ? value.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ') : '';
}
/** The status as plain text for a terminal (the views on the state branch are the markdown). */
function formatStatus(report, paint = _text_paint__WEBPACK_IMPORTED_MODULE_5__/* .noPaint */ .I) {
    const lines = [];
    if (report.features.length === 0)
        lines.push('No features recorded yet.');
    for (const f of report.features) {
        lines.push(`${one(f.spec)}${f.name ? `: ${one(f.name)}` : ''}`, '');
        lines.push(`Tasks ${(0,_render_feature__WEBPACK_IMPORTED_MODULE_6__/* .progressText */ .l_)(f.tasks)}; ${f.openConflicts.length} open conflict(s); ${f.blockers.length} blocker(s); last event ${time(f.lastEvent) || 'none'}.`, 
        // The open conflicts are counted once, on the line above (the projection's, as everywhere): not the scan's tally.
        f.lastScan
            ? `Last conflict scan: ${time(f.lastScan.at)} (${f.lastScan.pairs} pair(s) compared, ${f.lastScan.errors} error(s)).`
            : 'Last conflict scan: none recorded yet.', '');
        const rows = f.health.map((h) => [
            `${h.role}${h.index ? ` ${h.index}` : ''}`,
            one(h.branch),
            h.lastCommit ? h.lastCommit.slice(0, 7) : '-',
            h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '-',
            (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .checksText */ .rW)(h.checks),
            h.guard ?? '-',
            h.pr ? `#${h.pr.number} ${h.pr.action}` : '-',
            time(h.lastActivity) || '-',
        ]);
        const [header, ...body] = columns(['Agent', 'Branch', 'Last commit', 'Task', 'Checks on it', 'Guard', 'PR', 'Last activity'], rows);
        // Painted after padding, so the marks do not count as width.
        lines.push(rows.length ? paint('heading', header) : header, ...body);
        for (const c of f.openConflicts)
            lines.push('', `- ${paint('bad', 'conflict')} ${one(c.id)}: ${one(c.left)} and ${one(c.right)}${c.files.length ? ` in ${c.files.map((p) => one(p)).join(', ')}` : ''} (since ${time(c.detectedAt)}${c.manual ? `, logged by hand${c.reason ? `: ${one(c.reason, 300)}` : ''}` : ''})`);
        for (const t of f.tests) {
            const counts = t.unit === 'check'
                ? t.failed
                    ? paint('bad', 'check failed')
                    : t.passed
                        ? paint('ok', 'check passed')
                        : 'check skipped'
                : `${t.passed} passed, ${t.failed ? paint('bad', `${t.failed} failed`) : '0 failed'}, ${t.skipped} skipped`;
            lines.push(`- tests ${one(t.suite)} (${one(t.role)}${t.branch ? `, ${one(t.branch)}` : ''}): ${counts} at ${t.commit.slice(0, 7)}`);
        }
        for (const p of f.openPrs)
            lines.push(`- PR #${p.number} ${one(p.head)} into ${one(p.base)}${p.title ? `: ${one(p.title)}` : ''} ${one(p.url)}`);
        for (const b of f.blockers)
            lines.push(`- ${paint('warning', 'blocker')} ${one(b.id)}${b.agent ? ` (${one(b.agent)})` : ''}: ${one(b.reason, 300)}`);
        for (const d of f.scopeDrift)
            lines.push(`- ${paint('warning', 'scope drift')} ${one(d.branch)}: ${one(d.path, 300)} outside its tasks (${d.tasks.length ? `belongs to ${one((0,_role_ci__WEBPACK_IMPORTED_MODULE_7__/* .driftTasksText */ .TZ)(d.tasks), 300)}` : 'no task names it'})`);
        for (const p of f.predictedConflicts)
            lines.push(`- ${paint('warning', 'predicted conflict')}: ${one(p.agent)} edits ${one(p.path)}, which ${one(p.sibling)} changed at ${p.siblingSha.slice(0, 7)} (warned ${time(p.time)})`);
        lines.push('');
    }
    for (const p of report.problems)
        lines.push(`- ${paint('error', 'unreadable event file')} ${one(p.path)}: ${one(p.reason)}`);
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return `${lines.join('\n')}\n`;
}
/** A plain-text table with aligned columns. */
function columns(headers, rows) {
    if (rows.length === 0)
        return ['No agents assigned.'];
    const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(width[i]))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)];
}
/** How many predicted conflicts the status lists: the newest; the rest are in the log. */
const PREDICTED_SHOWN = 20;
function predictedOf(f) {
    return Object.values(f.predicted ?? {})
        .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
        .slice(0, PREDICTED_SHOWN)
        .map((p) => ({
        agent: p.agent,
        path: p.path,
        sibling: p.sibling,
        siblingSha: p.siblingSha,
        ranges: p.ranges,
        time: p.time,
        warnings: p.warnings,
    }));
}
function scanOf(s) {
    return s ? { at: s.at, pairs: s.pairs, conflicted: s.conflicted, errors: s.errors } : null;
}


/***/ })

};
