export const id = 382;
export const ids = [382];
export const modules = {

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ setIndexEntry),
/* harmony export */   Nz: () => (/* binding */ checkoutIndex),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   WM: () => (/* binding */ writeTree),
/* harmony export */   Zc: () => (/* binding */ readTree)
/* harmony export */ });
/** Loads `treeish` into the index (`--end-of-options` when the name comes from elsewhere). */
async function readTree(git, treeish, env, options = {}) {
    if (options.endOfOptions)
        await git.exec(['read-tree', '--end-of-options', treeish], { env });
    else
        await git.run(['read-tree', treeish], { env });
}
/** Puts `blob` at `path` with `mode` (`add`: the path may be new to the index). */
async function setIndexEntry(git, entry, env) {
    await git.run(['update-index', ...(entry.add ? ['--add'] : []), '--cacheinfo', `${entry.mode},${entry.blob},${entry.path}`], { env });
}
/** The tree the index holds, written to the object store. */
async function writeTree(git, env) {
    return git.run(['write-tree'], { env });
}
/** A commit of `tree` on `parent`; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
async function commitTree(git, tree, parent, message, env) {
    return git.run(['commit-tree', tree, '-p', parent, '-m', message], { env });
}
/** Writes every file of the index into the work tree `env` names (run from `cwd`). */
async function checkoutIndex(git, env, cwd) {
    await git.exec(['checkout-index', '--all', '--force'], { env, cwd });
}


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ commitFileWithLease)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1581);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(501);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(187);
/* harmony import */ var _git_index_file__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5354);








/**
 * Rewrites one file on a code branch as a compare-and-swap: read the tip,
 * transform the file, commit with plumbing (a temporary index, so the user's
 * index and working tree are untouched), push leased on the tip we read, and
 * on a lost race start again from the new tip. Returns the new commit, or
 * null when the file already had the wanted content.
 */
async function commitFileWithLease(git, remote, branch, path, transform, message, logger, maxAttempts = 6) {
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const tip = (await (0,_git_remote__WEBPACK_IMPORTED_MODULE_4__/* .fetchBranches */ .r4)(git, remote, [branch])).get(branch);
        if (!tip)
            throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .StateError */ .qq(`branch ${branch} is not on ${remote}; cannot update ${path}`);
        const entry = await (0,_git_objects__WEBPACK_IMPORTED_MODULE_6__/* .lsTreeEntry */ .QR)(git, tip, path);
        const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(entry);
        if (!m)
            throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .StateError */ .qq(`${path} is not a file on ${branch}`);
        const before = await git.readBlob(m[2]);
        const after = transform(before);
        if (after === before)
            return null;
        const blob = await git.writeBlob(after);
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'orch-index-'));
        let commit;
        try {
            const env = { GIT_INDEX_FILE: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'index') };
            await (0,_git_index_file__WEBPACK_IMPORTED_MODULE_7__/* .readTree */ .Zc)(git, tip, env);
            await (0,_git_index_file__WEBPACK_IMPORTED_MODULE_7__/* .setIndexEntry */ .Fj)(git, { mode: m[1], blob, path }, env);
            const tree = await (0,_git_index_file__WEBPACK_IMPORTED_MODULE_7__/* .writeTree */ .WM)(git, env);
            commit = await (0,_git_index_file__WEBPACK_IMPORTED_MODULE_7__/* .commitTree */ .SC)(git, tree, tip, message, {
                GIT_AUTHOR_NAME: 'agent-orchestrator',
                GIT_AUTHOR_EMAIL: 'agent-orchestrator@users.noreply.github.com',
                GIT_COMMITTER_NAME: 'agent-orchestrator',
                GIT_COMMITTER_EMAIL: 'agent-orchestrator@users.noreply.github.com',
            });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        }
        if (await (0,_git_remote__WEBPACK_IMPORTED_MODULE_4__/* .pushIfAt */ .ZL)(git, remote, branch, tip, commit))
            return commit;
        logger.debug(`${branch} moved while updating ${path} (attempt ${attempt}); retrying`);
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(100 * attempt + Math.floor(Math.random() * 100));
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_5__/* .StateError */ .qq(`could not update ${path} on ${branch} after ${maxAttempts} attempts: the branch kept moving. Nothing was overwritten.`);
}


/***/ }),

/***/ 2902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lp: () => (/* binding */ agentName),
  nc: () => (/* binding */ renderTasksFile)
});

// UNUSED EXPORTS: taskOwners

// EXTERNAL MODULE: ./shared/state/projection/roles.ts
var roles = __webpack_require__(4639);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var tasks_lines = __webpack_require__(3818);
// EXTERNAL MODULE: ./shared/tasks/parse-tasks.ts + 1 modules
var parse_tasks = __webpack_require__(2107);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(5747);
;// CONCATENATED MODULE: ./shared/tasks/update-tasks.ts



/**
 * Sets tasks open or done. Only tasks whose state changes are touched, and of
 * those only the checkbox character (plus, with `annotate`, our trailing
 * comment: written or replaced when a task is finished with `meta`, removed
 * when it is reopened). Every other byte is kept, including line endings,
 * trailing spaces and a missing final newline. If an id is given more than
 * once, the last change wins. A duplicate id in the file is an InputError
 * (see `parseTasks`), because it is not clear which line to change.
 */
function updateTasks(text, changes, options = {}) {
    const doc = (0,parse_tasks/* parseTasks */.E)(text, options.file);
    const wanted = new Map(changes.map((change) => [change.id, change]));
    const lines = (0,tasks_lines/* splitLines */.u)(text);
    const edits = [];
    const changed = [];
    for (const task of doc.tasks) {
        const change = wanted.get(task.id);
        if (!change || change.done === task.done)
            continue;
        const line = lines[task.line - 1];
        if (change.onlyOurs && !task_line/* DONE_COMMENT */.$y.test(line.content))
            continue;
        const match = (0,task_line/* matchTaskLine */.DP)(line.content);
        changed.push(task.id);
        const checkbox = line.start + match.checkboxOffset;
        edits.push({ start: checkbox, end: checkbox + 1, text: change.done ? 'X' : ' ' });
        // Our comment goes with our tick (always when we only undo our own tick).
        if (!change.done && task_line/* DONE_COMMENT */.$y.test(line.content) && (options.annotate || change.onlyOurs))
            edits.push(annotation(line.content, line.start, ''));
        if (!options.annotate)
            continue;
        if (change.done && change.meta)
            edits.push(annotation(line.content, line.start, ` ${doneComment(change.meta)}`));
    }
    const known = new Set(doc.tasks.map((task) => task.id));
    const unknown = [...new Set(changes.map((change) => change.id).filter((id) => !known.has(id)))];
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    }
    return { text: result, changed, unknown };
}
/**
 * An edit that puts `replacement` where our comment is (with the spaces before
 * it), or, if there is none, after the line's text and before its trailing
 * spaces, which are kept as they were.
 */
function annotation(content, lineStart, replacement) {
    const existing = content.match(task_line/* DONE_COMMENT */.$y);
    let start;
    let end;
    if (existing) {
        end = existing.index + existing[0].length;
        start = existing.index;
    }
    else {
        end = content.length;
        while (end > 0 && (content[end - 1] === ' ' || content[end - 1] === '\t'))
            end--;
        start = end;
    }
    while (start > 0 && (content[start - 1] === ' ' || content[start - 1] === '\t'))
        start--;
    return { start: lineStart + start, end: lineStart + end, text: replacement };
}
/**
 * `<!-- done: <time> <commit7> <agent> -->` (done on the agent's branch) or `<!-- merged: … -->`
 * (merged into the branch it goes to), with values that cannot end the comment early.
 */
function doneComment(meta) {
    const commit = clean(meta.commit, 7);
    return `<!-- ${meta.merged ? 'merged' : 'done'}: ${clean(meta.time, 40)} ${commit} ${clean(meta.agent, 64)} -->`;
}
// Keeps timestamps, hex ids and agent names as they are; anything else,
// notably `<`, `>`, `!`, spaces and newlines, becomes `_`, and `--` is
// collapsed so the value can neither close the comment nor split its fields.
function clean(value, max) {
    const safe = value
        .replace(/[^A-Za-z0-9._:+@/-]/g, '_')
        .replace(/-{2,}/g, '-')
        .slice(0, max);
    return safe === '' ? 'unknown' : safe;
}

// EXTERNAL MODULE: ./shared/tasks/owner-comment.ts
var owner_comment = __webpack_require__(1490);
;// CONCATENATED MODULE: ./shared/sync-status/render-tasks.ts


/**
 * tasks.md with every task the events say is done ticked (and, with
 * `annotate`, a trailing comment naming time, commit and agent), and each
 * task a plan assigned carrying its `<!-- owner: impl-n -->` comment. Tasks a
 * person ticked by hand stay ticked; a task ticked by us (our done comment)
 * whose state is no longer done is un-ticked; nothing else in the file changes.
 * `changed` lists ticked tasks, `owned` tasks whose owner comment changed.
 */
function renderTasksFile(source, feature, annotate) {
    const changes = [];
    for (const [id, status] of Object.entries(feature?.tasks ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        // Opened again (its commit vanished): our own tick goes, with our comment; a person's tick stays.
        if (status.state !== 'done') {
            changes.push({ id, done: false, onlyOurs: true });
            continue;
        }
        const agent = status.agent.split('/').pop() ?? status.agent;
        const merged = Boolean(feature?.merged?.[id]?.[status.commit]);
        changes.push({ id, done: true, meta: { time: status.time, commit: status.commit, agent, ...(merged ? { merged } : {}) } });
    }
    const result = updateTasks(source, changes, { annotate });
    const owners = feature ? taskOwners(feature) : new Map();
    const owned = owners.size ? (0,owner_comment/* setOwners */.Po)(result.text, owners) : { text: result.text, changed: [] };
    return { text: owned.text, changed: result.changed, owned: owned.changed };
}
/** Task id → `impl-<n>` of the agent the latest plan gave it. */
function taskOwners(feature) {
    const owners = new Map();
    for (const [id, a] of Object.entries(feature.assignments ?? {})) {
        const name = agentName(feature, a.agent);
        if (name)
            owners.set(id, name);
    }
    return owners;
}
/** `impl-<n>` for an implementor branch (by its registration, else its name), or null. */
function agentName(feature, branch) {
    const agent = feature.agents[branch];
    const n = agent ? (0,roles/* viewIndex */.ue)(agent) : Number(/impl-([1-9]\d{0,2})$/.exec(branch)?.[1] ?? 0) || null;
    return n ? `impl-${n}` : null;
}


/***/ }),

/***/ 9382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ stateTasksPath),
  e: () => (/* binding */ syncStatus)
});

// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6310);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
;// CONCATENATED MODULE: ./shared/tasks/progress.ts
/**
 * Counts finished tasks per phase and overall. `states` overrides what the
 * file says (e.g. tasks that commits marked done but the file does not show
 * yet); ids in it that the document lacks are ignored. Tasks before the first
 * phase heading count only in the overall figure.
 */
function tasksProgress(doc, states) {
    const isDone = (id, fileSays) => {
        const state = states instanceof Map ? states.get(id) : states?.[id];
        return typeof state === 'boolean' ? state : fileSays;
    };
    const done = new Map(doc.tasks.map((task) => [task.id, isDone(task.id, task.done)]));
    const phases = doc.phases.map((phase) => ({
        phase: phase.title,
        done: phase.taskIds.filter((id) => done.get(id)).length,
        total: phase.taskIds.length,
    }));
    const overall = { done: [...done.values()].filter(Boolean).length, total: doc.tasks.length };
    return { phases, overall };
}

// EXTERNAL MODULE: ./shared/sync-status/render-tasks.ts + 1 modules
var render_tasks = __webpack_require__(2902);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/tasks/task-references.ts
var task_references = __webpack_require__(403);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(8423);
;// CONCATENATED MODULE: ./shared/sync-status/read-commits.ts

/** Bounds what one sync reads, so a huge push cannot stall or flood the state. */
const MAX_COMMITS_PER_SYNC = 5000;
const MAX_MESSAGE = 64 * 1024;
/**
 * Commits in `range` (e.g. `base..head`), oldest first. Fields are separated
 * by NUL and records by RS, which a commit message cannot smuggle in through
 * git log's formatting (NUL cannot appear in a message).
 */
async function readCommits(git, from, to) {
    const range = from ? [`${from}..${to}`] : [to];
    const out = await (0,git_history/* logText */.kc)(git, { format: '%H%x00%an%x00%cI%x00%B%x00%x1e', range, reverse: true, maxCount: MAX_COMMITS_PER_SYNC });
    const commits = [];
    for (const record of out.split('\x00\x1e')) {
        const trimmed = record.replace(/^\n/, '');
        if (!trimmed)
            continue;
        const [sha, author, time, message = ''] = trimmed.split('\x00');
        if (!/^[0-9a-f]{40,64}$/.test(sha))
            continue;
        commits.push({ sha, author, time, message: message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE) : message });
    }
    return commits;
}

;// CONCATENATED MODULE: ./shared/sync-status/reconcile.ts


/**
 * Tasks this branch ticked (or started) with a commit the branch no longer has (a reset
 * or a force-push, or a local commit the hook saw that was never pushed): each is made
 * open again by a task-updated event that says why. A task that a commit still on the
 * branch mentions is left to that commit's event. The event is stamped just after the
 * one it corrects, so a later commit that finishes the task again still wins.
 */
async function vanishedTaskEvents(git, feature, branch, head, stillMentioned, ctx) {
    const out = [];
    for (const [id, status] of Object.entries(feature?.tasks ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (status.agent !== branch || status.state === 'open' || stillMentioned.has(id))
            continue;
        const known = await git.resolveCommit(status.commit);
        if (known && (await git.isAncestor(known, head)))
            continue;
        const message = `commit ${status.commit.slice(0, 7)} is no longer on ${branch} (reset or force-push, or never pushed): ${id} is open again`;
        ctx.logger.notice(message);
        const time = new Date(Date.parse(status.time) + 1);
        out.push((0,events/* makeEvent */.Ld)('task-updated', feature.spec, { taskId: id, state: 'open', commit: status.commit, agent: branch, message }, { actor: ctx.actor, time }));
    }
    return out;
}
/**
 * Done tasks whose commit is now reachable from the branch it merges into (an
 * implementor's from its overseer branch, the overseer's from the feature's base):
 * one task-merged event each. Squash merges leave no reachable commit: those come
 * from the merged pull request (open-pr on the closed event).
 */
async function mergedTaskEvents(git, config, feature, heads, ctx) {
    if (!feature)
        return [];
    const overseer = (0,branch_pattern/* formatBranch */.gK)(config.branches, feature.spec, 'overseer');
    const out = [];
    for (const [id, status] of Object.entries(feature.tasks).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (status.state !== 'done' || feature.merged?.[id]?.[status.commit])
            continue;
        const into = status.agent === overseer ? feature.registration?.baseBranch : overseer;
        const target = into ? heads.get(into) : undefined;
        if (!into || !target || !(await git.resolveCommit(status.commit)) || !(await git.isAncestor(status.commit, target)))
            continue;
        out.push((0,events/* makeEvent */.Ld)('task-merged', feature.spec, { taskId: id, commit: status.commit, into }, { actor: ctx.actor, time: ctx.now() }));
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/sync-status/sync-branch.ts






function subjectOf(message) {
    return (message.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 200);
}
/**
 * Reads the commits of one agent branch that are new since its last sync and
 * turns their task references into task events. After a force-push (the last
 * synced commit is no longer an ancestor) it starts again from the merge base
 * with the overseer branch; event keys (commit + task) keep that idempotent.
 */
async function syncBranch(target, input) {
    const { git, config, projection, heads, knownIds, ctx } = input;
    const head = heads.get(target.branch) ?? null;
    const result = {
        ...target,
        head,
        from: null,
        forcePushed: false,
        commits: 0,
        done: [],
        inProgress: [],
        unknown: [],
        events: [],
    };
    if (!head) {
        ctx.logger.warning(`branch ${target.branch} is not on the remote; nothing to sync`);
        return result;
    }
    const last = (0,queries/* lastSyncedSha */.DC)(projection, target.branch, target.spec);
    if (last === head)
        return result;
    let from = null;
    if (last && (await git.resolveCommit(last)) && (await git.isAncestor(last, head)))
        from = last;
    else {
        const overseer = (0,branch_pattern/* formatBranch */.gK)(config.branches, target.spec, 'overseer');
        const against = target.role === 'implementor' ? heads.get(overseer) : heads.get(projection.features[target.spec]?.registration?.baseBranch ?? '');
        from = against ? await git.mergeBase(against, head) : null;
        if (last) {
            result.forcePushed = true;
            ctx.logger.notice(`${target.branch} was force-pushed (the last synced commit ${last.slice(0, 7)} is no longer in its history); re-reading from ${from ? `the merge base ${from.slice(0, 7)}` : 'the start'}`);
        }
    }
    result.from = from;
    const commits = await readCommits(git, from, head);
    result.commits = commits.length;
    if (commits.length === MAX_COMMITS_PER_SYNC)
        ctx.logger.warning(`${target.branch}: only the newest ${MAX_COMMITS_PER_SYNC} commits were read`);
    const feature = projection.features[target.spec];
    const doneBefore = new Set(Object.entries(feature?.tasks ?? {})
        .filter(([, t]) => t.state === 'done')
        .map(([id]) => id));
    const done = new Set();
    const inProgress = new Set();
    // Commit times have one-second resolution; events of later commits must
    // still sort later ("latest" wins in the projection), so times only grow.
    let lastTime = 0;
    for (const commit of commits) {
        const time = Math.max(Date.parse(commit.time) || 0, lastTime + 1);
        lastTime = time;
        const refs = (0,task_references/* taskReferences */.C)(commit.message);
        const unknown = knownIds ? refs.filter((r) => !knownIds.has(r.id)).map((r) => r.id) : [];
        if (unknown.length) {
            result.unknown.push({ commit: commit.sha, ids: unknown });
            ctx.logger.warning(`commit ${commit.sha.slice(0, 7)} on ${target.branch} refers to ${unknown.join(', ')}, not in ${input.tasksFile}`);
        }
        for (const ref of refs) {
            if (unknown.includes(ref.id))
                continue;
            // A task that is done stays done: a later mention does not reopen it.
            if (!ref.done && (done.has(ref.id) || doneBefore.has(ref.id)))
                continue;
            const state = ref.done ? 'done' : 'in-progress';
            if (ref.done) {
                done.add(ref.id);
                inProgress.delete(ref.id);
            }
            else
                inProgress.add(ref.id);
            // Later than whatever the state holds for the task (a task opened again by a vanished commit a moment
            // ago must not outrank a commit made within the same second).
            const prior = Date.parse(feature?.tasks[ref.id]?.time ?? '') || 0;
            result.events.push((0,events/* makeEvent */.Ld)('task-updated', target.spec, { taskId: ref.id, state, commit: commit.sha, agent: target.branch, message: subjectOf(commit.message) }, { actor: ctx.actor, time: new Date(Math.max(time, prior + 1)) }));
        }
    }
    // Only history that was rewritten (or local commits never pushed) can lose commits.
    if (target.role === 'implementor' && result.forcePushed) {
        const mentioned = new Set(result.events.filter((e) => e.kind === 'task-updated').map((e) => e.data.taskId));
        result.events.push(...(await vanishedTaskEvents(git, feature, target.branch, head, mentioned, ctx)));
    }
    result.done = [...done];
    result.inProgress = [...inProgress];
    result.events.push((0,events/* makeEvent */.Ld)('branch-synced', target.spec, { branch: target.branch, sha: head }, { actor: ctx.actor, time: ctx.now() }));
    return result;
}

// EXTERNAL MODULE: ./shared/sync-status/tasks-source.ts
var tasks_source = __webpack_require__(9423);
// EXTERNAL MODULE: ./shared/sync-status/commit-file.ts
var commit_file = __webpack_require__(3145);
// EXTERNAL MODULE: ./shared/sync-status/owner-mismatch.ts
var owner_mismatch = __webpack_require__(9205);
;// CONCATENATED MODULE: ./shared/sync-status/sync-status.ts














/** Where the rendered tasks.md goes on the state branch. */
function stateTasksPath(spec) {
    return `features/${spec}/tasks.md`;
}
async function syncStatus(options, deps) {
    const { git, remote, config, store, dryRun, ctx } = deps;
    const empty = {
        skippedBranches: [],
        branches: [],
        features: [],
        tasksDone: [],
        tasksInProgress: [],
        progress: '0/0',
        stateCommit: null,
        eventsAdded: 0,
        dryRun,
    };
    let targets;
    const skippedBranches = [];
    if (options.all) {
        if (options.branch)
            throw new errors/* InputError */.dz('give either branch or all: true, not both');
        const listed = await (0,agent_branches/* listAgentBranches */.Sp)(git, remote, config.branches);
        if (listed.length === 0)
            return { ...empty, skipped: `no agent branches matching ${config.branches.pattern} on ${remote}` };
        // Only the features registered (init-feature) by default: other branches that happen to fit the pattern are strangers.
        const registered = (await store.read()).projection.features;
        const features = new Set(options.features ?? []);
        const globs = options.branchGlobs ?? [];
        const chosen = globs.length ? picomatch_default()([...globs], { dot: true }) : () => false;
        const explicit = features.size > 0 || globs.length > 0;
        targets = [];
        for (const { name, spec, role, index } of listed) {
            const keep = explicit ? features.has(spec) || chosen(name) : Boolean(registered[spec]?.registration);
            if (keep)
                targets.push({ branch: name, spec, role, ...(index ? { index } : {}) });
            else
                skippedBranches.push({
                    branch: name,
                    reason: explicit
                        ? 'not selected by --feature or --branches'
                        : `feature ${spec} is not registered (no feature-registered event); select it with --feature ${spec} or --branches`,
                });
        }
        if (targets.length === 0)
            return { ...empty, skippedBranches, skipped: `none of the ${listed.length} agent branch(es) on ${remote} selected` };
    }
    else {
        const branch = options.branch ?? (await (0,agent_branches/* runBranch */.KZ)(git, ctx));
        if (!branch)
            throw new errors/* InputError */.dz('no branch to sync: pass branch (or all: true); HEAD is detached and the run names no branch');
        (0,validate/* validateBranchName */.eg)(branch, 'branch');
        const parsed = (0,branch_pattern/* parseBranch */.Qd)(config.branches, branch);
        if (!parsed) {
            ctx.logger.notice(`${branch} is not an agent branch (pattern ${config.branches.pattern}); nothing to sync`);
            return { ...empty, skipped: `${branch} is not an agent branch` };
        }
        targets = [{ branch, ...parsed }];
    }
    const specs = [...new Set(targets.map((t) => t.spec))].sort();
    ctx.progress?.(`Reading state from ${store.branch}...`);
    const snapshot = await store.read();
    const overseers = specs.map((s) => (0,branch_pattern/* formatBranch */.gK)(config.branches, s, 'overseer'));
    const bases = specs.map((s) => snapshot.projection.features[s]?.registration?.baseBranch).filter((b) => Boolean(b));
    const wanted = [...new Set([...targets.map((t) => t.branch), ...overseers, ...bases])];
    ctx.progress?.(`Fetching ${wanted.length} branch(es)...`);
    const heads = await fetchExisting(git, remote, wanted);
    if (options.local) {
        for (const t of targets) {
            const sha = await git.resolveCommit(`refs/heads/${t.branch}`);
            if (sha)
                heads.set(t.branch, sha);
        }
    }
    const sources = new Map();
    for (const spec of specs) {
        const file = config.tasks.file.replace('{spec}', spec);
        const own = targets.filter((t) => t.spec === spec).map((t) => heads.get(t.branch));
        sources.set(spec, await (0,tasks_source/* readTasksSource */.E)(git, [heads.get((0,branch_pattern/* formatBranch */.gK)(config.branches, spec, 'overseer')), ...own], file, ctx.logger));
    }
    const syncs = [];
    for (const target of targets) {
        const source = sources.get(target.spec);
        const knownIds = source.doc ? new Set(source.doc.tasks.map((t) => t.id)) : null;
        ctx.progress?.(`Syncing ${target.branch}...`);
        syncs.push(await syncBranch(target, { git, config, projection: snapshot.projection, heads, knownIds, tasksFile: source.file, ctx }));
    }
    const events = syncs.flatMap((s) => s.events);
    // Tasks whose commits reached the branch they merge into (the overseer's, or the base for the overseer's own).
    for (const spec of specs)
        events.push(...(await mergedTaskEvents(git, config, snapshot.projection.features[spec], heads, ctx)));
    const files = (projection) => {
        const out = [];
        if (options.tasksTarget !== 'state')
            return out;
        for (const spec of specs) {
            const source = sources.get(spec);
            if (source.text !== null)
                out.push([stateTasksPath(spec), (0,render_tasks/* renderTasksFile */.nc)(source.text, projection.features[spec], options.annotate).text]);
        }
        return out;
    };
    const appended = events.length ? await store.append(events, { files }) : null;
    // A dry run shows the progress the run would record.
    const after = appended ? appended.projection : snapshot.projection;
    const features = [];
    for (const spec of specs) {
        const source = sources.get(spec);
        let changed = [];
        let owned = [];
        if (source.text !== null)
            ({ changed, owned } = (0,render_tasks/* renderTasksFile */.nc)(source.text, after.features[spec], options.annotate));
        if (options.tasksTarget === 'overseer' && source.text !== null && (changed.length || owned.length) && !dryRun) {
            const overseer = (0,branch_pattern/* formatBranch */.gK)(config.branches, spec, 'overseer');
            await (0,commit_file/* commitFileWithLease */.q)(git, remote, overseer, source.file, (text) => (0,render_tasks/* renderTasksFile */.nc)(text, after.features[spec], options.annotate).text, `orchestrator: tick ${changed.length} task(s) in ${source.file}`, ctx.logger);
        }
        features.push(progressOf(spec, source, after.features[spec], changed));
    }
    const tasksDone = [...new Set(syncs.flatMap((s) => s.done))].sort();
    const tasksInProgress = [...new Set(syncs.flatMap((s) => s.inProgress))].filter((id) => !tasksDone.includes(id)).sort();
    const total = features.reduce((n, f) => n + f.total, 0);
    const done = features.reduce((n, f) => n + f.done, 0);
    return {
        skippedBranches,
        branches: syncs,
        features,
        tasksDone,
        tasksInProgress,
        progress: `${done}/${total}`,
        stateCommit: appended?.pushed ? appended.commit : null,
        eventsAdded: appended?.added.length ?? 0,
        dryRun,
    };
}
async function fetchExisting(git, remote, branches) {
    const existing = await git.lsRemote(remote, branches.map((b) => `refs/heads/${b}`));
    const present = branches.filter((b) => existing.has(`refs/heads/${b}`));
    return (0,git_remote/* fetchBranches */.r4)(git, remote, present);
}
function progressOf(spec, source, feature, changed) {
    const doneIds = new Map();
    for (const [id, t] of Object.entries(feature?.tasks ?? {}))
        if (t.state === 'done')
            doneIds.set(id, true);
    const agents = new Map();
    for (const t of Object.values(feature?.tasks ?? {})) {
        const a = agents.get(t.agent) ?? { done: 0, inProgress: 0 };
        if (t.state === 'done')
            a.done++;
        else if (t.state === 'in-progress')
            a.inProgress++;
        agents.set(t.agent, a);
    }
    const agentRows = [...agents.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([branch, c]) => ({ branch, ...c }));
    if (source.doc) {
        const p = tasksProgress(source.doc, doneIds);
        const inProgress = source.doc.tasks.filter((t) => !t.done && feature?.tasks[t.id]?.state === 'in-progress').length;
        return {
            spec,
            done: p.overall.done,
            inProgress,
            total: p.overall.total,
            phases: p.phases,
            agents: agentRows,
            tasksFile: source.file,
            tasksFileChanged: changed,
            doneByOthers: feature ? (0,owner_mismatch/* doneByOthers */.F)(feature) : [],
        };
    }
    const p = feature ? (0,queries/* taskProgress */.hv)(feature) : { done: 0, inProgress: 0, total: 0 };
    return {
        spec,
        done: p.done,
        inProgress: p.inProgress,
        total: p.total,
        phases: [],
        agents: agentRows,
        tasksFile: null,
        tasksFileChanged: changed,
        doneByOthers: feature ? (0,owner_mismatch/* doneByOthers */.F)(feature) : [],
    };
}


/***/ }),

/***/ 9423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTasksSource)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2107);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(187);


/**
 * The feature's tasks.md as the first of `commits` that has it holds it
 * (normally the overseer branch, then the agent's own branch).
 * A malformed file (duplicate ids) stops the sync: nothing is written.
 */
async function readTasksSource(git, commits, file, logger) {
    for (const commit of commits) {
        if (!commit)
            continue;
        const text = await (0,_git_objects__WEBPACK_IMPORTED_MODULE_0__/* .readFileAt */ ._T)(git, commit, file);
        if (text === null)
            continue;
        return { file, text, doc: (0,_tasks__WEBPACK_IMPORTED_MODULE_1__/* .parseTasks */ .E)(text, file), commit };
    }
    logger.notice(`${file} was not found; every task id in commit messages is accepted`);
    return { file, text: null, doc: null, commit: null };
}


/***/ }),

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ plainDescription),
/* harmony export */   Po: () => (/* binding */ setOwners),
/* harmony export */   s7: () => (/* binding */ estimateIn)
/* harmony export */ });
/* unused harmony export ESTIMATE_COMMENT */
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3818);
/* harmony import */ var _parse_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2107);
/* harmony import */ var _task_line__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5747);



/**
 * `<!-- owner: impl-2 -->`: the agent a plan gave the task to. It renders as
 * nothing on GitHub and leaves the spec-kit syntax alone. It sits after the
 * description and before our `done` comment, which must stay last on the line.
 */

/** `<!-- estimate: 2 -->` (a positive number): the weight a plan gives the task when it balances the load. */
const ESTIMATE_COMMENT = /<!-- estimate: (\d{1,4}(?:\.\d{1,2})?) -->/;
const OWNER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function estimateIn(description) {
    const m = description.match(ESTIMATE_COMMENT);
    const value = m ? Number(m[1]) : NaN;
    return value > 0 ? value : undefined;
}
/** The description without an estimate comment, for display. */
function plainDescription(description) {
    return description
        .replace(new RegExp(ESTIMATE_COMMENT.source, 'g'), '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
}
/**
 * Writes the owner comment of each task in `owners` (replacing an existing
 * one), changing nothing else; tasks not named keep whatever they have.
 * Returns the ids whose line changed, in file order. An owner name that is not
 * a plain agent name is refused, since it would land inside a comment.
 */
function setOwners(text, owners, file = 'tasks.md') {
    for (const name of owners.values())
        if (!OWNER_NAME.test(name))
            throw new Error(`internal: owner name "${name}" is not an agent name`);
    const lines = (0,_lines__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .u)(text);
    const edits = [];
    const changed = [];
    for (const task of (0,_parse_tasks__WEBPACK_IMPORTED_MODULE_1__/* .parseTasks */ .E)(text, file).tasks) {
        const owner = owners.get(task.id);
        if (owner === undefined)
            continue;
        const line = lines[task.line - 1];
        const comment = `<!-- owner: ${owner} -->`;
        const existing = line.content.match(_task_line__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_COMMENT */ .kA);
        if (existing) {
            if (existing[1] === owner)
                continue;
            edits.push({ start: line.start + existing.index, end: line.start + existing.index + existing[0].length, text: comment });
        }
        else {
            const done = line.content.match(_task_line__WEBPACK_IMPORTED_MODULE_2__/* .DONE_COMMENT */ .$y);
            let at = done ? done.index : line.content.length;
            while (at > 0 && (line.content[at - 1] === ' ' || line.content[at - 1] === '\t'))
                at--;
            edits.push({ start: line.start + at, end: line.start + at, text: ` ${comment}` });
        }
        changed.push(task.id);
    }
    let result = text;
    for (const edit of edits.sort((a, b) => b.start - a.start))
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return { text: result, changed };
}


/***/ })

};
