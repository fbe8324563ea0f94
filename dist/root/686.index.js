export const id = 686;
export const ids = [686];
export const modules = {

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

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ig: () => (/* binding */ diff3Hunks),
/* harmony export */   t9: () => (/* binding */ safeMarkerSize),
/* harmony export */   uj: () => (/* binding */ parseDiff3Blocks)
/* harmony export */ });
/* harmony import */ var _conflict_markers__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4140);
/* harmony import */ var _line_ranges__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(302);


const MARKER_CHARS = ['<', '|', '=', '>'];
function stripCr(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** A marker line of exactly `size` `char`s, alone or followed by a space and a label. */
function isMarkerRun(line, char, size) {
    const text = stripCr(line);
    if (text.length < size || (text.length > size && text[size] !== ' '))
        return false;
    for (let i = 0; i < size; i++)
        if (text[i] !== char)
            return false;
    return char !== '=' || text.length === size;
}
/**
 * The marker size that makes a diff3 parse exact for these files: git's
 * default when no line starts with seven marker characters, else one longer
 * than every line (no line can then hold a run that long).
 */
function safeMarkerSize(texts) {
    const run = MARKER_CHARS.map((c) => c.repeat(7));
    let longest = 0;
    let clash = false;
    for (const text of texts) {
        for (const line of (0,_conflict_markers__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(text)) {
            if (line.length > longest)
                longest = line.length;
            if (!clash && run.some((r) => line.startsWith(r)))
                clash = true;
        }
    }
    return clash ? 2 ** Math.ceil(Math.log2(Math.max(16, longest + 1))) : 7;
}
/**
 * The hunks of a file that git merged in the diff3 style with markers of
 * `size`. The caller chose `size` with safeMarkerSize, so every marker-shaped
 * line is git's; a hunk of another shape throws rather than guess.
 */
function parseDiff3Blocks(merged, size) {
    const blocks = [];
    for (let i = 0; i < merged.length; i++) {
        if (!isMarkerRun(merged[i], '<', size))
            continue;
        let base = -1;
        let sep = -1;
        let close = -1;
        for (let j = i + 1; j < merged.length; j++) {
            const line = merged[j];
            if (base < 0 && sep < 0 && isMarkerRun(line, '|', size))
                base = j;
            else if (sep < 0 && isMarkerRun(line, '=', size))
                sep = j;
            else if (isMarkerRun(line, '>', size)) {
                close = j;
                break;
            }
            else if (isMarkerRun(line, '<', size))
                break;
        }
        if (base < 0 || sep < 0 || close < 0)
            throw new Error(`diff3 conflict hunk at line ${i + 1} is malformed`);
        blocks.push({
            open: i,
            close,
            ours: merged.slice(i + 1, base),
            base: merged.slice(base + 1, sep),
            theirs: merged.slice(sep + 1, close),
        });
        i = close;
    }
    return blocks;
}
/**
 * The diff3 hunks of a merged file with each side's line numbers: the lines
 * come from git's merged file, the numbers from aligning each side's own file
 * (sideRanges), the same rule the scan's line ranges follow.
 */
function diff3Hunks(texts, size, budget) {
    const merged = (0,_conflict_markers__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(texts.merged);
    const blocks = parseDiff3Blocks(merged, size);
    if (blocks.length === 0)
        return [];
    const stats = { work: 0 };
    const left = (budget) => (budget === undefined ? undefined : Math.max(1, budget - stats.work));
    const ours = (0,_line_ranges__WEBPACK_IMPORTED_MODULE_1__/* .sideRanges */ .QD)(merged, blocks, (0,_conflict_markers__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(texts.ours), (b) => b.ours, left(budget), stats);
    const theirs = (0,_line_ranges__WEBPACK_IMPORTED_MODULE_1__/* .sideRanges */ .QD)(merged, blocks, (0,_conflict_markers__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(texts.theirs), (b) => b.theirs, left(budget), stats);
    const base = (0,_line_ranges__WEBPACK_IMPORTED_MODULE_1__/* .sideRanges */ .QD)(merged, blocks, (0,_conflict_markers__WEBPACK_IMPORTED_MODULE_0__/* .splitLines */ .uz)(texts.base), (b) => b.base, left(budget), stats);
    return blocks.map((b, k) => ({
        base: { start: base[k].start, lines: b.base },
        ours: { start: ours[k].start, lines: b.ours },
        theirs: { start: theirs[k].start, lines: b.theirs },
    }));
}


/***/ }),

/***/ 3556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ pairHunks)
/* harmony export */ });
/* unused harmony export MAX_HUNK_FILE_BYTES */
/* harmony import */ var _git_cat_file__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3292);
/* harmony import */ var _git_merge_tree__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2214);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2635);
/* harmony import */ var _conflict_kinds__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5504);
/* harmony import */ var _diff3_hunks__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7253);
/* harmony import */ var _line_diff__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1228);
/* harmony import */ var _merge_sandbox__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5560);
/* harmony import */ var _merge_tree_output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3317);
/* harmony import */ var _raw_path__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5314);









/** Files larger than this (either side) get no hunks: a brief is for people and agents, not for dumps. */
const MAX_HUNK_FILE_BYTES = 1024 * 1024;
/** Alignment work per file before its line numbers are given up (see matchLines). */
const ALIGN_BUDGET = 20_000_000;
const TEXT_MODES = new Set(['100644', '100755']);
function looksBinary(data) {
    return data.subarray(0, 8000).includes(0);
}
/** Why a conflicted file has no hunks, when that is known from its kind and stages alone. */
function withoutHunks(f) {
    if (!f.left || !f.right)
        return `${f.left ? 'theirs' : 'ours'} ${f.base ? 'deleted' : 'does not have'} the file`;
    if (!TEXT_MODES.has(f.left.mode) || !TEXT_MODES.has(f.right.mode))
        return `not a regular file on both sides (${f.left.mode}, ${f.right.mode})`;
    if (f.kind === 'binary')
        return 'binary content';
    if (f.kind !== 'content' && f.kind !== 'add/add')
        return `a ${f.kind} conflict: no line hunks`;
    return undefined;
}
function stage(e) {
    return e ? { mode: e.mode, oid: e.oid } : undefined;
}
async function merge(sandbox, left, right, size) {
    const r = await (0,_git_merge_tree__WEBPACK_IMPORTED_MODULE_0__/* .runMergeTree */ .Kb)(sandbox.git, sandbox.pins(size === 7 ? undefined : size, 'diff3'), ['--write-tree', '-z', left, right]);
    if ((r.exitCode !== 0 && r.exitCode !== 1) || !r.stdout)
        throw new Error(`git merge-tree of ${left.slice(0, 12)} and ${right.slice(0, 12)} failed: ${r.stderr.trim().slice(0, 300)}`);
    return (0,_merge_tree_output__WEBPACK_IMPORTED_MODULE_1__/* .parseMergeTree */ .SI)(r.stdout, r.exitCode);
}
/**
 * Every conflicted file of merging `right` into `left`, each text conflict
 * with its hunks in the diff3 style (base, ours = left, theirs = right) and
 * line numbers in each side's own file. The merge runs in a sandbox
 * (MergeSandbox: no attributes, settings or drivers of the clone), as scans do.
 */
async function pairHunks(git, leftRev, rightRev) {
    // The sandbox has the clone's objects, not its refs: commits are named by id there.
    const commit = async (rev) => (await git.run(['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
    const [left, right] = [await commit(leftRev), await commit(rightRev)];
    const sandbox = await _merge_sandbox__WEBPACK_IMPORTED_MODULE_2__/* .MergeSandbox */ .wC.open(git);
    try {
        let record = await merge(sandbox, left, right, 7);
        const classified = (0,_conflict_kinds__WEBPACK_IMPORTED_MODULE_3__/* .classifyConflicts */ .Y)(record);
        const reads = [];
        const files = classified.files.map((f) => {
            const file = {
                path: f.path,
                ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
                kind: f.kind,
                ...(f.message ? { message: f.message } : {}),
                ...(f.base ? { base: stage(f.base) } : {}),
                ...(f.left ? { ours: stage(f.left) } : {}),
                ...(f.right ? { theirs: stage(f.right) } : {}),
                hunks: [],
            };
            const why = withoutHunks(f);
            if (why)
                file.noHunks = why;
            else
                reads.push({ file, base: f.base?.oid ?? '', ours: f.left.oid, theirs: f.right.oid, raw: f.rawPath });
            return file;
        });
        const blobs = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_4__/* .readObjects */ .$I)(sandbox.git, reads.flatMap((r) => [r.base || r.ours, r.ours, r.theirs]));
        const texts = [];
        reads.forEach((read, i) => {
            const [base, ours, theirs] = blobs.slice(i * 3, i * 3 + 3);
            if (!base || !ours || !theirs)
                return (read.file.noHunks = 'a blob is missing');
            if ([base, ours, theirs].some(looksBinary))
                return (read.file.noHunks = 'binary content');
            if (Math.max(ours.length, theirs.length, base.length) > MAX_HUNK_FILE_BYTES)
                return (read.file.noHunks = `larger than ${MAX_HUNK_FILE_BYTES} bytes`);
            texts.push({ read, base: read.base ? base.toString('latin1') : '', ours: ours.toString('latin1'), theirs: theirs.toString('latin1') });
        });
        // One marker size for the whole merge: long enough that no line of any side looks like a marker.
        const size = (0,_diff3_hunks__WEBPACK_IMPORTED_MODULE_5__/* .safeMarkerSize */ .t9)(texts.flatMap((t) => [t.base, t.ours, t.theirs]));
        if (size !== 7)
            record = await merge(sandbox, left, right, size);
        const merged = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_4__/* .readObjects */ .$I)(sandbox.git, texts.map((t) => Buffer.concat([Buffer.from(`${record.tree}:`, 'latin1'), Buffer.from(t.read.raw, 'latin1')])));
        texts.forEach((t, i) => {
            const text = merged[i];
            if (!text)
                return (t.read.file.noHunks = 'the merged file is missing');
            try {
                const mergedText = text.toString('latin1');
                t.read.file.hunks = (0,_diff3_hunks__WEBPACK_IMPORTED_MODULE_5__/* .diff3Hunks */ .ig)({ merged: mergedText, base: t.base, ours: t.ours, theirs: t.theirs }, size, ALIGN_BUDGET).map(decodeHunk);
                t.read.file.mergedText = mergedText;
                t.read.file.markerSize = size;
                if (t.read.file.hunks.length === 0)
                    t.read.file.noHunks = 'git wrote no conflict hunk (whitespace or end-of-line only)';
            }
            catch (error) {
                t.read.file.noHunks = error instanceof _line_diff__WEBPACK_IMPORTED_MODULE_6__/* .DiffBudgetExceeded */ .ki ? 'too costly to align' : (0,_errors__WEBPACK_IMPORTED_MODULE_7__/* .messageOf */ .bD)(error);
            }
        });
        return { clean: record.clean, files, messages: classified.messages };
    }
    finally {
        sandbox.close();
    }
}
/** Lines as text: the bytes were carried as latin1 so that alignment compared them exactly. */
function decodeHunk(h) {
    const side = (s) => ({ start: s.start, lines: s.lines.map(_raw_path__WEBPACK_IMPORTED_MODULE_8__/* .decodeBytes */ .yj) });
    return { base: side(h.base), ours: side(h.ours), theirs: side(h.theirs) };
}


/***/ }),

/***/ 8756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ setIndexEntry),
/* harmony export */   Nz: () => (/* binding */ checkoutIndex),
/* harmony export */   Qh: () => (/* binding */ indexChangesFrom),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   WM: () => (/* binding */ writeTree),
/* harmony export */   Zc: () => (/* binding */ readTree),
/* harmony export */   rz: () => (/* binding */ removeIndexEntry),
/* harmony export */   uE: () => (/* binding */ commitMergeTree),
/* harmony export */   wV: () => (/* binding */ stageWorkTree)
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
/** Stages every file of the work tree `env` names (`add -A`, its ignore rules apply), run from `cwd` (that work tree). */
async function stageWorkTree(git, env, cwd) {
    await git.run(['add', '-A', '--', '.'], { env, cwd });
}
/** The paths (NUL-separated, raw bytes as latin1) where the index differs from `tree`, renames not followed. */
async function indexChangesFrom(git, tree, env) {
    const out = await git.execBuffer(['diff-index', '--cached', '--no-renames', '--name-only', '-z', tree, '--'], { env });
    return out.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '');
}
/** A merge commit of `tree` with `parents` in that order; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
async function commitMergeTree(git, tree, parents, message, env) {
    return git.run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], { env });
}
/** Removes `path` from the index (a resolution that deletes the file). */
async function removeIndexEntry(git, path, env) {
    await git.run(['update-index', '--force-remove', '--', path], { env });
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

/***/ 691:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2635);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6543);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5805);
/* harmony import */ var _git_index_file__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8756);








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

/***/ 8177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lp: () => (/* binding */ agentName),
  nc: () => (/* binding */ renderTasksFile)
});

// UNUSED EXPORTS: taskOwners

// EXTERNAL MODULE: ./shared/state/projection/roles.ts
var roles = __webpack_require__(4337);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var tasks_lines = __webpack_require__(6432);
// EXTERNAL MODULE: ./shared/tasks/parse-tasks.ts + 1 modules
var parse_tasks = __webpack_require__(1504);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(4941);
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
var owner_comment = __webpack_require__(2012);
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

/***/ 7595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ stateTasksPath),
  e: () => (/* binding */ syncStatus)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
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
var render_tasks = __webpack_require__(8177);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/state/events/events.ts + 1 modules
var events_events = __webpack_require__(2071);
// EXTERNAL MODULE: ./shared/tasks/task-references.ts
var task_references = __webpack_require__(8849);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(3257);
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
        out.push((0,events_events/* makeEvent */.Ld)('task-updated', feature.spec, { taskId: id, state: 'open', commit: status.commit, agent: branch, message }, { actor: ctx.actor, time }));
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
        out.push((0,events_events/* makeEvent */.Ld)('task-merged', feature.spec, { taskId: id, commit: status.commit, into }, { actor: ctx.actor, time: ctx.now() }));
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
            result.events.push((0,events_events/* makeEvent */.Ld)('task-updated', target.spec, { taskId: ref.id, state, commit: commit.sha, agent: target.branch, message: subjectOf(commit.message) }, { actor: ctx.actor, time: new Date(Math.max(time, prior + 1)) }));
        }
    }
    // Only history that was rewritten (or local commits never pushed) can lose commits.
    if (target.role === 'implementor' && result.forcePushed) {
        const mentioned = new Set(result.events.filter((e) => e.kind === 'task-updated').map((e) => e.data.taskId));
        result.events.push(...(await vanishedTaskEvents(git, feature, target.branch, head, mentioned, ctx)));
    }
    result.done = [...done];
    result.inProgress = [...inProgress];
    result.events.push((0,events_events/* makeEvent */.Ld)('branch-synced', target.spec, { branch: target.branch, sha: head }, { actor: ctx.actor, time: ctx.now() }));
    return result;
}

// EXTERNAL MODULE: ./shared/sync-status/tasks-source.ts
var tasks_source = __webpack_require__(357);
// EXTERNAL MODULE: ./shared/sync-status/commit-file.ts
var commit_file = __webpack_require__(691);
// EXTERNAL MODULE: ./shared/sync-status/owner-mismatch.ts
var owner_mismatch = __webpack_require__(2599);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/conflicts/conflict-markers.ts
var conflict_markers = __webpack_require__(4140);
// EXTERNAL MODULE: ./shared/conflicts/diff3-hunks.ts
var diff3_hunks = __webpack_require__(7253);
// EXTERNAL MODULE: ./shared/conflicts/line-diff.ts
var line_diff = __webpack_require__(1228);
// EXTERNAL MODULE: ./shared/conflicts/pair-hunks.ts
var pair_hunks = __webpack_require__(3556);
// EXTERNAL MODULE: ./shared/state/events/canonical-json.ts
var canonical_json = __webpack_require__(4265);
// EXTERNAL MODULE: ./shared/state/events/digest.ts
var digest = __webpack_require__(5678);
;// CONCATENATED MODULE: ./shared/resolution/hunk-key.ts

/** The lines of a hunk section as they are compared: no trailing blanks, no carriage return. */
function normalised(lines) {
    return lines.map((line) => line.replace(/[ \t\r]+$/, ''));
}
/**
 * The key of a conflict hunk: a hash of its normalised base and of its two
 * sides as an unordered pair, so the same hunk between any two branches, in
 * either order, is the same fact (as `git rerere` keys a conflict by its text).
 */
function hunkKey(hunk) {
    const sides = [normalised(hunk.ours), normalised(hunk.theirs)].sort((a, b) => ((0,canonical_json/* canonicalJson */.d)(a) < (0,canonical_json/* canonicalJson */.d)(b) ? -1 : 1));
    return (0,digest/* sha256Hex */.f)((0,canonical_json/* canonicalJson */.d)(['hunk', normalised(hunk.base), sides]));
}
/** Lines as the event stores a section: base64 of the text (each line ended), absent when there are none. */
function encodeSection(lines) {
    return lines.length ? Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8').toString('base64') : undefined;
}
function decodeSection(section) {
    if (!section)
        return [];
    const text = Buffer.from(section, 'base64').toString('utf8');
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./shared/resolution/learn-resolutions.ts



/** A section larger than this (UTF-8 bytes) is not remembered: the event stays small. */
const MAX_SECTION_BYTES = 8 * 1024;
/** Hunks remembered from one merge at most. */
const MAX_HUNKS_PER_MERGE = 100;
/** The two parents of a merge commit, or null when it is not a merge of exactly two. */
async function parentsOf(git, commit) {
    const line = (await git.run(['rev-list', '--parents', '-n', '1', commit])).trim().split(' ');
    return line.length === 3 ? [line[1], line[2]] : null;
}
function bytes(lines) {
    return lines.reduce((n, l) => n + Buffer.byteLength(l, 'utf8') + 1, 0);
}
/**
 * The resolution of each hunk of a merge of `ours` and `theirs`, read from the
 * merged file `result`: the lines between the context lines around the hunk,
 * found in the result by aligning it with git's merged file. A hunk whose
 * neighbouring context lines are not in the result (the resolver rewrote them
 * too), or a result that still holds markers, gives nothing: a resolution is
 * remembered only when it is certain which lines it is.
 */
function resolvedHunks(mergedText, markerSize, resultText) {
    const merged = (0,conflict_markers/* splitLines */.uz)(mergedText);
    const result = (0,conflict_markers/* splitLines */.uz)(resultText);
    const blocks = (0,diff3_hunks/* parseDiff3Blocks */.uj)(merged, markerSize);
    const marker = new RegExp(`^(<{${markerSize}}|>{${markerSize}})( |\r?$)`);
    if (result.some((l) => marker.test(l)))
        return blocks.map(() => null);
    const toResult = (0,line_diff/* matchLines */.nF)(result, merged);
    return blocks.map((b) => {
        const before = b.open === 0 ? -1 : toResult[b.open - 1];
        const after = b.close === merged.length - 1 ? result.length : toResult[b.close + 1];
        if ((b.open > 0 && before < 0) || (b.close < merged.length - 1 && after < 0) || after < before + 1)
            return null;
        return result.slice(before + 1, after);
    });
}
/**
 * What a merge commit on `branch` teaches: for each conflict hunk its parents
 * have (merged again with `git merge-tree`, diff3 style), the lines its own
 * tree has there. Nothing for a commit that is not a two-parent merge or whose
 * parents merge cleanly.
 */
async function learnResolutions(git, commit, branch) {
    const parents = await parentsOf(git, commit);
    if (!parents)
        return [];
    const [ours, theirs] = parents;
    const merge = await (0,pair_hunks/* pairHunks */.e)(git, ours, theirs);
    if (merge.clean)
        return [];
    const files = merge.files.filter((f) => f.hunks.length && f.mergedText !== undefined);
    const results = await (0,cat_file/* readObjects */.$I)(git, files.map((f) => Buffer.concat([Buffer.from(`${commit}:`), f.pathBase64 ? Buffer.from(f.pathBase64, 'base64') : Buffer.from(f.path)])));
    const out = [];
    files.forEach((file, i) => {
        const result = results[i];
        if (!result || result.subarray(0, 8000).includes(0))
            return;
        const resolved = resolvedHunks(file.mergedText, file.markerSize, result.toString('latin1'));
        file.hunks.forEach((hunk, k) => {
            const lines = resolved[k]?.map((l) => Buffer.from(l, 'latin1').toString('utf8'));
            if (!lines || out.length >= MAX_HUNKS_PER_MERGE)
                return;
            const sections = [hunk.base.lines, hunk.ours.lines, hunk.theirs.lines, lines];
            if (sections.some((s) => bytes(s) > MAX_SECTION_BYTES))
                return;
            const [base, oursText, theirsText, resultText] = sections.map(encodeSection);
            out.push({
                key: hunkKey({ base: hunk.base.lines, ours: hunk.ours.lines, theirs: hunk.theirs.lines }),
                path: file.path,
                ...(file.pathBase64 ? { pathBase64: file.pathBase64 } : {}),
                ...(base ? { base } : {}),
                ...(oursText ? { ours: oursText } : {}),
                ...(theirsText ? { theirs: theirsText } : {}),
                ...(resultText ? { result: resultText } : {}),
                commit,
                branch,
                oursCommit: ours,
                theirsCommit: theirs,
            });
        });
    });
    return out;
}

;// CONCATENATED MODULE: ./shared/resolution/remember-merges.ts



/** Merge commits read per branch and run at most: the newest ones. */
const MAX_MERGES_PER_RUN = 20;
/**
 * `resolution-remembered` events for the merges that reached `branch` since
 * `from`: every conflict hunk of their parents that the merge resolved. A
 * merge that cannot be read is a warning; the others are still remembered.
 */
async function rememberMerges(git, o) {
    const range = o.from && o.from !== o.to ? [`${o.from}..${o.to}`] : o.from ? [] : [o.to];
    if (!range.length)
        return [];
    const merges = (await git.run(['rev-list', '--min-parents=2', '--max-parents=2', `--max-count=${MAX_MERGES_PER_RUN}`, ...range, '--']))
        .split('\n')
        .filter(Boolean);
    const events = [];
    for (const commit of merges.reverse()) {
        try {
            for (const data of await learnResolutions(git, commit, o.branch))
                events.push((0,events_events/* makeEvent */.Ld)('resolution-remembered', o.feature, data, { actor: o.actor, time: o.time }));
        }
        catch (error) {
            o.logger.warning(`could not read the resolutions of merge ${commit.slice(0, 12)} on ${o.branch}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    return events;
}

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
    // Merges that reached an overseer since the last sync: the conflict hunks they resolved are remembered.
    for (const t of targets.filter((t) => t.role === 'overseer')) {
        const to = heads.get(t.branch);
        if (!to)
            continue;
        const from = snapshot.projection.features[t.spec]?.synced[t.branch]?.sha ?? null;
        events.push(...(await rememberMerges(git, {
            feature: t.spec,
            branch: t.branch,
            from,
            to,
            actor: ctx.actor,
            time: ctx.now(),
            logger: ctx.logger,
        })));
    }
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

/***/ 357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTasksSource)
/* harmony export */ });
/* harmony import */ var _tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1504);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5805);


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

/***/ 6539:
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

/***/ 6432:
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

/***/ 2012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ plainDescription),
/* harmony export */   Po: () => (/* binding */ setOwners),
/* harmony export */   s7: () => (/* binding */ estimateIn)
/* harmony export */ });
/* unused harmony export ESTIMATE_COMMENT */
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6432);
/* harmony import */ var _parse_tasks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1504);
/* harmony import */ var _task_line__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4941);



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


/***/ }),

/***/ 1504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseTasks)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var lines = __webpack_require__(6432);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(4941);
// EXTERNAL MODULE: ./shared/tasks/id-list.ts
var id_list = __webpack_require__(6539);
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

/***/ 4941:
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

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ taskReferences)
/* harmony export */ });
/* harmony import */ var _id_list__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6539);

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
