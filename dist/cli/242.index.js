export const id = 242;
export const ids = [242];
export const modules = {

/***/ 1242:
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
// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 6 modules
var sync_status = __webpack_require__(4160);
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
        const where = source.doc ? source.file : `the tasks registered with feature ${(0,quote/* quote */.hD)(spec)}`;
        const shown = known.length > 12 ? `${known.slice(0, 12).join(', ')}, ...` : known.join(', ') || 'none';
        throw new errors/* InputError */.dz(`task ${(0,quote/* quote */.hD)(id)} is not in ${where} (tasks: ${shown}); record only tasks the feature has`);
    }
    const text = source.text;
    const files = text === null
        ? undefined
        : (projection) => [
            [(0,sync_status/* stateTasksPath */.L)(spec), (0,render_tasks/* renderTasksFile */.nc)(text, projection.features[spec], true).text],
        ];
    return store.append([event], { files });
}

// EXTERNAL MODULE: ./shared/commands/events-export.ts + 4 modules
var events_export = __webpack_require__(179);
// EXTERNAL MODULE: ./shared/commands/events-import.ts + 5 modules
var events_import = __webpack_require__(5885);
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
            throw new errors/* InputError */.dz(`--${option} ${(0,quote/* quote */.hD)(given)} is not a commit id: expected 4 to 64 hex digits (a full or short commit id)`);
        const sha = await git.resolveCommit(given.toLowerCase());
        if (sha)
            return sha;
        // A full id is taken as given: the commit may exist on the remote only.
        if (/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(given))
            return given.toLowerCase();
        throw new errors/* InputError */.dz(`--${option} ${(0,quote/* quote */.hD)(given)} names no commit in this clone (fetch it first, or give the full id)`);
    }
    const fetched = await (0,git_remote/* fetchBranches */.r4)(git, remote, [branch]).catch(() => new Map());
    const sha = fetched.get(branch) ?? (await git.resolveCommit(`refs/heads/${branch}`));
    if (!sha)
        throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.hD)(branch)} is neither on remote ${(0,quote/* quote */.hD)(remote)} nor a local branch: pass --${option} with its commit`);
    return sha;
}

// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/state/events/field-checks.ts
var field_checks = __webpack_require__(6842);
// EXTERNAL MODULE: ./shared/usage/pricing.ts
var pricing = __webpack_require__(5982);
// EXTERNAL MODULE: ./shared/usage/recorder.ts + 1 modules
var recorder = __webpack_require__(7312);
;// CONCATENATED MODULE: ./shared/commands/log-usage.ts





const TASK = /^T\d{3,10}$/;
const MAX_USD = 1_000_000;
/** The flags of `events log-usage`, checked before anything is opened: a clear error (exit 2) for each bad value. */
function usageSettings(v) {
    const costText = v.requireString('cost-usd').trim();
    const cost = Number(costText);
    if (!/^\d+(\.\d+)?$/.test(costText) || !Number.isFinite(cost) || cost > MAX_USD)
        throw new errors/* InputError */.dz(`--cost-usd is ${(0,quote/* quote */.hD)(costText)}: expected an amount in US dollars from 0 to ${MAX_USD}, e.g. 0.42`);
    const tasks = v.list('task') ?? [];
    for (const t of tasks)
        if (!TASK.test(t))
            throw new errors/* InputError */.dz(`--task ${(0,quote/* quote */.hD)(t)} is not a task id: expected one like T012`);
    if (tasks.length > 50)
        throw new errors/* InputError */.dz(`--task names ${tasks.length} tasks: at most 50`);
    const model = v.string('model');
    const session = v.string('session') ?? `manual-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    const check = (value, flag, max, pattern, expected) => {
        try {
            (0,field_checks/* text */.Qq)({ max, pattern, expected })(value, flag, `--${flag}`);
        }
        catch {
            throw new errors/* InputError */.dz(`--${flag} is ${(0,quote/* quote */.hD)(value)}: ${expected}`);
        }
    };
    if (model !== undefined)
        check(model, 'model', 100, /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, 'expected a model name like gpt-5-codex');
    check(session, 'session', 200, /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$/, 'expected an id of letters, digits and . _ : @ / + = -');
    return {
        session,
        source: 'manual',
        ...(model ? { model } : {}),
        ...(tasks.length ? { tasks: [...new Set(tasks)].sort() } : {}),
        inputTokens: v.int('tokens-in'),
        outputTokens: v.int('tokens-out'),
        cacheCreationTokens: v.int('cache-write') ?? 0,
        cacheReadTokens: v.int('cache-read') ?? 0,
        costMicroUsd: (0,pricing/* microUsd */.rX)(cost),
    };
}
/**
 * Records one hand-logged usage, then the budgets it crossed: announced by this run
 * when it holds the webhook (`announced`), else parked in the outbox for one that does.
 */
async function logUsage(ws, u) {
    const { feature, agent, actor, now, announced, ...usage } = u;
    const event = (0,events/* makeEvent */.Ld)('agent-usage', feature, { ...usage, agent, through: usage.session }, { actor, time: now });
    const result = await ws.store.append([event]);
    if (!ws.dryRun)
        await (0,recorder/* recordCrossings */.vx)(ws.store, result.projection, new Set([feature]), ws.config, now, actor, !announced);
    return result;
}

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
    events_define('log-usage', "Record what an agent's model used (any agent without a hook): tokens and cost in US dollars; checks the budgets.", [
        FEATURE,
        { name: 'tokens-in', type: 'integer', min: 0, required: true, description: 'Input tokens (uncached).' },
        { name: 'tokens-out', type: 'integer', min: 0, required: true, description: 'Output tokens.' },
        { name: 'cost-usd', type: 'string', required: true, description: 'What they cost in US dollars, e.g. 0.42.' },
        { name: 'cache-read', type: 'integer', min: 0, default: '0', description: 'Input tokens read from the prompt cache.' },
        { name: 'cache-write', type: 'integer', min: 0, default: '0', description: 'Input tokens written to the prompt cache.' },
        { name: 'model', type: 'string', description: 'The model, e.g. gpt-5-codex.' },
        { name: 'task', type: 'list', description: 'The task ids the usage was for, e.g. T012,T013 (default: none).' },
        { name: 'session', type: 'string', description: 'An id of the session or run (default: a new one each call).' },
        { name: 'agent', type: 'string', description: "The agent branch (default: this checkout's agent branch)." },
    ], async (v, ctx) => {
        const usage = usageSettings(v);
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(v, ctx);
        const caller = await (0,commands_caller/* commandCaller */.$L)(ctx, ws);
        const agent = agentOf(v, caller);
        if (!agent)
            throw new errors/* InputError */.dz('events log-usage needs --agent (the agent branch) outside an agent checkout');
        (0,commands_caller/* checkAuthority */.Q7)('events log-usage', caller, () => (0,commands_caller/* isCaller */.AY)(caller, agent));
        const spec = await feature(v, ctx, ws);
        const result = await logUsage(ws, {
            ...usage,
            feature: spec,
            agent,
            actor: caller.actor,
            now: ctx.now(),
            announced: v.string('notify-webhook') !== undefined,
        });
        return recorded(result, `usage of ${agent}`);
    }),
    events_export.exportCommand,
    events_export.sqlCommand,
    events_import.importCommand,
    events_define('verify', 'Check that projection.json and every view equal a full rebuild from the events (exit 1 when not).', [], async (v, ctx) => {
        const r = await (await store(v, ctx)).verify();
        const text = describeVerify(r);
        return { exitCode: r.ok ? 0 : 1, failure: 'the stored projection or views differ from a rebuild', outputs: {}, text, json: r };
    }),
];


/***/ }),

/***/ 5982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ik: () => (/* binding */ costMicroUsd),
/* harmony export */   rX: () => (/* binding */ microUsd)
/* harmony export */ });
/* unused harmony export priceOf */
/** The price of `model` in the table: the entry whose name is the longest prefix of it (dated model names match their family). */
function priceOf(prices, model) {
    if (!model)
        return null;
    let best = null;
    for (const name of Object.keys(prices.models))
        if (model.startsWith(name) && (best === null || name.length > best.length))
            best = name;
    return best === null ? null : prices.models[best];
}
/**
 * The cost of some tokens in millionths of a US dollar: tokens times dollars per
 * million tokens is millionths of a dollar, rounded once. Null when the model has no price.
 */
function costMicroUsd(prices, t) {
    const p = priceOf(prices, t.model);
    if (!p)
        return null;
    return Math.round(t.inputTokens * p.input + t.outputTokens * p.output + t.cacheCreationTokens * p.cacheWrite + t.cacheReadTokens * p.cacheRead);
}
/** US dollars (as given on the command line or in the config) in millionths. */
function microUsd(usd) {
    return Math.round(usd * 1_000_000);
}


/***/ }),

/***/ 7779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ withUsageLock),
/* harmony export */   e5: () => (/* binding */ readUsageFile),
/* harmony export */   ji: () => (/* binding */ USAGE_FILE),
/* harmony export */   xO: () => (/* binding */ writeUsageFile)
/* harmony export */ });
/* unused harmony export usageFilePath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7086);



const USAGE_FILE = 'orchestrator/agent-usage.json';
/** Sessions and records older than this are forgotten locally. */
const FORGET_AFTER_MS = 30 * 24 * 3600_000;
function readUsageFile(path) {
    try {
        const f = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
        if (f && typeof f.sessions === 'object' && typeof f.pending === 'object' && typeof f.recorded === 'object')
            return f;
    }
    catch {
        /* missing or broken: start again; the store's keys still keep events unique */
    }
    return { sessions: {}, pending: {}, recorded: {} };
}
function writeUsageFile(root, path, f, now) {
    const cut = now.getTime() - FORGET_AFTER_MS;
    for (const [k, s] of Object.entries(f.sessions))
        if (Date.parse(s.at) < cut)
            delete f.sessions[k];
    for (const [k, at] of Object.entries(f.recorded))
        if (Date.parse(at) < cut)
            delete f.recorded[k];
    (0,_confine_path__WEBPACK_IMPORTED_MODULE_2__/* .replaceConfined */ .ro)(root, path, `${JSON.stringify(f)}\n`);
}
/** How long a lock may stand before it is taken as left by a dead process. */
const STALE_LOCK_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/**
 * Runs `fn` holding `<path>.lock` (created exclusively): the Stop and SessionEnd hooks
 * and the recorder may run at once, and each reads, changes and writes the file.
 */
function withUsageLock(root, path, fn) {
    (0,_confine_path__WEBPACK_IMPORTED_MODULE_2__/* .makeFoldersConfined */ .eo)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    const lock = `${path}.lock`;
    for (let attempt = 0;; attempt++) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(lock, 'wx'));
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(lock, { throwIfNoEntry: false });
            if (st && Date.now() - st.mtimeMs > STALE_LOCK_MS)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
            else if (attempt > 200)
                throw new Error(`${lock} is held by another process`);
            else
                Atomics.wait(sleeper, 0, 0, 10);
        }
    }
    try {
        return fn();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(lock, { force: true });
    }
}
function usageFilePath(gitDir) {
    return join(gitDir, USAGE_FILE);
}


/***/ }),

/***/ 7312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ recordCrossings),
  OF: () => (/* binding */ recordPendingUsage)
});

// UNUSED EXPORTS: PARKED_REASON, tasksInProgress

// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(1611);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(643);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/views/state-store.ts + 5 modules
var state_store = __webpack_require__(7869);
// EXTERNAL MODULE: ./shared/state/projection/usage.ts
var usage = __webpack_require__(9217);
// EXTERNAL MODULE: ./shared/usage/pricing.ts
var pricing = __webpack_require__(5982);
;// CONCATENATED MODULE: ./shared/usage/budgets.ts


/**
 * The budgets of `budgets` that what was spent in `feature` has reached and no
 * budget-crossed event records yet (for that scope and subject, at that budget
 * or a higher one): each is to be recorded, and announced, once.
 */
function newCrossings(feature, budgets) {
    const out = [];
    const check = (scope, subject, spent) => {
        const usd = budgets[scope];
        if (usd === undefined)
            return;
        const budget = (0,pricing/* microUsd */.rX)(usd);
        if (spent < budget)
            return;
        const known = feature.budgets?.[JSON.stringify([scope, subject])];
        if (known && known.budgetMicroUsd >= budget)
            return;
        out.push({ scope, subject, budgetMicroUsd: budget, spentMicroUsd: spent });
    };
    const agents = Object.entries(feature.usage ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    if (agents.length)
        check('feature', feature.spec, (0,usage/* sumUsage */.Rl)(agents.map(([, u]) => u)).costMicroUsd);
    for (const [branch, u] of agents)
        check('agent', branch, u.costMicroUsd);
    for (const [task, u] of Object.entries(feature.taskUsage ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)))
        check('task', task, u.costMicroUsd);
    return out;
}

// EXTERNAL MODULE: ./shared/usage/queue.ts
var queue = __webpack_require__(7779);
;// CONCATENATED MODULE: ./shared/usage/recorder.ts











/** Why the recorder announces nothing itself: it runs on an agent's machine, which holds no webhook. */
const PARKED_REASON = 'recorded by an agent; a run with the webhook sends it';
/**
 * The detached recorder (`agents record-usage --record-pending`): prices the
 * queued stretches with the trusted configuration's price table, records them
 * as agent-usage events of the agent's branch with the tasks it has in progress,
 * then the budgets they crossed (budget-crossed events, parked in the webhook
 * outbox for the next run that holds the webhook). On failure they stay queued.
 */
async function recordPendingUsage(cwd, remote, logger, configPath, now) {
    const git = await git_git/* Git */.TU.open(cwd);
    const file = await (0,refs/* gitFile */.PP)(git, queue/* USAGE_FILE */.ji);
    const pending = Object.entries((0,queue/* readUsageFile */.e5)(file.path).pending);
    if (pending.length === 0)
        return { usage: 0, crossings: 0, dropped: 0 };
    const root = await (0,refs/* toplevel */.ar)(git);
    const branch = await (0,agent_branches/* checkedOutBranch */.iD)(git);
    const config = await (0,config_source/* readConfig */.X)({ kind: 'trusted', path: configPath, branch: branch ?? undefined }, { cwd: root, git, remote, logger });
    const byBranch = new Map();
    const whose = (b) => {
        if (!byBranch.has(b)) {
            const id = (0,role_source/* resolveAgentIdentity */._7)({ branch: b, naming: config.branches, cwd: root, readFile: b === branch });
            byBranch.set(b, id.feature && id.branch ? { feature: id.feature, ...(id.agent ? { agent: id.agent } : {}) } : null);
        }
        return byBranch.get(b);
    };
    const done = new Set();
    const recordable = pending.filter(([key, p]) => (whose(p.branch) ? true : (done.add(key), false)));
    const dropped = done.size;
    let added = { usage: 0, crossings: 0 };
    // State on a code branch (`current`) is recorded by commits of that branch, never by a hook in the background.
    if (config.state.branch === 'current')
        for (const [key] of recordable)
            done.add(key);
    else if (recordable.length) {
        const store = new state_store/* StateStore */.fy({ git, remote, branch: config.state.branch, logger });
        const { projection } = await store.read();
        const events = recordable.map(([, p]) => usageEvent(p, whose(p.branch), projection, config));
        const result = await store.append(events);
        added = {
            usage: result.added.length,
            crossings: await recordCrossings(store, result.projection, new Set(events.map((e) => e.feature)), config, now),
        };
        for (const [key] of recordable)
            done.add(key);
    }
    (0,queue/* withUsageLock */.$w)(file.root, file.path, () => {
        // Re-read: a hook may have queued more while this ran; only what was handled leaves `pending`.
        const after = (0,queue/* readUsageFile */.e5)(file.path);
        for (const key of done) {
            delete after.pending[key];
            after.recorded[key] = now.toISOString();
        }
        (0,queue/* writeUsageFile */.xO)(file.root, file.path, after, now);
    });
    return { ...added, dropped };
}
function usageEvent(p, who, projection, config) {
    const cost = (0,pricing/* costMicroUsd */.ik)(config.usage.prices, { model: p.data.model ?? null, ...p.data });
    const tasks = tasksInProgress(projection.features[who.feature], [p.branch, ...(who.agent ? [who.agent] : [])]);
    return (0,events_events/* makeEvent */.Ld)('agent-usage', who.feature, {
        ...p.data,
        ...(tasks.length ? { tasks } : {}),
        costMicroUsd: cost ?? 0,
        ...(cost !== null ? { prices: config.usage.prices.date } : {}),
    }, { actor: p.branch, time: p.time });
}
/** The tasks the agent (any of its names) has in progress, by id. */
function tasksInProgress(feature, names) {
    if (!feature)
        return [];
    return (0,queries/* taskProgress */.hv)(feature)
        .tasks.filter((t) => t.state === 'in-progress' && t.agent !== undefined && names.includes(t.agent))
        .map((t) => t.id)
        .sort()
        .slice(0, 50);
}
/**
 * Records the budgets the features' usage crossed (once each: the event's key is the
 * scope, subject and budget), each with its announcement parked in the outbox.
 */
async function recordCrossings(store, projection, features, config, now, actor = 'orchestrator usage', park = true) {
    const events = [];
    for (const spec of [...features].sort()) {
        const feature = projection.features[spec];
        if (!feature)
            continue;
        for (const c of newCrossings(feature, config.usage.budgets)) {
            const crossed = (0,events_events/* makeEvent */.Ld)('budget-crossed', spec, c, { actor, time: now.toISOString() });
            events.push(crossed);
            if (park)
                events.push((0,events_events/* makeEvent */.Ld)('notification-pending', spec, { event: crossed.key, reason: PARKED_REASON }, { actor, time: now.toISOString() }));
        }
    }
    if (events.length === 0)
        return 0;
    const result = await store.append(events);
    return result.added.filter((e) => e.kind === 'budget-crossed').length;
}


/***/ })

};
