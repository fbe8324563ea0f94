export const id = 844;
export const ids = [844];
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
/* harmony import */ var _naming_role_source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
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

/***/ 5576:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(919);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);





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
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.path} and ${second.path} disagree: ${key} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(a ?? '(none)')} versus ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!KEYS.includes(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: unknown key ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .specIdProblem */ .Gr)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .h)(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
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

/***/ 643:
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


/***/ })

};
