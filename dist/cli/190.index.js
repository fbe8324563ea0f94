export const id = 190;
export const ids = [190];
export const modules = {

/***/ 4190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sk: () => (/* binding */ CACHE_FILE),
  nn: () => (/* binding */ checkPaths),
  x5: () => (/* binding */ locate),
  a4: () => (/* binding */ locatedBy),
  U0: () => (/* binding */ refreshAfterFetch)
});

// UNUSED EXPORTS: repoPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(4952);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(8060);
// EXTERNAL MODULE: ./shared/conflicts/raw-path.ts
var raw_path = __webpack_require__(5314);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/git/git.ts
var git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(7061);
;// CONCATENATED MODULE: ./shared/check-path/caller.ts

/**
 * The caller's role, feature and branch by the one resolution every CLI
 * command uses: the checked-out branch when it is an agent branch, else the
 * local role file (read only when `readFile`: the CLI outside Actions). A
 * role file that contradicts the branch is an error naming both. Null when
 * neither tells.
 */
function resolveCaller(cwd, branch, naming, readFile = true) {
    const id = (0,role_source/* resolveAgentIdentity */._7)({ branch, naming, cwd, readFile });
    if (!id.role || !id.feature || !id.branch)
        return null;
    return { role: id.role, spec: id.feature, branch: id.branch };
}

// EXTERNAL MODULE: ./shared/git/quoted-path.ts
var quoted_path = __webpack_require__(8337);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(1470);
;// CONCATENATED MODULE: ./shared/check-path/patch-ranges.ts


/**
 * Every path `tip` changed since `base`, with the changed lines in `tip`'s
 * version. Paths are byte strings (latin1: one character per byte, see
 * conflicts/raw-path.ts), so names with spaces, line breaks or any other bytes
 * survive. The set of paths comes from `diff-tree -z` (exact bytes); the lines
 * from git's own zero-context patch, so they are what `git diff` says, not a
 * second opinion. A path with no hunk (mode change, empty file) has no ranges.
 */
async function changedPaths(git, base, tip) {
    const [names, patch] = await Promise.all([(0,diff/* diffTreeNames */.y1)(git, base, tip), (0,diff/* diffTreeZeroContext */.fG)(git, base, tip)]);
    const out = new Map();
    for (const name of names.toString('latin1').split('\0'))
        if (name)
            out.set(name, { ranges: [] });
    for (const [path, change] of parsePatch(patch.toString('latin1'))) {
        const known = out.get(path);
        if (known) {
            known.ranges.push(...change.ranges);
            if (change.binary)
                known.binary = true;
        }
    }
    return out;
}
/** Files of a `-U0` patch (latin1 text) → their hunks' line ranges in the new version. */
function parsePatch(text) {
    const out = new Map();
    const lines = text.split('\n');
    let oldPath = null;
    let current = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('diff --git ')) {
            oldPath = null;
            current = null;
        }
        else if (line.startsWith('--- ')) {
            oldPath = headerPath(line.slice(4), 'a/');
        }
        else if (line.startsWith('+++ ')) {
            const path = headerPath(line.slice(4), 'b/') ?? oldPath;
            if (path === null)
                continue;
            current = out.get(path) ?? { ranges: [] };
            out.set(path, current);
        }
        else if (line.startsWith('Binary files ')) {
            const path = binaryPath(line);
            if (path !== null)
                out.set(path, { ranges: [], binary: true });
        }
        else if (line.startsWith('@@ ') && current) {
            const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                continue;
            const removed = m[1] === undefined ? 1 : Number(m[1]);
            const start = Number(m[2]);
            const added = m[3] === undefined ? 1 : Number(m[3]);
            // An empty range (lines removed only) is the gap after line `start`: {start + 1, start}.
            current.ranges.push(added > 0 ? { start, end: start + added - 1 } : { start: start + 1, end: start });
            // Skip the hunk's own lines: a removed line "-- a/x" must not read as a header.
            let body = removed + added;
            while (body > 0 && i + 1 < lines.length) {
                const next = lines[i + 1];
                if (next.startsWith('\\')) {
                    i++;
                    continue;
                }
                if (!next.startsWith('+') && !next.startsWith('-'))
                    break;
                i++;
                body--;
            }
            while (i + 1 < lines.length && lines[i + 1].startsWith('\\'))
                i++;
        }
    }
    return out;
}
/** The path of a `---`/`+++` header (after the marker), or null for /dev/null. */
function headerPath(rest, prefix) {
    // git ends the name with a tab when it contains a space (for patch(1)); the tab itself would be quoted.
    const value = rest.endsWith('\t') ? rest.slice(0, -1) : rest;
    if (value === '/dev/null')
        return null;
    const name = value.startsWith('"') ? (0,quoted_path/* unquoteGitPath */.L)(value, 'latin1') : value;
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** "Binary files a/x and b/y differ": the new side's name (the old one for a deletion). */
function binaryPath(line) {
    const body = line.slice('Binary files '.length, line.length - ' differ'.length);
    const quotedNew = /(?:^| and )("b\/(?:[^"\\]|\\.)*")$/.exec(body);
    if (quotedNew)
        return (0,quoted_path/* unquoteGitPath */.L)(quotedNew[1], 'latin1').slice(2);
    const plainNew = / and b\/(.*)$/.exec(body);
    if (plainNew)
        return plainNew[1];
    const deleted = /^(?:"a\/((?:[^"\\]|\\.)*)"|a\/(.*)) and \/dev\/null$/.exec(body);
    if (deleted)
        return deleted[1] !== undefined ? (0,quoted_path/* unquoteGitPath */.L)(`"a/${deleted[1]}"`, 'latin1').slice(2) : deleted[2];
    return null;
}

// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(3257);
;// CONCATENATED MODULE: ./shared/check-path/sibling-cache.ts








/**
 * The caller's siblings and their tips, from one `for-each-ref`: the
 * remote-tracking refs (`git fetch`) and the private refs check-conflicts
 * fetches into. When both know a branch, the newer commit wins.
 */
async function siblingTips(git, remote, naming, caller) {
    const literal = naming.pattern.slice(0, naming.pattern.indexOf('{'));
    const roots = [`${git_remote/* PRIVATE_PREFIX */.$t}${literal}`];
    const named = (0,git_remote/* isRemoteName */.wB)(remote);
    if (named)
        roots.unshift(`refs/remotes/${remote}/${literal}`);
    const out = await (0,refs/* listRefs */.Dy)(git, '%(objectname) %(committerdate:unix) %(refname)', roots);
    const best = new Map();
    for (const line of out.split('\n')) {
        const m = /^([0-9a-f]{40,64}) (\d+) (.+)$/.exec(line);
        if (!m)
            continue;
        const ref = m[3];
        const name = ref.startsWith(git_remote/* PRIVATE_PREFIX */.$t) ? ref.slice(git_remote/* PRIVATE_PREFIX */.$t.length) : ref.slice(`refs/remotes/${remote}/`.length);
        const parsed = (0,branch_pattern/* parseBranch */.Qd)(naming, name);
        if (!parsed || parsed.spec !== caller.spec || name === caller.branch)
            continue;
        const time = Number(m[2]);
        const known = best.get(name);
        if (!known || time > known.time)
            best.set(name, { tip: m[1], time, role: parsed.role, ref });
    }
    return [...best.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([branch, v]) => ({ branch, role: v.role, tip: v.tip, ref: v.ref }));
}
/** The cache file, or null when it is missing, unreadable or for another agent (then it is rebuilt). */
function readCache(path, caller) {
    try {
        const cache = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (cache.version !== 1 || cache.spec !== caller.spec || cache.agent !== caller.branch || !Array.isArray(cache.siblings))
            return null;
        return cache;
    }
    catch {
        return null;
    }
}
/** Written whole to a temporary file then renamed: a reader never sees half a cache, two writers never mix. */
function writeCache(path, cache) {
    // It lives in <git folder>/orchestrator/ (CACHE_FILE): written through the one gate, no link followed.
    (0,confine_path/* replaceConfined */.ro)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(path)), path, `${JSON.stringify(cache)}\n`);
}
/**
 * Brings the cache up to the current tips and HEAD, touching only what moved:
 * an entry whose sibling tip and HEAD are unchanged is used as is (no git
 * call); a new HEAD costs one `merge-base` per sibling, and a diff only when
 * the base changed; a moved tip costs one merge base and one diff of that pair.
 */
async function updateCache(git, previous, tips, head, caller, now) {
    const stats = { diffed: [], rebased: [] };
    const old = new Map((previous?.siblings ?? []).map((s) => [s.branch, s]));
    const keep = await keptBases(git, head, tips, old);
    const siblings = await Promise.all(tips.map(async (t) => {
        const known = old.get(t.branch);
        if (known && known.tip === t.tip && known.head === head)
            return known;
        const base = known && keep.has(t.branch) ? known.base : await git.mergeBase(head, t.tip);
        if (known && known.tip === t.tip && known.base === base) {
            stats.rebased.push(t.branch);
            return { ...known, head };
        }
        stats.diffed.push(t.branch);
        return { branch: t.branch, role: t.role, tip: t.tip, head, base, paths: base ? await pathsOf(git, base, t.tip) : {} };
    }));
    const changed = !previous || stats.diffed.length > 0 || stats.rebased.length > 0 || previous.siblings.length !== siblings.length;
    const cache = {
        version: 1,
        spec: caller.spec,
        agent: caller.branch,
        builtAt: changed || !previous ? now.toISOString() : previous.builtAt,
        ...(previous?.fetchedAt ? { fetchedAt: previous.fetchedAt } : {}),
        siblings,
    };
    return { cache, stats, changed };
}
/**
 * The siblings (same tip, entry taken at another HEAD) whose merge base cannot
 * have changed, found with two git calls instead of one merge base each: when
 * HEAD only gained commits of its own on top of the entries' HEAD (a chain
 * without merges: the agent committed), the common ancestors with a sibling are
 * the same unless the sibling has the first of those commits (it pulled from us).
 */
async function keptBases(git, head, tips, old) {
    const kept = new Set();
    const moved = tips.filter((t) => old.get(t.branch)?.tip === t.tip && old.get(t.branch).head !== head);
    const oldHead = moved.length ? old.get(moved[0].branch).head : null;
    if (!oldHead)
        return kept;
    const commits = await (0,git_history/* commitParents */.ZQ)(git, `${oldHead}..${head}`);
    // A merge, a root, or a HEAD that does not descend from the old one: every base is taken again.
    const first = commits?.find((c) => c[1] === oldHead);
    if (!commits || !first || commits.some((c) => c.length !== 2))
        return kept;
    const same = moved.filter((t) => old.get(t.branch).head === oldHead);
    const containing = new Set((await (0,refs/* listRefs */.Dy)(git, '%(refname)', same.map((t) => t.ref), { contains: first[0] })).split('\n'));
    for (const t of same)
        if (!containing.has(t.ref))
            kept.add(t.branch);
    return kept;
}
async function pathsOf(git, base, tip) {
    // No prototype: a file named "__proto__" or "constructor" is a key like any other.
    const out = Object.create(null);
    for (const [path, change] of await changedPaths(git, base, tip))
        out[path] = change.binary ? 'binary' : change.ranges.map((r) => [r.start, r.end]);
    return out;
}
/** What a sibling changed in `path` (a byte string), or null when it did not change it. */
function changeOf(entry, path) {
    if (!Object.hasOwn(entry.paths, path))
        return null;
    const value = entry.paths[path];
    return value === 'binary' ? { ranges: [], binary: true } : { ranges: value.map(([start, end]) => ({ start, end })), binary: false };
}
/** Modification time of a file as an ISO time, or null. */
function mtimeOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtime.toISOString();
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./shared/check-path/check-path.ts














const CACHE_FILE = 'orchestrator/sibling-changes.json';
async function locate(cwd) {
    const located = locatedBy(cwd, await (0,refs/* checkoutFacts */.yC)(new git/* Git */.TU(cwd), CACHE_FILE));
    if (!located)
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(cwd)} is not a git work tree with a commit checked out; check-path runs inside an agent's checkout`);
    return located;
}
/**
 * `locate` from `checkoutFacts`' lines for CACHE_FILE asked already (with the repository's first rev-parse:
 * `checkoutFactArgs`); null when they say this is no work tree with a commit checked out.
 */
function locatedBy(cwd, lines) {
    if (!lines || lines.length < 5 || !/^[0-9a-f]{40,64}$/.test(lines[3]))
        return null;
    let toplevel;
    try {
        toplevel = (0,external_node_fs_.realpathSync)(lines[0]);
    }
    catch {
        return null;
    }
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    return {
        git: new git/* Git */.TU(cwd),
        toplevel,
        cachePath: at(lines[1]),
        fetchHead: at(lines[2]),
        head: lines[3],
        branch: (0,validate/* branchOfRef */.V4)(lines[4]),
    };
}
/** A path named on the command line → its repository-relative bytes (latin1); outside the repository → exit 2. */
function repoPath(value, cwd, toplevel) {
    const absolute = (0,confine_path/* confinePath */.ey)((0,external_node_path_.resolve)(cwd, value), 'path', { cwd: toplevel, tempDir: toplevel }, { allowControls: true });
    const rel = (0,external_node_path_.relative)(toplevel, absolute);
    if (rel === '' || rel.startsWith('..'))
        throw new errors/* InputError */.dz(`path ${(0,quote/* quote */.hD)(value)} is not a file inside the repository (${toplevel})`);
    return Buffer.from(rel.split(external_node_path_.sep).join('/'), 'utf8').toString('latin1');
}
/** The caller's feature siblings and what they changed, from the cache (brought up to date with what moved). */
async function checkPaths(options) {
    // It reaches `git fetch` as an argument: an option in disguise (`-u…`) is refused before any git call.
    (0,git_remote/* validateRemote */.bR)(options.remote);
    const where = options.located ?? (await locate(options.cwd));
    const wanted = options.paths.map((p) => repoPath(p, options.cwd, where.toplevel));
    const naming = (await (0,config_source/* readConfig */.X)({ kind: 'work-tree', path: options.configPath }, { cwd: where.toplevel })).branches;
    const caller = resolveCaller(where.toplevel, where.branch, naming);
    if (!caller)
        throw new errors/* InputError */.dz(`cannot tell which feature this checkout works on: branch ${(0,quote/* quote */.hD)(where.branch ?? '(detached)')} is not an agent branch and .orchestrator/agent.local names none (run "orchestrator agents setup")`);
    if (options.fetch)
        await fetchSiblings(where.git, options.remote, naming, caller);
    const { cache, stats } = await refresh(where, options.remote, naming, caller, options.now, Boolean(options.fetch));
    const answers = wanted.map((bytes) => {
        const hits = [];
        for (const s of cache.siblings) {
            const change = s.base ? changeOf(s, bytes) : null;
            if (change)
                hits.push({ branch: s.branch, role: s.role, tip: s.tip, base: s.base, ...change });
        }
        return { ...(0,raw_path/* displayPath */.Gt)(bytes), siblings: hits };
    });
    const fetchHead = mtimeOf(where.fetchHead);
    const fetchedAt = [cache.fetchedAt, fetchHead]
        .filter((t) => Boolean(t))
        .sort()
        .pop() ?? null;
    const since = Date.parse(fetchedAt ?? cache.builtAt);
    return {
        caller,
        answers,
        collision: answers.some((a) => a.siblings.length > 0),
        siblings: cache.siblings.map((s) => ({ branch: s.branch, tip: s.tip, role: s.role })),
        data: { fetchedAt, builtAt: cache.builtAt, ageSeconds: Math.max(0, Math.round((options.now.getTime() - since) / 1000)) },
        stats,
    };
}
async function refresh(where, remote, naming, caller, now, fetched) {
    const tips = await siblingTips(where.git, remote, naming, caller);
    const previous = readCache(where.cachePath, caller);
    const updated = await updateCache(where.git, previous, tips, where.head, caller, now);
    if (fetched)
        updated.cache.fetchedAt = now.toISOString();
    if (updated.changed || fetched)
        writeCache(where.cachePath, updated.cache);
    return updated;
}
/** One `git fetch` of the feature's branches: remote-tracking refs for a named remote, else our private refs. */
async function fetchSiblings(git, remote, naming, caller) {
    const glob = (0,branch_pattern/* branchGlob */.Fx)(naming, caller.spec);
    const named = (0,git_remote/* isRemoteName */.wB)(remote);
    const dst = named ? `refs/remotes/${remote}/${glob}` : (0,git_remote/* privateRef */.Lv)(glob);
    await (0,git_remote/* fetchPruned */.BF)(git, remote, `+refs/heads/${glob}:${dst}`);
}
/**
 * Refreshes the cache after something else fetched the branches (check-conflicts):
 * nothing when this checkout is not an agent's. Never throws: the scan must not
 * fail because of a side cache.
 */
async function refreshAfterFetch(cwd, remote, naming, now, readRoleFile, 
/** What the caller found already (`locatedBy`; null: not a checkout); undefined: asked here. */
located) {
    try {
        const where = located === undefined ? await locate(cwd) : located;
        if (!where)
            return null;
        const caller = resolveCaller(where.toplevel, where.branch, naming, readRoleFile);
        if (!caller)
            return null;
        return (await refresh(where, remote, naming, caller, now, true)).stats;
    }
    catch {
        return null;
    }
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

/***/ 198:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3768);





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
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.path} and ${second.path} disagree: ${key} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(a ?? '(none)')} versus ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!KEYS.includes(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: unknown key ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .specIdProblem */ .Gr)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
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
