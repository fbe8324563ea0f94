export const id = 743;
export const ids = [743];
export const modules = {

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ hookOutput),
/* harmony export */   BI: () => (/* binding */ EDIT_TOOL_MATCHER),
/* harmony export */   HK: () => (/* binding */ describeAge),
/* harmony export */   YI: () => (/* binding */ describeHits),
/* harmony export */   nT: () => (/* binding */ parseHookInput),
/* harmony export */   yw: () => (/* binding */ cannotJudgeOutput)
/* harmony export */ });
/* unused harmony exports EDIT_TOOLS, formatRanges */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Claude Code's editing tools and the field of `tool_input` that names the file
 * (its documented PreToolUse payloads): `Write` {file_path, content}, `Edit`
 * {file_path, old_string, new_string, replace_all}, `MultiEdit` {file_path,
 * edits}, `NotebookEdit` {notebook_path, cell_id, new_source, cell_type, edit_mode}.
 */
const EDIT_TOOLS = {
    Write: 'file_path',
    Edit: 'file_path',
    MultiEdit: 'file_path',
    NotebookEdit: 'notebook_path',
};
/** The hook's matcher in the settings: every editing tool above. */
const EDIT_TOOL_MATCHER = Object.keys(EDIT_TOOLS).join('|');
/**
 * The edit the hook is asked about, or null when it is not an edit (another event, a tool that names no file):
 * then we stay silent. Input we cannot judge throws, naming why: not JSON, not an object, an editing tool
 * without its path, a `cwd` that is not an absolute path. The hook logs why, and under --block denies.
 */
function parseHookInput(text, fallbackCwd) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the input on stdin (${Buffer.byteLength(text)} bytes) is not JSON (${error instanceof Error ? error.message : String(error)}); expected Claude Code's PreToolUse payload`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new Error(`the input on stdin is JSON but not an object (${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}); expected Claude Code's PreToolUse payload`);
    const input = raw;
    if (input.hook_event_name !== undefined && input.hook_event_name !== 'PreToolUse')
        return null;
    const tool = typeof input.tool_name === 'string' ? input.tool_name : '';
    const toolInput = (input.tool_input && typeof input.tool_input === 'object' ? input.tool_input : {});
    if (tool === '')
        throw new Error("the payload names no tool_name; expected Claude Code's PreToolUse payload");
    // Another tool is not an edit we judge (the matcher sends only these); an editing tool without its path is input we cannot judge.
    const field = EDIT_TOOLS[tool];
    if (!field)
        return null;
    const filePath = toolInput[field];
    if (typeof filePath !== 'string' || filePath === '')
        throw new Error(`the ${tool || 'edit'} payload has no tool_input.${field} (a non-empty string); expected Claude Code's PreToolUse payload`);
    if (input.cwd !== undefined && (typeof input.cwd !== 'string' || !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(input.cwd)))
        throw new Error(`the payload's cwd ${JSON.stringify(input.cwd)} is not an absolute path`);
    const cwd = typeof input.cwd === 'string' ? input.cwd : fallbackCwd;
    return { cwd, toolName: tool, filePath };
}
/**
 * Under --block, an edit the hook cannot judge is denied (fail closed), with the reason: a hook that lets
 * through what it could not check is no guard. Claude Code shows the reason to the agent.
 */
function cannotJudgeOutput(why) {
    const reason = `agent-orchestrator check-path (--block) cannot judge this edit, so it is denied: ${why}. Edit files inside this repository, from inside it; if this is wrong, tell the overseer (\`npx orchestrator events raise-blocker\`).`;
    return JSON.stringify({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason },
        systemMessage: `check-path: edit denied, cannot judge it (${why})`,
    });
}
function formatRanges(ranges) {
    return ranges
        .map((r) => (r.end < r.start ? `lines removed after ${r.end}` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
        .join(', ');
}
/** How old the data is, for a person or an agent: "fetched 3 min ago (2026-…Z)". */
function describeAge(result) {
    const s = result.data.ageSeconds;
    const ago = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
    return result.data.fetchedAt
        ? `branches fetched ${ago} ago (${result.data.fetchedAt})`
        : `never fetched by check-path; cache built ${ago} ago (${result.data.builtAt})`;
}
/** One line per sibling that touched the path. */
function describeHits(answer) {
    return answer.siblings.map((h) => `${h.branch} (${h.role}, at ${h.tip.slice(0, 12)}): ${h.binary ? 'binary file changed' : h.ranges.length ? `lines ${formatRanges(h.ranges)}` : 'changed (no lines: mode or empty file)'}`);
}
/**
 * The hook's stdout: Claude Code reads JSON on exit 0. A warning is
 * `hookSpecificOutput.additionalContext` (given to the agent before the tool
 * runs; the edit goes ahead under the normal permission rules) plus a
 * `systemMessage` for the person; `--block` answers `permissionDecision:
 * "deny"` with the reason, which Claude Code shows to the agent.
 */
function hookOutput(result, answer, block, remote, drift) {
    const scope = drift
        ? [
            `agent-orchestrator: ${drift}, outside the paths of your tasks.`,
            'If the change belongs to your task, go ahead; if not, leave it to its owner or tell the overseer (`npx orchestrator events raise-blocker`).',
        ]
        : [];
    if (answer.siblings.length === 0) {
        // Scope drift alone: a note for the agent, never a denial (role-ci is where scope.mode: fail fails).
        const specific = { hookEventName: 'PreToolUse', additionalContext: scope.join('\n') };
        return JSON.stringify({ hookSpecificOutput: specific, systemMessage: `check-path: ${answer.path} is outside the agent's tasks` });
    }
    const lines = [
        `agent-orchestrator: ${answer.path} was also changed by ${answer.siblings.length === 1 ? 'a sibling' : `${answer.siblings.length} siblings`} of ${result.caller.branch} since your branches diverged:`,
        ...describeHits(answer).map((l) => `- ${l}`),
        `Data: ${describeAge(result)}.`,
        "To coordinate: keep your change away from those lines if you can; if you need the sibling's change, merge it first" +
            ` (git fetch ${remote} && git merge ${remote}/${answer.siblings[0].branch}); run \`npx orchestrator check-conflicts\` to see whether the branches conflict;` +
            ' and tell the overseer which file you both change (e.g. `npx orchestrator events raise-blocker`).',
        ...scope,
    ];
    const text = lines.join('\n');
    const short = `check-path: ${answer.path} also changed on ${answer.siblings.map((h) => h.branch).join(', ')}`;
    const specific = block
        ? { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: text }
        : { hookEventName: 'PreToolUse', additionalContext: text };
    return JSON.stringify({ hookSpecificOutput: specific, systemMessage: short });
}


/***/ }),

/***/ 9678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ writePredicted),
/* harmony export */   Bg: () => (/* binding */ predictedFile),
/* harmony export */   DT: () => (/* binding */ recordWarnings),
/* harmony export */   G4: () => (/* binding */ queueEvent),
/* harmony export */   t9: () => (/* binding */ readPredicted),
/* harmony export */   v3: () => (/* binding */ detachedRecorder)
/* harmony export */ });
/* unused harmony export queuePredictions */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7086);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3776);





/** A recorder that has not finished in this long is taken as dead: the next warning hands its work to a new one. */
const PENDING_TIMEOUT_MS = 10 * 60_000;
/** Recorded facts older than this are forgotten locally (a repeat would find its key in the store anyway). */
const FORGET_AFTER_MS = 30 * 24 * 3600_000;
function predictedFile(located) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(located.cachePath), 'conflict-predicted.json');
}
function readPredicted(path) {
    try {
        const f = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
        if (f && typeof f.recorded === 'object' && typeof f.pending === 'object')
            return f;
    }
    catch {
        /* missing or broken: start again; the store's keys still keep events unique */
    }
    return { recorded: {}, pending: {} };
}
function writePredicted(path, f) {
    // It lives in <git folder>/orchestrator/: written through the one gate, no link followed.
    (0,_confine_path__WEBPACK_IMPORTED_MODULE_3__/* .replaceConfined */ .ro)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)), path, `${JSON.stringify(f)}\n`);
}
/** The local key of a fact: the event's own key fields (agent, path, sibling, sibling tip). */
function localKey(d) {
    return (0,_state_events__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .f)(JSON.stringify([d.agent, d.pathBase64 ?? d.path, d.sibling, d.siblingSha]));
}
/**
 * Queues a `conflict-predicted` event for every (path, sibling) of the answer
 * not asked for before, and starts one detached recorder for them; returns how
 * many were queued. Nothing here waits for the network: the recorder pushes
 * after the hook has answered. A repeat of a known fact does not even spawn.
 */
function queuePredictions(located, result, options) {
    const path = predictedFile(located);
    const file = readPredicted(path);
    const now = options.now.getTime();
    let queued = 0;
    for (const answer of result.answers) {
        for (const hit of answer.siblings) {
            const data = {
                agent: result.caller.branch,
                path: answer.path,
                ...(answer.pathBase64 ? { pathBase64: answer.pathBase64 } : {}),
                sibling: hit.branch,
                siblingSha: hit.tip,
                base: hit.base,
                ranges: hit.ranges.slice(0, 500),
            };
            const key = localKey(data);
            const pending = file.pending[key];
            if (file.recorded[key] || (pending && now - Date.parse(pending.since) < PENDING_TIMEOUT_MS))
                continue;
            file.pending[key] = {
                since: options.now.toISOString(),
                feature: result.caller.spec,
                // The agent about to edit is the one who learns the fact: its branch is the event's actor.
                actor: result.caller.branch,
                time: options.now.toISOString(),
                data,
            };
            queued++;
        }
    }
    if (queued === 0 || !options.startRecorder)
        return 0;
    // What was recorded long ago is about sibling tips long gone: forgotten, so the file stays small.
    for (const [key, at] of Object.entries(file.recorded))
        if (now - Date.parse(at) > FORGET_AFTER_MS)
            delete file.recorded[key];
    writePredicted(path, file);
    options.startRecorder();
    return queued;
}
/** Starts `check-path --record-pending` (the CLI at `cliScript`) as a detached process that outlives the hook. */
function detachedRecorder(cliScript, toplevel, remote, configPath) {
    return () => {
        const args = [cliScript, 'check-path', '--record-pending', '--remote', remote, ...(configPath ? ['--config', configPath] : [])];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, args, { cwd: toplevel, detached: true, stdio: 'ignore' });
        child.on('error', () => undefined);
        child.unref();
    };
}
/**
 * Queues one event for the background recorder under `key` (a fact queued or recorded before is not queued
 * again) and starts the recorder: the hook that asks never waits for the network. True when it was queued.
 */
function queueEvent(located, key, event, startRecorder, now) {
    const path = predictedFile(located);
    const file = readPredicted(path);
    const pending = file.pending[key];
    if (file.recorded[key] || (pending && now.getTime() - Date.parse(pending.since) < PENDING_TIMEOUT_MS))
        return false;
    file.pending[key] = event;
    writePredicted(path, file);
    startRecorder();
    return true;
}
/** Queues the answer's warnings and starts the recorder (when a sibling changed a path); how many were queued. */
function recordWarnings(located, result, o) {
    if (!result.collision || !o.cliScript)
        return 0;
    return queuePredictions(located, result, {
        now: o.now,
        startRecorder: detachedRecorder(o.cliScript, located.toplevel, o.remote, o.configPath),
    });
}


/***/ }),

/***/ 6122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPathCommand: () => (/* binding */ checkPathCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/check-path/check-path.ts + 3 modules
var check_path = __webpack_require__(3684);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(2363);
// EXTERNAL MODULE: ./shared/check-path/hook-io.ts
var hook_io = __webpack_require__(787);
// EXTERNAL MODULE: ./shared/check-path/predicted.ts
var predicted = __webpack_require__(9678);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(1611);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/scope/read-sources.ts
var read_sources = __webpack_require__(4932);
// EXTERNAL MODULE: ./shared/scope/drift.ts + 3 modules
var drift = __webpack_require__(2565);
// EXTERNAL MODULE: ./shared/state/log/as-fetched.ts
var as_fetched = __webpack_require__(9943);
;// CONCATENATED MODULE: ./shared/check-path/scope-answer.ts




// Directly, not through state/log's index: the hook's bundle stays without the store and the event fold.

/**
 * Scope drift for the paths an implementor is about to edit: outside the
 * paths its tasks name? The rules come from the configuration on its
 * overseer branch (the tip check-path already knows), never from this work
 * tree. Null for the overseer, and when the overseer branch is not known
 * here. Never throws: a scope that cannot be read costs a warning, not the
 * sibling answer.
 *
 * The tasks assigned by `plan --apply` (task-assigned events) count as the
 * agent's, as in role-ci's scope check: they are read from the state branch
 * as last fetched into this clone (no network in the hook's budget).
 */
async function scopeAnswer(located, result, configPath, logger, remote) {
    if (result.caller.role !== 'implementor')
        return null;
    try {
        const { git } = located;
        // The overseer branch is found by the naming the siblings were; its tip is what we trust.
        const overseer = result.siblings.find((s) => s.role === 'overseer');
        if (!overseer)
            return null;
        const config = await (0,config_source/* readConfig */.X)({ kind: 'commit', path: configPath, commit: overseer.tip, label: overseer.branch }, { git });
        const parsed = (0,branch_pattern/* parseBranch */.Qd)(config.branches, result.caller.branch);
        const feature = await assignedFeature(located, remote, config.state.branch, result.caller.spec, logger);
        const paths = result.answers.filter((a) => a.pathBase64 === undefined).map((a) => a.path);
        const check = await (0,read_sources/* scopeDriftFor */.Bo)(paths, { spec: result.caller.spec, branch: result.caller.branch, ...(parsed?.index ? { index: parsed.index } : {}) }, { git, config, overseerRef: overseer.tip, ...(feature ? { feature } : {}) });
        return {
            mode: check.mode,
            drift: check.drift.map((d) => ({ path: d.path, text: (0,drift/* driftText */.LU)(d) })),
            ...(check.unbounded ? { unbounded: check.unbounded } : {}),
        };
    }
    catch (error) {
        logger.warning(`scope drift not checked: ${(0,errors/* messageOf */.bD)(error)}`);
        return null;
    }
}
/** The feature's assignments and reporters as the state was last fetched here; none (a warning) when it cannot be read. */
async function assignedFeature(located, remote, stateBranch, spec, logger) {
    // `current`: the state lives on the branch being worked on, which has no private ref of its own.
    if (stateBranch === 'current')
        return undefined;
    try {
        const state = await (0,as_fetched/* projectionAsFetched */.H)(located.git, remote, stateBranch);
        if (state && !state.projection)
            logger.warning(`scope drift: the state as last fetched (${state.commit.slice(0, 12)}) has a projection.json ${state.reason}; task-assigned events are not used`);
        return state?.projection?.features[spec];
    }
    catch (error) {
        logger.warning(`scope drift: the state as last fetched could not be read (${(0,errors/* messageOf */.bD)(error)}); task-assigned events are not used`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/check-path/hook.ts








/**
 * Claude Code's PreToolUse hook: `stdin` is the JSON it sends; the result is
 * what to print (empty: nothing) before exiting 0. Whatever goes wrong on our
 * side (no agent branch, a broken cache, a git error, bad JSON) is not the
 * agent's problem: nothing is printed and the reason goes to the debug log and
 * `.git/orchestrator/check-path.log`. Under --block it fails closed instead: an
 * edit it cannot judge (garbage payload, missing fields, a cwd or a path outside
 * the repository) is denied with the reason. Exit 2 (Claude Code's "block") is never used.
 */
async function answerHook(stdin, o) {
    let located = null;
    try {
        const input = (0,hook_io/* parseHookInput */.nT)(stdin, o.cwd);
        if (!input)
            return '';
        located = await (0,check_path/* locate */.x5)(input.cwd);
        const result = await (0,check_path/* checkPaths */.nn)({
            paths: [input.filePath],
            remote: o.remote,
            configPath: o.configPath,
            cwd: input.cwd,
            now: o.now,
            located,
        });
        const answer = result.answers[0];
        // Outside the agent's tasks is said too (never a denial): the rules from the overseer's tip, as in the CLI.
        const scope = await scopeAnswer(located, result, o.configPath, quietLogger(o.debug), o.remote);
        const drift = scope?.drift[0];
        if (answer.siblings.length === 0 && !drift)
            return '';
        if (o.record && answer.siblings.length)
            (0,predicted/* recordWarnings */.DT)(located, result, o);
        return (0,neutralize/* jsonSafe */.y)((0,hook_io/* hookOutput */.$A)(result, answer, o.block, o.remote, drift?.text));
    }
    catch (error) {
        const line = `${o.now.toISOString()} check-path hook: ${(0,errors/* messageOf */.bD)(error)}`.replace(/[\r\n]+/g, ' ');
        o.debug(line);
        // Input too broken to name a checkout (not JSON) is logged in the one the hook was started in.
        located ??= await (0,check_path/* locate */.x5)(o.cwd).catch(() => null);
        if (located)
            logHookProblem(located, line);
        return o.block ? (0,neutralize/* jsonSafe */.y)((0,hook_io/* cannotJudgeOutput */.yw)((0,errors/* messageOf */.bD)(error).replace(/[\r\n]+/g, ' '))) : '';
    }
}
/** One line in `.git/orchestrator/check-path.log`: where the hook and its recorder say what went wrong, silently. */
function logHookProblem(located, line) {
    try {
        const log = (0,external_node_path_.join)((0,external_node_path_.dirname)(located.cachePath), 'check-path.log');
        (0,confine_path/* writeConfined */.ic)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(log)), log, `${line.replace(/[\r\n]+/g, ' ')}\n`, 'log', { append: true });
    }
    catch {
        /* nowhere to write: the debug log has it */
    }
}
/** The hook has no terminal: whatever the scope check would say goes to the debug log. */
function quietLogger(debug) {
    const say = (m) => debug(m);
    return { debug: say, info: say, notice: say, warning: say, error: say, group: async (_name, fn) => fn() };
}

// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/views/state-store.ts + 5 modules
var state_store = __webpack_require__(7869);
;// CONCATENATED MODULE: ./shared/check-path/record-pending.ts





/**
 * The recorder: appends every pending event (conflict-predicted, brief-delivered) through the store (compare and
 * swap; a fact already there is not added again), then marks them recorded.
 * On failure they stay pending, so a later warning retries them.
 */
async function recordPending(located, remote, logger, configPath) {
    const path = (0,predicted/* predictedFile */.Bg)(located);
    const pending = (0,predicted/* readPredicted */.t9)(path).pending;
    const keys = Object.keys(pending);
    if (keys.length === 0)
        return 0;
    const config = await (0,config_source/* readConfig */.X)({ kind: 'work-tree', path: configPath }, { cwd: located.toplevel });
    if (config.state.branch === 'current')
        return 0;
    const events = keys.map((k) => {
        const p = pending[k];
        const stamp = { actor: p.actor, time: p.time };
        return p.kind === 'brief-delivered'
            ? (0,events_events/* makeEvent */.Ld)('brief-delivered', p.feature, p.data, stamp)
            : (0,events_events/* makeEvent */.Ld)('conflict-predicted', p.feature, p.data, stamp);
    });
    const store = new state_store/* StateStore */.fy({ git: await git/* Git */.TU.open(located.toplevel), remote, branch: config.state.branch, logger });
    const result = await store.append(events);
    // Re-read: a hook may have queued more while this ran; only what was appended leaves `pending`.
    const after = (0,predicted/* readPredicted */.t9)(path);
    const stamp = new Date().toISOString();
    for (const k of keys) {
        delete after.pending[k];
        after.recorded[k] = stamp;
    }
    (0,predicted/* writePredicted */.Az)(path, after);
    return result.added.length;
}

;// CONCATENATED MODULE: ./shared/check-path/background-recorder.ts




/**
 * The detached recorder (`check-path --record-pending`): records the queued conflict-predicted events.
 * It has no terminal, so a failure also goes to check-path.log (its events stay queued for a retry).
 */
async function runBackgroundRecorder(cwd, remote, logger, configPath, now) {
    const located = await (0,check_path/* locate */.x5)(cwd);
    try {
        return await recordPending(located, remote, logger, configPath);
    }
    catch (error) {
        logHookProblem(located, `${now.toISOString()} check-path recorder: ${(0,errors/* messageOf */.bD)(error)}`);
        throw error;
    }
}

// EXTERNAL MODULE: ./shared/config/config.ts + 3 modules
var config = __webpack_require__(4402);
;// CONCATENATED MODULE: ./shared/check-path/render-cli.ts

/** The answer for a terminal: each path, then the files outside the agent's tasks, then how fresh the data is. */
function renderCheckPathText(result, scope) {
    const lines = [];
    for (const a of result.answers) {
        if (a.siblings.length === 0)
            lines.push(`${a.path}: no sibling changed it`);
        else
            lines.push(`${a.path}: changed by ${a.siblings.length} sibling(s)`, ...(0,hook_io/* describeHits */.YI)(a).map((l) => `  ${l}`));
    }
    // Outside the agent's tasks: a warning, or a failure where the trusted configuration says scope.mode: fail.
    for (const d of scope?.drift ?? [])
        lines.push(`scope: ${d.text}, outside the paths of your tasks`);
    lines.push(`Data: ${(0,hook_io/* describeAge */.HK)(result)}; ${result.siblings.length} sibling(s) of ${result.caller.branch}.`);
    return lines.join('\n');
}
/** Why check-path fails (exit 1): a sibling changed a path, or a path lies outside the tasks where scope.mode is fail. */
function checkPathFailures(result, scope) {
    const touched = result.answers.filter((a) => a.siblings.length).map((a) => a.path);
    const drifted = scope?.mode === 'fail' && scope.drift.length > 0;
    return [
        ...(result.collision ? [`a sibling changed ${touched.join(', ')}: coordinate before editing (see above)`] : []),
        ...(drifted ? [`${scope.drift.map((d) => d.path).join(', ')} lie outside your tasks' paths (scope.mode: fail)`] : []),
    ];
}
/** The machine-readable answer (`--json`). */
function checkPathJson(result, queued, scope) {
    return {
        agent: result.caller.branch,
        feature: result.caller.spec,
        role: result.caller.role,
        collision: result.collision,
        paths: result.answers,
        siblings: result.siblings,
        data: result.data,
        /** Siblings whose changes were recomputed for this answer (their tip moved, or the merge base did). */
        refreshed: [...result.stats.diffed].sort(),
        queued,
        scope,
    };
}

// EXTERNAL MODULE: ./shared/options/options.ts
var options = __webpack_require__(1267);
;// CONCATENATED MODULE: ./shared/commands/check-path.ts











/**
 * `orchestrator check-path <path>...`: did a sibling (another implementor of
 * the feature, or its overseer) change these files since the merge base? A CLI
 * command only: it answers an agent about its own checkout before an edit, so
 * there is no workflow step for it to serve.
 */
const checkPathCommand = {
    name: 'check-path',
    summary: "Before an edit: which sibling branches (implementors, overseer) changed these files since the merge base, and which lines; exit 1 when one did. From a cache, in milliseconds; --hook answers Claude Code's PreToolUse hook.",
    options: [
        {
            name: 'path',
            type: 'multiline',
            positional: 0,
            variadic: true,
            description: 'The files to check (relative to the current folder, or absolute inside the repository); each argument is one path, line breaks and all.',
        },
        { name: 'remote', type: 'string', default: 'origin', description: 'Git remote of the sibling branches.' },
        {
            name: 'config',
            type: 'string',
            default: config/* DEFAULT_CONFIG_PATH */.Bi,
            description: 'Path of the configuration file (for the branch naming).',
        },
        { name: 'fetch', type: 'boolean', default: 'false', description: "Fetch the feature's branches first, then refresh the cache." },
        {
            name: 'hook',
            type: 'boolean',
            default: 'false',
            description: "Read Claude Code's PreToolUse JSON on stdin and answer as its hook: silent for an untouched file, never fails the edit.",
        },
        {
            name: 'block',
            type: 'boolean',
            default: 'false',
            description: 'With --hook: deny the edit (instead of a warning) when a sibling changed the file.',
        },
        {
            name: 'record',
            type: 'boolean',
            description: 'Record a conflict-predicted event (in the background, once per agent, path and sibling tip). Default: on for --hook (an agent about to edit), off for a check by hand.',
        },
        {
            name: 'record-pending',
            type: 'boolean',
            default: 'false',
            description: 'Internal: record the queued conflict-predicted events (the background recorder).',
        },
    ],
    outputs: [],
    async run(values, ctx) {
        const settings = checkPathSettings(values);
        const { remote, configPath } = settings;
        if (settings.recordPending) {
            const added = await runBackgroundRecorder(ctx.cwd, remote, ctx.logger, configPath, ctx.now());
            return { exitCode: 0, outputs: {}, text: `recorded ${added} conflict-predicted event(s)`, json: { recorded: added } };
        }
        const recording = { cliScript: ctx.cliScript, remote, configPath, now: ctx.now() };
        if (settings.hook) {
            const debug = (m) => ctx.logger.debug(m);
            const hookOptions = { ...recording, block: settings.block, record: settings.record, cwd: ctx.cwd, debug };
            const text = await answerHook((0,external_node_fs_.readFileSync)(0, 'utf8'), hookOptions);
            return { exitCode: 0, outputs: {}, text, json: text ? JSON.parse(text) : {} };
        }
        const { paths } = settings;
        if (paths.length === 0)
            throw new errors/* InputError */.dz('check-path needs at least one path (e.g. orchestrator check-path src/app.ts), or --hook');
        const located = await (0,check_path/* locate */.x5)(ctx.cwd);
        const result = await (0,check_path/* checkPaths */.nn)({ paths, remote, fetch: settings.fetch, configPath, cwd: ctx.cwd, now: ctx.now(), located });
        const queued = settings.record ? (0,predicted/* recordWarnings */.DT)(located, result, recording) : 0;
        const scope = await scopeAnswer(located, result, configPath, ctx.logger, remote);
        const failures = checkPathFailures(result, scope);
        return {
            exitCode: failures.length ? 1 : 0,
            failure: failures.length ? failures.join('; ') : undefined,
            outputs: {},
            text: renderCheckPathText(result, scope),
            json: checkPathJson(result, queued, scope),
        };
    },
};
function checkPathSettings(values) {
    return {
        paths: (0,options/* variadicValues */.KL)(values.string('path')),
        remote: values.string('remote') ?? 'origin',
        configPath: (0,config_source/* configPathOption */.d)(values.string('config')),
        fetch: values.bool('fetch'),
        hook: values.bool('hook'),
        block: values.bool('block'),
        // Only an edit about to happen (the hook) is a fact to record; a person asking is not: unless --record says so.
        record: values.has('record') ? values.bool('record') : values.bool('hook'),
        recordPending: values.bool('record-pending'),
    };
}


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   yj: () => (/* binding */ decodeBytes)
/* harmony export */ });
/* unused harmony exports gitQuote, pathBytes */
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);

// Line breaks (C0, NEL and the rest of C1, U+2028/9), DEL, and the bidi controls that reorder what a reader sees.
// (The Arabic letter mark, U+061C, has never been among them: kept so, as paths already recorded show.)
const NEEDS_QUOTING = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_0__.C1, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_SEPARATORS */ .Ev, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr], { except: '\u061c' });
/** A byte string (latin1) as displayed text; see DisplayedPath. */
function displayPath(bytes) {
    const raw = Buffer.from(bytes, 'latin1');
    const text = raw.toString('utf8');
    if (!NEEDS_QUOTING.test(text) && Buffer.from(text, 'utf8').equals(raw))
        return { path: text };
    return { path: gitQuote(raw), pathBase64: raw.toString('base64') };
}
const ESCAPES = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
/**
 * git's C-style quoting with core.quotePath on (its default), as in
 * `git diff --name-only` or `git status`: in double quotes, with \n, \t, \"
 * and \\ style escapes and every other control byte or byte of 0x80 and above
 * as three octal digits.
 */
function gitQuote(bytes) {
    let out = '"';
    for (const b of bytes) {
        const escape = ESCAPES[b];
        if (escape)
            out += `\\${escape}`;
        else if (b < 0x20 || b >= 0x7f)
            out += `\\${b.toString(8).padStart(3, '0')}`;
        else
            out += String.fromCharCode(b);
    }
    return `${out}"`;
}
/** The bytes of a displayed path: from base64 when the path was quoted, else its UTF-8. */
function pathBytes(p) {
    return p.pathBase64 === undefined ? Buffer.from(p.path, 'utf8') : Buffer.from(p.pathBase64, 'base64');
}
/** A latin1 byte string of UTF-8 text (messages git wrote) as text. */
function decodeBytes(bytes) {
    return Buffer.from(bytes, 'latin1').toString('utf8');
}


/***/ }),

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ rawDates),
/* harmony export */   YK: () => (/* binding */ topoParents),
/* harmony export */   ZQ: () => (/* binding */ commitParents),
/* harmony export */   d9: () => (/* binding */ writeCommitGraph),
/* harmony export */   eg: () => (/* binding */ logBytes),
/* harmony export */   hZ: () => (/* binding */ octopusMergeBase),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   nT: () => (/* binding */ leftRightCount),
/* harmony export */   v6: () => (/* binding */ firstParentLine)
/* harmony export */ });
/** Walking commits: rev-list, merge bases of many tips, log messages. */
/** `rev-list --left-right --count` of a symmetric range (`a...b`): "<ahead>\t<behind>". */
async function leftRightCount(git, range) {
    return git.run(['rev-list', '--left-right', '--count', '--end-of-options', range]);
}
/** The first best common ancestor of all the tips, or null when they share none. */
async function octopusMergeBase(git, tips) {
    const r = await git.exec(['merge-base', '--octopus', ...tips], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] || null : null;
}
/** `rev-list --topo-order --parents` of the revisions given on stdin (`<tip>` or `^<excluded>` lines): "<id> <parent>..." lines. */
async function topoParents(git, input) {
    return git.run(['rev-list', '--topo-order', '--parents', '--stdin'], { input });
}
/** Each commit of `range` with its parents (`[id, ...parents]`), newest first; null when git cannot walk the range. */
async function commitParents(git, range) {
    const r = await git.exec(['rev-list', '--parents', range], { allowedExitCodes: [0, 128] });
    if (r.exitCode !== 0)
        return null;
    return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' '));
}
/** The commits `from..to` along first parents, oldest first. */
async function firstParentLine(git, from, to) {
    return (await git.run(['rev-list', '--first-parent', '--reverse', `${from}..${to}`])).split('\n').filter(Boolean);
}
function logArgs(o) {
    const reverse = o.reverse ? ['--reverse'] : [];
    const max = o.maxCount === undefined ? [] : [`--max-count=${o.maxCount}`];
    return ['log', ...reverse, ...max, '--no-color', `--format=${o.format}`, ...o.range, '--'];
}
/** `git log` formatted, as text (trailing newline removed). */
async function logText(git, options) {
    return git.run(logArgs(options));
}
/** `git log` formatted, as bytes. */
async function logBytes(git, options) {
    return (await git.execBuffer(logArgs(options))).stdout;
}
/** The author and committer dates of a commit, raw (`<seconds> <zone>`), on two lines. */
async function rawDates(git, commit) {
    return git.run(['log', '-1', '--format=%ad%n%cd', '--date=raw', commit]);
}
/** Writes a commit-graph of every reachable commit, so that later walks read it instead of the objects. */
async function writeCommitGraph(git) {
    await git.run(['commit-graph', 'write', '--reachable', '--no-progress']);
}


/***/ }),

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ scopeDriftFor),
/* harmony export */   J6: () => (/* binding */ agentNamer),
/* harmony export */   Ox: () => (/* binding */ commitReferences),
/* harmony export */   w$: () => (/* binding */ readTasksAt),
/* harmony export */   yW: () => (/* binding */ stateSources)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6422);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2107);
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(403);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2565);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);
/* harmony import */ var _git_history__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8423);






/**
 * The feature's tasks.md as committed at `commit` (git objects only: the work
 * tree is the agent's). A file that is absent or cannot be parsed (a task id
 * used twice) gives no document and a problem to show.
 */
async function readTasksAt(git, commit, file) {
    const bytes = await (0,_git_objects__WEBPACK_IMPORTED_MODULE_0__/* .readFileBytesAt */ .pp)(git, commit, file);
    if (bytes === null)
        return { doc: null, problem: `${file} is not on ${commit.slice(0, 12)}` };
    try {
        return { doc: (0,_tasks__WEBPACK_IMPORTED_MODULE_1__/* .parseTasks */ .E)(bytes.toString('utf8'), file) };
    }
    catch (error) {
        return { doc: null, problem: (0,_errors__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error) };
    }
}
/** Task ids that the commits in `base..head` (the agent's own since it left the overseer) refer to, in any way. */
async function commitReferences(git, base, head) {
    const range = base ? [`${base}..${head}`] : [head];
    const stdout = await (0,_git_history__WEBPACK_IMPORTED_MODULE_3__/* .logBytes */ .eg)(git, { format: '%B%x00', range });
    const ids = new Set();
    for (const message of stdout.toString('utf8').split('\0'))
        for (const ref of (0,_tasks__WEBPACK_IMPORTED_MODULE_4__/* .taskReferences */ .C)(message))
            ids.add(ref.id);
    return [...ids];
}
/** Display names (`impl-2`) for branches of the naming; other names as they are. */
function agentNamer(naming) {
    return (agent) => {
        if (/^impl-\d{1,3}$/.test(agent))
            return agent;
        const parsed = (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_5__/* .parseBranch */ .Qd)(naming, agent);
        return parsed?.index ? `impl-${parsed.index}` : agent;
    };
}
/** Assignments and reporters of the feature's tasks, as the state records them. */
function stateSources(feature) {
    const assigned = Object.create(null);
    const reported = Object.create(null);
    for (const [id, a] of Object.entries(feature?.assignments ?? {}))
        assigned[id] = a.agent;
    for (const [id, t] of Object.entries(feature?.tasks ?? {}))
        reported[id] = t.agent;
    return { assigned, reported };
}
/**
 * For `check-path`: which of `paths` (repository-relative) the agent is
 * about to change outside its tasks' paths. Reads tasks.md from the overseer
 * branch and the agent's commit messages since the merge base; two or three
 * git processes, no network.
 */
async function scopeDriftFor(paths, who, options) {
    const { git, config } = options;
    const mode = config.scope.mode;
    const tasksFile = config.tasks.file.replace('{spec}', who.spec);
    const overseer = await git.resolveCommit(options.overseerRef);
    const head = await git.resolveCommit(options.headRef ?? 'HEAD');
    const none = { scope: { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] }, drift: [] };
    if (mode === 'off')
        return { ...none, mode, unbounded: 'scope.mode is off' };
    if (!overseer || !head)
        return { ...none, mode, unbounded: `${options.overseerRef} or the head is not a commit here` };
    const tasks = await readTasksAt(git, overseer, tasksFile);
    const base = await git.mergeBase(overseer, head);
    const sources = {
        doc: tasks.doc,
        ...stateSources(options.feature),
        references: await commitReferences(git, base, head),
        nameOf: agentNamer(config.branches),
    };
    const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile };
    return { ...(0,_drift__WEBPACK_IMPORTED_MODULE_6__/* .scopeDrift */ .sm)(paths, who, sources, rules), mode, ...(tasks.problem ? { problem: tasks.problem } : {}) };
}


/***/ }),

/***/ 9943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ projectionAsFetched)
/* harmony export */ });
/* harmony import */ var _git_cat_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2474);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1277);
/* harmony import */ var _projection_projection_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1192);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8743);
/* harmony import */ var _remote_branch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3934);





/**
 * The stored projection of the state branch as it was last fetched into this
 * clone (our private ref, `refs/orchestrator/remote-state/...`, or git's
 * `refs/remotes/<remote>/<branch>` when that is newer or alone: a fresh clone
 * has the state without any command of ours having fetched it), without a
 * network call and without a rebuild: for the PreToolUse hook, whose budget
 * has room for neither (one for-each-ref and one cat-file batch, and none of the
 * event fold in its bundle). Null when nothing here has fetched the state yet;
 * a projection its digest does not vouch for, or one that is behind its events
 * folder, is not used (the reason says so; a command that reads the state
 * through the store rebuilds it).
 */
async function projectionAsFetched(git, remote, branch, root) {
    const commit = await newestFetched(git, remote, branch);
    if (!commit)
        return null;
    const layout = new _paths__WEBPACK_IMPORTED_MODULE_0__/* .StateLayout */ .yC((0,_paths__WEBPACK_IMPORTED_MODULE_0__/* .normalizeRoot */ .e)(root));
    const [stored, digest, events] = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_1__/* .catFileBatch */ .Fn)(git, [layout.projectionPath, layout.projectionDigestPath, layout.eventsDir].map((p) => `${commit}:${p}`));
    const parsed = (0,_projection_projection_io__WEBPACK_IMPORTED_MODULE_2__/* .parseStoredProjection */ .GN)(stored.missing ? null : stored.content, digest.missing ? null : digest.content);
    const eventsTree = events.missing ? null : events.oid;
    if (parsed.projection && parsed.projection.eventsTree !== eventsTree)
        return { commit, projection: null, reason: 'behind its events folder (changed outside agent-orchestrator)' };
    return { commit, projection: parsed.projection, reason: parsed.reason };
}
/**
 * The newer of the two fetched copies of the state branch: ours (private ref) and git's remote-tracking ref.
 * The branch only grows (compare-and-swap appends), so the descendant is the newer; one more git call, only
 * when both exist and differ.
 */
async function newestFetched(git, remote, branch) {
    const refs = [(0,_remote_branch__WEBPACK_IMPORTED_MODULE_3__/* .privateStateRef */ .KL)(remote, branch), `refs/remotes/${remote}/${branch}`];
    // One for-each-ref for both (the hook's budget): `<refname> <object>` per ref that exists.
    const found = new Map();
    for (const line of (await (0,_git_refs__WEBPACK_IMPORTED_MODULE_4__/* .listRefs */ .Dy)(git, '%(refname) %(objectname)', refs)).split('\n')) {
        const at = line.lastIndexOf(' ');
        if (at > 0)
            found.set(line.slice(0, at), line.slice(at + 1));
    }
    const [ours, tracking] = refs.map((r) => found.get(r) ?? null);
    if (!ours || !tracking || ours === tracking)
        return ours ?? tracking ?? null;
    return (await git.isAncestor(ours, tracking)) ? tracking : ours;
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readIdList),
/* harmony export */   a: () => (/* binding */ findIds)
/* harmony export */ });
// A task id as a whole word: `T012` in `(T012)` or `T012:`, but not in
// `XT0123`, `T012a` or `T012_x`.
const ID = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/y;
const ID_ANYWHERE = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/g;
// Between ids of one list: `, ` `, and ` ` and ` ` & ` or plain spaces.
// Never a newline: a list ends with its line.
const SEPARATOR = /[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]+/iy;
/** Every task id in `text`, in order, with its offset. */
function findIds(text) {
    return [...text.matchAll(ID_ANYWHERE)].map((m) => ({ id: m[0], index: m.index }));
}
/**
 * Reads a list of ids starting exactly at `index` (`T012, T013 and T014`).
 * Returns the ids (none if no id starts there) and the offset after the last one.
 */
function readIdList(text, index) {
    const ids = [];
    let pos = index;
    for (;;) {
        ID.lastIndex = pos;
        const id = ID.exec(text);
        if (!id)
            break;
        ids.push(id[0]);
        pos = ID.lastIndex;
        SEPARATOR.lastIndex = pos;
        if (!SEPARATOR.exec(text))
            break;
        ID.lastIndex = SEPARATOR.lastIndex;
        if (!ID.test(text))
            break;
        pos = SEPARATOR.lastIndex;
    }
    return { ids, end: pos };
}


/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ splitLines)
/* harmony export */ });
// An opening fence: up to any indentation (fences inside list items are
// indented), three or more backticks or tildes, then an info string. A
// backtick fence's info string cannot itself contain a backtick.
const OPENING_FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
/**
 * Splits markdown into lines, marking those inside fenced code blocks. The
 * fence rules follow CommonMark closely enough for tasks.md: a block closes at
 * a fence of the same character that is at least as long and has nothing but
 * spaces after it; an unclosed block runs to the end of the file.
 */
function splitLines(text) {
    const lines = [];
    let fence;
    let start = 0;
    let number = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        // A final newline ends the last line; it does not start an empty one.
        if (newline === -1 && start === text.length && number > 0)
            break;
        let content = text.slice(start, end);
        if (content.endsWith('\r'))
            content = content.slice(0, -1);
        number++;
        if (number === 1 && content.startsWith('\uFEFF')) {
            content = content.slice(1);
            start += 1;
        }
        let fenced = fence !== undefined;
        if (fence) {
            const closing = content.match(/^[ \t]*(`{3,}|~{3,})[ \t]*$/);
            if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length)
                fence = undefined;
        }
        else {
            const opening = content.match(OPENING_FENCE);
            if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
                fence = { char: opening[1][0], length: opening[1].length };
                fenced = true;
            }
        }
        lines.push({ number, content, start, fenced });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseTasks)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var lines = __webpack_require__(3818);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(5747);
// EXTERNAL MODULE: ./shared/tasks/id-list.ts
var id_list = __webpack_require__(6225);
;// CONCATENATED MODULE: ./shared/tasks/task-prose.ts

// Prose that announces a dependency, followed by an id list:
// `(depends on T012, T013)`, `blocked by T020`, `requires T004`, `after T010`.
const DEPENDENCY = /\b(?:depends?[ \t]+on|dependent[ \t]+on|blocked[ \t]+by|requires|after)[ \t]*:?[ \t]*/gi;
/** Ids named as prerequisites in a task description, in order, without duplicates; the task's own id is kept (plan refuses it by name). */
function dependenciesIn(description) {
    const ids = new Set();
    for (const m of description.matchAll(DEPENDENCY)) {
        // The task's own id is kept: a task that waits for itself is the planner's to refuse, by name.
        for (const id of (0,id_list/* readIdList */.W)(description, m.index + m[0].length).ids)
            ids.add(id);
    }
    return [...ids];
}
// Slashed or dotted words that are prose or product names, not paths.
const NOT_PATHS = words('and/or either/or w/o i/o n/a read/write on/off yes/no true/false pass/fail e.g i.e etc vs', 'node.js next.js nuxt.js vue.js express.js d3.js three.js chart.js nest.js asp.net socket.io');
// Well-known files that have no extension.
const BARE_FILES = words('Dockerfile Containerfile Makefile Procfile Gemfile Rakefile Jenkinsfile Justfile Vagrantfile', 'LICENSE CODEOWNERS');
// Slash-joined words that are not folders: `T012/T013`, `GET/POST`.
const PROSE_SEGMENT = /^(?:T\d{3,}|US\d+|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const PATH_CHARS = /^[\w.@~+\-/*[\]]+$/;
const FILE_NAME = /^[\w@+\-.[\]]*[\w@+\-\]]\.[A-Za-z][A-Za-z0-9]{0,9}$/;
const DOTFILE = /^\.[A-Za-z][\w.-]*$/;
// A backticked span, or a run of characters that are neither spaces nor backticks.
const WORD = /`([^`]*)`|([^\s`]+)/g;
const LEADING_PUNCTUATION = /^[([{"'<*_]+/;
const TRAILING_PUNCTUATION = new Set(')]}"\'>,;:.!?*_');
/**
 * File paths named in a task description, in order, without duplicates. A
 * heuristic, because the format names paths in free prose: a word counts when
 * it contains a slash (`src/models/user.py`, `tests/unit/`), is a file name
 * with an extension (`package.json`), a dotfile or a well-known file such as
 * `Dockerfile`. Words in backticks are read whole. URLs, API routes with a
 * leading slash and a few common dotted or slashed words (`and/or`,
 * `GET/POST`, `Node.js`, `e.g.`) are left out.
 */
function pathsIn(description) {
    const paths = new Set();
    for (const m of description.matchAll(WORD)) {
        const word = m[1] !== undefined ? m[1].trim() : m[2];
        const candidate = trimTrailingPunctuation(word.replace(LEADING_PUNCTUATION, ''));
        if (looksLikePath(candidate))
            paths.add(candidate);
    }
    return [...paths];
}
function looksLikePath(word) {
    if (word === '' || word.includes('://') || !PATH_CHARS.test(word) || !/[A-Za-z]/.test(word))
        return false;
    if (NOT_PATHS.has(word.toLowerCase()))
        return false;
    // A leading slash is an API route (`/users/{id}`) far more often than a file in a task list.
    if (word.startsWith('/'))
        return false;
    if (word.includes('/'))
        return !word.split('/').every((part) => part === '' || PROSE_SEGMENT.test(part));
    return FILE_NAME.test(word) || DOTFILE.test(word) || BARE_FILES.has(word);
}
// A loop, not a regex: `/[.)]+$/` backtracks quadratically on a long run of
// punctuation that is not at the end.
function trimTrailingPunctuation(word) {
    let end = word.length;
    while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1]))
        end--;
    return word.slice(0, end);
}
function words(...lists) {
    return new Set(lists.join(' ').split(' '));
}

;// CONCATENATED MODULE: ./shared/tasks/parse-tasks.ts




// ATX headings with up to three spaces of indentation, as in CommonMark.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
/**
 * Reads a spec-kit tasks.md. Lines that are not tasks or headings are ignored,
 * never an error; the only error is a task id used twice, because updates
 * address tasks by id. `file` only names the file in that error.
 *
 * A `##` heading opens a phase and a `###` heading a section within it. A
 * phase is listed in `phases` when it holds tasks or its title starts with
 * "Phase", so prose sections such as "Dependencies & Execution Order" are not.
 */
function parseTasks(text, file = 'tasks.md') {
    const doc = { tasks: [], phases: [] };
    const seen = new Map();
    let phase;
    let section;
    for (const line of (0,lines/* splitLines */.u)(text)) {
        if (line.fenced)
            continue;
        const heading = line.content.match(HEADING);
        if (heading) {
            const level = heading[1].length;
            const title = headingTitle(heading[2] ?? '');
            if (level === 1) {
                doc.title ??= title;
                phase = undefined;
                section = undefined;
            }
            else if (level === 2) {
                phase = { title, line: line.number, taskIds: [] };
                if (/^phase\b/i.test(title))
                    doc.phases.push(phase);
                section = undefined;
            }
            else if (level === 3) {
                section = title;
            }
            continue;
        }
        const match = (0,task_line/* matchTaskLine */.DP)(line.content);
        if (!match)
            continue;
        const previous = seen.get(match.id);
        if (previous !== undefined) {
            throw new errors/* InputError */.dz(`${file}: task id "${match.id}" is used twice, on line ${previous} and line ${line.number}; ` +
                'each task needs its own id (give the newer task the next unused number)');
        }
        seen.set(match.id, line.number);
        const task = {
            id: match.id,
            line: line.number,
            done: match.done,
            parallel: match.parallel,
            description: match.description,
            paths: pathsIn(match.description),
            dependsOn: dependenciesIn(match.description),
        };
        if (match.story)
            task.story = match.story;
        if (match.owner)
            task.owner = match.owner;
        if (phase) {
            task.phase = phase.title;
            if (phase.taskIds.length === 0 && !doc.phases.includes(phase))
                doc.phases.push(phase);
            phase.taskIds.push(match.id);
        }
        if (section !== undefined)
            task.section = section;
        doc.tasks.push(task);
    }
    doc.phases.sort((a, b) => a.line - b.line);
    return doc;
}
/** The heading text without the optional closing `#` sequence (`## Setup ##`). */
function headingTitle(raw) {
    const text = raw.trim();
    let end = text.length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    if (end === text.length)
        return text;
    const before = text.slice(0, end);
    // `## C#` keeps its hash: a closing sequence must follow a space.
    return before === '' || /[ \t]$/.test(before) ? before.trim() : text;
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ DONE_COMMENT),
/* harmony export */   DP: () => (/* binding */ matchTaskLine),
/* harmony export */   kA: () => (/* binding */ OWNER_COMMENT)
/* harmony export */ });
// `- [ ] T012 ...`: a list bullet (any indentation, so nested items count), a
// checkbox, then the id, which must end at whitespace or the end of the line
// (`T012a` is not an id).
const TASK_LINE = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(T\d{3,})(?=[ \t]|$)(.*)$/;
const LABEL = /^[ \t]*\[(P|US\d+)\]/;
/**
 * The HTML comment the updater appends to a finished task. Only a comment of
 * exactly this shape at the very end of the line is ours to replace or remove.
 * (No leading `[ \t]*` in the pattern: on a line of many spaces that would
 * backtrack quadratically; callers trim the space before it themselves.)
 */
const DONE_COMMENT = /<!-- (?:done|merged): [^<>\r\n]*? -->(?=[ \t]*$)/;
/** `<!-- owner: impl-2 -->`, written by `orchestrator plan --apply` (see owner-comment.ts). */
const OWNER_COMMENT = /<!-- owner: ([A-Za-z0-9][A-Za-z0-9._-]{0,63}) -->/;
function matchTaskLine(content) {
    const m = content.match(TASK_LINE);
    if (!m)
        return undefined;
    let rest = m[4];
    let parallel = false;
    let story;
    for (let label = rest.match(LABEL); label; label = rest.match(LABEL)) {
        if (label[1] === 'P')
            parallel = true;
        else
            story ??= label[1];
        rest = rest.slice(label[0].length);
    }
    const owner = rest.match(OWNER_COMMENT);
    return {
        ...(owner ? { owner: owner[1] } : {}),
        id: m[3],
        done: m[2] !== ' ',
        checkboxOffset: m[1].length,
        parallel,
        story,
        description: rest.replace(DONE_COMMENT, '').replace(OWNER_COMMENT, '').trim(),
    };
}


/***/ }),

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ taskReferences)
/* harmony export */ });
/* harmony import */ var _id_list__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6225);

// A completion keyword right before an id list, optionally with a colon:
// `closes T012`, `Done: T012 and T013`. Kept to one line on purpose.
const KEYWORD = /(?<![A-Za-z0-9_])(?:done|close[sd]?|fix(?:e[sd])?|complete[sd]?|resolve[sd]?)(?![A-Za-z0-9_])[ \t]*:?[ \t]*/gi;
// A trailer in the last paragraph: `Tasks: T012, T013`.
const TRAILER = /^[ \t]*(?:tasks?|done|closes)[ \t]*:[ \t]*/i;
/**
 * The task ids a commit message refers to, in order of first appearance, each
 * once, and whether the message marks it done. `TASK_REFERENCE_RULES` states
 * the rules for people; this is their implementation.
 */
function taskReferences(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const done = new Set();
    const markDone = (line, index) => {
        for (const id of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, index).ids)
            done.add(id);
    };
    const subject = lines.findIndex((line) => line.trim() !== '');
    if (subject !== -1) {
        const line = lines[subject];
        const leading = line.length - line.trimStart().length;
        const list = (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, leading);
        if (list.ids.length > 0 && /^[ \t]*:/.test(line.slice(list.end)))
            markDone(line, leading);
    }
    for (const line of lines) {
        for (const m of line.matchAll(KEYWORD))
            markDone(line, m.index + m[0].length);
    }
    for (const line of lastParagraph(lines)) {
        const trailer = line.match(TRAILER);
        if (trailer)
            for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(line))
                done.add(id);
    }
    const seen = new Set();
    const references = [];
    for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(text)) {
        if (seen.has(id))
            continue;
        seen.add(id);
        references.push({ id, done: done.has(id) });
    }
    return references;
}
/** The lines after the last blank line (the whole message if it has no blank line). */
function lastParagraph(lines) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '')
        end--;
    let start = end;
    while (start > 0 && lines[start - 1].trim() !== '')
        start--;
    return lines.slice(start, end);
}


/***/ })

};
