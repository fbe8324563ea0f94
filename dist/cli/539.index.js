export const id = 539;
export const ids = [539];
export const modules = {

/***/ 5482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i7: () => (/* binding */ timingsLine),
/* harmony export */   wJ: () => (/* binding */ clockMark),
/* harmony export */   wM: () => (/* binding */ PhaseClock)
/* harmony export */ });
/* unused harmony export SCAN_PHASES */
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7361);


/** The phases a scan's time is reported in (`--json` `timings`, the job summary). */
const SCAN_PHASES = ['refs', 'divergence', 'shortcut', 'merges', 'ranges', 'recording', 'cache'];
/** Now, as a clock's start (a command takes it first, so that opening the repository is counted too). */
function clockMark() {
    return { at: node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now(), git: (0,_git_git__WEBPACK_IMPORTED_MODULE_1__/* .gitProcessCount */ .BB)() };
}
/**
 * Where a scan's time and git processes go. `lap(phase)` charges everything
 * since the previous lap (or the start) to `phase`; git processes are counted
 * where every one of them is started (`gitProcessCount`), so none is missed.
 */
class PhaseClock {
    startedAt;
    startGit;
    constructor(since = clockMark()) {
        this.startedAt = since.at;
        this.startGit = since.git;
        this.at = since.at;
        this.gitAt = since.git;
    }
    at;
    gitAt;
    spent = new Map();
    lap(phase) {
        const now = node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now();
        const git = (0,_git_git__WEBPACK_IMPORTED_MODULE_1__/* .gitProcessCount */ .BB)();
        const was = this.spent.get(phase) ?? { ms: 0, git: 0 };
        this.spent.set(phase, { ms: was.ms + (now - this.at), git: was.git + (git - this.gitAt) });
        this.at = now;
        this.gitAt = git;
    }
    /** Every phase (zero when it did not happen) and the total since the clock started. */
    timings() {
        const out = {};
        for (const p of SCAN_PHASES) {
            const s = this.spent.get(p) ?? { ms: 0, git: 0 };
            out[p] = { ms: Math.round(s.ms), git: s.git };
        }
        out.total = { ms: Math.round(node_perf_hooks__WEBPACK_IMPORTED_MODULE_0__.performance.now() - this.startedAt), git: (0,_git_git__WEBPACK_IMPORTED_MODULE_1__/* .gitProcessCount */ .BB)() - this.startGit };
        return out;
    }
}
/** One line for a summary: `total 1.23 s, 7 git; refs 0.40 s/3, ...` (phases that took nothing left out). */
function timingsLine(t) {
    const s = (p) => `${(p.ms / 1000).toFixed(2)} s/${p.git} git`;
    const parts = SCAN_PHASES.filter((p) => t[p].ms >= 5 || t[p].git > 0).map((p) => `${p} ${s(t[p])}`);
    return `total ${s(t.total)}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}


/***/ }),

/***/ 5130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ shardPairs),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports validateShard, shardOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _plan_pairs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9887);



const MAX_SHARDS = 256;
/** `"2/4"` → `{ index: 2, count: 4 }`. */
function parseShard(text) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
    if (!shard)
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`shard ${JSON.stringify(text)} is not valid: expected i/n such as 2/4`);
    validateShard(shard.index, shard.count);
    return shard;
}
function validateShard(index, count) {
    if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS || !Number.isInteger(index) || index < 1 || index > count) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`shard "${index}/${count}" is not valid: expected i/n with 1 <= i <= n <= ${MAX_SHARDS}`);
    }
}
/** Which shard (1-based) of `count` a pair belongs to. */
function shardOf(pair, count) {
    // A hash of the branch names, not a position in a list: jobs that list the
    // branches at slightly different moments still agree on every old pair.
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_plan_pairs__WEBPACK_IMPORTED_MODULE_2__/* .pairKey */ .Yz)(pair)).digest();
    return (digest.readUInt32BE(0) % count) + 1;
}
/** The pairs of shard `index` of `count`; the shards together hold every pair exactly once. */
function shardPairs(pairs, index, count) {
    validateShard(index, count);
    return pairs.filter((p) => shardOf(p, count) === index);
}


/***/ }),

/***/ 539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ detectConflicts)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(8060);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
;// CONCATENATED MODULE: ./shared/conflicts/history.ts



const ADVICE = 'set fetch-depth: 0 on actions/checkout (or run git fetch --unshallow) so merge bases can be found';
/**
 * Merge bases need history. A shallow clone (actions/checkout fetches one
 * commit by default) has none, so fetch the full history of the branches;
 * when that is impossible, fail with advice instead of reporting every pair
 * as unrelated.
 */
async function ensureHistory(git, options) {
    if (!(await git.isShallow()))
        return { fetched: false };
    (0,validate/* checkPlainGitName */.C8)('remote', options.remote);
    for (const ref of options.refs)
        (0,validate/* checkPlainGitName */.C8)('branch', ref);
    // Into the same private refs the scan reads, never the user's refs/remotes/.
    const refspecs = options.refs.map((ref) => `+refs/heads/${ref}:${(0,git_remote/* privateRef */.Lv)(ref)}`);
    options.logger.info(`This clone is shallow: fetching the full history of ${options.refs.length} branch(es) from ${options.remote}`);
    try {
        await (0,git_remote/* fetchUnshallow */.c1)(git, options.remote, refspecs);
    }
    catch (e) {
        const reason = (e instanceof errors/* GitError */.XS &&
            e.stderr
                .split('\n')
                .find((l) => l.startsWith('fatal:'))
                ?.slice(7)) ||
            (0,errors/* messageOf */.bD)(e);
        throw new errors/* InputError */.dz(`this clone is shallow and its history could not be fetched from ${JSON.stringify(options.remote)} (${reason}): ${ADVICE}`, { cause: e });
    }
    if (await git.isShallow())
        throw new errors/* InputError */.dz(`this clone is still shallow after fetching from ${JSON.stringify(options.remote)}: ${ADVICE}`);
    return { fetched: true };
}

// EXTERNAL MODULE: ./shared/conflicts/plan-pairs.ts
var plan_pairs = __webpack_require__(9887);
// EXTERNAL MODULE: ./shared/conflicts/shard.ts
var shard = __webpack_require__(5130);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(3257);
;// CONCATENATED MODULE: ./shared/conflicts/commit-graph.ts





const OIDF = 0x4f494446; // "OIDF": fan-out table
const OIDL = 0x4f49444c; // "OIDL": sorted commit ids
/**
 * Membership test on one commit-graph file without loading it: the header,
 * the chunk table, the fan-out, then a binary search with small reads.
 * Format: Documentation/gitformat-commit-graph.txt in git.
 */
async function graphContains(file, oids) {
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const read = async (offset, length) => {
            const buf = Buffer.alloc(length);
            const { bytesRead } = await fh.read(buf, 0, length, offset);
            if (bytesRead !== length)
                throw new Error('commit-graph file is truncated');
            return buf;
        };
        const header = await read(0, 8);
        if (header.toString('latin1', 0, 4) !== 'CGPH' || header[4] !== 1)
            throw new Error('not a commit-graph file');
        const hashLength = header[5] === 2 ? 32 : 20;
        const chunks = header[6];
        const table = await read(8, (chunks + 1) * 12);
        let fanoutAt = -1;
        let listAt = -1;
        for (let i = 0; i < chunks; i++) {
            const id = table.readUInt32BE(i * 12);
            const offset = Number(table.readBigUInt64BE(i * 12 + 4));
            if (id === OIDF)
                fanoutAt = offset;
            if (id === OIDL)
                listAt = offset;
        }
        if (fanoutAt < 0 || listAt < 0)
            throw new Error('commit-graph file has no commit list');
        const fanout = await read(fanoutAt, 256 * 4);
        const found = [];
        for (const oid of oids) {
            const want = Buffer.from(oid, 'hex');
            if (want.length !== hashLength) {
                found.push(false);
                continue;
            }
            let lo = want[0] === 0 ? 0 : fanout.readUInt32BE((want[0] - 1) * 4);
            let hi = fanout.readUInt32BE(want[0] * 4);
            let hit = false;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                const cmp = Buffer.compare(await read(listAt + mid * hashLength, hashLength), want);
                if (cmp === 0) {
                    hit = true;
                    break;
                }
                if (cmp < 0)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            found.push(hit);
        }
        return found;
    }
    finally {
        await fh.close();
    }
}
/** The graph files git would read: the single file if present, else every layer of a split chain. */
async function graphFiles(git) {
    const single = (0,external_node_path_.resolve)(git.cwd, await (0,refs/* gitPath */.C8)(git, 'objects/info/commit-graph'));
    try {
        await (await (0,promises_.open)(single, 'r')).close();
        return [single];
    }
    catch {
        const chainFile = (0,external_node_path_.resolve)(git.cwd, await (0,refs/* gitPath */.C8)(git, 'objects/info/commit-graphs/commit-graph-chain'));
        const chain = await (0,promises_.readFile)(chainFile, 'utf8').catch(() => '');
        return chain
            .split('\n')
            .filter((h) => /^[0-9a-f]{40,64}$/.test(h))
            .map((h) => (0,external_node_path_.join)((0,external_node_path_.dirname)(chainFile), `graph-${h}.graph`));
    }
}
/**
 * Makes sure a commit-graph covers the branch tips, so merge-base and history
 * walks are fast on long histories. The check is cheap (a few reads of the
 * graph file); only a missing or stale graph is (re)written, with
 * `git commit-graph write --reachable`. `tips` default to every local and
 * remote-tracking branch.
 */
async function ensureCommitGraph(git, logger, tips) {
    if (await git.isShallow()) {
        logger.debug('commit-graph: skipped, git does not use it in a shallow clone');
        return { written: false, reason: 'shallow clone' };
    }
    const wanted = tips ?? (await (0,refs/* listRefs */.Dy)(git, '%(objectname)', ['refs/heads', 'refs/remotes'])).split('\n').filter(Boolean);
    const unique = [...new Set(wanted)];
    let reason = '';
    const files = await graphFiles(git);
    if (files.length === 0)
        reason = 'no commit-graph yet';
    else {
        try {
            const covered = new Array(unique.length).fill(false);
            for (const file of files)
                (await graphContains(file, unique)).forEach((hit, i) => (covered[i] ||= hit));
            const stale = covered.filter((c) => !c).length;
            if (stale)
                reason = `${stale} of ${unique.length} branch tips are not in the commit-graph`;
        }
        catch (e) {
            reason = `commit-graph unreadable (${(0,errors/* messageOf */.bD)(e)})`;
        }
    }
    if (!reason) {
        logger.debug('commit-graph: up to date');
        return { written: false, reason: 'up to date' };
    }
    logger.info(`Writing a commit-graph: ${reason}`);
    await (0,git_history/* writeCommitGraph */.d9)(git);
    return { written: true, reason };
}

// EXTERNAL MODULE: ./shared/conflicts/pool.ts
var pool = __webpack_require__(2594);
// EXTERNAL MODULE: ./shared/conflicts/history-graph.ts
var history_graph = __webpack_require__(4255);
;// CONCATENATED MODULE: ./shared/conflicts/divergence.ts





/**
 * What to measure: each implementor against its spec's overseer, and each
 * overseer against `base` (e.g. the default branch) when given.
 */
function planDivergence(branches, options = {}) {
    const sorted = (0,plan_pairs/* normalizeBranches */.qy)(branches);
    const overseers = new Map(sorted.filter((b) => b.role === 'overseer').map((b) => [b.spec, b]));
    const requests = [];
    for (const b of sorted) {
        const against = b.role === 'implementor' ? overseers.get(b.spec) : options.base;
        if (!against)
            continue;
        requests.push({ branch: b.name, against: against.name, branchSha: b.sha, ...(against.sha ? { againstSha: against.sha } : {}) });
    }
    return requests;
}
/** The tips whose history `measureDivergence` will walk: those of the requests its memo does not answer. */
function divergenceTips(requests, memo) {
    return requests
        .filter((r) => r.branchSha && r.againstSha && !memo?.getDivergence(r.branchSha, r.againstSha))
        .flatMap((r) => [r.branchSha, r.againstSha]);
}
/**
 * Commits ahead of and behind `against` for each request. Counts the memo
 * holds (keyed by the two commits) cost nothing; the others come from one
 * history walk (`history-graph.ts`: two git processes whatever the number of
 * requests); requests without commit ids, or when the walk fails, fall back to
 * one `git rev-list --left-right --count` each. A walk the caller made already from
 * (at least) these tips (`walked`: the scan's, see `ScanOptions.sharedGraph`) is not made again.
 */
async function measureDivergence(git, requests, maxParallel, memo, walked) {
    const results = [];
    const misses = [];
    for (const r of requests) {
        const hit = r.branchSha && r.againstSha ? memo?.getDivergence(r.branchSha, r.againstSha) : undefined;
        if (hit)
            results.push({ branch: r.branch, against: r.against, ahead: hit[0], behind: hit[1] });
        else
            misses.push(r);
    }
    const known = misses.filter((r) => r.branchSha && r.againstSha);
    let rest = misses.filter((r) => !(r.branchSha && r.againstSha));
    if (known.length) {
        try {
            const tips = known.flatMap((r) => [r.branchSha, r.againstSha]);
            const graph = walked && tips.every((t) => walked.hasTip(t)) ? walked : await history_graph/* HistoryGraph */.r.load(git, tips);
            for (const r of known) {
                const [ahead, behind] = graph.aheadBehind(r.branchSha, r.againstSha);
                memo?.putDivergence(r.branchSha, r.againstSha, ahead, behind);
                results.push({ branch: r.branch, against: r.against, ahead, behind });
            }
        }
        catch {
            rest = [...rest, ...known];
        }
    }
    results.push(...(await countEach(git, rest, maxParallel)));
    return results.sort(compareDivergence);
}
async function countEach(git, requests, maxParallel) {
    const limit = (0,pool/* resolveParallelism */.Rz)(maxParallel);
    return (0,pool/* runPool */.kD)(requests, limit, async (r) => {
        const range = `${r.branchSha ?? r.branch}...${r.againstSha ?? r.against}`;
        try {
            const out = await (0,git_history/* leftRightCount */.nT)(git, range);
            const m = /^(\d+)\s+(\d+)$/.exec(out.trim());
            if (!m)
                return {
                    branch: r.branch,
                    against: r.against,
                    ahead: null,
                    behind: null,
                    error: `unexpected output ${JSON.stringify(out.slice(0, 80))}`,
                };
            return { branch: r.branch, against: r.against, ahead: Number(m[1]), behind: Number(m[2]) };
        }
        catch (e) {
            return { branch: r.branch, against: r.against, ahead: null, behind: null, error: (0,errors/* messageOf */.bD)(e) };
        }
    });
}
function compareDivergence(a, b) {
    return (0,plan_pairs/* compareText */.n6)(a.branch, b.branch) || (0,plan_pairs/* compareText */.n6)(a.against, b.against);
}

// EXTERNAL MODULE: ./shared/conflicts/scan-pairs.ts + 5 modules
var scan_pairs = __webpack_require__(1318);
;// CONCATENATED MODULE: ./shared/conflicts/trial-summaries.ts
const TRIAL_COUNTS = [
    'pairs',
    'tried',
    'cached',
    'skipped',
    'flaky',
    'buildConflicts',
    'testConflicts',
    'untested',
    'errors',
    'tipsRun',
    'tipsCached',
    'setupReused',
    'setupSavedMs',
    'durationMs',
];
/** The trial summary of shard reports: the first's settings, the counts added (undefined when no shard ran trials). */
function mergeTrialSummaries(reports) {
    const withTrials = reports.map((r) => r.trials).filter((t) => t !== undefined);
    if (withTrials.length === 0)
        return undefined;
    const out = { ...withTrials[0] };
    for (const key of TRIAL_COUNTS)
        out[key] = withTrials.reduce((sum, t) => sum + t[key], 0);
    return out;
}

;// CONCATENATED MODULE: ./shared/conflicts/report.ts




function summarize(pairs) {
    const count = (status) => pairs.filter((p) => p.status === status).length;
    return {
        pairs: pairs.length,
        clean: count('clean'),
        conflicted: count('conflicted'),
        unrelated: count('unrelated'),
        errors: count('error'),
    };
}
/** The full report, every list in a stable order. */
function buildReport(input) {
    const scannedAt = typeof input.scannedAt === 'string' ? input.scannedAt : input.scannedAt.toISOString();
    // A scan's pairs come sorted already (scanPairs): checked in one pass, not sorted a second time.
    const pairs = inOrder(input.pairs, plan_pairs/* comparePairResults */.MI) ? [...input.pairs] : [...input.pairs].sort(plan_pairs/* comparePairResults */.MI);
    return {
        version: 2,
        scannedAt,
        scope: input.scope,
        ...(input.shard ? { shard: { index: input.shard.index, count: input.shard.count } } : {}),
        branches: [...input.branches].sort(plan_pairs/* compareBranches */.YP),
        pairs,
        divergence: [...(input.divergence ?? [])].sort(compareDivergence),
        summary: summarize(pairs),
    };
}
function inOrder(list, compare) {
    for (let i = 1; i < list.length; i++)
        if (compare(list[i - 1], list[i]) > 0)
            return false;
    return true;
}
function branchesKey(branches) {
    return JSON.stringify([...branches].sort(plan_pairs/* compareBranches */.YP).map((b) => [b.name, b.sha]));
}
/**
 * Combines the reports of the shards of one scan into one report. They must
 * agree on scope, shard count and branches (names and commits); every shard
 * must be there once (unless `allowPartial`), and no pair may appear twice.
 */
function mergeReports(reports, options = {}) {
    const first = reports[0];
    if (!first)
        throw new errors/* InputError */.dz('no conflict reports to merge: expected the reports of every shard');
    const seenShards = new Set();
    for (const r of reports) {
        if (r.version !== 2)
            throw new errors/* InputError */.dz(`conflict report version ${JSON.stringify(r.version)} is not supported: expected 2 (shard reports must come from the same agent-orchestrator version)`);
        if (r.scope !== first.scope)
            throw new errors/* InputError */.dz(`conflict reports disagree on scope: "${first.scope}" and "${r.scope}"`);
        if (!r.shard && reports.length > 1)
            throw new errors/* InputError */.dz('a conflict report without a shard cannot be merged with others');
        if (r.shard) {
            if (r.shard.count !== first.shard?.count) {
                throw new errors/* InputError */.dz(`conflict reports disagree on the shard count: ${first.shard?.count ?? 'none'} and ${r.shard.count}`);
            }
            if (seenShards.has(r.shard.index))
                throw new errors/* InputError */.dz(`shard ${r.shard.index}/${r.shard.count} is given twice`);
            seenShards.add(r.shard.index);
        }
        if (branchesKey(r.branches) !== branchesKey(first.branches)) {
            throw new errors/* InputError */.dz(`conflict reports were made from different branches or commits (shard ${r.shard?.index ?? '?'} differs): rerun the scan`);
        }
    }
    if (first.shard && !options.allowPartial) {
        const absent = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seenShards.has(i));
        if (absent.length)
            throw new errors/* InputError */.dz(`conflict reports are missing shard(s) ${absent.join(', ')} of ${first.shard.count}`);
    }
    const pairs = new Map();
    for (const r of reports) {
        for (const p of r.pairs) {
            const key = (0,plan_pairs/* pairKey */.Yz)(p);
            if (pairs.has(key))
                throw new errors/* InputError */.dz(`pair ${JSON.stringify(p.left)} / ${JSON.stringify(p.right)} appears in more than one report`);
            pairs.set(key, p);
        }
    }
    const divergence = new Map();
    for (const r of reports)
        for (const d of r.divergence)
            if (!divergence.has(`${d.branch}\0${d.against}`))
                divergence.set(`${d.branch}\0${d.against}`, d);
    const scannedAt = reports.map((r) => r.scannedAt).sort()[0];
    const merged = buildReport({
        scannedAt,
        scope: first.scope,
        branches: first.branches,
        pairs: [...pairs.values()],
        divergence: [...divergence.values()],
    });
    const trials = mergeTrialSummaries(reports);
    return trials ? { ...merged, trials } : merged;
}

// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/junit/find-files.ts
var find_files = __webpack_require__(5776);
// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(2621);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(3867);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(1672);
;// CONCATENATED MODULE: ./shared/detect-conflicts/record.ts





function sortedPair(a, b) {
    return a <= b ? [a, b] : [b, a];
}
function pairId(a, b) {
    return sortedPair(a, b).join('\u0000');
}
/** The features a pair belongs to: one, or both for a cross-feature pair. */
function featuresOf(p, specs) {
    return [...new Set([specs.get(p.left), specs.get(p.right)].filter((s) => Boolean(s)))].sort();
}
// Events are bounded: a pair with thousands of conflicted files keeps the first ones.
const MAX_FILES = 200;
const MAX_RANGES = 50;
const MAX_MESSAGES = 20;
const CONTROL_EXCEPT_BREAKS = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1], { except: '\t\n\r', flags: 'g' });
/** Text git wrote, made fit for an event: control characters other than line breaks and tabs shown as \xNN. */
function eventText(text, max) {
    const clean = text.replace(CONTROL_EXCEPT_BREAKS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
/** `build` or `test` when the pair's trial found a conflict git cannot see. */
function trialConflictKind(pair) {
    const v = pair.trial?.verdict;
    return v === 'build-conflict' ? 'build' : v === 'test-conflict' ? 'test' : undefined;
}
function detectionData(pair, reduced) {
    const kind = trialConflictKind(pair);
    const check = pair.trial?.failure?.check;
    return {
        ...(kind ? { kind, ...(check ? { check: eventText(check, 200).replace(/\s+/g, ' ') } : {}) } : {}),
        left: pair.left,
        right: pair.right,
        leftSha: pair.leftSha,
        rightSha: pair.rightSha,
        files: pair.files.slice(0, MAX_FILES).map((f) => ({
            path: reduced && f.path.length > 2000 ? `${f.path.slice(0, 1999)}…` : f.path,
            ...(f.pathBase64 !== undefined && !(reduced && f.pathBase64.length > 40_000) ? { pathBase64: f.pathBase64 } : {}),
            kind: f.kind,
            leftRanges: reduced ? [] : f.leftRanges.slice(0, MAX_RANGES),
            rightRanges: reduced ? [] : f.rightRanges.slice(0, MAX_RANGES),
            ...(f.message && !reduced ? { message: eventText(f.message, 2000) } : {}),
        })),
        ...(pair.messages?.length
            ? {
                messages: pair.messages.slice(0, MAX_MESSAGES).map((m) => ({
                    paths: m.paths.slice(0, 20).map((p) => (p.length > 2000 ? `${p.slice(0, 1999)}…` : p)),
                    type: eventText(m.type, 200).replace(/\s+/g, ' '),
                    text: eventText(m.text, 2000),
                })),
            }
            : {}),
    };
}
/**
 * Events for what changed since the last scan, judged against the state:
 * - a detection per conflicting pair that is not open at these commits already
 *   (a pair seen again after its conflict was resolved, by hand or not, is a
 *   new occurrence of the fact: `occurrence` = resolutions so far + 1);
 * - a resolution for each open conflict whose pair merges cleanly now (never
 *   for one logged by hand: only `resolve-conflict` ends those), and for each
 *   open conflict whose branch no longer exists ("branch deleted");
 * - divergence measures that differ from the recorded ones.
 * Only pairs this scan looked at are judged: another shard's pairs are left alone.
 * No pair can stop the others: an event that cannot be built is retried
 * without ranges and messages, and else skipped with a warning.
 */
function conflictEvents(report, projection, options) {
    const { now } = options;
    const specs = new Map(report.branches.map((b) => [b.name, b.spec]));
    const shas = new Map(report.branches.map((b) => [b.name, b.sha]));
    const previous = (0,queries/* openConflicts */.cX)(projection);
    // By pair, once: a scan of 2016 pairs against a thousand open conflicts compared every pair with every conflict.
    const openByPair = new Map();
    for (const c of previous) {
        const id = pairId(c.left, c.right);
        openByPair.set(id, [...(openByPair.get(id) ?? []), c]);
    }
    const events = [];
    const newPairs = [];
    const resolved = [];
    const skipped = [];
    const resolve = (open, reason) => {
        if (resolved.some((r) => r.id === open.id && r.feature === open.feature))
            return;
        resolved.push({ ...open, ...(reason ? { reason } : {}) });
        const lifetimeSeconds = Math.max(0, Math.round((now.getTime() - Date.parse(open.detectedAt)) / 1000));
        const data = { left: open.left, right: open.right, detectedAt: open.detectedAt, lifetimeSeconds, ...(reason ? { reason } : {}) };
        events.push((0,events_events/* makeEvent */.Ld)('conflict-resolved', open.feature, data, { actor: options.actor, time: now }));
    };
    for (const pair of report.pairs) {
        const trialKind = trialConflictKind(pair);
        if (pair.status === 'conflicted' || trialKind) {
            if (!openByPair.has(pairId(pair.left, pair.right)))
                newPairs.push(pair);
            for (const feature of featuresOf(pair, specs)) {
                const state = projection.features[feature]?.conflicts[(0,conflict_pair/* conflictId */.W)(feature, pair.left, pair.right)];
                const last = state?.detected;
                const open = (state?.openSince.length ?? 0) > 0;
                const sameCommits = !!last &&
                    sortedPair(last.leftSha, last.rightSha).join() === sortedPair(pair.leftSha, pair.rightSha).join() &&
                    !last.manual &&
                    last.kind === trialKind;
                if (open && sameCommits)
                    continue;
                const occurrence = (state?.resolutions ?? 0) + 1;
                const event = buildDetection(pair, feature, occurrence, options);
                if (event)
                    events.push(event);
                else
                    skipped.push(`${pair.left} ↔ ${pair.right}`);
            }
        }
        else if (pair.status === 'clean') {
            for (const open of openByPair.get(pairId(pair.left, pair.right)) ?? []) {
                // A build or test conflict ends only when a trial passes: a text-only scan cannot see it either way.
                if (!open.manual && (!open.kind || pair.trial?.verdict === 'passed'))
                    resolve(open);
            }
        }
    }
    if (options.present) {
        for (const open of previous) {
            const gone = [open.left, open.right].filter((b) => !options.present.has(b));
            if (gone.length)
                resolve(open, `branch deleted: ${gone.join(', ')}`.slice(0, 200));
        }
    }
    for (const d of report.divergence) {
        const sha = shas.get(d.branch);
        const feature = specs.get(d.branch);
        if (d.ahead === null || d.behind === null || !sha || !feature)
            continue;
        const known = projection.features[feature]?.divergence[d.branch]?.[d.against];
        if (known && known.sha === sha && known.ahead === d.ahead && known.behind === d.behind)
            continue;
        events.push((0,events_events/* makeEvent */.Ld)('divergence-measured', feature, { branch: d.branch, against: d.against, ahead: d.ahead, behind: d.behind, sha }, { actor: options.actor, time: now }));
    }
    events.push(...heartbeats(report, projection, options, now));
    return { events, newPairs, resolved, previous, skipped };
}
function buildDetection(pair, feature, occurrence, options) {
    const extra = occurrence > 1 ? { occurrence } : {};
    let firstError = '';
    for (const reduced of [false, true]) {
        try {
            return (0,events_events/* makeEvent */.Ld)('conflict-detected', feature, { ...detectionData(pair, reduced), ...extra }, { actor: options.actor, time: options.now });
        }
        catch (error) {
            firstError ||= (0,errors/* messageOf */.bD)(error);
        }
    }
    options.logger?.warning(`the conflict between ${pair.left} and ${pair.right} is not recorded: ${firstError}`);
    return null;
}
/**
 * A scan that finds nothing new records nothing, so the scan's own run is recorded
 * (per feature scanned) to show the schedule is alive: at most once per
 * HEARTBEAT_MINUTES, so a re-run right after still records nothing.
 */
const HEARTBEAT_MINUTES = 15;
function heartbeats(report, projection, by, now) {
    const specs = new Map(report.branches.map((b) => [b.name, b.spec]));
    const due = [...new Set(specs.values())].sort().filter((feature) => {
        const last = projection.features[feature]?.scans?.conflicts;
        return !(last && now.getTime() - Date.parse(last.time) < HEARTBEAT_MINUTES * 60_000);
    });
    if (due.length === 0)
        return [];
    // Every feature's tally from one pass over the pairs (not one pass per feature): a pair counts for each of its features.
    const tally = new Map(due.map((f) => [f, { pairs: 0, conflicted: 0, errors: 0 }]));
    for (const p of report.pairs) {
        for (const feature of featuresOf(p, specs)) {
            const t = tally.get(feature);
            if (!t)
                continue;
            t.pairs++;
            // Build and test conflicts found by trials are conflicts too.
            t.conflicted += (p.status === 'conflicted' ? 1 : 0) + (trialConflictKind(p) ? 1 : 0);
            if (p.status === 'error')
                t.errors++;
        }
    }
    return due.map((feature) => {
        const t = tally.get(feature);
        const data = { scanner: 'conflicts', at: now.toISOString(), pairs: t.pairs, conflicted: t.conflicted, errors: t.errors };
        return (0,events_events/* makeEvent */.Ld)('scan-completed', feature, data, { actor: by.actor, time: now });
    });
}

// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(9671);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
;// CONCATENATED MODULE: ./shared/github/conflict-comment.ts

/** Finds our comment among a pull request's comments; people never start a comment with it. */
const CONFLICT_MARKER = '<!-- agent-orchestrator:conflicts -->';
/** Rows beyond this are summarised, so the comment stays far below GitHub's 65536-character limit. */
const MAX_ROWS = 150;
/** The comment for a pull request: a table of conflicts, or a note that they are resolved. */
function renderConflictComment(conflicts, options = {}) {
    if (conflicts.length === 0) {
        return [
            CONFLICT_MARKER,
            '### ✅ Predicted merge conflicts resolved',
            '',
            'The last scan found no conflicts between this branch and the other open branches of the feature.',
            '',
        ].join('\n');
    }
    const rows = [];
    let files = 0;
    for (const conflict of conflicts) {
        const other = options.head !== undefined && conflict.right === options.head ? conflict.left : conflict.right;
        const branch = branchCell(other, options);
        if (conflict.kind) {
            files += 1;
            const what = `the merge fails ${conflict.kind === 'build' ? 'to build' : 'its tests'}${conflict.check ? ` (check ${conflict.check})` : ''}`;
            if (rows.length < MAX_ROWS)
                rows.push(`| ${branch} | ${(0,markdown.md)(what, 1000)} | — |`);
            continue;
        }
        const entries = conflict.files.length ? conflict.files : [{ path: '', ranges: undefined }];
        for (const file of entries) {
            files += 1;
            if (rows.length >= MAX_ROWS)
                continue;
            const path = file.path ? (0,markdown.md)(file.path, 1000) : '—';
            const ranges = file.ranges ? (0,markdown.md)(file.ranges, 1000) : '—';
            rows.push(`| ${branch} | ${path} | ${ranges} |`);
        }
    }
    const branches = conflicts.length === 1 ? 'another branch' : `${conflicts.length} other branches`;
    // Proven before shown: no marker left, only the conflicting files changed, the trial checks pass on the merge.
    const suggested = conflicts
        .filter((c) => c.suggestion)
        .slice(0, MAX_ROWS)
        .map((c) => `- ${(0,markdown.md)(c.left, 1000)} × ${(0,markdown.md)(c.right, 1000)}: ${branchCell(c.suggestion, options)} — \`git merge origin/${c.suggestion.replace(/`/g, '')}\``);
    const briefs = conflicts.filter((c) => c.brief).slice(0, MAX_ROWS);
    return [
        CONFLICT_MARKER,
        '### ⚠️ Predicted merge conflicts',
        '',
        `Merging this branch with ${branches} of the feature would conflict. ` +
            'Coordinate with the owners of those branches, or rebase after theirs are merged.',
        '',
        '| Conflicting branch | File | Lines |',
        '| --- | --- | --- |',
        ...rows,
        ...(files > rows.length ? ['', `…and ${files - rows.length} more conflicting files not shown.`] : []),
        ...(suggested.length
            ? ['', '**Proven resolutions** (no marker left, only the conflicting files changed, the checks pass on the merge):', '', ...suggested]
            : []),
        ...(briefs.length ? ['', '**How to resolve**', '', ...briefs.map((c) => briefLine(c, options))] : []),
        '',
    ].join('\n');
}
/** One conflict's brief, collapsed: hunks, who rebases onto whom, the command that prints it whole (its id is hex). */
function briefLine(conflict, options) {
    const b = conflict.brief;
    const other = options.head !== undefined && conflict.right === options.head ? conflict.left : conflict.right;
    const command = /^[\w ./-]+$/.test(b.command) ? `\`${b.command}\`` : (0,markdown.md)(b.command, 300);
    return `- with ${(0,markdown.md)(other, 300)}: ${b.hunks} hunk(s) in ${b.files} file(s); **${(0,markdown.md)(b.rebases, 300)}** rebases onto **${(0,markdown.md)(b.onto, 300)}**. Full brief: ${command}`;
}
function branchCell(branch, options) {
    if (options.serverUrl && options.repository) {
        return (0,markdown/* markdownLink */.iQ)(branch, options.serverUrl, [...options.repository.split('/'), 'tree', ...branch.split('/')]);
    }
    return (0,markdown.md)(branch, 1000);
}

// EXTERNAL MODULE: ./shared/github/explain-error.ts
var explain_error = __webpack_require__(3232);
// EXTERNAL MODULE: ./shared/github/pull-request-body.ts
var pull_request_body = __webpack_require__(682);
;// CONCATENATED MODULE: ./shared/github/conflict-notices.ts





/**
 * Brings one pull request's conflict notice up to date: exactly one comment of ours, edited in place,
 * and a label. Reads first and writes only what differs, so an unchanged scan makes no writes.
 */
async function applyConflictNotice(client, options) {
    const { owner, repo, pull } = options;
    const label = options.label ?? 'merge-conflict';
    const hasConflicts = options.conflicts.length > 0;
    const body = renderConflictComment(options.conflicts, options);
    const on = `on pull request #${pull} in ${owner}/${repo}`;
    const call = async (doing, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,explain_error/* explainGitHubError */.P)(error, `${doing} ${on}`, 'write');
        }
    };
    const ourComments = async () => {
        const comments = await call('reading the comments', () => client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pull, per_page: 100 }));
        return comments.filter((c) => (c.body ?? '').trimStart().startsWith(CONFLICT_MARKER)).sort((a, b) => Number(a.id) - Number(b.id));
    };
    const mine = await ourComments();
    let ours = mine[0];
    let comment = 'none';
    if (!ours && hasConflicts) {
        // Not retried blindly: GitHub may have stored the comment and lost only the answer. Look again
        // first, and create it a second time only when it is really not there.
        try {
            await client.rest.issues.createComment({ owner, repo, issue_number: pull, body, request: { retries: 0 } });
        }
        catch (error) {
            if (!answerLost(error))
                throw (0,explain_error/* explainGitHubError */.P)(error, `commenting on the conflicts ${on}`, 'write');
            ours = (await ourComments())[0];
            if (!ours)
                await call('commenting on the conflicts', () => client.rest.issues.createComment({ owner, repo, issue_number: pull, body }));
        }
        comment = 'created';
    }
    if (ours && !(0,pull_request_body/* sameBody */.NZ)(ours.body, body)) {
        const id = Number(ours.id);
        await call('updating the conflict comment', () => client.rest.issues.updateComment({ owner, repo, comment_id: id, body }));
        comment = comment === 'created' ? 'created' : 'updated';
    }
    else if (ours && comment === 'none')
        comment = 'unchanged';
    // Only copies by the same author: a person's comment is never deleted, even one quoting ours.
    const duplicates = ours ? mine.filter((c) => c.id !== ours.id && c.user?.id === ours.user?.id) : [];
    let duplicatesRemoved = 0;
    for (const duplicate of duplicates) {
        const removed = await call('removing a duplicate conflict comment', () => client.rest.issues.deleteComment({ owner, repo, comment_id: Number(duplicate.id) }).then(() => true, (error) => {
            // Removed meanwhile (another scan, a person): the outcome we wanted.
            if (error.status === 404)
                return false;
            throw error;
        }));
        if (removed)
            duplicatesRemoved++;
    }
    const labels = await call('reading the labels', () => client.paginate(client.rest.issues.listLabelsOnIssue, { owner, repo, issue_number: pull, per_page: 100 }));
    const labelled = labels.some((l) => l.name === label);
    let labelAdded = false;
    let labelRemoved = false;
    if (hasConflicts && !labelled) {
        await call(`adding the label "${label}"`, () => client.rest.issues.addLabels({ owner, repo, issue_number: pull, labels: [label] }));
        labelAdded = true;
    }
    else if (!hasConflicts && labelled) {
        labelRemoved = await call(`removing the label "${label}"`, () => client.rest.issues.removeLabel({ owner, repo, issue_number: pull, name: label }).then(() => true, (error) => {
            // Someone removed it between our read and our delete: the outcome we wanted.
            if (error.status === 404)
                return false;
            throw error;
        }));
    }
    return { comment, duplicatesRemoved, labelAdded, labelRemoved };
}
/** A server error or no answer at all: the request may have been carried out. */
function answerLost(error) {
    const status = error.status;
    return typeof status !== 'number' || status >= 500;
}

;// CONCATENATED MODULE: ./shared/github/conflict-notice-plan.ts
/**
 * Decides, for every open pull request, which conflicts its notice shows and whether they are new.
 * Pull requests that are closed or merged are not in `openPulls`, so nothing is ever posted on them.
 * Pure: the same input gives the same plans, in pull request number order.
 */
function planConflictNotices(input) {
    return [...input.openPulls]
        .sort((a, b) => a.number - b.number)
        .map((pull) => ({
        pull: pull.number,
        head: pull.head,
        base: pull.base,
        conflicts: mergeByOtherBranch(pull.head, input.current),
        notify: input.current.some((c) => involves(c, pull.head) && isNew(c, input.previous)),
    }));
}
/**
 * New: no previous conflict of the same two branches covered all of its files. A pair with an equal
 * `pairKey` is covered; so is one that merely lost files (a partial fix is not worth a notification).
 */
function isNew(conflict, previous) {
    const branches = branchKey(conflict);
    return !previous.some((p) => branchKey(p) === branches && conflict.files.every((f) => p.files.some((q) => q.path === f.path)));
}
function branchKey(conflict) {
    return JSON.stringify([conflict.left, conflict.right].sort());
}
function involves(conflict, head) {
    return conflict.left !== conflict.right && (conflict.left === head || conflict.right === head);
}
/** Identifies a conflict regardless of side order and line ranges: branches and paths, sorted. */
function pairKey(conflict) {
    const branches = [conflict.left, conflict.right].sort();
    const paths = [...new Set(conflict.files.map((f) => f.path))].sort();
    return JSON.stringify(conflict.kind ? [branches, paths, conflict.kind] : [branches, paths]);
}
/** The conflicts that involve `head`, turned so that `head` is on the left; one entry per other branch. */
function mergeByOtherBranch(head, conflicts) {
    const byOther = new Map();
    const trialOf = new Map();
    const briefOf = new Map();
    for (const c of conflicts) {
        if (c.left === c.right)
            continue;
        const other = c.left === head ? c.right : c.right === head ? c.left : undefined;
        if (other === undefined)
            continue;
        const files = byOther.get(other) ?? new Map();
        for (const f of c.files)
            files.set(f.path, f.ranges ?? files.get(f.path));
        byOther.set(other, files);
        if (c.kind)
            trialOf.set(other, { kind: c.kind, ...(c.check ? { check: c.check } : {}) });
        if (c.brief)
            briefOf.set(other, c.brief);
    }
    return [...byOther.keys()].sort(compare).map((other) => ({
        left: head,
        right: other,
        files: [...byOther.get(other).entries()]
            .sort(([a], [b]) => compare(a, b))
            .map(([path, ranges]) => (ranges === undefined ? { path } : { path, ranges })),
        ...trialOf.get(other),
        ...(briefOf.has(other) ? { brief: briefOf.get(other) } : {}),
    }));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./shared/github/repository.ts
var github_repository = __webpack_require__(3286);
// EXTERNAL MODULE: ./shared/resolution/collapsed.ts
var collapsed = __webpack_require__(1620);
;// CONCATENATED MODULE: ./shared/detect-conflicts/notify.ts







function rangesText(ranges) {
    return ranges.length ? (0,range_text/* formatRanges */.Gk)(ranges) : undefined;
}
/**
 * Current conflicts as notices describe them; with the state, each textual one carries its
 * brief collapsed (hunks, who rebases onto whom, the command that prints the whole brief).
 */
function noticeConflicts(report, projection) {
    const specOf = new Map(report.branches.map((b) => [b.name, b.spec]));
    const trialKind = (v) => (v === 'build-conflict' ? 'build' : v === 'test-conflict' ? 'test' : undefined);
    return report.pairs
        .filter((p) => p.status === 'conflicted' || trialKind(p.trial?.verdict))
        .map((p) => {
        const kind = trialKind(p.trial?.verdict);
        const spec = specOf.get(p.left) ?? specOf.get(p.right);
        return {
            left: p.left,
            right: p.right,
            files: p.files.map((f) => ({ path: f.path, ranges: rangesText(f.leftRanges) })),
            ...(kind ? { kind, ...(p.trial?.failure ? { check: p.trial.failure.check } : {}) } : {}),
            ...(p.suggestion?.outcome === 'proven' && p.suggestion.branch ? { suggestion: p.suggestion.branch } : {}),
            ...(projection && !kind && spec ? { brief: briefOf(projection, { ...p, feature: spec }) } : {}),
        };
    });
}
function briefOf(projection, c) {
    const b = (0,collapsed/* collapsedBrief */.W)(projection, { ...c, id: (0,conflict_pair/* conflictId */.W)(c.feature, c.left, c.right) });
    return { hunks: b.hunks, files: b.files.length, rebases: b.rebases, onto: b.onto, command: b.command };
}
function previousNoticeConflicts(open) {
    return open.map((c) => ({
        left: c.left,
        right: c.right,
        files: c.files.map((f) => ({ path: f.path, ranges: rangesText(f.leftRanges) })),
        ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
        ...(c.suggestion?.outcome === 'proven' && c.suggestion.branch ? { suggestion: c.suggestion.branch } : {}),
    }));
}
/**
 * One comment and one label per open pull request whose head is in a
 * conflicting pair, kept up to date in place; pull requests that are no
 * longer open are never touched.
 */
async function notifyPullRequests(report, previous, options, ctx) {
    if (!options.token)
        throw new errors/* InputError */.dz('notify: pr needs a token with pull-requests: write (pass token: ${{ github.token }})');
    const ref = (0,github_repository/* parseRepository */.SU)(ctx.github.repository);
    // Loaded here, not at the top: a scan without notify makes no GitHub call and need not parse Octokit.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 6317));
    const client = createGitHubClient({ token: options.token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', logger: ctx.logger });
    const names = new Set(report.branches.map((b) => b.name));
    const openPulls = (await (0,github_repository/* listOpenPulls */.jg)(client, ref)).filter((p) => names.has(p.head));
    const plans = planConflictNotices({
        openPulls,
        current: noticeConflicts(report, options.projection),
        previous: previousNoticeConflicts(previous),
    });
    const out = [];
    for (const plan of plans) {
        const r = await applyConflictNotice(client, {
            ...ref,
            pull: plan.pull,
            conflicts: plan.conflicts,
            head: plan.head,
            label: options.label,
            serverUrl: ctx.github.serverUrl,
            repository: ctx.github.repository,
        });
        out.push({ pull: plan.pull, head: plan.head, conflicts: plan.conflicts.length, notify: plan.notify, ...r });
    }
    return out;
}

// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/conflicts/phase-clock.ts
var phase_clock = __webpack_require__(5482);
// EXTERNAL MODULE: ./shared/check-path/check-path.ts + 3 modules
var check_path = __webpack_require__(4190);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(1470);
// EXTERNAL MODULE: ./shared/git/merge-tree.ts
var merge_tree = __webpack_require__(2214);
;// CONCATENATED MODULE: ./shared/detect-conflicts/attribute.ts





/** First-parent commits walked before giving up on finding the cause (each is one merge-tree). */
const MAX_WALK = 200;
/**
 * New conflicts between an implementor branch and its overseer that come from
 * the overseer moving since the last scan, each traced to the overseer commit
 * that caused it. A pair counts only when it was not an open conflict before
 * and the branch as it is now merged cleanly with the overseer as it was then:
 * so a conflict that existed before, or one the branch's own new commits
 * made, is never blamed on a merge. The cause is the first commit on the
 * overseer's first-parent line from the old tip to the new one with which the
 * branch conflicts; it is named as a pull request only when the API lists
 * exactly one merged pull request into the overseer whose merge commit it is,
 * else as "since <commit>". A rewritten overseer (the old tip is not an
 * ancestor of the new one) gives no cause at all.
 */
async function conflictCauses(git, report, before, pullsOf) {
    const out = [];
    const open = new Set((0,queries/* openConflicts */.cX)(before).map((c) => attribute_pairKey(c.left, c.right)));
    // Every branch that conflicts since the same overseer move walks the same line and most often blames the same
    // commit: the line and each commit's files are asked of git once per scan, not once per branch.
    const lines = new Map();
    const brought = new Map();
    const once = (memo, key, ask) => {
        let found = memo.get(key);
        if (!found)
            memo.set(key, (found = ask()));
        return found;
    };
    for (const o of report.branches.filter((b) => b.role === 'overseer')) {
        const feature = before.features[o.spec];
        const previous = feature ? previousSha(feature, o.name) : null;
        if (!previous || previous === o.sha)
            continue;
        if (!(await git.isAncestor(previous, o.sha).catch(() => false)))
            continue;
        const candidates = report.pairs.flatMap((p) => {
            if (p.status !== 'conflicted' || (p.left !== o.name && p.right !== o.name))
                return [];
            const branch = p.left === o.name ? p.right : p.left;
            const side = report.branches.find((b) => b.name === branch);
            if (!side || side.role !== 'implementor' || side.spec !== o.spec || open.has(attribute_pairKey(p.left, p.right)))
                return [];
            return [{ p, branch, side }];
        });
        // The branches are traced side by side (each a few merge-trees), the causes kept in the order of the pairs.
        const traced = await (0,pool/* runPool */.kD)(candidates, (0,pool/* resolveParallelism */.Rz)(undefined), async ({ p, branch, side }) => {
            if ((await (0,merge_tree/* mergeConflicts */.C3)(git, side.sha, previous)) !== false)
                return null;
            const line = await once(lines, `${previous}..${o.sha}`, () => (0,git_history/* firstParentLine */.v6)(git, previous, o.sha));
            let commit;
            for (const c of line.slice(0, MAX_WALK)) {
                if ((await (0,merge_tree/* mergeConflicts */.C3)(git, side.sha, c)) === true) {
                    commit = c;
                    break;
                }
            }
            if (!commit)
                return null;
            const conflicting = [...new Set(p.files.map((f) => f.path))].sort();
            const changed = new Set(await once(brought, commit, () => changedBy(git, commit)));
            const files = conflicting.filter((f) => changed.has(f));
            const pulls = pullsOf ? await pullsOf(commit) : null;
            const matches = (pulls ?? []).filter((x) => x.merged && x.mergeCommitSha === commit && x.base === o.name);
            const pull = matches.length === 1 ? { number: matches[0].number, head: matches[0].head, agent: agentOf(matches[0].head) } : undefined;
            const shown = files.length ? files : conflicting;
            const cause = pull ? `because of #${pull.number}${pull.agent ? ` (${pull.agent})` : ''}` : `since ${commit.slice(0, 7)}`;
            return {
                spec: o.spec,
                branch,
                overseer: o.name,
                commit,
                ...(pull ? { pull } : {}),
                files: shown,
                message: `your branch now conflicts with the overseer ${cause}${shown.length ? ` in ${shown.slice(0, 5).join(', ')}${shown.length > 5 ? ', ...' : ''}` : ''}`,
            };
        });
        for (const cause of traced)
            if (cause)
                out.push(cause);
    }
    return out;
}
/** The overseer's commit at the last scan: the newest of what divergence and conflict events recorded for it. */
function previousSha(feature, overseer) {
    let best = null;
    const consider = (stamp, sha) => {
        if (!best || stamp > best.stamp)
            best = { stamp, sha };
    };
    for (const d of Object.values(feature.divergence[overseer] ?? {}))
        consider(d.stamp, d.sha);
    for (const c of Object.values(feature.conflicts)) {
        const d = c.detected;
        if (d && d.left === overseer)
            consider(d.stamp, d.leftSha);
        if (d && d.right === overseer)
            consider(d.stamp, d.rightSha);
    }
    return best?.sha ?? null;
}
async function changedBy(git, commit) {
    return (0,diff/* changedNames */.tS)(git, `${commit}^1`, commit, { allowMissing: true });
}
function agentOf(head) {
    return /(impl-[1-9]\d{0,2})$/.exec(head)?.[1];
}
function attribute_pairKey(a, b) {
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/cause-notices.ts



/** The pull requests of a commit, through the API; null (and a warning) when GitHub cannot say. */
function pullsOfCommitFromApi(client, ref, ctx) {
    return async (sha) => {
        try {
            const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
                ...ref,
                commit_sha: sha,
                per_page: 100,
            });
            return pulls.map((p) => ({
                number: p.number,
                head: p.head.ref,
                base: p.base.ref,
                merged: Boolean(p.merged_at),
                mergeCommitSha: p.merge_commit_sha ?? null,
            }));
        }
        catch (error) {
            ctx.logger.warning(`could not map commit ${sha.slice(0, 7)} to a pull request (${(0,errors/* messageOf */.bD)(error)}); naming the commit instead`);
            return null;
        }
    };
}
const marker = (commit) => `<!-- orchestrator:conflict-cause ${commit} -->`;
/**
 * One comment on the open pull request of each branch a merge made conflict
 * ("your branch now conflicts with the overseer because of #12 (impl-1) in
 * src/auth.py"). Posted once: a hidden marker naming the commit is looked for
 * first, so a re-run, or a run after a lost answer, does not post it again.
 */
async function postCauseNotices(client, ref, causes, openPulls) {
    const out = [];
    for (const cause of causes) {
        const pull = openPulls.find((p) => p.head === cause.branch && p.base === cause.overseer);
        if (!pull)
            continue;
        try {
            const comments = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: pull.number, per_page: 100 });
            if (comments.some((c) => c.body?.includes(marker(cause.commit)))) {
                out.push({ pull: pull.number, branch: cause.branch, commit: cause.commit, result: 'existing' });
                continue;
            }
            // Built from the parts: the pull request number and agent name are safe as they are; paths are escaped.
            const by = cause.pull
                ? `because of #${cause.pull.number}${cause.pull.agent ? ` (${cause.pull.agent})` : ''}`
                : `since \`${cause.commit.slice(0, 7)}\``;
            const where = cause.files.length ? ` in ${(0,markdown.md)(cause.files.slice(0, 5).join(', '), 600)}${cause.files.length > 5 ? ', ...' : ''}` : '';
            const body = `${marker(cause.commit)}\n**Merge conflict with the overseer:** your branch now conflicts with the overseer ${by}${where}.\n\nMerge ${(0,markdown.md)(cause.overseer)} into your branch and resolve, or ask the overseer to.\n`;
            await client.rest.issues.createComment({ ...ref, issue_number: pull.number, body });
            out.push({ pull: pull.number, branch: cause.branch, commit: cause.commit, result: 'posted' });
        }
        catch (error) {
            throw (0,explain_error/* explainGitHubError */.P)(error, `telling pull request #${pull.number} what made it conflict`, 'write');
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/trace-causes.ts



/**
 * The causes of the conflicts with an overseer that appeared since the last
 * scan (`before` is the state as it was before this scan is recorded), and,
 * with `post`, one comment on each affected pull request.
 */
async function traceConflictCauses(report, before, options, deps) {
    const { git, ctx } = deps;
    const repository = ctx.github.repository;
    // Octokit (with undici) is loaded only when a token asks for it: most scans make no GitHub call.
    const client = options.token && repository
        ? (await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 6317))).createGitHubClient({
            token: options.token,
            apiUrl: ctx.github.apiUrl ?? 'https://api.github.com',
            logger: ctx.logger,
        })
        : null;
    const ref = repository && client ? (0,github_repository/* parseRepository */.SU)(repository) : null;
    const causes = await conflictCauses(git, report, before, client && ref ? pullsOfCommitFromApi(client, ref, ctx) : null);
    for (const c of causes)
        ctx.logger.notice(`${c.branch}: ${c.message}`);
    if (!options.post || !client || !ref || !causes.length)
        return { causes, notices: [] };
    const open = await (0,github_repository/* listOpenPulls */.jg)(client, ref);
    return { causes, notices: await postCauseNotices(client, ref, causes, open) };
}

// EXTERNAL MODULE: ./shared/conflicts/range-budget.ts
var range_budget = __webpack_require__(6409);
;// CONCATENATED MODULE: ./shared/conflicts/check-conflict-data.ts
/*
 * Conflict files and git's messages read back from untrusted JSON (the
 * verdict cache on the state branch, a trial job's report): every field is
 * checked, nothing is trusted. Kept with the engine that defines them.
 */
/** A field that is not what a conflict report holds. */
class ConflictDataError extends Error {
}
// A record, so that the compiler insists on every kind.
const KIND_NAMES = {
    content: true,
    'add/add': true,
    'modify/delete': true,
    rename: true,
    'file/directory': true,
    'distinct types': true,
    binary: true,
    submodule: true,
    other: true,
};
const KINDS = new Set(Object.keys(KIND_NAMES));
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function checkRanges(v, where) {
    if (!Array.isArray(v))
        throw new ConflictDataError(`${where} is not a list`);
    return v.map((r, i) => {
        if (!isObject(r) || !Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end))
            throw new ConflictDataError(`${where}[${i}] is not a line range`);
        const start = r.start;
        const end = r.end;
        if (start < 1 || end < start - 1)
            throw new ConflictDataError(`${where}[${i}] is not a line range`);
        return { start, end };
    });
}
function checkString(v, where) {
    if (typeof v !== 'string')
        throw new ConflictDataError(`${where} is not text`);
    return v;
}
function checkFile(v, where) {
    if (!isObject(v))
        throw new ConflictDataError(`${where} is not an object`);
    const kind = checkString(v.kind, `${where}.kind`);
    if (!KINDS.has(kind))
        throw new ConflictDataError(`${where}.kind ${JSON.stringify(kind)} is not a conflict kind`);
    const file = {
        path: checkString(v.path, `${where}.path`),
        ...(v.pathBase64 === undefined ? {} : { pathBase64: checkString(v.pathBase64, `${where}.pathBase64`) }),
        kind: kind,
        leftRanges: checkRanges(v.leftRanges, `${where}.leftRanges`),
        rightRanges: checkRanges(v.rightRanges, `${where}.rightRanges`),
        ...(v.rangesSkipped === undefined ? {} : { rangesSkipped: checkString(v.rangesSkipped, `${where}.rangesSkipped`) }),
        ...(v.message === undefined ? {} : { message: checkString(v.message, `${where}.message`) }),
    };
    if (file.leftRanges.length !== file.rightRanges.length)
        throw new ConflictDataError(`${where} has unpaired ranges`);
    return file;
}
function checkMessage(v, where) {
    if (!isObject(v) || !Array.isArray(v.paths))
        throw new ConflictDataError(`${where} is not a conflict message`);
    return {
        paths: v.paths.map((p, i) => checkString(p, `${where}.paths[${i}]`)),
        type: checkString(v.type, `${where}.type`),
        text: checkString(v.text, `${where}.text`),
    };
}

// EXTERNAL MODULE: ./shared/state/log/compare-and-swap.ts + 1 modules
var compare_and_swap = __webpack_require__(9770);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/state/log/git-objects.ts + 1 modules
var git_objects = __webpack_require__(4271);
// EXTERNAL MODULE: ./shared/state/log/remote-branch.ts + 1 modules
var remote_branch = __webpack_require__(4138);
// EXTERNAL MODULE: ./shared/state/log/state-at-commit.ts
var state_at_commit = __webpack_require__(1612);
// EXTERNAL MODULE: ./shared/state/log/tree-edit.ts
var tree_edit = __webpack_require__(8786);
;// CONCATENATED MODULE: ./shared/state/log/state-file.ts








/**
 * A derived file on the state branch that is not part of the event log (the
 * caches of state-cache.ts): read at the branch head, written by its own
 * compare-and-swap commit on top of the exact head read, through the same
 * loop as every other state write (compare-and-swap.ts). Losing a race means
 * re-reading and writing again; nothing else on the branch is touched. The
 * file lives under the state root.
 */
const DEFAULT_IDENTITY = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' };
/**
 * The file at the state branch's head, fetched now; or as this run already
 * read it (`known`: the commit, null when no branch, and the file's bytes, null when absent).
 */
async function readStateFile(store, relative, known) {
    if (known)
        return known;
    const commit = await store.fetch();
    if (!commit)
        return { commit, content: null };
    const [found] = await (0,cat_file/* catFileBatch */.Fn)(store.git, [(0,state_at_commit/* objectName */.H)(commit, store.layout.full(relative))]);
    return { commit, content: found && !found.missing && found.type === 'blob' ? found.content : null };
}
/**
 * Puts `content` at `relative` on the state branch. Writes nothing when the
 * file already holds it, or when the branch does not exist yet (only an
 * event append creates the branch).
 */
async function writeStateFile(store, relative, content, options) {
    const { git } = store;
    const path = store.layout.full(relative);
    const folders = (0,tree_edit/* foldersOf */.pd)(path);
    const algorithm = /^[0-9a-f]{64}$/.test(options.head ?? '')
        ? 'sha256'
        : options.head
            ? 'sha1'
            : (await (0,refs/* objectFormat */.n9)(git)) === 'sha256'
                ? 'sha256'
                : 'sha1';
    const maxAttempts = options.maxAttempts ?? 5;
    // A derived file is never written onto a branch that is not ours (a code branch named by mistake).
    try {
        await store.assertWritable();
    }
    catch (error) {
        return { commit: null, pushed: false, reason: (0,errors/* messageOf */.bD)(error) };
    }
    const loop = await (0,compare_and_swap/* compareAndSwapLoop */.M)({ maxAttempts, random: options.random, sleep: options.sleep }, async (attempt) => {
        // A lost race shows as a refused lease, after which the branch is fetched again.
        const head = attempt === 1 && options.head ? options.head : await store.fetch();
        if (!head)
            return { done: { commit: null, pushed: false, reason: `${store.branch} does not exist yet` } };
        const writer = new git_objects/* ObjectWriter */.nl(git, algorithm);
        const oid = writer.add('blob', content);
        const found = await (0,cat_file/* catFileBatch */.Fn)(git, [...folders, path].map((p) => (0,state_at_commit/* objectName */.H)(head, p)));
        const current = found[found.length - 1];
        if (current && !current.missing && current.oid === oid)
            return { done: { commit: head, pushed: false, reason: 'unchanged' } };
        const listings = new Map();
        folders.forEach((dir, i) => {
            const r = found[i];
            listings.set(dir, r && !r.missing && r.type === 'tree' ? (0,git_objects/* parseTree */.cZ)(r.content, r.oid.length) : null);
        });
        const tree = (0,tree_edit/* buildTree */.H6)(writer, (dir) => listings.get(dir) ?? null, [{ path, mode: '100644', type: 'blob', oid }]);
        const commit = writer.add('commit', (0,git_objects/* commitContent */.No)({
            tree,
            parents: [head],
            identity: options.identity ?? DEFAULT_IDENTITY,
            seconds: Math.floor((options.now?.() ?? new Date()).getTime() / 1000),
            message: options.message,
        }));
        await writer.flush();
        const outcome = await (0,remote_branch/* pushWithLease */.VO)(git, store.remote, store.branch, commit, head);
        if (outcome.status === 'pushed') {
            await (0,refs/* updateRefIfAt */.bU)(git, store.privateRef, commit, head);
            return { done: { commit, pushed: true } };
        }
        if (outcome.status === 'refused')
            throw new errors/* StateError */.qq(`the remote refused the update of ${store.branch}: ${outcome.detail}`);
        return { retry: outcome.detail };
    });
    if (loop.done)
        return loop.done;
    return { commit: null, pushed: false, reason: `${store.branch} kept moving (last: ${loop.lastFailure})` };
}

;// CONCATENATED MODULE: ./shared/state/log/state-cache.ts

/** A commit id, sha1 or sha256: the keys of every cache. */
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * The file's fields besides the envelope's, or null when it was made under
 * another version or fingerprint (not an error). Throws `format.damaged` when
 * it is not JSON or not a file of this kind.
 */
function openCacheText(text, format, fingerprint) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new format.damaged(`not JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (!isRecord(data) || data.kind !== format.kind)
        throw new format.damaged(`not a ${format.kind} file`);
    if (data.version !== format.version || data.fingerprint !== fingerprint)
        return null;
    return data;
}
/** The file's text: the envelope, then each section as given (callers sort and bound them: see sortedEntries). */
function cacheText(format, fingerprint, sections) {
    return `${JSON.stringify({ kind: format.kind, version: format.version, fingerprint, ...sections })}\n`;
}
/** A section as stored: entries sorted by key (so the same cache gives the same bytes), the first `max` kept. */
function sortedEntries(entries, max) {
    return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, max));
}
/**
 * The cache at `relative` on the state branch, marked with the commit it was
 * read at: `parse`'s (null from parse: another fingerprint) or, when there is
 * none, `empty()`; from `known` when the caller read the file already (StateStore.read's `alsoRead`). Errors (a damaged file, an unreadable branch) are thrown:
 * each cache words its own warning.
 */
async function readStateCache(store, relative, parse, empty, known) {
    const { content, commit } = await readStateFile(store, relative, known);
    const parsed = content ? parse(content.toString('utf8')) : null;
    const cache = parsed ?? empty();
    cache.readAt = commit;
    return { cache, found: parsed ? 'read' : content ? 'other' : 'none' };
}
/** Writes the cache's text in a commit of its own on top of the head it was read at (nothing when unchanged). */
async function writeStateCache(store, relative, cache, text, message) {
    return writeStateFile(store, relative, text, { message, head: cache.readAt });
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/verdict-cache.ts



/**
 * Verdicts kept between scans. With git's version, the merge settings and the
 * attributes pinned (`merge-sandbox.ts`) and the line-range limits fixed, a
 * pair's verdict, files, ranges and merge base depend only on its two commits,
 * so a verdict once computed holds for as long as both tips stay where they are.
 *
 * The cache is data from the state branch (state/log/state-cache.ts), so it
 * is checked, never trusted blindly: a cache made under another fingerprint (git version, pins, engine,
 * limits) is ignored; one that does not parse, or holds one malformed entry,
 * is dropped whole (the caller warns and scans every pair); entries are only
 * ever looked up by the commits of the pairs being scanned, which the scan has
 * checked exist, so entries for commits gone from the repository are never used
 * and are not written back.
 */
const CACHE_KIND = 'agent-orchestrator/conflict-verdicts';
const CACHE_VERSION = 1;
/** Bump when anything that shapes a cached result changes (kinds, ranges, messages). */
const ENGINE_VERSION = 1;
/** A bound on the file: beyond it, the entries of this scan are kept first. */
const MAX_ENTRIES = 50_000;
const VERDICT_FORMAT = { kind: CACHE_KIND, version: CACHE_VERSION, damaged: ConflictDataError };
function pairKeyOf(leftSha, rightSha) {
    return `${leftSha} ${rightSha}`;
}
function checkVerdict(v, where) {
    if (!isRecord(v))
        throw new ConflictDataError(`${where} is not an object`);
    const status = v.status;
    if (status !== 'clean' && status !== 'conflicted' && status !== 'unrelated')
        throw new ConflictDataError(`${where}.status is not a verdict`);
    const mergeBase = v.mergeBase;
    if (!(mergeBase === null || (typeof mergeBase === 'string' && COMMIT_ID.test(mergeBase))))
        throw new ConflictDataError(`${where}.mergeBase is not a commit id`);
    if ((status === 'unrelated') !== (mergeBase === null))
        throw new ConflictDataError(`${where}.mergeBase does not fit its verdict`);
    if (!Array.isArray(v.files))
        throw new ConflictDataError(`${where}.files is not a list`);
    const files = v.files.map((f, i) => checkFile(f, `${where}.files[${i}]`));
    if (status !== 'conflicted' && files.length)
        throw new ConflictDataError(`${where} has files but is not conflicted`);
    const messages = v.messages === undefined ? undefined : Array.isArray(v.messages) ? v.messages : null;
    if (messages === null)
        throw new ConflictDataError(`${where}.messages is not a list`);
    const checked = messages?.map((m, i) => checkMessage(m, `${where}.messages[${i}]`));
    if (status === 'conflicted' && files.length === 0 && !checked?.length)
        throw new ConflictDataError(`${where} is conflicted without files or messages`);
    return { status, mergeBase, files, ...(checked?.length ? { messages: checked } : {}) };
}
/**
 * A deep copy of plain data (objects, arrays, text, numbers, null), which a verdict is: several
 * times cheaper than structuredClone, which a re-scan paid for each of its 2,000 cached pairs.
 */
function copyData(value) {
    if (Array.isArray(value))
        return value.map(copyData);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const key of Object.keys(value)) {
        const copy = copyData(value[key]);
        // A key "__proto__" (JSON.parse makes it an own key) stays a key: assigned, it would set the prototype.
        if (key === '__proto__')
            Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
        else
            out[key] = copy;
    }
    return out;
}
class VerdictCache {
    fingerprint;
    entries = new Map();
    /** Divergence counts by "<branch commit> <against commit>": like a verdict, a function of the two commits. */
    divergence = new Map();
    /** The text this cache was parsed from: writing the same text again is skipped without a git call. */
    readText;
    /** Lookups answered from the cache so far. */
    hits = 0;
    /** Whether a verdict or a count was kept since the cache was read. */
    changed = false;
    /** The state commit the cache was read at (null: the branch did not exist; undefined: not read from a branch). */
    readAt;
    constructor(fingerprint) {
        this.fingerprint = fingerprint;
    }
    /**
     * Reads a stored cache. Null when it was made under another fingerprint (not
     * an error: git or the engine changed); throws CacheError when it is damaged.
     */
    static parse(text, fingerprint) {
        const data = openCacheText(text, VERDICT_FORMAT, fingerprint);
        if (!data)
            return null;
        if (!isRecord(data.entries))
            throw new ConflictDataError('entries is not an object');
        const cache = new VerdictCache(fingerprint);
        for (const [key, value] of Object.entries(data.entries)) {
            const [left, right, extra] = key.split(' ');
            if (!left || !right || extra !== undefined || !COMMIT_ID.test(left) || !COMMIT_ID.test(right))
                throw new ConflictDataError(`entry ${JSON.stringify(key.slice(0, 200))} is not keyed by two commit ids`);
            cache.entries.set(key, checkVerdict(value, `entry ${key.slice(0, 12)}…`));
        }
        // Older files have no divergence section: it is then empty, not damaged.
        const divergence = data.divergence ?? {};
        if (!isRecord(divergence))
            throw new ConflictDataError('divergence is not an object');
        for (const [key, value] of Object.entries(divergence)) {
            const [branch, against, extra] = key.split(' ');
            if (!branch || !against || extra !== undefined || !COMMIT_ID.test(branch) || !COMMIT_ID.test(against))
                throw new ConflictDataError(`divergence ${JSON.stringify(key.slice(0, 200))} is not keyed by two commit ids`);
            if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isSafeInteger(n) && n >= 0))
                throw new ConflictDataError(`divergence ${key.slice(0, 12)}… is not two counts`);
            cache.divergence.set(key, [value[0], value[1]]);
        }
        cache.readText = text;
        return cache;
    }
    get size() {
        return this.entries.size;
    }
    has(pair) {
        return this.entries.has(pairKeyOf(pair.leftSha, pair.rightSha));
    }
    /** The verdict of a pair, as a fresh copy (callers may change it). */
    get(pair) {
        const hit = this.entries.get(pairKeyOf(pair.leftSha, pair.rightSha));
        if (!hit)
            return undefined;
        this.hits++;
        return copyData(hit);
    }
    /** Keeps a result; errors are not verdicts and are never kept. */
    put(result) {
        if (result.status === 'error' || result.mergeBase === undefined)
            return;
        this.changed = true;
        this.entries.set(pairKeyOf(result.leftSha, result.rightSha), {
            status: result.status,
            mergeBase: result.mergeBase,
            files: result.files,
            ...(result.messages?.length ? { messages: result.messages } : {}),
        });
    }
    getDivergence(branchSha, againstSha) {
        const hit = this.divergence.get(pairKeyOf(branchSha, againstSha));
        return hit ? [hit[0], hit[1]] : undefined;
    }
    putDivergence(branchSha, againstSha, ahead, behind) {
        this.changed = true;
        this.divergence.set(pairKeyOf(branchSha, againstSha), [ahead, behind]);
    }
    /**
     * Whether `serialize` would give back the text read: nothing kept since, and every entry still
     * between `tips` (none would go), so a re-scan where nothing moved skips sorting and writing 2,000 verdicts.
     */
    unchangedFor(tips) {
        if (this.changed || this.readText === undefined)
            return false;
        if (this.entries.size > MAX_ENTRIES || this.divergence.size > MAX_ENTRIES)
            return false;
        const between = (key) => {
            const space = key.indexOf(' ');
            return tips.has(key.slice(0, space)) && tips.has(key.slice(space + 1));
        };
        for (const key of this.entries.keys())
            if (!between(key))
                return false;
        for (const key of this.divergence.keys())
            if (!between(key))
                return false;
        return true;
    }
    /**
     * The file to store: this scan's pairs, plus older entries whose commits
     * are all still `tips` (a moved branch's old verdicts go), sorted, bounded.
     */
    serialize(scanned, tips) {
        const keep = new Map();
        for (const p of scanned) {
            const key = pairKeyOf(p.leftSha, p.rightSha);
            const v = this.entries.get(key);
            if (v)
                keep.set(key, v);
        }
        for (const [key, v] of this.entries) {
            if (keep.size >= MAX_ENTRIES)
                break;
            const [left, right] = key.split(' ');
            if (!keep.has(key) && tips.has(left) && tips.has(right))
                keep.set(key, v);
        }
        const counts = [...this.divergence].filter(([key]) => key.split(' ').every((sha) => tips.has(sha)));
        return cacheText(VERDICT_FORMAT, this.fingerprint, {
            entries: sortedEntries(keep, MAX_ENTRIES),
            divergence: sortedEntries(counts, MAX_ENTRIES),
        });
    }
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/verdict-store.ts




/** Where the verdict cache lives, under the state root (see LAYOUT.md). */
const VERDICT_CACHE_PATH = 'cache/conflict-verdicts.json';
/**
 * Everything besides the two commits that a cached verdict depends on: git's
 * version, the settings every merge is pinned to (`merge-sandbox.ts`), the
 * engine's own version and the line-range limits. A cache made under another
 * fingerprint is ignored.
 */
async function verdictFingerprint(git) {
    const { text } = await git.version();
    const l = range_budget/* DEFAULT_RANGE_LIMITS */.F;
    return [
        `git ${text}`,
        'pins merge.conflictStyle=merge, empty attributes, no system or global config',
        `engine ${ENGINE_VERSION}`,
        `ranges per pair ${l.fileBytes}/${l.pairBytes}/${l.fileWork}/${l.pairWork}`,
    ].join('; ');
}
/**
 * Whether writing a commit-graph pays off before this scan: it does for a scan
 * that merges many pairs (every merge walks the history), not for a re-scan where
 * the cache answers nearly every pair (writing it costs as much as a walk of the
 * whole history, and every scheduled run starts from a fresh clone without one).
 */
function commitGraphPaysOff(pairs, cache) {
    if (!cache)
        return pairs.length > 0;
    const misses = pairs.filter((p) => !cache.has(p)).length;
    return misses >= 256 || misses * 4 >= pairs.length;
}
/** The cache from the state branch (as `known` when this run read it already); an empty one when there is none, it is from another git, or it cannot be trusted (with a warning). */
async function loadVerdictCache(store, git, logger, known) {
    const fingerprint = await verdictFingerprint(git);
    const where = `${store.branch}:${store.layout.full(VERDICT_CACHE_PATH)}`;
    try {
        const { cache, found } = await readStateCache(store, VERDICT_CACHE_PATH, (text) => VerdictCache.parse(text, fingerprint), () => new VerdictCache(fingerprint), known);
        if (found === 'none')
            logger.debug(`conflict verdict cache: none at ${where}`);
        else if (found === 'other')
            logger.info(`The conflict verdict cache at ${where} was made by another git version or other settings: every pair is merged again.`);
        else
            logger.debug(`conflict verdict cache: ${cache.size} verdict(s) read from ${where}`);
        return cache;
    }
    catch (error) {
        const why = error instanceof ConflictDataError ? `it is damaged (${error.message})` : `it cannot be read (${(0,errors/* messageOf */.bD)(error)})`;
        logger.warning(`The conflict verdict cache at ${where} is ignored: ${why}. Every pair is merged again; the next scan rewrites it.`);
        return new VerdictCache(fingerprint);
    }
}
/**
 * The cache's text to store after a scan of `scanned` (older verdicts still valid for `tips` kept), or
 * null when it is what the branch holds already (nothing moved: not even a fetch to find that out).
 * A scan that records events writes this text in the same commit as its events (one push, not two).
 */
function verdictCacheText(cache, scanned, tips) {
    if (cache.unchangedFor(tips))
        return null;
    const text = cache.serialize(scanned, tips);
    return text === cache.readText ? null : text;
}
/**
 * Stores the verdicts of `scanned` (and older ones still valid for `tips`); `text` when verdictCacheText
 * gave it already. Nothing is written when the branch holds that text (a commit of events carried it).
 * The cache only saves time: failing to write it is a warning, never a failed scan.
 */
async function saveVerdictCache(store, cache, scanned, tips, logger, text) {
    try {
        const stored = text === undefined ? verdictCacheText(cache, scanned, tips) : text;
        if (stored === null || stored === cache.readText)
            return logger.debug('conflict verdict cache: unchanged');
        const written = await writeStateCache(store, VERDICT_CACHE_PATH, cache, stored, `orchestrator: conflict verdict cache (${scanned.length} pair(s))`);
        if (written.pushed)
            logger.debug(`conflict verdict cache: written in ${written.commit?.slice(0, 12)}`);
        else
            logger.debug(`conflict verdict cache: not written (${written.reason})`);
    }
    catch (error) {
        logger.warning(`The conflict verdict cache could not be written to ${store.branch}: ${(0,errors/* messageOf */.bD)(error)}. The next scan merges every pair again.`);
    }
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/scan-progress.ts
/** Seconds between progress lines in a log; a terminal's status line is redrawn at most this often too. */
const LOG_EVERY_MS = 3000;
const TTY_EVERY_MS = 200;
/**
 * Progress of a scan of many pairs: pairs done, answered by the cache, merged.
 * In a log a line every few seconds, also while one long batch runs (a timer
 * repeats the last counts), so a slow scan never looks stuck; on a terminal
 * one line updated in place.
 */
function scanProgress(ctx) {
    let state = { done: 0, total: 0, cached: 0, merged: 0 };
    let shown = '';
    let lastAt = 0;
    const text = () => `  ${state.done}/${state.total} pairs (${state.cached} cached, ${state.merged} merged)`;
    const show = (force) => {
        if (state.total === 0)
            return;
        const now = Date.now();
        const line = text();
        if (ctx.statusLine) {
            if (force || now - lastAt >= TTY_EVERY_MS)
                ctx.statusLine(line);
        }
        else if (force || now - lastAt >= LOG_EVERY_MS) {
            if (line === shown && !force)
                ctx.progress?.(`${line}, still working`);
            else
                ctx.progress?.(line);
        }
        else
            return;
        shown = line;
        lastAt = now;
    };
    const timer = setInterval(() => show(false), LOG_EVERY_MS);
    timer.unref();
    return {
        update: (done, total, counts) => {
            state = { done, total, cached: counts.cached, merged: counts.merged };
            show(false);
        },
        stop: () => {
            clearInterval(timer);
            if (state.total === 0)
                return;
            if (ctx.statusLine)
                ctx.statusLine(text(), true);
            else if (shown !== text())
                ctx.progress?.(text());
        },
    };
}

// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
;// CONCATENATED MODULE: ./shared/detect-conflicts/default-base.ts

/** The remote's default branch at its current commit (what each overseer's divergence is measured against), or undefined. */
async function defaultBase(git, remote) {
    const name = await (0,git_remote/* remoteDefaultBranch */.Ki)(git, remote).catch(() => null);
    if (!name)
        return undefined;
    const sha = (await (0,git_remote/* fetchBranches */.r4)(git, remote, [name])).get(name);
    return sha ? { name, sha } : undefined;
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/report-claims.ts








/** The most bytes one report file may have: a scan of 200 branches in one feature fits many times over. */
const MAX_REPORT_BYTES = 4 * 1024 * 1024;
/**
 * Reports are claims. A report may come from a job that ran branch code (trials), so the recording job
 * takes from it only what it cannot check itself: which pairs were tried and their trial verdicts (with
 * their output tails). Everything else is checked against the repository or computed again here:
 *
 * - every branch must be a registered agent branch (init-feature) of a registered feature, on the remote,
 *   at the commit the report names; `main`, the state branch, an unknown feature or a commit that does not
 *   exist is refused (exit 2, naming the file and the field); a branch that moved since the trial job
 *   fetched it is left out with a warning (its results are about a commit that is no longer the tip);
 * - every pair must be one a scan of the report's scope compares;
 * - text verdicts, conflicted files and line ranges come from `git merge-tree` run here (the verdict cache
 *   answers what it already knows), and divergence is measured here: the report's are never read;
 * - a trial verdict is kept only for a pair that merges cleanly here.
 */
async function checkReportClaims(claims, deps, options) {
    const { git, remote, config, store, ctx } = deps;
    const projection = (await store.read()).projection;
    const tips = new Map((await (0,agent_branches/* fetchAgentBranches */.Yp)(git, remote, config.branches)).map((b) => [b.name, b]));
    const stale = new Set();
    for (const claim of claims)
        await checkBranches(claim, { tips, projection, stale, deps });
    for (const name of [...stale].sort())
        ctx.logger.warning(`${name} moved since the report was made: its pairs and trial results are left out (the next trial run tries its new tip)`);
    const current = (r) => ({
        ...r,
        branches: r.branches.filter((b) => !stale.has(b.name)),
        pairs: r.pairs.filter((p) => !stale.has(p.left) && !stale.has(p.right)),
        divergence: [],
    });
    const merged = mergeReports(claims.map((c) => current(c.report)));
    const specs = merged.pairs.map((p) => ({ left: p.left, right: p.right, leftSha: p.leftSha, rightSha: p.rightSha }));
    const cache = options.cache ? await loadVerdictCache(store, git, ctx.logger) : undefined;
    ctx.progress?.(`Merging ${specs.length} reported pair(s) again here: text verdicts are never taken from a report...`);
    const recomputed = await (0,scan_pairs/* scanPairs */.l)(git, specs, { maxParallel: options.maxParallel, logger: ctx.logger, cache });
    const claimed = new Map(merged.pairs.map((p) => [(0,plan_pairs/* pairKey */.Yz)(p), p]));
    const pairs = recomputed.map((r) => withClaimedTrial(r, claimed.get((0,plan_pairs/* pairKey */.Yz)(r)), deps));
    const base = await defaultBase(git, remote);
    const divergence = await measureDivergence(git, planDivergence(merged.branches, { base }), options.maxParallel);
    const rebuilt = buildReport({ scannedAt: merged.scannedAt, scope: merged.scope, branches: merged.branches, pairs, divergence });
    const report = merged.trials ? { ...rebuilt, trials: { ...merged.trials, ...trialCounts(pairs, merged.trials) } } : rebuilt;
    const shas = new Set(merged.branches.map((b) => b.sha));
    return {
        report,
        ...(cache && !deps.dryRun ? { saveCache: () => saveVerdictCache(store, cache, specs, shas, ctx.logger) } : {}),
    };
}
async function checkBranches({ file, report }, at) {
    const { config, remote, store, git } = at.deps;
    const refuse = (field, why) => {
        throw new errors/* InputError */.dz(`conflict report ${(0,quote/* quote */.hD)(file)} is refused: ${field} ${why}`);
    };
    const moved = [];
    report.branches.forEach((b, i) => {
        const parsed = b.name === store.branch ? null : (0,branch_pattern/* parseBranch */.Qd)(config.branches, b.name);
        if (!parsed)
            return refuse(`branches[${i}].name`, `${(0,quote/* quote */.hD)(b.name)} is not an agent branch (expected ${config.branches.pattern})`);
        if (parsed.spec !== b.spec)
            return refuse(`branches[${i}].spec`, `${(0,quote/* quote */.hD)(b.spec)} is not the feature of ${(0,quote/* quote */.hD)(b.name)}`);
        if (parsed.role !== b.role)
            return refuse(`branches[${i}].role`, `${(0,quote/* quote */.hD)(b.role)} is not the role of ${(0,quote/* quote */.hD)(b.name)}`);
        const feature = at.projection.features[parsed.spec];
        if (!feature?.registration)
            return refuse(`branches[${i}].spec`, `${(0,quote/* quote */.hD)(parsed.spec)} is not a registered feature (init-feature registers one)`);
        if (!feature.agents[b.name])
            return refuse(`branches[${i}].name`, `${(0,quote/* quote */.hD)(b.name)} is not a registered agent branch of ${parsed.spec}`);
        const tip = at.tips.get(b.name);
        if (!tip)
            return refuse(`branches[${i}].name`, `${(0,quote/* quote */.hD)(b.name)} is not on ${(0,quote/* quote */.hD)(remote)}`);
        if (tip.sha !== b.sha)
            moved.push([i, b]);
    });
    const types = moved.length
        ? await (0,cat_file/* objectTypes */.Bz)(git, moved.map(([, b]) => b.sha))
        : [];
    moved.forEach(([i, b], k) => {
        if (types[k] !== 'commit')
            refuse(`branches[${i}].sha`, `${b.sha} is not a commit of ${(0,quote/* quote */.hD)(remote)}`);
        at.stale.add(b.name);
    });
    const planned = new Set((0,plan_pairs/* planPairs */.PG)(report.branches, { scope: report.scope }).map(plan_pairs/* pairKey */.Yz));
    report.pairs.forEach((p, j) => {
        if (!planned.has((0,plan_pairs/* pairKey */.Yz)(p)))
            refuse(`pairs[${j}]`, `${(0,quote/* quote */.hD)(p.left)} / ${(0,quote/* quote */.hD)(p.right)} is not a pair a scan of scope ${report.scope} compares`);
        const left = report.branches.find((b) => b.name === p.left);
        const right = report.branches.find((b) => b.name === p.right);
        if (p.leftSha !== left.sha)
            refuse(`pairs[${j}].leftSha`, `${p.leftSha} is not the commit of ${(0,quote/* quote */.hD)(p.left)} in branches`);
        if (p.rightSha !== right.sha)
            refuse(`pairs[${j}].rightSha`, `${p.rightSha} is not the commit of ${(0,quote/* quote */.hD)(p.right)} in branches`);
    });
}
/** The pair as merged here, with the report's trial verdict when the merge is clean here too. */
function withClaimedTrial(here, claim, deps) {
    if (claim.status !== here.status)
        deps.ctx.logger.warning(`the report says ${claim.left} / ${claim.right} is ${claim.status}; merged here it is ${here.status}: that is what is recorded`);
    if (claim.suggestion) {
        if (here.status === 'conflicted')
            return { ...here, suggestion: claim.suggestion };
        deps.ctx.logger.warning(`the suggestion for ${claim.left} / ${claim.right} is left out: the pair does not conflict here`);
    }
    if (!claim.trial)
        return here;
    if (here.status !== 'clean') {
        deps.ctx.logger.warning(`the trial result of ${claim.left} / ${claim.right} is left out: the pair does not merge cleanly here`);
        return here;
    }
    return { ...here, trial: claim.trial };
}
/** The counts a report's pairs prove, counted here; the others (time, cache use) stay as claimed, shown only. */
function trialCounts(pairs, claimed) {
    const verdicts = pairs.flatMap((p) => (p.trial ? [p.trial] : []));
    const count = (v) => verdicts.filter((t) => t.verdict === v).length;
    const out = {
        pairs: verdicts.length,
        cached: verdicts.filter((t) => t.cached).length,
        skipped: count('skipped'),
        flaky: count('flaky'),
        buildConflicts: count('build-conflict'),
        testConflicts: count('test-conflict'),
        untested: count('untested'),
        errors: count('error'),
    };
    out.tried = Math.max(0, Math.min(claimed.tried, verdicts.length - out.cached - out.skipped));
    return out;
}

;// CONCATENATED MODULE: ./shared/trials/trial-verdicts.ts
/** The clean pairs a trial looks at: implementor × overseer, or all of them. */
function pairsInScope(pairs, branches, scope) {
    const role = new Map(branches.map((b) => [b.name, b.role]));
    return pairs.filter((p) => p.status === 'clean' && (scope === 'all' || new Set([role.get(p.left), role.get(p.right)]).size === 2));
}
/** A pair one of whose tips fails alone: which side(s), and their check. Nothing is said about the merge. */
function untested(pair, l, r) {
    const brokenSides = [];
    if (l && !l.ok)
        brokenSides.push({ side: 'left', branch: pair.left, failure: l.failure });
    if (r && !r.ok)
        brokenSides.push({ side: 'right', branch: pair.right, failure: r.failure });
    const names = brokenSides.map((s) => `${s.branch} fails ${s.failure.check} on its own`).join('; ');
    return { verdict: 'untested', brokenSides, reason: names };
}
/** A summary with every count at zero. */
function emptySummary(settings, pairs) {
    return {
        mode: settings.mode,
        scope: settings.scope,
        commands: settings.commands,
        ...(settings.setup ? { setup: settings.setup } : {}),
        pairs,
        tried: 0,
        cached: 0,
        skipped: 0,
        flaky: 0,
        buildConflicts: 0,
        testConflicts: 0,
        untested: 0,
        errors: 0,
        tipsRun: 0,
        tipsCached: 0,
        setupReused: 0,
        setupSavedMs: 0,
        durationMs: 0,
    };
}
const COUNTED = {
    skipped: 'skipped',
    flaky: 'flaky',
    'build-conflict': 'buildConflicts',
    'test-conflict': 'testConflicts',
    untested: 'untested',
    error: 'errors',
};
/** Adds each trial's verdict to the summary's counts. */
function countVerdicts(trials, summary) {
    for (const t of trials) {
        const key = COUNTED[t.verdict];
        if (key)
            summary[key]++;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./shared/trials/link-products.ts


/** Entries at the top of `dir` now that were not in `before`: what a setup made (node_modules, .venv, target...). */
function newEntries(dir, before) {
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((name) => !before.has(name))
        .sort();
}
/** Files and symlinks under `dir`, leaving out the top-level entries in `skip` (what a setup made there). */
function countFiles(dir, skip = new Set()) {
    let count = 0;
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        if (skip.has(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        count += (0,external_node_fs_.lstatSync)(path).isDirectory() ? countFiles(path) : 1;
    }
    return count;
}
/**
 * Makes `names` of `from` appear in `to` without copying their bytes: files
 * are hard-linked (one inode, no data written), folders re-created, symlinks
 * re-made; where a link is refused (another file system) the file is copied.
 * Returns how many files were linked and copied.
 */
function linkProducts(from, to, names) {
    const counts = { linked: 0, copied: 0 };
    const walk = (src, dst) => {
        const st = (0,external_node_fs_.lstatSync)(src);
        if (st.isDirectory()) {
            (0,external_node_fs_.mkdirSync)(dst, { recursive: true });
            for (const name of (0,external_node_fs_.readdirSync)(src))
                walk((0,external_node_path_.join)(src, name), (0,external_node_path_.join)(dst, name));
        }
        else if (st.isSymbolicLink()) {
            (0,external_node_fs_.symlinkSync)((0,external_node_fs_.readlinkSync)(src), dst);
        }
        else if (st.isFile()) {
            try {
                (0,external_node_fs_.linkSync)(src, dst);
                counts.linked++;
            }
            catch {
                (0,external_node_fs_.copyFileSync)(src, dst);
                counts.copied++;
            }
        }
    };
    for (const name of names)
        walk((0,external_node_path_.join)(from, name), (0,external_node_path_.join)(to, name));
    return counts;
}

// EXTERNAL MODULE: ./shared/role-ci/output-tail.ts
var output_tail = __webpack_require__(528);
// EXTERNAL MODULE: ./shared/role-ci/run-command.ts
var run_command = __webpack_require__(6531);
// EXTERNAL MODULE: ./shared/trials/trial-job.ts
var trial_job = __webpack_require__(1216);
;// CONCATENATED MODULE: ./shared/trials/run-checks.ts


const TAIL_LINES = 30;
// What the step's process has that implementor code must not: tokens, the runner's files
// (a check writing to GITHUB_ENV or GITHUB_OUTPUT would change later steps), git's redirections.
const HIDDEN = /^(INPUT_|ACTIONS_|GITHUB_TOKEN$|GH_TOKEN$|GITHUB_ENV$|GITHUB_OUTPUT$|GITHUB_PATH$|GITHUB_STATE$|GITHUB_STEP_SUMMARY$|GIT_)/;
/** The environment checks run with: the step's, without tokens, secrets by name and runner files; `CI=true` as on a runner. */
function checkEnvironment(source = process.env) {
    const env = {};
    for (const [key, value] of Object.entries(source))
        if (value !== undefined && !HIDDEN.test(key) && !trial_job/* SECRET_NAME */.J4.test(key))
            env[key] = value;
    env.CI = 'true';
    return env;
}
async function runOnce(check, cwd, timeoutMs, env) {
    const tail = new output_tail/* OutputTail */.gY(TAIL_LINES);
    const r = await (0,run_command/* runShellCommand */.f)(check.command, { cwd, timeoutMs, env, replaceEnv: true, onLine: (l) => tail.push(l) });
    if (r.exitCode === 0)
        return null;
    return {
        check: check.name,
        kind: check.kind,
        exitCode: r.exitCode,
        ...(r.reason ? { reason: r.reason } : {}),
        tail: tail.text(),
    };
}
/**
 * Runs the checks in order in `cwd`, stopping at the first that fails. A
 * failure counts only when it reproduces: the failed check is run once more,
 * and if it passes then it is noted as flaky and the next checks run.
 */
async function runChecks(checks, cwd, timeoutMs) {
    const env = checkEnvironment();
    const flaky = [];
    for (const check of checks) {
        const first = await runOnce(check, cwd, timeoutMs, env);
        if (!first)
            continue;
        const again = await runOnce(check, cwd, timeoutMs, env);
        if (!again) {
            flaky.push(check.name);
            continue;
        }
        const timedOut = /timed out/.test(first.reason ?? '') || /timed out/.test(again.reason ?? '');
        return { ok: false, failure: again, flaky, timedOut };
    }
    return { ok: true, flaky, timedOut: false };
}
/** The setup (if any) then the commands, as checks. */
function checksOf(commands, setup, withSetup) {
    return [...(setup && withSetup ? [{ name: 'setup', command: setup, kind: 'setup' }] : []), ...commands];
}

// EXTERNAL MODULE: ./shared/conflicts/merge-sandbox.ts
var merge_sandbox = __webpack_require__(5560);
// EXTERNAL MODULE: ./shared/git/objects.ts
var objects = __webpack_require__(5805);
// EXTERNAL MODULE: ./shared/git/index-file.ts
var index_file = __webpack_require__(8756);
;// CONCATENATED MODULE: ./shared/trials/trial-trees.ts







// Files a dependency install reads: when a merge has the same ones as a tip, that tip's installed products fit it.
const MANIFESTS = new Set([
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    '.npmrc',
    '.nvmrc',
    'requirements.txt',
    'requirements-dev.txt',
    'pyproject.toml',
    'poetry.lock',
    'uv.lock',
    'Pipfile.lock',
    'go.mod',
    'go.sum',
    'Cargo.toml',
    'Cargo.lock',
    'Gemfile',
    'Gemfile.lock',
]);
/**
 * Trees for trials, written out without touching the clone: merges run in the
 * scan's kind of private sandbox (`merge-sandbox.ts`, so a trial tries exactly
 * the tree the verdict was about), and a tree is written into a fresh folder
 * through the sandbox with an index file of its own (`read-tree` then
 * `checkout-index`). The clone's work tree, index, HEAD and branches are never
 * read or written; only the sandbox's objects grow, and go with it.
 */
class TrialTrees {
    sandbox;
    indexDir;
    constructor(sandbox, indexDir) {
        this.sandbox = sandbox;
        this.indexDir = indexDir;
    }
    static async open(git) {
        const sandbox = await merge_sandbox/* MergeSandbox */.wC.open(git);
        const indexDir = (0,external_node_path_.join)(sandbox.dir, 'indexes');
        (0,external_node_fs_.mkdirSync)(indexDir);
        return new TrialTrees(sandbox, indexDir);
    }
    /** The tree of a commit. */
    async tipTree(sha) {
        return (0,refs/* treeOf */.g7)(this.sandbox.git, sha);
    }
    /** The tree `git merge-tree --write-tree` makes of the two commits; throws when they conflict. */
    async mergeTree(leftSha, rightSha) {
        const tree = await (0,merge_tree/* cleanMergeTree */.Sx)(this.sandbox.git, this.sandbox.pins(), leftSha, rightSha);
        if (tree === null)
            throw new Error(`${leftSha.slice(0, 12)} and ${rightSha.slice(0, 12)} do not merge cleanly any more`);
        return tree;
    }
    /** The git of the sandbox the trees live in (its own object store, borrowing the clone's objects). */
    get git() {
        return this.sandbox.git;
    }
    /** Where index files of the caller's own may go (removed with the sandbox). */
    get indexFolder() {
        return this.indexDir;
    }
    /** The tree `git merge-tree --write-tree` makes of two commits that conflict: the conflicted files hold markers. */
    async conflictedTree(leftSha, rightSha) {
        return (0,merge_tree/* conflictedMergeTree */.UC)(this.sandbox.git, this.sandbox.pins(), leftSha, rightSha);
    }
    /** Writes `tree` into the empty folder `dir` (created), with an index of its own that is removed after. */
    async checkout(tree, dir) {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        const index = (0,external_node_path_.join)(this.indexDir, `${tree}-${Math.random().toString(36).slice(2)}`);
        const env = { GIT_INDEX_FILE: index, GIT_WORK_TREE: dir };
        try {
            await (0,index_file/* readTree */.Zc)(this.sandbox.git, tree, env, { endOfOptions: true });
            await (0,index_file/* checkoutIndex */.Nz)(this.sandbox.git, env, dir);
        }
        finally {
            (0,external_node_fs_.rmSync)(index, { force: true });
        }
    }
    /** How many files (blobs and symlinks) `tree` holds; submodules are not written out and not counted. */
    async fileCount(tree) {
        const listing = await (0,objects/* lsTree */.kb)(this.sandbox.git, tree, { recursive: true });
        return listing.split('\0').filter((line) => / blob [0-9a-f]+\t/.test(line)).length;
    }
    /** The blob ids of the dependency manifests at the root of `tree`, as one comparable string. */
    async manifests(tree) {
        const listing = await (0,objects/* lsTree */.kb)(this.sandbox.git, tree);
        return listing
            .split('\0')
            .map((line) => /^\d+ \w+ ([0-9a-f]+)\t(.*)$/s.exec(line))
            .filter((m) => m !== null && MANIFESTS.has(m[2]))
            .map((m) => `${m[2]}=${m[1]}`)
            .sort()
            .join(' ');
    }
    close() {
        this.sandbox.close();
    }
}

;// CONCATENATED MODULE: ./shared/trials/run-trials.ts











/**
 * Builds and tests the merges git calls clean (see `types.ts` for the
 * verdicts). Each tip is checked alone once (or answered by the cache), so a
 * branch broken on its own is reported as such, not as a conflict with its
 * sibling. The merge tree is the one `git merge-tree --write-tree` makes,
 * written into a temporary folder; the clone is never touched. The setup runs
 * once per tip; a merge whose dependency manifests equal a tip's gets that
 * tip's setup products hard-linked instead of running the setup again.
 */
async function runTrials(git, pairs, options) {
    const { settings, cache, logger } = options;
    const started = external_node_perf_hooks_.performance.now();
    const trials = new Map();
    const summary = emptySummary(settings, pairs.length);
    const tipOutcome = new Map();
    const timedOutTips = new Set();
    const cachedTip = (sha) => {
        if (!tipOutcome.has(sha))
            tipOutcome.set(sha, cache?.tip(sha));
        return tipOutcome.get(sha);
    };
    // Pairs the cache answers in full (the pair, or a tip that fails alone) cost nothing and are not bounded.
    const toRun = [];
    for (const pair of pairs) {
        const l = cachedTip(pair.leftSha);
        const r = cachedTip(pair.rightSha);
        const hit = l?.ok && r?.ok ? cache?.pair(pair.leftSha, pair.rightSha) : undefined;
        if (hit)
            trials.set(pair, { verdict: hit.verdict, ...(hit.failure ? { failure: hit.failure } : {}), cached: true });
        else if ((l && !l.ok) || (r && !r.ok))
            trials.set(pair, { ...untested(pair, l, r), cached: true });
        else
            toRun.push(pair);
    }
    summary.cached = trials.size;
    for (const pair of toRun.slice(settings.maxPairs)) {
        trials.set(pair, { verdict: 'skipped', reason: `beyond trial-max-pairs (${settings.maxPairs}) in this run` });
    }
    const running = toRun.slice(0, settings.maxPairs);
    if (running.length === 0)
        return finish();
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.tempRoot ?? (0,external_node_os_.tmpdir)(), 'orch-trial-'));
    const trees = await TrialTrees.open(git);
    const prepared = new Map();
    const tipChecks = new Map();
    const prepare = (sha) => {
        let p = prepared.get(sha);
        if (!p) {
            p = (async () => {
                const dir = (0,external_node_path_.join)(root, `tip-${sha.slice(0, 16)}`);
                const tree = await trees.tipTree(sha);
                await trees.checkout(tree, dir);
                const before = new Set((0,external_node_fs_.readdirSync)(dir));
                if (!settings.setup)
                    return { dir, tree, products: [], nested: false, setupMs: 0 };
                const t0 = external_node_perf_hooks_.performance.now();
                const setup = await runChecks(checksOf([], settings.setup, true), dir, settings.timeoutMs);
                const setupMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
                const products = newEntries(dir, before);
                const nested = countFiles(dir, new Set(products)) !== (await trees.fileCount(tree));
                return { dir, tree, products, nested, setupMs, ...(setup.ok ? {} : { setupFailure: setup }) };
            })();
            prepared.set(sha, p);
        }
        return p;
    };
    const checkTip = (sha) => {
        const known = cachedTip(sha);
        if (known)
            return Promise.resolve(known);
        let p = tipChecks.get(sha);
        if (!p) {
            p = (async () => {
                const tip = await prepare(sha);
                const outcome = tip.setupFailure ?? (await runChecks(settings.commands, tip.dir, settings.timeoutMs));
                summary.tipsRun++;
                const result = outcome.ok ? { ok: true } : { ok: false, failure: outcome.failure };
                // Only what reproduced is kept: a time-out depends on the machine's load, a flaky pass may not hold.
                if (outcome.timedOut)
                    timedOutTips.add(sha);
                else if (!outcome.flaky.length)
                    cache?.putTip(sha, result);
                return result;
            })();
            tipChecks.set(sha, p);
        }
        return p;
    };
    try {
        let done = 0;
        await (0,pool/* runPool */.kD)(running, settings.maxParallel, async (pair) => {
            try {
                trials.set(pair, await tryPair(pair));
            }
            catch (error) {
                trials.set(pair, { verdict: 'error', reason: (0,errors/* messageOf */.bD)(error) });
            }
            done++;
            options.progress?.(`Trial ${done}/${running.length}: ${pair.left} ↔ ${pair.right}: ${trials.get(pair).verdict}`);
        });
    }
    finally {
        trees.close();
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
    }
    return finish();
    async function tryPair(pair) {
        const [l, r] = await Promise.all([checkTip(pair.leftSha), checkTip(pair.rightSha)]);
        if (!l.ok || !r.ok)
            return untested(pair, l, r);
        const t0 = external_node_perf_hooks_.performance.now();
        summary.tried++;
        const tree = await trees.mergeTree(pair.leftSha, pair.rightSha);
        const dir = (0,external_node_path_.join)(root, `merge-${pair.leftSha.slice(0, 12)}-${pair.rightSha.slice(0, 12)}`);
        try {
            await trees.checkout(tree, dir);
            let setup = 'none';
            let withSetup = false;
            if (settings.setup) {
                const merged = await trees.manifests(tree);
                // A tip whose manifests equal the merge's can lend its install; one already set up (it was
                // checked this run) is preferred, so a re-run after one push sets up only the tip that moved.
                const fits = [];
                if (settings.reuseSetup !== false)
                    for (const sha of [pair.leftSha, pair.rightSha])
                        if (merged === (await trees.manifests(await trees.tipTree(sha))))
                            fits.push(sha);
                const chosen = fits.find((sha) => prepared.has(sha)) ?? fits[0];
                const prepped = chosen ? await prepare(chosen) : null;
                const source = prepped && !prepped.setupFailure && !prepped.nested ? prepped : null;
                if (source) {
                    linkProducts(source.dir, dir, source.products.filter((name) => !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name))));
                    setup = chosen === pair.leftSha ? 'reused-left' : 'reused-right';
                    summary.setupReused++;
                    summary.setupSavedMs += source.setupMs;
                }
                else {
                    setup = 'ran';
                    withSetup = true;
                }
            }
            const outcome = await runChecks(checksOf(settings.commands, settings.setup, withSetup), dir, settings.timeoutMs);
            const durationMs = Math.round(external_node_perf_hooks_.performance.now() - t0);
            if (outcome.ok) {
                if (outcome.flaky.length) {
                    logger.warning(`trial of ${pair.left} ↔ ${pair.right}: ${outcome.flaky.join(', ')} failed once and passed when run again (flaky)`);
                    return { verdict: 'flaky', reason: `failed once, passed again: ${outcome.flaky.join(', ')}`, durationMs, setup };
                }
                cache?.putPair(pair.leftSha, pair.rightSha, { verdict: 'passed' });
                return { verdict: 'passed', durationMs, setup };
            }
            const failure = outcome.failure;
            const verdict = failure.kind === 'test' ? 'test-conflict' : 'build-conflict';
            if (!outcome.timedOut)
                cache?.putPair(pair.leftSha, pair.rightSha, { verdict, failure });
            return { verdict, failure, durationMs, setup };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    function finish() {
        countVerdicts(trials.values(), summary);
        summary.tipsCached = [...tipOutcome.values()].filter(Boolean).length;
        summary.durationMs = Math.round(external_node_perf_hooks_.performance.now() - started);
        if (timedOutTips.size)
            logger.debug(`trials: ${timedOutTips.size} tip(s) timed out; their results are not cached`);
        return { trials, summary };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/trials/trial-cache.ts


/**
 * Trial results kept between scans, next to the verdict cache on the state
 * branch. A result depends on the commits, the checks (mode, commands,
 * setup), node's and git's versions and this engine: all but the commits go
 * into the fingerprint, so a cache made under another one is ignored whole.
 * Only results that reproduced are kept: never a flaky one, never a time-out
 * (the machine's load decides those), never an error.
 *
 * The file comes from the state branch (state/log/state-cache.ts): it is
 * checked like the verdict cache, and a damaged one is dropped whole (every
 * trial runs again).
 */
const TRIAL_CACHE_KIND = 'agent-orchestrator/trial-results';
const TRIAL_CACHE_VERSION = 1;
/** Bump when what a trial does or records changes. */
const TRIAL_ENGINE_VERSION = 1;
const MAX_TRIAL_ENTRIES = 20_000;
const MAX_TAIL = 8000;
class TrialCacheError extends Error {
}
const TRIAL_FORMAT = { kind: TRIAL_CACHE_KIND, version: TRIAL_CACHE_VERSION, damaged: TrialCacheError };
function trialFingerprint(parts) {
    const text = JSON.stringify([
        TRIAL_ENGINE_VERSION,
        parts.mode,
        parts.commands.map((c) => [c.name, c.command, c.kind]),
        parts.setup ?? '',
        parts.node,
        parts.git,
    ]);
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** A check failure from untrusted JSON (the cache, or a trial job's report); throws on a bad shape. */
function checkFailure(v, where) {
    if (!isRecord(v))
        throw new TrialCacheError(`${where} is not an object`);
    const { check, kind, exitCode, reason, tail } = v;
    if (typeof check !== 'string' || check.length > 200)
        throw new TrialCacheError(`${where}.check is not a check name`);
    if (kind !== 'setup' && kind !== 'build' && kind !== 'test')
        throw new TrialCacheError(`${where}.kind is not setup, build or test`);
    if (!(exitCode === null || Number.isSafeInteger(exitCode)))
        throw new TrialCacheError(`${where}.exitCode is not an exit code`);
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500))
        throw new TrialCacheError(`${where}.reason is not text`);
    if (typeof tail !== 'string')
        throw new TrialCacheError(`${where}.tail is not text`);
    return {
        check,
        kind,
        exitCode: exitCode,
        ...(reason !== undefined ? { reason: reason } : {}),
        tail: tail.length > MAX_TAIL ? tail.slice(-MAX_TAIL) : tail,
    };
}
class TrialCache {
    fingerprint;
    tips = new Map();
    pairs = new Map();
    hits = 0;
    readAt;
    constructor(fingerprint) {
        this.fingerprint = fingerprint;
    }
    static parse(text, fingerprint) {
        const data = openCacheText(text, TRIAL_FORMAT, fingerprint);
        if (!data)
            return null;
        if (!isRecord(data.tips) || !isRecord(data.pairs))
            throw new TrialCacheError('tips or pairs is not an object');
        const cache = new TrialCache(fingerprint);
        for (const [sha, v] of Object.entries(data.tips)) {
            if (!COMMIT_ID.test(sha) || !isRecord(v) || typeof v.ok !== 'boolean')
                throw new TrialCacheError(`tip entry ${sha.slice(0, 50)} is not valid`);
            if (v.ok === (v.failure !== undefined))
                throw new TrialCacheError(`tip entry ${sha} does not fit its outcome`);
            cache.tips.set(sha, { ok: v.ok, ...(v.failure !== undefined ? { failure: checkFailure(v.failure, `tip ${sha}`) } : {}) });
        }
        for (const [key, v] of Object.entries(data.pairs)) {
            const [l, r, extra] = key.split(' ');
            if (!l || !r || extra !== undefined || !COMMIT_ID.test(l) || !COMMIT_ID.test(r))
                throw new TrialCacheError(`pair entry ${key.slice(0, 100)} is not two commit ids`);
            if (!isRecord(v) || !['passed', 'build-conflict', 'test-conflict'].includes(v.verdict))
                throw new TrialCacheError(`pair entry ${key} has no trial verdict`);
            if ((v.verdict === 'passed') !== (v.failure === undefined))
                throw new TrialCacheError(`pair entry ${key} does not fit its verdict`);
            cache.pairs.set(key, {
                verdict: v.verdict,
                ...(v.failure !== undefined ? { failure: checkFailure(v.failure, `pair ${key}`) } : {}),
            });
        }
        return cache;
    }
    get size() {
        return this.tips.size + this.pairs.size;
    }
    tip(sha) {
        const hit = this.tips.get(sha);
        if (hit)
            this.hits++;
        return hit && structuredClone(hit);
    }
    pair(leftSha, rightSha) {
        const hit = this.pairs.get(`${leftSha} ${rightSha}`);
        if (hit)
            this.hits++;
        return hit && structuredClone(hit);
    }
    putTip(sha, value) {
        this.tips.set(sha, value);
    }
    putPair(leftSha, rightSha, value) {
        this.pairs.set(`${leftSha} ${rightSha}`, value);
    }
    /** The file to store: entries whose commits are all still `tips` (a moved branch's old results go), sorted, bounded. */
    serialize(live) {
        const sorted = (m, keep) => sortedEntries([...m].filter(([k]) => keep(k)), MAX_TRIAL_ENTRIES);
        const tips = sorted(this.tips, (k) => live.has(k));
        const pairs = sorted(this.pairs, (k) => k.split(' ').every((s) => live.has(s)));
        return cacheText(TRIAL_FORMAT, this.fingerprint, { tips, pairs });
    }
}

;// CONCATENATED MODULE: ./shared/trials/trial-store.ts



/** Next to the verdict cache, under the state root (see LAYOUT.md). */
const TRIAL_CACHE_PATH = 'cache/trial-results.json';
async function trialCacheFingerprint(git, settings) {
    const { text } = await git.version();
    return trialFingerprint({ mode: settings.mode, commands: settings.commands, setup: settings.setup, node: process.version, git: text });
}
/** The trial cache from the state branch; an empty one when there is none, it was made under other settings, or it is damaged (warned). */
async function loadTrialCache(store, git, settings, logger) {
    const fingerprint = await trialCacheFingerprint(git, settings);
    const where = `${store.branch}:${store.layout.full(TRIAL_CACHE_PATH)}`;
    try {
        const { cache, found } = await readStateCache(store, TRIAL_CACHE_PATH, (text) => TrialCache.parse(text, fingerprint), () => new TrialCache(fingerprint));
        if (found === 'other')
            logger.info(`The trial cache at ${where} was made with other checks, setup or tool versions: every trial runs again.`);
        return cache;
    }
    catch (error) {
        const why = error instanceof TrialCacheError ? `it is damaged (${error.message})` : `it cannot be read (${(0,errors/* messageOf */.bD)(error)})`;
        logger.warning(`The trial cache at ${where} is ignored: ${why}. Every trial runs again; the next scan rewrites it.`);
        return new TrialCache(fingerprint);
    }
}
/** Keeps the results whose commits are still tips. Only saves time: failing to write is a warning. */
async function saveTrialCache(store, cache, tips, logger) {
    try {
        const written = await writeStateCache(store, TRIAL_CACHE_PATH, cache, cache.serialize(tips), 'orchestrator: trial results cache');
        logger.debug(`trial cache: ${written.pushed ? `written in ${written.commit?.slice(0, 12)}` : `not written (${written.reason})`}`);
    }
    catch (error) {
        logger.warning(`The trial cache could not be written to ${store.branch}: ${(0,errors/* messageOf */.bD)(error)}. The next trial run runs every trial again.`);
    }
}

;// CONCATENATED MODULE: ./shared/trials/trial-step.ts


/**
 * Runs the trials of a scan's report in place: each clean pair in scope gets
 * its `trial`, the report its `trials` summary. Returns how to keep the cache
 * (undefined when it is not to be written: no cache, a dry run, a shard).
 */
async function trialReport(report, settings, deps, options) {
    const { git, store, ctx } = deps;
    const inScope = pairsInScope(report.pairs, report.branches, settings.scope);
    const cache = options.cache ? await loadTrialCache(store, git, settings, ctx.logger) : undefined;
    ctx.progress?.(`Trial ${settings.mode}: ${inScope.length} clean pair(s) in scope (${settings.scope === 'all' ? 'all pairs' : 'implementor × overseer'}), checks ${settings.commands.map((c) => c.name).join(', ')}...`);
    const { trials, summary } = await runTrials(git, inScope, {
        settings,
        cache,
        logger: ctx.logger,
        progress: ctx.progress,
        tempRoot: ctx.tempDir,
    });
    for (const [pair, trial] of trials)
        pair.trial = trial;
    report.trials = cache ? { ...summary, fingerprint: cache.fingerprint } : summary;
    ctx.progress?.(`Trials: ${summary.tried} run, ${summary.cached} from the cache, ${summary.skipped} skipped; ${summary.buildConflicts} build and ${summary.testConflicts} test conflict(s), ${summary.untested} untested, ${summary.flaky} flaky (${(summary.durationMs / 1000).toFixed(1)} s).`);
    if (!cache || !options.keep)
        return undefined;
    const tips = new Set(report.branches.map((b) => b.sha));
    return () => saveTrialCache(store, cache, tips, ctx.logger);
}

;// CONCATENATED MODULE: ./shared/trials/report-cache.ts




/**
 * The recording job's half of a split trial run: the trial job has a
 * read-only token and cannot write the cache, so the job that records its
 * (checked) report keeps the results that reproduced, under the trial job's
 * fingerprint. Only what a fresh trial would keep goes in: pairs that passed
 * or conflicted without a time-out (both tips then pass alone), and tips that
 * fail alone without a time-out. The report could be forged by the code under
 * trial; so could the events it records, which is why the trial job gets no
 * write access and the results are data, never commands.
 */
async function keepTrialsOfReport(report, deps) {
    const fingerprint = report.trials?.fingerprint;
    if (!fingerprint || deps.dryRun)
        return;
    const { store, ctx } = deps;
    let cache;
    try {
        const read = await readStateCache(store, TRIAL_CACHE_PATH, (text) => TrialCache.parse(text, fingerprint), () => new TrialCache(fingerprint));
        cache = read.cache;
    }
    catch (error) {
        const why = error instanceof TrialCacheError ? error.message : (0,errors/* messageOf */.bD)(error);
        ctx.logger.warning(`The trial cache on ${store.branch} is replaced: ${why}`);
        cache = new TrialCache(fingerprint);
    }
    const timedOut = (reason) => /timed out/.test(reason ?? '');
    for (const p of report.pairs) {
        const t = p.trial;
        if (!t || t.cached)
            continue;
        if (t.verdict === 'passed' ||
            ((t.verdict === 'build-conflict' || t.verdict === 'test-conflict') && t.failure && !timedOut(t.failure.reason))) {
            cache.putTip(p.leftSha, { ok: true });
            cache.putTip(p.rightSha, { ok: true });
            cache.putPair(p.leftSha, p.rightSha, t.verdict === 'passed' ? { verdict: 'passed' } : { verdict: t.verdict, failure: t.failure });
        }
        else if (t.verdict === 'untested') {
            for (const s of t.brokenSides ?? [])
                if (!timedOut(s.failure.reason))
                    cache.putTip(s.side === 'left' ? p.leftSha : p.rightSha, { ok: false, failure: s.failure });
        }
    }
    await saveTrialCache(store, cache, new Set(report.branches.map((b) => b.sha)), ctx.logger);
}

;// CONCATENATED MODULE: ./shared/trials/untrusted-report.ts






const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const STATUSES = new Set(['clean', 'conflicted', 'unrelated', 'error']);
const VERDICTS = new Set(['passed', 'build-conflict', 'test-conflict', 'untested', 'flaky', 'skipped', 'error']);
const SETUPS = new Set(['none', 'ran', 'reused-left', 'reused-right']);
class Bad extends Error {
}
function obj(v, where) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new Bad(`${where} is not an object`);
    return v;
}
function list(v, where, max) {
    if (!Array.isArray(v) || v.length > max)
        throw new Bad(`${where} is not a list of at most ${max}`);
    return v;
}
function str(v, where, max) {
    if (typeof v !== 'string' || v.length > max)
        throw new Bad(`${where} is not text of at most ${max} characters`);
    return v;
}
function oid(v, where) {
    if (typeof v !== 'string' || !OID.test(v))
        throw new Bad(`${where} is not a commit id`);
    return v;
}
function untrusted_report_int(v, where) {
    if (!Number.isSafeInteger(v) || v < 0)
        throw new Bad(`${where} is not a whole number`);
    return v;
}
function optional(v, check) {
    return v === undefined ? undefined : check(v);
}
function branch(v, i) {
    const b = obj(v, `branches[${i}]`);
    const name = str(b.name, `branches[${i}].name`, 255);
    const problem = (0,validate/* branchNameProblem */.hq)(name);
    if (problem)
        throw new Bad(`branches[${i}].name ${(0,quote/* quote */.hD)(name)}: ${problem}`);
    if (b.role !== 'overseer' && b.role !== 'implementor')
        throw new Bad(`branches[${i}].role is not overseer or implementor`);
    return {
        name,
        sha: oid(b.sha, `branches[${i}].sha`),
        spec: str(b.spec, `branches[${i}].spec`, 200),
        role: b.role,
        ...(b.index !== undefined ? { index: untrusted_report_int(b.index, `branches[${i}].index`) } : {}),
    };
}
function trial(v, where, pair) {
    const t = obj(v, where);
    const verdict = str(t.verdict, `${where}.verdict`, 40);
    if (!VERDICTS.has(verdict))
        throw new Bad(`${where}.verdict ${(0,quote/* quote */.hD)(verdict)} is not a trial verdict`);
    const setup = optional(t.setup, (s) => str(s, `${where}.setup`, 20));
    if (setup !== undefined && !SETUPS.has(setup))
        throw new Bad(`${where}.setup is not a setup outcome`);
    const brokenSides = optional(t.brokenSides, (s) => list(s, `${where}.brokenSides`, 2).map((x, i) => {
        const b = obj(x, `${where}.brokenSides[${i}]`);
        const side = b.side;
        if (side !== 'left' && side !== 'right')
            throw new Bad(`${where}.brokenSides[${i}].side is not left or right`);
        return {
            side: side,
            branch: pair[side],
            failure: checkFailure(b.failure, `${where}.brokenSides[${i}].failure`),
        };
    }));
    if ((verdict === 'build-conflict' || verdict === 'test-conflict') && t.failure === undefined)
        throw new Bad(`${where} has no failure`);
    return {
        verdict: verdict,
        ...(t.failure !== undefined ? { failure: checkFailure(t.failure, `${where}.failure`) } : {}),
        ...(brokenSides ? { brokenSides } : {}),
        ...(t.reason !== undefined ? { reason: str(t.reason, `${where}.reason`, 4000) } : {}),
        ...(t.cached === true ? { cached: true } : {}),
        ...(t.durationMs !== undefined ? { durationMs: untrusted_report_int(t.durationMs, `${where}.durationMs`) } : {}),
        ...(setup ? { setup: setup } : {}),
    };
}
function pair(v, i, names) {
    const where = `pairs[${i}]`;
    const p = obj(v, where);
    const left = str(p.left, `${where}.left`, 255);
    const right = str(p.right, `${where}.right`, 255);
    if (!names.has(left) || !names.has(right))
        throw new Bad(`${where} names a branch that is not in the report's branches`);
    const status = str(p.status, `${where}.status`, 20);
    if (!STATUSES.has(status))
        throw new Bad(`${where}.status ${(0,quote/* quote */.hD)(status)} is not a verdict`);
    const mergeBase = p.mergeBase === undefined || p.mergeBase === null ? p.mergeBase : oid(p.mergeBase, `${where}.mergeBase`);
    const files = list(p.files, `${where}.files`, 10_000).map((f, j) => checkFile(f, `${where}.files[${j}]`));
    const messages = optional(p.messages, (m) => list(m, `${where}.messages`, 1000).map((x, j) => checkMessage(x, `${where}.messages[${j}]`)));
    if (p.trial !== undefined && status !== 'clean')
        throw new Bad(`${where} has a trial but does not merge cleanly`);
    return {
        left,
        right,
        leftSha: oid(p.leftSha, `${where}.leftSha`),
        rightSha: oid(p.rightSha, `${where}.rightSha`),
        status: status,
        ...(p.error !== undefined ? { error: str(p.error, `${where}.error`, 4000) } : {}),
        ...(mergeBase !== undefined ? { mergeBase: mergeBase } : {}),
        files,
        ...(messages?.length ? { messages } : {}),
        ...(p.trial !== undefined ? { trial: trial(p.trial, `${where}.trial`, { left, right }) } : {}),
    };
}
function divergence(v, i) {
    const d = obj(v, `divergence[${i}]`);
    const count = (x, w) => (x === null ? null : untrusted_report_int(x, w));
    return {
        branch: str(d.branch, `divergence[${i}].branch`, 255),
        against: str(d.against, `divergence[${i}].against`, 255),
        ahead: count(d.ahead, `divergence[${i}].ahead`),
        behind: count(d.behind, `divergence[${i}].behind`),
        ...(d.error !== undefined ? { error: str(d.error, `divergence[${i}].error`, 4000) } : {}),
    };
}
function time(v) {
    const text = str(v, 'scannedAt', 40);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/.test(text) || Number.isNaN(Date.parse(text)))
        throw new Bad(`scannedAt ${(0,quote/* quote */.hD)(text)} is not a UTC time such as 2026-01-31T12:00:00.000Z`);
    return text;
}
function fingerprint(v) {
    if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v))
        throw new Bad('trials.fingerprint is not a sha-256 in hex');
    return v;
}
function trialSummary(v) {
    const t = obj(v, 'trials');
    if (t.mode !== 'build' && t.mode !== 'test')
        throw new Bad('trials.mode is not build or test');
    if (t.scope !== 'overseer' && t.scope !== 'all')
        throw new Bad('trials.scope is not overseer or all');
    const commands = list(t.commands, 'trials.commands', 100).map((c, i) => {
        const o = obj(c, `trials.commands[${i}]`);
        const kind = o.kind;
        if (kind !== 'build' && kind !== 'test')
            throw new Bad(`trials.commands[${i}].kind is not build or test`);
        return {
            kind: kind,
            name: str(o.name, `trials.commands[${i}].name`, 64),
            command: str(o.command, `trials.commands[${i}].command`, 4000),
        };
    });
    const counts = Object.fromEntries(TRIAL_COUNTS.map((k) => [k, untrusted_report_int(t[k], `trials.${k}`)]));
    return {
        mode: t.mode,
        scope: t.scope,
        commands,
        ...(t.setup !== undefined ? { setup: str(t.setup, 'trials.setup', 4000) } : {}),
        ...counts,
        ...(t.fingerprint !== undefined ? { fingerprint: fingerprint(t.fingerprint) } : {}),
    };
}
/**
 * A conflict report read from a file another job wrote (a shard, or a trial
 * job that ran implementor code): every field the recording step uses is
 * checked and rebuilt from scratch, so nothing unexpected rides along; text is
 * neutralised where it is shown, never here. Throws InputError naming the file
 * and the first bad field.
 */
function checkUntrustedReport(data, file) {
    try {
        const r = obj(data, 'the report');
        if (r.version !== 2)
            throw new Bad(`version ${(0,quote/* quote */.hD)(String(r.version))} is not 2`);
        if (r.scope !== 'feature' && r.scope !== 'all')
            throw new Bad('scope is not feature or all');
        const branches = list(r.branches, 'branches', 2_000).map(branch);
        const names = new Set(branches.map((b) => b.name));
        const shard = optional(r.shard, (s) => {
            const o = obj(s, 'shard');
            return { index: untrusted_report_int(o.index, 'shard.index'), count: untrusted_report_int(o.count, 'shard.count') };
        });
        return {
            version: 2,
            scannedAt: time(r.scannedAt),
            scope: r.scope,
            ...(shard ? { shard } : {}),
            branches,
            pairs: list(r.pairs, 'pairs', 50_000).map((p, i) => pair(p, i, names)),
            divergence: list(r.divergence, 'divergence', 4_000).map(divergence),
            summary: { pairs: 0, clean: 0, conflicted: 0, unrelated: 0, errors: 0 },
            ...(r.trials !== undefined ? { trials: trialSummary(r.trials) } : {}),
        };
    }
    catch (error) {
        throw new errors/* InputError */.dz(`conflict report ${(0,quote/* quote */.hD)(file)} is not a valid report: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}

// EXTERNAL MODULE: ./shared/git/working-tree.ts
var working_tree = __webpack_require__(3471);
// EXTERNAL MODULE: ./shared/conflicts/conflict-markers.ts
var conflict_markers = __webpack_require__(4140);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/init.ts
var init = __webpack_require__(7531);
;// CONCATENATED MODULE: ./shared/suggest/sandbox.ts






/** Who the sandbox's merge and the suggestion's commit are by. */
const SUGGEST_IDENTITY = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' };
// What the resolver's environment keeps of ours: where programs are and the locale. Nothing else
// (no token, no runner file, no path to the scanning clone such as GITHUB_WORKSPACE or PWD).
const KEPT = new Set(['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TERM', 'SYSTEMROOT', 'COMSPEC', 'PATHEXT', 'WINDIR']);
/**
 * A repository of its own for one resolver run, the conflicted merge in
 * progress in it: `left` checked out, `git merge --no-commit right` done (diff3
 * markers in the files, the stages in the index), as a person resolving it
 * would find it. The two tips and their history are copied in (a push from
 * `source`, the scan's object sandbox, with no hook run): no alternates file,
 * no remote, nothing in it names the scanning clone. HOME and TMPDIR point
 * inside the sandbox, so `~` and `../` are the sandbox's too.
 */
async function openResolverSandbox(source, pair, tempRoot) {
    const root = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot ?? (0,external_node_os_.tmpdir)(), 'orch-suggest-'));
    try {
        const home = (0,external_node_path_.join)(root, 'home');
        const tmp = (0,external_node_path_.join)(root, 'tmp');
        const work = (0,external_node_path_.join)(root, 'work');
        for (const dir of [home, tmp])
            (0,external_node_fs_.mkdirSync)(dir);
        const globalConfig = (0,external_node_path_.join)(home, '.gitconfig');
        (0,external_node_fs_.writeFileSync)(globalConfig, '');
        const isolated = {
            HOME: home,
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_CONFIG_GLOBAL: globalConfig,
            GIT_DIR: undefined,
            GIT_WORK_TREE: undefined,
            GIT_INDEX_FILE: undefined,
            GIT_OBJECT_DIRECTORY: undefined,
            GIT_ALTERNATE_OBJECT_DIRECTORIES: undefined,
            GIT_COMMON_DIR: undefined,
            GIT_CONFIG: undefined,
            GIT_CONFIG_PARAMETERS: undefined,
            GIT_CONFIG_COUNT: undefined,
        };
        const git = new git_git/* Git */.TU(work, isolated);
        // An unborn placeholder first: the tips' own branch names then arrive by push like any other ref.
        await (0,init/* initRepository */.zY)(new git_git/* Git */.TU(root, isolated), work, { branch: 'orchestrator-sandbox' });
        await (0,working_tree/* pushCommitsTo */.oL)(source, (0,external_node_path_.join)(work, '.git'), [
            `${pair.leftSha}:refs/heads/${pair.left}`,
            `${pair.rightSha}:refs/heads/${pair.right}`,
        ]);
        await (0,init/* setConfig */.Nk)(git, 'user.name', SUGGEST_IDENTITY.name);
        await (0,init/* setConfig */.Nk)(git, 'user.email', SUGGEST_IDENTITY.email);
        await (0,working_tree/* switchBranch */.Df)(git, pair.left);
        const conflicted = await (0,working_tree/* mergeNoCommit */.PZ)(git, pair.right, 'diff3');
        if (!conflicted)
            throw new Error(`${pair.left} and ${pair.right} merge cleanly in the sandbox`);
        const env = {};
        for (const [key, value] of Object.entries(process.env))
            if (value !== undefined && KEPT.has(key))
                env[key] = value;
        Object.assign(env, {
            HOME: home,
            TMPDIR: tmp,
            TMP: tmp,
            TEMP: tmp,
            CI: 'true',
            GIT_CONFIG_NOSYSTEM: '1',
            GIT_TERMINAL_PROMPT: '0',
            ORCHESTRATOR_SUGGEST_LEFT: pair.left,
            ORCHESTRATOR_SUGGEST_RIGHT: pair.right,
        });
        return { root, work, env, close: () => (0,external_node_fs_.rmSync)(root, { recursive: true, force: true }) };
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(root, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/suggest/resolution.ts









/** A resolution carried in a report is bounded: a suggestion is a few files, not a vendored tree. */
const MAX_RESOLUTION_BYTES = 2 * 1024 * 1024;
/** The paths a resolver may change: the pair's conflicting files (those with a plain path). */
function conflictingPaths(pair) {
    return new Set(pair.files.filter((f) => f.pathBase64 === undefined).map((f) => f.path));
}
function indexEnv(indexFolder, workTree) {
    return {
        GIT_INDEX_FILE: (0,external_node_path_.join)(indexFolder, `suggest-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`),
        ...(workTree ? { GIT_WORK_TREE: workTree } : {}),
    };
}
/**
 * What the resolver left in `work`, as a tree: the conflicted merge's tree
 * (`conflicted`, as merge-tree wrote it) with the work tree staged over it
 * (its ignore rules apply: products of a build the resolver ran do not count).
 * Refused when a path outside the conflicting files differs, a conflicting
 * file is no longer a regular file, or a marker is left (see judgeFiles).
 */
async function resolutionOfWorkTree(git, at, pair) {
    const env = indexEnv(at.indexFolder, at.work);
    try {
        await (0,index_file/* readTree */.Zc)(git, at.conflicted, env, { endOfOptions: true });
        await (0,index_file/* stageWorkTree */.wV)(git, env, at.work);
        const allowed = conflictingPaths(pair);
        const changed = await (0,index_file/* indexChangesFrom */.Qh)(git, at.conflicted, env);
        const outside = changed.filter((p) => !allowed.has(p));
        if (outside.length)
            return {
                ok: false,
                reason: `touched ${outside.slice(0, 5).map(quote/* quote */.hD).join(', ')}${outside.length > 5 ? ` and ${outside.length - 5} more` : ''} outside the conflicting files`,
            };
        const tree = await (0,index_file/* writeTree */.WM)(git, env);
        return judgeFiles(git, tree, pair, changed);
    }
    finally {
        (0,external_node_fs_.rmSync)(env.GIT_INDEX_FILE, { force: true });
    }
}
/**
 * The tree a reported resolution makes: the conflicted merge's tree with each
 * file of `files` put in (or removed), judged as the sandbox's was. The
 * recording job rebuilds every suggestion this way from the tips, never
 * taking a tree or a commit from the report.
 */
async function resolutionOfFiles(git, at, pair, files) {
    const allowed = conflictingPaths(pair);
    const outside = files.filter((f) => !allowed.has(f.path)).map((f) => f.path);
    if (outside.length)
        return { ok: false, reason: `changes ${outside.slice(0, 5).map(quote/* quote */.hD).join(', ')} outside the conflicting files` };
    const env = indexEnv(at.indexFolder);
    try {
        await (0,index_file/* readTree */.Zc)(git, at.conflicted, env, { endOfOptions: true });
        for (const f of files) {
            if (f.contentBase64 === null)
                await (0,index_file/* removeIndexEntry */.rz)(git, f.path, env);
            else {
                const blob = await git.writeBlob(Buffer.from(f.contentBase64, 'base64'));
                await (0,index_file/* setIndexEntry */.Fj)(git, { mode: f.mode ?? '100644', blob, path: f.path, add: true }, env);
            }
        }
        const tree = await (0,index_file/* writeTree */.WM)(git, env);
        return judgeFiles(git, tree, pair, files.map((f) => f.path));
    }
    finally {
        (0,external_node_fs_.rmSync)(env.GIT_INDEX_FILE, { force: true });
    }
}
/** Each changed conflicting file of `tree`: a regular file (or gone) with no marker left that neither side had. */
async function judgeFiles(git, tree, pair, changed) {
    const files = [];
    let bytes = 0;
    for (const path of [...changed].sort()) {
        const entry = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(await (0,objects/* lsTreeRootEntry */.gf)(git, tree, path));
        if (!entry) {
            files.push({ path, contentBase64: null });
            continue;
        }
        const mode = entry[1];
        if (mode !== '100644' && mode !== '100755')
            return { ok: false, reason: `left ${(0,quote/* quote */.hD)(path)} as a ${entry[2]} of mode ${mode}, not a file` };
        const [content] = await (0,cat_file/* readBlobs */.b4)(git, [entry[3]]);
        bytes += content.length;
        if (bytes > MAX_RESOLUTION_BYTES)
            return { ok: false, reason: `resolved files exceed ${MAX_RESOLUTION_BYTES} bytes` };
        const sides = await Promise.all([pair.leftSha, pair.rightSha].map((sha) => (0,objects/* readFileBytesAt */.pp)(git, sha, path)));
        const own = new Set(sides.flatMap((b) => (b ? (0,conflict_markers/* splitLines */.uz)(b.toString('utf8')).map((l) => l.replace(/\r$/, '')) : [])));
        const markers = (0,conflict_markers/* leftoverMarkerLines */.RP)(content.toString('utf8'), own);
        if (markers.length)
            return { ok: false, reason: `conflict marker left in ${(0,quote/* quote */.hD)(path)} (line ${markers.slice(0, 3).join(', ')})` };
        files.push({ path, mode, contentBase64: content.toString('base64') });
    }
    return { ok: true, tree, files };
}
/** The suggestion's merge commit: both tips as parents, a fixed author and the scan's time, so the same resolution is the same commit. */
async function suggestionCommit(git, tree, pair, at, command) {
    const date = `${Math.floor(Date.parse(at) / 1000)} +0000`;
    const env = {
        GIT_AUTHOR_NAME: SUGGEST_IDENTITY.name,
        GIT_AUTHOR_EMAIL: SUGGEST_IDENTITY.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: SUGGEST_IDENTITY.name,
        GIT_COMMITTER_EMAIL: SUGGEST_IDENTITY.email,
        GIT_COMMITTER_DATE: date,
    };
    const message = [
        `Suggested resolution: merge ${pair.right} into ${pair.left}`,
        '',
        'Proven before it was shown: no conflict marker left, only the conflicting files changed, the trial checks pass on this merge.',
        '',
        `Resolver-Command: sha256:${command}`,
    ].join('\n');
    return (0,index_file/* commitMergeTree */.uE)(git, tree, [pair.leftSha, pair.rightSha], message, env);
}

// EXTERNAL MODULE: ./shared/conflicts/pair-hunks.ts
var pair_hunks = __webpack_require__(3556);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./shared/role-ci/format.ts
var format = __webpack_require__(3219);
;// CONCATENATED MODULE: ./shared/suggest/run-resolver.ts




const run_resolver_TAIL_LINES = 20;
// After SIGTERM at the time-out, how long the resolver gets to clean up before SIGKILL.
const KILL_GRACE_MS = 2000;
const RUN_VARIABLE = 'ORCHESTRATOR_SUGGEST_RUN';
/**
 * Runs a resolver: the program started directly with its argument vector (no
 * shell), in a process group of its own, with `env` as its whole
 * environment. When it ends (by itself or at its time-out: SIGTERM, then
 * SIGKILL) everything it started ends with it: the group is killed, and so is
 * any process that left the group (setsid, a double fork) but still carries
 * this run's mark in its environment (Linux: /proc). Its output is kept as a
 * neutralised tail, so a `::set-output` or `::stop-commands` it prints never
 * reaches the runner's log as a command.
 */
function runResolver(run) {
    const mark = (0,external_node_crypto_.randomBytes)(12).toString('hex');
    const tail = new output_tail/* OutputTail */.gY(run_resolver_TAIL_LINES);
    return new Promise((resolve) => {
        let settled = false;
        let timedOut = false;
        const timers = [];
        const [file, ...args] = run.argv;
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: run.cwd,
                env: { ...run.env, [RUN_VARIABLE]: mark },
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true,
            });
        }
        catch (error) {
            resolve({ exitCode: null, reason: `could not start: ${error.message}`, timedOut: false, tail: '', survivors: 0 });
            return;
        }
        const splitters = [child.stdout, child.stderr].map((stream) => {
            const splitter = new output_tail/* LineSplitter */.g3((line) => tail.push(line));
            stream?.on('data', (chunk) => splitter.write(chunk));
            return splitter;
        });
        // A resolver that never reads its brief must not fail the write.
        child.stdin?.on('error', () => { });
        child.stdin?.end(run.input);
        const killGroup = (signal) => {
            try {
                if (process.platform !== 'win32' && child.pid !== undefined)
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                /* the group is gone */
            }
        };
        const finish = (exitCode, reason) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            killGroup('SIGKILL');
            const survivors = killMarked(mark);
            // A survivor that held the pipes is gone now: what it printed so far is read, then the pipes are closed.
            for (const stream of [child.stdout, child.stderr])
                stream?.destroy();
            for (const s of splitters)
                s.end();
            resolve({ exitCode, ...(reason ? { reason } : {}), timedOut, tail: tail.text(), survivors });
        };
        timers.push(setTimeout(() => {
            timedOut = true;
            killGroup('SIGTERM');
            timers.push(setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS));
        }, run.timeoutMs));
        child.on('error', (error) => finish(null, `could not start: ${error.message}`));
        // 'exit', not 'close': a child it left running may hold the pipes open for ever.
        child.on('exit', (code, signal) => {
            if (timedOut)
                finish(null, `timed out after ${(0,format/* formatDuration */.a)(run.timeoutMs)}`);
            else if (code === null)
                finish(null, `killed by ${signal ?? 'a signal'}`);
            else
                finish(code, code === 0 ? undefined : `exited with ${code}`);
        });
    });
}
/** Kills (SIGKILL) every process of this user whose environment carries the run's mark; how many. Linux only (elsewhere 0). */
function killMarked(mark) {
    if (process.platform !== 'linux')
        return 0;
    const needle = Buffer.from(`\0${RUN_VARIABLE}=${mark}\0`);
    let killed = 0;
    let pids;
    try {
        pids = (0,external_node_fs_.readdirSync)('/proc').filter((name) => /^\d+$/.test(name));
    }
    catch {
        return 0;
    }
    for (const pid of pids) {
        if (Number(pid) === process.pid)
            continue;
        try {
            const environ = Buffer.concat([Buffer.from([0]), (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`)]);
            if (!environ.includes(needle))
                continue;
            process.kill(Number(pid), 'SIGKILL');
            killed++;
        }
        catch {
            // Another user's process, or one that ended meanwhile.
        }
    }
    return killed;
}

;// CONCATENATED MODULE: ./shared/suggest/suggest-brief.ts
/** Lines of one section of one hunk given to the resolver: the rest is in the files themselves. */
const MAX_SECTION_LINES = 200;
/**
 * What the resolver reads on stdin: the task, then the scan's own data about
 * the pair (files, kinds, line ranges on each side, the two branches and
 * commits) as JSON, and each conflicting hunk as `conflicts brief` reads it (pairHunks: base,
 * ours and theirs, with line numbers in each side's own file). The one place the brief is made.
 */
function suggestBrief(pair, report, hunks = null) {
    const side = (name) => report.branches.find((b) => b.name === name);
    const data = {
        left: { branch: pair.left, commit: pair.leftSha, role: side(pair.left)?.role },
        right: { branch: pair.right, commit: pair.rightSha, role: side(pair.right)?.role },
        mergeBase: pair.mergeBase ?? null,
        files: pair.files.map((f) => ({
            path: f.path,
            kind: f.kind,
            leftRanges: f.leftRanges,
            rightRanges: f.rightRanges,
            ...(f.message ? { message: f.message } : {}),
        })),
    };
    return [
        `Resolve the merge conflict between ${pair.left} and ${pair.right}.`,
        '',
        `This folder is a git repository with the merge in progress: ${pair.left} is checked out ("ours") and ${pair.right} ("theirs") is being merged into it; the conflicting files hold diff3 markers (<<<<<<< ours, ||||||| base, ======= , >>>>>>> theirs).`,
        'Edit only the conflicting files listed below, keep what each side meant, and leave no marker. Do not touch any other file and do not commit: the result is checked (no marker left, no other file changed) and then built and tested.',
        '',
        'Conflicting files:',
        ...pair.files.map((f) => `- ${f.path} (${f.kind})`),
        '',
        ...(hunks ? hunkLines(hunks) : []),
        'The scan (JSON):',
        JSON.stringify(data, null, 2),
        '',
    ].join('\n');
}
function hunkLines(hunks) {
    const out = [
        'Conflicting hunks (diff3: base, ours = the checked-out side, theirs = the merged side; line numbers in each side’s own file):',
        '',
    ];
    const span = (start, lines) => lines.length ? `lines ${start}-${start + lines.length - 1}` : `nothing (before line ${start})`;
    const section = (mark, lines) => [
        ...lines.slice(0, MAX_SECTION_LINES).map((l) => `${mark} ${l}`),
        ...(lines.length > MAX_SECTION_LINES ? [`${mark} …${lines.length - MAX_SECTION_LINES} more line(s)`] : []),
    ];
    for (const f of hunks.files) {
        out.push(`== ${f.path} (${f.kind})${f.noHunks ? `: no hunks (${f.noHunks})` : ''}`);
        f.hunks.forEach((h, i) => {
            out.push(`-- hunk ${i + 1}: ours ${span(h.ours.start, h.ours.lines)}, base ${span(h.base.start, h.base.lines)}, theirs ${span(h.theirs.start, h.theirs.lines)}`, ...section('<', h.ours.lines), ...section('|', h.base.lines), ...section('>', h.theirs.lines));
        });
        out.push('');
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/suggest/suggest-pairs.ts












const MAX_REASON = 1500;
/** The branch a pair's proven suggestion is pushed to: orchestrator/suggest/<the pair's conflict id in its left branch's feature>. */
function suggestionBranch(report, pair) {
    const spec = report.branches.find((b) => b.name === pair.left)?.spec ?? '';
    return `orchestrator/suggest/${(0,conflict_pair/* conflictId */.W)(spec, pair.left, pair.right)}`;
}
/** The suggestion the state holds for this pair at these tips from this resolver (cached), if any. */
function recorded(report, projection, pair, command) {
    const spec = report.branches.find((b) => b.name === pair.left)?.spec;
    const s = spec ? projection?.features[spec]?.conflicts[(0,conflict_pair/* conflictId */.W)(spec, pair.left, pair.right)]?.suggestion : undefined;
    if (!s || s.command !== command)
        return undefined;
    const sameTips = (s.leftSha === pair.leftSha && s.rightSha === pair.rightSha) || (s.leftSha === pair.rightSha && s.rightSha === pair.leftSha);
    if (!sameTips)
        return undefined;
    return {
        outcome: s.outcome,
        command,
        cached: true,
        ...(s.reason ? { reason: s.reason } : {}),
        ...(s.branch ? { branch: s.branch } : {}),
        ...(s.commit ? { commit: s.commit } : {}),
    };
}
/**
 * Runs the resolver on each conflicting pair the state has no suggestion for
 * (at these tips, from this resolver), at most `maxPairs` of them, one at a
 * time, and sets each pair's `suggestion`. A suggestion is proven only when
 * the resolver exits 0 within its time, changed nothing of the scanning clone,
 * left no marker, changed only the conflicting files, and the merge it makes
 * passes the trial checks; then its merge commit is made here (the recording
 * job makes and pushes it again from the tips and the files, see publish.ts).
 */
async function suggestReport(report, settings, deps, projection) {
    const { ctx } = deps;
    const conflicted = report.pairs.filter((p) => p.status === 'conflicted');
    const toRun = [];
    for (const pair of conflicted) {
        const hit = recorded(report, projection, pair, settings.command);
        if (hit)
            pair.suggestion = hit;
        else if (conflictingPaths(pair).size === 0)
            pair.suggestion = { outcome: 'skipped', command: settings.command, reason: 'no conflicting file with a plain path to resolve' };
        else
            toRun.push(pair);
    }
    for (const pair of toRun.slice(settings.maxPairs))
        pair.suggestion = {
            outcome: 'skipped',
            command: settings.command,
            reason: `beyond suggest-max-pairs (${settings.maxPairs}) in this run`,
        };
    const running = toRun.slice(0, settings.maxPairs);
    ctx.progress?.(`Suggest: ${conflicted.length} conflicting pair(s), ${conflicted.length - toRun.length} answered by the state, ${running.length} to run (${settings.argv[0]})...`);
    if (running.length === 0)
        return;
    const trees = await TrialTrees.open(deps.git);
    const checksRoot = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(ctx.tempDir, 'orch-suggest-checks-'));
    try {
        let done = 0;
        for (const pair of running) {
            const t0 = external_node_perf_hooks_.performance.now();
            let suggestion;
            try {
                suggestion = await suggestPair(pair, { report, settings, trees, git: deps.git, checksRoot, tempRoot: ctx.tempDir });
            }
            catch (error) {
                suggestion = { outcome: 'error', command: settings.command, reason: bounded((0,errors/* messageOf */.bD)(error)) };
            }
            pair.suggestion = { ...suggestion, durationMs: Math.round(external_node_perf_hooks_.performance.now() - t0) };
            done++;
            ctx.progress?.(`Suggest ${done}/${running.length}: ${pair.left} ↔ ${pair.right}: ${suggestion.outcome}`);
        }
    }
    finally {
        trees.close();
        (0,external_node_fs_.rmSync)(checksRoot, { recursive: true, force: true });
    }
}
async function suggestPair(pair, run) {
    const { settings, trees } = run;
    const rejected = (reason) => ({ outcome: 'rejected', command: settings.command, reason: bounded(reason) });
    const conflicted = await trees.conflictedTree(pair.leftSha, pair.rightSha);
    const sandbox = await openResolverSandbox(trees.git, pair, run.tempRoot);
    try {
        // The hunks as `conflicts brief` gives them; a pair git cannot split into hunks still gets the files and ranges.
        const hunks = await (0,pair_hunks/* pairHunks */.e)(run.git, pair.leftSha, pair.rightSha).catch(() => null);
        const before = await (0,refs/* repositoryFacts */.Ow)(run.git);
        const result = await runResolver({
            argv: settings.argv,
            cwd: sandbox.work,
            env: sandbox.env,
            input: suggestBrief(pair, run.report, hunks),
            timeoutMs: settings.timeoutMs,
        });
        if ((await (0,refs/* repositoryFacts */.Ow)(run.git)) !== before)
            return rejected('changed the scanning clone, outside its sandbox');
        const stopped = result.survivors ? ` (${result.survivors} process(es) it left running were stopped)` : '';
        if (result.timedOut)
            return rejected(`resolver ${result.reason}: its process group was killed${stopped}`);
        if (result.exitCode !== 0)
            return rejected(`resolver ${result.reason ?? 'failed'}${stopped}${result.tail ? `: ${lastLines(result.tail)}` : ''}`);
        const resolution = await resolutionOfWorkTree(trees.git, { indexFolder: trees.indexFolder, work: sandbox.work, conflicted }, pair);
        if (!resolution.ok)
            return rejected(resolution.reason);
        // The proof runs on the tree the suggestion is, written out afresh: nothing the resolver left beside it counts.
        const dir = (0,external_node_path_.join)(run.checksRoot, `merge-${pair.leftSha.slice(0, 12)}-${pair.rightSha.slice(0, 12)}`);
        try {
            await trees.checkout(resolution.tree, dir);
            const outcome = await runChecks(checksOf(settings.checks, settings.setup, true), dir, settings.checkTimeoutMs);
            if (!outcome.ok) {
                const f = outcome.failure;
                const what = f.kind === 'test' ? 'tests failed' : f.kind === 'setup' ? 'setup failed' : 'build failed';
                return rejected(`${what}: ${f.check} ${f.reason ?? `exited with ${f.exitCode}`}${f.tail ? `: ${lastLines(f.tail)}` : ''}`);
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
        const commit = await suggestionCommit(trees.git, resolution.tree, pair, run.report.scannedAt, settings.command);
        return { outcome: 'proven', command: settings.command, files: resolution.files, commit, branch: suggestionBranch(run.report, pair) };
    }
    finally {
        sandbox.close();
    }
}
/** The last lines of a tail that fit in `max` characters, on one line (a reason is one line). */
function lastLines(tail, max = 1200) {
    const kept = [];
    let size = 0;
    for (const line of tail.split('\n').reverse()) {
        if (kept.length && size + line.length + 3 > max)
            break;
        kept.unshift(line);
        size += line.length + 3;
    }
    return kept.join(' ⏎ ');
}
function bounded(text) {
    return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text;
}

;// CONCATENATED MODULE: ./shared/suggest/publish.ts








/**
 * The recording job's half of `--suggest`: the job that ran the resolver
 * holds nothing and cannot push, so this job (which runs no branch code)
 * takes each suggestion of the report as a claim. A proven one is made
 * again here from the two tips and the reported files, and judged again (only
 * conflicting files, no marker left); its build and test are the resolver
 * job's word, like a trial's verdict. It is then pushed (forced: the branch
 * is the orchestrator's, one per pair) as `orchestrator/suggest/<pair-id>`.
 * Every suggestion run this time becomes a `resolution-suggested` event,
 * which is also what the next scan's cache reads. Returns the events.
 */
async function publishSuggestions(report, deps) {
    const { ctx } = deps;
    const fresh = report.pairs.filter((p) => p.status === 'conflicted' &&
        p.suggestion !== undefined &&
        !p.suggestion.cached &&
        (p.suggestion.outcome === 'proven' || p.suggestion.outcome === 'rejected'));
    if (fresh.length === 0)
        return [];
    const specs = new Map(report.branches.map((b) => [b.name, b.spec]));
    const events = [];
    const trees = await TrialTrees.open(deps.git);
    try {
        for (const pair of fresh) {
            const s = pair.suggestion;
            let data;
            const base = { left: pair.left, right: pair.right, leftSha: pair.leftSha, rightSha: pair.rightSha, command: s.command };
            if (s.outcome === 'rejected')
                data = { ...base, outcome: 'rejected', reason: s.reason ?? 'no reason given' };
            else {
                try {
                    const branch = suggestionBranch(report, pair);
                    const commit = await makeAndPush(pair, report, deps, trees, branch);
                    pair.suggestion = { ...s, branch, commit };
                    data = { ...base, outcome: 'proven', branch, commit };
                    ctx.logger.notice(`a proven resolution of ${pair.left} × ${pair.right} is on ${branch} (${commit.slice(0, 12)})`);
                }
                catch (error) {
                    const reason = `refused by the recording job: ${(0,errors/* messageOf */.bD)(error)}`;
                    ctx.logger.warning(`the suggestion for ${pair.left} × ${pair.right} is ${reason}`);
                    pair.suggestion = { outcome: 'rejected', command: s.command, reason };
                    data = { ...base, outcome: 'rejected', reason: reason.slice(0, 1900) };
                }
            }
            const features = [...new Set([specs.get(pair.left), specs.get(pair.right)].filter((f) => Boolean(f)))];
            for (const feature of features)
                events.push((0,events_events/* makeEvent */.Ld)('resolution-suggested', feature, data, { actor: ctx.actor, time: ctx.now() }));
        }
    }
    finally {
        trees.close();
    }
    return events;
}
async function makeAndPush(pair, report, deps, trees, branch) {
    const files = pair.suggestion?.files ?? [];
    if (files.length === 0)
        throw new Error('the report carries no resolved file');
    const conflicted = await trees.conflictedTree(pair.leftSha, pair.rightSha);
    const resolution = await resolutionOfFiles(trees.git, { indexFolder: trees.indexFolder, conflicted }, pair, files);
    if (!resolution.ok)
        throw new Error(resolution.reason);
    const commit = await suggestionCommit(trees.git, resolution.tree, pair, report.scannedAt, pair.suggestion.command);
    if (deps.dryRun)
        return commit;
    // The commit is made in the scan's object sandbox: copied into the clone under a private ref, pushed with the clone's remote, the ref dropped.
    const gitDir = await (0,refs/* gitPath */.C8)(deps.git, '.');
    const local = `refs/orchestrator/suggest/${branch.split('/').pop()}`;
    await (0,working_tree/* pushCommitsTo */.oL)(trees.git, (0,external_node_path_.isAbsolute)(gitDir) ? gitDir : (0,external_node_path_.resolve)(deps.git.cwd, gitDir), [`+${commit}:${local}`]);
    try {
        await (0,working_tree/* push */.VC)(deps.git, deps.remote, `+${commit}:refs/heads/${branch}`);
    }
    finally {
        await (0,refs/* deleteRef */.jq)(deps.git, local).catch(() => { });
    }
    return commit;
}

;// CONCATENATED MODULE: ./shared/suggest/claimed-suggestion.ts



const OUTCOMES = new Set(['proven', 'rejected', 'skipped', 'error']);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * A pair's `suggestion` as a report another job wrote says it: that job ran
 * the resolver and branch code, so the shape is checked, never assumed, and
 * only data is kept (never a tree or a commit id: the recording job makes
 * the commit again from the tips and the files).
 */
function claimedSuggestion(v, where) {
    const bad = (field, why) => {
        throw new errors/* InputError */.dz(`conflict report ${where}.suggestion${field} ${why}`);
    };
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return bad('', 'is not an object');
    const s = v;
    const outcome = s.outcome;
    if (!OUTCOMES.has(outcome))
        return bad('.outcome', `${(0,quote/* quote */.hD)(String(s.outcome))} is not proven, rejected, skipped or error`);
    if (typeof s.command !== 'string' || !/^[0-9a-f]{64}$/.test(s.command))
        return bad('.command', 'is not a sha-256 in hex');
    if (s.reason !== undefined && (typeof s.reason !== 'string' || s.reason.length > 2000))
        bad('.reason', 'is not a text of at most 2000 characters');
    const out = { outcome, command: s.command, ...(typeof s.reason === 'string' ? { reason: s.reason } : {}) };
    if (s.cached === true)
        out.cached = true;
    if (outcome !== 'proven')
        return out;
    if (!Array.isArray(s.files) || s.files.length === 0 || s.files.length > 1000)
        return bad('.files', 'is not a list of 1 to 1000 files');
    let bytes = 0;
    out.files = s.files.map((f, i) => {
        const at = `.files[${i}]`;
        if (f === null || typeof f !== 'object')
            return bad(at, 'is not an object');
        const { path, mode, contentBase64 } = f;
        if (typeof path !== 'string' || path === '' || path.length > 4096 || /\0/.test(path))
            return bad(`${at}.path`, 'is not a path');
        if (mode !== undefined && mode !== '100644' && mode !== '100755')
            return bad(`${at}.mode`, 'is not 100644 or 100755');
        if (contentBase64 !== null && (typeof contentBase64 !== 'string' || !BASE64.test(contentBase64)))
            return bad(`${at}.contentBase64`, 'is neither base64 nor null (deleted)');
        bytes += typeof contentBase64 === 'string' ? contentBase64.length : 0;
        if (bytes > (MAX_RESOLUTION_BYTES * 4) / 3 + 4)
            bad('.files', `exceed ${MAX_RESOLUTION_BYTES} bytes`);
        return { path, ...(mode ? { mode } : {}), contentBase64 };
    });
    return out;
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/detect-conflicts.ts




















const CONTROL = (0,controls/* charPattern */.F2)([controls.C0]);
async function detectConflicts(options, deps) {
    const { store, dryRun, ctx } = deps;
    // Checked before any work, so a refused path costs nothing and writes nothing.
    const reportPath = options.reportPath
        ? (0,confine_path/* confineOutput */.Sr)(options.reportPath, 'report-path', ctx)
        : { root: ctx.tempDir, path: (0,confine_path/* confineWrite */._P)(ctx.tempDir, 'conflict-report.json', 'report-path') };
    const clock = new phase_clock/* PhaseClock */.wM(options.since);
    // The state branch is listed with the agent branches (one ls-remote) and, when this clone has its commit, read without a fetch.
    const listed = options.mergeReports ? undefined : await listScanBranches(options, deps);
    clock.lap('refs');
    // Read once, before the scan: the verdict cache is read at the same commit, so the branch is fetched once at most.
    const snapshot = await store.read(options.cache === false || options.mergeReports ? [] : [VERDICT_CACHE_PATH], listed?.stateCommit ? { at: listed.stateCommit } : {});
    clock.lap('recording');
    const scanned = !listed
        ? await mergedReports(options, deps)
        : await scan(options, deps, clock, listed, {
            commit: snapshot.commit,
            content: snapshot.files?.get(VERDICT_CACHE_PATH) ?? null,
            projection: snapshot.projection,
        });
    const report = scanned.report;
    let reportText = writeReport(reportPath, report, options.reportPath);
    // A shard only reports; the merge step records and notifies for the whole scan once.
    const partial = Boolean(options.shard && options.shard.count > 1);
    let stateCommit = null;
    let newConflicts = 0;
    let resolvedConflicts = 0;
    let recorded = 0;
    let notices = [];
    let projection = null;
    let traced = { causes: [], notices: [] };
    const present = !partial && options.record ? (scanned.present ?? (await presentBranches(deps))) : undefined;
    const changes = conflictEvents(report, snapshot.projection, {
        // Looked up when an event is made: nothing new, no lookup (for a person, `git config`: one process).
        get actor() {
            return ctx.actor;
        },
        now: ctx.now(),
        ...(present ? { present } : {}),
        logger: ctx.logger,
    });
    newConflicts = changes.newPairs.length;
    if (!partial && (options.record || options.notify === 'pr')) {
        projection = snapshot.projection;
        traced = await traceConflictCauses(report, snapshot.projection, { token: options.token, post: options.notify === 'pr' && !dryRun }, deps);
        resolvedConflicts = changes.resolved.length;
        for (const r of changes.resolved)
            ctx.logger.notice(`conflict between ${r.left} and ${r.right} is resolved${r.reason ? ` (${r.reason})` : ''}`);
        if (options.record) {
            // Suggestions a resolver job reported (merge-reports): made again from the tips, pushed, and recorded.
            const suggested = await publishSuggestions(report, deps);
            // The report now says what became of each suggestion here (pushed, or refused and why).
            if (suggested.length)
                reportText = writeReport(reportPath, report, options.reportPath);
            const events = [...changes.events, ...suggested];
            if (events.length) {
                ctx.progress?.(`Recording ${events.length} new conflict, divergence and suggestion event(s) on ${store.branch}...`);
                // The verdict cache rides in the same commit as the events: one compare-and-swap push, not two.
                const carried = scanned.cacheFile;
                // Built on the state read at the start (no second fetch and parse); a branch moved since is read again.
                const appended = await store.append(events, {
                    from: snapshot,
                    ...(carried ? { files: () => [carried], filePaths: [carried[0]] } : {}),
                });
                if (appended.pushed && carried && scanned.cache)
                    scanned.cache.readText = carried[1];
                recorded = appended.added.length;
                stateCommit = appended.pushed ? appended.commit : null;
                projection = appended.projection;
                // Our own append moved the branch past the commit the cache was read at: build the cache's commit on it, not on a stale head.
                if (appended.pushed && appended.commit && scanned.cache && scanned.cache.readAt === snapshot.commit)
                    scanned.cache.readAt = appended.commit;
                ctx.progress?.(recorded
                    ? `Recorded ${recorded} event(s)${appended.pushed ? ` in ${appended.commit?.slice(0, 12)}` : dryRun ? ' [dry run]' : ''}.`
                    : 'Nothing new to record: another run recorded the same facts first.');
            }
            else
                ctx.progress?.('Nothing new to record: the state already holds every conflict and divergence this scan saw.');
        }
        if (options.notify === 'pr' && !dryRun)
            notices = await notifyPullRequests(report, changes.previous, { token: options.token, label: options.label, projection: projection ?? snapshot.projection }, ctx);
    }
    else if (partial && options.notify === 'pr')
        ctx.logger.notice('notify: pr is done by the step that merges the shard reports');
    clock.lap('recording');
    await scanned.saveCache?.();
    // Run in an agent's checkout (the CLI), the scan just fetched its siblings: check-path's cache follows (never fails the scan).
    if (ctx.cliScript && !options.mergeReports)
        await (0,check_path/* refreshAfterFetch */.U0)(ctx.cwd, deps.remote, deps.config.branches, ctx.now(), ctx.localRoleFile === true, options.checkout);
    clock.lap('cache');
    return {
        report,
        reportPath: reportPath.path,
        reportText,
        conflictCount: report.summary.conflicted,
        newConflicts,
        resolvedConflicts,
        recorded,
        stateCommit,
        notices,
        dryRun,
        projection,
        causes: traced.causes,
        causeNotices: traced.notices,
        timings: clock.timings(),
    };
}
/** Every agent branch on the remote now, whatever the scan was narrowed to; undefined when the remote cannot be listed. */
async function presentBranches(deps) {
    try {
        return new Set((await (0,agent_branches/* listAgentBranches */.Sp)(deps.git, deps.remote, deps.config.branches)).map((b) => b.name));
    }
    catch (error) {
        deps.ctx.logger.warning(`cannot list the agent branches of ${deps.remote} to find deleted ones: ${(0,errors/* messageOf */.bD)(error)}`);
        return undefined;
    }
}
/** Writes the report; its text, as written. */
function writeReport(target, report, given) {
    const text = `${JSON.stringify(report, null, 2)}\n`;
    try {
        (0,confine_path/* writeConfined */.ic)(target.root, target.path, text, 'report-path');
        return text;
    }
    catch (error) {
        if (!given || error instanceof errors/* InputError */.dz)
            throw error;
        throw new errors/* InputError */.dz(`report-path ${(0,quote/* quote */.hD)(given)} cannot be written: ${(0,errors/* messageOf */.bD)(error)}; expected a file path in a writable folder`);
    }
}
/** The agent branches (and the state branch's commit when this clone has it) from one ls-remote. */
async function listScanBranches(options, deps) {
    const { git, remote, config, ctx, store } = deps;
    ctx.progress?.(`Listing agent branches on ${remote} (${config.branches.pattern})...`);
    return (0,agent_branches/* fetchScanBranches */.Uq)(git, remote, config.branches, options.branches, (gone) => ctx.logger.warning(`branch ${gone} was deleted from ${remote} while the scan started: it is skipped`), 
    // Only the state of the same remote: a store kept elsewhere fetches its own.
    store.remote === remote ? { branch: store.branch, ref: store.privateRef } : undefined);
}
async function scan(options, deps, clock, listed, stateRead) {
    const { git, remote, config, ctx } = deps;
    const branches = listed.branches;
    if (branches.length === 0) {
        ctx.logger.warning(`no agent branch on ${remote} matches ${config.branches.pattern}${options.branches.length ? ` and branches: ${options.branches.join(', ')}` : ''}; nothing to scan`);
    }
    // A shallow clone fetches into the refs being pinned: after the pin, not beside it.
    if (await git.isShallow())
        await listed.pinned;
    await ensureHistory(git, { remote, refs: branches.map((b) => b.name), logger: ctx.logger });
    clock.lap('refs');
    let pairs = (0,plan_pairs/* planPairs */.PG)(branches, { scope: options.scope });
    const total = pairs.length;
    if (options.shard)
        pairs = (0,shard/* shardPairs */.Q1)(pairs, options.shard.index, options.shard.count);
    ctx.progress?.(`Scanning ${pairs.length} pair(s)${options.shard ? ` (shard ${options.shard.index}/${options.shard.count} of ${total})` : ''} across ${branches.length} branch(es)...`);
    const cache = options.cache === false ? undefined : await loadVerdictCache(deps.store, git, ctx.logger, stateRead);
    clock.lap('cache');
    if (commitGraphPaysOff(pairs, cache))
        await ensureCommitGraph(git, ctx.logger, branches.map((b) => b.sha));
    clock.lap('merges');
    const progress = scanProgress(ctx);
    // Divergence the cache does not answer is walked with the pairs' history, when the scan walks it: one walk, not two.
    const base = listed.base;
    const divergencePlan = planDivergence(branches, { base });
    const sharedGraph = { tips: divergenceTips(divergencePlan, cache) };
    let results;
    try {
        results = await (0,scan_pairs/* scanPairs */.l)(git, pairs, {
            maxParallel: options.maxParallel,
            logger: ctx.logger,
            onProgress: progress.update,
            cache,
            clock,
            // Fetched and read back as commits a moment ago (fetchScanBranches): no need to check they exist.
            knownCommits: new Set(branches.map((b) => b.sha)),
            sharedGraph,
        });
    }
    finally {
        progress.stop();
    }
    const divergence = await measureDivergence(git, divergencePlan, options.maxParallel, cache, sharedGraph.graph);
    clock.lap('divergence');
    // The refs pinned while the commits were merged: set before trials, suggestions and the state's compare-and-swap read or move them.
    await listed.pinned;
    clock.lap('refs');
    const report = buildReport({ scannedAt: ctx.now(), scope: options.scope, shard: options.shard, branches, pairs: results, divergence });
    // A shard saw only its slice of the pairs, and dry runs write nothing. Saved after recording, so the
    // first scan of a repository (which creates the state branch) keeps its verdicts too.
    const whole = !(options.shard && options.shard.count > 1) && !deps.dryRun;
    const tips = new Set([...branches.map((b) => b.sha), ...(base ? [base.sha] : [])]);
    // A trial or resolver job runs branch code and writes nothing, not even a cache: the recording job keeps the verdicts.
    const writes = cache && whole && !options.trial && !options.suggest;
    const cacheText = writes ? verdictCacheText(cache, pairs, tips) : null;
    const keep = writes ? () => saveVerdictCache(deps.store, cache, pairs, tips, ctx.logger, cacheText) : undefined;
    const keepTrials = options.trial
        ? // With record: false (a trial job with a read-only token) nothing is written; the recording job keeps the results.
            await trialReport(report, options.trial, deps, { cache: options.cache !== false, keep: whole && options.record })
        : undefined;
    // After the trials: a resolver job runs branch code already, and the state (read above) answers unchanged pairs.
    if (options.suggest)
        await suggestReport(report, options.suggest, deps, stateRead.projection);
    return {
        report,
        // Every agent branch on the remote as listed for this scan (the glob-narrowed list is not that).
        present: listed.present,
        cache,
        ...(cacheText !== null ? { cacheFile: [VERDICT_CACHE_PATH, cacheText] } : {}),
        saveCache: keep || keepTrials
            ? async () => {
                await keep?.();
                await keepTrials?.();
            }
            : undefined,
    };
}
/** Reports of shards or of a trial job, combined; their trial results are kept in the trial cache when this run records. */
async function mergedReports(options, deps) {
    const claims = await loadReports(options.mergeReports, deps.ctx);
    // Reports are claims: checked against the repository, text verdicts and divergence computed again here.
    const checked = await checkReportClaims(claims, deps, { maxParallel: options.maxParallel, cache: options.cache !== false });
    const report = checked.report;
    const keep = options.cache !== false && options.record && report.trials?.fingerprint;
    return {
        report,
        saveCache: async () => {
            await checked.saveCache?.();
            if (keep)
                await keepTrialsOfReport(report, deps);
        },
    };
}
async function loadReports(pattern, ctx) {
    // An absolute pattern (e.g. under $RUNNER_TEMP) is searched from its fixed leading folder.
    const scanned = picomatch_default().scan(pattern);
    // A plain absolute file (no glob characters) is its folder and its name.
    const root = (0,external_node_path_.isAbsolute)(pattern) ? (scanned.isGlob ? scanned.base : (0,external_node_path_.dirname)(pattern)) : ctx.cwd;
    const glob = (0,external_node_path_.isAbsolute)(pattern) ? (scanned.isGlob ? scanned.glob : (0,external_node_path_.basename)(pattern)) : pattern;
    if (pattern.split(/[/\\]/).includes('..') || CONTROL.test(pattern))
        (0,confine_path/* confinePath */.ey)(pattern, 'merge-reports', ctx);
    if ((0,external_node_path_.isAbsolute)(pattern))
        (0,confine_path/* confineFolder */.Nb)(root, `merge-reports ${(0,quote/* quote */.hD)(pattern)}`, ctx);
    const files = await (0,find_files/* findFiles */.l)([glob], root, ctx.logger, { roots: ctx, what: 'merge-reports' });
    if (files.length === 0)
        throw new errors/* InputError */.dz(`merge-reports ${(0,quote/* quote */.hD)(pattern)} matched no report files under ${root}`);
    // The reports may come from a job that ran implementor code (trials): their shape is checked, never assumed.
    const reports = files.map((f) => {
        const path = (0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.join)(root, f);
        // Bounded before it is read: a report is written by another job, maybe one that ran branch code.
        const size = (0,external_node_fs_.statSync)(path).size;
        if (size > MAX_REPORT_BYTES)
            throw new errors/* InputError */.dz(`conflict report ${(0,quote/* quote */.hD)(f)} is ${size} bytes: expected at most ${MAX_REPORT_BYTES} (a report of a scan, not of every file)`);
        let data;
        try {
            data = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new errors/* InputError */.dz(`conflict report ${(0,quote/* quote */.hD)(f)} is not valid JSON: ${(0,errors/* messageOf */.bD)(error)}`);
        }
        const report = checkUntrustedReport(data, f);
        // A resolver job's suggestions ride on its pairs: checked as data here, made again and judged by publishSuggestions.
        const raw = data.pairs;
        report.pairs.forEach((p, i) => {
            const claim = raw[i]?.suggestion;
            if (claim !== undefined && p.status === 'conflicted')
                p.suggestion = claimedSuggestion(claim, `${(0,quote/* quote */.hD)(f)} pairs[${i}]`);
        });
        return { file: f, report };
    });
    ctx.progress?.(`Checking ${reports.length} report(s) against the repository...`);
    return reports;
}


/***/ }),

/***/ 3471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ switchBranch),
/* harmony export */   II: () => (/* binding */ showFile),
/* harmony export */   PZ: () => (/* binding */ mergeNoCommit),
/* harmony export */   VC: () => (/* binding */ push),
/* harmony export */   fi: () => (/* binding */ commitAll),
/* harmony export */   mj: () => (/* binding */ fetchAll),
/* harmony export */   oL: () => (/* binding */ pushCommitsTo)
/* harmony export */ });
/**
 * The porcelain a person uses in a checkout: switching branches, committing
 * everything, pushing. These touch the working tree, the index and HEAD, so
 * only a repository of our own (the demo's) is given to them, never the user's.
 */
/** Switches to `branch`; with `startPoint`, (re)creates it there first. */
async function switchBranch(git, branch, startPoint) {
    await git.run(startPoint === undefined ? ['checkout', '-q', branch] : ['checkout', '-q', '-B', branch, startPoint]);
}
/** Stages every change of the working tree and commits it. */
async function commitAll(git, message) {
    await git.run(['add', '-A']);
    await git.run(['commit', '-q', '-m', message]);
}
/** `git push -q <remote> <refspec>`. */
async function push(git, remote, refspec) {
    await git.run(['push', '-q', remote, refspec]);
}
/** `git fetch -q <remote>` with its configured refspecs. */
async function fetchAll(git, remote) {
    await git.run(['fetch', '-q', remote]);
}
/** What `git show <rev>:<path>` prints: the file's text, trailing newline removed. */
async function showFile(git, rev, path) {
    return git.run(['show', `${rev}:${path}`]);
}
/** Copies commits (and their history) into the repository at `target` under the refs of `refspecs` (`<sha>:<ref>`); no hook runs. */
async function pushCommitsTo(git, target, refspecs) {
    await git.run(['push', '-q', '--no-verify', target, ...refspecs]);
}
/**
 * `git merge --no-commit --no-ff` of `theirs` into the checked-out branch, with the conflict style
 * `style`: true when it conflicted (the files then hold markers, the index the stages), false when clean.
 */
async function mergeNoCommit(git, theirs, style, env = {}) {
    const r = await git.exec(['-c', `merge.conflictStyle=${style}`, 'merge', '-q', '--no-commit', '--no-ff', '--no-edit', theirs], {
        allowedExitCodes: [0, 1],
        env,
    });
    return r.exitCode === 1;
}


/***/ }),

/***/ 682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ mergePullRequestBody),
/* harmony export */   NZ: () => (/* binding */ sameBody)
/* harmony export */ });
/* unused harmony exports BODY_BEGIN, BODY_END, MAX_BODY_CHARS */
/**
 * A pull request body is shared between us and people: we own only the text between two hidden
 * markers and keep everything a person wrote around them.
 */
const BODY_BEGIN = '<!-- agent-orchestrator:begin -->';
const BODY_END = '<!-- agent-orchestrator:end -->';
/** GitHub refuses a body longer than this many characters. */
const MAX_BODY_CHARS = 65536;
const TRUNCATED = '\n\n_(truncated: the generated text is too long for a pull request body)_';
/** The body to write: `existing` with its generated block replaced (or appended) by `generated`. */
function mergePullRequestBody(existing, generated) {
    const current = normaliseNewlines(existing ?? '');
    const begin = current.indexOf(BODY_BEGIN);
    const end = begin < 0 ? -1 : current.indexOf(BODY_END, begin + BODY_BEGIN.length);
    let before;
    let after;
    if (begin >= 0 && end >= 0) {
        before = current.slice(0, begin);
        after = current.slice(end + BODY_END.length);
    }
    else if (current.trim() === '') {
        before = '';
        after = '';
    }
    else {
        // A person removed (or broke) the markers: keep all their text and add a fresh block after it.
        before = `${current.trimEnd()}\n\n`;
        after = '';
    }
    const room = MAX_BODY_CHARS - before.length - after.length;
    return `${before}${generatedBlock(generated, room)}${after}`;
}
/** True when two bodies are the same once GitHub's CRLF line endings and trailing space are ignored. */
function sameBody(a, b) {
    return normaliseNewlines(a ?? '').trimEnd() === normaliseNewlines(b ?? '').trimEnd();
}
function generatedBlock(generated, room) {
    // Generated text can quote user content; a marker inside it would cut our block short next time.
    let text = normaliseNewlines(generated)
        .trim()
        .replace(/<!--\s*agent-orchestrator:/g, '<!-- (quoted) agent-orchestrator:');
    const overhead = BODY_BEGIN.length + BODY_END.length + 2;
    if (text.length + overhead > room) {
        text = text.slice(0, Math.max(0, room - overhead - TRUNCATED.length)) + TRUNCATED;
    }
    return `${BODY_BEGIN}\n${text}\n${BODY_END}`;
}
function normaliseNewlines(text) {
    return text.replace(/\r\n/g, '\n');
}


/***/ }),

/***/ 1216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ SECRET_NAME),
/* harmony export */   jf: () => (/* binding */ refuseTrialsInHoldingJob)
/* harmony export */ });
/* unused harmony export trialJobHoldings */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8103);


/**
 * Names that carry a secret, in a runner or a shell: GITHUB_TOKEN, NPM_TOKEN, NODE_AUTH_TOKEN, npm's
 * `_authToken`, AWS_SECRET_ACCESS_KEY, ACTIONS_ID_TOKEN_REQUEST_TOKEN, any *_PASSWORD or *_API_KEY.
 */
const SECRET_NAME = /(?:TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)(?:_|$)|SECRET/i;
/**
 * What the runner gives every JavaScript action step, whatever the workflow says: it reaches this run's
 * artifacts and cache only. Not a reason to refuse (no action could run trials), and hidden from the checks'
 * environment (run-checks.ts); a workflow must not restore a cache a trial job saved.
 */
const EVERY_ACTION_STEP = new Set(['ACTIONS_RUNTIME_TOKEN']);
/** Everything this job holds that branch code must not see, each named (never its value). */
async function trialJobHoldings(job) {
    const env = job.env ?? process.env;
    const held = [];
    if (job.record)
        held.push('record is true (the run would push to the state branch)');
    for (const name of job.secretInputs)
        held.push(`${name} is given`);
    // Inputs are named above by their option; every other variable by its name.
    const names = Object.keys(env)
        .filter((k) => env[k] && !k.startsWith('INPUT_') && !EVERY_ACTION_STEP.has(k) && SECRET_NAME.test(k))
        .sort();
    for (const name of names)
        held.push(`environment variable ${name}`);
    for (const entry of await (0,_git_config__WEBPACK_IMPORTED_MODULE_0__/* .credentialEntries */ .c)(job.git))
        held.push(`git configuration ${entry}`);
    return held;
}
/**
 * Trials run branch code, and every process of a job can read what the job holds: its environment, the
 * other processes' /proc/<pid>/environ, the checkout's .git/config. So they run only in a job that holds
 * nothing, and a job that holds anything is refused before any work (exit 2), saying what it holds.
 */
async function refuseTrialsInHoldingJob(job) {
    const held = await trialJobHoldings(job);
    if (held.length === 0)
        return;
    const what = job.subject?.what ?? `trial ${JSON.stringify(job.trial)} runs branch code`;
    const example = job.subject?.example ?? 'workflows-examples/conflict-trials.yml';
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what}, which can read everything its job holds, and this run holds: ${held.join('; ')}. ` +
        'Expected a job that holds nothing: permissions contents: read, actions/checkout with persist-credentials: false, ' +
        "token: '' and record: false (CLI: --record=false, no --token), no secret in its environment; it uploads its report, " +
        `and a second job that runs no branch code records it with merge-reports (see ${example})`);
}


/***/ })

};
