export const id = 879;
export const ids = [879];
export const modules = {

/***/ 3879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hooksCommand: () => (/* binding */ hooksCommand)
});

;// CONCATENATED MODULE: ./shared/git-hooks/hook-script.ts
/** The git hook `orchestrator hooks install` writes, and how it is recognised. */
const HOOK_NAME = 'pre-push';
const MARKER = '# agent-orchestrator pre-push hook';
/** The marker of the post-commit hook older versions installed (it published unpushed commits). */
const OLD_MARKER = '# agent-orchestrator post-commit hook';
/** Where a hook that was there before ours is kept (and run first) after `install --force`. */
const BACKUP_SUFFIX = '.before-orchestrator';
/**
 * A pre-push hook: it records only what reaches the remote. For each branch the push
 * sends, a background job waits (up to two minutes) until the remote has the pushed
 * commit, then runs `orchestrator sync-status` for that branch, which reads it from the
 * remote; a push that fails records nothing. The CLI is found in the repository's
 * node_modules/.bin (installed with npm) or on PATH, never by a path to one checkout.
 * A hook that was there before is run first, with the same input, and can still stop the push.
 */
function hookScript() {
    return [
        '#!/bin/sh',
        MARKER,
        '# Records task progress (task ids in commit messages) for the branches this push sends, once the',
        '# remote has them. Runs in the background so pushing never waits; output: .git/orchestrator-sync.log.',
        'input=$(cat)',
        `previous="$(git rev-parse --git-path hooks/${HOOK_NAME})${BACKUP_SUFFIX}"`,
        'if [ -x "$previous" ]; then',
        '  printf \'%s\\n\' "$input" | "$previous" "$@" || exit $?',
        'fi',
        'remote="$1"',
        'log="$(git rev-parse --git-dir)/orchestrator-sync.log"',
        'top="$(git rev-parse --show-toplevel)"',
        'if [ -x "$top/node_modules/.bin/orchestrator" ]; then',
        '  cli="$top/node_modules/.bin/orchestrator"',
        'elif command -v orchestrator >/dev/null 2>&1; then',
        '  cli=orchestrator',
        'else',
        '  echo "orchestrator hook: the orchestrator CLI is neither in $top/node_modules/.bin nor on PATH; nothing recorded" >>"$log"',
        '  exit 0',
        'fi',
        'printf \'%s\\n\' "$input" | while read -r local_ref local_sha remote_ref remote_sha; do',
        '  case "$remote_ref" in refs/heads/*) ;; *) continue ;; esac',
        '  case "$local_sha" in *[!0]*) ;; *) continue ;; esac # a deleted branch',
        '  branch="${remote_ref#refs/heads/}"',
        '  (',
        '    i=0',
        '    while [ "$i" -lt 60 ]; do',
        '      if [ "$(git ls-remote "$remote" "$remote_ref" | cut -f1)" = "$local_sha" ]; then',
        '        "$cli" sync-status --remote "$remote" --branch "$branch" >>"$log" 2>&1',
        '        exit 0',
        '      fi',
        '      i=$((i + 1))',
        '      sleep 2',
        '    done',
        '    echo "orchestrator hook: $branch did not reach $remote at $local_sha; nothing recorded" >>"$log"',
        '  ) </dev/null >/dev/null 2>&1 &',
        'done',
        'exit 0',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
;// CONCATENATED MODULE: ./shared/git-hooks/hooks.ts







async function hookPath(git, cwd, name) {
    const rel = await (0,refs/* gitPath */.C8)(git, `hooks/${name}`);
    return (0,external_node_path_.isAbsolute)(rel) ? rel : (0,external_node_path_.join)(cwd, rel);
}
function read(path) {
    return (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : null;
}
/** Installs our pre-push hook in the repository at `cwd`; a hook that is not ours is kept and run first only with `force`. */
async function installPrePushHook(cwd, force) {
    const git = await git_git/* Git */.TU.open(cwd);
    const path = await hookPath(git, cwd, HOOK_NAME);
    const backup = `${path}${BACKUP_SUFFIX}`;
    const existing = read(path);
    const ours = existing?.includes(MARKER) ?? false;
    let backedUp = false;
    if (existing && !ours) {
        if (!force)
            throw new errors/* InputError */.dz(`${(0,quote/* quote */.h)(path)} already exists and is not ours; pass --force to keep it as ${(0,quote/* quote */.h)(backup)} and run it before ours`);
        if ((0,external_node_fs_.existsSync)(backup))
            throw new errors/* InputError */.dz(`${(0,quote/* quote */.h)(backup)} already exists: move it or ${(0,quote/* quote */.h)(path)} away first, so that neither hook is lost`);
        (0,external_node_fs_.renameSync)(path, backup);
        (0,external_node_fs_.chmodSync)(backup, 0o755);
        backedUp = true;
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, hookScript());
    (0,external_node_fs_.chmodSync)(path, 0o755);
    // The post-commit hook of older versions recorded commits before they were pushed.
    const old = await hookPath(git, cwd, 'post-commit');
    const removedOld = read(old)?.includes(OLD_MARKER) ?? false;
    if (removedOld)
        (0,external_node_fs_.rmSync)(old);
    return { path, backup: backedUp ? backup : null, removedOld, old };
}
/** Removes our pre-push hook and puts back the one it was installed over; refuses a hook that is not ours. */
async function uninstallPrePushHook(cwd) {
    const git = await git_git/* Git */.TU.open(cwd);
    const path = await hookPath(git, cwd, HOOK_NAME);
    const backup = `${path}${BACKUP_SUFFIX}`;
    const existing = read(path);
    const ours = existing?.includes(MARKER) ?? false;
    if (existing && !ours)
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.h)(path)} is not our hook; left as it is`);
    if (existing)
        (0,external_node_fs_.rmSync)(path);
    const restored = existing !== null && (0,external_node_fs_.existsSync)(backup);
    if (restored)
        (0,external_node_fs_.renameSync)(backup, path);
    return { path, removed: Boolean(existing), restored };
}
function describeInstalled(r) {
    return [
        `Installed ${r.path}: each push records the task progress of the pushed branches once the remote has them (log: .git/orchestrator-sync.log).`,
        ...(r.backup ? [`The hook that was there is kept as ${r.backup} and runs first.`] : []),
        ...(r.removedOld ? [`Removed the old post-commit hook of agent-orchestrator (${r.old}).`] : []),
        'The hook runs node_modules/.bin/orchestrator of this repository, or orchestrator on PATH.',
    ].join('\n');
}
function describeUninstalled(r) {
    return r.removed
        ? `Removed ${r.path}${r.restored ? ` and put back the hook that was there before` : ''}`
        : 'No hook of ours was installed';
}

;// CONCATENATED MODULE: ./shared/commands/hooks.ts


const hooksCommand = {
    name: 'hooks',
    summary: 'Install (or remove) a git pre-push hook that records task progress for each pushed branch once the remote has it (sync-status), so only pushed work is recorded.',
    options: [
        {
            name: 'action',
            type: 'string',
            required: true,
            positional: 0,
            choices: ['install', 'uninstall'],
            description: 'install or uninstall.',
        },
        {
            name: 'force',
            type: 'boolean',
            default: 'false',
            description: `Install over a pre-push hook that is not ours: it is kept as pre-push${BACKUP_SUFFIX} and run first (uninstall puts it back).`,
        },
    ],
    outputs: [],
    async run(values, ctx) {
        if (values.string('action') === 'uninstall') {
            const r = await uninstallPrePushHook(ctx.cwd);
            return { exitCode: 0, outputs: {}, text: describeUninstalled(r), json: r };
        }
        const r = await installPrePushHook(ctx.cwd, values.bool('force'));
        return { exitCode: 0, outputs: {}, text: describeInstalled(r), json: { path: r.path, backup: r.backup, removedOld: r.removedOld } };
    },
};


/***/ }),

/***/ 1277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   _5: () => (/* binding */ headId),
/* harmony export */   ar: () => (/* binding */ toplevel),
/* harmony export */   bU: () => (/* binding */ updateRefIfAt),
/* harmony export */   dN: () => (/* binding */ symbolicHead),
/* harmony export */   g7: () => (/* binding */ treeOf),
/* harmony export */   jq: () => (/* binding */ deleteRef),
/* harmony export */   mJ: () => (/* binding */ objectIdOf),
/* harmony export */   n9: () => (/* binding */ objectFormat),
/* harmony export */   yC: () => (/* binding */ checkoutFacts)
/* harmony export */ });
/**
 * `rev-parse`, `symbolic-ref`, `update-ref` and `for-each-ref`: naming
 * commits, refs and the repository's own files. Each verb runs exactly the
 * command its callers ran before it had a name.
 */
/** Where git keeps `path` (`rev-parse --git-path`), as git prints it: relative to the repository folder unless absolute. */
async function gitPath(git, path) {
    return git.run(['rev-parse', '--git-path', path]);
}
/** The root of the working tree the repository folder is in. */
async function toplevel(git) {
    return (await git.run(['rev-parse', '--show-toplevel'])).trim();
}
/** `sha1` or `sha256`, as git names the repository's object format. */
async function objectFormat(git) {
    return git.run(['rev-parse', '--show-object-format']);
}
/** The commit HEAD is at (throws when there is none). */
async function headId(git) {
    return git.run(['rev-parse', 'HEAD']);
}
/** The short name of the branch HEAD points at; empty when HEAD is detached. */
async function symbolicHead(git) {
    return (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })).stdout.trim();
}
/** The object id `spec` names (`<commit>:<path>` for a tree or blob), or null when it names nothing. */
async function objectIdOf(git, spec) {
    const r = await git.exec(['rev-parse', '--verify', '--quiet', spec], { allowedExitCodes: [0, 1, 128] });
    return r.exitCode === 0 ? r.stdout.trim() : null;
}
/** The tree of a commit (throws when `sha` names none). */
async function treeOf(git, sha) {
    return git.run(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`]);
}
/** Moves `ref` to `value` only if it is still at `expected` ('' : only if absent); a lost race is not an error, the ref just stays. */
async function updateRefIfAt(git, ref, value, expected) {
    await git.exec(['update-ref', ref, value, expected], { allowedExitCodes: [0, 1, 128] });
}
/** Removes `ref`; one that is already gone is not an error. */
async function deleteRef(git, ref) {
    await git.exec(['update-ref', '-d', ref], { allowedExitCodes: [0, 1] });
}
/** `for-each-ref --format=<format>` over the patterns, one line per ref (only refs whose commit contains `contains`, when given). */
async function listRefs(git, format, patterns, options = {}) {
    const contains = options.contains === undefined ? [] : ['--contains', options.contains];
    return git.run(['for-each-ref', ...contains, `--format=${format}`, ...patterns]);
}
/**
 * What a hook needs to know of a checkout, with one process: the working
 * tree's root, where `cacheFile` and FETCH_HEAD are kept, the commit HEAD is
 * at and the ref it names (`HEAD` when detached). Null outside a repository.
 */
async function checkoutFacts(git, cacheFile) {
    const r = await git.exec(['rev-parse', '--show-toplevel', '--git-path', cacheFile, '--git-path', 'FETCH_HEAD', 'HEAD', '--symbolic-full-name', 'HEAD'], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\n') : null;
}


/***/ })

};
