export const id = 767;
export const ids = [767];
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


/***/ }),

/***/ 2221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ chooseCommands)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/role-ci/detect-commands.ts



// Implementors run fast feedback first; the overseer builds before testing and also runs the slow suites.
const NPM_SCRIPTS = {
    implementor: ['lint', 'typecheck', 'test', 'build'],
    overseer: ['lint', 'typecheck', 'build', 'test', 'test:integration', 'test:e2e'],
};
// What `npm init` writes: a test script that always fails is no test suite.
const NPM_PLACEHOLDER_TEST = /no test specified/;
/**
 * Sensible default checks from the files at the repository root, in a fixed
 * order (Node, Python, Go, Rust). Only fixed command texts are produced:
 * nothing from the files' contents reaches the shell.
 */
function detectCommands(cwd, role) {
    const commands = [];
    const reasons = [];
    const scripts = packageScripts(cwd);
    if (scripts) {
        const chosen = NPM_SCRIPTS[role].filter((s) => typeof scripts[s] === 'string' && !(s === 'test' && NPM_PLACEHOLDER_TEST.test(scripts[s])));
        for (const s of chosen)
            commands.push({ name: s.replace(':', '-'), command: s === 'test' ? 'npm test' : `npm run ${s}` });
        if (chosen.length)
            reasons.push(`package.json scripts: ${chosen.join(', ')}`);
    }
    const pytest = pytestReason(cwd);
    if (pytest) {
        commands.push({ name: 'pytest', command: 'pytest' });
        reasons.push(pytest);
    }
    if (isFile((0,external_node_path_.join)(cwd, 'go.mod'))) {
        commands.push({ name: 'go test', command: 'go test ./...' });
        reasons.push('go.mod');
    }
    if (isFile((0,external_node_path_.join)(cwd, 'Cargo.toml'))) {
        commands.push({ name: 'cargo test', command: 'cargo test' });
        reasons.push('Cargo.toml');
    }
    return { commands, reasons };
}
function packageScripts(cwd) {
    const file = (0,external_node_path_.join)(cwd, 'package.json');
    if (!isFile(file))
        return null;
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`package.json is not valid JSON (${error.message}); fix it or pass the commands input`);
    }
    const scripts = parsed?.scripts;
    return scripts && typeof scripts === 'object' && !Array.isArray(scripts) ? scripts : {};
}
function pytestReason(cwd) {
    if (isFile((0,external_node_path_.join)(cwd, 'pytest.ini')))
        return 'pytest.ini';
    if (mentions((0,external_node_path_.join)(cwd, 'pyproject.toml'), /pytest/))
        return 'pyproject.toml mentions pytest';
    if (mentions((0,external_node_path_.join)(cwd, 'setup.cfg'), /^\[tool:pytest\]/m))
        return 'setup.cfg has [tool:pytest]';
    if (mentions((0,external_node_path_.join)(cwd, 'tox.ini'), /^\[pytest\]/m))
        return 'tox.ini has [pytest]';
    if (hasPythonFiles((0,external_node_path_.join)(cwd, 'tests')))
        return 'tests/ holds Python files';
    return null;
}
function mentions(file, pattern) {
    return isFile(file) && pattern.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
}
/** Python files directly in `dir` or one level down (bounded: no deep walk of a large tree). */
function hasPythonFiles(dir) {
    if (!isDirectory(dir))
        return false;
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.py'))
            return true;
        if (entry.isDirectory() && !entry.name.startsWith('.')) {
            const inner = (0,external_node_path_.join)(dir, entry.name);
            if ((0,external_node_fs_.readdirSync)(inner).some((n) => n.endsWith('.py') && isFile((0,external_node_path_.join)(inner, n))))
                return true;
        }
    }
    return false;
}
function isFile(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile();
}
function isDirectory(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}

;// CONCATENATED MODULE: ./shared/role-ci/choose-commands.ts

/** The commands to run: the input wins, then the config for the role, then what the repository suggests. */
function chooseCommands(options) {
    const { role } = options;
    if (options.inputCommands && options.inputCommands.length > 0) {
        const commands = [...options.inputCommands];
        return { commands, source: 'input', note: `from the commands input: ${names(commands)}` };
    }
    const configured = options.config.roles[role].commands;
    if (configured.length > 0) {
        return {
            commands: [...configured],
            source: 'config',
            note: `from ${options.config.source} roles.${role}.commands: ${names(configured)}`,
        };
    }
    const detected = detectCommands(options.cwd, role);
    if (detected.commands.length > 0) {
        return { commands: detected.commands, source: 'detected', note: `detected from ${detected.reasons.join('; ')}` };
    }
    return {
        commands: [],
        source: 'none',
        note: `no commands: none given in the commands input or in roles.${role}.commands of the config, and none detected (no package.json scripts, pytest, go.mod or Cargo.toml)`,
    };
}
function names(commands) {
    return commands.map((c) => c.name).join(', ');
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


/***/ })

};
