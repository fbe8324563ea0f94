export const id = 133;
export const ids = [133];
export const modules = {

/***/ 3133:
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
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(8060);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
;// CONCATENATED MODULE: ./shared/git-hooks/hooks.ts







/** Where git runs hook `name` (core.hooksPath respected), and the folder below which it is written without following a link. */
async function hookPath(git, name) {
    return (0,refs/* gitFile */.PP)(git, `hooks/${name}`);
}
function read(target) {
    return (0,confine_path/* readConfined */.Hz)(target.root, target.path, 'hook');
}
/** Installs our pre-push hook in the repository at `cwd`; a hook that is not ours is kept and run first only with `force`. */
async function installPrePushHook(cwd, force) {
    const git = await git_git/* Git */.TU.open(cwd);
    const hook = await hookPath(git, HOOK_NAME);
    const path = hook.path;
    const backup = `${path}${BACKUP_SUFFIX}`;
    const existing = read(hook);
    (0,confine_path/* confineWrite */._P)(hook.root, backup, 'hook');
    const ours = existing?.includes(MARKER) ?? false;
    let backedUp = false;
    if (existing && !ours) {
        if (!force)
            throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(path)} already exists and is not ours; pass --force to keep it as ${(0,quote/* quote */.hD)(backup)} and run it before ours`);
        if ((0,external_node_fs_.existsSync)(backup))
            throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(backup)} already exists: move it or ${(0,quote/* quote */.hD)(path)} away first, so that neither hook is lost`);
        (0,external_node_fs_.renameSync)(path, backup);
        (0,external_node_fs_.chmodSync)(backup, 0o755);
        backedUp = true;
    }
    (0,confine_path/* writeConfined */.ic)(hook.root, path, hookScript(), 'hook', { mode: 0o755 });
    (0,external_node_fs_.chmodSync)(path, 0o755);
    // The post-commit hook of older versions recorded commits before they were pushed.
    const old = await hookPath(git, 'post-commit');
    const removedOld = read(old)?.includes(OLD_MARKER) ?? false;
    if (removedOld)
        (0,external_node_fs_.rmSync)(old.path);
    return { path, backup: backedUp ? backup : null, removedOld, old: old.path };
}
/** Removes our pre-push hook and puts back the one it was installed over; refuses a hook that is not ours. */
async function uninstallPrePushHook(cwd) {
    const git = await git_git/* Git */.TU.open(cwd);
    const hook = await hookPath(git, HOOK_NAME);
    const path = hook.path;
    const backup = `${path}${BACKUP_SUFFIX}`;
    const existing = read(hook);
    const ours = existing?.includes(MARKER) ?? false;
    if (existing && !ours)
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(path)} is not our hook; left as it is`);
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

/***/ 8060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ readConfined),
/* harmony export */   Nb: () => (/* binding */ confineFolder),
/* harmony export */   Sr: () => (/* binding */ confineOutput),
/* harmony export */   _P: () => (/* binding */ confineWrite),
/* harmony export */   eo: () => (/* binding */ makeFoldersConfined),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   ic: () => (/* binding */ writeConfined),
/* harmony export */   ro: () => (/* binding */ replaceConfined)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3768);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1672);





const CONTROL = (0,_text_controls__WEBPACK_IMPORTED_MODULE_2__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_2__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_2__/* .DEL */ .IY]);
/**
 * The one gate for every path an input names (report-path, junit and
 * merge-reports globs, config, export files): the path, after every symlink
 * is followed, must lie inside the workspace or the temporary folder and not
 * inside a `.git` folder; `..` is refused outright, since `link/..` means
 * something else to the kernel than to a string normaliser. Returns the
 * absolute path to use. Refusals are InputErrors (exit 2), raised before
 * anything is written; the message names the input and the value.
 */
function confinePath(value, what, roots, options = {}) {
    const refuse = (why) => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`);
    };
    if (typeof value !== 'string' || value.trim() === '')
        refuse('it is empty');
    if (!options.allowControls && CONTROL.test(value))
        refuse('it contains control characters');
    if (value.includes('\u0000'))
        refuse('it contains a NUL character');
    if (value.split(/[/\\]/).includes('..'))
        refuse('it contains ".."');
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.cwd, value);
    const real = realPathOf(absolute);
    const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
    if (!inside)
        refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real)}, outside the allowed folders`);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(inside, real)
        .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
        .some((segment) => segment.toLowerCase() === '.git'))
        refuse('it points into a .git folder');
    const stat = statOrNull(real);
    if (options.mustExist && !stat)
        refuse('no such file');
    if (stat && !stat.isFile())
        refuse(`it is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}`);
    return real;
}
/**
 * Checks a folder that a glob is walked from (junit, merge-reports): it must
 * resolve inside the allowed folders. Returns its real path, or null when it
 * does not exist (nothing to walk).
 */
function confineFolder(folder, what, roots) {
    const real = realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder));
    if (!statOrNull(real))
        return null;
    const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(`${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
    if (!inside ||
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(inside, real)
            .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
            .some((s) => s.toLowerCase() === '.git')) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: folder ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(folder)} leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`);
    }
    return real;
}
function allowedRoots(roots) {
    return [roots.cwd, roots.tempDir].map((r) => realPathOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r)));
}
/** The real path: symlinks of the deepest existing ancestor resolved, the missing rest appended as is. */
function realPathOf(absolute) {
    let existing = absolute;
    const rest = [];
    while (!statOrNull(existing)) {
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift(existing.slice(parent.length).replace(/^[/\\]+/, ''));
        existing = parent;
    }
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(existing);
    }
    catch {
        // A dangling symlink: where it points is not known to be safe.
        real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(existing, '\u0000dangling');
    }
    return rest.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, ...rest) : real;
}
/** lstat, or null when nothing is there (a real path has no symlinks left, so lstat is stat there). */
function statOrNull(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch {
        return null;
    }
}
/**
 * The one gate for every file we create or change inside a checkout or a git
 * folder (agents setup's settings, guides, role file, `.git/info/exclude`,
 * caches, logs, reports, pages): `path` (absolute, or relative to `root`) must
 * lie inside `root`, and every component below `root` is lstat'ed: a symbolic
 * link anywhere on the way or at the leaf (a dangling one too: its target is
 * never created) is refused, so is a folder or a device where a file belongs.
 * `root` itself is ours (the checkout's top level, the git folder). Returns
 * the absolute path; InputError (exit 2) naming the path otherwise.
 */
function confineWrite(root, path, what = 'file', given) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, absolute);
    const shown = (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(given ?? absolute);
    const refuse = (why) => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${shown} cannot be written: ${why}; nothing was written`);
    };
    if (CONTROL.test(absolute))
        refuse('its path contains control characters');
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        refuse(`it is not inside ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(root)}`);
    const parts = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    let at = root;
    for (const [i, part] of parts.entries()) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        const stat = statOrNull(at);
        if (!stat)
            break;
        const leaf = i === parts.length - 1;
        if (stat.isSymbolicLink())
            refuse(`${at === absolute ? 'it' : (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one; replace it with a real ${leaf ? 'file' : 'folder'} or remove it`);
        if (!leaf && !stat.isDirectory())
            refuse(`${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is not a folder`);
        if (leaf && stat.isDirectory())
            refuse('it is a folder, where a file belongs; move it away');
        if (leaf && !stat.isFile())
            refuse('it is not a regular file');
    }
    return absolute;
}
/** The text of a file we are about to change, read through the same gate (no link followed), or null when it does not exist. */
function readConfined(root, path, what = 'file') {
    const absolute = confineWrite(root, path, what);
    if (!statOrNull(absolute))
        return null;
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute, 'utf8');
}
/**
 * Writes `text` to `path` below `root` after confineWrite: missing folders are
 * made one at a time (each checked again once made), and the file is opened
 * with O_NOFOLLOW, so a link planted between the check and the write fails
 * instead of being followed.
 */
function writeConfined(root, path, text, what = 'file', options = {}) {
    const absolute = confineWrite(root, path, what);
    makeFoldersConfined(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute), what);
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | (options.append ? node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolute, flags, options.mode ?? 0o666);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            confineWrite(root, path, what);
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(absolute)} could not be written: ${error.message}; nothing was written`);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return absolute;
}
/** Makes `folder` (inside `root`) and the missing folders above it, one at a time, refusing links on the way. */
function makeFoldersConfined(root, folder, what = 'folder') {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, folder));
    if (rel === '')
        return;
    let at = root;
    for (const part of rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        if (!statOrNull(at)) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(at);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
        }
        const stat = statOrNull(at);
        if (!stat || stat.isSymbolicLink() || !stat.isDirectory())
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is ${stat?.isSymbolicLink() ? `a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one` : 'not a folder'}; nothing was written`);
    }
}
function linkTarget(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path);
    }
    catch {
        return '?';
    }
}
/** Replaces `path` whole (a temporary file beside it, then a rename), through the same gate: readers never see half a file. */
function replaceConfined(root, path, text, what = 'file') {
    const absolute = confineWrite(root, path, what);
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeConfined(root, temporary, text, what);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, absolute);
    return absolute;
}
/**
 * A file an input names for us to write (report-path, export files, the dashboard folder): confinePath's
 * checks, and then no symbolic link between the allowed folder it lies in and the file (a link there could
 * point at a workflow or a config inside the workspace). Returns the folder and the path for writeConfined.
 */
function confineOutput(value, what, roots, options = {}) {
    const real = options.folder ? null : confinePath(value, what, roots);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.cwd, value);
    const root = [roots.cwd, roots.tempDir].map((r) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r)).find((r) => absolute.startsWith(r.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? r : `${r}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
    if (!root)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} is not allowed: it reaches ${real ? (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real) : 'the allowed folders'} through a symbolic link; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}) without links`);
    if (options.folder) {
        if (CONTROL.test(value) ||
            value.split(/[/\\]/).includes('..') ||
            (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, absolute)
                .split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)
                .some((s) => s.toLowerCase() === '.git'))
            confinePath(value, what, roots);
        for (let at = absolute; at !== root; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
            const stat = statOrNull(at);
            if (stat?.isSymbolicLink())
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} cannot be written: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one; nothing was written`);
        }
        return { root, path: absolute };
    }
    return { root, path: confineWrite(root, absolute, what, value) };
}


/***/ }),

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   EA: () => (/* binding */ updateRefs),
/* harmony export */   Ow: () => (/* binding */ repositoryFacts),
/* harmony export */   PP: () => (/* binding */ gitFile),
/* harmony export */   YW: () => (/* binding */ checkoutFactArgs),
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
    return git.objectFormat();
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
/** Sets every `ref` to its commit with one `update-ref --stdin` (one transaction: all or none). */
async function updateRefs(git, updates) {
    if (updates.length === 0)
        return;
    await git.run(['update-ref', '-z', '--stdin'], { input: updates.map(([ref, value]) => `update ${ref}\0${value}\0\0`).join('') });
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
    const r = await git.exec(['rev-parse', ...checkoutFactArgs(cacheFile)], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\n') : null;
}
/** `checkoutFacts`' arguments to rev-parse (also asked with the repository's first rev-parse: `Git.isRepositoryWith`). */
function checkoutFactArgs(cacheFile) {
    return ['--show-toplevel', '--git-path', cacheFile, '--git-path', 'FETCH_HEAD', 'HEAD', '--symbolic-full-name', 'HEAD'];
}
/**
 * A file in the git folder (`info/exclude`, `orchestrator/…`, `hooks/…`): its
 * absolute path and the git folder it lies in (the worktree's own, or the
 * common one, or for a file outside both, its own folder), the root below
 * which writes to it are confined.
 */
async function gitFile(git, path) {
    const [gitDir, common, file] = (await git.run(['rev-parse', '--absolute-git-dir', '--git-common-dir', '--git-path', path]))
        .split('\n')
        .map((l) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(git.cwd, l.trim()));
    const root = [gitDir, common].filter((r) => file.startsWith(`${r}${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`)).sort((a, b) => b.length - a.length)[0];
    // Outside both (core.hooksPath naming a folder of the person's): that folder is the root, the file itself is checked.
    return { root: root ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), path: file };
}
/** What a repository's refs, HEAD and index say now, as one string: equal strings mean nothing there moved. */
async function repositoryFacts(git) {
    const refs = await git.run(['for-each-ref', '--format=%(refname) %(objectname)']);
    const head = await git.exec(['symbolic-ref', '-q', 'HEAD'], { allowedExitCodes: [0, 1] });
    const config = await git.exec(['config', '--local', '--list', '-z'], { allowedExitCodes: [0, 1] });
    const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no']);
    return JSON.stringify([refs, head.stdout.trim(), (await git.resolveCommit('HEAD')) ?? '', config.stdout, status]);
}


/***/ })

};
