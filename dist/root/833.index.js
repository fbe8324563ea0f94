export const id = 833;
export const ids = [833];
export const modules = {

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

/***/ 5504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ classifyConflicts)
/* harmony export */ });
/* harmony import */ var _plan_pairs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9887);
/* harmony import */ var _raw_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5314);


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
        const message = [...new Set(about.map((m) => (0,_raw_path__WEBPACK_IMPORTED_MODULE_0__/* .decodeBytes */ .yj)(m.text).trim()))].join('\n');
        files.push({ rawPath, ...(0,_raw_path__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(rawPath), kind: kindOf(about, stages), ...(message ? { message } : {}), ...stages });
    }
    const messages = conflictMessages
        .filter((m) => !used.has(m))
        .map((m) => ({ paths: m.paths.map((p) => (0,_raw_path__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(p).path), type: (0,_raw_path__WEBPACK_IMPORTED_MODULE_0__/* .decodeBytes */ .yj)(m.type), text: (0,_raw_path__WEBPACK_IMPORTED_MODULE_0__/* .decodeBytes */ .yj)(m.text).trim() }));
    // Byte order, as git lists them.
    return { files: files.sort((a, b) => (0,_plan_pairs__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.rawPath, b.rawPath)), messages };
}


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D6: () => (/* binding */ DEFAULT_MARKER_SIZE),
/* harmony export */   Kz: () => (/* binding */ findConflictBlocks),
/* harmony export */   RP: () => (/* binding */ leftoverMarkerLines),
/* harmony export */   ai: () => (/* binding */ MARKER_FIRST_CHARS),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   zt: () => (/* binding */ hasMarkerLikeLines)
/* harmony export */ });
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
/** The characters a line must start with to pass for a marker in hasMarkerLikeLines: it looks at no other line. */
const MARKER_FIRST_CHARS = '=<>';
/**
 * Whether some line of `text` (or these lines) would be taken for one of git's markers when the
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
    for (const line of typeof text === 'string' ? splitLines(text) : text) {
        if (!MARKER_FIRST_CHARS.includes(line[0] ?? '\n'))
            continue;
        if (stripCr(line) === separator || isMarker(line, '<', size, labels.left) || isMarker(line, '>', size, labels.right))
            return true;
    }
    return false;
}
/**
 * Finds the conflict hunks git wrote into a merged file with markers of
 * `size`. Exact, not guessed: the caller chose `size` so that no line of
 * either side can look like a marker (see hasMarkerLikeLines), so every marker
 * line is git's. A hunk with other than one separator means that promise was
 * broken: it throws rather than guess.
 */
function findConflictBlocks(merged, labels, size = DEFAULT_MARKER_SIZE, 
/** The index in the merged file of `merged[0]`, when `merged` is a part that holds every marker line. */
offset = 0) {
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
            throw new Error(`conflict marker at line ${offset + i + 1} is never closed`);
        const separators = [];
        for (let j = i + 1; j < close; j++)
            if (stripCr(merged[j]) === separator)
                separators.push(j);
        if (separators.length !== 1)
            throw new Error(`conflict hunk at line ${offset + i + 1} has ${separators.length} separators`);
        const sep = separators[0];
        blocks.push({ open: offset + i, close: offset + close, ours: merged.slice(i + 1, sep), theirs: merged.slice(sep + 1, close) });
        i = close;
    }
    return blocks;
}
const ANY_MARKER = new Map();
/**
 * The 1-based numbers of the lines of `text` that look like a conflict marker
 * of `size`, whatever its label and conflict style: `<<<<<<<`, `|||||||` (diff3's
 * base) or `>>>>>>>` alone or followed by a space, or exactly `=======`. Lines in
 * `allowed` (a side's own lines: an RST heading, a document about git) do not
 * count, so what is left is what a merge wrote and nobody resolved.
 */
function leftoverMarkerLines(text, allowed = new Set(), size = DEFAULT_MARKER_SIZE) {
    let pattern = ANY_MARKER.get(size);
    if (!pattern) {
        pattern = new RegExp(`^(?:(?:<{${size}}|\\|{${size}}|>{${size}})(?: .*)?|={${size}})$`);
        ANY_MARKER.set(size, pattern);
    }
    const found = [];
    splitLines(text).forEach((line, i) => {
        const bare = stripCr(line);
        if (pattern.test(bare) && !allowed.has(bare))
            found.push(i + 1);
    });
    return found;
}


/***/ }),

/***/ 1228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cD: () => (/* binding */ alignIds),
/* harmony export */   ki: () => (/* binding */ DiffBudgetExceeded),
/* harmony export */   l: () => (/* binding */ LineTable),
/* harmony export */   nF: () => (/* binding */ matchLines)
/* harmony export */ });
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
 * Numbers for lines: equal lines get equal ids, so alignments compare numbers,
 * not strings. One table serves many files (a scan interns each side's blob
 * once, however many pairs it is part of).
 */
class LineTable {
    ids = new Map();
    intern(lines) {
        const out = new Int32Array(lines.length);
        const ids = this.ids;
        for (let i = 0; i < lines.length; i++) {
            const line = lines[i];
            let id = ids.get(line);
            if (id === undefined)
                ids.set(line, (id = ids.size));
            out[i] = id;
        }
        return out;
    }
}
const DEFAULT_BUDGET = 50_000_000;
/**
 * A longest-common-subsequence alignment of two line lists (Myers' O(ND)
 * algorithm in linear space: find the middle snake, recurse on both halves).
 * Returns, for every line of `b`, the index of the line of `a` it is matched
 * with, or -1. `budget` bounds the work (diagonal steps) for huge inputs.
 */
function matchLines(a, b, budget = DEFAULT_BUDGET, stats) {
    const table = new LineTable();
    const counter = { work: 0 };
    const match = alignIds(table.intern(a), table.intern(b), budget, counter);
    if (stats)
        stats.work += counter.work;
    if (!match)
        throw new DiffBudgetExceeded('line alignment is too costly for these files', counter.work);
    return match;
}
/**
 * Scratch, reused by every alignment (alignIds is synchronous): counts per line id for the edit-distance
 * bound, all zero between calls; the furthest points of middleSnake, which reads no entry it has not
 * written in the same call.
 */
let counts = new Int32Array(1024);
let forward = new Int32Array(1024);
let backward = new Int32Array(1024);
const snake = new Int32Array(4);
/** What middleSnake counts on its way to `d`: 2d'+1 for each d' up to it, (d+1)². */
function stepsThrough(d) {
    return (d + 1) * (d + 1);
}
/** What middleSnake counts until it passes `room` (it gives up then): (d+1)² for the first d where that exceeds room. */
function stepsPast(room) {
    let steps = 0;
    for (let d = 0;; d++) {
        steps += 2 * d + 1;
        if (steps > room)
            return steps;
    }
}
/**
 * The least work middleSnake can count on a[aLo,aHi) × b[bLo,bHi) (both non-empty, unequal at both ends):
 * it cannot find the snake before d = ceil(D/2), D the edit distance (an overlap at d would be an edit path
 * of 2d or 2d-1 steps), and D is at least n + m - 2 × (the lines both could share, counted line by line).
 */
function leastSteps(a, aLo, aHi, b, bLo, bHi) {
    let top = 0;
    for (let i = aLo; i < aHi; i++)
        if (a[i] > top)
            top = a[i];
    if (counts.length <= top)
        counts = new Int32Array(Math.max(top + 1, counts.length * 2));
    for (let i = aLo; i < aHi; i++)
        counts[a[i]]++;
    let common = 0;
    for (let i = bLo; i < bHi; i++) {
        const id = b[i];
        if (id <= top && counts[id] > 0) {
            counts[id]--;
            common++;
        }
    }
    for (let i = aLo; i < aHi; i++)
        counts[a[i]] = 0;
    return stepsThrough(Math.ceil((aHi - aLo + bHi - bLo - 2 * common) / 2));
}
/**
 * Finds a middle snake of a[aLo,aHi) × b[bLo,bHi) (both non-empty) and writes it to `out` as [x, y, u, v]
 * (absolute indexes). Returns the work counted (2d+1 for each d tried), or -1 when that would exceed `room`.
 * `forward` and `backward` hold at least 2 × (a.length + b.length + 2) + 1 entries.
 */
function middleSnake(a, aLo, aHi, b, bLo, bHi, forward, backward, room, out) {
    const n = aHi - aLo;
    const m = bHi - bLo;
    const delta = n - m;
    const odd = (delta & 1) !== 0;
    const off = a.length + b.length + 2;
    forward[off + 1] = 0;
    backward[off + 1] = 0;
    const maxD = Math.ceil((n + m) / 2);
    let work = 0;
    for (let d = 0; d <= maxD; d++) {
        work += 2 * d + 1;
        if (work > room)
            return -1;
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && forward[off + k - 1] < forward[off + k + 1]) ? forward[off + k + 1] : forward[off + k - 1] + 1;
            let y = x - k;
            const x0 = x;
            const y0 = y;
            while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
                x++;
                y++;
            }
            forward[off + k] = x;
            const rk = delta - k;
            if (odd && rk >= -(d - 1) && rk <= d - 1 && x + backward[off + rk] >= n) {
                out[0] = aLo + x0;
                out[1] = bLo + y0;
                out[2] = aLo + x;
                out[3] = bLo + y;
                return work;
            }
        }
        for (let k = -d; k <= d; k += 2) {
            // Reverse coordinates: x' = n - x, y' = m - y, diagonal k' = x' - y'.
            let x = k === -d || (k !== d && backward[off + k - 1] < backward[off + k + 1]) ? backward[off + k + 1] : backward[off + k - 1] + 1;
            let y = x - k;
            const x0 = x;
            const y0 = y;
            while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
                x++;
                y++;
            }
            backward[off + k] = x;
            const fk = delta - k;
            if (!odd && fk >= -d && fk <= d && x + forward[off + fk] >= n) {
                out[0] = aHi - x;
                out[1] = bHi - y;
                out[2] = aHi - x0;
                out[3] = bHi - y0;
                return work;
            }
        }
    }
    throw new Error('middle snake not found (unreachable)');
}
/**
 * matchLines on line ids (see LineTable): the same alignment, the same work.
 * Null when the work would exceed `budget`; `stats.work` then gets the work
 * counted until giving up. A middle snake that provably cannot be found
 * within the budget (leastSteps) is not searched for: the work it would
 * have counted until giving up is counted as if it had been.
 */
function alignIds(A, B, budget = DEFAULT_BUDGET, stats = { work: 0 }) {
    const whole = new Int32Array(B.length).fill(-1);
    // Lines equal at both ends are matched as they are: only the middle is aligned.
    let head = 0;
    while (head < A.length && head < B.length && A[head] === B[head])
        head++;
    let tail = 0;
    while (tail < A.length - head && tail < B.length - head && A[A.length - 1 - tail] === B[B.length - 1 - tail])
        tail++;
    for (let i = 0; i < head; i++)
        whole[i] = i;
    for (let i = 1; i <= tail; i++)
        whole[B.length - i] = A.length - i;
    const match = whole.subarray(head, B.length - tail);
    const a = A.subarray(head, A.length - tail);
    const b = B.subarray(head, B.length - tail);
    const size = 2 * (a.length + b.length + 2) + 1;
    if (forward.length < size) {
        forward = new Int32Array(Math.max(size, 2 * forward.length));
        backward = new Int32Array(forward.length);
    }
    let work = 0;
    /**
     * False when the budget ran out. `most`: the largest d at which the middle snake of these ranges can be
     * found (half the edit distance, rounded up; the halves of a range found at d are at most d apart).
     */
    const solve = (aLo, aHi, bLo, bHi, most) => {
        for (;;) {
            while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo])
                match[bLo++] = aLo++;
            while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1])
                match[--bHi] = --aHi;
            if (aLo === aHi || bLo === bHi)
                return true;
            const room = budget - work;
            // The bound costs a pass over both ranges: only worth it when the search could pass the budget at all
            // (`most` only saves that pass: a search that passes the budget anyway gives up the same way).
            if (stepsThrough(Math.min(most, Math.ceil((aHi - aLo + bHi - bLo) / 2))) > room && leastSteps(a, aLo, aHi, b, bLo, bHi) > room) {
                work += stepsPast(room);
                return false;
            }
            const steps = middleSnake(a, aLo, aHi, b, bLo, bHi, forward, backward, room, snake);
            if (steps < 0) {
                work += stepsPast(room);
                return false;
            }
            work += steps;
            const x = snake[0];
            const y = snake[1];
            const u = snake[2];
            const v = snake[3];
            for (let i = 0; i < u - x; i++)
                match[y + i] = x + i;
            most = Math.ceil((Math.round(Math.sqrt(steps)) - 1) / 2);
            if (!solve(aLo, x, bLo, y, most))
                return false;
            // Loop instead of recursing on the second half, so deep inputs do not grow the stack twice.
            aLo = u;
            bLo = v;
        }
    };
    const done = solve(0, a.length, 0, b.length, Math.ceil((a.length + b.length) / 2));
    stats.work += work;
    if (!done)
        return null;
    // `match` holds indexes into the middle of `A`: shift them to indexes of `A`.
    if (head)
        for (let i = 0; i < match.length; i++)
            if (match[i] >= 0)
                match[i] = match[i] + head;
    return whole;
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mi: () => (/* binding */ conflictRangesOfIds),
/* harmony export */   QD: () => (/* binding */ sideRanges)
/* harmony export */ });
/* unused harmony export conflictLineRanges */
/* harmony import */ var _line_diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1228);


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
    const blocks = findConflictBlocks(merged, labels, markerSize);
    if (blocks.length === 0)
        return { leftRanges: [], rightRanges: [] };
    const table = new LineTable();
    const ids = { merged: table.intern(merged), left: table.intern(splitLines(texts.left)), right: table.intern(splitLines(texts.right)) };
    const before = stats.work;
    const ranges = conflictRangesOfIds(ids, blocks, budget, stats);
    if (!ranges)
        throw new DiffBudgetExceeded('line alignment is too costly for these files', stats.work - before);
    return ranges;
}
/**
 * conflictLineRanges on line ids (one LineTable for all three files), for the
 * parsed hunks of the merged file. Null when the alignment needs more work
 * than `budget` (`stats` then holds what was counted).
 */
function conflictRangesOfIds(ids, blocks, budget, stats) {
    // The hunk's lines of each side, as lines of the merged file: `<<<` ours `===` theirs `>>>`.
    const ours = blocks.map((b) => ids.merged.subarray(b.open + 1, b.open + 1 + b.ours.length));
    const theirs = blocks.map((b) => ids.merged.subarray(b.close - b.theirs.length, b.close));
    // One budget for both sides: what the left alignment used is gone for the right one.
    const before = stats.work;
    const leftRanges = sideRangesOfIds(ids.merged, blocks, ours, ids.left, budget, stats);
    if (!leftRanges)
        return null;
    const rightRanges = sideRangesOfIds(ids.merged, blocks, theirs, ids.right, budget === undefined ? undefined : budget - (stats.work - before), stats);
    return rightRanges && { leftRanges, rightRanges };
}
/**
 * Where each hunk's lines (`pick`: one side's lines of the hunk) are in that
 * side's own file: the merged file with every hunk resolved to that side,
 * aligned with the side's file. Also used for the base lines of diff3 hunks.
 */
function sideRanges(merged, blocks, side, pick, budget, stats) {
    const table = new _line_diff__WEBPACK_IMPORTED_MODULE_0__/* .LineTable */ .l();
    const mergedIds = table.intern(merged);
    const hunks = blocks.map((b) => table.intern(pick(b)));
    const before = stats.work;
    const ranges = sideRangesOfIds(mergedIds, blocks, hunks, table.intern(side), budget, stats);
    if (!ranges)
        throw new _line_diff__WEBPACK_IMPORTED_MODULE_0__/* .DiffBudgetExceeded */ .ki('line alignment is too costly for these files', stats.work - before);
    return ranges;
}
/** sideRanges on line ids, with each hunk's lines of this side (`hunks[k]` for `blocks[k]`); null past the budget. */
function sideRangesOfIds(merged, blocks, hunks, side, budget, stats) {
    // The merged file with each hunk replaced by this side's lines; remember where each hunk starts.
    let length = merged.length;
    blocks.forEach((b, k) => (length += hunks[k].length - (b.close + 1 - b.open)));
    const resolved = new Int32Array(length);
    const starts = [];
    let at = 0;
    let to = 0;
    blocks.forEach((block, k) => {
        resolved.set(merged.subarray(at, block.open), to);
        to += block.open - at;
        starts.push(to);
        resolved.set(hunks[k], to);
        to += hunks[k].length;
        at = block.close + 1;
    });
    resolved.set(merged.subarray(at), to);
    const toSide = (0,_line_diff__WEBPACK_IMPORTED_MODULE_0__/* .alignIds */ .cD)(side, resolved, budget, stats);
    if (!toSide)
        return null;
    const ranges = [];
    let cursor = 0;
    blocks.forEach((_, k) => {
        const lines = hunks[k];
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


/***/ }),

/***/ 5560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wC: () => (/* binding */ MergeSandbox)
/* harmony export */ });
/* unused harmony exports sandboxParent, SANDBOX_PREFIX */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7361);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4435);
/* harmony import */ var _git_init__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7531);






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
        const fs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statfsSync)('/dev/shm');
        if (fs.bavail * fs.bsize >= MIN_MEMORY_FREE)
            return '/dev/shm';
    }
    catch {
        // No /dev/shm (macOS, Windows) or not readable: the temp folder it is.
    }
    return (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
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
        // Known from the repository's start-up (one rev-parse for the whole command), absolute.
        const objectsDir = await source.objectsDir();
        const format = await (0,_git_refs__WEBPACK_IMPORTED_MODULE_3__/* .objectFormat */ .n9)(source).catch(() => 'sha1');
        const parent = sandboxParent();
        sweepStale(parent);
        // Named by the process that owns it: one left by a process that is gone (killed) can be told and removed.
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, `${SANDBOX_PREFIX}${process.pid}-`));
        removeAtExit(dir);
        try {
            const emptyConfig = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'empty-config');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(emptyConfig, '');
            const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'repo.git');
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
            const git = new _git_git__WEBPACK_IMPORTED_MODULE_4__/* .Git */ .TU(dir, env);
            openDirs.set(dir, git);
            await (0,_git_init__WEBPACK_IMPORTED_MODULE_5__/* .initBare */ .dv)(git, gitDir, format);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'objects', 'info', 'alternates'), `${objectsDir}\n`);
            return new MergeSandbox(dir, git, dir);
        }
        catch (error) {
            removeNow(dir);
            throw error;
        }
    }
    /**
     * `-c` arguments that pin everything a merge result depends on besides the
     * two commits: the conflict style (plain unless `style` says diff3, which a
     * resolution brief needs for the base lines) and our own attributes file
     * (empty, or one line setting the marker size for every path). Also how the
     * results are stored (uncompressed), which no verdict depends on.
     */
    pins(markerSize, style = 'merge') {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.attributesDir, markerSize ? `attributes-${markerSize}` : 'attributes');
        if (!this.written.has(file)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, markerSize ? `* conflict-marker-size=${markerSize}\n` : '');
            this.written.add(file);
        }
        // Uncompressed loose objects: what the merges write is read once (the conflicted blobs, for ranges) and
        // removed with the sandbox, so deflating it is wasted. Measured on curl's 2016 pairs in two processes: 8.3 s
        // at git's default level 1, 6.3 s at 0 (2.5 times the bytes: 192 MB in memory). No verdict depends on it.
        return ['-c', `core.attributesFile=${file}`, '-c', `merge.conflictStyle=${style}`, '-c', 'core.looseCompression=0'];
    }
    written = new Set();
    close() {
        removeNow(this.dir);
    }
}
const SANDBOX_PREFIX = 'orch-merge-';
/**
 * Sandboxes of this process not closed yet. A scan stopped part-way (Ctrl-C, a cancelled job's SIGTERM, a
 * closed pipe) would otherwise leave its merge results behind: up to a few hundred megabytes, in memory when
 * the folder is /dev/shm, until the next reboot. They are removed when the process exits, and on SIGINT,
 * SIGTERM and SIGHUP before the signal ends it as it would have.
 */
const openDirs = new Map();
let hooked = false;
function removeAtExit(dir) {
    openDirs.set(dir, undefined);
    if (hooked)
        return;
    hooked = true;
    process.on('exit', removeOpen);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
        process.once(signal, () => onSignal(signal));
}
function onSignal(signal) {
    // The sandboxes' git processes first (only theirs): a merge still writing would refill the folder being removed.
    for (const git of openDirs.values())
        git?.stopRunning();
    removeOpen();
    // Ours was the only listener (it is gone now): the signal's own action ends the process, with its status.
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
/** Every open sandbox removed, as far as it can be; never throws (it runs as the process ends). */
function removeOpen() {
    for (const dir of [...openDirs.keys()]) {
        try {
            removeNow(dir);
        }
        catch {
            // What is left is swept by the next scan: its process is gone.
        }
    }
}
function removeNow(dir) {
    openDirs.delete(dir);
    // A git just stopped may still be closing a file there: retried a few times, as rm does.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}
/**
 * A sandbox is swept only when its process is gone and it is this old: a process of another PID namespace
 * sharing the folder (containers sharing /dev/shm) looks gone from here, and its scan may still run.
 */
const STALE_AFTER_MS = 60 * 60 * 1000;
/** Sandboxes whose process is gone (killed before it could remove them): removed; others' and live ones kept. */
function sweepStale(parent) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(parent);
    }
    catch {
        return;
    }
    for (const name of names) {
        const pid = name.startsWith(SANDBOX_PREFIX) ? /^(\d+)-./.exec(name.slice(SANDBOX_PREFIX.length))?.[1] : undefined;
        if (pid === undefined || Number(pid) === process.pid || alive(Number(pid)))
            continue;
        try {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, name);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir).mtimeMs > Date.now() - STALE_AFTER_MS)
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        }
        catch {
            // Another user's, or being removed: not ours to insist on.
        }
    }
}
/** Whether a process with this id exists (one we may not signal exists too). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 3317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ou: () => (/* binding */ parseMergeTreeBatch),
/* harmony export */   SI: () => (/* binding */ parseMergeTree)
/* harmony export */ });
/* unused harmony export MergeTreeFormatError */
const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
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
    if (!OID_RE.test(tree))
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


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ comparePairResults),
/* harmony export */   PG: () => (/* binding */ planPairs),
/* harmony export */   YP: () => (/* binding */ compareBranches),
/* harmony export */   Yz: () => (/* binding */ pairKey),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   qy: () => (/* binding */ normalizeBranches)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

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

/***/ 7531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ setConfig),
/* harmony export */   dv: () => (/* binding */ initBare),
/* harmony export */   zY: () => (/* binding */ initRepository)
/* harmony export */ });
/* unused harmony export addRemote */
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


/***/ }),

/***/ 2214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ mergeConflicts),
/* harmony export */   Kb: () => (/* binding */ runMergeTree),
/* harmony export */   R4: () => (/* binding */ mergeTreeTakesStdin),
/* harmony export */   Sx: () => (/* binding */ cleanMergeTree),
/* harmony export */   UC: () => (/* binding */ conflictedMergeTree)
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
/** The tree `merge-tree --write-tree` makes of two commits, conflicted files holding markers (exit 1 is a result here). */
async function conflictedMergeTree(git, pins, left, right) {
    const r = await git.exec([...pins, 'merge-tree', '--write-tree', '--no-messages', left, right], { allowedExitCodes: [0, 1] });
    return r.stdout.split('\n')[0].trim();
}


/***/ }),

/***/ 7061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   _7: () => (/* binding */ resolveAgentIdentity)
/* harmony export */ });
/* unused harmony exports parseAgentName, agentName */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5748);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3768);
/* harmony import */ var _role_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(198);




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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(flagRole)} is not valid; expected overseer or implementor`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is not an agent of the naming (expected ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.overseer)}, ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.implementor.replace('{n}', '2'))} or a branch like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)((0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, feature ?? '004-user-auth', 'implementor', 2))})`);
    if (role && asBranch.role !== role)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is an ${asBranch.role}, but the file says role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(role)}`);
    if (feature && asBranch.spec && asBranch.spec !== feature)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} belongs to feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(asBranch.spec)}, but the file says feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(feature)}`);
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
        .map(([k, v]) => `${k} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}`)
        .join(', ');
    const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(parsed.spec)}`;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path} says ${fileSays}, but branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`);
}
/** One line for the CLI: the identity and where each part came from. */
function describeIdentity(id) {
    if (!id.role && !id.feature)
        return 'no role: the branch is not an agent branch and no role file names one';
    const from = (s) => s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(id.checkedOut ?? '')}` : 'the command line';
    const parts = [];
    if (id.role)
        parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`);
    if (id.feature)
        parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`);
    return `working as ${parts.join(', ')}`;
}


/***/ })

};
