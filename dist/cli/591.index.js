export const id = 591;
export const ids = [591];
export const modules = {

/***/ 9358:
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
        rule: 'an implementor may log only task-updated, test-result and blocker-raised events for its own branch',
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
const IMPLEMENTOR_LOG_KINDS = ['task-updated', 'test-result', 'blocker-raised'];
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

/***/ 5244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ commandCaller),
/* harmony export */   AY: () => (/* binding */ isCaller),
/* harmony export */   Cp: () => (/* binding */ implementorMayLog),
/* harmony export */   Q7: () => (/* binding */ checkAuthority),
/* harmony export */   zN: () => (/* binding */ agentContext)
/* harmony export */ });
/* harmony import */ var _agents__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9358);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8646);
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(717);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3330);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6422);






async function commandCaller(ctx, ws) {
    const identity = await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .commandIdentity */ .sX)(ctx, ws.git, ws.config.branches);
    return { identity, actor: actingAs(ctx, identity.branch).actor };
}
/**
 * The context a command records with when an agent runs it in its checkout: that agent's branch is the actor
 * (run-tests, check-conflicts, sync-status in an agent's clone), as for the events commands. Elsewhere (a
 * person on another branch, a workflow) the context as it is.
 */
async function agentContext(ctx, ws) {
    if (ctx.github.workflow)
        return ctx;
    const branch = await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_1__/* .checkedOutBranch */ .iD)(ws.git);
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
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${command} refused for ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .h)(who)} (implementor, from its ${identity.source ?? 'branch'}): ${rule.rule}; ask the overseer or a person (see "Who may change what" in the README)`);
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

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EVENTS_COMMANDS: () => (/* binding */ EVENTS_COMMANDS)
});

;// CONCATENATED MODULE: ./shared/events/render.ts
/** What `events <sub>` says after recording `what`: recorded (with the state commit), dry run, or already there. */
function describeRecorded(r, what) {
    const text = r.added.length
        ? `Recorded ${what} (${r.pushed ? `state ${r.commit?.slice(0, 7)}` : 'dry run, not pushed'})`
        : `Already recorded: ${what} (no change)`;
    return {
        text,
        json: { added: r.added.length, skipped: r.skipped.length, commit: r.commit, pushed: r.pushed, attempts: r.attempts, events: r.added },
    };
}
/** `events recent`: one line per event, newest as the store lists them. */
function renderRecent(list) {
    return list.length ? list.map((e) => `${e.time}  ${e.feature}  ${e.kind.padEnd(20)} ${e.summary}`).join('\n') : 'No events yet.';
}
/** `events verify`: consistent, or which files differ from a rebuild. */
function describeVerify(r) {
    return r.ok
        ? `State ${r.commit?.slice(0, 7) ?? '(empty)'} is consistent with its events`
        : `Differs from a rebuild: ${r.mismatches.join(', ')}`;
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
;// CONCATENATED MODULE: ./shared/events/conflict-files.ts

/** `events log-conflict --files`: the JSON array as given (the event schema checks its items), or none. */
function parseConflictFiles(text) {
    if (text === undefined)
        return [];
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`--files is not valid JSON: ${e.message}; expected a JSON array of {path, kind, leftRanges, rightRanges}`);
    }
}

// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/state/events/event-schema.ts
var event_schema = __webpack_require__(2516);
// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(9443);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
;// CONCATENATED MODULE: ./shared/state/operations.ts





async function addFeature(store, input) {
    const { actor, time, spec, ...rest } = input;
    return append(store, (0,events/* makeEvent */.Ld)('feature-registered', spec, { spec, ...rest }, { actor, time }));
}
/**
 * Records an event of any kind from user input: `data` is a JSON text or an
 * object; bad JSON, an unknown kind or a bad field is an InputError saying which.
 */
async function logEvent(store, input, 
/** Appends instead of a plain append, for kinds that need more checks or derived files (task-updated). */
appendWith) {
    if (!event_schema/* EVENT_KINDS */.dP.includes(input.kind)) {
        throw new errors/* InputError */.dz(`event kind ${JSON.stringify(input.kind)} is not known: expected one of ${event_schema/* EVENT_KINDS */.dP.join(', ')}`);
    }
    let data = input.data;
    if (typeof data === 'string') {
        try {
            data = JSON.parse(data);
        }
        catch (cause) {
            throw new errors/* InputError */.dz(`the data of the ${input.kind} event is not valid JSON: ${cause.message}`);
        }
    }
    const kind = input.kind;
    const event = (0,events/* makeEvent */.Ld)(kind, input.feature, data, { actor: input.agent ?? 'cli', time: input.time });
    return appendWith ? appendWith(event) : append(store, event);
}
/**
 * The newest `n` events (of one feature, or all), newest first, up to the size of the log:
 * from the projection's recent list when it holds them, else from the event files.
 */
async function recentEvents(store, n, feature) {
    if (!Number.isSafeInteger(n) || n < 1)
        throw new errors/* InputError */.dz(`the number of events ${JSON.stringify(n)} is not a whole number of at least 1`);
    const { projection } = await store.read();
    const list = feature === undefined ? projection.recent : (projection.features[feature]?.recent ?? []);
    const total = feature === undefined ? projection.eventCount : (projection.features[feature]?.eventCount ?? 0);
    if (n <= list.length || list.length >= total)
        return list.slice(0, n);
    return store.recentFromLog(n, feature);
}
/**
 * Records a conflict logged by hand. It is `manual`: scans never resolve it
 * (they cannot see a semantic conflict), only `resolveConflict` does. Logging
 * it again after it was resolved records a new occurrence.
 */
async function logConflict(store, input) {
    const { actor, time, feature, ...data } = input;
    const snapshot = await store.read();
    const state = snapshot.projection.features[feature]?.conflicts[(0,conflict_pair/* conflictId */.W)(feature, data.left, data.right)];
    const open = (state?.openSince.length ?? 0) > 0;
    const resolutions = state?.resolutions ?? 0;
    // While the conflict is open the same fact is the same event; after a resolution it happens again.
    const occurrence = !open && resolutions > 0 ? { occurrence: resolutions + 1 } : {};
    return append(store, (0,events/* makeEvent */.Ld)('conflict-detected', feature, { ...data, manual: true, ...occurrence }, { actor, time }));
}
/**
 * Marks the open conflict `id` (as shown by `status`) resolved, by hand. A
 * scan that still sees the pair conflict opens it again (a new occurrence).
 */
async function resolveConflict(store, id, options) {
    const snapshot = await store.read();
    const open = (0,queries/* openConflicts */.cX)(snapshot.projection);
    const conflict = open.find((c) => c.id === id);
    if (!conflict) {
        throw new errors/* InputError */.dz(`no open conflict has the id ${JSON.stringify(id)} (open: ${open.length ? open.map((c) => c.id).join(', ') : 'none'})`);
    }
    const now = options.time === undefined ? new Date() : new Date(options.time);
    const lifetimeSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(conflict.detectedAt)) / 1000));
    const data = { left: conflict.left, right: conflict.right, detectedAt: conflict.detectedAt, lifetimeSeconds, reason: 'resolved by hand' };
    return append(store, (0,events/* makeEvent */.Ld)('conflict-resolved', conflict.feature, data, { actor: options.actor, time: now }));
}
/**
 * Raises a blocker. Raising one that is open with the same reason and agent changes nothing;
 * otherwise it is the blocker's next occurrence (see OCCURRENCE_FIELD): a blocker can be
 * raised again after it was cleared, any number of times, and a re-run records nothing new.
 */
async function raiseBlocker(store, input) {
    const { actor, time, feature, ...data } = input;
    const blocker = (await store.read()).projection.features[feature]?.blockers[data.id];
    const open = blocker?.raised && (!blocker.cleared || blocker.raised.stamp > blocker.cleared.stamp);
    if (open && blocker.raised.reason === data.reason && blocker.raised.agent === data.agent)
        return unchanged(store);
    const occurrence = (blocker?.raisedCount ?? 0) + 1;
    return append(store, (0,events/* makeEvent */.Ld)('blocker-raised', feature, { ...data, ...occurrenceOf(occurrence) }, { actor, time }));
}
function occurrenceOf(n) {
    return n >= 2 ? { occurrence: n } : {};
}
/** An append that found nothing to record: the state as it is. */
async function unchanged(store) {
    return store.append([]);
}
/** Clears an open blocker; clearing one that is not open is an InputError listing the open ones. */
async function clearBlocker(store, input) {
    const { actor, time, feature, ...data } = input;
    const snapshot = await store.read();
    const f = snapshot.projection.features[feature];
    const open = f ? (0,queries/* openBlockers */.AW)(f).map((b) => b.id) : [];
    // Clearing again what is already cleared (with the same note) is a re-run: nothing new.
    const last = f?.blockers[data.id]?.cleared;
    if (!open.includes(data.id) && last && last.note === data.note)
        return unchanged(store);
    if (!open.includes(data.id)) {
        throw new errors/* InputError */.dz(`feature ${JSON.stringify(feature)} has no open blocker ${JSON.stringify(data.id)} (open: ${open.length ? open.join(', ') : 'none'})`);
    }
    const occurrence = (f?.blockers[data.id]?.clearedCount ?? 0) + 1;
    return append(store, (0,events/* makeEvent */.Ld)('blocker-cleared', feature, { ...data, ...occurrenceOf(occurrence) }, { actor, time }));
}
async function append(store, event) {
    return store.append([event]);
}


// EXTERNAL MODULE: ./shared/views/status.ts
var views_status = __webpack_require__(8551);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/sync-status/render-tasks.ts + 1 modules
var render_tasks = __webpack_require__(2902);
// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 4 modules
var sync_status = __webpack_require__(9382);
// EXTERNAL MODULE: ./shared/sync-status/tasks-source.ts
var tasks_source = __webpack_require__(9423);
;// CONCATENATED MODULE: ./shared/sync-status/log-task.ts







/**
 * Records a task-updated event given by hand (`events log task-updated`) the way
 * sync-status records one: the id must be a task of the feature (its tasks.md on
 * the overseer branch, else the tasks registered with the feature), and the
 * state branch's tasks.md is rendered again in the same commit, so the dashboard,
 * sync-status and tasks.md never disagree about the totals.
 */
async function logTaskEvent(ws, event, ctx) {
    const { git, remote, config, store } = ws;
    const spec = event.feature;
    const snapshot = await store.read();
    const overseer = (0,branch_pattern/* formatBranch */.gK)(config.branches, spec, 'overseer');
    const heads = await (0,git_remote/* fetchBranches */.r4)(git, remote, [overseer]).catch(() => new Map());
    const source = await (0,tasks_source/* readTasksSource */.E)(git, [heads.get(overseer)], config.tasks.file.replace('{spec}', spec), ctx.logger);
    const registered = snapshot.projection.features[spec]?.registration?.tasks ?? [];
    const known = source.doc ? source.doc.tasks.map((t) => t.id) : registered.map((t) => t.id);
    const id = event.data.taskId;
    // Without a tasks.md and without registered tasks there is nothing to check against (as in sync-status).
    if ((source.doc || registered.length) && !known.includes(id)) {
        const where = source.doc ? source.file : `the tasks registered with feature ${(0,quote/* quote */.h)(spec)}`;
        const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ...` : known.join(', ') || 'none';
        throw new errors/* InputError */.dz(`task ${(0,quote/* quote */.h)(id)} is not in ${where} (tasks: ${shown}); record only tasks the feature has`);
    }
    const text = source.text;
    const files = text === null
        ? undefined
        : (projection) => [
            [(0,sync_status/* stateTasksPath */.L)(spec), (0,render_tasks/* renderTasksFile */.nc)(text, projection.features[spec], true).text],
        ];
    return store.append([event], { files });
}

// EXTERNAL MODULE: ./shared/commands/events-export.ts + 10 modules
var events_export = __webpack_require__(5427);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(717);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var commands_caller = __webpack_require__(5244);
;// CONCATENATED MODULE: ./shared/detect-conflicts/manual-conflict.ts




/**
 * The commit a hand-logged conflict names for one branch: the commit given
 * (a full or abbreviated id, or anything git can resolve to a commit here),
 * else the branch's tip on the remote, else the local branch. Errors name the
 * option and the value.
 */
async function commitForBranch(git, remote, branch, given, option) {
    (0,validate/* validateBranchName */.eg)(branch, option.replace(/-sha$/, ''));
    if (given !== undefined) {
        if (!/^[0-9a-fA-F]{4,64}$/.test(given))
            throw new errors/* InputError */.dz(`--${option} ${(0,quote/* quote */.h)(given)} is not a commit id: expected 4 to 64 hex digits (a full or short commit id)`);
        const sha = await git.resolveCommit(given.toLowerCase());
        if (sha)
            return sha;
        // A full id is taken as given: the commit may exist on the remote only.
        if (/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(given))
            return given.toLowerCase();
        throw new errors/* InputError */.dz(`--${option} ${(0,quote/* quote */.h)(given)} names no commit in this clone (fetch it first, or give the full id)`);
    }
    const fetched = await (0,git_remote/* fetchBranches */.r4)(git, remote, [branch]).catch(() => new Map());
    const sha = fetched.get(branch) ?? (await git.resolveCommit(`refs/heads/${branch}`));
    if (!sha)
        throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.h)(branch)} is neither on remote ${(0,quote/* quote */.h)(remote)} nor a local branch: pass --${option} with its commit`);
    return sha;
}

// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/events.ts











// `orchestrator events <sub>`: the event store from the command line. State
// options are shared; there is no token (no GitHub call).
const STATE_OPTIONS = common_options/* COMMON_OPTIONS */.D;
const FEATURE = {
    name: 'feature',
    type: 'string',
    description: 'The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file).',
};
function recorded(r, what) {
    return { exitCode: 0, outputs: {}, ...describeRecorded(r, what) };
}
/** --feature, else the feature of this checkout (agent branch, then the local role file). */
async function feature(values, ctx, ws) {
    return (0,identity/* featureOrIdentity */.Eg)(values, 'feature', ctx, ws);
}
/** --agent, else this checkout's agent branch (as sync-status names agents), else `fallback`. */
function agentOf(values, caller, fallback) {
    return values.string('agent') ?? caller.identity.branch ?? fallback;
}
/** A payload's own `agent` field (blocker-raised, task-updated), when there is one, must be the caller too. */
function dataAgentIsCaller(event, caller) {
    const agent = event.data.agent;
    return agent === undefined || (typeof agent === 'string' && (0,commands_caller/* isCaller */.AY)(caller, agent));
}
function events_define(sub, summary, options, run) {
    return { name: `events ${sub}`, summary, options: [...options, ...STATE_OPTIONS], outputs: [], run };
}
async function store(values, ctx) {
    return (await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx)).store;
}
const EVENTS_COMMANDS = [
    events_define('add-feature', 'Register a feature (spec id and human name).', [
        { name: 'spec-id', type: 'string', required: true, positional: 0, description: 'The spec id, e.g. 004-user-auth.' },
        { name: 'name', type: 'string', required: true, positional: 1, description: 'Human title of the feature.' },
    ], async (v, ctx) => {
        const spec = (0,validate/* validateSpecId */.zx)(v.requireString('spec-id'));
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        (0,commands_caller/* checkAuthority */.Q7)('events add-feature', caller);
        return recorded(await addFeature(ws.store, { spec, name: v.requireString('name'), actor: caller.actor, time: ctx.now() }), `feature ${spec}`);
    }),
    events_define('log', 'Record an event of any kind; --data is the JSON payload of that kind.', [
        { name: 'kind', type: 'string', required: true, positional: 0, description: 'Event kind, e.g. blocker-raised.' },
        FEATURE,
        { name: 'agent', type: 'string', description: "Who records it (default: this checkout's agent branch, else your git identity)." },
        { name: 'data', type: 'string', default: '{}', description: 'The kind-specific payload as JSON.' },
    ], async (v, ctx) => {
        const kind = v.requireString('kind');
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        const agent = agentOf(v, caller, caller.actor);
        const input = {
            kind,
            feature: await feature(v, ctx, ws),
            agent,
            data: v.requireString('data'),
            time: ctx.now(),
        };
        // Checked on the validated event (an unknown kind or bad payload is said first), before anything is appended.
        // A task update is checked against the feature's tasks and re-renders its tasks.md, as sync-status does.
        const check = (e) => {
            (0,commands_caller/* checkAuthority */.Q7)('events log', caller, () => (0,commands_caller/* implementorMayLog */.Cp)(kind) && (0,commands_caller/* isCaller */.AY)(caller, agent) && dataAgentIsCaller(e, caller));
            return kind === 'task-updated' ? logTaskEvent(ws, e, ctx) : ws.store.append([e]);
        };
        return recorded(await logEvent(ws.store, input, check), `${kind} event`);
    }),
    events_define('recent', 'The newest events (all features, or one with --feature).', [
        { name: 'count', type: 'integer', min: 1, max: 1000, default: '20', positional: 0, description: 'How many events.' },
        { ...FEATURE, description: 'Only events of this feature (default: all features).' },
    ], async (v, ctx) => {
        const spec = v.string('feature');
        const list = await recentEvents(await store(v, ctx), v.int('count') ?? 20, spec === undefined ? undefined : (0,validate/* validateSpecId */.zx)(spec, '--feature'));
        return { exitCode: 0, outputs: {}, text: renderRecent(list), json: list };
    }),
    events_define('status', 'Feature status: tasks, agents, open conflicts, tests, pull requests, blockers.', [{ name: 'spec-id', type: 'string', positional: 0, description: 'One feature (default: all).' }], async (v, ctx) => {
        const spec = v.string('spec-id');
        const report = (0,views_status/* featureStatus */.FX)(await (await store(v, ctx)).read(), spec === undefined ? undefined : (0,validate/* validateSpecId */.zx)(spec));
        return { exitCode: 0, outputs: {}, text: (0,views_status/* formatStatus */.me)(report, ctx.paint), json: report };
    }),
    events_define('log-conflict', 'Record a conflict between two branches by hand (a semantic conflict a scan cannot see, say); scans never resolve it, resolve-conflict does.', [
        FEATURE,
        { name: 'left', type: 'string', required: true, description: 'First branch.' },
        { name: 'right', type: 'string', required: true, description: 'Second branch.' },
        { name: 'left-sha', type: 'string', description: "Commit of the first branch, full or short (default: the branch's tip)." },
        { name: 'right-sha', type: 'string', description: "Commit of the second branch, full or short (default: the branch's tip)." },
        { name: 'files', type: 'string', description: 'JSON array of {path, kind, leftRanges, rightRanges} (default: none).' },
        { name: 'reason', type: 'string', description: 'Why they conflict, e.g. "both change the session format".' },
    ], async (v, ctx) => {
        const files = parseConflictFiles(v.string('files'));
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        (0,commands_caller/* checkAuthority */.Q7)('events log-conflict', caller);
        const left = v.requireString('left');
        const right = v.requireString('right');
        const spec = await feature(v, ctx, ws);
        const reason = v.string('reason');
        const r = await logConflict(ws.store, {
            feature: spec,
            left,
            right,
            leftSha: await commitForBranch(ws.git, ws.remote, left, v.string('left-sha'), 'left-sha'),
            rightSha: await commitForBranch(ws.git, ws.remote, right, v.string('right-sha'), 'right-sha'),
            files: files,
            ...(reason ? { reason } : {}),
            actor: caller.actor,
            time: ctx.now(),
        });
        const id = (0,conflict_pair/* conflictId */.W)(spec, left, right);
        const outcome = recorded(r, `conflict ${id} between ${left} and ${right}`);
        return {
            ...outcome,
            text: `${outcome.text}\nResolve it with: orchestrator events resolve-conflict ${id}`,
            json: { ...outcome.json, id },
        };
    }),
    events_define('resolve-conflict', 'Mark an open conflict (id as shown by status) resolved. A scan that still sees it opens it again.', [{ name: 'id', type: 'string', required: true, positional: 0, description: 'The conflict id.' }], async (v, ctx) => {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        (0,commands_caller/* checkAuthority */.Q7)('events resolve-conflict', caller);
        return recorded(await resolveConflict(ws.store, v.requireString('id'), { actor: caller.actor, time: ctx.now() }), `resolution of ${v.requireString('id')}`);
    }),
    events_define('raise-blocker', 'Record a blocker for a feature.', [
        FEATURE,
        { name: 'id', type: 'string', required: true, positional: 0, description: 'A short id for the blocker, e.g. db-schema.' },
        { name: 'reason', type: 'string', required: true, positional: 1, description: 'What blocks.' },
        { name: 'agent', type: 'string', description: "The blocked agent (branch or impl-N; default: this checkout's agent branch)." },
    ], async (v, ctx) => {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        const agent = agentOf(v, caller);
        (0,commands_caller/* checkAuthority */.Q7)('events raise-blocker', caller, () => (0,commands_caller/* isCaller */.AY)(caller, agent));
        return recorded(await raiseBlocker(ws.store, {
            feature: await feature(v, ctx, ws),
            id: v.requireString('id'),
            reason: v.requireString('reason'),
            agent,
            actor: caller.actor,
            time: ctx.now(),
        }), `blocker ${v.requireString('id')}`);
    }),
    events_define('clear-blocker', 'Clear an open blocker.', [
        FEATURE,
        { name: 'id', type: 'string', required: true, positional: 0, description: 'The blocker id.' },
        { name: 'note', type: 'string', description: 'How it was cleared.' },
    ], async (v, ctx) => {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        const spec = await feature(v, ctx, ws);
        const id = v.requireString('id');
        // Whose blocker it is: the agent it was raised against (an implementor raises only against itself).
        const against = (await ws.store.read()).projection.features[spec]?.blockers[id]?.raised?.agent;
        (0,commands_caller/* checkAuthority */.Q7)('events clear-blocker', caller, () => (0,commands_caller/* isCaller */.AY)(caller, against));
        return recorded(await clearBlocker(ws.store, {
            feature: spec,
            id,
            note: v.string('note'),
            actor: caller.actor,
            time: ctx.now(),
        }), `clearing of ${v.requireString('id')}`);
    }),
    events_export.exportCommand,
    events_export.sqlCommand,
    events_define('verify', 'Check that projection.json and every view equal a full rebuild from the events (exit 1 when not).', [], async (v, ctx) => {
        const r = await (await store(v, ctx)).verify();
        const text = describeVerify(r);
        return { exitCode: r.ok ? 0 : 1, failure: 'the stored projection or views differ from a rebuild', outputs: {}, text, json: r };
    }),
];


/***/ })

};
