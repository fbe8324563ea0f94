export const id = 24;
export const ids = [24];
export const modules = {

/***/ 6352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ AUTHORITY_RULES),
/* harmony export */   kj: () => (/* binding */ authorityRule),
/* harmony export */   su: () => (/* binding */ IMPLEMENTOR_LOG_KINDS),
/* harmony export */   zI: () => (/* binding */ preApprovedCommands)
/* harmony export */ });
/* unused harmony export IMPLEMENTOR_COMMANDS */
const AUTHORITY_RULES = [
    {
        command: 'events add-feature',
        implementor: 'never',
        rule: 'registering a feature is the overseer’s or a person’s',
    },
    {
        command: 'events log',
        implementor: 'own',
        rule: 'an implementor may log only task-updated, test-result, blocker-raised and agent-usage events for its own branch',
    },
    {
        command: 'events log-usage',
        implementor: 'own',
        rule: 'an implementor may log only its own usage (its own branch)',
    },
    {
        command: 'events log-conflict',
        implementor: 'never',
        rule: 'recording a conflict by hand is the overseer’s or a person’s',
    },
    {
        command: 'events resolve-conflict',
        implementor: 'never',
        rule: 'resolving a conflict is the overseer’s or a person’s',
    },
    {
        command: 'events import',
        implementor: 'never',
        rule: 'importing a history is the overseer’s or a person’s',
    },
    {
        command: 'events raise-blocker',
        implementor: 'own',
        rule: 'an implementor may raise a blocker only against its own branch',
    },
    {
        command: 'events clear-blocker',
        implementor: 'own',
        rule: 'an implementor may clear only a blocker it raised or that was raised against it (its own branch)',
    },
];
/** The event kinds an implementor may record with `events log`, for its own branch. */
const IMPLEMENTOR_LOG_KINDS = ['task-updated', 'test-result', 'blocker-raised', 'agent-usage'];
/** The rule of a command, if it has one. */
function authorityRule(command) {
    return AUTHORITY_RULES.find((r) => r.command === command);
}
/**
 * The CLI commands `agents setup` pre-approves for an implementor: those no
 * rule can refuse it. The rest (and `init-feature`, `plan`, which shape the
 * whole feature) ask first. The overseer's list is every command.
 */
const IMPLEMENTOR_COMMANDS = [
    'sync-status',
    'check-path',
    'run-tests',
    'role-ci',
    'check-conflicts',
    'detect-conflicts',
    'integrate-order',
    'open-pr',
    'dashboard',
    'agents',
    'hooks',
    'events recent',
    'events status',
    'events export',
    'events sql',
    'events verify',
];
/** The commands a role may run without asking, as command words (empty list: every command). */
function preApprovedCommands(role) {
    return role === 'implementor' ? IMPLEMENTOR_COMMANDS : null;
}


/***/ }),

/***/ 5014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ commandCaller),
/* harmony export */   AY: () => (/* binding */ isCaller),
/* harmony export */   Cp: () => (/* binding */ implementorMayLog),
/* harmony export */   Q7: () => (/* binding */ checkAuthority),
/* harmony export */   zN: () => (/* binding */ agentContext)
/* harmony export */ });
/* harmony import */ var _agents__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6352);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3768);
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4416);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5748);






async function commandCaller(ctx, ws) {
    const identity = await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .commandIdentity */ .sX)(ctx, ws.git, ws.config.branches);
    return { identity, actor: actingAs(ctx, identity.branch).actor };
}
/**
 * The context a command records with when an agent runs it in its checkout: that agent's branch is the actor
 * (run-tests, check-conflicts, sync-status in an agent's clone), as for the events commands. Elsewhere (a
 * person on another branch, a workflow) the context as it is.
 */
async function agentContext(ctx, ws, 
/** The checked-out branch when the caller knows it already (null: HEAD is detached); undefined: asked of git here. */
checkedOut) {
    if (ctx.github.workflow)
        return ctx;
    const branch = checkedOut === undefined ? await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_1__/* .checkedOutBranch */ .iD)(ws.git) : (0,_agent_branches__WEBPACK_IMPORTED_MODULE_1__/* .acceptedBranch */ .SU)(checkedOut);
    return branch && (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_2__/* .parseBranch */ .Qd)(ws.config.branches, branch) ? actingAs(ctx, branch) : ctx;
}
/** `ctx` with `branch` (an agent's) as the actor outside a workflow; its other fields as they are (getters kept). */
function actingAs(ctx, branch) {
    if (ctx.github.workflow || !branch)
        return ctx;
    return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(ctx), actor: { value: branch, enumerable: true } });
}
/**
 * Refuses (exit 2, naming the rule of AUTHORITY_RULES) a command an implementor may not run, or may
 * run only on its own facts when `own` says the fact is not its own. The overseer and a person
 * (no role) may run every command.
 */
function checkAuthority(command, caller, own = () => false) {
    const rule = (0,_agents__WEBPACK_IMPORTED_MODULE_3__/* .authorityRule */ .kj)(command);
    const { identity } = caller;
    if (!rule || identity.role !== 'implementor')
        return;
    if (rule.implementor === 'own' && own())
        return;
    const who = identity.branch ?? identity.agent ?? 'an implementor';
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${command} refused for ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(who)} (implementor, from its ${identity.source ?? 'branch'}): ${rule.rule}; ask the overseer or a person (see "Who may change what" in the README)`);
}
/** Whether `agent` (a branch or an impl-N / overseer name, as --agent takes it) names the caller itself. */
function isCaller(caller, agent) {
    const { identity } = caller;
    if (agent === undefined)
        return false;
    return agent === identity.branch || (identity.agent !== undefined && agent === identity.agent);
}
/** Whether an implementor may record this kind with `events log`. */
function implementorMayLog(kind) {
    return _agents__WEBPACK_IMPORTED_MODULE_3__/* .IMPLEMENTOR_LOG_KINDS */ .su.includes(kind);
}


/***/ }),

/***/ 7024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importCommand: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(8060);
// EXTERNAL MODULE: ./shared/sql/database-file.ts + 3 modules
var database_file = __webpack_require__(1445);
// EXTERNAL MODULE: ./shared/state/events/field-checks.ts
var field_checks = __webpack_require__(588);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/sql/sqlite.ts
var sqlite = __webpack_require__(3681);
;// CONCATENATED MODULE: ./shared/sql/import-read.ts



/** The tables of the original system's store that an import reads, in the order it reads them. */
const IMPORT_TABLES = [
    'features',
    'tasks',
    'agents',
    'task_events',
    'pull_requests',
    'conflicts',
    'test_results',
    'blockers',
];
/** Rows of one table read at most: beyond that the store is refused whole, before anything is imported. */
const MAX_ROWS_PER_TABLE = 500_000;
/**
 * Reads the known tables of a SQLite store given as bytes. Only real tables are read (a view
 * of the same name could run any query), names match case-insensitively, and the connection
 * is read-only (`PRAGMA query_only`).
 */
async function readSourceTables(bytes, given) {
    const SQL = await (0,sqlite/* sqlite */.F)();
    let db;
    try {
        db = new SQL.Database(bytes);
        db.run('PRAGMA query_only = ON');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`--from-sqlite ${(0,quote/* quote */.hD)(given)} cannot be opened as SQLite: ${error.message}`);
    }
    try {
        const names = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values.map((r) => String(r[0])) ?? [];
        const tables = new Map();
        const ignored = [];
        for (const name of names) {
            const ours = IMPORT_TABLES.find((t) => t === name.toLowerCase());
            if (!ours || tables.has(ours)) {
                if (!name.startsWith('sqlite_'))
                    ignored.push(name);
                continue;
            }
            tables.set(ours, readTable(db, name, ours));
        }
        return { tables, ignored };
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`--from-sqlite ${(0,quote/* quote */.hD)(given)} could not be read: ${error.message}`);
    }
    finally {
        db.close();
    }
}
function readTable(db, name, ours) {
    const ident = `"${name.replace(/"/g, '""')}"`;
    let statement;
    let withRowid = true;
    try {
        statement = db.prepare(`SELECT rowid AS "rowid:import", * FROM ${ident}`);
    }
    catch {
        // WITHOUT ROWID tables (ours are) have no rowid: rows are named by position.
        withRowid = false;
        statement = db.prepare(`SELECT * FROM ${ident}`);
    }
    const rows = [];
    try {
        const columns = statement.getColumnNames().map((c) => c.toLowerCase());
        while (statement.step()) {
            if (rows.length === MAX_ROWS_PER_TABLE)
                throw new errors/* InputError */.dz(`table ${ours} has more than ${MAX_ROWS_PER_TABLE} rows: import it in parts (nothing was imported)`);
            const values = statement.get();
            const cells = new Map();
            // A column named twice keeps its first value: the first is what `SELECT *` shows first.
            columns.forEach((c, i) => cells.has(c) || cells.set(c, values[i] ?? null));
            const label = withRowid ? `rowid ${String(cells.get('rowid:import'))}` : `row ${rows.length + 1}`;
            cells.delete('rowid:import');
            rows.push({ table: ours, label, cells });
        }
    }
    finally {
        statement.free();
    }
    return rows;
}

// EXTERNAL MODULE: ./shared/state/events/events.ts
var events = __webpack_require__(3867);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(4929);
;// CONCATENATED MODULE: ./shared/sql/import-time.ts
/**
 * Times as a hand-made store writes them, turned into the log's one form
 * (`Date.toISOString()`, UTC). Accepted: ISO 8601 with a zone (`Z`, `+02:00`)
 * or without one, SQLite's own `YYYY-MM-DD HH:MM:SS[.fff]`, a bare date, and
 * unix time as a number or a string of digits: seconds, or milliseconds when
 * it is larger than any second count before the year 5000. A time without a
 * zone is UTC, as SQLite's date functions take it.
 */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;
const DIGITS = /^-?\d{1,16}(?:\.\d+)?$/;
const MAX_SECONDS = 95_617_584_000; // 5000-01-01: a larger count is milliseconds
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const TIME_EXPECTED = 'must be a time: ISO 8601 (2026-03-01T10:00:00Z, with or without a zone), "2026-03-01 10:00:00", or unix seconds or milliseconds';
/** The ISO form of a time cell, or null when it is not one. */
function parseImportTime(value) {
    let ms;
    if (typeof value === 'number' || (typeof value === 'string' && DIGITS.test(value.trim()))) {
        const n = Number(value);
        if (!Number.isFinite(n))
            return null;
        ms = Math.abs(n) > MAX_SECONDS ? n : n * 1000;
    }
    else if (typeof value === 'string') {
        const m = ISO_LIKE.exec(value.trim());
        if (!m)
            return null;
        const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m;
        const fraction = frac ? `.${frac.slice(1, 4).padEnd(3, '0')}` : '.000';
        const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
        const text = `${y}-${mo}-${d}T${h}:${mi}:${s}${fraction}${offset}`;
        ms = Date.parse(text);
        // Date.parse rolls 2026-02-30 over to March: a day or hour out of range is refused instead.
        if (Number.isNaN(ms) || !sameFields(ms, offset, [y, mo, d, h, mi, s]))
            return null;
    }
    else
        return null;
    ms = Math.round(ms);
    if (!(ms >= EARLIEST && ms <= LATEST))
        return null;
    return new Date(ms).toISOString();
}
function sameFields(ms, offset, fields) {
    const shift = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    const local = new Date(ms + shift * 60_000);
    const got = [
        local.getUTCFullYear(),
        local.getUTCMonth() + 1,
        local.getUTCDate(),
        local.getUTCHours(),
        local.getUTCMinutes(),
        local.getUTCSeconds(),
    ];
    return got.every((n, i) => n === Number(fields[i]));
}

;// CONCATENATED MODULE: ./shared/sql/import-row-reader.ts




/** A text cell longer than this is refused before any field check looks at it (no field of an event is near it). */
const MAX_CELL_CHARS = 1_000_000;
/** One column of one row is wrong: what an import reports for a bad row. */
class RowProblem extends Error {
    column;
    value;
    expected;
    constructor(column, value, expected) {
        super(`column ${column} ${expected}`);
        this.column = column;
        this.value = value;
        this.expected = expected;
    }
}
/**
 * Typed access to one row's cells under the names a hand-made store may use
 * (`names`: the first present column wins; ours come first). Each getter
 * throws a RowProblem naming the column and the value.
 */
class RowReader {
    row;
    now;
    defaultActor;
    constructor(row, now, defaultActor) {
        this.row = row;
        this.now = now;
        this.defaultActor = defaultActor;
    }
    /** The first of `names` that the table has, and its cell. */
    cell(names) {
        for (const n of names)
            if (this.row.cells.has(n))
                return { column: n, value: this.row.cells.get(n) ?? null };
        return { column: names[0], value: null };
    }
    text(names, required = false) {
        const { column, value } = this.cell(names);
        if (value === null || value === '') {
            if (required)
                throw new RowProblem(column, value, 'is required (a non-empty text)');
            return undefined;
        }
        if (typeof value !== 'string')
            throw new RowProblem(column, value, 'must be text');
        if (value.length > MAX_CELL_CHARS)
            throw new RowProblem(column, value, `must be at most ${MAX_CELL_CHARS} characters`);
        return value;
    }
    int(names, options = {}) {
        const { column, value } = this.cell(names);
        if (value === null || value === '') {
            if (options.required)
                throw new RowProblem(column, value, 'is required (a whole number)');
            return undefined;
        }
        const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
        if (!Number.isSafeInteger(n) || n < (options.min ?? 0))
            throw new RowProblem(column, value, `must be a whole number of at least ${options.min ?? 0}`);
        return n;
    }
    /** A time in the log's form; `fallback` (default: the import's own time) when the cell is empty. */
    time(names, options = {}) {
        const { column, value } = this.cell(names);
        if (value === null || value === '') {
            if (options.required)
                throw new RowProblem(column, value, `is required: it ${TIME_EXPECTED}`);
            return options.fallback ?? this.now;
        }
        const iso = parseImportTime(value);
        if (!iso)
            throw new RowProblem(column, value, TIME_EXPECTED);
        return iso;
    }
    optionalTime(names) {
        const { value } = this.cell(names);
        return value === null || value === '' ? undefined : this.time(names);
    }
    json(names) {
        const text = this.text(names);
        if (text === undefined)
            return undefined;
        try {
            return JSON.parse(text);
        }
        catch (error) {
            throw new RowProblem(this.cell(names).column, text, `must be JSON (${error.message})`);
        }
    }
    actor() {
        return this.text(['actor']) ?? this.defaultActor;
    }
    /**
     * A whole event of our format (a task_events row with `data`): checked as any event read from
     * a file; its key, when the row has one, must be the key of its content. Without a key, the
     * key is derived from the content.
     */
    validated(raw, derive) {
        const columns = { kind: 'kind', key: 'key', schema: 'schema_version', time: 'time', actor: 'actor', feature: 'feature' };
        try {
            if (!derive)
                return (0,events/* validateEvent */.$r)(raw, 'row');
            const made = (0,events/* makeEvent */.Ld)(raw.kind, raw.feature, raw.data, {
                actor: raw.actor,
                time: raw.time,
            });
            return (0,events/* validateEvent */.$r)({ ...made, schema: raw.schema }, 'row');
        }
        catch (error) {
            if (!(error instanceof field_checks/* InvalidEventError */._r))
                throw error;
            const top = error.field.split(/[.[]/)[0];
            const column = top === 'data' ? 'data' : (columns[top] ?? top);
            const value = top === 'data' ? pick(raw.data, error.field.slice(5)) : raw[top];
            throw new RowProblem(column, value, detailOf(error));
        }
    }
    /**
     * A validated event; a field the event schema refuses is reported under the column it came
     * from (`columns`: data field → column).
     */
    event(kind, feature, data, time, columns) {
        const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
        try {
            return (0,events/* makeEvent */.Ld)(kind, feature, clean, { actor: this.actor(), time });
        }
        catch (error) {
            if (!(error instanceof field_checks/* InvalidEventError */._r))
                throw error;
            throw fromEventError(error, columns, data, feature);
        }
    }
}
/** An event-schema refusal, told as a column of the row. */
function fromEventError(error, columns, data, feature) {
    const top = error.field.replace(/^data\./, '').split(/[.[]/)[0];
    const column = error.field === 'feature' ? (columns.feature ?? 'feature') : (columns[top] ?? top);
    const value = error.field === 'feature' ? feature : data[top];
    return new RowProblem(column, value, detailOf(error));
}
/** The schema's words without its own rendering of the value (the report quotes the value itself). */
function detailOf(error) {
    return error.message.slice(error.where.length + 2).replace(/ \(got .*\)$/s, '');
}
/** The value at a dotted path of the data (`files[0].path` stops at `files`), for the report. */
function pick(data, path) {
    const top = path.split(/[.[]/)[0];
    return data !== null && typeof data === 'object' && top ? data[top] : data;
}
/** How a bad row is reported. */
function badRow(row, hint, problem) {
    const v = problem.value;
    const value = v instanceof Uint8Array ? `<${v.length} bytes>` : typeof v === 'string' ? (0,quote/* quote */.hD)(v) : (0,quote/* quoteValue */.cl)(v);
    const where = `${row.table} ${row.label}${hint}`;
    return {
        table: row.table,
        row: row.label,
        column: problem.column,
        value,
        message: (0,neutralize/* neutralize */.Y)(`${where}: column ${problem.column}: ${problem.expected} (got ${value})`),
    };
}

// EXTERNAL MODULE: ./shared/state/events/event-schema.ts
var event_schema = __webpack_require__(7450);
;// CONCATENATED MODULE: ./shared/sql/import-tables.ts


// One function per table of the original system's store: a row becomes the events that
// record the same facts (column names: ours first, then the variants a hand-made store uses).
const FEATURE_COL = ['feature', 'feature_id', 'spec', 'spec_id'];
const TASK_ID = ['task_id', 'task', 'id'];
const COMMIT = ['commit_sha', 'commit', 'sha'];
/** The identity of a row within its table (two rows with one identity are duplicates), or null where a table is history. */
const ROW_IDENTITY = {
    features: [['spec', 'spec_id', 'feature', 'id']],
    tasks: [FEATURE_COL, TASK_ID],
    agents: [FEATURE_COL, ['branch', 'agent']],
    task_events: [['key']],
    pull_requests: [FEATURE_COL, ['number', 'pr_number', 'id']],
    // A pair may conflict again at other commits: each detection is its own row.
    conflicts: [FEATURE_COL, ['left_branch', 'left'], ['right_branch', 'right'], ['left_sha'], ['right_sha']],
    test_results: [['key']],
    blockers: [FEATURE_COL, ['id', 'blocker_id']],
};
const features = (r, spec, ctx) => {
    const name = r.text(['name', 'title']);
    // A feature with events but never registered (our export writes no name for it) has nothing to register.
    if (name === undefined)
        return [];
    const data = {
        spec,
        name,
        baseBranch: r.text(['base_branch']),
        tasksFile: r.text(['tasks_file']),
        tasks: ctx.tasksOf(spec),
    };
    const columns = {
        feature: r.cell(['spec', 'spec_id', 'feature', 'id']).column,
        spec: 'spec',
        name: r.cell(['name', 'title']).column,
        baseBranch: 'base_branch',
        tasksFile: 'tasks_file',
        tasks: 'tasks',
    };
    return [r.event('feature-registered', spec, data, r.time(['registered_at', 'created_at']), columns)];
};
const tasks = (r, feature) => {
    const taskId = r.text(TASK_ID, true);
    const out = [];
    const state = r.text(['state', 'status']);
    if (state !== undefined && state !== 'open') {
        const commit = r.text(COMMIT);
        if (commit === undefined)
            throw new RowProblem(r.cell(COMMIT).column, null, `is required for a task that is ${state}: the commit that changed it`);
        const data = { taskId, state: state, commit, agent: r.text(['agent', 'branch'], true) };
        const columns = {
            taskId: r.cell(TASK_ID).column,
            state: r.cell(['state', 'status']).column,
            commit: r.cell(COMMIT).column,
            agent: 'agent',
        };
        out.push(r.event('task-updated', feature, data, r.time(['updated_at', 'time']), columns));
    }
    const owner = r.text(['owner']);
    if (owner !== undefined)
        out.push(r.event('task-assigned', feature, { taskId, agent: owner, wave: r.int(['wave'], { min: 1 }) }, r.time(['updated_at', 'time']), {
            agent: 'owner',
            wave: 'wave',
        }));
    return out;
};
const agents = (r, feature) => {
    const branch = r.text(['branch', 'agent'], true);
    const role = r.text(['role']) ?? (/(^|\/)overseer$/.test(branch) ? 'overseer' : /impl-\d+$/.test(branch) ? 'implementor' : undefined);
    if (role === undefined)
        throw new RowProblem('role', null, 'is required when the branch does not end in /overseer or impl-N');
    const index = r.int(['agent_index', 'index'], { min: 1 }) ??
        (role === 'implementor' ? Number(/impl-(\d+)$/.exec(branch)?.[1]) || undefined : undefined);
    const data = { role: role, branch, index };
    return [
        r.event('agent-assigned', feature, data, r.time(['assigned_at', 'created_at']), {
            role: 'role',
            branch: r.cell(['branch', 'agent']).column,
            index: 'agent_index',
        }),
    ];
};
/** A task_events row: a whole event when it carries `data` (our export), else a task update described by its columns. */
const taskEvents = (r, feature) => {
    const time = r.time(['time', 'timestamp', 'created_at', 'at'], { required: true });
    const kind = r.text(['kind', 'event_type', 'type']);
    const payload = r.json(['data']);
    if (payload !== undefined)
        return [wholeEvent(r, feature, kind, payload, time)];
    if (kind !== undefined && kind !== 'task-updated')
        throw new RowProblem('data', null, `is required for a ${kind} event (only task-updated rows can be told by their columns)`);
    const columns = {
        taskId: 'task_id',
        state: r.cell(['task_state', 'state', 'status']).column,
        commit: r.cell(COMMIT).column,
        agent: r.cell(['agent', 'branch']).column,
        message: 'message',
    };
    const data = {
        taskId: r.text(['task_id'], true),
        state: r.text(['task_state', 'state', 'status'], true),
        commit: r.text(COMMIT, true),
        agent: r.text(['agent', 'branch'], true),
        message: r.text(['message', 'summary']),
    };
    return [r.event('task-updated', feature, data, time, columns)];
};
function wholeEvent(r, feature, kind, payload, time) {
    if (kind === undefined)
        throw new RowProblem('kind', null, 'is required with data (the event kind, e.g. task-updated)');
    const schema = r.int(['schema_version']) ?? event_schema/* EVENT_SCHEMA */.Ls;
    const key = r.text(['key']);
    const raw = { schema, kind, key, time, feature, actor: r.actor(), data: payload };
    return r.validated(raw, key === undefined);
}
const pullRequests = (r, feature) => {
    const stateCol = r.cell(['state', 'action', 'status']).column;
    const given = r.text(['state', 'action', 'status'], true).toLowerCase();
    const action = given === 'open' ? 'opened' : given;
    const base = {
        number: r.int(['number', 'pr_number', 'id'], { required: true, min: 1 }),
        url: r.text(['url', 'html_url'], true),
        head: r.text(['head', 'head_branch'], true),
        base: r.text(['base', 'base_branch'], true),
        title: r.text(['title']),
    };
    const columns = {
        action: stateCol,
        number: r.cell(['number', 'pr_number', 'id']).column,
        url: 'url',
        head: 'head',
        base: 'base',
        title: 'title',
    };
    const opened = r.optionalTime(['created_at', 'opened_at']);
    const at = r.optionalTime([action === 'merged' ? 'merged_at' : action === 'closed' ? 'closed_at' : 'updated_at']) ?? r.time(['updated_at']);
    const out = [r.event('pr-updated', feature, { ...base, action: action }, at, columns)];
    // A store that kept when the PR was opened gives its opening too (time to merge needs it).
    if (opened !== undefined && action !== 'opened')
        out.unshift(r.event('pr-updated', feature, { ...base, action: 'opened' }, opened, columns));
    return out;
};
const conflicts = (r, feature) => {
    const left = r.text(['left_branch', 'left'], true);
    const right = r.text(['right_branch', 'right'], true);
    const files = r.json(['files']) ?? [];
    const kind = r.text(['kind']);
    const detectedAt = r.time(['detected_at', 'time']);
    const data = {
        left,
        right,
        leftSha: r.text(['left_sha'], true),
        rightSha: r.text(['right_sha'], true),
        files: files,
        kind: kind === 'text' ? undefined : kind,
        check: r.text(['check_name', 'check']),
    };
    const columns = {
        left: 'left_branch',
        right: 'right_branch',
        leftSha: 'left_sha',
        rightSha: 'right_sha',
        files: 'files',
        kind: 'kind',
        check: 'check_name',
    };
    const out = [r.event('conflict-detected', feature, data, detectedAt, columns)];
    const status = r.text(['status']) ?? 'open';
    if (status !== 'open' && status !== 'resolved')
        throw new RowProblem('status', status, 'must be "open" or "resolved"');
    if (status === 'resolved') {
        const resolvedAt = r.time(['resolved_at'], { fallback: r.time(['last_seen_at'], { fallback: detectedAt }) });
        const lifetime = r.int(['lifetime_seconds']) ?? Math.max(0, Math.floor((Date.parse(resolvedAt) - Date.parse(detectedAt)) / 1000));
        out.push(r.event('conflict-resolved', feature, { left, right, detectedAt, lifetimeSeconds: lifetime }, resolvedAt, {
            lifetimeSeconds: 'lifetime_seconds',
            detectedAt: 'detected_at',
        }));
    }
    return out;
};
const testResults = (r, feature) => {
    const data = {
        role: r.text(['role']) ?? 'implementor',
        branch: r.text(['branch', 'agent']),
        suite: r.text(['suite', 'name'], true),
        passed: r.int(['passed'], { required: true }),
        failed: r.int(['failed'], { required: true }),
        skipped: r.int(['skipped']) ?? 0,
        durationMs: r.int(['duration_ms']) ?? 0,
        commit: r.text(COMMIT, true),
        runUrl: r.text(['run_url']),
    };
    const columns = {
        role: 'role',
        branch: 'branch',
        suite: 'suite',
        commit: r.cell(COMMIT).column,
        runUrl: 'run_url',
        durationMs: 'duration_ms',
    };
    return [r.event('test-result', feature, data, r.time(['time', 'run_at', 'created_at']), columns)];
};
const blockers = (r, feature) => {
    const id = r.text(['id', 'blocker_id'], true);
    const raisedAt = r.time(['raised_at', 'created_at']);
    const clearedAt = r.optionalTime(['cleared_at']);
    const status = r.text(['status']) ?? (clearedAt ? 'cleared' : 'open');
    if (status !== 'open' && status !== 'cleared')
        throw new RowProblem('status', status, 'must be "open" or "cleared"');
    const out = [
        r.event('blocker-raised', feature, { id, agent: r.text(['agent', 'branch']), reason: r.text(['reason'], true) }, raisedAt, {
            id: 'id',
            agent: 'agent',
            reason: 'reason',
        }),
    ];
    if (status === 'cleared')
        out.push(r.event('blocker-cleared', feature, { id, note: r.text(['note']) }, clearedAt ?? raisedAt, { note: 'note' }));
    return out;
};
const MAPPERS = {
    features,
    tasks,
    agents,
    task_events: taskEvents,
    pull_requests: pullRequests,
    conflicts,
    test_results: testResults,
    blockers,
};

;// CONCATENATED MODULE: ./shared/sql/import-sqlite.ts





// Tasks first: the registered tasks of a feature are part of its registration.
const ORDER = [
    'tasks',
    'features',
    'agents',
    'task_events',
    'pull_requests',
    'conflicts',
    'test_results',
    'blockers',
];
const SPEC_COL = ['spec', 'spec_id', 'feature', 'id'];
const taskIdText = (0,field_checks/* text */.Qq)({ max: 12, pattern: /^T\d{3,10}$/, expected: 'must be a task id like T012' });
const descriptionText = (0,field_checks/* text */.Qq)({ max: 1000 });
const phaseText = (0,field_checks/* text */.Qq)({ max: 200 });
/**
 * Turns a store with the original system's tables into events, row by row: every row is
 * checked whole (all its events, or none of them), a bad row is named (table, row, column,
 * value) and left out, and the good rows' events are returned for one append. Their keys
 * come from the rows' content, never from the import's time, so importing the same rows
 * again gives the same keys and adds nothing.
 *
 * A feature whose events task_events carries whole (rows with `data`, as our export writes
 * them) is imported from those alone: the other tables are views of the same events.
 */
async function planImport(bytes, given, options) {
    const source = await readSourceTables(bytes, given);
    const rowsOf = (t) => source.tables.get(t) ?? [];
    const reader = (row) => new RowReader(row, options.now, options.actor);
    const cellText = (row, names) => {
        const v = reader(row).cell(names).value;
        return typeof v === 'string' ? v : undefined;
    };
    const known = source.tables.has('features') ? new Set(rowsOf('features').map((r) => cellText(r, SPEC_COL))) : null;
    const whole = new Set(rowsOf('task_events')
        .filter((r) => r.cells.get('data') != null)
        .map((r) => cellText(r, FEATURE_COL)));
    const registered = new Map();
    const plan = { events: [], bad: [], tables: [], ignored: source.ignored };
    const keys = new Set();
    for (const table of ORDER) {
        if (!source.tables.has(table))
            continue;
        const count = { table, rows: 0, imported: 0, bad: 0, covered: 0 };
        const seen = new Map();
        for (const row of rowsOf(table)) {
            count.rows++;
            const r = reader(row);
            try {
                const feature = r.text(table === 'features' ? SPEC_COL : FEATURE_COL, true);
                if (known && table !== 'features' && !known.has(feature))
                    throw new RowProblem(r.cell(FEATURE_COL).column, feature, 'names no feature of the features table');
                if (table !== 'task_events' && whole.has(feature)) {
                    count.covered++;
                    continue;
                }
                checkDuplicate(r, table, seen);
                if (table === 'tasks')
                    registerTask(r, feature, registered);
                const events = MAPPERS[table](r, feature, { tasksOf: (spec) => sorted(registered.get(spec)) });
                for (const e of events) {
                    if (keys.has(e.key))
                        continue;
                    keys.add(e.key);
                    plan.events.push(e);
                }
                count.imported++;
            }
            catch (error) {
                if (!(error instanceof RowProblem))
                    throw error;
                count.bad++;
                plan.bad.push(badRow(row, hintOf(r, table), error));
            }
        }
        plan.tables.push(count);
    }
    return plan;
}
/** A second row with the identity of an earlier one (same feature and id) is refused: which of the two holds is not known. */
function checkDuplicate(r, table, seen) {
    const identity = ROW_IDENTITY[table];
    if (!identity)
        return;
    const values = identity.map((names) => r.cell(names).value);
    if (values.some((v) => v === null))
        return;
    const id = JSON.stringify(values.map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)));
    const first = seen.get(id);
    const column = r.cell(identity[identity.length - 1]).column;
    if (first)
        throw new RowProblem(column, values[values.length - 1], `repeats the identity of ${first} (each ${identity.length > 1 ? 'feature and id' : 'id'} once)`);
    seen.set(id, r.row.label);
}
function registerTask(r, feature, registered) {
    const idCol = r.cell(['task_id', 'task', 'id']).column;
    const check = (column, value, f) => {
        try {
            return f(value, column, 'row');
        }
        catch (error) {
            if (error instanceof field_checks/* InvalidEventError */._r)
                throw new RowProblem(column, value, error.message.replace(/^row: field "[^"]*" /, '').replace(/ \(got .*\)$/s, ''));
            throw error;
        }
    };
    const id = check(idCol, r.cell([idCol]).value, taskIdText);
    const description = r.text(['description', 'title']);
    if (description === undefined)
        return;
    const phase = r.text(['phase']);
    const task = { id, description: check('description', description, descriptionText) };
    if (phase !== undefined)
        task.phase = check('phase', phase, phaseText);
    registered.set(feature, [...(registered.get(feature) ?? []), task]);
}
function sorted(tasks) {
    return tasks && [...tasks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/** ` (id "db-schema")`: the row's own id, when it has one, beside its position. */
function hintOf(r, table) {
    for (const names of [...(ROW_IDENTITY[table] ?? [])].reverse().concat([['id'], ['suite'], ['task_id'], ['branch']])) {
        const { column, value } = r.cell(names);
        if (typeof value === 'string' || typeof value === 'number')
            return ` (${column} ${(0,quote/* quote */.hD)(String(value))})`;
    }
    return '';
}

// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var commands_caller = __webpack_require__(5014);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(4587);
;// CONCATENATED MODULE: ./shared/commands/events-import.ts






const SHOWN_BAD_ROWS = 50;
/**
 * `events import --from-sqlite <db>`: a team's history from a store with the original
 * system's tables (or our own export) into the log, in one compare-and-swap. Good rows
 * import and bad ones are named (exit 2); with --strict one bad row imports nothing.
 */
const importCommand = {
    name: 'events import',
    summary: 'Import the history of a SQLite event store (the original system\u2019s tables, or an export) into the log; safe to run twice.',
    outputs: [],
    options: [
        {
            name: 'from-sqlite',
            type: 'string',
            required: true,
            description: 'The SQLite file to read (read-only; inside the workspace or the temporary folder).',
        },
        {
            name: 'strict',
            type: 'boolean',
            default: 'false',
            description: 'Import nothing when any row is bad (default: import the good rows, name the bad ones, exit 2).',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    async run(v, ctx) {
        const given = v.requireString('from-sqlite');
        const path = (0,confine_path/* confinePath */.ey)(given, '--from-sqlite', ctx, { mustExist: true });
        // Who may import is decided before the file is read.
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        (0,commands_caller/* checkAuthority */.Q7)('events import', caller);
        ctx.progress?.('reading the database');
        const bytes = (0,database_file/* readDatabaseFile */.cK)(path, given, '--from-sqlite');
        const plan = await planImport(bytes, given, { now: ctx.now().toISOString(), actor: caller.actor });
        const refused = v.bool('strict') && plan.bad.length > 0;
        ctx.progress?.(refused ? 'bad rows: nothing is imported (--strict)' : `appending ${plan.events.length} event(s)`);
        const result = refused || plan.events.length === 0 ? null : await ws.store.append(plan.events);
        return {
            exitCode: plan.bad.length ? 2 : 0,
            outputs: {},
            text: describeImport(plan, result, refused),
            json: {
                added: result?.added.length ?? 0,
                skipped: result?.skipped.length ?? 0,
                events: plan.events.length,
                commit: result?.commit ?? null,
                pushed: result?.pushed ?? false,
                tables: plan.tables,
                ignoredTables: plan.ignored,
                bad: plan.bad,
            },
        };
    },
};
function describeImport(plan, result, refused) {
    const lines = [];
    for (const t of plan.tables) {
        const covered = t.covered ? `, ${t.covered} repeating task_events` : '';
        lines.push(`${t.table}: ${t.rows} row(s), ${t.imported} good, ${t.bad} bad${covered}`);
    }
    if (plan.ignored.length)
        lines.push(`not read: ${plan.ignored.length} other table(s)`);
    if (refused)
        lines.push(`Imported nothing: ${plan.bad.length} bad row(s) and --strict`);
    else if (result === null)
        lines.push('Nothing to import');
    else
        lines.push(result.added.length
            ? `Imported ${result.added.length} new event(s) of ${plan.events.length} (${result.pushed ? `state ${result.commit?.slice(0, 7)}` : 'dry run, not pushed'})`
            : `Already imported: all ${plan.events.length} event(s) were recorded before (no change)`);
    if (plan.bad.length) {
        lines.push(`${plan.bad.length} bad row(s), left out:`);
        for (const b of plan.bad.slice(0, SHOWN_BAD_ROWS))
            lines.push(`  ${b.message}`);
        if (plan.bad.length > SHOWN_BAD_ROWS)
            lines.push(`  ... and ${plan.bad.length - SHOWN_BAD_ROWS} more (--json lists them all)`);
    }
    return lines.join('\n');
}


/***/ })

};
