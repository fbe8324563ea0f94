export const id = 960;
export const ids = [960];
export const modules = {

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
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   jg: () => (/* binding */ listOpenPulls),
/* harmony export */   resolveRepository: () => (/* binding */ resolveRepository)
/* harmony export */ });
/* unused harmony export repositoryFromUrl */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8646);
/* harmony import */ var _explain_error__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8070);



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


/***/ })

};
