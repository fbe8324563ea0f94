export const id = 893;
export const ids = [893,643];
export const modules = {

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ runBranch),
/* harmony export */   Sp: () => (/* binding */ listAgentBranches),
/* harmony export */   Uq: () => (/* binding */ fetchScanBranches),
/* harmony export */   Yp: () => (/* binding */ fetchAgentBranches),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(501);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6422);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(919);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1277);





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
 * What a conflict scan needs of the remote with two processes whatever the
 * number of branches: one `ls-remote` (agent branches and the default
 * branch), one `fetch` of them all into private refs (and one for-each-ref
 * to read them back). A branch deleted in between is passed to `onGone`.
 */
async function fetchScanBranches(git, remote, naming, globs, onGone) {
    const { heads, defaultBranch } = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeadsAndDefault */ .od)(git, remote, [(0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming)]);
    const all = agentBranchesOf(heads, naming, []);
    const listed = globs.length ? agentBranchesOf(heads, naming, globs) : all;
    const names = listed.map((b) => b.name);
    const base = defaultBranch;
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, base && !names.includes(base) ? [...names, base] : names);
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    const baseSha = base ? fetched.get(base) : undefined;
    return {
        branches: listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) })),
        present: new Set(all.map((b) => b.name).filter((name) => fetched.has(name) || !names.includes(name))),
        ...(base && baseSha ? { base: { name: base, sha: baseSha } } : {}),
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
    const head = await (0,_git_refs__WEBPACK_IMPORTED_MODULE_3__/* .symbolicHead */ .dN)(git);
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

/***/ 6740:
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
var check_path = __webpack_require__(3684);
// EXTERNAL MODULE: ./shared/check-path/predicted.ts
var predicted = __webpack_require__(9678);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(1611);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(643);
// EXTERNAL MODULE: ./shared/state/log/as-fetched.ts
var as_fetched = __webpack_require__(9943);
// EXTERNAL MODULE: ./shared/state/log/remote-branch.ts + 1 modules
var remote_branch = __webpack_require__(3934);
// EXTERNAL MODULE: ./shared/integrate/order-input.ts
var order_input = __webpack_require__(5057);
// EXTERNAL MODULE: ./shared/integrate/merge-order.ts
var merge_order = __webpack_require__(9417);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(2363);
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
var cat_file = __webpack_require__(2474);
// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(9139);
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
var confine_path = __webpack_require__(7086);
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
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(455), __webpack_require__.e(995)]).then(__webpack_require__.bind(__webpack_require__, 8995));
    const { resolveRepository } = await __webpack_require__.e(/* import() */ 960).then(__webpack_require__.bind(__webpack_require__, 5960));
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
    await located.git.exec([
        ...args,
        '--refmap=',
        '--',
        remote,
        `+refs/heads/${stateBranch}:${(0,remote_branch/* privateStateRef */.KL)(remote, stateBranch)}`,
        `+refs/heads/${glob}:${siblings}`,
    ], { timeoutMs });
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
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/config/config.ts + 2 modules
var config_config = __webpack_require__(1462);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/agents/claude-rules.ts
var claude_rules = __webpack_require__(7035);
// EXTERNAL MODULE: ./shared/agents/agent-files.ts + 3 modules
var agent_files = __webpack_require__(5686);
// EXTERNAL MODULE: ./shared/agents/settings-file.ts
var settings_file = __webpack_require__(6429);
// EXTERNAL MODULE: ./shared/naming/role-file.ts
var role_file = __webpack_require__(5576);
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
        throw new errors/* InputError */.dz(`--role says ${(0,quote/* quote */.h)(options.role)} but branch ${(0,quote/* quote */.h)(branch)} is an ${parsed.role} branch; they must agree`);
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
        throw new errors/* InputError */.dz(`cannot tell the role: branch ${(0,quote/* quote */.h)(branch ?? '(detached)')} is not an agent branch and ${role_file/* ROLE_FILE */.AB} names none; pass --role overseer or --role implementor`);
    const integration = config.branches.integration ?? (await (0,git_remote/* remoteDefaultBranch */.Ki)(git, options.remote).catch(() => null)) ?? 'main';
    const configPath = options.configPath ?? config_config/* DEFAULT_CONFIG_PATH */.Bi;
    const rules = (0,claude_rules/* roleRules */.u8)(config, role, configPath, integration);
    const local = role === 'implementor';
    // Every file is read and checked through the one write gate before anything is written: no link is followed.
    const sidecar = await (0,refs/* gitFile */.PP)(git, 'orchestrator/agent-rules.json');
    const previous = readSidecar(sidecar.root, sidecar.path);
    const spec = id.feature ?? null;
    const hookCommand = ctx.cliScript ? (0,cli_invocation/* hookInvocation */.eM)(ctx.cliScript, root, process.env.PATH) : undefined;
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
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.h)(path)} (the rules agents setup wrote last time) is not ${rules instanceof Error ? `valid JSON (${rules.message})` : 'an object with "allow" and "deny" lists of rules'}; delete it and run agents setup again (it is rewritten); nothing was written`);
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
    throw new errors/* InputError */.dz(`the check-path hook ${(0,quote/* quote */.h)(command)} does not answer when Claude Code runs it (sh -c in ${(0,quote/* quote */.h)(root)}: ${why}); nothing was written. ` +
        'Run agents setup with the CLI the way the agent can start it: node on PATH, and the package installed in this project (npx), globally (npm install -g), or run as node <path>/bin/orchestrator.js');
}
/** Claude Code waits 10 s for a hook; the probe gives a loaded machine more before it calls the hook dead. */
const HOOK_PROBE_TIMEOUT_MS = 60_000;

// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(8482);
;// CONCATENATED MODULE: ./shared/commands/agents.ts









/** `orchestrator agents setup`: the agent's side of a role (permission settings and guide), merged into a person's files. */
const agentsCommand = {
    name: 'agents',
    summary: "Write the agent's side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging), a guide section and the brief hooks, merged into your own files; --dry-run shows the changes. `agents brief`: what is new for this agent since it last asked (conflicts with both hunks, failing checks, guard, drift, blockers, assignments, merge order, review comments).",
    options: [
        {
            name: 'action',
            type: 'string',
            required: true,
            positional: 0,
            choices: ['setup', 'brief'],
            description: 'setup: write the files; brief: print what is new for this agent (nothing when nothing is).',
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
        if (values.string('action') === 'brief')
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

/***/ 8482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ trustedConfigOf),
/* harmony export */   FH: () => (/* binding */ choiceOf),
/* harmony export */   IC: () => (/* binding */ branchOrIdentity),
/* harmony export */   f1: () => (/* binding */ tasksTargetOf)
/* harmony export */ });
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(717);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3330);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);



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
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.path} and ${second.path} disagree: ${key} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(a ?? '(none)')} versus ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!KEYS.includes(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: unknown key ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .specIdProblem */ .Gr)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(flagRole)} is not valid; expected overseer or implementor`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(agent)} is not an agent of the naming (expected ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(naming.overseer)}, ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(naming.implementor.replace('{n}', '2'))} or a branch like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)((0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, feature ?? '004-user-auth', 'implementor', 2))})`);
    if (role && asBranch.role !== role)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(agent)} is an ${asBranch.role}, but the file says role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(role)}`);
    if (feature && asBranch.spec && asBranch.spec !== feature)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(agent)} belongs to feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(asBranch.spec)}, but the file says feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(feature)}`);
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
        .map(([k, v]) => `${k} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(v)}`)
        .join(', ');
    const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(parsed.spec)}`;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path} says ${fileSays}, but branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`);
}
/** One line for the CLI: the identity and where each part came from. */
function describeIdentity(id) {
    if (!id.role && !id.feature)
        return 'no role: the branch is not an agent branch and no role file names one';
    const from = (s) => s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(id.checkedOut ?? '')}` : 'the command line';
    const parts = [];
    if (id.role)
        parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`);
    if (id.feature)
        parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`);
    return `working as ${parts.join(', ')}`;
}


/***/ }),

/***/ 1586:
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


/***/ })

};
