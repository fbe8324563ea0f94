export const id = 692;
export const ids = [692];
export const modules = {

/***/ 4255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ HistoryGraph)
/* harmony export */ });
/* harmony import */ var _git_history__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3257);

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
    /** Whether `source` is one of the sources. */
    has(source) {
        return this.bitOf.has(source);
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
    /** Whether `sha` was one of the tips the graph was walked from (its questions are answered only for those). */
    hasTip(sha) {
        return this.tipReach?.has(sha) ?? false;
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

/***/ 2594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ resolveParallelism),
/* harmony export */   iv: () => (/* binding */ chunk),
/* harmony export */   kD: () => (/* binding */ runPool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);


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

/***/ 6409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ RangeBudget),
/* harmony export */   F: () => (/* binding */ DEFAULT_RANGE_LIMITS)
/* harmony export */ });
// Measured at rest on flask (670 conflicting files) and curl (3198), ranges time of a cold scan: at 256 KiB a
// pair, 28 of flask's files lost their ranges (their pair's bytes were spent); at 1 MiB none does. The
// alignment steps cost curl's time: 200k a pair gives 1989 of its files ranges in 4.6 s, 1M gives 2493 in
// 7.4 s (a budget per scan gave 876). Measured with the string aligner; on line ids (blobs numbered once per
// scan, hopeless alignments charged without being run) the same ranges (1853 files, all of curl's 2016 pairs
// as of the corpus in scripts/bench/build-large-corpus.ts) take 2.7-2.9 s in process instead of 5.2-6.0 s.
const DEFAULT_RANGE_LIMITS = {
    fileBytes: 1024 * 1024,
    pairBytes: 1024 * 1024,
    fileWork: 200_000,
    pairWork: 200_000,
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
        if (this.bytes + size > this.limits.pairBytes)
            return `this pair's budget for reading files for line ranges (${mib(this.limits.pairBytes)}) is spent`;
        this.bytes += size;
        return null;
    }
    /** The alignment work the next file may use (0: none left). */
    alignment() {
        return Math.max(0, Math.min(this.limits.fileWork, this.limits.pairWork - this.work));
    }
    spend(work) {
        this.work += work;
    }
    spentReason() {
        return `this pair's budget for aligning lines (${this.limits.pairWork} steps) is spent`;
    }
    tooCostlyReason(allowance) {
        return allowance < this.limits.fileWork
            ? `aligning this file's lines would exceed what is left of this pair's budget (${allowance} steps)`
            : `aligning this file's lines is too costly (more than ${this.limits.fileWork} steps: huge or very different versions)`;
    }
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ scanPairs)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/conflicts/pool.ts
var pool = __webpack_require__(2594);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(1470);
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
            // "<commit> <parent>": diff-tree compares the parent (the base) to the commit (the tip), so "D" is a deletion since the base.
            const input = part.map((r) => `${r.tip} ${r.base}\n`).join('');
            // latin1: one character per byte, so paths of any bytes compare exactly.
            return (await (0,diff/* diffTreeStatusBatch */.qO)(git, input)).toString('latin1');
        });
        parts.forEach((part, i) => changes.read(part, outputs[i]));
        return changes;
    }
    /** `--always` prints a header (the first commit id of the input line: the tip) for every range, then status/path fields. */
    read(part, stdout) {
        const fields = stdout.split('\0');
        let at = 0;
        for (const { base, tip } of part) {
            if (fields[at] !== tip)
                throw new errors/* GitError */.XS(`git diff-tree output out of step: expected ${tip}, got ${JSON.stringify(fields[at])}`, diff/* STATUS_BATCH_ARGS */.cl, '', 0);
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
    /** What changed from `base` to `tip`, when that range was loaded. */
    get(base, tip) {
        return this.sets.get(rangeKey(base, tip));
    }
    /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
    mayConflict(left, right, base) {
        const a = this.get(base, left);
        const b = this.get(base, right);
        if (!a || !b)
            return true;
        return a.meets(b);
    }
}

;// CONCATENATED MODULE: ./shared/conflicts/change-cover.ts

/**
 * What each side changed since a merge base, covered by a few short diffs
 * instead of one long diff per (merge base, tip).
 *
 * For any commits B, X and T, a path whose entry differs between B and T
 * differs between B and X or between X and T; a path present in B and gone
 * from T is gone from X or was deleted between X and T. So the changes of B..T
 * are covered by those of B..X plus X..T, whatever X is, and by a chain
 * B..X1, X1..X2, …, Xn..T. Every test of `ChangeSet.meets` asks whether some
 * element of one side is in the other, so it can only say "meets" more often
 * on a cover: when two covers do not meet, the exact changes do not either,
 * and the proof of `disjoint.ts` holds.
 *
 * The chain: the distinct merge bases in history order (children first, as the
 * history walk lists them), and for each tip the nearest of its bases (its
 * anchor). A tip's cover from base B is the anchor..tip diff plus every link
 * between B and the anchor. When the branches fork from one main line (topic
 * branches, pull requests) the links are the stretches of that line between
 * fork points: the cover is exact up to changes made and undone, and a scan
 * reads #tips + #bases short diffs where the exact changes take two long
 * diffs per pair. When the bases lie on unrelated lines the cover is looser:
 * more pairs are merged, never one settled wrongly.
 */
class ChangeCover {
    changes;
    anchorOf = new Map();
    position = new Map();
    links = [];
    meetings = new Map();
    constructor(changes, chain) {
        this.changes = changes;
        chain.forEach((base, i) => this.position.set(base, i));
    }
    /**
     * `ranges`: the (merge base, tip) of each side of each pair to test;
     * `order`: a commit's place in the history walk (children before parents).
     */
    static async load(git, ranges, order, maxParallel) {
        const chain = [...new Set(ranges.map((r) => r.base))].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
        const anchors = new Map();
        for (const { base, tip } of ranges) {
            const was = anchors.get(tip);
            if (was === undefined || order(base) < order(was) || (order(base) === order(was) && base < was))
                anchors.set(tip, base);
        }
        // Each link runs from the older end to the newer, the way every chain below goes: from a base to the tip's anchor.
        const linkRanges = chain.slice(1).map((older, i) => ({ base: older, tip: chain[i] }));
        const ownRanges = [...anchors].map(([tip, base]) => ({ base, tip }));
        const changes = await ExactChanges.load(git, [...linkRanges, ...ownRanges], maxParallel);
        const cover = new ChangeCover(changes, chain);
        for (const [tip, base] of anchors)
            cover.anchorOf.set(tip, base);
        for (const { base, tip } of linkRanges)
            cover.links.push(changes.get(base, tip));
        return cover;
    }
    /** The change sets whose union covers base..tip; null when this cover was not built for it. */
    cover(base, tip) {
        const anchor = this.anchorOf.get(tip);
        const from = this.position.get(base);
        if (anchor === undefined || from === undefined)
            return null;
        const own = this.changes.get(anchor, tip);
        if (!own)
            return null;
        // The anchor is the tip's nearest base: it never comes after `base` in the chain.
        const to = this.position.get(anchor);
        return [own, ...this.links.slice(to, from)];
    }
    meets(a, b) {
        const [x, y] = a.paths.size <= b.paths.size ? [a, b] : [b, a];
        let row = this.meetings.get(x);
        if (!row)
            this.meetings.set(x, (row = new Map()));
        let met = row.get(y);
        if (met === undefined)
            row.set(y, (met = x.meets(y)));
        return met;
    }
    /** False only when merging `left` and `right` (single merge base `base`) provably cannot conflict. */
    mayConflict(left, right, base) {
        const a = this.cover(base, left);
        const b = this.cover(base, right);
        if (!a || !b)
            return true;
        // The union of one side meets the union of the other exactly when some part of one meets some part of the other.
        return a.some((x) => x.paths.size > 0 && b.some((y) => y.paths.size > 0 && this.meets(x, y)));
    }
}

// EXTERNAL MODULE: ./shared/conflicts/conflict-kinds.ts
var conflict_kinds = __webpack_require__(5504);
// EXTERNAL MODULE: ./shared/conflicts/conflict-markers.ts
var conflict_markers = __webpack_require__(4140);
;// CONCATENATED MODULE: ./shared/conflicts/blob-lines.ts

const NL = 0x0a;
const CHUNK = 4096;
/** The number of equal bytes at the start of `a` and `b`. */
function commonPrefix(a, b) {
    const n = Math.min(a.length, b.length);
    let at = 0;
    while (at + CHUNK <= n && a.compare(b, at, at + CHUNK, at, at + CHUNK) === 0)
        at += CHUNK;
    while (at < n && a[at] === b[at])
        at++;
    return at;
}
/** The number of equal bytes at the end of `a` and `b`, at most `most`. */
function commonSuffix(a, b, most) {
    let at = 0;
    while (at + CHUNK <= most && a.compare(b, b.length - at - CHUNK, b.length - at, a.length - at - CHUNK, a.length - at) === 0)
        at += CHUNK;
    while (at < most && a[a.length - 1 - at] === b[b.length - 1 - at])
        at++;
    return at;
}
/** The first index in `starts[0, count)` whose value is at least `value` (count when none is). */
function firstAtLeast(starts, count, value) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * The lines of `blob` as ids of `table` (see NumberedBlob). Lines that `blob`
 * shares byte for byte with the start or the end of a blob already numbered
 * (`known`: other versions of the file) take that blob's ids; only the lines
 * in between are decoded, split and looked up. A merged file is a side plus
 * the other side's clean changes and the hunks, and a branch's version of a
 * file is mostly the base's, so most lines are found at a start or an end.
 */
function numberLines(table, blob, known) {
    let head = 0;
    let headFrom;
    for (const other of known) {
        if (other.blob.length === blob.length && other.blob.equals(blob))
            return { numbered: { ...other, blob }, first: other.ids.length, lines: [] };
        const count = other.ids.length;
        // Whole lines only: those that end inside the common bytes, with their newline.
        let lines = firstAtLeast(other.starts, count + 1, commonPrefix(blob, other.blob) + 1) - 1;
        if (lines === count && other.blob[other.blob.length - 1] !== NL)
            lines--;
        if (lines > head)
            [head, headFrom] = [lines, other];
    }
    const start = headFrom ? headFrom.starts[head] : 0;
    let tail = 0;
    let tailFrom;
    for (const other of known) {
        const count = other.ids.length;
        const shift = blob.length - other.blob.length;
        const suffix = commonSuffix(blob, other.blob, Math.min(blob.length - start, other.blob.length));
        // Whole lines only: those after a newline inside the common bytes, and after the head.
        const from = firstAtLeast(other.starts, count, Math.max(other.blob.length - suffix + 1, start - shift));
        if (count - from > tail)
            [tail, tailFrom] = [count - from, other];
    }
    const end = tailFrom ? tailFrom.starts[tailFrom.ids.length - tail] + blob.length - tailFrom.blob.length : blob.length;
    const lines = (0,conflict_markers/* splitLines */.uz)(blob.toString('latin1', start, end));
    const total = head + lines.length + tail;
    const ids = new Int32Array(total);
    const starts = new Int32Array(total + 1);
    if (headFrom) {
        ids.set(headFrom.ids.subarray(0, head));
        starts.set(headFrom.starts.subarray(0, head));
    }
    ids.set(table.intern(lines), head);
    let at = start;
    lines.forEach((line, j) => {
        starts[head + j] = at;
        at += line.length + 1;
    });
    if (tailFrom) {
        const shift = blob.length - tailFrom.blob.length;
        const from = tailFrom.ids.length - tail;
        ids.set(tailFrom.ids.subarray(from), total - tail);
        for (let j = 0; j < tail; j++)
            starts[total - tail + j] = tailFrom.starts[from + j] + shift;
    }
    starts[total] = blob.length;
    return { numbered: { blob, ids, starts }, first: head, lines };
}
/** Line `i` of a numbered blob, without its newline. */
function lineText(numbered, i) {
    const { blob, starts } = numbered;
    const end = starts[i + 1];
    return blob.toString('latin1', starts[i], end > starts[i] && blob[end - 1] === NL ? end - 1 : end);
}
/** The length of the longest line (without its newline). */
function longestLine(numbered) {
    const { blob, starts } = numbered;
    let longest = 0;
    for (let i = 0; i + 1 < starts.length; i++) {
        const end = starts[i + 1];
        const length = end - starts[i] - (blob[end - 1] === NL ? 1 : 0);
        if (length > longest)
            longest = length;
    }
    return longest;
}
/** The lines that start with one of `chars` (single-byte characters). */
function linesStartingWith(numbered, chars) {
    const codes = [...chars].map((c) => c.charCodeAt(0));
    const found = [];
    for (let i = 0; i + 1 < numbered.starts.length; i++) {
        if (codes.includes(numbered.blob[numbered.starts[i]]))
            found.push(lineText(numbered, i));
    }
    return found;
}

// EXTERNAL MODULE: ./shared/conflicts/line-diff.ts
var line_diff = __webpack_require__(1228);
// EXTERNAL MODULE: ./shared/conflicts/line-ranges.ts
var line_ranges = __webpack_require__(302);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/conflicts/merge-tree-output.ts
var merge_tree_output = __webpack_require__(3317);
// EXTERNAL MODULE: ./shared/git/merge-tree.ts
var merge_tree = __webpack_require__(2214);
;// CONCATENATED MODULE: ./shared/conflicts/merge-tree-runner.ts





const batchSupport = new Map();
/** The first git whose `merge-tree` takes `--stdin` (2.38 brought `--write-tree` without it; maintenance releases add no options). */
const BATCH_MERGE_SINCE = { major: 2, minor: 39 };
/**
 * Whether this git has `merge-tree --stdin`: known from its version from 2.39 on (no process: the version is read
 * from the start-up's trace), else checked once per version by trying it (a build that says an older version).
 */
async function supportsBatchMerge(git) {
    const version = await git.version();
    if ((0,git_git/* versionAtLeast */.zy)(version, BATCH_MERGE_SINCE))
        return true;
    let known = batchSupport.get(version.text);
    if (!known) {
        known = (0,merge_tree/* mergeTreeTakesStdin */.R4)(git);
        batchSupport.set(version.text, known);
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
        return { ok: true, record: (0,merge_tree_output/* parseMergeTree */.SI)(r.stdout, r.exitCode) };
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
            records = (0,merge_tree_output/* parseMergeTreeBatch */.Ou)(r.stdout);
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
/** The fewest merges a slice gets when its caller works on finished slices (onSlice): fewer cost a process each for little. */
const MIN_MERGES_PER_SLICE = 100;
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
    // A whole number of rounds: with 5 slices on 2 processes the last round would run one slice on one core.
    // A caller that works on finished slices (onSlice: the line ranges, in node) gets up to 4 rounds of at least
    // MIN_MERGES_PER_SLICE merges each, so that its work on all but the last round runs while git merges the next ones.
    const rounds = Math.max(Math.ceil(jobs.length / (500 * options.maxParallel)), options.onSlice ? Math.min(4, Math.floor(jobs.length / (MIN_MERGES_PER_SLICE * options.maxParallel))) : 1);
    const count = Math.min(rounds * options.maxParallel, Math.max(1, Math.ceil(jobs.length / 8)));
    const indexes = Array.from({ length: count }, (_, s) => jobs.map((_, i) => i).filter((i) => i % count === s));
    const outcomes = new Array(jobs.length);
    await (0,pool/* runPool */.kD)(indexes, options.maxParallel, async (slice) => {
        const done = await mergeBatch(sandbox, slice.map((i) => jobs[i]), options.markerSize);
        slice.forEach((i, k) => (outcomes[i] = done[k]));
        options.onDone?.(slice.length);
        options.onSlice?.(slice, done);
    });
    return { outcomes, batch: true };
}

// EXTERNAL MODULE: ./shared/conflicts/range-budget.ts
var range_budget = __webpack_require__(6409);
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
 * The sides' blobs read so far in one scan, by blob id, and their lines: a
 * branch's version of a file meets every other branch, in any slice of merges.
 * Every line of the scan gets one id (`table`), so a side's blob is numbered
 * once, mostly from the ids of other versions of its file (`versions`, by
 * path; see numberLines), and a merged file mostly from its sides'.
 */
class SideBlobs {
    blobs = new Map();
    table = new line_diff/* LineTable */.l();
    lines = new Map();
    versions = new Map();
}
/**
 * The conflicted files of each merge, with line ranges for text conflicts.
 *
 * Ranges never dominate a scan: the sizes of both sides come first (one
 * `cat-file --batch-check`), each pair's budget (`range-budget.ts`) decides which files
 * get ranges, and only those are read, with a few `cat-file --batch` processes
 * for all merges together. A file without ranges says why (`rangesSkipped`).
 * The ranges are exact: the markers are parsed at git's default size when no
 * line of either side could pass for one, and otherwise the pairs concerned are
 * merged again, batched, with markers longer than any line of their files.
 */
async function describeConflicts(sandbox, merges, maxParallel, logger, limits = range_budget/* DEFAULT_RANGE_LIMITS */.F, 
/** Sides already read by earlier calls of the same scan (one call per slice of merges). */
memo = new SideBlobs()) {
    const budgets = merges.map(() => new range_budget/* RangeBudget */.D(limits));
    const classified = merges.map((m) => (0,conflict_kinds/* classifyConflicts */.Y)(m.record));
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
        const why = budgets[w.merge].admit(sizes[i * 2] ?? null, sizes[i * 2 + 1] ?? null);
        if (why)
            skip(w, why);
        return !why;
    });
    // 2. Both sides of every admitted file, and the merged file as written with default-size markers. A side's
    // blob is read once however many pairs share it (a branch's version of a file meets every other branch).
    const sides = [...new Set(wanted.flatMap((w) => [w.file.left.oid, w.file.right.oid]))].filter((oid) => !memo.blobs.has(oid));
    const names = [...sides, ...wanted.map((w) => mergedName(merges[w.merge].record.tree, w.file))];
    const parts = (0,pool/* chunk */.iv)(names, Math.max(50, Math.ceil(names.length / maxParallel)));
    const blobs = (await (0,pool/* runPool */.kD)(parts, maxParallel, (part) => (0,cat_file/* readObjects */.$I)(sandbox.git, part))).flat();
    sides.forEach((oid, i) => memo.blobs.set(oid, blobs[i] ?? null));
    const sideBlob = memo.blobs;
    const table = memo.table;
    const linesOf = (blob, oid, path) => {
        let known = memo.lines.get(oid);
        if (known === undefined) {
            const others = memo.versions.get(path) ?? [];
            const { numbered } = numberLines(table, blob, others.length > 2 ? [others[0], others[others.length - 1]] : others);
            known = { ...numbered, candidates: linesStartingWith(numbered, conflict_markers/* MARKER_FIRST_CHARS */.ai) };
            memo.lines.set(oid, known);
            memo.versions.set(path, [...others, known]);
        }
        return known;
    };
    wanted.forEach((w, i) => {
        const merged = blobs[sides.length + i];
        const left = sideBlob.get(w.file.left.oid);
        const right = sideBlob.get(w.file.right.oid);
        if (!merged || !left || !right)
            return skip(w, 'a blob is missing');
        if ([merged, left, right].some(looksBinary))
            return skip(w, 'binary content');
        w.left = linesOf(left, w.file.left.oid, w.file.path);
        w.right = linesOf(right, w.file.right.oid, w.file.path);
        const labels = { left: merges[w.merge].leftSha, right: merges[w.merge].rightSha };
        if ((0,conflict_markers/* hasMarkerLikeLines */.zt)(w.left.candidates, labels) || (0,conflict_markers/* hasMarkerLikeLines */.zt)(w.right.candidates, labels))
            return;
        w.merged = merged;
        w.markerSize = conflict_markers/* DEFAULT_MARKER_SIZE */.D6;
    });
    // 3. Pairs whose files have lines that look like markers: merged again with longer markers, one batch per size class.
    const again = new Map();
    for (const w of wanted)
        if (w.left !== undefined && w.merged === undefined)
            again.set(w.merge, [...(again.get(w.merge) ?? []), w]);
    const bySize = new Map();
    for (const [merge, files] of again) {
        const needed = Math.max(conflict_markers/* DEFAULT_MARKER_SIZE */.D6, ...files.map((w) => Math.max(longestLine(w.left), longestLine(w.right)))) + 1;
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
            w.merged = blobs[i];
            w.markerSize = size;
        });
    }
    // 4. Alignment, in a fixed order so that a pair's budget ends at the same file every time.
    for (const w of wanted) {
        if (w.merged === undefined || w.left === undefined)
            continue;
        const m = merges[w.merge];
        const budget = budgets[w.merge];
        const allowance = budget.alignment();
        if (allowance === 0) {
            skip(w, budget.spentReason());
            continue;
        }
        const stats = { work: 0 };
        try {
            // Every marker is among the lines read as text: the others are lines of a side, and no side's line looks like one.
            const merged = numberLines(table, w.merged, [w.left, w.right]);
            const blocks = (0,conflict_markers/* findConflictBlocks */.Kz)(merged.lines, { left: m.leftSha, right: m.rightSha }, w.markerSize, merged.first);
            const found = blocks.length === 0
                ? { leftRanges: [], rightRanges: [] }
                : (0,line_ranges/* conflictRangesOfIds */.Mi)({ merged: merged.numbered.ids, left: w.left.ids, right: w.right.ids }, blocks, allowance, stats);
            if (found)
                ranges.set(w.file, found);
            else
                skip(w, budget.tooCostlyReason(allowance));
        }
        catch (e) {
            skip(w, (0,errors/* messageOf */.bD)(e));
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
var history_graph = __webpack_require__(4255);
// EXTERNAL MODULE: ./shared/conflicts/merge-sandbox.ts
var merge_sandbox = __webpack_require__(5560);
// EXTERNAL MODULE: ./shared/conflicts/plan-pairs.ts
var plan_pairs = __webpack_require__(9887);
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
    // With the tips the caller asks about next (divergence), so that one walk answers both. A tip of theirs that
    // breaks the walk (a commit this clone lacks) must not stop the scan: walked again without them, as before.
    const pairTips = ready.flatMap((p) => [p.leftSha, p.rightSha]);
    const extra = options.sharedGraph?.tips ?? [];
    let graph;
    try {
        graph = await history_graph/* HistoryGraph */.r.load(git, [...pairTips, ...extra]);
        if (options.sharedGraph)
            options.sharedGraph.graph = graph;
    }
    catch (error) {
        if (!extra.length)
            throw error;
        logger.debug(`conflict scan: the history walk with the divergence's tips failed (${(0,errors/* messageOf */.bD)(error)}); walked without them`);
        graph = await history_graph/* HistoryGraph */.r.load(git, pairTips);
    }
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
        : await dropDisjoint(git, toMerge, { baseOf, allBases, graph }, maxParallel, logger, (pair) => {
            finish(pair, { status: 'clean', mergeBase: baseOf.get(pair) ?? null, files: [] });
        });
    phase('shortcut');
    progress(toMerge.length - needMerge.length);
    logger.debug(`conflict scan: ${total} pairs, ${total - toMerge.length} settled before merging, ${toMerge.length - needMerge.length} cannot conflict, ${needMerge.length} to merge`);
    if (needMerge.length > 0) {
        const sandbox = await merge_sandbox/* MergeSandbox */.wC.open(git);
        // The line ranges of a finished slice of merges are worked out (node's CPU) while git merges the next
        // slices (its processes): on a large history the ranges cost a third of the merges, and the core node
        // runs on would otherwise wait. A pair's ranges depend on that pair alone (its own budget), so which
        // slice it comes in changes nothing.
        const described = new Set();
        const pending = [];
        let failure;
        const memo = new SideBlobs();
        const describe = (indexes, outcomes) => {
            const conflicted = [];
            for (const i of indexes) {
                described.add(i);
                const pair = needMerge[i];
                const outcome = outcomes.get(i);
                const mergeBase = baseOf.get(pair) ?? null;
                if (!outcome.ok)
                    finish(pair, { status: 'error', error: outcome.error, mergeBase, files: [] });
                else if (outcome.record.clean)
                    finish(pair, { status: 'clean', mergeBase, files: [] });
                else
                    conflicted.push({ pair, merge: { leftSha: pair.leftSha, rightSha: pair.rightSha, record: outcome.record } });
            }
            if (conflicted.length === 0)
                return Promise.resolve();
            logger.debug(`conflict scan: line ranges of ${conflicted.length} conflicted pair(s) of ${indexes.length} merged`);
            return describeConflicts(sandbox, conflicted.map((c) => c.merge), maxParallel, logger, undefined, memo).then((details) => {
                conflicted.forEach(({ pair }, i) => {
                    const { files, messages } = details[i];
                    finish(pair, { status: 'conflicted', mergeBase: baseOf.get(pair) ?? null, files, ...(messages.length ? { messages } : {}) });
                });
            });
        };
        try {
            const { outcomes, batch } = await runMerges(sandbox, needMerge, {
                strategy: options.strategy ?? 'auto',
                maxParallel,
                onDone: (n) => progress(n, true),
                // A few merges (a re-scan after one branch moved) are described together: a slice of its own
                // would cost two more git processes and finish as late as the others.
                onSlice: needMerge.length < MIN_MERGES_PER_SLICE * 2
                    ? undefined
                    : (indexes, done) => {
                        const slice = describe(indexes, new Map(indexes.map((i, k) => [i, done[k]])));
                        // Caught at once (a rejection with no handler yet would end the process), thrown after the merges.
                        pending.push(slice.catch((error) => void (failure ??= error)));
                    },
            });
            logger.debug(`conflict scan: merged ${needMerge.length} pairs with ${batch ? 'merge-tree --stdin batches' : 'one merge-tree per pair'}`);
            phase('merges');
            // Merged one by one (no batches), or slices not handed over: described now, all together.
            const rest = needMerge.map((_, i) => i).filter((i) => !described.has(i));
            pending.push(describe(rest, new Map(rest.map((i) => [i, outcomes[i]]))));
            await Promise.all(pending);
            if (failure !== undefined)
                throw failure;
            phase('ranges');
        }
        finally {
            // Nothing may still read the sandbox when it goes.
            await Promise.allSettled(pending);
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
 * returns the others. Only pairs with a single merge base qualify; each side's
 * changes come from a cover of short diffs along the merge bases (`change-cover.ts`).
 */
async function dropDisjoint(git, pairs, known, maxParallel, logger, clean) {
    const { baseOf, allBases, graph } = known;
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
        changes = await ChangeCover.load(git, ranges, (commit) => graph.index.get(commit) ?? graph.ids.length, maxParallel);
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

/***/ 8103:
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
    // Reported by the rev-parse that opened the repository (its trace): no process of its own.
    const seen = git.seenIdentityConfig();
    if (seen !== undefined)
        return identityOf(seen);
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

/***/ 1470:
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
/** `diff-tree --stdin --name-status -z` of many "<tip> <base>" lines in one process; each range's output starts with its line. */
async function diffTreeStatusBatch(git, input) {
    return (await git.execBuffer(STATUS_BATCH_ARGS, { input })).stdout;
}


/***/ }),

/***/ 3232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

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

/***/ 3286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ resolveRepository),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   jg: () => (/* binding */ listOpenPulls)
/* harmony export */ });
/* unused harmony export repositoryFromUrl */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3768);
/* harmony import */ var _explain_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3232);



/** `owner/name` from the run (GITHUB_REPOSITORY) or an input; quoted error otherwise. */
function parseRepository(value) {
    const m = value ? /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(value) : null;
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`repository ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value ?? '')} is not valid: expected owner/name (GITHUB_REPOSITORY is set in workflows)`);
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
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot tell which GitHub repository to call: GITHUB_REPOSITORY is not set and remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(remote)} ` +
        `${remoteUrl ? `has the URL ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(remoteUrl)}, which names no owner/name` : 'has no URL'}; ` +
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

/***/ 5776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2635);
/* harmony import */ var _confine_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5679);





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

/***/ 3219:
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

/***/ 528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ LineSplitter),
/* harmony export */   gY: () => (/* binding */ OutputTail)
/* harmony export */ });
/* unused harmony export stripAnsi */
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_neutralize__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4929);


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

/***/ 6531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ runShellCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3219);
/* harmony import */ var _output_tail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(528);



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
