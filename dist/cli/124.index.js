export const id = 124;
export const ids = [124];
export const modules = {

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ runBranch),
/* harmony export */   SU: () => (/* binding */ acceptedBranch),
/* harmony export */   Sp: () => (/* binding */ listAgentBranches),
/* harmony export */   Uq: () => (/* binding */ fetchScanBranches),
/* harmony export */   Yp: () => (/* binding */ fetchAgentBranches),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6543);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5748);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4435);





/** The agent branches on the remote (by the naming pattern, narrowed by optional globs), sorted by name. */
async function listAgentBranches(git, remote, naming, globs = []) {
    return agentBranchesOf(await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeads */ .EQ)(git, remote, [(0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming)]), naming, globs);
}
function agentBranchesOf(heads, naming, globs) {
    const match = globs.length ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()([...globs], { dot: true }) : () => true;
    const out = [];
    for (const [name, sha] of [...heads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const parsed = (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .parseBranch */ .Qd)(naming, name);
        if (parsed && match(name))
            out.push({ name, sha, spec: parsed.spec, role: parsed.role, ...(parsed.index ? { index: parsed.index } : {}) });
    }
    return out;
}
/**
 * What a conflict scan needs of the remote with three processes whatever the
 * number of branches: one `ls-remote` (agent branches and the default
 * branch), one `fetch` of them all into private refs and one for-each-ref
 * to read them back; or, when this clone has every listed commit already
 * (a fresh clone does), one for-each-ref and one update-ref (left running: `pinned`) and no fetch. A branch deleted
 * in between is passed to `onGone`.
 * `state` (the state branch and the ref its store reads): listed by the same `ls-remote` and, when this clone
 * has its commit too, set with the others: the store then reads it without a fetch of its own.
 */
async function fetchScanBranches(git, remote, naming, globs, onGone, state) {
    const { heads, defaultBranch, defaultSha } = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeadsAndDefault */ .od)(git, remote, [
        (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming),
        ...(state ? [state.branch] : []),
    ]);
    const all = agentBranchesOf(heads, naming, []);
    const listed = globs.length ? agentBranchesOf(heads, naming, globs) : all;
    const names = listed.map((b) => b.name);
    const base = defaultBranch;
    // The commits just listed: pinned without a fetch when this clone has them all (fetchBranches).
    const tips = new Map(heads);
    if (base && defaultSha && !tips.has(base))
        tips.set(base, defaultSha);
    // A state branch that is also an agent or the default branch (state-branch: current) is left to its store.
    const own = state && !names.includes(state.branch) && state.branch !== base ? state : undefined;
    let pinned = Promise.resolve();
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, base && !names.includes(base) ? [...names, base] : names, tips, {
        alsoIfHere: own ? [[own.branch, own.ref]] : [],
        deferPin: (pinning) => (pinned = pinning),
    });
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    const baseSha = base ? fetched.get(base) : undefined;
    const stateCommit = own ? fetched.get(own.branch) : undefined;
    return {
        branches: listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) })),
        present: new Set(all.map((b) => b.name).filter((name) => fetched.has(name) || !names.includes(name))),
        ...(base && baseSha ? { base: { name: base, sha: baseSha } } : {}),
        ...(stateCommit ? { stateCommit } : {}),
        pinned,
    };
}
/**
 * The same, fetched into private refs (one `git fetch`), so work on them never
 * depends on what is checked out; each at the commit fetched. A branch deleted
 * between listing and fetching is left out and passed to `onGone`.
 */
async function fetchAgentBranches(git, remote, naming, globs = [], onGone) {
    const listed = await listAgentBranches(git, remote, naming, globs);
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, listed.map((b) => b.name));
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    return listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) }));
}
/** The checked-out branch, or null when HEAD is detached (or the name is not one we accept). */
async function checkedOutBranch(git) {
    return acceptedBranch(await (0,_git_refs__WEBPACK_IMPORTED_MODULE_3__/* .symbolicHead */ .dN)(git));
}
/** A checked-out branch's name as git gave it, or null when there is none or it is not one we accept. */
function acceptedBranch(head) {
    return head && !(0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(head) ? head : null;
}
/** The branch a run is about: the pushed ref, else the pull request head, else the checked-out branch. */
async function runBranch(git, ctx) {
    const ref = ctx.github.ref;
    const pushed = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchOfRef */ .V4)(ref);
    if (pushed !== null)
        return pushed;
    if (ctx.github.headRef)
        return ctx.github.headRef;
    return checkedOutBranch(git);
}


/***/ }),

/***/ 3811:
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
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8060);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5678);





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

/***/ 1901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  agentsCommand: () => (/* binding */ agentsCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/brief/hook.ts

/**
 * The documented payload on stdin: `session_id`, `transcript_path`, `cwd`, `hook_event_name`, and `prompt`
 * (UserPromptSubmit) or `source` (SessionStart: startup, resume, clear, compact). Only the event and the folder
 * matter here; anything we cannot read is taken as a prompt in the folder the hook was started in (fail open).
 */
function parseBriefHookInput(text, fallbackCwd) {
    let raw = null;
    try {
        raw = JSON.parse(text);
    }
    catch {
        /* not JSON: a prompt hook all the same */
    }
    const input = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {});
    const event = input.hook_event_name === 'SessionStart' ? 'SessionStart' : 'UserPromptSubmit';
    const cwd = typeof input.cwd === 'string' && (0,external_node_path_.isAbsolute)(input.cwd) ? input.cwd : fallbackCwd;
    return { event, cwd };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/check-path/check-path.ts + 3 modules
var check_path = __webpack_require__(4190);
// EXTERNAL MODULE: ./shared/check-path/predicted.ts
var predicted = __webpack_require__(3811);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(4952);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(7061);
// EXTERNAL MODULE: ./shared/state/log/as-fetched.ts
var as_fetched = __webpack_require__(737);
// EXTERNAL MODULE: ./shared/state/log/remote-branch.ts + 1 modules
var remote_branch = __webpack_require__(4138);
// EXTERNAL MODULE: ./shared/integrate/order-input.ts
var order_input = __webpack_require__(2631);
// EXTERNAL MODULE: ./shared/integrate/merge-order.ts
var merge_order = __webpack_require__(5043);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(4929);
;// CONCATENATED MODULE: ./shared/brief/collect.ts



/** One line of text we did not write, safe for a terminal and for the model's context. */
const clean = (text) => (0,neutralize/* neutralize */.Y)(text);
/** The tasks a branch works on now: given to it by a plan or reported by it, not done (ids and descriptions). */
function tasksOf(feature, branch) {
    const described = new Map((feature.registration?.tasks ?? []).map((t) => [t.id, t.description]));
    const ids = new Set();
    for (const [id, a] of Object.entries(feature.assignments ?? {}))
        if (a.agent === branch)
            ids.add(id);
    for (const [id, t] of Object.entries(feature.tasks))
        if (t.agent === branch)
            ids.add(id);
    return [...ids]
        .filter((id) => feature.tasks[id]?.state !== 'done')
        .sort()
        .map((id) => (described.has(id) ? `${id} "${clean(described.get(id)).slice(0, 160)}"` : id));
}
/** The conflicts of the caller's branch that are open in the state, with its side and the sibling's. */
function conflictFacts(projection, caller) {
    const feature = projection.features[caller.spec];
    if (!feature)
        return [];
    const order = mergeOrderOf(projection, caller.spec);
    return (0,queries/* openConflicts */.cX)(projection, caller.spec)
        .filter((c) => c.left === caller.branch || c.right === caller.branch)
        .map((c) => {
        const left = c.left === caller.branch;
        const sibling = left ? c.right : c.left;
        const mine = order.indexOf(caller.branch);
        const theirs = order.indexOf(sibling);
        return {
            id: c.id,
            sibling,
            mine: left ? c.leftSha : c.rightSha,
            theirs: left ? c.rightSha : c.leftSha,
            files: c.files.map((file) => ({
                file,
                mine: left ? file.leftRanges : file.rightRanges,
                theirs: left ? file.rightRanges : file.leftRanges,
            })),
            siblingTasks: tasksOf(feature, sibling),
            ...(c.kind ? { trial: { kind: c.kind, ...(c.check ? { check: c.check } : {}) } } : {}),
            ...(mine >= 0 && theirs >= 0 ? { siblingFirst: theirs < mine } : {}),
        };
    });
}
/** The overseer's merge order from the state alone (no git, no scan): branches in merge order, or none. */
function mergeOrderOf(projection, spec) {
    const input = (0,order_input/* orderInputFromProjection */.El)(projection, spec);
    return input && input.candidates.length ? (0,merge_order/* mergeOrder */.l)(input).steps.map((s) => s.branch) : [];
}
/**
 * Everything but conflicts (which need the two tips read) and review comments (which need GitHub): the caller's
 * failing checks, guard violations, scope drift, blockers, plan assignments and its place in the merge order.
 */
function stateItems(projection, caller) {
    const feature = projection.features[caller.spec];
    if (!feature)
        return [];
    const me = caller.branch;
    const items = [];
    for (const t of Object.values(feature.tests).filter((t) => t.branch === me && t.failed > 0)) {
        const what = t.unit === 'check' ? 'fails' : `has ${t.failed} failing test(s)`;
        const lines = [`Check ${clean(t.suite)} ${what} on your branch at ${t.commit.slice(0, 12)}${t.runUrl ? ` (${clean(t.runUrl)})` : ''}.`];
        const tail = t.tail;
        if (tail)
            lines.push('  Its output ends with:', ...(0,neutralize/* neutralize */.Y)(tail, { multiline: true })
                .split('\n')
                .map((l) => `    | ${l}`));
        items.push({ id: `check:${t.role}:${t.suite}:${t.stamp}`, kind: 'check', lines });
    }
    for (const [key, g] of Object.entries(feature.guards)) {
        if (g.branch !== me || g.raised <= g.cleared || !g.detected)
            continue;
        const lines = [
            `The role guard refused ${g.kind === 'pr-target' ? 'the target of your pull request' : `your change to ${clean(g.subject)}`} (at ${g.detected.commit.slice(0, 12)}): ${clean(g.detected.detail)}`,
        ];
        items.push({ id: `guard:${key}:${g.raised}`, kind: 'guard', lines });
    }
    for (const [key, d] of Object.entries(feature.drift ?? {})) {
        if (d.branch !== me || d.raised <= d.cleared || !d.detected)
            continue;
        const owners = (d.detected.tasks ?? []).map((t) => `${t.id}${t.agent ? ` (${clean(t.agent)})` : ''}`);
        const lines = [
            `Scope drift: your branch changed ${clean(d.path)}, outside the paths of your tasks${owners.length ? `; it belongs to ${owners.join(', ')}` : ''}. If it is not your task's, leave it to its owner or tell the overseer.`,
        ];
        items.push({ id: `drift:${key}:${d.raised}`, kind: 'drift', lines });
    }
    for (const b of Object.values(feature.blockers)) {
        if (!b.raised || (b.raised.agent !== me && b.raised.by !== me))
            continue;
        const against = b.raised.agent === me ? 'against your branch' : `by you${b.raised.agent ? ` against ${clean(b.raised.agent)}` : ''}`;
        const open = !b.cleared || b.cleared.stamp < b.raised.stamp;
        const lines = [
            open
                ? `Blocker ${clean(b.id)} raised ${against}: ${clean(b.raised.reason)}`
                : `Blocker ${clean(b.id)} (raised ${against}) was cleared${b.cleared?.note ? `: ${clean(b.cleared.note)}` : ''}.`,
        ];
        items.push({ id: `blocker:${b.id}:${b.raisedCount}:${b.clearedCount}`, kind: 'blocker', lines });
    }
    const described = new Map((feature.registration?.tasks ?? []).map((t) => [t.id, t.description]));
    for (const [taskId, a] of Object.entries(feature.assignments ?? {}).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
        if (a.agent !== me)
            continue;
        const what = described.get(taskId);
        const lines = [`Task ${taskId} is assigned to you${a.wave ? ` (wave ${a.wave})` : ''}${what ? `: ${clean(what).slice(0, 300)}` : ''}.`];
        items.push({ id: `assignment:${taskId}:${a.occurrences[me] ?? 1}`, kind: 'assignment', lines });
    }
    items.push(...orderItems(projection, caller));
    return items;
}
/** The caller's place in the merge order (the whole order for the overseer); the id is the order as it concerns it. */
function orderItems(projection, caller) {
    const input = (0,order_input/* orderInputFromProjection */.El)(projection, caller.spec);
    if (!input || input.candidates.length < 2)
        return [];
    const steps = (0,merge_order/* mergeOrder */.l)(input).steps;
    if (caller.role === 'overseer') {
        const line = `Merge order: ${steps.map((s) => `${s.position}. ${clean(s.name)}${s.conflicts ? ' (conflicts at its turn)' : ''}`).join(', ')}.`;
        return [{ id: `merge-order:${steps.map((s) => `${s.branch}${s.conflicts ? '!' : ''}`).join(',')}`, kind: 'merge-order', lines: [line] }];
    }
    const mine = steps.find((s) => s.branch === caller.branch);
    if (!mine)
        return [];
    const before = steps.filter((s) => s.position < mine.position).map((s) => clean(s.name));
    const against = mine.conflictsWith.map((e) => clean(e.a === caller.branch ? e.b : e.a));
    const line = `Merge order: your branch is ${mine.position} of ${steps.length}${before.length ? `, after ${before.join(', ')}` : ', first'}` +
        `${mine.conflicts ? `; at its turn it conflicts with ${against.join(', ') || 'the overseer'}, so rebase onto what merges before you` : ''}. ${clean(mine.reason)}`;
    return [{ id: `merge-order:${mine.position}/${steps.length}:${before.join(',')}:${mine.conflicts}`, kind: 'merge-order', lines: [line] }];
}

// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(7921);
;// CONCATENATED MODULE: ./shared/brief/conflict-text.ts





/** Bounds that keep a brief readable and well under what Claude Code passes whole to the model (10,000 characters). */
const MAX_FILES = 5;
const MAX_HUNK_LINES = 12;
const MAX_LINE = 200;
/**
 * Each conflict as the agent must see it: the sibling and its tasks, every file with the line ranges of both sides
 * and the lines themselves, read from the two tips the scan saw (one `cat-file --batch` for all of them; a tip not
 * fetched here says so), and the commands that resolve it on the agent's branch.
 */
async function conflictItems(git, conflicts, remote, cli) {
    const specs = [];
    for (const c of conflicts)
        for (const f of c.files.slice(0, MAX_FILES))
            if (!f.file.pathBase64 && !/[\n\r]/.test(f.file.path))
                specs.push(`${c.mine}:${f.file.path}`, `${c.theirs}:${f.file.path}`);
    const blobs = new Map();
    try {
        for (const r of await (0,cat_file/* catFileBatch */.Fn)(git, specs))
            blobs.set(r.spec, r.missing || r.type !== 'blob' ? null : r.content.toString('utf8'));
    }
    catch {
        /* the lines are a help: without them the ranges still say where */
    }
    return conflicts.map((c) => ({
        id: `conflict:${c.id}:${c.mine}:${c.theirs}`,
        kind: 'conflict',
        lines: conflictLines(c, blobs, remote, cli),
    }));
}
function conflictLines(c, blobs, remote, cli) {
    const sibling = clean(c.sibling);
    const tasks = c.siblingTasks.length ? ` (working on ${c.siblingTasks.join(', ')})` : '';
    const what = c.trial
        ? `their merge is clean but fails the trial ${c.trial.kind}${c.trial.check ? ` (${clean(c.trial.check)})` : ''}`
        : `they conflict in ${c.files.length} file(s)`;
    const lines = [`Conflict with ${sibling}${tasks}: ${what} (your tip ${c.mine.slice(0, 12)}, theirs ${c.theirs.slice(0, 12)}).`];
    for (const f of c.files.slice(0, MAX_FILES)) {
        lines.push(`  ${clean(f.file.path)} (${clean(f.file.kind)}): yours ${rangesText(f.mine)}, theirs ${rangesText(f.theirs)}`);
        lines.push(...hunk('yours', blobs.get(`${c.mine}:${f.file.path}`), f.mine));
        lines.push(...hunk(`theirs (${sibling})`, blobs.get(`${c.theirs}:${f.file.path}`), f.theirs));
    }
    if (c.files.length > MAX_FILES)
        lines.push(`  … and ${c.files.length - MAX_FILES} more file(s)`);
    lines.push(...resolveCommands(c, remote, cli));
    return lines;
}
/** The lines of one side at its ranges, numbered; a side that removed the lines, or a tip not here, says so. */
function hunk(side, text, ranges) {
    if (text === undefined)
        return [];
    if (text === null)
        return [`    ${side}: (not in this clone: git fetch, then read it with git show)`];
    const all = text.split('\n');
    const out = [];
    let shown = 0;
    for (const r of ranges) {
        if (r.end < r.start) {
            out.push(`    ${side}: lines removed after line ${r.end}`);
            continue;
        }
        out.push(`    ${side}, lines ${r.start}-${r.end}:`);
        for (let n = r.start; n <= r.end && n <= all.length; n++) {
            if (shown++ >= MAX_HUNK_LINES) {
                out.push('      …');
                return out;
            }
            const line = (0,neutralize/* neutralize */.Y)(all[n - 1]);
            out.push(`      ${String(n).padStart(4)} | ${line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line}`);
        }
    }
    return out;
}
function rangesText(ranges) {
    if (!ranges.length)
        return '(no line ranges)';
    return `lines ${ranges.map((r) => (r.end < r.start ? `(removed after ${r.end})` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(', ')}`;
}
/** How to resolve it on the agent's own branch: bring the sibling's work in (rebase when it merges first), fix, push. */
function resolveCommands(c, remote, cli) {
    const named = (0,git_remote/* isRemoteName */.wB)(remote);
    const branch = (0,cli_invocation/* shellWord */.r7)(c.sibling);
    const ref = named ? (0,cli_invocation/* shellWord */.r7)(`${remote}/${c.sibling}`) : 'FETCH_HEAD';
    const fetch = `git fetch ${(0,cli_invocation/* shellWord */.r7)(remote)} ${branch}`;
    const [first, other] = c.siblingFirst ? [`git rebase ${ref}`, `git merge ${ref}`] : [`git merge ${ref}`, `git rebase ${ref}`];
    const why = c.siblingFirst ? `; ${clean(c.sibling)} merges before you in the merge order` : '';
    return [
        `  To resolve: ${fetch} && ${first} (or ${other}${why}), fix the lines above, commit and push your branch.`,
        `  A resolution brief (base, ours, theirs of each hunk): ${cli} conflicts brief ${c.id}`,
    ];
}

// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(8060);
;// CONCATENATED MODULE: ./shared/brief/cursor.ts


const MAX_COMMENTS = 500;
/** The cursor file beside check-path's cache (`<git folder>/orchestrator/`). */
function cursorPath(cacheFile) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(cacheFile), 'brief-cursor.json');
}
/** The cursor, or an empty one when missing or unreadable (then the next brief tells everything once). */
function readCursor(path) {
    try {
        const parsed = JSON.parse((0,confine_path/* readConfined */.Hz)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(path)), path, 'brief cursor') ?? 'null');
        if (parsed && parsed.version === 1 && parsed.agents && typeof parsed.agents === 'object')
            return parsed;
    }
    catch {
        /* a broken cursor costs one repeated brief, nothing more */
    }
    return { version: 1, agents: Object.create(null) };
}
function agentCursor(cursor, branch) {
    const known = Object.hasOwn(cursor.agents, branch) ? cursor.agents[branch] : undefined;
    return {
        seen: Array.isArray(known?.seen) ? known.seen.filter((s) => typeof s === 'string') : [],
        comments: Array.isArray(known?.comments) ? known.comments.filter((n) => typeof n === 'number') : [],
        ...(typeof known?.note === 'string' ? { note: known.note } : {}),
    };
}
/** Written whole and renamed into place, through the one write gate (no link followed). */
function writeCursor(path, cursor, branch, next) {
    const agents = { ...cursor.agents, [branch]: { ...next, comments: next.comments.slice(-MAX_COMMENTS) } };
    (0,confine_path/* replaceConfined */.ro)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(path)), path, `${JSON.stringify({ version: 1, agents })}\n`, 'brief cursor');
}

;// CONCATENATED MODULE: ./shared/brief/items.ts
/** What a brief can tell an agent: each kind is one section, in this order. */
const BRIEF_KINDS = ['conflict', 'check', 'guard', 'drift', 'blocker', 'assignment', 'merge-order', 'review'];

;// CONCATENATED MODULE: ./shared/brief/reviews.ts



/** Comments of ours (conflict notices, pull request bodies' companions) are not news to the agent. */
const OURS = /<!-- agent-orchestrator/;
/**
 * New comments on the caller's open pull request (its conversation), one item per comment not told before.
 * The pull request is the one the state knows for the branch, else the open one GitHub lists for it.
 */
async function reviewItems(access, feature, branch) {
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 6317));
    const { resolveRepository } = await __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 3286));
    const ref = resolveRepository(access.repository, access.remote, access.repository ? null : await (0,git_remote/* remoteUrl */.gX)(access.git, access.remote));
    const client = createGitHubClient({
        token: access.token,
        apiUrl: access.apiUrl,
        logger: access.logger,
        retries: 0,
        maxRateLimitWaitSeconds: 0,
    });
    const request = { signal: AbortSignal.timeout(access.timeoutMs) };
    let number = knownPull(feature, branch);
    if (number === undefined) {
        const pulls = await client.rest.pulls.list({ ...ref, head: `${ref.owner}:${branch}`, state: 'open', per_page: 10, request });
        number = pulls.data.find((p) => p.head.ref === branch)?.number;
    }
    if (number === undefined)
        return [];
    const comments = await client.rest.issues.listComments({ ...ref, issue_number: number, per_page: 100, request });
    return comments.data
        .filter((c) => !OURS.test(c.body ?? ''))
        .map((c) => {
        const body = (0,neutralize/* neutralize */.Y)(c.body ?? '', { multiline: true })
            .split('\n')
            .slice(0, 20);
        return {
            id: `review:${c.id}`,
            kind: 'review',
            lines: [`Comment by ${clean(c.user?.login ?? 'someone')} on your pull request #${number}:`, ...body.map((l) => `  > ${l}`)],
        };
    });
}
/** The latest pull request the state recorded for the branch, while it is open. */
function knownPull(feature, branch) {
    const prs = Object.values(feature?.prs ?? {}).filter((p) => p.head === branch);
    const latest = prs.sort((a, b) => (a.stamp < b.stamp ? 1 : -1))[0];
    return latest && (latest.action === 'opened' || latest.action === 'updated') ? latest.number : undefined;
}

;// CONCATENATED MODULE: ./shared/brief/brief.ts













/**
 * What is new for the agent of this checkout since it last asked (the cursor). Reads the state branch as fetched
 * here (one bounded fetch first, when asked), never writes to it: delivery is recorded by the background
 * recorder. Whatever goes wrong ends in a one-line note, never an exception: a brief must not stop the agent.
 */
async function agentBrief(o) {
    let located;
    try {
        located = await (0,check_path/* locate */.x5)(o.cwd);
    }
    catch (error) {
        return { agent: null, items: [], note: `no brief: ${(0,errors/* messageOf */.bD)(error)}`, queued: false };
    }
    let caller;
    let stateBranch;
    let glob;
    try {
        const config = await (0,config_source/* readConfig */.X)({ kind: 'work-tree', path: o.configPath }, { cwd: located.toplevel });
        const id = (0,role_source/* resolveAgentIdentity */._7)({ branch: located.branch, naming: config.branches, cwd: located.toplevel, readFile: o.readRoleFile });
        if (!id.role || !id.feature || !id.branch)
            return {
                agent: null,
                items: [],
                note: `no brief: this checkout is not an agent's (branch ${located.branch ?? '(detached)'}, no role file)`,
                queued: false,
            };
        caller = { spec: id.feature, branch: id.branch, role: id.role };
        stateBranch = config.state.branch;
        glob = (0,branch_pattern/* branchGlob */.Fx)(config.branches, caller.spec);
    }
    catch (error) {
        return { agent: null, items: [], note: `no brief: ${(0,errors/* messageOf */.bD)(error)}`, queued: false };
    }
    if (stateBranch === 'current')
        return {
            agent: caller.branch,
            items: [],
            note: 'no brief: the state lives on the branch being worked on (state.branch: current)',
            queued: false,
        };
    const notes = [];
    if (o.fetchTimeoutMs > 0)
        try {
            await fetchState(located, o.remote, stateBranch, glob, o.fetchTimeoutMs);
        }
        catch (error) {
            notes.push(`fetch failed, brief from the state as last fetched (${(0,errors/* messageOf */.bD)(error)})`);
        }
    const items = [];
    const comments = [];
    try {
        const state = await (0,as_fetched/* projectionAsFetched */.H)(located.git, o.remote, stateBranch);
        if (!state)
            notes.push(`no brief: the state branch ${stateBranch} was never fetched here (git fetch ${o.remote} ${stateBranch})`);
        else if (!state.projection)
            notes.push(`no brief: the state as fetched (${state.commit.slice(0, 12)}) has a projection.json ${state.reason}`);
        if (!state?.projection)
            return finish(o, located, caller, [], [], notes.join('; '));
        items.push(...(await conflictItems(located.git, conflictFacts(state.projection, caller), o.remote, o.cli)));
        items.push(...stateItems(state.projection, caller));
        if (o.github?.token)
            try {
                const feature = state.projection.features[caller.spec];
                comments.push(...(await reviewItems({ ...o.github, remote: o.remote, git: located.git, logger: o.logger, timeoutMs: 3000 }, feature, caller.branch)));
            }
            catch (error) {
                notes.push(`review comments not read: ${(0,errors/* messageOf */.bD)(error)}`);
            }
    }
    catch (error) {
        notes.push(`no brief: the state as fetched cannot be read: ${(0,errors/* messageOf */.bD)(error)}`);
    }
    return finish(o, located, caller, items, comments, notes.join('; ') || null);
}
/** Keeps what the cursor has not seen, moves the cursor, queues the delivery event. */
function finish(o, located, caller, items, comments, note) {
    const note1 = note ? clean(note) : null;
    try {
        const path = cursorPath(located.cachePath);
        const cursor = readCursor(path);
        const before = agentCursor(cursor, caller.branch);
        const seen = new Set(o.full ? [] : before.seen);
        const told = new Set(before.comments);
        const fresh = [...items.filter((i) => !seen.has(i.id)), ...comments.filter((c) => !told.has(Number(c.id.slice('review:'.length))))];
        fresh.sort((a, b) => BRIEF_KINDS.indexOf(a.kind) - BRIEF_KINDS.indexOf(b.kind));
        // A fact that ended is forgotten (told again if it comes back); when the state could not be read, nothing is.
        const keep = items.length || !note1 ? items.map((i) => i.id) : before.seen;
        const next = {
            seen: keep,
            comments: [...before.comments, ...comments.map((c) => Number(c.id.slice('review:'.length))).filter((n) => !told.has(n))],
            ...(note1 ? { note: note1 } : {}),
        };
        writeCursor(path, cursor, caller.branch, next);
        const queued = fresh.length > 0 && o.record && o.cliScript ? queueDelivery(o, located, caller, fresh) : false;
        return { agent: caller.branch, items: fresh, note: note1 && note1 !== before.note ? note1 : null, queued };
    }
    catch (error) {
        // No cursor (a read-only git folder): tell everything, every time, rather than nothing.
        return {
            agent: caller.branch,
            items: [...items, ...comments],
            note: note1 ?? `brief cursor not kept: ${(0,errors/* messageOf */.bD)(error)}`,
            queued: false,
        };
    }
}
function queueDelivery(o, located, caller, fresh) {
    const digest = (0,external_node_crypto_.createHash)('sha256')
        .update(fresh.map((i) => i.id).join('\n'))
        .digest('hex');
    const conflicts = fresh.filter((i) => i.kind === 'conflict').map((i) => i.id.split(':')[1]);
    const time = o.now.toISOString();
    return (0,predicted/* queueEvent */.G4)(located, `brief:${caller.branch}:${digest}`, {
        kind: 'brief-delivered',
        since: time,
        feature: caller.spec,
        actor: caller.branch,
        time,
        data: {
            agent: caller.branch,
            items: fresh.length,
            kinds: [...new Set(fresh.map((i) => i.kind))],
            ...(conflicts.length ? { conflicts: conflicts.slice(0, 200) } : {}),
            digest,
        },
    }, (0,predicted/* detachedRecorder */.v3)(o.cliScript, located.toplevel, o.remote, o.configPath), o.now);
}
/**
 * One `git fetch`, bounded in time: the state branch into our private ref, the feature's branches where
 * check-path reads them (so the tips of a conflict are here to read its lines).
 */
async function fetchState(located, remote, stateBranch, glob, timeoutMs) {
    const siblings = (0,git_remote/* isRemoteName */.wB)(remote) ? `refs/remotes/${remote}/${glob}` : (0,git_remote/* privateRef */.Lv)(glob);
    const args = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', '--no-auto-maintenance'];
    const fetch = (ms) => located.git.exec([
        ...args,
        '--refmap=',
        '--',
        remote,
        `+refs/heads/${stateBranch}:${(0,remote_branch/* privateStateRef */.KL)(remote, stateBranch)}`,
        `+refs/heads/${glob}:${siblings}`,
    ], { timeoutMs: ms });
    const until = Date.now() + timeoutMs;
    for (let attempt = 1;; attempt++) {
        try {
            await fetch(Math.max(1, until - Date.now()));
            return;
        }
        catch (error) {
            // Another process of this clone (the background recorder of the last brief, a scan) moved the same ref
            // while we fetched: the ref it wrote is as new as ours would be. Fetch again within the time left; after
            // that, the state as it stands is fresh enough, and saying "fetch failed" would be a false alarm.
            if (!/cannot lock ref/.test((0,errors/* messageOf */.bD)(error)))
                throw error;
            if (attempt >= 3 || Date.now() >= until)
                return;
        }
    }
}

;// CONCATENATED MODULE: ./shared/brief/render.ts
const HEADINGS = {
    conflict: 'Conflicts with your branch',
    check: 'Failing checks',
    guard: 'Role guard',
    drift: 'Scope drift',
    blocker: 'Blockers',
    assignment: 'Tasks assigned to you',
    'merge-order': 'Merge order',
    review: 'New comments on your pull request',
};
/** The brief as the agent reads it: one heading per kind, the facts under it; empty when nothing is new. */
function renderBrief(result) {
    if (!result.items.length)
        return '';
    const lines = [
        `agent-orchestrator: new since your last prompt, for ${result.agent ?? 'this checkout'} (from the shared state; act on what concerns your task):`,
    ];
    let kind = null;
    for (const item of result.items) {
        if (item.kind !== kind) {
            kind = item.kind;
            lines.push('', `## ${HEADINGS[kind]}`);
        }
        lines.push(`- ${item.lines[0]}`, ...item.lines.slice(1));
    }
    return lines.join('\n');
}
/** What Claude Code (and Codex, same wire format) reads from a prompt or session hook on exit 0. */
function hookJson(event, result) {
    const context = renderBrief(result);
    const note = result.note ? `agent-orchestrator brief: ${result.note}` : null;
    if (!context && !note)
        return '';
    return JSON.stringify({
        ...(context ? { hookSpecificOutput: { hookEventName: event, additionalContext: context } } : {}),
        // The note is for the person: the agent has nothing to act on in it.
        ...(note ? { systemMessage: note } : {}),
    });
}

;// CONCATENATED MODULE: ./shared/agents/render-setup.ts
/** What `agents setup` did (or, with dry-run, would do): the rules, then each file, with the lines a dry run would change. */
function renderSetup(r, dryRun) {
    const lines = [`${r.role}${r.branch ? ` on ${r.branch}` : ''}: ${r.rules.deny.length} deny and ${r.rules.allow.length} allow rule(s)`];
    for (const f of r.files) {
        lines.push(`${f.changed ? (dryRun ? 'would write' : 'wrote') : 'unchanged'} ${f.path}`);
        if (dryRun && f.changed)
            lines.push(...diffLines(f.before ?? '', f.after));
    }
    return lines.join('\n');
}
/** Lines only in `after` (+) and only in `before` (-), in file order: enough to review a merge of settings. */
function diffLines(before, after) {
    const old = new Set(before.split('\n'));
    const now = new Set(after.split('\n'));
    return [
        ...before
            .split('\n')
            .filter((l) => l && !now.has(l))
            .map((l) => `  - ${l}`),
        ...after
            .split('\n')
            .filter((l) => l && !old.has(l))
            .map((l) => `  + ${l}`),
    ];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/config/config.ts + 3 modules
var config_config = __webpack_require__(5967);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/agents/claude-rules.ts
var claude_rules = __webpack_require__(3853);
// EXTERNAL MODULE: ./shared/agents/agent-files.ts + 3 modules
var agent_files = __webpack_require__(9406);
// EXTERNAL MODULE: ./shared/agents/settings-file.ts
var settings_file = __webpack_require__(6267);
// EXTERNAL MODULE: ./shared/naming/role-file.ts
var role_file = __webpack_require__(198);
;// CONCATENATED MODULE: ./shared/agents/setup.ts




















/**
 * Writes the agent's side of a role: its permission settings (Claude Code) and
 * the section of its guide, merged into what a person wrote, plus the local
 * role file. An implementor's files are local and git-excluded (its branch
 * must not change `.claude/**`); the overseer's are the shared ones, to be
 * committed on the overseer branch before implementor branches are cut. The
 * rules come from the configuration on a trusted commit (never this work tree).
 */
async function setupAgents(options, ctx) {
    const git = await git_git/* Git */.TU.open(ctx.cwd);
    // The files belong at the checkout's root, wherever in it the command runs.
    const root = await (0,refs/* toplevel */.ar)(git);
    const branch = await (0,agent_branches/* checkedOutBranch */.iD)(git);
    const config = await (0,config_source/* readConfig */.X)({ kind: 'trusted', path: options.configPath, branch: branch ?? undefined }, { cwd: ctx.cwd, git, remote: options.remote, logger: ctx.logger });
    const parsed = branch ? (0,branch_pattern/* parseBranch */.Qd)(config.branches, branch) : null;
    // The flag must agree with an agent branch here (the files written describe this checkout's role);
    // the role file is checked against the branch by the one resolver every command uses.
    if (options.role && parsed && options.role !== parsed.role)
        throw new errors/* InputError */.dz(`--role says ${(0,quote/* quote */.hD)(options.role)} but branch ${(0,quote/* quote */.hD)(branch)} is an ${parsed.role} branch; they must agree`);
    const id = (0,role_source/* resolveAgentIdentity */._7)({
        flags: { role: options.role },
        branch,
        naming: config.branches,
        cwd: root,
        readFile: ctx.localRoleFile === true,
    });
    const role = id.role;
    if (id.sources.role === 'file')
        ctx.logger.info((0,role_source/* describeIdentity */.Cl)(id));
    if (!role)
        throw new errors/* InputError */.dz(`cannot tell the role: branch ${(0,quote/* quote */.hD)(branch ?? '(detached)')} is not an agent branch and ${role_file/* ROLE_FILE */.AB} names none; pass --role overseer or --role implementor`);
    const integration = config.branches.integration ?? (await (0,git_remote/* remoteDefaultBranch */.Ki)(git, options.remote).catch(() => null)) ?? 'main';
    const configPath = options.configPath ?? config_config/* DEFAULT_CONFIG_PATH */.Bi;
    const rules = (0,claude_rules/* roleRules */.u8)(config, role, configPath, integration);
    const local = role === 'implementor';
    // Every file is read and checked through the one write gate before anything is written: no link is followed.
    const sidecar = await (0,refs/* gitFile */.PP)(git, 'orchestrator/agent-rules.json');
    const previous = readSidecar(sidecar.root, sidecar.path);
    const spec = id.feature ?? null;
    const hookCommand = ctx.cliScript ? (0,cli_invocation/* hookInvocation */.eM)(ctx.cliScript, root, process.env.PATH) : undefined;
    const usageHookCommand = ctx.cliScript ? `${(0,cli_invocation/* cliHookInvocation */.iQ)(ctx.cliScript, root, process.env.PATH)} agents record-usage` : undefined;
    // Before anything is written: the hook must answer when Claude Code starts it, or every edit gets "not found".
    const ourHook = (0,agent_files/* claudeHook */.yK)({ hookCommand, blockingHook: options.block === true }).command;
    if (options.agent === 'claude') {
        probeHook(ourHook, root);
        // Claude Code also runs the hooks of the shared (committed) settings here: say so when one of ours there cannot run.
        const shared = role === 'implementor' ? (0,confine_path/* readConfined */.Hz)(root, (0,external_node_path_.join)('.claude', 'settings.json')) : null;
        if (shared !== null)
            for (const command of (0,settings_file/* ourHookCommands */.MH)(shared).filter((c) => c !== ourHook))
                try {
                    probeHook(command, root);
                }
                catch (error) {
                    ctx.logger.warning(`.claude/settings.json (committed) runs another hook of ours on every edit here, and it fails: ${error.message.replace(/; nothing was written.*$/, '')}. ` +
                        'The overseer can run agents setup again with a CLI every clone can start and commit .claude/settings.json, or remove that entry.');
                }
    }
    const files = (0,agent_files/* agentFiles */.VI)({
        role,
        agent: options.agent,
        branch,
        spec,
        rules,
        previous,
        integration,
        remote: options.remote,
        blockingHook: options.block === true,
        hookCommand,
        usageHookCommand,
        read: (path) => (0,confine_path/* readConfined */.Hz)(root, path),
    });
    const plan = (path, make) => {
        const before = (0,confine_path/* readConfined */.Hz)(root, path);
        const after = make(before);
        files.push({ path, changed: before !== after, before, after });
    };
    plan(role_file/* ROLE_FILE */.AB, () => (0,role_file/* formatRoleFile */.he)({ role, ...(spec ? { feature: spec } : {}), ...(id.agent ? { agent: id.agent } : {}) }));
    const exclude = await (0,refs/* gitFile */.PP)(git, 'info/exclude');
    // The older role file name is read too: if a person keeps one, it stays out of commits like ours.
    const older = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, role_file/* CLAUDE_ROLE_FILE */.Fh)) ? [role_file/* CLAUDE_ROLE_FILE */.Fh] : [];
    const excluded = [role_file/* ROLE_FILE */.AB, ...older, ...(local ? files.map((f) => f.path) : [])];
    const current = (0,confine_path/* readConfined */.Hz)(exclude.root, exclude.path) ?? '';
    (0,confine_path/* confineWrite */._P)(sidecar.root, sidecar.path);
    if (!options.dryRun) {
        for (const f of files.filter((x) => x.changed))
            (0,confine_path/* writeConfined */.ic)(root, f.path, f.after);
        (0,confine_path/* writeConfined */.ic)(sidecar.root, sidecar.path, `${JSON.stringify(rules, null, 2)}\n`);
        // The role file is among an implementor's files too: each line once, and never one already there.
        const present = new Set(current.split('\n').map((l) => l.trim()));
        const missing = [...new Set(excluded.map((p) => `/${p}`))].filter((p) => !present.has(p));
        if (missing.length) {
            (0,confine_path/* writeConfined */.ic)(exclude.root, exclude.path, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
        }
    }
    return { role, branch, spec, rules, files };
}

/** Our rules as last written (the sidecar in the git folder), or null; a file we cannot read as such is named. */
function readSidecar(root, path) {
    const text = (0,confine_path/* readConfined */.Hz)(root, path);
    if (text === null)
        return null;
    let rules;
    try {
        rules = JSON.parse(text);
    }
    catch (error) {
        rules = error;
    }
    const list = (v) => Array.isArray(v) && v.every((r) => typeof r === 'string');
    if (!rules ||
        typeof rules !== 'object' ||
        rules instanceof Error ||
        !list(rules.allow) ||
        !list(rules.deny))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(path)} (the rules agents setup wrote last time) is not ${rules instanceof Error ? `valid JSON (${rules.message})` : 'an object with "allow" and "deny" lists of rules'}; delete it and run agents setup again (it is rewritten); nothing was written`);
    return rules;
}
/**
 * Runs the hook command once as Claude Code runs it: `sh -c <command>` in the
 * project, with `CLAUDE_PROJECT_DIR` set and a PreToolUse payload on stdin (an
 * edit of the role file, which no sibling changes). Our hook always exits 0 and
 * prints nothing or one JSON answer; anything else means it did not run.
 */
function probeHook(command, root) {
    const payload = {
        session_id: 'agents-setup-probe',
        hook_event_name: 'PreToolUse',
        tool_name: 'Write',
        tool_input: { file_path: (0,external_node_path_.join)(root, role_file/* ROLE_FILE */.AB), content: '' },
        cwd: root,
    };
    const run = (0,external_node_child_process_.spawnSync)('sh', ['-c', command], {
        cwd: root,
        env: { ...process.env, CLAUDE_PROJECT_DIR: root },
        input: JSON.stringify(payload),
        encoding: 'utf8',
        timeout: HOOK_PROBE_TIMEOUT_MS,
    });
    const out = (run.stdout ?? '').trim();
    let answered = run.status === 0;
    if (answered && out !== '') {
        try {
            JSON.parse(out);
        }
        catch {
            answered = false;
        }
    }
    if (answered)
        return;
    // A command that exits without reading stdin leaves EPIPE in run.error: its exit status is the story.
    const why = run.status === null
        ? (run.error?.message ?? `killed by ${run.signal ?? 'a signal'}`)
        : `exit ${run.status}${(run.stderr ?? '').trim() ? `: ${(run.stderr ?? '').trim().split('\n').pop()}` : out ? `, output not JSON: ${out.slice(0, 200)}` : ''}`;
    throw new errors/* InputError */.dz(`the check-path hook ${(0,quote/* quote */.hD)(command)} does not answer when Claude Code runs it (sh -c in ${(0,quote/* quotePath */.WG)(root)}: ${why}); nothing was written. ` +
        'Run agents setup with the CLI the way the agent can start it: node on PATH, and the package installed in this project (npx), globally (npm install -g), or run as node <path>/bin/orchestrator.js');
}
/** Claude Code waits 10 s for a hook; the probe gives a loaded machine more before it calls the hook dead. */
const HOOK_PROBE_TIMEOUT_MS = 60_000;

// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(6684);
// EXTERNAL MODULE: ./shared/usage/recorder.ts + 1 modules
var recorder = __webpack_require__(5453);
// EXTERNAL MODULE: ./shared/state/events/digest.ts
var digest = __webpack_require__(5678);
// EXTERNAL MODULE: ./shared/usage/queue.ts
var queue = __webpack_require__(4637);
;// CONCATENATED MODULE: ./shared/usage/transcript.ts




/** At most this much of a log is read per call; the rest is read by the next. */
const MAX_READ_BYTES = 64 * 1024 * 1024;
/** A log larger than this is not a transcript we read. */
const MAX_LOG_BYTES = 2 * 1024 * 1024 * 1024;
/** Message ids remembered per session (they repeat only in adjacent lines). */
const SEEN_LIMIT = 500;
function emptyCursor() {
    return { offset: 0, seen: [], lines: 0 };
}
/**
 * The new whole lines of a session log since `cursor`: the log must be an
 * absolute path to a regular file (not a link) ending in .jsonl, of bounded
 * size. A log shorter than the cursor was replaced: it is read from the start
 * (the remembered ids still keep a message from being counted twice).
 */
function readNewLines(path, cursor) {
    if (!(0,external_node_path_.isAbsolute)(path) || !path.endsWith('.jsonl'))
        throw new errors/* InputError */.dz(`transcript ${(0,quote/* quote */.hD)(path)} must be the absolute path of a .jsonl session log`);
    const st = (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    if (!st)
        throw new errors/* InputError */.dz(`transcript ${(0,quote/* quote */.hD)(path)} does not exist`);
    if (!st.isFile())
        throw new errors/* InputError */.dz(`transcript ${(0,quote/* quote */.hD)(path)} is not a regular file (a link or a folder is not read)`);
    if (st.size > MAX_LOG_BYTES)
        throw new errors/* InputError */.dz(`transcript ${(0,quote/* quote */.hD)(path)} is larger than ${MAX_LOG_BYTES} bytes; not read`);
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        const start = cursor.offset > size ? 0 : cursor.offset;
        const length = Math.min(size - start, MAX_READ_BYTES);
        const buffer = Buffer.alloc(length);
        let got = 0;
        while (got < length) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, got, length - got, start + got);
            if (n === 0)
                break;
            got += n;
        }
        // Only whole lines: a line still being written is read next time.
        const end = buffer.lastIndexOf(0x0a, got - 1);
        if (end < 0)
            return { lines: [], cursor: { ...cursor, offset: start } };
        const text = buffer.subarray(0, end).toString('utf8');
        return { lines: text.split('\n'), cursor: { ...cursor, offset: start + end + 1 } };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const count = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : 0);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,199}$/;
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/;
function object(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function parse(line) {
    if (line.trim() === '')
        return null;
    try {
        return object(JSON.parse(line));
    }
    catch {
        return null;
    }
}
/**
 * The usage of a Claude Code transcript since `cursor`: every assistant entry
 * carries `message.usage` and `message.model`; a message written over several
 * lines (one per content block, the same `message.id`) is counted once, with
 * the largest usage any of its lines reports. Lines that are not JSON or carry
 * no usage are skipped; one bad line never stops the rest.
 */
function readClaudeUsage(path, cursor) {
    const { lines, cursor: next } = readNewLines(path, cursor);
    const seen = new Set(cursor.seen);
    const messages = new Map();
    let skipped = 0;
    let lineNo = cursor.lines;
    for (const line of lines) {
        lineNo++;
        const entry = parse(line);
        if (!entry) {
            if (line.trim() !== '')
                skipped++;
            continue;
        }
        if (entry.type !== 'assistant')
            continue;
        const message = object(entry.message);
        const usage = object(message?.usage);
        if (!message || !usage) {
            skipped++;
            continue;
        }
        const rawId = typeof message.id === 'string' ? message.id : typeof entry.uuid === 'string' ? entry.uuid : `line-${lineNo}`;
        const id = ID.test(rawId) ? rawId : `line-${lineNo}`;
        if (seen.has(id))
            continue;
        const model = typeof message.model === 'string' && MODEL.test(message.model) && message.model !== '<synthetic>' ? message.model : null;
        const u = [
            count(usage.input_tokens),
            count(usage.output_tokens),
            count(usage.cache_creation_input_tokens),
            count(usage.cache_read_input_tokens),
        ];
        const known = messages.get(id);
        if (!known)
            messages.set(id, { model, usage: u });
        else
            known.usage = known.usage.map((v, i) => Math.max(v, u[i]));
    }
    const byModel = new Map();
    for (const [id, m] of messages) {
        seen.add(id);
        const key = m.model ?? '';
        const t = byModel.get(key) ?? {
            model: m.model,
            inputTokens: 0,
            outputTokens: 0,
            cacheCreationTokens: 0,
            cacheReadTokens: 0,
            messages: 0,
            through: id,
        };
        t.inputTokens += m.usage[0];
        t.outputTokens += m.usage[1];
        t.cacheCreationTokens += m.usage[2];
        t.cacheReadTokens += m.usage[3];
        t.messages++;
        t.through = id;
        byModel.set(key, t);
    }
    const kept = [...seen].slice(-SEEN_LIMIT);
    return { byModel: [...byModel.values()].filter((t) => tokensOf(t) > 0), cursor: { ...next, seen: kept, lines: lineNo }, skipped };
}
/**
 * The usage of a Codex session log (a rollout file, ~/.codex/sessions/…/rollout-*.jsonl)
 * since `cursor`: its `event_msg` lines of type `token_count` carry the session's running
 * totals (`info.total_token_usage`: input_tokens, of them cached_input_tokens, output_tokens);
 * what is new is the latest total less the one counted before. The model is the latest
 * `turn_context`'s. Input here is the uncached part; cached input is a cache read.
 */
function readCodexUsage(path, cursor) {
    const { lines, cursor: next } = readNewLines(path, cursor);
    let skipped = 0;
    let lineNo = cursor.lines;
    let model = cursor.model ?? null;
    let session = null;
    const before = cursor.totals ?? { input: 0, cached: 0, output: 0 };
    let totals = before;
    let through = null;
    let reports = 0;
    for (const line of lines) {
        lineNo++;
        const entry = parse(line);
        if (!entry) {
            if (line.trim() !== '')
                skipped++;
            continue;
        }
        const payload = object(entry.payload);
        if (entry.type === 'session_meta' && typeof payload?.id === 'string' && ID.test(payload.id))
            session = payload.id;
        if (entry.type === 'turn_context' && typeof payload?.model === 'string' && MODEL.test(payload.model))
            model = payload.model;
        if (entry.type !== 'event_msg' || payload?.type !== 'token_count')
            continue;
        const total = object(object(payload.info)?.total_token_usage);
        if (!total)
            continue;
        const t = { input: count(total.input_tokens), cached: count(total.cached_input_tokens), output: count(total.output_tokens) };
        // Totals only grow within a session; a smaller one is a new count (a resumed log): nothing is subtracted below zero.
        if (t.input + t.output < totals.input + totals.output)
            continue;
        totals = t;
        through = `line-${lineNo}`;
        reports++;
    }
    const input = Math.max(0, totals.input - totals.cached - (before.input - before.cached));
    const cached = Math.max(0, totals.cached - before.cached);
    const output = Math.max(0, totals.output - before.output);
    const byModel = through && input + cached + output > 0
        ? [{ model, inputTokens: input, outputTokens: output, cacheCreationTokens: 0, cacheReadTokens: cached, messages: reports, through }]
        : [];
    return { byModel, cursor: { ...next, lines: lineNo, totals, ...(model ? { model } : {}) }, skipped, session };
}
function tokensOf(t) {
    return t.inputTokens + t.outputTokens + t.cacheCreationTokens + t.cacheReadTokens;
}

;// CONCATENATED MODULE: ./shared/usage/hook.ts











const SESSION = /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]{0,199}$/;
/** Parses the hook's JSON; a clear error for anything else (the hook logs it and exits 0). */
function parseUsageHookInput(stdin, cwd) {
    let input;
    try {
        input = JSON.parse(stdin);
    }
    catch {
        throw new errors/* InputError */.dz(`hook input is not JSON (${(0,quote/* quote */.hD)(stdin.slice(0, 80))})`);
    }
    const o = (input ?? {});
    if (typeof o.session_id !== 'string' || !SESSION.test(o.session_id))
        throw new errors/* InputError */.dz(`hook input: session_id must be a session id, got ${(0,quote/* quote */.hD)(String(o.session_id).slice(0, 80))}`);
    if (typeof o.transcript_path !== 'string' || o.transcript_path === '')
        throw new errors/* InputError */.dz('hook input: transcript_path must be the path of the session transcript');
    return { sessionId: o.session_id, transcriptPath: o.transcript_path, cwd: typeof o.cwd === 'string' && o.cwd ? o.cwd : cwd };
}
/**
 * The Stop / SessionEnd hook: reads what is new in the session's transcript since
 * the last call for that session, queues it, and starts the detached recorder,
 * which prices and records it. Local files only: nothing here waits for the network.
 */
async function queueClaudeUsage(input, o) {
    return queueUsage(input.cwd, 'claude', `claude:${input.sessionId}`, input.sessionId, (cursor) => readClaudeUsage(input.transcriptPath, cursor), o);
}
/** A Codex session log (rollout-*.jsonl): the same, with its token_count totals. */
async function queueCodexUsage(cwd, logPath, o) {
    let session = null;
    const result = await queueUsage(cwd, 'codex', `codex:${logPath}`, () => session ??
        (0,external_node_path_.basename)(logPath, '.jsonl')
            .replace(/^rollout-/, '')
            .replace(/[^A-Za-z0-9._:@/+=-]/g, '-'), (cursor) => {
        const r = readCodexUsage(logPath, cursor);
        session = r.session ?? cursor.session ?? null;
        return { ...r, cursor: { ...r.cursor, ...(session ? { session } : {}) } };
    }, o);
    return result;
}
async function queueUsage(cwd, source, sessionKey, session, read, o) {
    const git = await git_git/* Git */.TU.open(cwd);
    const branch = await (0,agent_branches/* checkedOutBranch */.iD)(git);
    if (!branch)
        return { queued: 0, skippedLines: 0, started: false, reason: 'HEAD is detached: no agent branch to record for' };
    const file = await (0,refs/* gitFile */.PP)(git, queue/* USAGE_FILE */.ji);
    const time = o.now.toISOString();
    const outcome = (0,queue/* withUsageLock */.$w)(file.root, file.path, () => {
        const f = (0,queue/* readUsageFile */.e5)(file.path);
        const r = read(f.sessions[sessionKey]?.cursor ?? emptyCursor());
        const id = typeof session === 'string' ? session : session();
        let queued = 0;
        for (const t of r.byModel) {
            const data = {
                agent: branch,
                session: id,
                source,
                ...(t.model ? { model: t.model } : {}),
                inputTokens: t.inputTokens,
                outputTokens: t.outputTokens,
                cacheCreationTokens: t.cacheCreationTokens,
                cacheReadTokens: t.cacheReadTokens,
                through: t.through,
                messages: t.messages,
            };
            const key = (0,digest/* sha256Hex */.f)(JSON.stringify([branch, source, id, t.model, t.through]));
            if (f.recorded[key] || f.pending[key])
                continue;
            f.pending[key] = { since: time, branch, time, data };
            queued++;
        }
        f.sessions[sessionKey] = { cursor: r.cursor, at: time };
        (0,queue/* writeUsageFile */.xO)(file.root, file.path, f, o.now);
        return { queued, skippedLines: r.skipped, pending: Object.keys(f.pending).length };
    });
    let started = false;
    if (outcome.pending > 0 && o.cliScript) {
        startRecorder(o.cliScript, cwd, o.remote, o.configPath);
        started = true;
    }
    return { queued: outcome.queued, skippedLines: outcome.skippedLines, started };
}
/** Starts `agents record-usage --record-pending` (the CLI at `cliScript`), detached: it outlives the hook. */
function startRecorder(cliScript, cwd, remote, configPath) {
    const args = [
        cliScript,
        'agents',
        'record-usage',
        '--record-pending',
        '--remote',
        remote,
        ...(configPath ? ['--config', configPath] : []),
    ];
    const child = (0,external_node_child_process_.spawn)(process.execPath, args, { cwd, detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
}
/** One line in `<git folder>/orchestrator/usage.log`, where the hook and its recorder say what went wrong, silently. */
async function logUsageProblem(cwd, line) {
    try {
        const file = await (0,refs/* gitFile */.PP)(await git_git/* Git */.TU.open(cwd), queue/* USAGE_FILE */.ji);
        const log = (0,external_node_path_.join)((0,external_node_path_.dirname)(file.path), 'usage.log');
        (0,confine_path/* writeConfined */.ic)(file.root, log, `${line.replace(/[\r\n]+/g, ' ')}\n`, 'log', { append: true });
    }
    catch {
        /* nowhere to write */
    }
}


;// CONCATENATED MODULE: ./shared/commands/agents.ts













/** `orchestrator agents setup`: the agent's side of a role (permission settings and guide), merged into a person's files. */
const agentsCommand = {
    name: 'agents',
    summary: "Write the agent's side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging), the hooks (check-path before each edit, the brief at each session and prompt, usage after each turn) and a guide section, merged into your own files; --dry-run shows the changes. `agents brief`: what is new for this agent since it last asked (conflicts with both hunks, failing checks, guard, drift, blockers, assignments, merge order, review comments). `agents record-usage`: what the agent's model used since the last call (Claude Code's Stop and SessionEnd hook, or a Codex session log), priced and recorded in the background.",
    options: [
        {
            name: 'action',
            type: 'string',
            required: true,
            positional: 0,
            choices: ['setup', 'brief', 'record-usage'],
            description: "setup: write the files; brief: print what is new for this agent (nothing when nothing is); record-usage (reads the hook's JSON on stdin, or --codex-log; never fails: problems go to .git/orchestrator/usage.log).",
        },
        {
            name: 'role',
            type: 'string',
            choices: ['overseer', 'implementor'],
            description: 'The role (default: from the branch, else .orchestrator/agent.local).',
        },
        {
            name: 'agent',
            type: 'string',
            choices: ['claude', 'codex', 'generic'],
            default: 'claude',
            description: 'claude: .claude settings and CLAUDE.md; codex: .codex/rules and AGENTS.md (AGENTS.override.md for an implementor); generic: AGENTS.md only.',
        },
        {
            name: 'config',
            type: 'string',
            default: config_config/* DEFAULT_CONFIG_PATH */.Bi,
            description: 'Path of the configuration file, read from a trusted commit (never the work tree).',
        },
        { name: 'remote', type: 'string', default: 'origin', description: 'Git remote to read the trusted configuration from.' },
        {
            name: 'block',
            type: 'boolean',
            default: 'false',
            description: 'Claude Code: the check-path hook denies an edit of a file a sibling changed (default: it warns the agent).',
        },
        { name: 'dry-run', type: 'boolean', default: 'false', description: 'Show what would change; write nothing.' },
        {
            name: 'codex-log',
            type: 'string',
            description: 'record-usage: a Codex session log (~/.codex/sessions/…/rollout-*.jsonl) to read instead of the hook input.',
        },
        {
            name: 'record-pending',
            type: 'boolean',
            default: 'false',
            description: 'Internal: record the queued usage (the background recorder record-usage starts).',
        },
        {
            name: 'hook',
            type: 'boolean',
            default: 'false',
            description: 'brief: read a Claude Code or Codex SessionStart / UserPromptSubmit payload on stdin and answer as its hook (JSON with hookSpecificOutput.additionalContext); always exits 0.',
        },
        {
            name: 'fetch-timeout',
            type: 'integer',
            default: '3',
            description: 'brief: fetch the state branch and the feature branches first, stopped after this many seconds (0: read what is fetched).',
        },
        {
            name: 'record',
            type: 'boolean',
            description: 'brief: record a brief-delivered event (in the background) when something was told. Default: on with --hook.',
        },
        {
            name: 'token',
            type: 'string',
            description: 'brief: a GitHub token (default GITHUB_TOKEN or GH_TOKEN) to read new comments on your pull request.',
        },
    ],
    outputs: [],
    async run(values, ctx) {
        if (values.requireString('action') === 'record-usage')
            return recordUsage(values, ctx);
        if (values.requireString('action') === 'brief')
            return runBrief(values, ctx);
        const settings = agentsSettings(values);
        const { dryRun } = settings;
        const r = await setupAgents(settings, ctx);
        const changed = r.files.filter((f) => f.changed).map((f) => f.path);
        return {
            exitCode: 0,
            outputs: {},
            text: renderSetup(r, dryRun),
            json: { role: r.role, branch: r.branch, spec: r.spec, rules: r.rules, changed, dryRun },
        };
    },
};
function agentsSettings(values) {
    return {
        role: (0,settings/* choiceOf */.FH)(values, 'role'),
        agent: (0,settings/* choiceOf */.FH)(values, 'agent', 'claude'),
        remote: values.string('remote') ?? 'origin',
        configPath: values.string('config'),
        dryRun: values.bool('dry-run'),
        block: values.bool('block'),
    };
}
/**
 * `agents record-usage`: as a hook it never fails the agent (exit 0, nothing printed): a
 * problem goes to the usage log. With --codex-log a person or a wrapper runs it: a bad path is exit 2.
 */
async function recordUsage(values, ctx) {
    const remote = values.string('remote') ?? 'origin';
    const configPath = (0,config_source/* configPathOption */.d)(values.string('config'));
    const now = ctx.now();
    if (values.bool('record-pending')) {
        try {
            const r = await (0,recorder/* recordPendingUsage */.OF)(ctx.cwd, remote, ctx.logger, configPath, now);
            return { exitCode: 0, outputs: {}, text: `recorded ${r.usage} agent-usage and ${r.crossings} budget-crossed event(s)`, json: r };
        }
        catch (error) {
            await logUsageProblem(ctx.cwd, `${now.toISOString()} usage recorder: ${(0,errors/* messageOf */.bD)(error)}`);
            throw error;
        }
    }
    const queue = { now, cliScript: ctx.cliScript, remote, configPath };
    const codexLog = values.string('codex-log');
    if (codexLog !== undefined) {
        // The agent's own log, outside the workspace (~/.codex): read only as a regular .jsonl file, never through a link.
        const path = (0,external_node_path_.resolve)(ctx.cwd, codexLog);
        if (!path.endsWith('.jsonl') || codexLog.includes('\0'))
            throw new errors/* InputError */.dz(`--codex-log ${(0,quote/* quote */.hD)(codexLog)} must be a Codex session log (a .jsonl file)`);
        const r = await queueCodexUsage(ctx.cwd, path, queue);
        return { exitCode: 0, outputs: {}, text: `queued ${r.queued} stretch(es) of usage${r.reason ? ` (${r.reason})` : ''}`, json: r };
    }
    try {
        const input = parseUsageHookInput((0,external_node_fs_.readFileSync)(0, 'utf8'), process.env.CLAUDE_PROJECT_DIR || ctx.cwd);
        const r = await queueClaudeUsage(input, queue);
        if (r.reason)
            await logUsageProblem(input.cwd, `${now.toISOString()} usage hook: ${r.reason}`);
        return { exitCode: 0, outputs: {}, text: '', json: r };
    }
    catch (error) {
        await logUsageProblem(ctx.cwd, `${now.toISOString()} usage hook: ${(0,errors/* messageOf */.bD)(error)}`);
        return { exitCode: 0, outputs: {}, text: '', json: {} };
    }
}
/** `agents brief [--hook]`: never fails (exit 0); what could not be told is one line (the hook's systemMessage). */
async function runBrief(values, ctx) {
    const hook = values.bool('hook');
    const input = hook ? parseBriefHookInput((0,external_node_fs_.readFileSync)(0, 'utf8'), ctx.cwd) : { event: 'UserPromptSubmit', cwd: ctx.cwd };
    const token = values.string('token');
    const result = await agentBrief({
        cwd: input.cwd,
        remote: values.string('remote') ?? 'origin',
        configPath: (0,config_source/* configPathOption */.d)(values.string('config')),
        fetchTimeoutMs: Math.max(0, values.int('fetch-timeout') ?? 3) * 1000,
        cli: ctx.cliScript ? (0,cli_invocation/* cliInvocation */.XU)(ctx.cliScript, input.cwd) : 'npx orchestrator',
        cliScript: ctx.cliScript,
        record: values.has('record') ? values.bool('record') : hook,
        ...(token ? { github: { token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', repository: ctx.github.repository } } : {}),
        readRoleFile: ctx.localRoleFile === true,
        // A new session (or a compacted one) has lost what earlier ones were told: it hears everything still true.
        full: input.event === 'SessionStart',
        now: ctx.now(),
        logger: ctx.logger,
    });
    const json = { agent: result.agent, items: result.items, note: result.note, queued: result.queued };
    if (hook)
        return { exitCode: 0, outputs: {}, text: (0,neutralize/* jsonSafe */.y)(hookJson(input.event, result)), json };
    const text = [renderBrief(result), result.note ? `agent-orchestrator brief: ${result.note}` : ''].filter(Boolean).join('\n');
    return { exitCode: 0, outputs: {}, text, json };
}


/***/ }),

/***/ 2707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ identityBranch),
/* harmony export */   Eg: () => (/* binding */ featureOrIdentity),
/* harmony export */   pY: () => (/* binding */ SPEC_ID_OR_IDENTITY),
/* harmony export */   sX: () => (/* binding */ commandIdentity)
/* harmony export */ });
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4416);
/* harmony import */ var _naming_role_source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7061);
/* harmony import */ var _naming_role_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(198);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2635);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3768);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4435);







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
    const where = id.checkedOut ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(id.checkedOut)} is not an agent branch` : 'HEAD is detached';
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

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ trustedConfigOf),
/* harmony export */   FH: () => (/* binding */ choiceOf),
/* harmony export */   IC: () => (/* binding */ branchOrIdentity),
/* harmony export */   f1: () => (/* binding */ tasksTargetOf)
/* harmony export */ });
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4416);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8228);



function choiceOf(values, name, fallback) {
    return (values.string(name) ?? fallback);
}
/** `tasks-target` of sync-status and plan: where tasks.md is written. */
function tasksTargetOf(values) {
    return choiceOf(values, 'tasks-target', 'state');
}
/** `branch` of the commands that act on one agent branch: the flag, else (CLI) this checkout's own. */
async function branchOrIdentity(values, ctx, ws) {
    return values.string('branch') ?? (await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .identityBranch */ .B9)(ctx, ws));
}
/**
 * Where a command that decides a rule or a destination (a pull request's target, the state branch, which
 * features are registered) reads the configuration: a commit the branch it acts on cannot change (the pull
 * request's base, else that branch's overseer, else the default branch), never the checked-out work tree,
 * which in a push workflow is that branch's own.
 */
function trustedConfigOf(values, ctx) {
    return async (git) => ({
        kind: 'trusted',
        pullRequestBase: (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestBase */ .M)(ctx.github),
        branch: values.string('branch') ?? (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .branchOfRun */ .l)(ctx.github) ?? (await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_2__/* .checkedOutBranch */ .iD)(git)) ?? undefined,
    });
}


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   yj: () => (/* binding */ decodeBytes)
/* harmony export */ });
/* unused harmony exports gitQuote, pathBytes */
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1672);

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

/***/ 3257:
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

/***/ 8228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pullRequestBase),
/* harmony export */   l: () => (/* binding */ branchOfRun)
/* harmony export */ });
/** The base branch of the pull request the run is about, if it is about one. */
function pullRequestBase(gh) {
    if (!gh.eventName?.startsWith('pull_request'))
        return undefined;
    const pr = gh.event?.pull_request;
    const ref = gh.baseRef || (typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined);
    return ref || undefined;
}
/** The pushed branch, by name only (its content is not read). */
function branchOfRun(gh) {
    if (gh.ref?.startsWith('refs/heads/'))
        return gh.ref.slice('refs/heads/'.length);
    return gh.headRef || undefined;
}


/***/ }),

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ projectionAsFetched)
/* harmony export */ });
/* harmony import */ var _git_cat_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4435);
/* harmony import */ var _projection_projection_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7437);
/* harmony import */ var _paths__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5221);
/* harmony import */ var _remote_branch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4138);





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

/***/ 4088:
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

/***/ 4637:
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
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8060);



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

/***/ 5453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vx: () => (/* binding */ recordCrossings),
  OF: () => (/* binding */ recordPendingUsage)
});

// UNUSED EXPORTS: PARKED_REASON, tasksInProgress

// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(4952);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(7061);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(3867);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/views/state-store.ts + 5 modules
var state_store = __webpack_require__(6455);
// EXTERNAL MODULE: ./shared/state/projection/usage.ts
var usage = __webpack_require__(8191);
// EXTERNAL MODULE: ./shared/usage/pricing.ts
var pricing = __webpack_require__(4088);
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
var queue = __webpack_require__(4637);
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
