export const id = 995;
export const ids = [995];
export const modules = {

/***/ 8995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7502);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2743);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4808);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);




const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_WAIT_SECONDS = 60;
/** Creates the client: Octokit with retries on server errors and waits on rate limits. */
function createGitHubClient(options) {
    const token = (options.token ?? '').trim();
    if (!token) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz("no GitHub token was given: pass `token` (in a workflow, `token: ${{ github.token }}` under the step's `with:`)");
    }
    const baseUrl = parseApiUrl(options.apiUrl);
    const retries = nonNegative(options.retries ?? DEFAULT_RETRIES, 'retries');
    const maxWait = nonNegative(options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS, 'maxRateLimitWaitSeconds');
    const retryDelayMs = nonNegative(options.retryDelayMs ?? 1000, 'retryDelayMs');
    const paceWrites = options.paceWrites ?? !isLoopback(baseUrl);
    const { logger } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryAfter <= maxWait && retryCount < retries) {
            logger.warning(`GitHub ${kind} hit on ${what}: waiting ${retryAfter} s before retry ${retryCount + 1} of ${retries}`);
            return true;
        }
        logger.warning(`GitHub ${kind} hit on ${what}: not retrying (asked to wait ${retryAfter} s, limit ${maxWait} s; ${retryCount} of ${retries} retries used)`);
        return false;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent: 'agent-orchestrator',
        log: {
            debug: (message) => logger.debug(message),
            info: (message) => logger.debug(message),
            warn: (message) => logger.warning(message),
            error: (message) => logger.error(message),
        },
        retry: { retries, retryAfterBaseValue: retryDelayMs },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            ...(paceWrites ? {} : { write: unpacedGroup, notifications: unpacedGroup }),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}
/**
 * Stands in for a Bottleneck group (the throttling plugin's write and notification pacing) and runs
 * each job at once. The plugin only calls `group.key(id).schedule(jobOptions, fn, ...args)`.
 */
const unpacedGroup = {
    key: () => ({
        schedule: (_jobOptions, fn, ...args) => Promise.resolve().then(() => fn(...args)),
    }),
};
function parseApiUrl(apiUrl) {
    let url;
    try {
        url = new URL(apiUrl);
    }
    catch {
        url = new URL('invalid:');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`api-url "${apiUrl}" is not valid: expected the REST API root, such as https://api.github.com or https://ghe.example/api/v3`);
    }
    return url.toString().replace(/\/+$/, '');
}
function isLoopback(baseUrl) {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
}
function nonNegative(value, name) {
    if (!Number.isFinite(value) || value < 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${name} "${value}" is not valid: expected a number of 0 or more`);
    }
    return value;
}


/***/ })

};
