export const id = 550;
export const ids = [550];
export const modules = {

/***/ 9642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  integrateOrderCommand: () => (/* binding */ integrateOrderCommand)
});

// EXTERNAL MODULE: ./shared/detect-conflicts/detect-conflicts.ts + 38 modules
var detect_conflicts = __webpack_require__(539);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
;// CONCATENATED MODULE: ./shared/detect-conflicts/feature-scan.ts

/** A scan of one feature's branches as they are now, recording and announcing nothing (what integrate-order orders). */
function featureScanOptions(naming, spec, maxParallel) {
    return {
        scope: 'feature',
        branches: [(0,branch_pattern/* branchGlob */.Fx)(naming, spec)],
        maxParallel,
        notify: 'none',
        label: 'merge-conflict',
        record: false,
    };
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/integrate/merge-order.ts
var merge_order = __webpack_require__(5043);
// EXTERNAL MODULE: ./shared/integrate/order-input.ts
var order_input = __webpack_require__(2631);
;// CONCATENATED MODULE: ./shared/integrate/order-from-scan.ts




/**
 * The second half of `orchestrator integrate-order`: given a fresh scan of the
 * feature's branches (detect-conflicts, nothing recorded; the command composes
 * the two), reads pull requests and check results from the state and orders
 * the implementor merges.
 */
async function orderFromScan(report, options, deps) {
    const { spec } = options;
    const { config, store, ctx } = deps;
    ctx.progress?.(`Reading pull requests and checks from ${store.branch}...`);
    const snapshot = await store.read();
    const input = (0,order_input/* orderInputFromReport */.vY)(report, spec, snapshot.projection, options.guard);
    if (!input)
        throw new errors/* InputError */.dz(`spec-id ${spec} has no overseer branch on ${deps.remote} (${(0,branch_pattern/* branchGlob */.Fx)(config.branches, spec)}); run init-feature for it first`);
    return (0,merge_order/* mergeOrder */.l)(input);
}

// EXTERNAL MODULE: ./shared/integrate/render-order.ts
var render_order = __webpack_require__(1285);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(4587);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(2707);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
;// CONCATENATED MODULE: ./shared/commands/integrate-order.ts






const integrateOrderCommand = {
    name: 'integrate-order',
    summary: 'The order in which to merge the implementor pull requests into the overseer so that the fewest merges hit a conflict, with the reason per step; pull requests with failing checks or guard violations are held back.',
    options: [
        identity/* SPEC_ID_OR_IDENTITY */.pY,
        { name: 'max-parallel', type: 'integer', min: 1, max: 64, description: 'Concurrent git merges (default: the number of CPUs).' },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'order', description: 'JSON array of the steps: branch, agent, pull request, predicted conflict, reason.' },
        { name: 'new-conflicts', description: 'Merges in this order predicted to hit a conflict that did not exist before.' },
        { name: 'held-back', description: 'JSON array of the pull requests held back and why (failing checks, guard violations).' },
    ],
    async run(values, ctx) {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const deps = { ...ws, ctx };
        const spec = (0,validate/* validateSpecId */.zx)(await (0,identity/* featureOrIdentity */.Eg)(values, 'spec-id', ctx, ws));
        // Scan + order: the feature's branches scanned now (nothing recorded), then ordered with the state's pull requests and checks.
        const scan = await (0,detect_conflicts/* detectConflicts */.R)(featureScanOptions(ws.config.branches, spec, values.int('max-parallel')), deps);
        const order = await orderFromScan(scan.report, { spec }, deps);
        return {
            exitCode: 0,
            outputs: {
                order: JSON.stringify(order.steps),
                'new-conflicts': String(order.newConflicts),
                'held-back': JSON.stringify(order.heldBack),
            },
            summary: (0,render_order/* renderOrderMarkdown */.oC)(order, 2).join('\n'),
            text: (0,render_order/* renderOrderText */.cz)(order),
            json: order,
        };
    },
};


/***/ }),

/***/ 9634:
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
/* harmony import */ var _diff3_hunks__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9634);
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


/***/ })

};
