export const id = 807;
export const ids = [807];
export const modules = {

/***/ 8807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  conflictsBriefCommand: () => (/* binding */ conflictsBriefCommand)
});

// EXTERNAL MODULE: ./shared/git/remote.ts
var remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(3257);
// EXTERNAL MODULE: ./shared/conflicts/pair-hunks.ts
var pair_hunks = __webpack_require__(3556);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(2621);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/tasks/task-references.ts
var task_references = __webpack_require__(8849);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(7921);
// EXTERNAL MODULE: ./shared/resolution/hunk-key.ts
var hunk_key = __webpack_require__(1179);
// EXTERNAL MODULE: ./shared/resolution/rebase-plan.ts
var rebase_plan = __webpack_require__(4137);
;// CONCATENATED MODULE: ./shared/resolution/build-brief.ts












const ID = /^c[0-9a-f]{8}$/;
/** `c1a2b3c4`, `a..b`, or two words: what the user asked a brief for. */
function parseBriefTarget(words) {
    if (words.length === 2)
        return { left: words[0], right: words[1] };
    const [one] = words;
    if (words.length === 1 && one !== undefined) {
        if (ID.test(one))
            return { id: one };
        const dots = one.indexOf('..');
        if (dots > 0 && dots < one.length - 2 && !one.slice(dots + 2).startsWith('.'))
            return { left: one.slice(0, dots), right: one.slice(dots + 2) };
    }
    throw new errors/* InputError */.dz(`conflict ${(0,quote/* quote */.hD)(words.join(' '))} is not a conflict id or a branch pair: expected an id like c1a2b3c4 (see orchestrator events status), "<branch>..<branch>" or two branch names`);
}
/** The recorded open conflict the target names, or the pair itself when it names branches. */
function findConflict(projection, target, config) {
    const open = (0,queries/* openConflicts */.cX)(projection);
    if ('id' in target) {
        const found = open.find((c) => c.id === target.id);
        if (!found) {
            const known = open.map((c) => c.id).slice(0, 10);
            throw new errors/* InputError */.dz(`conflict id ${(0,quote/* quote */.hD)(target.id)} is not an open conflict on the state branch: expected one of ${known.length ? known.join(', ') : '(none open)'}`);
        }
        return { left: found.left, right: found.right, open: found };
    }
    if (target.left === target.right)
        throw new errors/* InputError */.dz(`branch pair ${(0,quote/* quote */.hD)(`${target.left}..${target.right}`)} names one branch twice`);
    const spec = (0,branch_pattern/* parseBranch */.Qd)(config.branches, target.left)?.spec ?? (0,branch_pattern/* parseBranch */.Qd)(config.branches, target.right)?.spec;
    const found = spec ? open.find((c) => c.id === (0,conflict_pair/* conflictId */.W)(spec, target.left, target.right)) : undefined;
    const [a, b] = (0,conflict_pair/* sortedPair */.w)(target.left, target.right);
    const recorded = found ?? open.find((c) => (0,conflict_pair/* sortedPair */.w)(c.left, c.right).join('\0') === `${a}\0${b}`);
    // The order asked for is kept: the first branch is "ours".
    return { left: target.left, right: target.right, ...(recorded ? { open: recorded } : {}) };
}
/** Every resolution remembered in the state, by hunk key (the first one recorded for a key wins). */
function rememberedByKey(projection) {
    const out = new Map();
    for (const f of Object.values(projection.features))
        for (const [key, r] of Object.entries(f.remembered ?? {})) {
            const current = out.get(key);
            if (!current || r.stamp < current.stamp)
                out.set(key, r);
        }
    return out;
}
async function sideTasks(git, base, tip, paths, described) {
    if (!paths.length)
        return [];
    // The commits of this side since the merge base that touched a conflicting file: the work behind the hunks.
    const log = await (0,git_history/* logText */.kc)(git, { format: '%H%x00%B%x00%x1e', range: base ? [`${base}..${tip}`] : [tip], maxCount: 500 });
    const touching = new Set((await git.run(['log', '--format=%H', '--max-count=500', base ? `${base}..${tip}` : tip, '--', ...paths.map((p) => `:(literal)${p}`)]))
        .split('\n')
        .filter(Boolean));
    const tasks = new Map();
    for (const record of log.split('\x00\x1e')) {
        const [sha, message = ''] = record.replace(/^\n/, '').split('\x00');
        if (!sha || !touching.has(sha))
            continue;
        for (const ref of (0,task_references/* taskReferences */.C)(message)) {
            const t = tasks.get(ref.id) ?? { id: ref.id, ...(described.has(ref.id) ? { description: described.get(ref.id) } : {}), commits: [] };
            t.commits.push(sha);
            tasks.set(ref.id, t);
        }
    }
    return [...tasks.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
/**
 * The resolution brief of a conflicting pair: for each conflicting file the
 * diff3 hunks with line numbers (merged again now, at the branches' current
 * tips), the tasks behind each side, a resolution remembered from an earlier
 * merge of the same hunk, and who rebases onto whom with the commands.
 * Unknown ids and branches are an InputError (exit 2).
 */
async function buildConflictBrief(deps, projection, target, cli = 'orchestrator') {
    const found = findConflict(projection, target, deps.config);
    const { left, right } = found;
    const heads = await (0,remote/* fetchBranches */.r4)(deps.git, deps.remote, [left, right]);
    for (const b of [left, right])
        if (!heads.has(b))
            throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.hD)(b)} is not on ${(0,quote/* quote */.hD)(deps.remote)}: expected an agent branch that exists (see orchestrator events status)`);
    const leftSha = heads.get(left);
    const rightSha = heads.get(right);
    const baseOut = await deps.git.exec(['merge-base', leftSha, rightSha], { allowedExitCodes: [0, 1] });
    const mergeBase = baseOut.exitCode === 0 ? baseOut.stdout.trim() : null;
    const merged = await (0,pair_hunks/* pairHunks */.e)(deps.git, leftSha, rightSha);
    const remembered = rememberedByKey(projection);
    const files = merged.files.map(({ mergedText: _m, markerSize: _s, ...f }) => ({
        ...f,
        hunks: f.hunks.map((h) => {
            const key = (0,hunk_key/* hunkKey */.Ut)({ base: h.base.lines, ours: h.ours.lines, theirs: h.theirs.lines });
            const r = remembered.get(key);
            return {
                ...h,
                key,
                ...(r ? { remembered: { lines: (0,hunk_key/* decodeSection */.u3)(r.result), commit: r.commit, branch: r.branch, time: r.time } } : {}),
            };
        }),
    }));
    const spec = found.open?.feature ?? (0,branch_pattern/* parseBranch */.Qd)(deps.config.branches, left)?.spec ?? (0,branch_pattern/* parseBranch */.Qd)(deps.config.branches, right)?.spec ?? null;
    const described = new Map((spec ? (projection.features[spec]?.registration?.tasks ?? []) : []).map((t) => [t.id, t.description]));
    const paths = merged.files
        .map((f) => (f.pathBase64 ? Buffer.from(f.pathBase64, 'base64').toString('latin1') : f.path))
        .filter((p) => !p.startsWith('"'));
    const overseer = [left, right].find((b) => (0,branch_pattern/* parseBranch */.Qd)(deps.config.branches, b)?.role === 'overseer');
    const plan = (0,rebase_plan/* rebasePlan */.U)(projection, { spec, left, right, ...(overseer ? { overseer } : {}) }, deps.remote);
    const id = found.open?.id ?? (spec ? (0,conflict_pair/* conflictId */.W)(spec, left, right) : null);
    return {
        id: found.open ? id : null,
        feature: spec,
        left: { branch: left, sha: leftSha, tasks: await sideTasks(deps.git, mergeBase, leftSha, paths, described) },
        right: { branch: right, sha: rightSha, tasks: await sideTasks(deps.git, mergeBase, rightSha, paths, described) },
        mergeBase,
        recorded: Boolean(found.open),
        clean: merged.clean,
        files,
        messages: merged.messages,
        plan,
        command: found.open ? `${cli} conflicts brief ${found.open.id}` : `${cli} conflicts brief ${shellPair(left, right)}`,
    };
}
function shellPair(left, right) {
    return `${(0,cli_invocation/* shellWord */.r7)(left)} ${(0,cli_invocation/* shellWord */.r7)(right)}`;
}

// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(4929);
;// CONCATENATED MODULE: ./shared/resolution/render-brief.ts

/** Lines shown per hunk section at most; the JSON has them all. */
const MAX_SHOWN_LINES = 60;
const one = (text) => (0,neutralize/* neutralize */.Y)(text);
function range(side) {
    return side.lines.length === 0
        ? `none (before line ${side.start})`
        : side.lines.length === 1
            ? `line ${side.start}`
            : `lines ${side.start}-${side.start + side.lines.length - 1}`;
}
/** Section lines, each made inert (no escapes, bidi controls or workflow commands) and indented under its heading. */
function section(lines) {
    const shown = lines.slice(0, MAX_SHOWN_LINES).map((l) => `    ${one(l)}`);
    return lines.length > MAX_SHOWN_LINES ? [...shown, `    ... ${lines.length - MAX_SHOWN_LINES} more line(s) (see --json)`] : shown;
}
function tasks(list) {
    if (!list.length)
        return 'no task named in the commits that touched these files';
    return list.map((t) => (t.description ? `${t.id} (${one(t.description).slice(0, 120)})` : t.id)).join(', ');
}
function hunk(h, k, brief) {
    const l = one(brief.left.branch);
    const r = one(brief.right.branch);
    const out = [
        `  hunk ${k + 1}:`,
        `  <<<<<<< ours: ${l}, ${range(h.ours)}`,
        ...section(h.ours.lines),
        `  ||||||| base: ${range(h.base)}`,
        ...section(h.base.lines),
        '  =======',
        ...section(h.theirs.lines),
        `  >>>>>>> theirs: ${r}, ${range(h.theirs)}`,
    ];
    if (h.remembered)
        out.push(`  remembered resolution (from merge ${h.remembered.commit.slice(0, 12)} on ${one(h.remembered.branch)}):`, ...section(h.remembered.lines));
    return out;
}
/** The brief as a person or an agent reads it in a terminal. */
function renderBriefText(brief) {
    const l = one(brief.left.branch);
    const r = one(brief.right.branch);
    const lines = [
        `Conflict ${brief.id ?? '(not on record)'}${brief.feature ? ` in ${one(brief.feature)}` : ''}: ${l} (ours, ${brief.left.sha.slice(0, 12)}) and ${r} (theirs, ${brief.right.sha.slice(0, 12)})`,
        `merge base: ${brief.mergeBase ? brief.mergeBase.slice(0, 12) : 'none (unrelated histories)'}`,
        `tasks of ${l}: ${tasks(brief.left.tasks)}`,
        `tasks of ${r}: ${tasks(brief.right.tasks)}`,
    ];
    if (brief.clean)
        lines.push('', 'The branches merge cleanly now: nothing to resolve.');
    for (const f of brief.files) {
        lines.push('', `${one(f.path)} (${f.kind}${f.hunks.length ? `, ${f.hunks.length} hunk(s)` : ''})`);
        if (f.message)
            lines.push(...(0,neutralize/* neutralize */.Y)(f.message, { multiline: true })
                .split('\n')
                .map((m) => `  git: ${m}`));
        if (f.noHunks)
            lines.push(`  no hunks: ${one(f.noHunks)}`);
        f.hunks.forEach((h, k) => lines.push(...hunk(h, k, brief)));
    }
    for (const m of brief.messages)
        lines.push('', `git: ${one(m.text)}`);
    const p = brief.plan;
    lines.push('', `Who moves: ${one(p.rebases)} rebases onto ${one(p.onto)} (${one(p.reason)})`, ...p.commands.map((c) => `  ${one(c)}`), 'Without rewriting history:', ...p.mergeCommands.map((c) => `  ${one(c)}`));
    return lines.join('\n');
}
/** Hunk and remembered-resolution counts of a brief. */
function briefCounts(brief) {
    const hunks = brief.files.flatMap((f) => f.hunks);
    return { files: brief.files.length, hunks: hunks.length, remembered: hunks.filter((h) => h.remembered).length };
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(4587);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
;// CONCATENATED MODULE: ./shared/commands/conflicts.ts




// `orchestrator conflicts brief`: what it takes to resolve one conflict, read from the state and the branches (nothing is written).
const conflictsBriefCommand = {
    name: 'conflicts brief',
    summary: 'The resolution brief of one conflict: each conflicting hunk with base, ours and theirs (diff3) and line numbers, the tasks behind each side, a resolution remembered from an earlier merge of the same hunk, who rebases onto whom (from the merge order) and the commands to do it.',
    options: [
        {
            name: 'conflict',
            type: 'string',
            required: true,
            positional: 0,
            description: 'A conflict id as events status shows it (c1a2b3c4), or a branch pair: "<branch>..<branch>" or two branch names.',
        },
        { name: 'other', type: 'string', positional: 1, description: 'The second branch, when the first argument is a branch.' },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [],
    async run(values, ctx) {
        const other = values.string('other');
        const target = parseBriefTarget([values.requireString('conflict'), ...(other === undefined ? [] : [other])]);
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const { projection } = await ws.store.read();
        const cli = ctx.cliScript ? (0,cli_invocation/* cliInvocation */.XU)(ctx.cliScript, ctx.cwd) : 'orchestrator';
        const brief = await buildConflictBrief(ws, projection, target, cli);
        const counts = briefCounts(brief);
        return {
            exitCode: 0,
            outputs: {},
            text: renderBriefText(brief),
            json: { ...brief, counts },
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

/***/ 1179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ encodeSection),
/* harmony export */   Ut: () => (/* binding */ hunkKey),
/* harmony export */   u3: () => (/* binding */ decodeSection)
/* harmony export */ });
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4265);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5678);

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
    const sides = [normalised(hunk.ours), normalised(hunk.theirs)].sort((a, b) => ((0,_state_events__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(a) < (0,_state_events__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(b) ? -1 : 1));
    return (0,_state_events__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .f)((0,_state_events__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(['hunk', normalised(hunk.base), sides]));
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
