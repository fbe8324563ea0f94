export const id = 936;
export const ids = [936];
export const modules = {

/***/ 717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ identityBranch),
/* harmony export */   Eg: () => (/* binding */ featureOrIdentity),
/* harmony export */   pY: () => (/* binding */ SPEC_ID_OR_IDENTITY),
/* harmony export */   sX: () => (/* binding */ commandIdentity)
/* harmony export */ });
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3330);
/* harmony import */ var _naming_role_source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5881);
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

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ HistoryGraph)
/* harmony export */ });
/* harmony import */ var _git_history__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8423);

/** Which of a list of commits ("sources") reach each node: one bit per source. */
class Reach {
    words;
    bits;
    bitOf;
    constructor(graph, sources, allReachCommon) {
        this.words = Math.max(1, Math.ceil(sources.length / 32));
        this.bits = new Uint32Array(graph.ids.length * this.words);
        this.bitOf = new Map(sources.map((s, i) => [s, i]));
        sources.forEach((s, i) => {
            const node = graph.index.get(s);
            if (node !== undefined)
                this.set(node, i);
        });
        // Every tip reaches the common commit; a merge base generally does not.
        if (allReachCommon && graph.common !== null)
            for (let i = 0; i < sources.length; i++)
                this.set(graph.common, i);
        // Children come before parents, so one pass carries each node's bits down to its parents.
        for (let node = 0; node < graph.ids.length; node++) {
            for (const p of graph.parents[node])
                for (let w = 0; w < this.words; w++)
                    this.bits[p * this.words + w] |= this.bits[node * this.words + w];
        }
    }
    set(node, bit) {
        this.bits[node * this.words + (bit >>> 5)] |= 1 << (bit & 31);
    }
    /** A test for "source reaches node", with the bit looked up once. */
    tester(source) {
        const bit = this.bitOf.get(source);
        if (bit === undefined)
            return () => false;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        const { bits, words } = this;
        return (node) => (bits[node * words + word] & mask) !== 0;
    }
}
/**
 * The part of the history above the branch tips' common ancestor, walked
 * once, to answer merge-base questions
 * for many pairs without a git process per pair.
 *
 * `git merge-base --octopus` gives a commit C common to every tip. Commits
 * reachable from C are common to every pair, and the only one of them that
 * can be a *best* common ancestor of a pair is C itself (any other is an
 * ancestor of C, which is common too). So only the commits above C are
 * listed (`rev-list --topo-order --parents <tips> ^C`), plus C.
 */
class HistoryGraph {
    /** Commit ids, children before parents; C (when there is one) last. */
    ids = [];
    index = new Map();
    /** Parents within the graph, by node. */
    parents = [];
    children = [];
    common = null;
    tipReach;
    static async load(git, tips) {
        const graph = new HistoryGraph();
        const unique = [...new Set(tips)].sort();
        if (unique.length === 0)
            return graph;
        const common = await (0,_git_history__WEBPACK_IMPORTED_MODULE_0__/* .octopusMergeBase */ .hZ)(git, unique);
        const input = unique.join('\n') + (common ? `\n^${common}` : '') + '\n';
        const listing = await (0,_git_history__WEBPACK_IMPORTED_MODULE_0__/* .topoParents */ .YK)(git, input);
        const parentIds = [];
        for (const line of listing ? listing.split('\n') : []) {
            const [id, ...parents] = line.split(' ');
            graph.index.set(id, graph.ids.length);
            graph.ids.push(id);
            parentIds.push(parents);
        }
        if (common) {
            if (!graph.index.has(common)) {
                graph.index.set(common, graph.ids.length);
                graph.ids.push(common);
                parentIds.push([]);
            }
            graph.common = graph.index.get(common);
        }
        for (const ps of parentIds) {
            // Parents below C are left out: they are never a best merge base.
            graph.parents.push(ps.map((p) => graph.index.get(p)).filter((p) => p !== undefined));
            graph.children.push([]);
        }
        graph.parents.forEach((ps, node) => ps.forEach((p) => graph.children[p].push(node)));
        graph.tipReach = new Reach(graph, unique, true);
        return graph;
    }
    /**
     * Commits reachable from tip `a` and not from tip `b`, and the other way
     * round: what `git rev-list --left-right --count a...b` prints. Every commit
     * left out of the graph is reachable from C, hence from both tips, so only
     * the graph's nodes can differ.
     */
    aheadBehind(a, b) {
        const [fromA, fromB] = [this.tipReach.tester(a), this.tipReach.tester(b)];
        let ahead = 0;
        let behind = 0;
        for (let node = 0; node < this.ids.length; node++) {
            const x = fromA(node);
            if (x !== fromB(node)) {
                if (x)
                    ahead++;
                else
                    behind++;
            }
        }
        return [ahead, behind];
    }
    /** The best common ancestors of two tips (several after criss-cross merges; none for unrelated histories). */
    mergeBases(a, b) {
        const [fromA, fromB] = [this.tipReach.tester(a), this.tipReach.tester(b)];
        const both = (node) => fromA(node) && fromB(node);
        const bases = [];
        for (let node = 0; node < this.ids.length; node++) {
            if (both(node) && !this.children[node].some(both))
                bases.push(this.ids[node]);
        }
        return bases;
    }
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ MergeSandbox)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
;// CONCATENATED MODULE: ./shared/git/init.ts
/** Creates an empty bare repository at `dir` with the given object format (`sha1`, `sha256`). */
async function initBare(git, dir, objectFormat) {
    await git.run(['init', '--quiet', '--bare', `--object-format=${objectFormat}`, dir]);
}
/** Creates a repository at `dir` whose first branch is `branch` (bare: no working tree). */
async function initRepository(git, dir, options) {
    await git.run(['init', '-q', ...(options.bare ? ['--bare'] : []), '-b', options.branch, dir]);
}
/** Sets `key` in the repository's own configuration. */
async function setConfig(git, key, value) {
    await git.run(['config', key, value]);
}
/** Adds a remote named `name` at `url`. */
async function addRemote(git, name, url) {
    await git.run(['remote', 'add', name, url]);
}

;// CONCATENATED MODULE: ./shared/conflicts/merge-sandbox.ts






/**
 * A private, empty bare repository that borrows the scanning clone's objects
 * (through `objects/info/alternates`), where every merge of a scan runs.
 *
 * Why: a verdict must depend on the two commits only, never on the clone that
 * computes it. In the clone itself git would read merge attributes from the
 * work tree's and the index's `.gitattributes`, from `.git/info/attributes`,
 * from the user's `core.attributesFile` and the system file (a `* merge=union`
 * line in any of them turns a conflict into a clean merge), and merge settings
 * (conflict style, renames, custom merge drivers) from every config file. git
 * 2.39 has no `--attr-source`. Here there is no work tree, no index, no
 * `info/attributes`, no system or global configuration, and the attributes
 * file is ours: empty, or only the conflict marker size we choose. Objects the
 * merges write stay in the sandbox and go when it is closed.
 */
/** Memory-backed folders need this much free room to hold a scan's merge results. */
const MIN_MEMORY_FREE = 1024 ** 3;
/**
 * Where sandboxes go: /dev/shm when it is a roomy memory file system (Linux
 * runners), else the system temp folder. Every merge writes its result trees
 * and conflicted blobs as loose objects, thousands of small files per scan:
 * written and removed in memory they cost a fraction of what a disk costs.
 */
function sandboxParent() {
    try {
        const fs = (0,external_node_fs_.statfsSync)('/dev/shm');
        if (fs.bavail * fs.bsize >= MIN_MEMORY_FREE)
            return '/dev/shm';
    }
    catch {
        // No /dev/shm (macOS, Windows) or not readable: the temp folder it is.
    }
    return (0,external_node_os_.tmpdir)();
}
class MergeSandbox {
    dir;
    git;
    attributesDir;
    constructor(dir, git, attributesDir) {
        this.dir = dir;
        this.git = git;
        this.attributesDir = attributesDir;
    }
    static async open(source) {
        const objects = await (0,refs/* gitPath */.C8)(source, 'objects');
        const objectsDir = (0,external_node_path_.isAbsolute)(objects) ? objects : (0,external_node_path_.resolve)(source.cwd, objects);
        const format = await (0,refs/* objectFormat */.n9)(source).catch(() => 'sha1');
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(sandboxParent(), 'orch-merge-'));
        try {
            const emptyConfig = (0,external_node_path_.join)(dir, 'empty-config');
            (0,external_node_fs_.writeFileSync)(emptyConfig, '');
            const gitDir = (0,external_node_path_.join)(dir, 'repo.git');
            const env = {
                GIT_DIR: gitDir,
                GIT_CONFIG_NOSYSTEM: '1',
                GIT_CONFIG_GLOBAL: emptyConfig,
                GIT_ATTR_NOSYSTEM: '1',
                GIT_NO_REPLACE_OBJECTS: '1',
                // Nothing from the caller's environment may point git elsewhere.
                GIT_WORK_TREE: undefined,
                GIT_INDEX_FILE: undefined,
                GIT_OBJECT_DIRECTORY: undefined,
                GIT_ALTERNATE_OBJECT_DIRECTORIES: undefined,
                GIT_COMMON_DIR: undefined,
                GIT_CONFIG: undefined,
                GIT_CONFIG_PARAMETERS: undefined,
                GIT_CONFIG_COUNT: undefined,
            };
            const git = new git_git/* Git */.TU(dir, env);
            await initBare(git, gitDir, format);
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(gitDir, 'objects', 'info', 'alternates'), `${objectsDir}\n`);
            return new MergeSandbox(dir, git, dir);
        }
        catch (error) {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    /**
     * `-c` arguments that pin everything a merge result depends on besides the
     * two commits: the plain conflict style and our own attributes file (empty,
     * or one line setting the marker size for every path).
     */
    pins(markerSize) {
        const file = (0,external_node_path_.join)(this.attributesDir, markerSize ? `attributes-${markerSize}` : 'attributes');
        if (!this.written.has(file)) {
            (0,external_node_fs_.writeFileSync)(file, markerSize ? `* conflict-marker-size=${markerSize}\n` : '');
            this.written.add(file);
        }
        return ['-c', `core.attributesFile=${file}`, '-c', 'merge.conflictStyle=merge'];
    }
    written = new Set();
    close() {
        (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ comparePairResults),
/* harmony export */   PG: () => (/* binding */ planPairs),
/* harmony export */   YP: () => (/* binding */ compareBranches),
/* harmony export */   Yz: () => (/* binding */ pairKey),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   qy: () => (/* binding */ normalizeBranches)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);

const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** Locale-independent ordering, so output is the same on every machine. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Spec, then the overseer before implementors, then implementor number, then name. */
function compareBranches(a, b) {
    return (compareText(a.spec, b.spec) ||
        (a.role === b.role ? 0 : a.role === 'overseer' ? -1 : 1) ||
        (a.index ?? 0) - (b.index ?? 0) ||
        compareText(a.name, b.name));
}
/** Results in a stable order: by left branch, then right branch. */
function comparePairResults(a, b) {
    return compareText(a.left, b.left) || compareText(a.right, b.right);
}
/** The same key for (a, b) and (b, a): a conflict does not depend on who merges into whom. */
function pairKey(pair) {
    const [a, b] = pair.left <= pair.right ? [pair.left, pair.right] : [pair.right, pair.left];
    return `${a}\u0000${b}`;
}
/** Branches sorted and checked: names unique, commit ids well-formed. */
function normalizeBranches(branches) {
    const byName = new Map();
    for (const b of branches) {
        if (!SHA_RE.test(b.sha)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`branch ${JSON.stringify(b.name)} has commit id ${JSON.stringify(b.sha)}: expected 40 or 64 lowercase hex digits`);
        }
        const seen = byName.get(b.name);
        if (seen && seen.sha !== b.sha) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`branch ${JSON.stringify(b.name)} is listed twice with different commits (${seen.sha} and ${b.sha})`);
        }
        byName.set(b.name, b);
    }
    return [...byName.values()].sort(compareBranches);
}
/**
 * The pairs to scan. `feature`: within each spec, every implementor against
 * every other and against the spec's overseer (the overseer is the left side:
 * implementors merge into it). `all`: every pair of the given branches.
 */
function planPairs(branches, options = {}) {
    const scope = options.scope ?? 'feature';
    if (scope !== 'feature' && scope !== 'all') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`conflict scope ${JSON.stringify(scope)} is not valid: expected "feature" or "all"`);
    }
    const sorted = normalizeBranches(branches);
    const pairs = [];
    for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
            const a = sorted[i];
            const b = sorted[j];
            if (scope === 'feature' && !(a.spec === b.spec && b.role === 'implementor'))
                continue;
            pairs.push({ left: a.name, right: b.name, leftSha: a.sha, rightSha: b.sha });
        }
    }
    return pairs;
}


/***/ }),

/***/ 1444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ resolveParallelism),
/* harmony export */   iv: () => (/* binding */ chunk),
/* harmony export */   kD: () => (/* binding */ runPool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);


/** The number of concurrent git processes to use: the caller's choice, else one per CPU. */
function resolveParallelism(maxParallel) {
    if (maxParallel === undefined)
        return Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)());
    if (!Number.isInteger(maxParallel) || maxParallel < 1 || maxParallel > 256) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`max-parallel ${JSON.stringify(maxParallel)} is not valid: expected a whole number from 1 to 256`);
    }
    return maxParallel;
}
/** Runs `fn` over `items` with at most `limit` running at once; results in input order. */
async function runPool(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** Consecutive slices of at most `size` items. */
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}


/***/ }),

/***/ 7783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ RangeBudget),
/* harmony export */   F: () => (/* binding */ DEFAULT_RANGE_LIMITS)
/* harmony export */ });
const DEFAULT_RANGE_LIMITS = {
    fileBytes: 4 * 1024 * 1024,
    scanBytes: 64 * 1024 * 1024,
    fileWork: 20_000_000,
    scanWork: 200_000_000,
};
function mib(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
class RangeBudget {
    limits;
    bytes = 0;
    work = 0;
    constructor(limits = DEFAULT_RANGE_LIMITS) {
        this.limits = limits;
    }
    /** null when the file's two sides may be read; else why not. */
    admit(leftSize, rightSize) {
        if (leftSize === null || rightSize === null)
            return 'a blob is missing';
        const size = leftSize + rightSize;
        if (size > this.limits.fileBytes)
            return `the file is too large for line ranges (${mib(size)} on both sides; the limit is ${mib(this.limits.fileBytes)})`;
        if (this.bytes + size > this.limits.scanBytes)
            return `this scan's budget for reading files for line ranges (${mib(this.limits.scanBytes)}) is spent`;
        this.bytes += size;
        return null;
    }
    /** The alignment work the next file may use (0: none left). */
    alignment() {
        return Math.max(0, Math.min(this.limits.fileWork, this.limits.scanWork - this.work));
    }
    spend(work) {
        this.work += work;
    }
    spentReason() {
        return `this scan's budget for aligning lines (${this.limits.scanWork} steps) is spent`;
    }
    tooCostlyReason(allowance) {
        return allowance < this.limits.fileWork
            ? `aligning this file's lines would exceed what is left of this scan's budget (${allowance} steps)`
            : `aligning this file's lines is too costly (more than ${this.limits.fileWork} steps: huge or very different versions)`;
    }
}


/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ scanPairs)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(2474);
// EXTERNAL MODULE: ./shared/conflicts/pool.ts
var pool = __webpack_require__(1444);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(6140);
;// CONCATENATED MODULE: ./shared/conflicts/disjoint.ts



/**
 * Proving that a pair cannot conflict, from the exact changes of each side.
 *
 * With one merge base B, git's merge (ort) of L and R starts from two diffs:
 * diff(B, L) and diff(B, R). `git diff-tree -r --no-renames B L` lists every
 * leaf entry (file, symlink, submodule) whose content, mode or type differs,
 * or that exists on one side only; a file that became a folder shows as the
 * file deleted plus the folder's files added. Renames are a deletion plus an
 * addition, so both the old and the new path count as changed.
 *
 * Every way ort can produce a conflict needs the two sides to meet:
 * - content, add/add, modify/delete, mode or type conflicts, a submodule
 *   changed on both sides: the same path is changed on both sides;
 * - rename/rename, rename/delete, rename/add: the renamed path (old or new)
 *   is changed on the other side too, and it is in this side's set as well;
 * - file/directory: a path of one side is a folder of a path of the other;
 * - directory renames: ort moves the other side's new or renamed files out of
 *   a folder only when that folder vanished on one side, which takes deleting
 *   something in it, while the other side changed something in it.
 * So when no path of one side equals a path or a folder of the other, and no
 * folder one side deleted from holds a change of the other, each path of the
 * merged tree is taken unchanged from the one side that changed it: clean.
 *
 * With several merge bases (criss-cross merges) ort merges the bases first
 * into a virtual one, whose content depends on that inner merge: such pairs
 * are always merged, never settled here.
 */
const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The folders that hold `path`: "a/b/c" → "a/b", "a". */
function parentDirs(path) {
    const dirs = [];
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1))
        dirs.push(path.slice(0, i));
    return dirs;
}
/** What one side changed since a merge base. */
class ChangeSet {
    paths = new Set();
    /** Folders holding a changed path. */
    dirs = new Set();
    /** Folders holding a deleted path. */
    deletedDirs = new Set();
    add(status, path) {
        this.paths.add(path);
        for (const dir of parentDirs(path)) {
            this.dirs.add(dir);
            if (status === 'D')
                this.deletedDirs.add(dir);
        }
    }
    /** True when the two sides meet in one of the ways the proof above lists. */
    meets(other) {
        const [small, large] = this.paths.size <= other.paths.size ? [this, other] : [other, this];
        for (const path of small.paths)
            if (large.paths.has(path) || large.dirs.has(path))
                return true;
        for (const dir of small.dirs)
            if (large.paths.has(dir) || large.deletedDirs.has(dir))
                return true;
        for (const dir of small.deletedDirs)
            if (large.dirs.has(dir))
                return true;
        return false;
    }
}
function rangeKey(base, tip) {
    return `${base} ${tip}`;
}
/** The exact changes of many (merge base, tip) ranges, read with a few `git diff-tree --stdin` processes. */
class ExactChanges {
    sets = new Map();
    static async load(git, ranges, maxParallel) {
        const changes = new ExactChanges();
        const unique = [...new Map(ranges.map((r) => [rangeKey(r.base, r.tip), r])).values()];
        for (const r of unique)
            if (!OID_RE.test(r.base) || !OID_RE.test(r.tip))
                throw new Error(`not a commit id: ${rangeKey(r.base, r.tip)}`);
        const parts = (0,pool/* chunk */.iv)(unique, Math.max(50, Math.ceil(unique.length / maxParallel)));
        const outputs = await (0,pool/* runPool */.kD)(parts, maxParallel, async (part) => {
            const input = part.map((r) => `${rangeKey(r.base, r.tip)}\n`).join('');
            // latin1: one character per byte, so paths of any bytes compare exactly.
            return (await (0,diff/* diffTreeStatusBatch */.qO)(git, input)).toString('latin1');
        });
        parts.forEach((part, i) => changes.read(part, outputs[i]));
        return changes;
    }
    /** `--always` prints a header (the first commit id of the input line) for every range, then status/path fields. */
    read(part, stdout) {
        const fields = stdout.split('\0');
        let at = 0;
        for (const { base, tip } of part) {
            if (fields[at] !== base)
                throw new errors/* GitError */.XS(`git diff-tree output out of step: expected ${base}, got ${JSON.stringify(fields[at])}`, diff/* STATUS_BATCH_ARGS */.cl, '', 0);
            at++;
            const set = new ChangeSet();
            // A status is a letter (a score may follow); a commit id in that position starts the next range.
            while (at < fields.length && fields[at] !== '' && !OID_RE.test(fields[at])) {
                const status = fields[at++];
                const path = fields[at++];
                if (path === undefined)
                    throw new errors/* GitError */.XS('git diff-tree output ends inside an entry', diff/* STATUS_BATCH_ARGS */.cl, '', 0);
                set.add(status[0], path);
            }
            this.sets.set(rangeKey(base, tip), set);
        }
    }
    /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
    mayConflict(left, right, base) {
        const a = this.sets.get(rangeKey(base, left));
        const b = this.sets.get(rangeKey(base, right));
        if (!a || !b)
            return true;
        return a.meets(b);
    }
}

// EXTERNAL MODULE: ./shared/conflicts/plan-pairs.ts
var plan_pairs = __webpack_require__(8685);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(8278);
;// CONCATENATED MODULE: ./shared/conflicts/raw-path.ts

// Line breaks (C0, NEL and the rest of C1, U+2028/9), DEL, and the bidi controls that reorder what a reader sees.
// (The Arabic letter mark, U+061C, has never been among them: kept so, as paths already recorded show.)
const NEEDS_QUOTING = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1, controls/* LINE_SEPARATORS */.Ev, controls/* BIDI */.lr], { except: '\u061c' });
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

;// CONCATENATED MODULE: ./shared/conflicts/conflict-kinds.ts


/**
 * How git names the conflict, most specific first: a path with both a
 * file/directory and a modify/delete message is a file/directory conflict, a
 * binary file also gets a "contents" message, and so on. Matched against the
 * words in parentheses of git's short type ("CONFLICT (rename/delete)") and of
 * the message text ("CONFLICT (add/add): ..."), never against paths.
 */
const KIND_RULES = [
    ['binary', /binary/i],
    ['submodule', /submodule/i],
    // A file on one side, a symlink (or submodule) on the other: git keeps both under new names.
    ['distinct types', /distinct types/i],
    ['file/directory', /file\/directory|directory\/file/i],
    ['rename', /rename|file location/i],
    ['modify/delete', /modify\/delete/i],
    ['add/add', /add\/add/i],
    ['content', /^contents?$/i],
];
function isConflictMessage(m) {
    return /^CONFLICT/i.test(m.type) || /^CONFLICT/i.test(m.text) || /^warning: Cannot merge binary files/i.test(m.text);
}
/** "CONFLICT (rename/delete)" → "rename/delete"; a binary warning → "binary". */
function tagsOf(m) {
    const tags = [];
    const fromType = /^CONFLICT ?\(([^)]*)\)/i.exec(m.type);
    const fromText = /^CONFLICT ?\(([^)]*)\)/i.exec(m.text);
    if (fromType)
        tags.push(fromType[1]);
    if (fromText)
        tags.push(fromText[1]);
    if (/^warning: Cannot merge binary files/i.test(m.text))
        tags.push('binary');
    return tags;
}
function kindOf(messages, stages) {
    const tags = messages.flatMap(tagsOf);
    for (const [kind, re] of KIND_RULES) {
        if (!tags.some((t) => re.test(t)))
            continue;
        // A content conflict with no base version is two different additions.
        if (kind === 'content' && !stages.base && stages.left && stages.right)
            return 'add/add';
        return kind;
    }
    if ([stages.base, stages.left, stages.right].some((s) => s?.mode === '160000'))
        return 'submodule';
    if (stages.base && (!stages.left || !stages.right))
        return 'modify/delete';
    if (!stages.base && stages.left && stages.right)
        return 'add/add';
    return 'other';
}
/**
 * The conflicted paths of a merge with their kind, git's message and their
 * index stages, sorted by path; and the conflict messages that belong to no
 * conflicted path. Paths and messages in `record` are latin1 byte strings.
 */
function classifyConflicts(record) {
    const byPath = new Map();
    for (const e of record.entries) {
        const stages = byPath.get(e.path) ?? {};
        if (e.stage === 1)
            stages.base = e;
        else if (e.stage === 2)
            stages.left = e;
        else
            stages.right = e;
        byPath.set(e.path, stages);
    }
    const conflictMessages = record.messages.filter(isConflictMessage);
    const used = new Set();
    const files = [];
    for (const [rawPath, stages] of byPath) {
        const about = conflictMessages.filter((m) => m.paths.includes(rawPath));
        for (const m of about)
            used.add(m);
        const message = [...new Set(about.map((m) => decodeBytes(m.text).trim()))].join('\n');
        files.push({ rawPath, ...displayPath(rawPath), kind: kindOf(about, stages), ...(message ? { message } : {}), ...stages });
    }
    const messages = conflictMessages
        .filter((m) => !used.has(m))
        .map((m) => ({ paths: m.paths.map((p) => displayPath(p).path), type: decodeBytes(m.type), text: decodeBytes(m.text).trim() }));
    // Byte order, as git lists them.
    return { files: files.sort((a, b) => (0,plan_pairs/* compareText */.n6)(a.rawPath, b.rawPath)), messages };
}

;// CONCATENATED MODULE: ./shared/conflicts/conflict-markers.ts
/** Splits text into lines; a final newline does not start another line. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function stripCr(line) {
    return line.endsWith('\r') ? line.slice(0, -1) : line;
}
/** The conflict marker size git uses unless an attribute says otherwise. */
const DEFAULT_MARKER_SIZE = 7;
/**
 * Whether `line` is an opening (`<`) or closing (`>`) marker of exactly `size`
 * characters for the commit `label`: the run, a space, then the label git was
 * given (we give commit ids), optionally followed by `:path` when the file was
 * renamed.
 */
function isMarker(line, char, size, label) {
    const text = stripCr(line);
    if (text.length < size + 1 + label.length || text[size] !== ' ')
        return false;
    for (let i = 0; i < size; i++)
        if (text[i] !== char)
            return false;
    const rest = text.slice(size + 1);
    return rest === label || rest.startsWith(`${label}:`);
}
/**
 * Whether some line of `text` would be taken for one of git's markers when the
 * merged file is parsed with markers of `size` for these labels: a separator
 * of exactly `size` "=", or an opening or closing marker carrying the commit
 * id of its side (see isMarker). Every line of a merged file is a marker or a
 * line of one side (the plain conflict style shows no base lines), so when
 * neither side has such a line, the parse is exact. Otherwise (an RST heading
 * underlined with exactly seven "=", a document about git) the scan merges the
 * pair again with markers longer than any of its lines.
 */
function hasMarkerLikeLines(text, labels, size = DEFAULT_MARKER_SIZE) {
    const separator = '='.repeat(size);
    for (const line of splitLines(text)) {
        const first = line[0];
        if (first !== '=' && first !== '<' && first !== '>')
            continue;
        if (stripCr(line) === separator || isMarker(line, '<', size, labels.left) || isMarker(line, '>', size, labels.right))
            return true;
    }
    return false;
}
/** The length of the longest line of `text`. */
function longestLine(text) {
    let longest = 0;
    let start = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        if (end - start > longest)
            longest = end - start;
        start = end + 1;
    }
    return longest;
}
/**
 * Finds the conflict hunks git wrote into a merged file with markers of
 * `size`. Exact, not guessed: the caller chose `size` so that no line of
 * either side can look like a marker (see hasMarkerLikeLines), so every marker
 * line is git's. A hunk with other than one separator means that promise was
 * broken: it throws rather than guess.
 */
function findConflictBlocks(merged, labels, size = DEFAULT_MARKER_SIZE) {
    const blocks = [];
    const separator = '='.repeat(size);
    for (let i = 0; i < merged.length; i++) {
        if (!isMarker(merged[i], '<', size, labels.left))
            continue;
        let close = -1;
        for (let j = i + 1; j < merged.length; j++) {
            if (isMarker(merged[j], '>', size, labels.right)) {
                close = j;
                break;
            }
        }
        if (close < 0)
            throw new Error(`conflict marker at line ${i + 1} is never closed`);
        const separators = [];
        for (let j = i + 1; j < close; j++)
            if (stripCr(merged[j]) === separator)
                separators.push(j);
        if (separators.length !== 1)
            throw new Error(`conflict hunk at line ${i + 1} has ${separators.length} separators`);
        const sep = separators[0];
        blocks.push({ open: i, close, ours: merged.slice(i + 1, sep), theirs: merged.slice(sep + 1, close) });
        i = close;
    }
    return blocks;
}

;// CONCATENATED MODULE: ./shared/conflicts/line-diff.ts
/** Raised when aligning two texts would cost more than the budget allows (huge, very different files). */
class DiffBudgetExceeded extends Error {
    work;
    constructor(message, 
    /** The work done before giving up. */
    work) {
        super(message);
        this.work = work;
    }
}
/**
 * A longest-common-subsequence alignment of two line lists (Myers' O(ND)
 * algorithm in linear space: find the middle snake, recurse on both halves).
 * Returns, for every line of `b`, the index of the line of `a` it is matched
 * with, or -1. `budget` bounds the work (diagonal steps) for huge inputs.
 */
function matchLines(a, b, budget = 50_000_000, stats) {
    const ids = new Map();
    const intern = (lines) => {
        const out = new Int32Array(lines.length);
        lines.forEach((line, i) => {
            let id = ids.get(line);
            if (id === undefined)
                ids.set(line, (id = ids.size));
            out[i] = id;
        });
        return out;
    };
    // Lines equal at both ends are matched as they are: only the middle is interned and aligned
    // (the versions compared here mostly differ in a few places, so this is most of the work saved).
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    const A = intern(a.slice(head, a.length - tail));
    const B = intern(b.slice(head, b.length - tail));
    const whole = new Int32Array(b.length).fill(-1);
    for (let i = 0; i < head; i++)
        whole[i] = i;
    for (let i = 1; i <= tail; i++)
        whole[b.length - i] = a.length - i;
    const match = whole.subarray(head, b.length - tail);
    const size = A.length + B.length + 2;
    const forward = new Int32Array(2 * size + 1);
    const backward = new Int32Array(2 * size + 1);
    let work = 0;
    /** Finds a middle snake of A[aLo,aHi) × B[bLo,bHi) (both non-empty); returns [x, y, u, v] in absolute indices. */
    const middleSnake = (aLo, aHi, bLo, bHi) => {
        const n = aHi - aLo;
        const m = bHi - bLo;
        const delta = n - m;
        const odd = (delta & 1) !== 0;
        const off = size;
        forward[off + 1] = 0;
        backward[off + 1] = 0;
        const maxD = Math.ceil((n + m) / 2);
        for (let d = 0; d <= maxD; d++) {
            work += 2 * d + 1;
            if (work > budget) {
                if (stats)
                    stats.work += work;
                throw new DiffBudgetExceeded('line alignment is too costly for these files', work);
            }
            for (let k = -d; k <= d; k += 2) {
                let x = k === -d || (k !== d && forward[off + k - 1] < forward[off + k + 1]) ? forward[off + k + 1] : forward[off + k - 1] + 1;
                let y = x - k;
                const x0 = x;
                const y0 = y;
                while (x < n && y < m && A[aLo + x] === B[bLo + y]) {
                    x++;
                    y++;
                }
                forward[off + k] = x;
                const rk = delta - k;
                if (odd && rk >= -(d - 1) && rk <= d - 1 && x + backward[off + rk] >= n) {
                    return [aLo + x0, bLo + y0, aLo + x, bLo + y];
                }
            }
            for (let k = -d; k <= d; k += 2) {
                // Reverse coordinates: x' = n - x, y' = m - y, diagonal k' = x' - y'.
                let x = k === -d || (k !== d && backward[off + k - 1] < backward[off + k + 1]) ? backward[off + k + 1] : backward[off + k - 1] + 1;
                let y = x - k;
                const x0 = x;
                const y0 = y;
                while (x < n && y < m && A[aHi - 1 - x] === B[bHi - 1 - y]) {
                    x++;
                    y++;
                }
                backward[off + k] = x;
                const fk = delta - k;
                if (!odd && fk >= -d && fk <= d && x + forward[off + fk] >= n) {
                    return [aHi - x, bHi - y, aHi - x0, bHi - y0];
                }
            }
        }
        throw new Error('middle snake not found (unreachable)');
    };
    const solve = (aLo, aHi, bLo, bHi) => {
        for (;;) {
            while (aLo < aHi && bLo < bHi && A[aLo] === B[bLo])
                match[bLo++] = aLo++;
            while (aLo < aHi && bLo < bHi && A[aHi - 1] === B[bHi - 1])
                match[--bHi] = --aHi;
            if (aLo === aHi || bLo === bHi)
                return;
            const [x, y, u, v] = middleSnake(aLo, aHi, bLo, bHi);
            for (let i = 0; i < u - x; i++)
                match[y + i] = x + i;
            solve(aLo, x, bLo, y);
            // Loop instead of recursing on the second half, so deep inputs do not grow the stack twice.
            aLo = u;
            bLo = v;
        }
    };
    solve(0, A.length, 0, B.length);
    if (stats)
        stats.work += work;
    // `match` holds indexes into the middle of `a`: shift them to indexes of `a`.
    if (head)
        for (let i = 0; i < match.length; i++)
            if (match[i] >= 0)
                match[i] = match[i] + head;
    return whole;
}

;// CONCATENATED MODULE: ./shared/conflicts/line-ranges.ts


/**
 * The lines of each conflict hunk in each side's own version of the file.
 *
 * git writes the hunks into the merged file, but around them that file also
 * holds the other side's clean changes, so its line numbers are neither
 * side's. For the left side we rebuild "merged with every hunk resolved to
 * the left lines" (the left file plus the right side's clean changes) and
 * align it with the left file (a longest common subsequence): the hunk's lines
 * land on their own lines of the left file. Likewise for the right side.
 */
function conflictLineRanges(texts, labels, markerSize, budget, 
/** Receives the alignment work done (see matchLines). */
stats = { work: 0 }) {
    const merged = splitLines(texts.merged);
    const left = splitLines(texts.left);
    const right = splitLines(texts.right);
    const blocks = findConflictBlocks(merged, labels, markerSize);
    if (blocks.length === 0)
        return { leftRanges: [], rightRanges: [] };
    // One budget for both sides: what the left alignment used is gone for the right one.
    const before = stats.work;
    const leftRanges = sideRanges(merged, blocks, left, (b) => b.ours, budget, stats);
    const rightRanges = sideRanges(merged, blocks, right, (b) => b.theirs, budget === undefined ? undefined : budget - (stats.work - before), stats);
    return { leftRanges, rightRanges };
}
function sideRanges(merged, blocks, side, pick, budget, stats) {
    // The merged file with each hunk replaced by this side's lines; remember where each hunk starts.
    const resolved = [];
    const starts = [];
    let at = 0;
    for (const block of blocks) {
        for (; at < block.open; at++)
            resolved.push(merged[at]);
        starts.push(resolved.length);
        resolved.push(...pick(block));
        at = block.close + 1;
    }
    for (; at < merged.length; at++)
        resolved.push(merged[at]);
    const toSide = matchLines(side, resolved, budget, stats);
    const ranges = [];
    let cursor = 0;
    blocks.forEach((block, k) => {
        const lines = pick(block);
        const start = placeHunk(starts[k], lines, toSide, side, cursor);
        ranges.push({ start: start + 1, end: start + lines.length });
        cursor = start + lines.length;
    });
    return ranges;
}
/** 0-based line of `side` where the hunk starting at `resolvedStart` begins. */
function placeHunk(resolvedStart, lines, toSide, side, cursor) {
    const first = toSide[resolvedStart] ?? -1;
    if (lines.length > 0 && first >= cursor && lines.every((_, i) => toSide[resolvedStart + i] === first + i))
        return first;
    // The alignment split or moved the hunk (repeated lines); place it next to the nearest aligned line
    // before it, at the closest spot where the side really has these lines.
    let anchor = resolvedStart - 1;
    while (anchor >= 0 && toSide[anchor] < 0)
        anchor--;
    const expected = Math.max(cursor, anchor >= 0 ? toSide[anchor] + 1 : 0);
    if (lines.length === 0)
        return Math.min(expected, side.length);
    const fitsAt = (pos) => pos >= cursor && pos + lines.length <= side.length && lines.every((line, i) => side[pos + i] === line);
    for (let distance = 0; distance <= side.length; distance++) {
        if (fitsAt(expected + distance))
            return expected + distance;
        if (distance > 0 && fitsAt(expected - distance))
            return expected - distance;
    }
    return Math.min(expected, Math.max(0, side.length - lines.length));
}

;// CONCATENATED MODULE: ./shared/conflicts/merge-tree-output.ts
const merge_tree_output_OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ENTRY_RE = /^([0-7]{6}) ([0-9a-f]{40}(?:[0-9a-f]{24})?) ([123])\t([\s\S]*)$/;
/** Thrown when the output does not have the shape git documents; the caller reports the pair as an error. */
class MergeTreeFormatError extends Error {
}
/** Walks NUL-separated fields. */
class Fields {
    fields;
    pos = 0;
    constructor(fields) {
        this.fields = fields;
    }
    get done() {
        return this.pos >= this.fields.length;
    }
    peek() {
        return this.fields[this.pos];
    }
    next() {
        const value = this.fields[this.pos++];
        if (value === undefined)
            throw new MergeTreeFormatError('merge-tree output ended early');
        return value;
    }
}
function readTree(f) {
    const tree = f.next();
    if (!merge_tree_output_OID_RE.test(tree))
        throw new MergeTreeFormatError(`expected a tree id, got ${JSON.stringify(tree.slice(0, 80))}`);
    return tree;
}
/** Conflicted-file lines up to the empty field (or the end of the output). */
function readEntries(f) {
    const entries = [];
    while (!f.done && f.peek() !== '') {
        const m = ENTRY_RE.exec(f.next());
        if (!m)
            throw new MergeTreeFormatError('malformed conflicted-file line in merge-tree output');
        entries.push({ mode: m[1], oid: m[2], stage: Number(m[3]), path: m[4] });
    }
    if (!f.done)
        f.next();
    return entries;
}
/**
 * Messages (`<count> <path>... <type> <text>`) up to the empty field or the
 * end of the output. After submodule conflicts git prints a free-text advice
 * paragraph where the empty field would be; it ends the messages as well.
 */
function readMessages(f) {
    const messages = [];
    while (!f.done && /^\d+$/.test(f.peek())) {
        const count = Number(f.next());
        const paths = [];
        for (let i = 0; i < count; i++)
            paths.push(f.next());
        const type = f.next();
        const text = f.next().replace(/\n$/, '');
        messages.push({ paths, type, text });
    }
    if (f.done)
        return { messages, terminated: false };
    f.next();
    return { messages, terminated: true };
}
/**
 * Output of one `git merge-tree --write-tree -z A B`; `exitCode` 0 means clean,
 * 1 conflicted. The caller has already ruled out other exit codes.
 */
function parseMergeTree(stdout, exitCode) {
    const f = new Fields(stdout.split('\0'));
    const tree = readTree(f);
    const entries = readEntries(f);
    const { messages } = readMessages(f);
    return { clean: exitCode === 0, tree, entries, messages };
}
/**
 * Records of `git merge-tree --stdin --write-tree -z`, in input order. Each is
 * `<status> <tree> [<entries> '' <messages>] ''`, where the status is 1 for
 * clean and 0 for conflicted (the inverse of the exit codes of a single
 * merge). A process that died part-way (e.g. "refusing to merge unrelated
 * histories") leaves only the complete records.
 */
function parseMergeTreeBatch(stdout) {
    const fields = stdout.split('\0');
    // The output ends with a NUL, so the last field is '' and belongs to no record.
    if (fields[fields.length - 1] === '')
        fields.pop();
    const f = new Fields(fields);
    const records = [];
    while (!f.done) {
        const status = f.next();
        if (status !== '0' && status !== '1')
            throw new MergeTreeFormatError(`expected a merge status, got ${JSON.stringify(status.slice(0, 80))}`);
        const tree = readTree(f);
        if (status === '1') {
            if (f.done)
                break;
            if (f.next() !== '')
                throw new MergeTreeFormatError('clean merge record not terminated');
            records.push({ clean: true, tree, entries: [], messages: [] });
            continue;
        }
        if (f.done)
            break;
        const entries = readEntries(f);
        if (f.done)
            break;
        const messages = readMessagesUntilRecordEnd(f);
        if (messages === null)
            break;
        records.push({ clean: false, tree, entries, messages });
    }
    return records;
}
/** Like readMessages, but null when the output stops before the record's closing field. */
function readMessagesUntilRecordEnd(f) {
    try {
        const { messages, terminated } = readMessages(f);
        return terminated ? messages : null;
    }
    catch (e) {
        if (e instanceof MergeTreeFormatError && /ended early/.test(e.message))
            return null;
        throw e;
    }
}

// EXTERNAL MODULE: ./shared/git/merge-tree.ts
var merge_tree = __webpack_require__(5392);
;// CONCATENATED MODULE: ./shared/conflicts/merge-tree-runner.ts




const batchSupport = new Map();
/** Whether this git has `merge-tree --stdin` (checked once per git version, by trying it). */
async function supportsBatchMerge(git) {
    const version = (await git.version()).text;
    let known = batchSupport.get(version);
    if (!known) {
        known = (0,merge_tree/* mergeTreeTakesStdin */.R4)(git);
        batchSupport.set(version, known);
    }
    return known;
}
function failure(stderr, exitCode) {
    if (/unrelated histories/.test(stderr))
        return { ok: false, error: 'no common history' };
    const line = stderr
        .trim()
        .split('\n')
        .pop()
        ?.replace(/^fatal: /, '') || `git merge-tree exited with ${exitCode}`;
    return { ok: false, error: line };
}
/**
 * merge-tree's output as a string of bytes (latin1: one character per byte), so
 * that paths that are not UTF-8 survive; `displayPath` turns them into text.
 */
async function mergeTree(sandbox, args, markerSize, input) {
    return (0,merge_tree/* runMergeTree */.Kb)(sandbox.git, sandbox.pins(markerSize), args, input);
}
/**
 * One merge, one process. Exit 0 clean, 1 conflicted; the output must start
 * with a tree id. `markerSize` sets the conflict marker size (default 7).
 */
async function mergeOne(sandbox, job, markerSize) {
    const r = await mergeTree(sandbox, ['--write-tree', '-z', job.leftSha, job.rightSha], markerSize);
    if (r.exitCode !== 0 && r.exitCode !== 1)
        return failure(r.stderr, r.exitCode);
    try {
        return { ok: true, record: parseMergeTree(r.stdout, r.exitCode) };
    }
    catch {
        // An unknown ref also exits 1, with no tree id: never read that as a conflict.
        return failure(r.stderr || 'git merge-tree printed no tree id', r.exitCode);
    }
}
/**
 * Many merges, one process. If the process dies part-way (it does for a pair
 * with no common history), the merges it finished are kept, the pair it died
 * on is run alone to get its own error, and the rest go on in a new batch.
 */
async function mergeBatch(sandbox, jobs, markerSize) {
    const outcomes = [];
    let rest = jobs;
    while (rest.length > 0) {
        const input = rest.map((j) => `${j.leftSha} ${j.rightSha}\n`).join('');
        const r = await mergeTree(sandbox, ['--stdin', '--write-tree', '-z'], markerSize, input);
        let records;
        try {
            records = parseMergeTreeBatch(r.stdout);
            if (records.length > rest.length)
                throw new Error('more merges than were asked for');
        }
        catch {
            // Output we cannot read: do these merges one by one rather than guess.
            for (const job of rest)
                outcomes.push(await mergeOne(sandbox, job, markerSize));
            break;
        }
        for (const record of records)
            outcomes.push({ ok: true, record });
        if (records.length === rest.length)
            break;
        outcomes.push(await mergeOne(sandbox, rest[records.length], markerSize));
        rest = rest.slice(records.length + 1);
    }
    return outcomes;
}
/** Runs the merges with a bounded number of git processes; outcomes in job order. */
async function runMerges(sandbox, jobs, options) {
    const git = sandbox.git;
    const supported = options.strategy === 'per-pair' ? false : await supportsBatchMerge(git);
    if (options.strategy === 'batch' && !supported) {
        const v = await git.version();
        throw new errors/* InputError */.dz(`strategy "batch" needs git merge-tree --stdin, which git ${v.major}.${v.minor}.${v.patch} lacks: use "auto" or "per-pair"`);
    }
    if (!supported) {
        const outcomes = await (0,pool/* runPool */.kD)(jobs, options.maxParallel, async (job) => {
            const outcome = await mergeOne(sandbox, job, options.markerSize);
            options.onDone?.(1);
            return outcome;
        });
        return { outcomes, batch: false };
    }
    // One slice per process up to 500 merges each: every process loads the packs and indexes once, which on a
    // real history costs as much as dozens of merges; progress in between comes from the scan's timer.
    // Slices take every n-th job, not runs of neighbours: the pairs of one branch tend to cost alike (an old
    // fork merges slowly against everything), and a run of them would keep one process busy long after the others.
    const slices = Math.max(options.maxParallel, Math.ceil(jobs.length / 500));
    const count = Math.min(slices, Math.max(1, Math.ceil(jobs.length / 8)));
    const indexes = Array.from({ length: count }, (_, s) => jobs.map((_, i) => i).filter((i) => i % count === s));
    const outcomes = new Array(jobs.length);
    await (0,pool/* runPool */.kD)(indexes, options.maxParallel, async (slice) => {
        const done = await mergeBatch(sandbox, slice.map((i) => jobs[i]), options.markerSize);
        slice.forEach((i, k) => (outcomes[i] = done[k]));
        options.onDone?.(slice.length);
    });
    return { outcomes, batch: true };
}

// EXTERNAL MODULE: ./shared/conflicts/range-budget.ts
var range_budget = __webpack_require__(7783);
;// CONCATENATED MODULE: ./shared/conflicts/file-details.ts









const TEXT_MODES = new Set(['100644', '100755']);
function wantsRanges(f) {
    return ((f.kind === 'content' || f.kind === 'add/add') && !!f.left && !!f.right && TEXT_MODES.has(f.left.mode) && TEXT_MODES.has(f.right.mode));
}
/** git's own test for binary content: a NUL in the first 8000 bytes. */
function looksBinary(data) {
    return data.subarray(0, 8000).includes(0);
}
/**
 * The conflicted files of each merge, with line ranges for text conflicts.
 *
 * Ranges never dominate a scan: the sizes of both sides come first (one
 * `cat-file --batch-check`), the budget (`range-budget.ts`) decides which files
 * get ranges, and only those are read, with a few `cat-file --batch` processes
 * for all merges together. A file without ranges says why (`rangesSkipped`).
 * The ranges are exact: the markers are parsed at git's default size when no
 * line of either side could pass for one, and otherwise the pairs concerned are
 * merged again, batched, with markers longer than any line of their files.
 */
async function describeConflicts(sandbox, merges, maxParallel, logger, budget = new range_budget/* RangeBudget */.D()) {
    const classified = merges.map((m) => classifyConflicts(m.record));
    const ranges = new Map();
    const skipped = new Map();
    const skip = (w, why) => {
        skipped.set(w.file, why);
        logger.debug(`no line ranges for ${JSON.stringify(w.file.path)}: ${why}`);
    };
    // 1. The budget picks files from their sizes, before anything is read.
    const candidates = classified.flatMap((c, merge) => c.files.filter(wantsRanges).map((file) => ({ merge, file })));
    const sizes = await (0,cat_file/* blobSizes */.Iv)(sandbox.git, candidates.flatMap((w) => [w.file.left.oid, w.file.right.oid]));
    const wanted = candidates.filter((w, i) => {
        const why = budget.admit(sizes[i * 2] ?? null, sizes[i * 2 + 1] ?? null);
        if (why)
            skip(w, why);
        return !why;
    });
    // 2. Both sides of every admitted file, and the merged file as written with default-size markers.
    await (0,pool/* runPool */.kD)((0,pool/* chunk */.iv)(wanted, Math.max(50, Math.ceil(wanted.length / maxParallel))), maxParallel, async (part) => {
        const blobs = await (0,cat_file/* readObjects */.$I)(sandbox.git, part.flatMap((w) => [mergedName(merges[w.merge].record.tree, w.file), w.file.left.oid, w.file.right.oid]));
        part.forEach((w, i) => {
            const [merged, left, right] = blobs.slice(i * 3, i * 3 + 3);
            if (!merged || !left || !right)
                return skip(w, 'a blob is missing');
            if ([merged, left, right].some(looksBinary))
                return skip(w, 'binary content');
            // latin1 keeps every byte as one character, so lines compare exactly whatever the encoding.
            w.left = left.toString('latin1');
            w.right = right.toString('latin1');
            const labels = { left: merges[w.merge].leftSha, right: merges[w.merge].rightSha };
            if (hasMarkerLikeLines(w.left, labels) || hasMarkerLikeLines(w.right, labels))
                return;
            w.merged = merged.toString('latin1');
            w.markerSize = DEFAULT_MARKER_SIZE;
        });
    });
    // 3. Pairs whose files have lines that look like markers: merged again with longer markers, one batch per size class.
    const again = new Map();
    for (const w of wanted)
        if (w.left !== undefined && w.merged === undefined)
            again.set(w.merge, [...(again.get(w.merge) ?? []), w]);
    const bySize = new Map();
    for (const [merge, files] of again) {
        const needed = Math.max(DEFAULT_MARKER_SIZE, ...files.map((w) => Math.max(longestLine(w.left), longestLine(w.right)))) + 1;
        // Powers of two: a longer marker than needed is as exact, and few sizes mean few batches.
        const size = 2 ** Math.ceil(Math.log2(Math.max(16, needed)));
        bySize.set(size, [...(bySize.get(size) ?? []), merge]);
    }
    for (const [size, list] of [...bySize].sort((a, b) => a[0] - b[0])) {
        const { outcomes } = await runMerges(sandbox, list.map((m) => merges[m]), { strategy: 'auto', maxParallel, markerSize: size });
        const reads = [];
        list.forEach((merge, i) => {
            const outcome = outcomes[i];
            for (const w of again.get(merge)) {
                if (!outcome.ok)
                    skip(w, outcome.error);
                else
                    reads.push({ w, tree: outcome.record.tree });
            }
        });
        const blobs = await (0,cat_file/* readObjects */.$I)(sandbox.git, reads.map((r) => mergedName(r.tree, r.w.file)));
        reads.forEach(({ w }, i) => {
            if (!blobs[i])
                return skip(w, 'the merged blob is missing');
            w.merged = blobs[i].toString('latin1');
            w.markerSize = size;
        });
    }
    // 4. Alignment, in a fixed order so that the scan's budget ends at the same file every time.
    for (const w of wanted) {
        if (w.merged === undefined || w.left === undefined)
            continue;
        const m = merges[w.merge];
        const allowance = budget.alignment();
        if (allowance === 0) {
            skip(w, budget.spentReason());
            continue;
        }
        const stats = { work: 0 };
        try {
            const texts = { merged: w.merged, left: w.left, right: w.right };
            ranges.set(w.file, conflictLineRanges(texts, { left: m.leftSha, right: m.rightSha }, w.markerSize, allowance, stats));
        }
        catch (e) {
            skip(w, e instanceof DiffBudgetExceeded ? budget.tooCostlyReason(allowance) : (0,errors/* messageOf */.bD)(e));
        }
        budget.spend(stats.work);
        w.merged = w.left = w.right = undefined;
    }
    return classified.map(({ files, messages }) => ({
        files: files.map((f) => ({
            path: f.path,
            ...(f.pathBase64 === undefined ? {} : { pathBase64: f.pathBase64 }),
            kind: f.kind,
            leftRanges: ranges.get(f)?.leftRanges ?? [],
            rightRanges: ranges.get(f)?.rightRanges ?? [],
            ...(skipped.has(f) ? { rangesSkipped: skipped.get(f) } : {}),
            ...(f.message ? { message: f.message } : {}),
        })),
        messages,
    }));
}
/** `<tree>:<path>` as the bytes cat-file must get (the path may be any bytes). */
function mergedName(tree, file) {
    return Buffer.concat([Buffer.from(`${tree}:`, 'latin1'), Buffer.from(file.rawPath, 'latin1')]);
}

// EXTERNAL MODULE: ./shared/conflicts/history-graph.ts
var history_graph = __webpack_require__(4417);
// EXTERNAL MODULE: ./shared/conflicts/merge-sandbox.ts + 1 modules
var merge_sandbox = __webpack_require__(1318);
;// CONCATENATED MODULE: ./shared/conflicts/scan-pairs.ts









const SHA_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/**
 * Predicts, for every pair, whether merging the two branches would conflict,
 * and where. Nothing is written to the working tree, index or refs; merge
 * results only add objects to the object store.
 *
 * 1. Check every commit exists here (one `cat-file --batch-check`).
 * 2. Merge bases for all pairs from one history walk (`history-graph.ts`);
 *    no merge base → "no common history", and the pair never reaches the
 *    batch merge, where it would kill the whole batch.
 * 3. Unless `skipDisjoint` is false: a pair where one side contains the other
 *    merges cleanly, and a pair whose changes since the merge base touch no
 *    common path cannot conflict (`disjoint.ts`); neither needs a merge.
 * 4. The rest go to `git merge-tree --write-tree`, batched with `--stdin`
 *    when this git has it, in at most `maxParallel` processes, inside a
 *    sandbox where nothing of this clone's attributes or configuration can
 *    change a verdict (`merge-sandbox.ts`).
 * 5. Conflicted files get their kind and each side's line ranges.
 *
 * No pair can stop the others: whatever goes wrong with one is that pair's
 * `error`, and the rest are still scanned.
 */
async function scanPairs(git, pairs, options) {
    const { logger } = options;
    const maxParallel = (0,pool/* resolveParallelism */.Rz)(options.maxParallel);
    const unique = [...new Map(pairs.map((p) => [(0,plan_pairs/* pairKey */.Yz)(p), p])).values()];
    const total = unique.length;
    let done = 0;
    const counts = { cached: 0, merged: 0 };
    const progress = (n, merged = false) => {
        done += n;
        if (merged)
            counts.merged += n;
        options.onProgress?.(done, total, counts);
    };
    const results = new Map();
    const finish = (pair, result) => {
        results.set(pair, { left: pair.left, right: pair.right, leftSha: pair.leftSha, rightSha: pair.rightSha, ...result });
    };
    const phase = (name) => options.clock?.lap(name);
    const missing = await missingCommits(git, unique.flatMap((p) => [p.leftSha, p.rightSha]).filter((sha) => !options.knownCommits?.has(sha)));
    const ready = [];
    for (const pair of unique) {
        const gone = [
            ['left', pair.left, pair.leftSha],
            ['right', pair.right, pair.rightSha],
        ].find(([, , sha]) => missing.has(sha));
        if (gone) {
            finish(pair, {
                status: 'error',
                error: `commit ${JSON.stringify(gone[2])} of branch ${JSON.stringify(gone[1])} is not in this clone: fetch it first`,
                files: [],
            });
        }
        else {
            const hit = options.cache?.get(pair);
            if (hit)
                finish(pair, hit);
            else
                ready.push(pair);
        }
    }
    counts.cached = unique.length - ready.length - missingPairs(unique, missing);
    if (counts.cached)
        logger.debug(`conflict scan: ${counts.cached} of ${total} pairs answered by the verdict cache`);
    progress(unique.length - ready.length);
    phase('cache');
    if (ready.length === 0)
        return [...results.values()].sort(plan_pairs/* comparePairResults */.MI);
    const graph = await history_graph/* HistoryGraph */.r.load(git, ready.flatMap((p) => [p.leftSha, p.rightSha]));
    const shallow = await git.isShallow();
    const toMerge = [];
    const baseOf = new Map();
    const allBases = new Map();
    for (const pair of ready) {
        const found = graph.mergeBases(pair.leftSha, pair.rightSha);
        allBases.set(pair, found);
        if (found.length === 0) {
            // A shallow clone hides the history the branches share: that is a setup error, not a verdict.
            if (shallow) {
                const error = 'no common history in this shallow clone: fetch the full history (e.g. fetch-depth: 0 on actions/checkout)';
                finish(pair, { status: 'error', error, mergeBase: null, files: [] });
            }
            else
                finish(pair, { status: 'unrelated', error: 'no common history', mergeBase: null, files: [] });
            continue;
        }
        // Several best merge bases (criss-cross merges): report the one git picks.
        baseOf.set(pair, found.length === 1 ? found[0] : await git.mergeBase(pair.leftSha, pair.rightSha));
        toMerge.push(pair);
    }
    progress(ready.length - toMerge.length);
    phase('shortcut');
    const needMerge = options.skipDisjoint === false
        ? toMerge
        : await dropDisjoint(git, toMerge, baseOf, allBases, maxParallel, logger, (pair) => {
            finish(pair, { status: 'clean', mergeBase: baseOf.get(pair) ?? null, files: [] });
        });
    phase('shortcut');
    progress(toMerge.length - needMerge.length);
    logger.debug(`conflict scan: ${total} pairs, ${total - toMerge.length} settled before merging, ${toMerge.length - needMerge.length} cannot conflict, ${needMerge.length} to merge`);
    if (needMerge.length > 0) {
        const sandbox = await merge_sandbox/* MergeSandbox */.w.open(git);
        try {
            const { outcomes, batch } = await runMerges(sandbox, needMerge, {
                strategy: options.strategy ?? 'auto',
                maxParallel,
                onDone: (n) => progress(n, true),
            });
            logger.debug(`conflict scan: merged ${needMerge.length} pairs with ${batch ? 'merge-tree --stdin batches' : 'one merge-tree per pair'}`);
            phase('merges');
            const conflicted = [];
            needMerge.forEach((pair, i) => {
                const outcome = outcomes[i];
                const mergeBase = baseOf.get(pair) ?? null;
                if (!outcome.ok)
                    finish(pair, { status: 'error', error: outcome.error, mergeBase, files: [] });
                else if (outcome.record.clean)
                    finish(pair, { status: 'clean', mergeBase, files: [] });
                else
                    conflicted.push({ pair, merge: { leftSha: pair.leftSha, rightSha: pair.rightSha, record: outcome.record } });
            });
            const details = await describeConflicts(sandbox, conflicted.map((c) => c.merge), maxParallel, logger);
            phase('ranges');
            conflicted.forEach(({ pair }, i) => {
                const { files, messages } = details[i];
                finish(pair, { status: 'conflicted', mergeBase: baseOf.get(pair) ?? null, files, ...(messages.length ? { messages } : {}) });
            });
        }
        finally {
            sandbox.close();
            phase('merges');
        }
    }
    if (options.cache)
        for (const pair of ready)
            options.cache.put(results.get(pair));
    return [...results.values()].sort(plan_pairs/* comparePairResults */.MI);
}
function missingPairs(pairs, missing) {
    return pairs.filter((p) => missing.has(p.leftSha) || missing.has(p.rightSha)).length;
}
/** Commit ids (from the pairs) that do not name a commit in this repository. */
async function missingCommits(git, shas) {
    const unique = [...new Set(shas)];
    const missing = new Set(unique.filter((s) => !SHA_RE.test(s)));
    const wellFormed = unique.filter((s) => !missing.has(s));
    if (wellFormed.length === 0)
        return missing;
    const types = await (0,cat_file/* objectTypes */.Bz)(git, wellFormed);
    wellFormed.forEach((sha, i) => {
        if (types[i] !== 'commit')
            missing.add(sha);
    });
    return missing;
}
/**
 * Settles the pairs that provably merge cleanly (calls `clean` for each) and
 * returns the others. Only pairs with a single merge base qualify.
 */
async function dropDisjoint(git, pairs, baseOf, allBases, maxParallel, logger, clean) {
    const candidates = [];
    const keep = [];
    for (const pair of pairs) {
        const base = baseOf.get(pair);
        if (allBases.get(pair)?.length !== 1 || !base)
            keep.push(pair);
        // One side contains the other: the merge is the newer side as it is.
        else if (base === pair.leftSha || base === pair.rightSha)
            clean(pair);
        else
            candidates.push(pair);
    }
    if (candidates.length === 0)
        return keep;
    let changes;
    try {
        const ranges = candidates.flatMap((p) => [
            { base: baseOf.get(p), tip: p.leftSha },
            { base: baseOf.get(p), tip: p.rightSha },
        ]);
        changes = await ExactChanges.load(git, ranges, maxParallel);
    }
    catch (e) {
        // Skipping is only an optimisation: when it cannot be done safely, merge every pair.
        logger.debug(`conflict scan: not skipping disjoint pairs: ${(0,errors/* messageOf */.bD)(e)}`);
        return [...keep, ...candidates];
    }
    for (const pair of candidates) {
        if (changes.mayConflict(pair.leftSha, pair.rightSha, baseOf.get(pair)))
            keep.push(pair);
        else
            clean(pair);
    }
    return keep;
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ credentialEntries)
/* harmony export */ });
/* unused harmony export userIdentity */
/**
 * `git config`: the person's identity as their commits carry it.
 */
/**
 * `user.name <user.email>` as git would sign a commit here, or null when neither is set (or git cannot tell).
 * Read synchronously: the CLI's actor is looked up only when a command first asks for it (recording an
 * event, checking authority), so a command that records nothing starts no git for it.
 */
function userIdentity(git) {
    try {
        const r = git.execSync(CONFIG_ARGS, { allowedExitCodes: [0, 1, 128] });
        return r.exitCode === 0 ? identityOf(r.stdout) : null;
    }
    catch {
        return null;
    }
}
const CONFIG_ARGS = (/* unused pure expression or super */ null && (['config', '--get-regexp', '^user\\.(name|email)$']));
function identityOf(stdout) {
    const values = new Map();
    for (const line of stdout.split('\n')) {
        const m = /^user\.(name|email) (.*)$/.exec(line.trim());
        if (m)
            values.set(m[1], m[2].trim());
    }
    const name = values.get('name');
    const email = values.get('email');
    if (!name && !email)
        return null;
    // The actor field holds 100 characters of plain text.
    const who = name && email ? `${name} <${email}>` : (name ?? `<${email}>`);
    return who.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100);
}
/** A URL's password (and user) hidden: `https://user:secret@host` → `https://***@host`. */
function hideUserinfo(text) {
    return text.replace(/\/\/[^/@\s]*@/g, '//***@');
}
/**
 * The configuration entries (every scope git reads here, included files too) that hand a credential to any
 * process that can read them: an `http.*.extraheader` (what actions/checkout persists), a remote or
 * `insteadOf` URL with a password in it. Named with the credential hidden; empty when git cannot tell.
 */
async function credentialEntries(git) {
    const r = await git.exec(['config', '--null', '--get-regexp', '^(http\\..*extraheader|remote\\..*\\.(url|pushurl)|url\\..*\\.(insteadof|pushinsteadof))$'], { allowedExitCodes: [0, 1, 128] });
    if (r.exitCode !== 0)
        return [];
    const found = [];
    const withPassword = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]*@/i;
    for (const entry of r.stdout.split('\0')) {
        const cut = entry.indexOf('\n');
        const key = cut < 0 ? entry : entry.slice(0, cut);
        const value = cut < 0 ? '' : entry.slice(cut + 1);
        if (!key)
            continue;
        const holds = /extraheader$/i.test(key)
            ? value.trim() !== ''
            : withPassword.test(value) || withPassword.test(key.replace(/^url\./i, ''));
        if (holds)
            found.push(hideUserinfo(key));
    }
    return [...new Set(found)];
}


/***/ }),

/***/ 6140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ STATUS_BATCH_ARGS),
/* harmony export */   fG: () => (/* binding */ diffTreeZeroContext),
/* harmony export */   oc: () => (/* binding */ rawDiff),
/* harmony export */   qO: () => (/* binding */ diffTreeStatusBatch),
/* harmony export */   tS: () => (/* binding */ changedNames),
/* harmony export */   y1: () => (/* binding */ diffTreeNames)
/* harmony export */ });
/** What changed between two commits: names, patches and raw entries. */
/** Paths changed from `from` to `to` (no rename detection); with `allowMissing`, none when git cannot compare them. */
async function changedNames(git, from, to, options = {}) {
    const r = await git.exec(['diff', '--name-only', '--no-renames', '-z', from, to, '--'], {
        allowedExitCodes: options.allowMissing ? [0, 128] : [0],
    });
    return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : [];
}
/** What both tree diffs share: every file (no renames, no external or text-converting drivers, submodules seen). */
function treeDiff(base, tip) {
    return ['--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-r', base, tip];
}
/** `diff-tree -z --name-only`: the exact bytes of every changed path, NUL-separated. */
async function diffTreeNames(git, base, tip) {
    return (await git.execBuffer(['diff-tree', '-z', '--name-only', ...treeDiff(base, tip)])).stdout;
}
/** git's own zero-context patch (`a/` and `b/` prefixes, names quoted), as bytes. */
async function diffTreeZeroContext(git, base, tip) {
    const args = ['-c', 'core.quotePath=true', 'diff-tree', '-p', '-U0', '--no-color', '--src-prefix=a/', '--dst-prefix=b/'];
    return (await git.execBuffer([...args, ...treeDiff(base, tip)])).stdout;
}
/** `diff --raw -z -M --no-abbrev` from `from` to `to`: modes, full ids, status and paths. */
async function rawDiff(git, from, to) {
    const { stdout } = await git.execBuffer([
        'diff',
        '--raw',
        '-z',
        '-M',
        '--no-abbrev',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        // A user's `diff.ignoreSubmodules` must not hide a gitlink change.
        '--ignore-submodules=none',
        from,
        to,
        '--',
    ]);
    return stdout;
}
/** Named in the errors of a reader of diffTreeStatusBatch's output. */
const STATUS_BATCH_ARGS = [
    'diff-tree',
    '--stdin',
    '--always',
    '-r',
    '--no-renames',
    '--ignore-submodules=none',
    '--name-status',
    '-z',
];
/** `diff-tree --stdin --name-status -z` of many "<base> <tip>" lines in one process; each range's output starts with its line. */
async function diffTreeStatusBatch(git, input) {
    return (await git.execBuffer(STATUS_BATCH_ARGS, { input })).stdout;
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

/***/ 5392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ mergeConflicts),
/* harmony export */   Kb: () => (/* binding */ runMergeTree),
/* harmony export */   R4: () => (/* binding */ mergeTreeTakesStdin),
/* harmony export */   Sx: () => (/* binding */ cleanMergeTree)
/* harmony export */ });
/**
 * `git merge-tree --write-tree`: a merge computed in the object store,
 * without a working tree or an index. `pins` are `-c` options put before the
 * command (a sandbox's fixed configuration).
 */
/** Every exit code, including -1 (killed): merge-tree's code is data (0 clean, 1 conflicted), and the caller reads stderr. */
const ANY_EXIT = Array.from({ length: 257 }, (_, i) => i - 1);
/** Whether this git takes `merge-tree --stdin` (batch merges): by trying it with no merges. */
async function mergeTreeTakesStdin(git) {
    const r = await git.exec(['merge-tree', '--write-tree', '--stdin'], { input: '', allowedExitCodes: ANY_EXIT });
    return r.exitCode === 0;
}
/** `merge-tree` with `args`, whatever its exit code; stdout as a byte string (latin1), so paths that are not UTF-8 survive. */
async function runMergeTree(git, pins, args, input) {
    const r = await git.execBuffer([...pins, 'merge-tree', ...args], {
        allowedExitCodes: ANY_EXIT,
        ...(input === undefined ? {} : { input }),
    });
    return { stdout: r.stdout.toString('latin1'), stderr: r.stderr, exitCode: r.exitCode };
}
/** The tree of a clean merge of two commits, or null when they conflict. */
async function cleanMergeTree(git, pins, left, right) {
    const r = await git.exec([...pins, 'merge-tree', '--write-tree', '--no-messages', left, right], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 ? r.stdout.split('\n')[0].trim() : null;
}
/** True when merging the two commits conflicts, false when clean, null when git could not tell. */
async function mergeConflicts(git, a, b) {
    const r = await git.exec(['merge-tree', '--write-tree', '--name-only', a, b], { allowedExitCodes: [0, 1, 128] });
    return r.exitCode === 0 ? false : r.exitCode === 1 ? true : null;
}


/***/ }),

/***/ 8070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);

const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
const ACTIONS_NOT_PERMITTED = /github actions is not permitted to create or approve pull requests/i;
const SECONDARY_LIMIT = /secondary rate limit/i;
const PRIMARY_LIMIT = /api rate limit exceeded/i;
/**
 * Turns a failed GitHub call into a message the user can act on. `doing` says what we were doing,
 * e.g. "creating the pull request feature/x/impl-1 → feature/x/overseer", and starts every message.
 */
/**
 * `access`: what the whole operation needs (a run that reads first and
 * writes later needs write even when the read is refused); default: from the
 * refused request's method.
 */
function explainGitHubError(error, doing, access) {
    if (error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_)
        return error;
    if (!isHttpError(error)) {
        // Octokit's RequestError without a response: the request never got an answer.
        const unreached = error instanceof Error && 'request' in error;
        const text = unreached ? `could not reach GitHub: ${networkMessage(error)}` : (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${doing} failed: ${text}`, undefined, { cause: error });
    }
    const { status } = error;
    const said = githubMessage(error);
    const headers = error.response?.headers ?? {};
    const explain = (text) => new _errors__WEBPACK_IMPORTED_MODULE_0__/* .GitHubError */ .y_(`${doing} failed: ${text}`, status, { cause: error });
    if (status === 401) {
        return explain(`GitHub rejected the token (401 ${said}): it is wrong or has expired. Pass a valid token, e.g. \`token: \${{ github.token }}\` under the step's \`with:\`.`);
    }
    if ((status === 403 || status === 422) && ACTIONS_NOT_PERMITTED.test(said)) {
        return explain(`GitHub Actions is not permitted to create or approve pull requests in this repository (${status}). ` +
            'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" ' +
            '(in an organisation the same setting must also be allowed at the organisation level).');
    }
    if (status === 403 && NOT_ACCESSIBLE.test(said)) {
        const permission = permissionFor(error.request, access);
        return explain(`the token lacks a permission (403 ${said}). Give the job \`${permission}\` in the workflow's \`permissions:\` block ` +
            '(a `permissions:` block replaces the defaults, so list every permission the job needs, e.g. `contents: write` to push).');
    }
    if ((status === 403 || status === 429) && SECONDARY_LIMIT.test(said)) {
        const wait = headers['retry-after'];
        return explain(`GitHub's secondary rate limit stopped the request (${status})` +
            (wait !== undefined ? ` and asked to wait ${wait} s` : '') +
            '; we gave up waiting. Run again in a few minutes, or make fewer runs write at the same time.');
    }
    if ((status === 403 || status === 429) && (String(headers['x-ratelimit-remaining']) === '0' || PRIMARY_LIMIT.test(said))) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return explain(`the GitHub API rate limit is used up${when} (${status} ${said}). Run again after it resets.`);
    }
    if (status === 404) {
        const repo = repositoryOf(error.request?.url);
        if (repo && repo.rest === '') {
            return explain(`repository ${repo.name} was not found (404): it does not exist, or the token cannot see it ` +
                '(a token for another repository, a missing `repo` scope, or a GitHub App not installed on it).');
        }
        if (repo) {
            return explain(`GitHub answered 404 ${said} for ${repo.rest}: it does not exist, or the token cannot see repository ${repo.name}.`);
        }
    }
    return explain(`GitHub answered ${status}: ${said}`);
}
/** An answer from GitHub (Octokit's RequestError with a response), not a failure to reach it. */
function isHttpError(error) {
    const e = error;
    return error instanceof Error && typeof e?.status === 'number' && e.response !== undefined && e.response !== null;
}
/** "fetch failed" says little: add the underlying causes (e.g. "connect ECONNREFUSED 127.0.0.1:1"). */
function networkMessage(error) {
    const parts = [(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)];
    let cause = error instanceof Error ? error.cause : undefined;
    for (let depth = 0; cause && depth < 3; depth++) {
        const text = (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(cause);
        if (text && !parts.includes(text))
            parts.push(text);
        cause = cause instanceof Error ? cause.cause : undefined;
    }
    return parts.join(': ');
}
/** GitHub's own message, without the documentation link Octokit appends. */
function githubMessage(error) {
    const data = error.response?.data;
    if (data && typeof data.message === 'string') {
        const errors = data.errors;
        const details = Array.isArray(errors) ? errors.map(detailOf).filter(Boolean) : [];
        return details.length ? `${data.message}: ${details.join('; ')}` : data.message;
    }
    return error.message;
}
function detailOf(detail) {
    if (typeof detail === 'string')
        return detail;
    if (detail && typeof detail === 'object') {
        const d = detail;
        if (typeof d.message === 'string')
            return d.message;
        return [d.field, d.code].filter((x) => typeof x === 'string').join(' ');
    }
    return '';
}
/** The permission a workflow needs for the refused request, from its method and path. */
function permissionFor(request, needed) {
    const access = needed ?? ((request?.method ?? 'GET').toUpperCase() === 'GET' ? 'read' : 'write');
    const rest = repositoryOf(request?.url)?.rest ?? '';
    if (/^\/(git|contents|branches|commits|merges)\b/.test(rest))
        return `contents: ${access}`;
    if (/^\/(pulls|issues)\b/.test(rest))
        return `pull-requests: ${access}`;
    if (/^\/(actions)\b/.test(rest))
        return `actions: ${access}`;
    if (/^\/(statuses|check-runs|check-suites)\b/.test(rest))
        return `checks: ${access}`;
    return `pull-requests: ${access}`;
}
/** Splits an API URL into "owner/repo" and the path below the repository. */
function repositoryOf(url) {
    if (!url)
        return undefined;
    let path;
    try {
        path = new URL(url, 'http://api.invalid').pathname;
    }
    catch {
        return undefined;
    }
    const match = /\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!match)
        return undefined;
    return { name: `${decodeURIComponent(match[1])}/${decodeURIComponent(match[2])}`, rest: match[3] ?? '' };
}


/***/ }),

/***/ 5960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   jg: () => (/* binding */ listOpenPulls)
/* harmony export */ });
/* unused harmony export repositoryFromUrl */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8646);
/* harmony import */ var _explain_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8070);



/** `owner/name` from the run (GITHUB_REPOSITORY) or an input; quoted error otherwise. */
function parseRepository(value) {
    const m = value ? /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value) : null;
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`repository ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value ?? '')} is not valid: expected owner/name (GITHUB_REPOSITORY is set in workflows)`);
    return { owner: m[1], repo: m[2] };
}
/**
 * `owner/name` read from a remote's URL: https (`https://github.com/o/r.git`),
 * ssh (`git@github.com:o/r.git`, `ssh://git@host:22/o/r`), with or without
 * `.git` and a trailing slash. Null when the URL has no such form (a local path).
 */
function repositoryFromUrl(url) {
    const trimmed = url.trim();
    const path = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]+@)?[^/]+\/(.+)$/i.exec(trimmed)?.[1] ?? /^(?:[^@/:\s]+@)?[^/:\s]{2,}:(?!\/)(.+)$/.exec(trimmed)?.[1];
    if (!path)
        return null;
    const m = /^\/*([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(path);
    if (!m || m[2] === '.' || m[2] === '..')
        return null;
    return { owner: m[1], repo: m[2] };
}
/**
 * The repository to call: the run's (GITHUB_REPOSITORY), else the one the
 * remote's URL names; a clear error when neither says.
 */
function resolveRepository(fromRun, remote, remoteUrl) {
    if (fromRun)
        return parseRepository(fromRun);
    const ref = remoteUrl ? repositoryFromUrl(remoteUrl) : null;
    if (ref)
        return ref;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot tell which GitHub repository to call: GITHUB_REPOSITORY is not set and remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(remote)} ` +
        `${remoteUrl ? `has the URL ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(remoteUrl)}, which names no owner/name` : 'has no URL'}; ` +
        'expected a remote such as https://github.com/owner/name.git or git@github.com:owner/name.git, or set GITHUB_REPOSITORY=owner/name');
}
/** Every open pull request whose head is in this repository. */
async function listOpenPulls(client, ref) {
    try {
        const pulls = await client.paginate(client.rest.pulls.list, { ...ref, state: 'open', per_page: 100 });
        return pulls
            .filter((p) => !p.head.repo || p.head.repo.full_name === `${ref.owner}/${ref.repo}`)
            .map((p) => ({ number: p.number, head: p.head.ref, base: p.base.ref }));
    }
    catch (error) {
        throw (0,_explain_error__WEBPACK_IMPORTED_MODULE_2__/* .explainGitHubError */ .P)(error, `listing the open pull requests of ${ref.owner}/${ref.repo}`, 'write');
    }
}


/***/ }),

/***/ 7874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1581);
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7086);





const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/**
 * Files under `cwd` that match the glob patterns, as sorted relative paths
 * with `/`. A pattern starting with `!` excludes. Matching uses picomatch
 * with dotfiles included. The tree is walked only below each pattern's
 * fixed leading folders; `node_modules` and `.git` folders and symbolic links
 * are never entered or returned.
 */
async function findFiles(patterns, cwd, logger, options = {}) {
    const roots = options.roots ?? { cwd, tempDir: cwd };
    const include = patterns.filter((p) => !p.startsWith('!')).map((p) => relativePattern(p, cwd));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => relativePattern(p.slice(1), cwd));
    if (include.length === 0)
        return [];
    const matches = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(include, { dot: true });
    const excluded = exclude.length > 0 ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()(exclude, { dot: true }) : () => false;
    const found = new Set();
    for (const start of walkRoots(include)) {
        // A folder of the pattern that is a symlink would lead the walk out of the workspace.
        if (!(0,_confine_path__WEBPACK_IMPORTED_MODULE_3__/* .confineFolder */ .Nb)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, start), options.what ?? 'report pattern', roots))
            continue;
        for (const file of await walk(cwd, start, logger))
            if (matches(file) && !excluded(file))
                found.add(file);
    }
    return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function relativePattern(pattern, cwd) {
    let relative = pattern.trim();
    const root = cwd.endsWith('/') ? cwd : `${cwd}/`;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(relative) && relative.startsWith(root))
        relative = relative.slice(root.length);
    if (relative.startsWith('./'))
        relative = relative.slice(2);
    if (relative === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(relative) || relative.split('/').includes('..')) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`report pattern ${JSON.stringify(pattern)} is not valid: expected a glob relative to ${cwd} that stays inside it, such as "test-results/**/*.xml"`);
    }
    return relative;
}
/** The folders to walk: each pattern's fixed prefix, without folders inside another one. */
function walkRoots(patterns) {
    const roots = patterns.map((pattern) => {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(pattern);
        const base = scan.isGlob ? scan.base : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(scan.base);
        return base === '.' ? '' : base;
    });
    const kept = [];
    for (const root of [...new Set(roots)].sort()) {
        if (!kept.some((k) => k === '' || root === k || root.startsWith(`${k}/`)))
            kept.push(root);
    }
    return kept;
}
async function walk(cwd, folder, logger) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, folder), { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            logger.warning(`Could not list ${folder || '.'}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`);
        return [];
    }
    const files = [];
    for (const entry of entries) {
        const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
        if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
            for (const file of await walk(cwd, path, logger))
                files.push(file);
        }
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}


/***/ }),

/***/ 5881:
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

/***/ 6917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** `850 ms`, `12.3 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
/** `1 test`, `3 tests`. */
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   gY: () => (/* binding */ OutputTail)
/* harmony export */ });
/* unused harmony export stripAnsi */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_neutralize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2363);


/** One line of command output made safe: colour codes gone, controls and bidi overrides visible, no line break left. */
function stripAnsi(text) {
    return (0,_text_neutralize__WEBPACK_IMPORTED_MODULE_1__/* .neutralize */ .Y)(text.replace(/\r$/, ''));
}
/**
 * The last `maxLines` lines of a command's output, each at most
 * `maxLineLength` characters: memory stays bounded however much a command
 * prints.
 */
class OutputTail {
    maxLines;
    maxLineLength;
    lines = [];
    droppedLines = 0;
    constructor(maxLines, maxLineLength = 500) {
        this.maxLines = maxLines;
        this.maxLineLength = maxLineLength;
    }
    push(line) {
        const clean = stripAnsi(line).replace(/\r$/, '');
        this.lines.push(clean.length > this.maxLineLength ? `${clean.slice(0, this.maxLineLength - 3)}...` : clean);
        if (this.lines.length > this.maxLines) {
            this.lines.shift();
            this.droppedLines++;
        }
    }
    /** Lines that fell off the front. */
    get dropped() {
        return this.droppedLines;
    }
    text() {
        return this.lines.join('\n');
    }
}
/**
 * Cuts a byte stream into lines (UTF-8 safe across chunk boundaries). A line
 * longer than `maxLineBytes` is emitted in pieces, so one endless line cannot
 * fill memory.
 */
class LineSplitter {
    onLine;
    maxLineBytes;
    decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    partial = '';
    constructor(onLine, maxLineBytes = 16 * 1024) {
        this.onLine = onLine;
        this.maxLineBytes = maxLineBytes;
    }
    write(chunk) {
        const text = this.partial + this.decoder.write(chunk);
        const parts = text.split('\n');
        this.partial = parts.pop() ?? '';
        for (const line of parts)
            this.onLine(line);
        while (this.partial.length > this.maxLineBytes) {
            this.onLine(this.partial.slice(0, this.maxLineBytes));
            this.partial = this.partial.slice(this.maxLineBytes);
        }
    }
    end() {
        const rest = this.partial + this.decoder.end();
        this.partial = '';
        if (rest !== '')
            this.onLine(rest);
    }
}


/***/ }),

/***/ 1646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runShellCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6917);
/* harmony import */ var _output_tail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1734);



// After SIGTERM, how long a timed-out command gets to clean up before SIGKILL.
const KILL_GRACE_MS = 5000;
/**
 * Runs one trusted check command through the platform shell, like a `run:`
 * step. Callers must never build `command` from branch names or commit text.
 * With a time-out the command gets its own process group, so that killing
 * it also stops what it started.
 */
function runShellCommand(command, options) {
    const ownGroup = options.timeoutMs !== undefined && process.platform !== 'win32';
    return new Promise((resolve) => {
        let settled = false;
        let timedOut = false;
        const timers = [];
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            resolve(result);
        };
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, {
                cwd: options.cwd,
                shell: true,
                env: options.replaceEnv ? options.env : options.env ? { ...process.env, ...options.env } : undefined,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: ownGroup,
                windowsHide: true,
            });
        }
        catch (error) {
            finish({ exitCode: null, reason: `could not start: ${error.message}` });
            return;
        }
        const splitters = [child.stdout, child.stderr].map((stream) => {
            const splitter = new _output_tail__WEBPACK_IMPORTED_MODULE_1__/* .LineSplitter */ .g3(options.onLine);
            stream?.on('data', (chunk) => splitter.write(chunk));
            return splitter;
        });
        const kill = (signal) => {
            try {
                if (ownGroup && child.pid !== undefined)
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                /* already gone */
            }
        };
        if (options.timeoutMs !== undefined) {
            timers.push(setTimeout(() => {
                timedOut = true;
                kill('SIGTERM');
                timers.push(setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS));
            }, options.timeoutMs));
        }
        child.on('error', (error) => finish({ exitCode: null, reason: `could not start: ${error.message}` }));
        child.on('close', (code, signal) => {
            for (const s of splitters)
                s.end();
            if (timedOut)
                finish({ exitCode: null, reason: `timed out after ${(0,_format__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(options.timeoutMs ?? 0)}` });
            else if (code === null)
                finish({ exitCode: null, reason: `killed by ${signal ?? 'a signal'}` });
            else
                finish({ exitCode: code, reason: reasonForExit(code) });
        });
    });
}
function reasonForExit(code) {
    // POSIX shells report these two for a command they could not run at all.
    if (code === 127)
        return 'command not found (exit 127)';
    if (code === 126)
        return 'command not executable (exit 126)';
    return undefined;
}


/***/ })

};
