export const id = 173;
export const ids = [173];
export const modules = {

/***/ 5576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ ROLE_FILE),
/* harmony export */   Fh: () => (/* binding */ CLAUDE_ROLE_FILE),
/* harmony export */   Jc: () => (/* binding */ ROLE_FILES),
/* harmony export */   ak: () => (/* binding */ readRoleFiles),
/* harmony export */   he: () => (/* binding */ formatRoleFile)
/* harmony export */ });
/* unused harmony exports MAX_ROLE_FILE_BYTES, parseRoleFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(919);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);





/** The local role file `agents setup` writes (git-excluded). */
const ROLE_FILE = '.orchestrator/agent.local';
/** The name the original system used; read too, never written. */
const CLAUDE_ROLE_FILE = '.claude/agent-role.local';
/** Both names, in the order they are read. */
const ROLE_FILES = [ROLE_FILE, CLAUDE_ROLE_FILE];
/** A role file is three short lines; anything bigger is not one (and is not read into memory whole). */
const MAX_ROLE_FILE_BYTES = 4096;
const KEYS = ['role', 'feature', 'agent'];
/**
 * Reads and validates the role file(s) in `cwd`. The file is untrusted input
 * (anyone, or any agent, can write it): its size is bounded, every line must be
 * `key: value` with a known key given once, and each value must be a valid role,
 * spec id or agent name; any problem is an InputError naming the file, the line
 * and the bad value. When both names exist they must say the same, else the
 * error names both (neither silently wins).
 */
function readRoleFiles(cwd) {
    const found = ROLE_FILES.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, p))).map((p) => parseRoleFile(p, readBounded(cwd, p)));
    if (found.length === 0)
        return null;
    const [first, second] = found;
    if (second) {
        for (const key of KEYS) {
            const a = first.values[key];
            const b = second.values[key];
            if (a !== b)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.path} and ${second.path} disagree: ${key} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(a ?? '(none)')} versus ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
        }
    }
    return first;
}
function readBounded(cwd, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isFile())
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} is not a regular file; expected lines like "role: implementor"`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        if (size > MAX_ROLE_FILE_BYTES)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} is ${size} bytes, more than the ${MAX_ROLE_FILE_BYTES} a role file may have; expected lines like "role: implementor"`);
        const buffer = Buffer.alloc(size);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Parses the text of a role file; `path` is for messages. */
function parseRoleFile(path, text) {
    const values = {};
    const seen = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${path} line ${i + 1}`;
        const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
        if (!m)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!KEYS.includes(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: unknown key ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .specIdProblem */ .Gr)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
            values.agent = value;
        }
    });
    if (!values.role && !values.feature && !values.agent)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} names no role, feature or agent; expected lines like "role: implementor", "feature: 004-user-auth", "agent: impl-2"`);
    return { path, values };
}
/** The text `agents setup` writes: the same keys, in the same order, that `parseRoleFile` reads. */
function formatRoleFile(values) {
    return KEYS.filter((k) => values[k])
        .map((k) => `${k}: ${values[k]}\n`)
        .join('');
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   _7: () => (/* binding */ resolveAgentIdentity)
/* harmony export */ });
/* unused harmony exports parseAgentName, agentName */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6422);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);
/* harmony import */ var _role_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5576);




/**
 * The role, feature and agent of this checkout, from (in order) the flags,
 * the branch name, then the local role file. A role file that contradicts an
 * agent branch is an error naming both: the file says who the checkout was set
 * up as, the branch who it is now, and guessing which is stale could let one
 * agent act as another. Flags are explicit and win silently over both.
 */
function resolveAgentIdentity(options) {
    const { naming, branch } = options;
    const parsed = branch ? (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .parseBranch */ .Qd)(naming, branch) : null;
    const file = options.readFile ? (0,_role_file__WEBPACK_IMPORTED_MODULE_1__/* .readRoleFiles */ .ak)(options.cwd) : null;
    const fromFile = file ? fileIdentity(file, naming) : null;
    if (file && fromFile && parsed && branch)
        checkAgreement(file, fromFile, branch, parsed);
    const out = { sources: {}, checkedOut: branch };
    if (file)
        out.file = file;
    const flagRole = options.flags?.role;
    if (flagRole !== undefined && flagRole !== 'overseer' && flagRole !== 'implementor')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(flagRole)} is not valid; expected overseer or implementor`);
    const pick = (flag, fromBranch, fromFileValue) => flag !== undefined
        ? [flag, 'flag']
        : fromBranch !== undefined
            ? [fromBranch, 'branch']
            : fromFileValue !== undefined
                ? [fromFileValue, 'file']
                : [undefined, undefined];
    [out.role, out.sources.role] = pick(flagRole, parsed?.role, fromFile?.role);
    [out.feature, out.sources.feature] = pick(options.flags?.feature, parsed?.spec, fromFile?.spec);
    out.source = out.sources.role;
    // The agent (impl-n / overseer) comes from the first of branch and file whose role is the role in force.
    const agentFrom = [
        parsed ? { p: parsed, s: 'branch' } : null,
        fromFile && file?.values.agent ? { p: fromFile, s: 'file' } : null,
    ].find((c) => c && c.p.role === out.role);
    if (agentFrom) {
        out.agent = agentName(naming, agentFrom.p.role, agentFrom.p.index);
        if (agentFrom.p.index !== undefined)
            out.index = agentFrom.p.index;
        out.sources.agent = agentFrom.s;
    }
    // The agent's own branch: of the feature its source names (a --feature flag for another feature does not move it).
    const agentFeature = agentFrom?.p.spec ?? out.feature;
    if (agentFrom && agentFeature)
        out.branch = (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, agentFeature, agentFrom.p.role, agentFrom.p.index);
    return out;
}
/** What the role file says, with its agent read against the naming (short name or whole branch). */
function fileIdentity(file, naming) {
    const { role, feature, agent } = file.values;
    const out = {};
    if (role)
        out.role = role;
    if (feature)
        out.spec = feature;
    if (!agent)
        return out;
    const asBranch = agent.includes('/') ? (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .parseBranch */ .Qd)(naming, agent) : parseAgentName(naming, agent);
    if (!asBranch)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is not an agent of the naming (expected ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.overseer)}, ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.implementor.replace('{n}', '2'))} or a branch like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)((0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, feature ?? '004-user-auth', 'implementor', 2))})`);
    if (role && asBranch.role !== role)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is an ${asBranch.role}, but the file says role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(role)}`);
    if (feature && asBranch.spec && asBranch.spec !== feature)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} belongs to feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(asBranch.spec)}, but the file says feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(feature)}`);
    out.role = asBranch.role;
    if (asBranch.spec)
        out.spec = asBranch.spec;
    if (asBranch.index !== undefined)
        out.index = asBranch.index;
    return out;
}
/** `impl-2` → implementor 2, `overseer` → overseer, for the naming's role segments. */
function parseAgentName(naming, name) {
    if (name === naming.overseer)
        return { role: 'overseer' };
    const [before, after] = naming.implementor.split('{n}');
    if (!name.startsWith(before) || !name.endsWith(after))
        return null;
    const n = name.slice(before.length, name.length - after.length);
    return /^[1-9]\d{0,2}$/.test(n) ? { role: 'implementor', index: Number(n) } : null;
}
function agentName(naming, role, index) {
    return role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1));
}
function checkAgreement(file, said, branch, parsed) {
    const differs = (said.role !== undefined && said.role !== parsed.role) ||
        (said.spec !== undefined && said.spec !== parsed.spec) ||
        (said.index !== undefined && said.index !== parsed.index);
    if (!differs)
        return;
    const fileSays = Object.entries(file.values)
        .map(([k, v]) => `${k} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}`)
        .join(', ');
    const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(parsed.spec)}`;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path} says ${fileSays}, but branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`);
}
/** One line for the CLI: the identity and where each part came from. */
function describeIdentity(id) {
    if (!id.role && !id.feature)
        return 'no role: the branch is not an agent branch and no role file names one';
    const from = (s) => s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(id.checkedOut ?? '')}` : 'the command line';
    const parts = [];
    if (id.role)
        parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`);
    if (id.feature)
        parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`);
    return `working as ${parts.join(', ')}`;
}


/***/ }),

/***/ 4443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oV: () => (/* binding */ databaseBytesFromStore),
  cK: () => (/* binding */ readDatabaseFile),
  Eo: () => (/* binding */ writeSqliteExport)
});

// UNUSED EXPORTS: MAX_DATABASE_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
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
        agent_usage: [],
        budgets_crossed: [],
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
    for (const e of sorted) {
        if (e.kind !== 'agent-usage')
            continue;
        const d = e.data;
        rows.agent_usage.push([
            e.key,
            e.feature,
            e.time,
            d.agent,
            d.session,
            d.source,
            opt(d.model),
            (0,canonical_json/* canonicalJson */.d)(d.tasks ?? []),
            d.inputTokens,
            d.outputTokens,
            d.cacheCreationTokens,
            d.cacheReadTokens,
            d.costMicroUsd,
            opt(d.prices),
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
        for (const b of Object.values(f.budgets ?? {}).sort((x, y) => (0,queries/* cmp */.r2)(x.scope, y.scope) || (0,queries/* cmp */.r2)(x.subject, y.subject)))
            rows.budgets_crossed.push([f.spec, b.scope, b.subject, b.budgetMicroUsd, b.spentMicroUsd, b.time]);
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
    {
        name: 'agent_usage',
        description: "What agents' models used, one row per agent-usage event (a stretch of a session, per model). Costs are in millionths of a US dollar (exact sums); a task's share is the row's divided evenly among its tasks.",
        primaryKey: ['key'],
        columns: [
            col('key', 'TEXT', 'Event key.'),
            FEATURE,
            col('recorded_at', 'TEXT', 'Time of the event.'),
            col('agent', 'TEXT', 'The agent branch.'),
            col('session', 'TEXT', 'Session id of the agent tool (or of a hand-logged record).'),
            col('source', 'TEXT', 'claude, codex or manual.'),
            col('model', 'TEXT', 'The model (NULL when not known).'),
            col('tasks', 'TEXT', 'JSON list of the task ids in progress then.'),
            col('input_tokens', 'INTEGER', 'Input tokens (uncached).'),
            col('output_tokens', 'INTEGER', 'Output tokens.'),
            col('cache_creation_tokens', 'INTEGER', 'Input tokens written to the prompt cache.'),
            col('cache_read_tokens', 'INTEGER', 'Input tokens read from the prompt cache.'),
            col('cost_micro_usd', 'INTEGER', 'Cost in millionths of a US dollar.'),
            col('prices_date', 'TEXT', 'Date of the price table used (NULL: the cost was given by hand, or the model had no price).'),
        ],
    },
    {
        name: 'budgets_crossed',
        description: 'Budgets the usage reached: the highest crossed per scope and subject.',
        primaryKey: ['feature', 'scope', 'subject'],
        columns: [
            FEATURE,
            col('scope', 'TEXT', 'feature, agent or task.'),
            col('subject', 'TEXT', 'The feature id, agent branch or task id.'),
            col('budget_micro_usd', 'INTEGER', 'The budget, in millionths of a US dollar.'),
            col('spent_micro_usd', 'INTEGER', 'What was spent when it was crossed.'),
            col('crossed_at', 'TEXT', 'Time it was recorded.'),
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
    {
        name: 'v_agent_cost',
        description: 'One row per (feature, agent branch): tokens and cost summed over its usage, as `events status` shows them.',
        columns: [
            { name: 'feature', description: 'Spec id.' },
            { name: 'agent', description: 'The agent branch.' },
            { name: 'input_tokens', description: 'Input tokens (uncached).' },
            { name: 'output_tokens', description: 'Output tokens.' },
            { name: 'cache_creation_tokens', description: 'Tokens written to the prompt cache.' },
            { name: 'cache_read_tokens', description: 'Tokens read from the prompt cache.' },
            { name: 'cost_micro_usd', description: 'Cost in millionths of a US dollar.' },
            { name: 'records', description: 'Usage records summed.' },
        ],
        select: `SELECT feature, agent, SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens,
  SUM(cache_creation_tokens) AS cache_creation_tokens, SUM(cache_read_tokens) AS cache_read_tokens,
  SUM(cost_micro_usd) AS cost_micro_usd, COUNT(*) AS records
FROM agent_usage GROUP BY feature, agent ORDER BY feature, agent`,
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

// EXTERNAL MODULE: ./shared/sql/sqlite.ts
var sqlite = __webpack_require__(5475);
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
    const SQL = await (0,sqlite/* sqlite */.F)();
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

// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
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
/** A database file read whole into memory (sql.js has no file access): larger ones are refused before reading. */
const MAX_DATABASE_BYTES = 512 * 1024 * 1024;
/**
 * The bytes of a database file given by `option` (`given` as the user wrote it, `path` confined),
 * refused unless it is SQLite and at most MAX_DATABASE_BYTES.
 */
function readDatabaseFile(path, given, option = '--db') {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* InputError */.dz(`${option} ${(0,quote/* quote */.hD)(given)} does not exist; write one with "orchestrator events export --format sqlite <file>"`);
    const size = (0,external_node_fs_.statSync)(path).size;
    if (size > MAX_DATABASE_BYTES)
        throw new errors/* InputError */.dz(`${option} ${(0,quote/* quote */.hD)(given)} is ${size} bytes: at most ${MAX_DATABASE_BYTES} (512 MiB) are read`);
    const bytes = (0,external_node_fs_.readFileSync)(path);
    if (bytes.subarray(0, 16).toString('latin1') !== SQLITE_HEADER)
        throw new errors/* InputError */.dz(`${option} ${(0,quote/* quote */.hD)(given)} is not a SQLite database`);
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


/***/ }),

/***/ 5748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sqliteWasm)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The bytes of SQLite compiled to WebAssembly (sql.js): no native build, nothing downloaded at
 * run time. The bundler recognises exactly this form, alone in its module (readFileSync of a URL
 * relative to the module): it copies the file beside the bundle, byte for byte, and rewrites the
 * path; tests read it from node_modules. (In a module that also imports the sql.js glue, webpack's
 * own asset handling takes over and writes the binary as text, corrupting it.)
 */
function sqliteWasm() {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(__webpack_require__.ab + "sql-wasm.wasm");
}


/***/ }),

/***/ 5475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ sqlite)
/* harmony export */ });
/* harmony import */ var _sqlite_wasm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5748);

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
    const bytes = (0,_sqlite_wasm__WEBPACK_IMPORTED_MODULE_0__/* .sqliteWasm */ .F)();
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return initSqlJs({ wasmBinary });
}


/***/ })

};
