export const id = 179;
export const ids = [179];
export const modules = {

/***/ 179:
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

// EXTERNAL MODULE: ./shared/sql/sqlite-wasm.ts
var sqlite_wasm = __webpack_require__(5748);
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
        workerData: { bytes, wasm: (0,sqlite_wasm/* sqliteWasm */.F)(), query, maxRows: bounds.maxRows },
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

// EXTERNAL MODULE: ./shared/sql/database-file.ts + 3 modules
var database_file = __webpack_require__(4443);
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

// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
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
                throw new errors/* InputError */.dz(`events export --format sqlite takes exactly one argument, the database file to write (got ${given.length ? given.map(quote/* quote */.hD).join(', ') : 'none'})`);
            }
            const { root, path } = (0,confine_path/* confineOutput */.Sr)(given[0], 'file', ctx);
            const { log, bytes } = await (0,database_file/* writeSqliteExport */.Eo)(store, { root, path }, ctx.logger, ctx.progress);
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
            ? (0,database_file/* readDatabaseFile */.cK)(outputPath(dbFile, ctx, '--db'), dbFile)
            : await (0,database_file/* databaseBytesFromStore */.oV)((await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx)).store, ctx.logger);
        const bounds = { timeLimitMs: (v.int('time-limit') ?? DEFAULT_TIME_LIMIT_S) * 1000, maxRows: v.int('max-rows') ?? DEFAULT_MAX_ROWS };
        const result = await boundedQuery(bytes, query, bounds);
        if (result.truncated)
            ctx.logger.warning(`events sql: the query has more than ${bounds.maxRows} rows; only the first ${bounds.maxRows} are shown (raise --max-rows)`);
        const json = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])));
        return { exitCode: 0, outputs: {}, text: formatTable(result), json };
    },
};


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ featureStatus),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
/* unused harmony exports usageNumbers, PREDICTED_SHOWN */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);
/* harmony import */ var _text_neutralize__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2363);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6910);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9217);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2274);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3182);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7083);
/* harmony import */ var _render_feature__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6950);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2755);
/* harmony import */ var _text_paint__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9586);







function usageNumbers(u) {
    return {
        inputTokens: u.inputTokens,
        outputTokens: u.outputTokens,
        cacheCreationTokens: u.cacheCreationTokens,
        cacheReadTokens: u.cacheReadTokens,
        tokens: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .totalTokens */ .RP)(u),
        costMicroUsd: u.costMicroUsd,
        costUsd: u.costMicroUsd / 1_000_000,
        records: u.records,
    };
}
/** Status of one feature (an unknown spec is an InputError naming the known ones) or of all. */
function featureStatus(snapshot, spec) {
    const { projection } = snapshot;
    if (spec !== undefined && !projection.features[spec]) {
        const known = Object.keys(projection.features).sort();
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`feature ${JSON.stringify(spec)} has no events on the state branch (known: ${known.length ? known.join(', ') : 'none'})`);
    }
    const features = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .featuresOf */ .Hi)(projection, spec).map((f) => {
        const progress = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .taskProgress */ .hv)(f);
        return {
            spec: f.spec,
            name: f.registration?.name ?? null,
            baseBranch: f.registration?.baseBranch ?? null,
            tasks: { total: progress.total, done: progress.done, merged: progress.merged, inProgress: progress.inProgress, open: progress.open },
            health: (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .agentHealth */ .kd)(f),
            lastScan: scanOf((0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .lastScan */ .QZ)(projection, 'conflicts', f.spec)),
            agents: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .agentsOf */ .et)(f).map((a) => {
                const names = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .agentAliases */ .AA)(a);
                const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
                return {
                    role: a.role,
                    branch: a.branch,
                    index: a.index ?? null,
                    tasksDone: mine.filter((t) => t.state === 'done').length,
                    tasksInProgress: mine.filter((t) => t.state === 'in-progress').length,
                    lastActivity: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .lastActivity */ .eg)(f, names),
                };
            }),
            openConflicts: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openConflicts */ .cX)(projection, f.spec).map((c) => ({
                id: c.id,
                left: c.left,
                right: c.right,
                files: [...c.files.map((x) => x.path), ...(c.messages ?? []).flatMap((m) => m.paths)],
                detectedAt: c.detectedAt,
                manual: c.manual,
                ...(c.reason ? { reason: c.reason } : {}),
                ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
            })),
            tests: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .latestTests */ .J7)(f).map((t) => ({
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
            openPrs: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openPrs */ .uo)(f).map((p) => ({
                number: p.number,
                url: p.url,
                head: p.head,
                base: p.base,
                title: p.title ?? null,
                action: p.action,
            })),
            blockers: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openBlockers */ .AW)(f).map((b) => ({
                id: b.id,
                agent: b.raised?.agent ?? null,
                reason: b.raised?.reason ?? '',
                raisedAt: b.raised?.time ?? '',
            })),
            scopeDrift: (0,_state_projection__WEBPACK_IMPORTED_MODULE_4__/* .openDrift */ .w)(f).map((d) => ({
                branch: d.branch,
                path: d.path,
                tasks: d.detected?.tasks ?? [],
                commit: d.detected?.commit ?? null,
                since: d.detected?.time ?? null,
            })),
            predictedConflicts: predictedOf(f),
            usage: {
                total: Object.keys(f.usage ?? {}).length ? usageNumbers((0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .sumUsage */ .Rl)(Object.values(f.usage ?? {}))) : null,
                agents: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .usageByAgent */ .Q0)(projection, f.spec).map((u) => ({ branch: u.name, ...usageNumbers(u) })),
                tasks: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .usageByTask */ .Qp)(projection, f.spec).map((u) => ({ task: u.name, ...usageNumbers(u) })),
            },
            budgetsCrossed: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .budgetsCrossed */ .GJ)(projection, f.spec).map((b) => ({
                scope: b.scope,
                subject: b.subject,
                budgetMicroUsd: b.budgetMicroUsd,
                spentMicroUsd: b.spentMicroUsd,
                time: b.time,
            })),
            eventCount: f.eventCount,
            lastEvent: f.recent[0]?.time ?? null,
        };
    });
    return { commit: snapshot.commit, features, problems: projection.problems };
}
/** Untrusted text for a terminal: one line, no control characters, no markdown escapes. */
function one(value, max = 200) {
    const text = (0,_text_neutralize__WEBPACK_IMPORTED_MODULE_5__/* .neutralize */ .Y)(String(value ?? ''), { multiline: true })
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
function time(value) {
    return value ? value.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ') : '';
}
/** The status as plain text for a terminal (the views on the state branch are the markdown). */
function formatStatus(report, paint = _text_paint__WEBPACK_IMPORTED_MODULE_6__/* .noPaint */ .I) {
    const lines = [];
    if (report.features.length === 0)
        lines.push('No features recorded yet.');
    for (const f of report.features) {
        lines.push(`${one(f.spec)}${f.name ? `: ${one(f.name)}` : ''}`, '');
        lines.push(`Tasks ${(0,_render_feature__WEBPACK_IMPORTED_MODULE_7__/* .progressText */ .l_)(f.tasks)}; ${f.openConflicts.length} open conflict(s); ${f.blockers.length} blocker(s); last event ${time(f.lastEvent) || 'none'}.`, 
        // The open conflicts are counted once, on the line above (the projection's, as everywhere): not the scan's tally.
        f.lastScan
            ? `Last conflict scan: ${time(f.lastScan.at)} (${f.lastScan.pairs} pair(s) compared, ${f.lastScan.errors} error(s)).`
            : 'Last conflict scan: none recorded yet.', '');
        const rows = f.health.map((h) => [
            `${h.role}${h.index ? ` ${h.index}` : ''}`,
            one(h.branch),
            h.lastCommit ? h.lastCommit.slice(0, 7) : '-',
            h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '-',
            (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .checksText */ .rW)(h.checks),
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
            lines.push(`- ${paint('warning', 'scope drift')} ${one(d.branch)}: ${one(d.path, 300)} outside its tasks (${d.tasks.length ? `belongs to ${one((0,_role_ci__WEBPACK_IMPORTED_MODULE_8__/* .driftTasksText */ .TZ)(d.tasks), 300)}` : 'no task names it'})`);
        for (const p of f.predictedConflicts)
            lines.push(`- ${paint('warning', 'predicted conflict')}: ${one(p.agent)} edits ${one(p.path)}, which ${one(p.sibling)} changed at ${p.siblingSha.slice(0, 7)} (warned ${time(p.time)})`);
        for (const b of f.budgetsCrossed)
            lines.push(`- ${paint('warning', 'budget crossed')}: ${b.scope} ${one(b.subject)} spent ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(b.spentMicroUsd)} of its ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(b.budgetMicroUsd)} budget (${time(b.time)})`);
        if (f.usage.total) {
            const u = f.usage.total;
            lines.push(`- cost ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(u.costMicroUsd)} for ${u.tokens} tokens (${u.inputTokens} in, ${u.outputTokens} out, ${u.cacheCreationTokens} cache written, ${u.cacheReadTokens} cache read)`);
            for (const a of f.usage.agents)
                lines.push(`  - ${one(a.branch)}: ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(a.costMicroUsd)}, ${a.tokens} tokens`);
            for (const t of f.usage.tasks)
                lines.push(`  - ${one(t.task)}: ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(t.costMicroUsd)}, ${t.tokens} tokens`);
        }
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
