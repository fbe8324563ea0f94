export const id = 650;
export const ids = [650];
export const modules = {

/***/ 933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseCommandLines),
/* harmony export */   r: () => (/* binding */ parseCommandList)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8646);


const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
/**
 * Commands as the config gives them: a mapping `{lint: npm run lint}`, or a
 * list of `"lint: npm run lint"` strings or one-key mappings.
 */
function parseCommandList(value, where) {
    const out = [];
    const add = (name, command) => {
        if (typeof name !== 'string' || !NAME.test(name.trim()))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command name ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(String(name))} is not valid; expected letters, digits, spaces, "_", "." or "-"`);
        if (typeof command !== 'string' || command.trim() === '')
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)} must be a non-empty string`);
        if (out.some((c) => c.name === name.trim()))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(name)} is named twice`);
        out.push({ name: name.trim(), command: command.trim() });
    };
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item === 'string') {
                const parsed = splitNamed(item);
                if (!parsed)
                    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(item)} is not "name: command"`);
                add(parsed.name, parsed.command);
            }
            else if (item && typeof item === 'object' && Object.keys(item).length === 1) {
                const [[k, v]] = Object.entries(item);
                add(k, v);
            }
            else
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(JSON.stringify(item))} is not "name: command"`);
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            add(k, v);
    }
    else
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: must be a mapping or a list of "name: command", got ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(JSON.stringify(value))}`);
    return out;
}
/** The `commands` input: one `name: command` per line; blank lines and `#` comments ignored. */
function parseCommandLines(text, what = 'input "commands"') {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim() || line.trim().startsWith('#'))
            return;
        const parsed = splitNamed(line);
        if (!parsed || !NAME.test(parsed.name))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} line ${i + 1} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(line)} is not valid; expected "name: command", e.g. "lint: npm run lint"`);
        if (out.some((c) => c.name === parsed.name))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} line ${i + 1}: the name ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(parsed.name)} is used twice`);
        out.push(parsed);
    });
    return out;
}
function splitNamed(line) {
    const m = /^\s*([^:]+?)\s*:\s+(.+?)\s*$/.exec(line);
    return m ? { name: m[1], command: m[2] } : null;
}


/***/ }),

/***/ 1611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ configPathOption),
  X: () => (/* binding */ readConfig)
});

// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/config/config.ts + 2 modules
var config_config = __webpack_require__(1462);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/objects.ts
var objects = __webpack_require__(187);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
;// CONCATENATED MODULE: ./shared/config/trusted-config.ts







/**
 * The configuration the role guard trusts, read from git objects of a commit
 * the branch under test cannot change: the pull request's base, else (for an
 * implementor) its overseer branch, else the default branch. The work tree is
 * never read: it is the implementor's, and its copy of the file could switch
 * the guard off or run its own commands with the run's write token.
 */
async function trustedConfig(options) {
    const { git, remote, logger } = options;
    const path = (0,validate/* validateRepoPath */.uC)(options.path || config_config/* DEFAULT_CONFIG_PATH */.Bi, 'config');
    const at = async (kind, branch) => {
        const commit = (await (0,git_remote/* fetchBranches */.r4)(git, remote, [branch]).catch(() => new Map())).get(branch);
        if (!commit)
            return null;
        return {
            config: await readConfigAt(git, (0,git_remote/* privateRef */.Lv)(branch), path, `${branch} (${commit.slice(0, 12)})`),
            source: { kind, branch, commit },
        };
    };
    if (options.pullRequestBase) {
        const found = await at('pull request base', options.pullRequestBase);
        if (found)
            return found;
        logger.warning(`the pull request's base ${(0,quote/* quote */.h)(options.pullRequestBase)} could not be fetched from ${(0,quote/* quote */.h)(remote)}`);
    }
    const defaultBranch = await (0,git_remote/* remoteDefaultBranch */.Ki)(git, remote).catch(() => null);
    const fromDefault = defaultBranch ? await at('default branch', defaultBranch) : null;
    const bootstrap = fromDefault?.config ?? (0,config_config/* defaultConfig */.sb)();
    if (!options.pullRequestBase && options.branch) {
        const parsed = (0,branch_pattern/* parseBranch */.Qd)(bootstrap.branches, options.branch);
        if (parsed?.role === 'implementor') {
            const fromOverseer = await at('overseer branch', (0,branch_pattern/* formatBranch */.gK)(bootstrap.branches, parsed.spec, 'overseer'));
            if (fromOverseer)
                return fromOverseer;
        }
    }
    if (fromDefault)
        return fromDefault;
    logger.warning(`no trusted commit to read ${(0,quote/* quote */.h)(path)} from (the remote ${(0,quote/* quote */.h)(remote)} names no default branch): the role guard uses the built-in defaults`);
    return { config: (0,config_config/* defaultConfig */.sb)(), source: { kind: 'none' } };
}
/**
 * The configuration file as committed at `commit`, through git objects.
 * Absent → the defaults. A symlink, folder or submodule in its place is
 * refused: following it could read anything.
 */
async function readConfigAt(git, commit, path, label) {
    const where = `${path} at ${label}`;
    const entry = await (0,objects/* lsTreeRootEntry */.gf)(git, commit, path).catch((error) => {
        throw new errors/* ConfigurationError */.j1(`cannot read ${where}: ${(0,errors/* messageOf */.bD)(error)}`);
    });
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(entry);
    if (!m) {
        const config = (0,config_config/* defaultConfig */.sb)();
        config.source = `defaults (no ${path} at ${label})`;
        return config;
    }
    const [, mode, type, oid] = m;
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
        const what = mode === '120000' ? 'a symlink' : type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : `mode ${mode}`;
        throw new errors/* ConfigurationError */.j1(`${where} is ${what}, not a regular file; the configuration must be a plain file`);
    }
    const text = await git.readBlob(oid);
    return (0,config_config/* parseConfig */.o4)(text, where);
}

;// CONCATENATED MODULE: ./shared/config/config-source.ts



async function readConfig(source, access) {
    switch (source.kind) {
        case 'work-tree':
            return (0,config_config/* loadConfig */.Z9)(access.cwd, source.path);
        case 'commit':
            return readConfigAt(access.git, source.commit, source.path ?? config_config/* DEFAULT_CONFIG_PATH */.Bi, source.label);
        case 'trusted': {
            const { git, remote, logger } = access;
            const read = (branch) => trustedConfig({ git, remote, path: source.path, pullRequestBase: source.pullRequestBase, branch, logger });
            let trusted = await read(source.branch);
            const other = source.reconsider && (await source.reconsider(trusted.config.branches));
            if (other)
                trusted = await read(other);
            return trusted.config;
        }
    }
}
/**
 * The `config` option as a source path: the default spelling means "the
 * default, absent allowed"; anything else must be a plain repository path.
 */
function configPathOption(given) {
    return given === config_config/* DEFAULT_CONFIG_PATH */.Bi || !given ? undefined : (0,validate/* validateRepoPath */.uC)(given, 'config');
}


/***/ }),

/***/ 1462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  sb: () => (/* binding */ defaultConfig),
  Z9: () => (/* binding */ loadConfig),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: DEFAULT_PROTECTED_PATHS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../main/node_modules/yaml/dist/index.js
var dist = __webpack_require__(3439);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/config/commands.ts
var commands = __webpack_require__(933);
;// CONCATENATED MODULE: ./shared/config/notify-settings.ts


/** What can be announced: event kinds, plus `test-failed` (a test-result with failures). */
const NOTIFY_KINDS = ['conflict-detected', 'conflict-resolved', 'test-failed', 'guard-violation', 'blocker-raised'];
function defaultNotificationSettings() {
    return {
        format: 'auto',
        kinds: [...NOTIFY_KINDS],
        maxMessages: 5,
        minIntervalMs: 1000,
        timeoutSeconds: 10,
        retries: 3,
        maxRetryAfterSeconds: 60,
        budgetSeconds: 20,
    };
}
const KEYS = {
    format: 'format',
    kinds: 'kinds',
    'max-messages': 'maxMessages',
    'min-interval-ms': 'minIntervalMs',
    'timeout-seconds': 'timeoutSeconds',
    retries: 'retries',
    'max-retry-after-seconds': 'maxRetryAfterSeconds',
    'budget-seconds': 'budgetSeconds',
};
const RANGES = {
    'max-messages': [1, 50],
    'min-interval-ms': [0, 60_000],
    'timeout-seconds': [1, 120],
    retries: [0, 10],
    'max-retry-after-seconds': [0, 600],
    'budget-seconds': [1, 600],
};
/** Parses `notifications:`; every error names the file, the key and the bad value. */
function parseNotifications(value, where) {
    const settings = defaultNotificationSettings();
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${where}: notifications must be a mapping, got ${(0,quote/* quoteValue */.c)(value)}`);
    }
    for (const [key, v] of Object.entries(value)) {
        const at = `notifications.${key}`;
        if (/url|webhook/i.test(key)) {
            throw new errors/* ConfigurationError */.j1(`${where}: ${at} is not accepted: a webhook address is a secret and must not be committed; pass it with the notify-webhook input from a repository secret`);
        }
        if (!(key in KEYS))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.h)(at)}; expected one of ${Object.keys(KEYS).join(', ')}`);
        if (key === 'format') {
            if (v !== 'auto' && v !== 'slack' && v !== 'discord' && v !== 'json')
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} ${(0,quote/* quote */.h)(String(v))} is not valid; expected auto, slack, discord or json`);
            settings.format = v;
        }
        else if (key === 'kinds') {
            if (!Array.isArray(v) || v.some((k) => !NOTIFY_KINDS.includes(k)))
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} must be a list of ${NOTIFY_KINDS.join(', ')}; got ${(0,quote/* quote */.h)(JSON.stringify(v))}`);
            settings.kinds = [...new Set(v)];
        }
        else {
            const [min, max] = RANGES[key];
            if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} ${(0,quote/* quote */.h)(JSON.stringify(v))} is not valid; expected a whole number from ${min} to ${max}`);
            settings[KEYS[key]] = v;
        }
    }
    return settings;
}

// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6310);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/config/scope-settings.ts



const SCOPE_MODES = ['off', 'warn', 'fail'];
function defaultScopeSettings() {
    return { mode: 'warn', allow: [], companionTests: true };
}
const scope_settings_KEYS = ['mode', 'allow', 'companion-tests'];
/** Parses `scope:`; every error names the file, the key and the bad value. */
function parseScopeSettings(value, where) {
    const settings = defaultScopeSettings();
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`${where}: scope must be a mapping, got ${(0,quote/* quoteValue */.c)(value)}`);
    const raw = value;
    for (const key of Object.keys(raw))
        if (!scope_settings_KEYS.includes(key))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.h)(`scope.${key}`)}; expected one of ${scope_settings_KEYS.join(', ')}`);
    if (raw.mode !== undefined) {
        if (typeof raw.mode !== 'string' || !SCOPE_MODES.includes(raw.mode))
            throw new errors/* ConfigurationError */.j1(`${where}: scope.mode ${(0,quote/* quote */.h)(typeof raw.mode === 'string' ? raw.mode : (JSON.stringify(raw.mode) ?? String(raw.mode)))} is not valid; expected off, warn or fail`);
        settings.mode = raw.mode;
    }
    if (raw.allow !== undefined) {
        const list = raw.allow;
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === ''))
            throw new errors/* ConfigurationError */.j1(`${where}: scope.allow must be a list of glob patterns (strings), got ${(0,quote/* quote */.h)(JSON.stringify(list))}`);
        for (const p of list) {
            if (p.trim().startsWith('/') || p.split('/').includes('..'))
                throw new errors/* ConfigurationError */.j1(`${where}: scope.allow ${(0,quote/* quote */.h)(p)} must be relative to the repository root, e.g. docs/**`);
            try {
                picomatch_default().makeRe(p);
            }
            catch {
                throw new errors/* ConfigurationError */.j1(`${where}: scope.allow ${(0,quote/* quote */.h)(p)} is not a valid glob`);
            }
        }
        settings.allow = list;
    }
    if (raw['companion-tests'] !== undefined) {
        if (typeof raw['companion-tests'] !== 'boolean')
            throw new errors/* ConfigurationError */.j1(`${where}: scope.companion-tests must be true or false, got ${(0,quote/* quote */.h)(JSON.stringify(raw['companion-tests']))}`);
        settings.companionTests = raw['companion-tests'];
    }
    return settings;
}

;// CONCATENATED MODULE: ./shared/config/config.ts











/** The configuration file's path in the repository: the one place it is spelled. */
const DEFAULT_CONFIG_PATH = '.github/orchestrator.yml';
const DEFAULT_PROTECTED_PATHS = [
    '.github/workflows/**',
    '.github/actions/**',
    DEFAULT_CONFIG_PATH,
    '.claude/**',
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    '.gitattributes',
];
function defaultConfig() {
    return {
        source: 'defaults',
        branches: { ...branch_pattern/* DEFAULT_NAMING */.pF },
        state: { branch: 'orchestrator/state' },
        tasks: { file: 'specs/{spec}/tasks.md' },
        protectedPaths: [...DEFAULT_PROTECTED_PATHS],
        roles: { implementor: { commands: [] }, overseer: { commands: [] } },
        conflicts: { scope: 'feature' },
        pullRequests: { nonAgentIntoOverseer: 'allow' },
        notifications: defaultNotificationSettings(),
        scope: defaultScopeSettings(),
    };
}
const KNOWN = {
    '': ['version', 'branches', 'state', 'tasks', 'protected-paths', 'roles', 'conflicts', 'pull-requests', 'notifications', 'scope'],
    branches: ['pattern', 'overseer', 'implementor', 'integration'],
    state: ['branch'],
    tasks: ['file'],
    roles: ['implementor', 'overseer'],
    'roles.implementor': ['commands'],
    'roles.overseer': ['commands'],
    conflicts: ['scope'],
    'pull-requests': ['non-agent-into-overseer'],
};
/**
 * Loads DEFAULT_CONFIG_PATH (or `path`) from the work tree at `cwd`; callers go through readConfig. Absent file →
 * defaults (unless the path was given explicitly). Every error names the
 * file, the key and the bad value.
 */
function loadConfig(cwd, path) {
    const rel = path || DEFAULT_CONFIG_PATH;
    const file = (0,external_node_path_.join)(cwd, rel);
    if (!lexists(file)) {
        if (path)
            throw new errors/* ConfigurationError */.j1(`config file ${(0,quote/* quote */.h)(rel)} does not exist (looked in ${cwd})`);
        return defaultConfig();
    }
    // A symlink out of the repository would be read (and its first key echoed in an error): refused unread.
    const real = (0,confine_path/* confinePath */.ey)(rel, 'config', { cwd, tempDir: cwd }, { mustExist: true });
    return parseConfig((0,external_node_fs_.readFileSync)(real, 'utf8'), rel);
}
function lexists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
function parseConfig(text, where) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new errors/* ConfigurationError */.j1(`${where}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
    }
    catch (error) {
        // An alias bomb, or anything else the YAML library refuses while building the value.
        throw new errors/* ConfigurationError */.j1(`${where}: not usable YAML: ${(0,errors/* messageOf */.bD)(error).split('\n')[0]} (alias count is limited to 50)`);
    }
    const config = defaultConfig();
    config.source = where;
    const root = object(raw, '', where);
    checkKeys(root, '', where);
    if (root.version !== undefined && root.version !== 1) {
        throw new errors/* ConfigurationError */.j1(`${where}: version ${(0,quote/* quote */.h)(String(root.version))} is not supported; expected 1`);
    }
    if (root.branches !== undefined) {
        const b = object(root.branches, 'branches', where);
        checkKeys(b, 'branches', where);
        config.branches.pattern = str(b.pattern, 'branches.pattern', where) ?? config.branches.pattern;
        config.branches.overseer = str(b.overseer, 'branches.overseer', where) ?? config.branches.overseer;
        config.branches.implementor = str(b.implementor, 'branches.implementor', where) ?? config.branches.implementor;
        const integration = str(b.integration, 'branches.integration', where);
        if (integration !== undefined)
            config.branches.integration = branch(integration, 'branches.integration', where);
        (0,branch_pattern/* validateNaming */.X4)(config.branches, where);
    }
    if (root.state !== undefined) {
        const s = object(root.state, 'state', where);
        checkKeys(s, 'state', where);
        const b = str(s.branch, 'state.branch', where);
        if (b !== undefined)
            config.state.branch = b === 'current' ? b : branch(b, 'state.branch', where);
    }
    if (root.tasks !== undefined) {
        const t = object(root.tasks, 'tasks', where);
        checkKeys(t, 'tasks', where);
        const f = str(t.file, 'tasks.file', where);
        if (f !== undefined) {
            if (!f.includes('{spec}') || f.startsWith('/') || f.split('/').includes('..')) {
                throw new errors/* ConfigurationError */.j1(`${where}: tasks.file ${(0,quote/* quote */.h)(f)} must be a relative path containing {spec}, e.g. specs/{spec}/tasks.md`);
            }
            config.tasks.file = f;
        }
    }
    if (root['protected-paths'] !== undefined) {
        const list = root['protected-paths'];
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
            throw new errors/* ConfigurationError */.j1(`${where}: protected-paths must be a list of glob patterns (strings), got ${(0,quote/* quote */.h)(JSON.stringify(list))}`);
        }
        config.protectedPaths = list;
    }
    if (root.roles !== undefined) {
        const r = object(root.roles, 'roles', where);
        checkKeys(r, 'roles', where);
        for (const role of ['implementor', 'overseer']) {
            if (r[role] === undefined)
                continue;
            const o = object(r[role], `roles.${role}`, where);
            checkKeys(o, `roles.${role}`, where);
            if (o.commands !== undefined)
                config.roles[role].commands = (0,commands/* parseCommandList */.r)(o.commands, `${where}: roles.${role}.commands`);
        }
    }
    if (root.conflicts !== undefined) {
        const c = object(root.conflicts, 'conflicts', where);
        checkKeys(c, 'conflicts', where);
        const scope = str(c.scope, 'conflicts.scope', where);
        if (scope !== undefined) {
            if (scope !== 'feature' && scope !== 'all')
                throw new errors/* ConfigurationError */.j1(`${where}: conflicts.scope ${(0,quote/* quote */.h)(scope)} is not valid; expected feature or all`);
            config.conflicts.scope = scope;
        }
    }
    if (root['pull-requests'] !== undefined) {
        const p = object(root['pull-requests'], 'pull-requests', where);
        checkKeys(p, 'pull-requests', where);
        const rule = str(p['non-agent-into-overseer'], 'pull-requests.non-agent-into-overseer', where);
        if (rule !== undefined) {
            if (rule !== 'allow' && rule !== 'refuse')
                throw new errors/* ConfigurationError */.j1(`${where}: pull-requests.non-agent-into-overseer ${(0,quote/* quote */.h)(rule)} is not valid; expected allow or refuse`);
            config.pullRequests.nonAgentIntoOverseer = rule;
        }
    }
    if (root.notifications !== undefined)
        config.notifications = parseNotifications(root.notifications, where);
    if (root.scope !== undefined)
        config.scope = parseScopeSettings(root.scope, where);
    return config;
}
function object(value, key, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${key || 'the file'} must be a mapping, got ${(0,quote/* quoteValue */.c)(value)}`);
    }
    return value;
}
function checkKeys(value, key, where) {
    for (const k of Object.keys(value)) {
        if (!KNOWN[key]?.includes(k)) {
            const at = key ? `${key}.${k}` : k;
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.h)(at)}; expected one of ${KNOWN[key]?.join(', ')}`);
        }
    }
}
function str(value, key, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} must be a non-empty string, got ${(0,quote/* quoteValue */.c)(value)}`);
    }
    return value;
}
function branch(value, key, where) {
    const problem = (0,validate/* branchNameProblem */.hq)(value);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} ${(0,quote/* quote */.h)(value)} is not a valid branch name: ${problem}`);
    return value;
}


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hz: () => (/* binding */ readConfined),
/* harmony export */   Nb: () => (/* binding */ confineFolder),
/* harmony export */   Sr: () => (/* binding */ confineOutput),
/* harmony export */   _P: () => (/* binding */ confineWrite),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   ic: () => (/* binding */ writeConfined),
/* harmony export */   ro: () => (/* binding */ replaceConfined)
/* harmony export */ });
/* unused harmony export makeFoldersConfined */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8646);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8278);





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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`);
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
        refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(real)}, outside the allowed folders`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: folder ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(folder)} leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`);
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
    const shown = (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(given ?? absolute);
    const refuse = (why) => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${shown} cannot be written: ${why}; nothing was written`);
    };
    if (CONTROL.test(absolute))
        refuse('its path contains control characters');
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        refuse(`it is not inside ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(root)}`);
    const parts = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    let at = root;
    for (const [i, part] of parts.entries()) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        const stat = statOrNull(at);
        if (!stat)
            break;
        const leaf = i === parts.length - 1;
        if (stat.isSymbolicLink())
            refuse(`${at === absolute ? 'it' : (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(linkTarget(at))}), and we never write through one; replace it with a real ${leaf ? 'file' : 'folder'} or remove it`);
        if (!leaf && !stat.isDirectory())
            refuse(`${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(at)} is not a folder`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(absolute)} could not be written: ${error.message}; nothing was written`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(at)} is ${stat?.isSymbolicLink() ? `a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(linkTarget(at))}), and we never write through one` : 'not a folder'}; nothing was written`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(value)} is not allowed: it reaches ${real ? (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(real) : 'the allowed folders'} through a symbolic link; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}) without links`);
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
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(value)} cannot be written: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .h)(linkTarget(at))}), and we never write through one; nothing was written`);
        }
        return { root, path: absolute };
    }
    return { root, path: confineWrite(root, absolute, what, value) };
}


/***/ }),

/***/ 1217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ CONFLICT_CHECK_SUITE)
/* harmony export */ });
/**
 * The suite name under which `run-tests` records an implementor's conflict check (the branch against its overseer
 * and siblings). Its failure is the conflict itself, which the merge order already weighs (one of a pair goes first,
 * the other rebases onto it): it never holds a branch back, or a conflicting pair would hold back both.
 */
const CONFLICT_CHECK_SUITE = 'conflicts';


/***/ }),

/***/ 2474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ readObjects),
/* harmony export */   Bz: () => (/* binding */ objectTypes),
/* harmony export */   Fn: () => (/* binding */ catFileBatch),
/* harmony export */   Iv: () => (/* binding */ blobSizes),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   gu: () => (/* binding */ readBatchRecord)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _temp_output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1503);


const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag']);
const MAX_SIZE = Number.MAX_SAFE_INTEGER / 10 - 10;
const EMPTY = Buffer.alloc(0);
/** Above this many objects, output goes through a temporary file (see `execToBuffer`). */
const LARGE_BATCH = 256;
/**
 * One record of `cat-file --batch` output at `pos`: the header
 * `<oid> <type> <size>[ <rest>]` and the content, or `<name> missing` (or
 * ambiguous). Null while the header line is incomplete; `next` beyond the
 * buffer while the content is.
 */
function readBatchRecord(buffer, pos) {
    const eol = buffer.indexOf(0x0a, pos);
    if (eol < 0)
        return null;
    // Read in place: this runs for every object of a rebuild.
    const s1 = buffer.indexOf(0x20, pos);
    const s2 = s1 < 0 || s1 > eol ? -1 : buffer.indexOf(0x20, s1 + 1);
    let size = -1;
    if (s2 > 0 && s2 < eol && (s1 - pos === 40 || s1 - pos === 64)) {
        size = 0;
        for (let i = s2 + 1; i < eol && buffer[i] !== 0x20; i++) {
            const digit = buffer[i] - 0x30;
            if (digit < 0 || digit > 9 || size > MAX_SIZE) {
                size = -1;
                break;
            }
            size = size * 10 + digit;
        }
    }
    const type = size >= 0 ? buffer.toString('latin1', s1 + 1, s2) : '';
    if (!OBJECT_TYPES.has(type)) {
        // "<name> missing" (or ambiguous): the name is all but the last word.
        const header = buffer.toString('latin1', pos, eol);
        const last = header.lastIndexOf(' ');
        return { result: { spec: last < 0 ? header : header.slice(0, last), missing: true }, next: eol + 1 };
    }
    const oid = buffer.toString('latin1', pos, s1);
    const next = eol + 1 + size + 1;
    const content = next <= buffer.length ? buffer.subarray(eol + 1, eol + 1 + size) : EMPTY;
    return { result: { spec: oid, missing: false, oid, type, content }, next };
}
/**
 * `git cat-file --batch` for many object names (`<oid>` or `<rev>:<path>`) in
 * one process. Results come back in input order; bytes stay bytes.
 */
async function catFileBatch(git, specs) {
    if (specs.length === 0)
        return [];
    for (const spec of specs) {
        if (/[\n\r]/.test(spec))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StateError */ .qq(`object name ${JSON.stringify(spec)} contains a line break`);
    }
    const args = ['cat-file', '--batch', '--buffer'];
    const input = `${specs.join('\n')}\n`;
    const stdout = specs.length > LARGE_BATCH ? await (0,_temp_output__WEBPACK_IMPORTED_MODULE_1__/* .execToBuffer */ .vI)(git, args, input) : (await git.execBuffer(args, { input })).stdout;
    const results = [];
    let pos = 0;
    for (const spec of specs) {
        const record = readBatchRecord(stdout, pos);
        if (!record || record.next > stdout.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StateError */ .qq(`git cat-file --batch ended early, before ${JSON.stringify(spec)}`);
        results.push(record.result.missing ? { spec, missing: true } : { ...record.result, spec });
        pos = record.next;
    }
    return results;
}
const Z_ARGS = ['cat-file', '--batch', '-z'];
const NUL = Buffer.from([0]);
const MISSING = [Buffer.from(' missing\n'), Buffer.from(' ambiguous\n')];
/**
 * Reads many objects with one `git cat-file --batch -z` process (names are
 * NUL-terminated, so paths in `<tree>:<path>` may hold any byte; a name given
 * as a Buffer is passed as those bytes). Returns the blobs' contents in
 * request order; null for a missing object or one that is not a blob.
 */
async function readObjects(git, names) {
    if (names.length === 0)
        return [];
    const raw = names.map((n) => (typeof n === 'string' ? Buffer.from(n, 'utf8') : n));
    const input = Buffer.concat(raw.flatMap((n) => [n, NUL]));
    const { stdout } = await git.execBuffer(Z_ARGS, { input });
    const out = [];
    let pos = 0;
    for (const name of raw) {
        // A name may hold a line break, so "<name> missing" is matched whole, not read up to the first one.
        const notFound = MISSING.map((word) => Buffer.concat([name, word])).find((line) => stdout.subarray(pos, pos + line.length).equals(line));
        if (notFound) {
            out.push(null);
            pos += notFound.length;
            continue;
        }
        const record = readBatchRecord(stdout, pos);
        if (!record || record.result.missing || record.next > stdout.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(`unexpected git cat-file output for ${JSON.stringify(name.toString('utf8'))}`, Z_ARGS, '', 0);
        out.push(record.result.type === 'blob' ? record.result.content : null);
        pos = record.next;
    }
    return out;
}
/** The contents of blobs that must all exist (by id), with one `git cat-file --batch`. */
async function readBlobs(git, oids) {
    const { stdout } = await git.execBuffer(['cat-file', '--batch'], { input: oids.join('\n') + '\n' });
    let at = 0;
    return oids.map(() => {
        const record = readBatchRecord(stdout, at);
        if (!record || record.result.missing || record.result.type !== 'blob' || record.next > stdout.length) {
            const header = stdout.subarray(at, stdout.indexOf(10, at)).toString('utf8');
            throw new Error(`git cat-file --batch: unexpected header ${JSON.stringify(header.slice(0, 120))}`);
        }
        at = record.next;
        return record.result.content;
    });
}
/** Each object's type (`commit`, `blob`...), or what git said instead (`<oid> missing`), with one `--batch-check`. */
async function objectTypes(git, oids) {
    const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype)'], { input: oids.join('\n') + '\n' });
    const lines = stdout.split('\n');
    return oids.map((_, i) => lines[i] ?? '');
}
/** Sizes in bytes of many blobs with one `git cat-file --batch-check`; null for a missing object or one that is not a blob. */
async function blobSizes(git, oids) {
    if (oids.length === 0)
        return [];
    const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype) %(objectsize)'], { input: oids.join('\n') + '\n' });
    const lines = stdout.split('\n');
    return oids.map((_, i) => {
        const m = /^blob (\d+)$/.exec(lines[i] ?? '');
        return m ? Number(m[1]) : null;
    });
}


/***/ }),

/***/ 187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ subfolderNames),
/* harmony export */   QR: () => (/* binding */ lsTreeEntry),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   gf: () => (/* binding */ lsTreeRootEntry),
/* harmony export */   kb: () => (/* binding */ lsTree),
/* harmony export */   pp: () => (/* binding */ readFileBytesAt),
/* harmony export */   t4: () => (/* binding */ hashObjectFiles)
/* harmony export */ });
/** Reading files and trees at a commit, and writing objects, without a checkout. */
/** The text of `path` at `commit`, or null when the commit has no such file. */
async function readFileAt(git, commit, path) {
    const r = await git.exec(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout : null;
}
/** Like readFileAt, as bytes. */
async function readFileBytesAt(git, commit, path) {
    const r = await git.execBuffer(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout : null;
}
/** The `ls-tree -z` entry of `path` in `treeish` (`<mode> <type> <oid>\t<path>`), empty when there is none. */
async function lsTreeEntry(git, treeish, path) {
    return (await git.run(['ls-tree', '-z', treeish, '--', path])).split('\0')[0];
}
/** Like lsTreeEntry, with `path` from the root of the tree whatever the working folder. */
async function lsTreeRootEntry(git, treeish, path) {
    return (await git.execBuffer(['ls-tree', '-z', '--full-tree', treeish, '--', path])).stdout.toString('utf8').split('\0')[0];
}
/** The NUL-separated `ls-tree -z` listing of `tree` (of every file below it when `recursive`). */
async function lsTree(git, tree, options = {}) {
    return git.run(['ls-tree', ...(options.recursive ? ['-r'] : []), '-z', '--end-of-options', tree]);
}
/** The names of the folders directly in `path` at `treeish`; null when there is no such folder. */
async function subfolderNames(git, treeish, path) {
    const r = await git.exec(['ls-tree', '-d', '-z', '--name-only', `${treeish}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : null;
}
/** Stores the files as objects of `type` exactly as they are (no filters); their ids, in order. */
async function hashObjectFiles(git, type, files) {
    const out = await git.run(['hash-object', '-w', '-t', type, '--no-filters', '--stdin-paths'], { input: `${files.join('\n')}\n` });
    return out.split('\n');
}


/***/ }),

/***/ 1647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ unquoteGitPath)
/* harmony export */ });
/** git's escapes in a quoted path (core.quotePath), as the byte each stands for. */
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A path as git prints it (`ls-tree`, a patch header): in double quotes with
 * C escapes ("caf\303\251") when it holds unusual bytes, else as it is.
 * Paths are bytes, so the text is read and written in one encoding: 'utf8'
 * for text, 'latin1' for byte strings (one character per byte, see
 * conflicts/raw-path.ts), which keep any byte sequence unchanged.
 */
function unquoteGitPath(quoted, encoding = 'utf8') {
    if (quoted.charCodeAt(0) !== 0x22 || quoted.length < 2 || !quoted.endsWith('"'))
        return quoted;
    const body = Buffer.from(quoted.slice(1, -1), encoding);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== 0x5c) {
            bytes.push(body[i]);
            continue;
        }
        const next = String.fromCharCode(body[i + 1]);
        if (next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next]);
            i += 1;
        }
        else {
            bytes.push(parseInt(body.toString('latin1', i + 1, i + 4), 8));
            i += 3;
        }
    }
    return Buffer.from(bytes).toString(encoding);
}


/***/ }),

/***/ 1277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   PP: () => (/* binding */ gitFile),
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


/***/ }),

/***/ 501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ PRIVATE_PREFIX),
/* harmony export */   BF: () => (/* binding */ fetchPruned),
/* harmony export */   C9: () => (/* binding */ fetchPullHead),
/* harmony export */   Dj: () => (/* binding */ assertRemote),
/* harmony export */   EQ: () => (/* binding */ remoteHeads),
/* harmony export */   Ki: () => (/* binding */ remoteDefaultBranch),
/* harmony export */   Lv: () => (/* binding */ privateRef),
/* harmony export */   ZL: () => (/* binding */ pushIfAt),
/* harmony export */   bR: () => (/* binding */ validateRemote),
/* harmony export */   c1: () => (/* binding */ fetchUnshallow),
/* harmony export */   gU: () => (/* binding */ resolveBase),
/* harmony export */   gX: () => (/* binding */ remoteUrl),
/* harmony export */   iH: () => (/* binding */ fetchCommit),
/* harmony export */   iL: () => (/* binding */ createBranchesAtomically),
/* harmony export */   od: () => (/* binding */ remoteHeadsAndDefault),
/* harmony export */   r4: () => (/* binding */ fetchBranches),
/* harmony export */   wB: () => (/* binding */ isRemoteName)
/* harmony export */ });
/* unused harmony export privateHeads */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8646);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1277);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);




const C0_CONTROL = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0]);
const CONTROL = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_0__.C1]);
/**
 * Remote branches are fetched into a private namespace, so that nothing of
 * the user's (branches, remote-tracking refs, HEAD) moves, and so that a
 * remote given as a path or URL works like a named one.
 */
const PRIVATE_PREFIX = 'refs/orchestrator/heads/';
function privateRef(branch) {
    return `${PRIVATE_PREFIX}${branch}`;
}
/** A remote given by name (`origin`), not as a path or URL: it has remote-tracking refs under refs/remotes/<name>/. */
function isRemoteName(remote) {
    return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote);
}
/**
 * The check at the boundary (CLI, hook): a remote reaches `git fetch` as an
 * argument, so an option in disguise (`-u…`) or a line break is refused
 * before any git call.
 */
function validateRemote(remote) {
    if (remote.startsWith('-') || /\s/.test(remote) || C0_CONTROL.test(remote))
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(remote)} is not valid; expected a remote name such as origin, or a path or URL`);
    return remote;
}
/** The state store's own check (it may be opened without the boundary's): no empty name, no control characters. */
function assertRemote(remote) {
    if (typeof remote !== 'string' || remote === '' || remote.startsWith('-') || CONTROL.test(remote)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`remote ${JSON.stringify(remote)} is not valid: expected a remote name, a path or a URL, not starting with "-"`);
    }
    return remote;
}
/** Branch name → commit id for the remote's heads matching the globs (all heads when none). */
async function remoteHeads(git, remote, globs = []) {
    const refs = await git.lsRemote(remote, globs.map((g) => `refs/heads/${g}`));
    const heads = new Map();
    for (const [ref, sha] of refs)
        if (ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), sha);
    return heads;
}
/**
 * Fetches the branches into private refs with one `git fetch`; returns branch
 * → commit id, at the commit fetched (a branch that moved since it was listed
 * is taken where it is now). A branch deleted in the meantime is left out of
 * the result (the caller names it), and the others are still fetched.
 */
async function fetchBranches(git, remote, branches) {
    const out = new Map();
    if (branches.length === 0)
        return out;
    const fetch = (names) => git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, ...names.map((b) => `+refs/heads/${b}:${privateRef(b)}`)]);
    let wanted = branches;
    try {
        await fetch(wanted);
    }
    catch (error) {
        if (!/couldn't find remote ref/i.test((0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)))
            throw error;
        // One fetch fails whole when a ref is gone: list again and fetch those still there.
        const heads = await remoteHeads(git, remote, branches);
        wanted = branches.filter((b) => heads.has(b));
        if (wanted.length)
            await fetch(wanted);
    }
    // One for-each-ref for every branch (not one rev-parse each): the cost of a re-scan is its process count.
    const fetched = await privateHeads(git);
    for (const b of wanted) {
        const sha = fetched.get(b);
        if (sha)
            out.set(b, sha);
    }
    return out;
}
/** Branch → commit of every branch fetched into the private namespace, from one `for-each-ref` (commits only). */
async function privateHeads(git) {
    const listing = await (0,_refs__WEBPACK_IMPORTED_MODULE_3__/* .listRefs */ .Dy)(git, '%(objecttype) %(objectname) %(refname)', [PRIVATE_PREFIX]);
    const heads = new Map();
    for (const line of listing.split('\n')) {
        const m = /^commit ([0-9a-f]+) (.+)$/.exec(line);
        if (m)
            heads.set(m[2].slice(PRIVATE_PREFIX.length), m[1]);
    }
    return heads;
}
/**
 * The remote's heads matching the globs and its default branch (what its HEAD
 * points at; null when it cannot tell), from one `ls-remote --symref`.
 */
async function remoteHeadsAndDefault(git, remote, globs) {
    const out = await git.run(['ls-remote', '--symref', '--', remote, 'HEAD', ...globs.map((g) => `refs/heads/${g}`)]);
    const heads = new Map();
    let defaultBranch = null;
    for (const line of out.split('\n')) {
        const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
        if (symref)
            defaultBranch = symref[1];
        const tab = line.indexOf('\t');
        const ref = line.slice(tab + 1);
        if (tab > 0 && !line.startsWith('ref: ') && ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), line.slice(0, tab));
    }
    return { heads, defaultBranch };
}
/** The remote's default branch (what its HEAD points at), or null when it cannot tell. */
async function remoteDefaultBranch(git, remote) {
    const r = await git.exec(['ls-remote', '--symref', remote, 'HEAD'], { allowedExitCodes: [0, 2] });
    const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout);
    return m ? m[1] : null;
}
/**
 * Resolves `base` (a branch, tag or commit id; default the remote's default
 * branch) to a commit available locally. Unknown → InputError (exit 2).
 */
async function resolveBase(git, remote, base) {
    const name = base ?? (await remoteDefaultBranch(git, remote));
    if (!name)
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot tell the default branch of remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(remote)}; pass base (a branch, tag or commit)`);
    const refs = await git.lsRemote(remote, [`refs/heads/${name}`, `refs/tags/${name}`], { tags: true });
    const branchSha = refs.get(`refs/heads/${name}`);
    if (branchSha) {
        await fetchBranches(git, remote, [name]);
        return { name, sha: branchSha, kind: 'branch' };
    }
    if (refs.has(`refs/tags/${name}`)) {
        await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/tags/${name}:refs/orchestrator/tags/${name}`]);
        const sha = await git.resolveCommit(`refs/orchestrator/tags/${name}`);
        if (sha)
            return { name, sha, kind: 'tag' };
    }
    if (/^[0-9a-f]{7,64}$/.test(name)) {
        let sha = await git.resolveCommit(name);
        if (!sha && name.length >= 40) {
            await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, name], { allowedExitCodes: [0, 1, 128] });
            sha = await git.resolveCommit(name);
        }
        if (sha)
            return { name, sha, kind: 'commit' };
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`base ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(name)} is not a branch, tag or commit of remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(remote)}; expected an existing branch (e.g. main), tag or full commit id`);
}
/**
 * Creates all the branches on the remote in one atomic push: all or none.
 * Each ref is leased as "must not exist", so a branch someone created in the
 * meantime is never overwritten.
 */
async function createBranchesAtomically(git, remote, creations) {
    if (creations.length === 0)
        return [];
    const { stdout } = await git.exec([
        'push',
        '--atomic',
        '--porcelain',
        ...creations.map((c) => `--force-with-lease=refs/heads/${c.branch}:`),
        remote,
        ...creations.map((c) => `${c.sha}:refs/heads/${c.branch}`),
    ]);
    // `*` is a ref this push created; `=` one that another run had already created at the same commit.
    return creations
        .filter((c) => stdout.split('\n').some((l) => l.startsWith('*\t') && l.includes(`:refs/heads/${c.branch}\t`)))
        .map((c) => c.branch);
}
/** Fetches `refspec`, removing the local refs it covers that the remote no longer has. */
async function fetchPruned(git, remote, refspec) {
    await git.exec(['fetch', '--no-tags', '--quiet', '--prune', remote, refspec]);
}
/** Turns a shallow clone into a full one, fetching the refspecs' whole history. */
async function fetchUnshallow(git, remote, refspecs) {
    await git.run(['fetch', '--unshallow', '--no-tags', '--quiet', remote, ...refspecs]);
}
/** Fetches pull request `number`'s head into refs/orchestrator/pull/<number>; a failure is not an error (the caller looks for the commit). */
async function fetchPullHead(git, remote, number) {
    await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/pull/${number}/head:refs/orchestrator/pull/${number}`], { allowedExitCodes: [0, 1, 128] });
}
/** Fetches one commit by its id (a push event's `after`) into a private ref; the caller checks that it arrived. */
async function fetchCommit(git, remote, sha) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(sha)} is not a full commit id`);
    await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+${sha}:refs/orchestrator/commits/${sha}`], {
        allowedExitCodes: [0, 1, 128],
    });
}
/** Compare-and-swap push: moves `branch` to `commit` only if the remote still has it at `expected`; false when it moved. */
async function pushIfAt(git, remote, branch, expected, commit) {
    const push = await git.exec(['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `${commit}:refs/heads/${branch}`], { allowedExitCodes: [0, 1] });
    return push.exitCode === 0;
}
/**
 * The URL a remote is configured with, as written (before any `insteadOf`: the name a person gave
 * it, which names the hosted repository): a named remote's, or the path or URL itself; null for no such remote.
 */
async function remoteUrl(git, remote) {
    if (!isRemoteName(remote))
        return remote;
    const r = await git.exec(['config', '--get', `remote.${remote}.url`], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}


/***/ }),

/***/ 1503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E8: () => (/* binding */ withTempDir),
/* harmony export */   Tb: () => (/* binding */ runToFile),
/* harmony export */   vI: () => (/* binding */ execToBuffer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** Runs `fn` with a new private temporary folder, removed afterwards whatever happens. */
async function withTempDir(prefix, fn) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), prefix));
    try {
        return await fn(dir);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/** Runs git with stdout written to `file` (created or emptied). */
async function runToFile(git, args, file, input) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'w');
    try {
        await git.execBuffer(args, { input, stdoutFd: handle.fd });
    }
    finally {
        await handle.close();
    }
}
/**
 * Runs git with stdout sent to a temporary file, then reads the file: for
 * outputs of megabytes, which git writes in small pieces that cost far more
 * to read from a pipe one by one.
 */
async function execToBuffer(git, args, input) {
    return withTempDir('orch-out-', async (dir) => {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'stdout');
        await runToFile(git, args, file, input);
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    });
}


/***/ }),

/***/ 9417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ mergeOrder)
/* harmony export */ });
/* unused harmony export EXACT_ORDER_LIMIT */
/** Up to this many candidates the best set of clean merges is found exactly (2^n subsets at worst). */
const EXACT_ORDER_LIMIT = 24;
/**
 * The order to merge implementor branches into their overseer so that the
 * fewest merges hit a conflict. A merge conflicts at its turn when the
 * candidate conflicts with the overseer already or with a candidate merged
 * before it. So the merges that stay clean are a set of candidates no two of
 * which conflict, merged first; every other candidate conflicts with one of
 * them. The best order merges a largest such set first: a candidate whose
 * merge would make two others conflict goes after them. Ties go to the
 * candidate that makes the fewest others conflict, then the least behind,
 * then the lowest number. Held-back candidates (failing checks, guard
 * violations) and those with nothing to merge are left out.
 */
function mergeOrder(input) {
    const held = new Map();
    for (const h of input.heldBack)
        held.set(h.branch, [...(held.get(h.branch) ?? []), h]);
    const upToDate = input.candidates.filter((c) => c.ahead === 0 && !held.has(c.branch)).map((c) => c.name);
    const active = input.candidates.filter((c) => c.ahead !== 0 && !held.has(c.branch)).sort(byName);
    const index = new Map(active.map((c, i) => [c.branch, i]));
    const edge = new Map();
    const adjacent = active.map(() => new Set());
    for (const e of input.conflicts) {
        const i = index.get(e.a);
        const j = index.get(e.b);
        if (i === undefined || j === undefined || i === j)
            continue;
        adjacent[i].add(j);
        adjacent[j].add(i);
        edge.set(key(i, j), e);
    }
    const existing = new Map(input.overseerConflicts.filter((e) => index.has(e.a) || index.has(e.b)).map((e) => [index.has(e.a) ? e.a : e.b, e]));
    const rank = (i) => [adjacent[i].size, active[i].behind ?? 0, i];
    const free = active.map((_, i) => i).filter((i) => !existing.has(active[i].branch));
    const exact = free.length <= EXACT_ORDER_LIMIT;
    const clean = exact ? largestIndependent(free, adjacent, rank) : greedyIndependent(free, adjacent, rank);
    const inClean = new Set(clean);
    const rest = active.map((_, i) => i).filter((i) => !inClean.has(i));
    const order = [...clean.sort((a, b) => compare(rank(a), rank(b))), ...rest.sort((a, b) => compare(rank(a), rank(b)))];
    const merged = new Set();
    const conflicting = new Set(active.map((_, i) => i).filter((i) => existing.has(active[i].branch)));
    const steps = order.map((i, k) => {
        const c = active[i];
        const before = [...merged].filter((j) => adjacent[i].has(j)).sort((a, b) => a - b);
        const conflictsWith = [...(existing.has(c.branch) ? [existing.get(c.branch)] : []), ...before.map((j) => edge.get(key(i, j)))];
        const later = order.slice(k + 1).filter((j) => adjacent[i].has(j) && !conflicting.has(j));
        const makesConflict = later.map((j) => edge.get(key(i, j)));
        merged.add(i);
        for (const j of later)
            conflicting.add(j);
        return {
            position: k + 1,
            branch: c.branch,
            name: c.name,
            ...(c.pr !== undefined ? { pr: c.pr } : {}),
            conflicts: conflictsWith.length > 0,
            conflictsWith,
            makesConflict,
            reason: reasonOf(c, conflictsWith, makesConflict, active, [...adjacent[i]].filter((j) => inClean.has(j)), inClean.has(i), input.overseer),
        };
    });
    const heldBack = input.candidates
        .filter((c) => held.has(c.branch))
        .sort(byName)
        .flatMap((c) => held.get(c.branch).map((h) => ({ ...h, name: c.name, ...(c.pr !== undefined ? { pr: c.pr } : {}) })));
    const existingConflicts = steps.filter((s) => existing.has(s.branch)).length;
    return {
        overseer: input.overseer,
        steps,
        heldBack,
        upToDate,
        newConflicts: steps.filter((s) => s.conflicts).length - existingConflicts,
        existingConflicts,
        exact,
    };
}
function reasonOf(c, conflictsWith, makesConflict, active, cleanNeighbours, clean, overseer) {
    const nameOf = (branch) => (branch === overseer ? 'the overseer' : (active.find((a) => a.branch === branch)?.name ?? branch));
    const other = (e) => nameOf(e.a === c.branch ? e.b : e.a);
    const files = (e) => (e.files.length ? ` in ${e.files.slice(0, 3).join(', ')}${e.files.length > 3 ? ', ...' : ''}` : '');
    if (clean) {
        if (!makesConflict.length)
            return 'merges cleanly; no other pull request conflicts with it';
        return `merges cleanly; afterwards ${makesConflict.map((e) => `${other(e)}${files(e)}`).join('; ')} will need resolving`;
    }
    const why = conflictsWith.map((e) => e.a === overseer || e.b === overseer ? `already conflicts with the overseer${files(e)}` : `conflicts with ${other(e)}${files(e)}`);
    const blocked = cleanNeighbours.length >= 2
        ? `; merged earlier it would make ${cleanNeighbours
            .sort((a, b) => a - b)
            .map((j) => active[j].name)
            .join(' and ')} conflict`
        : '';
    return `${why.join('; ')}: resolve while merging${blocked}`;
}
/** A largest set with no two adjacent, by branch and bound; among equals, the one with the best-ranked members. */
function largestIndependent(nodes, adjacent, rank) {
    const order = [...nodes].sort((a, b) => compare(rank(a), rank(b)));
    let best = [];
    const chosen = [];
    const walk = (k, blocked) => {
        const left = order.slice(k).filter((i) => !blocked.has(i)).length;
        if (chosen.length + left <= best.length)
            return;
        if (k === order.length) {
            best = [...chosen];
            return;
        }
        const i = order[k];
        if (!blocked.has(i)) {
            chosen.push(i);
            walk(k + 1, new Set([...blocked, ...adjacent[i]]));
            chosen.pop();
        }
        walk(k + 1, blocked);
    };
    walk(0, new Set());
    return best;
}
/** Above the exact limit: take the candidate with the fewest conflicts among those left, repeatedly. */
function greedyIndependent(nodes, adjacent, rank) {
    const left = new Set(nodes);
    const out = [];
    while (left.size) {
        const degree = (i) => [...adjacent[i]].filter((j) => left.has(j)).length;
        const i = [...left].sort((a, b) => degree(a) - degree(b) || compare(rank(a), rank(b)))[0];
        out.push(i);
        left.delete(i);
        for (const j of adjacent[i])
            left.delete(j);
    }
    return out;
}
function key(i, j) {
    return i < j ? `${i} ${j}` : `${j} ${i}`;
}
function byName(a, b) {
    const na = Number(/(\d+)$/.exec(a.name)?.[1] ?? 0);
    const nb = Number(/(\d+)$/.exec(b.name)?.[1] ?? 0);
    return na - nb || (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : 0);
}
function compare(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}


/***/ }),

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ orderInputFromProjection),
/* harmony export */   vY: () => (/* binding */ orderInputFromReport)
/* harmony export */ });
/* unused harmony exports guardViolationsFrom, holdBacksOf */
/* harmony import */ var _conflicts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1217);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3182);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4639);


/** Guard violations by branch from raw events; events of other kinds or without a branch are ignored. */
function guardViolationsFrom(events) {
    const out = new Map();
    for (const e of events) {
        if (e.kind !== 'guard-violation' || !e.data || typeof e.data !== 'object')
            continue;
        const d = e.data;
        if (typeof d.branch !== 'string' || !d.branch)
            continue;
        const what = [d.detail, d.reason, d.subject, d.path].find((x) => typeof x === 'string' && x !== '') ?? 'guard violation';
        out.set(d.branch, [...(out.get(d.branch) ?? []), what]);
    }
    return out;
}
/** Failing checks (latest result per suite at the branch's latest tested commit; the conflict check is the conflict, which the order weighs, so it is left out) and guard violations of one branch. */
function holdBacksOf(feature, branch, guard) {
    const out = [];
    const failing = feature ? (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .latestTests */ .J7)(feature).filter((t) => t.branch === branch && t.failed > 0 && t.suite !== _conflicts__WEBPACK_IMPORTED_MODULE_1__/* .CONFLICT_CHECK_SUITE */ .Z) : [];
    if (failing.length)
        out.push({
            branch,
            kind: 'failing-checks',
            detail: failing.map((t) => `${t.suite}: ${t.failed} failed at ${t.commit.slice(0, 7)}`).join('; '),
        });
    // The role guard's open violations on the state branch (cleared ones do not count), plus any given.
    const recorded = feature
        ? (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openGuards */ .X)(feature, branch).map((g) => `${g.kind === 'pr-target' ? 'pull request targets' : 'changed'} ${g.subject}`)
        : [];
    const violations = [...new Set([...recorded, ...(guard.get(branch) ?? [])])];
    if (violations.length)
        out.push({ branch, kind: 'guard-violation', detail: violations.join('; ') });
    return out;
}
function prOf(feature, branch, overseer) {
    return feature ? (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .openPrs */ .uo)(feature).find((p) => p.head === branch && p.base === overseer)?.number : undefined;
}
/** From a fresh conflict scan (detect-conflicts, integrate-order): its pairs and divergence, plus PRs and checks from the state. */
function orderInputFromReport(report, spec, projection, guard = new Map()) {
    const overseer = report.branches.find((b) => b.spec === spec && b.role === 'overseer');
    if (!overseer)
        return null;
    const feature = projection?.features[spec];
    const implementors = report.branches.filter((b) => b.spec === spec && b.role === 'implementor');
    const names = new Set(implementors.map((b) => b.name));
    const candidates = implementors.map((b) => {
        const d = report.divergence.find((x) => x.branch === b.name && x.against === overseer.name);
        const pr = prOf(feature, b.name, overseer.name);
        return {
            branch: b.name,
            name: `impl-${b.index ?? 0}`,
            ...(pr !== undefined ? { pr } : {}),
            ...(d?.ahead !== null && d?.ahead !== undefined ? { ahead: d.ahead } : {}),
            ...(d?.behind !== null && d?.behind !== undefined ? { behind: d.behind } : {}),
        };
    });
    return {
        overseer: overseer.name,
        candidates,
        ...splitConflicts(report.pairs.filter((p) => p.status === 'conflicted'), names, overseer.name),
        heldBack: implementors.flatMap((b) => holdBacksOf(feature, b.name, guard)),
    };
}
/** From the state alone (the overseer's view, its pull request body): the last scan's open conflicts and divergence. */
function orderInputFromProjection(projection, spec, guard = new Map()) {
    const feature = projection.features[spec];
    const overseer = feature && (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .overseerOf */ .rl)(feature);
    if (!feature || !overseer)
        return null;
    const implementors = Object.values(feature.agents).filter((a) => a.role === 'implementor');
    const names = new Set(implementors.map((a) => a.branch));
    const candidates = implementors.map((a) => {
        const d = feature.divergence[a.branch]?.[overseer.branch];
        const pr = prOf(feature, a.branch, overseer.branch);
        return {
            branch: a.branch,
            name: `impl-${(0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .viewIndex */ .ue)(a) ?? 0}`,
            ...(pr !== undefined ? { pr } : {}),
            ...(d ? { ahead: d.ahead, behind: d.behind } : {}),
        };
    });
    return {
        overseer: overseer.branch,
        candidates,
        ...splitConflicts((0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .openConflicts */ .cX)(projection, spec), names, overseer.branch),
        heldBack: implementors.flatMap((a) => holdBacksOf(feature, a.branch, guard)),
    };
}
/** Conflicting pairs between two implementors, and between an implementor and the overseer (others are left out). */
function splitConflicts(pairs, implementors, overseer) {
    const conflicts = [];
    const overseerConflicts = [];
    for (const p of pairs) {
        const e = { a: p.left, b: p.right, files: [...new Set(p.files.map((f) => f.path))].sort() };
        if (implementors.has(p.left) && implementors.has(p.right))
            conflicts.push(e);
        else if ((implementors.has(p.left) && p.right === overseer) || (implementors.has(p.right) && p.left === overseer))
            overseerConflicts.push(e);
    }
    return { conflicts, overseerConflicts };
}


/***/ }),

/***/ 6422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ branchGlob),
/* harmony export */   K1: () => (/* binding */ agentBranch),
/* harmony export */   Qd: () => (/* binding */ parseBranch),
/* harmony export */   X4: () => (/* binding */ validateNaming),
/* harmony export */   gK: () => (/* binding */ formatBranch),
/* harmony export */   pF: () => (/* binding */ DEFAULT_NAMING)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(919);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8646);



const DEFAULT_NAMING = { pattern: 'feature/{spec}/{role}', overseer: 'overseer', implementor: 'impl-{n}' };
const SPEC_RE = '(\\d{3,}(?:-\\d{6})?-[a-z0-9]+(?:-[a-z0-9]+)*)';
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Checks a naming configuration; `where` names the config file or input for messages. */
function validateNaming(naming, where) {
    const count = (s, token) => s.split(token).length - 1;
    if (count(naming.pattern, '{spec}') !== 1 || count(naming.pattern, '{role}') !== 1) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.pattern ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(naming.pattern)} must contain {spec} and {role} exactly once, e.g. feature/{spec}/{role}`);
    }
    if (count(naming.implementor, '{n}') !== 1) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.implementor ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(naming.implementor)} must contain {n} exactly once, e.g. impl-{n}`);
    }
    const sample = formatBranch(naming, '001-sample', 'implementor', 1);
    const sampleO = formatBranch(naming, '001-sample', 'overseer');
    for (const [key, value] of [
        ['pattern', sample],
        ['overseer', sampleO],
    ]) {
        const problem = (0,_validate__WEBPACK_IMPORTED_MODULE_2__/* .branchNameProblem */ .hq)(value);
        if (problem)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.${key} gives branch names like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(value)}, which is not valid: ${problem}`);
    }
    if (naming.overseer.includes('{') || naming.overseer === '' || /^\{n\}$/.test(naming.implementor)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.overseer ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .h)(naming.overseer)} must be a plain name such as overseer`);
    }
    return naming;
}
function formatBranch(naming, spec, role, index) {
    const roleText = role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1));
    return naming.pattern.replace('{spec}', spec).replace('{role}', roleText);
}
/** Branch name → (spec, role, index) for the naming, or null when the branch is not one of ours. */
function parseBranch(naming, name) {
    if ((0,_validate__WEBPACK_IMPORTED_MODULE_2__/* .branchNameProblem */ .hq)(name))
        return null;
    const implRe = escapeRe(naming.implementor).replace('\\{n\\}', '([1-9]\\d{0,2})');
    const roleRe = `(?:(${escapeRe(naming.overseer)})|${implRe})`;
    const full = new RegExp('^' + escapeRe(naming.pattern).replace('\\{spec\\}', SPEC_RE).replace('\\{role\\}', roleRe) + '$');
    const m = full.exec(name);
    if (!m)
        return null;
    // Group order depends on whether {spec} comes before {role} in the pattern.
    const specFirst = naming.pattern.indexOf('{spec}') < naming.pattern.indexOf('{role}');
    const [spec, overseer, n] = specFirst ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
    if (!spec || (0,_validate__WEBPACK_IMPORTED_MODULE_2__/* .specIdProblem */ .Gr)(spec))
        return null;
    if (overseer)
        return { spec, role: 'overseer' };
    return { spec, role: 'implementor', index: Number(n) };
}
/** A glob over the remote's heads that finds every branch of the naming (for ls-remote / fetch). */
function branchGlob(naming, spec = '*') {
    return naming.pattern.replace('{spec}', spec).replace('{role}', '*');
}
/** Validates then formats: throws InputError quoting the name if it is unusable. */
function agentBranch(naming, spec, role, index) {
    return (0,_validate__WEBPACK_IMPORTED_MODULE_2__/* .validateBranchName */ .eg)(formatBranch(naming, spec, role, index), `${role} branch`);
}


/***/ }),

/***/ 919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ checkPlainGitName),
/* harmony export */   Gr: () => (/* binding */ specIdProblem),
/* harmony export */   V4: () => (/* binding */ branchOfRef),
/* harmony export */   YF: () => (/* binding */ assertStateBranch),
/* harmony export */   eg: () => (/* binding */ validateBranchName),
/* harmony export */   hq: () => (/* binding */ branchNameProblem),
/* harmony export */   uC: () => (/* binding */ validateRepoPath),
/* harmony export */   zx: () => (/* binding */ validateSpecId)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8646);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);



/** Spec ids: `NNN-slug` (3+ digits) or spec-kit's timestamp form `YYYYMMDD-HHMMSS-slug`. */
const SPEC_ID = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SPEC_ID = 100;
const MAX_BRANCH_BYTES = 200;
/** What may appear in a branch name we create or accept: a deliberate allowlist. */
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/;
// Bidi controls and other invisible format characters that can disguise a name.
const INVISIBLE = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_0__.C1, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_SEPARATORS */ .Ev, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_WIDTH */ .eA, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .SOFT_MARKS */ .i2]);
/** Why `value` is not acceptable as a spec id, or null when it is. */
function specIdProblem(value) {
    if (value === '')
        return 'it is empty';
    if (value.length > MAX_SPEC_ID)
        return `it is longer than ${MAX_SPEC_ID} characters`;
    if (INVISIBLE.test(value))
        return 'it contains control or invisible characters';
    if (/[/\\]/.test(value) || value.includes('..'))
        return 'it would leave the specs folder';
    if (!SPEC_ID.test(value))
        return 'it does not have the form of a spec id';
    return null;
}
function validateSpecId(value, what = 'spec-id') {
    const problem = specIdProblem(value);
    if (problem) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(value)} is not valid: ${problem}; expected NNN-short-name (3+ digits, a dash, lowercase letters, digits and dashes, e.g. 004-user-auth) or YYYYMMDD-HHMMSS-short-name`);
    }
    return value;
}
/** Why `value` is not acceptable as a branch name, or null when it is. */
function branchNameProblem(value) {
    if (value === '')
        return 'it is empty';
    if (Buffer.byteLength(value) > MAX_BRANCH_BYTES)
        return `it is longer than ${MAX_BRANCH_BYTES} bytes`;
    if (INVISIBLE.test(value))
        return 'it contains control or invisible characters';
    if (/\s/.test(value))
        return 'it contains whitespace';
    if (value.startsWith('-'))
        return 'it starts with "-" (it would be read as an option)';
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value))
        return 'it is an absolute path';
    if (value.startsWith('refs/'))
        return 'it starts with "refs/" (give the short branch name)';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{'))
        return 'it contains "@{"';
    if (value.includes('//'))
        return 'it contains "//"';
    if (value.endsWith('/'))
        return 'it ends with "/"';
    if (value.endsWith('.'))
        return 'it ends with "."';
    if (value === '@' || value === 'HEAD')
        return `"${value}" is reserved by git`;
    if (!BRANCH_CHARS.test(value))
        return 'it contains characters outside letters, digits, ".", "_", "-" and "/"';
    for (const part of value.split('/')) {
        if (part.startsWith('.'))
            return `the part "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `the part "${part}" ends with ".lock"`;
    }
    return null;
}
/** The branch a full ref names (`refs/heads/<branch>`), or null when it names no branch. */
function branchOfRef(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
function validateBranchName(value, what = 'branch') {
    const problem = branchNameProblem(value);
    if (problem) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(value)} is not valid: ${problem}; expected a branch name of letters, digits, ".", "_", "-" and "/" (e.g. feature/004-user-auth/impl-1)`);
    }
    return value;
}
/**
 * A relative path inside the repository (tasks files, config files): no
 * absolute paths, no `..`, no `.git`, no NUL.
 */
function validateRepoPath(value, what) {
    const parts = value.split(/[/\\]/);
    const problem = value === ''
        ? 'it is empty'
        : INVISIBLE.test(value)
            ? 'it contains control or invisible characters'
            : value.startsWith('/') || /^[A-Za-z]:/.test(value)
                ? 'it is an absolute path'
                : parts.includes('..')
                    ? 'it contains ".." and would leave the repository'
                    : parts.some((p) => p.toLowerCase() === '.git')
                        ? 'it points into ".git"'
                        : null;
    if (problem)
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .h)(value)} is not valid: ${problem}; expected a path relative to the repository root`);
    return value;
}
const STATE_BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
/**
 * The state store's own check of its branch (it may be opened without the
 * CLI's validateBranchName): stricter on the first character, and with its
 * own message, which the store has always given.
 */
function assertStateBranch(branch) {
    if (!STATE_BRANCH.test(branch) ||
        branch.includes('..') ||
        branch.includes('//') ||
        branch.endsWith('/') ||
        branch.endsWith('.') ||
        branch.endsWith('.lock') ||
        branch.includes('/.')) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`state branch ${JSON.stringify(branch)} is not valid: expected letters, digits, ".", "_", "-" and "/" (like orchestrator/state), without "..", "//" or a ".lock" ending`);
    }
    return branch;
}
/** What git's check-ref-format refuses in a name (roughly), and a leading "-" that would read as an option. */
const UNSAFE_GIT_NAME = new RegExp(`${(0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY]).source}|[ :?*[\\\\^~]|\\.\\.|@\\{|^-|^/|/$|\\.lock$`);
/** A remote or branch name that goes into a refspec as it is: a plain git name, else an InputError naming `kind`. */
function checkPlainGitName(kind, name) {
    if (!name || name.length > 255 || UNSAFE_GIT_NAME.test(name)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${kind} ${JSON.stringify(name)} is not valid: expected a plain git name (no spaces, no leading "-", no "..", ":" or control characters)`);
    }
}


/***/ }),

/***/ 3776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sha256Hex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// crypto.hash (Node 20.12+) is about twice as fast as createHash for small inputs, which a rebuild of 100k events feels.
const oneShot = node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash;
/** Hex sha256 of a text (UTF-8). */
function sha256Hex(text) {
    return oneShot ? oneShot('sha256', text, 'hex') : node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ assertSafeSegment)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);

/*
 * A feature id becomes a folder of the state branch (events/<spec>/…,
 * features/<spec>/…): an event is refused when it names one that could climb
 * out. The event format checks it, so it lives here; log/paths builds with it.
 */
/** Letters, digits, ".", "_", "-"; not starting with "." or "-"; no "..". */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
/** Refuses anything that could escape a folder when used as one path segment. */
function assertSafeSegment(value, what) {
    if (typeof value !== 'string' || !SAFE_SEGMENT.test(value) || value.includes('..') || value.toLowerCase() === '.git') {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} ${JSON.stringify(value)} cannot be used in a path: expected 1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-" and without ".."`);
    }
    return value;
}


/***/ }),

/***/ 8743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ checkedEventRelativePath),
/* harmony export */   e: () => (/* binding */ normalizeRoot),
/* harmony export */   yC: () => (/* binding */ StateLayout)
/* harmony export */ });
/* unused harmony export eventRelativePath */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _events_safe_segment__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4325);


/**
 * Where things live on the state branch (see LAYOUT.md). Every path we build
 * goes through here, and every user-influenced segment is checked so that no
 * value can climb out of its folder.
 */

/** Normalises the `root` option ('' = the branch root) and refuses parent or hidden-git segments. */
function normalizeRoot(root) {
    const trimmed = (root ?? '').replace(/^\/+|\/+$/g, '');
    if (trimmed === '')
        return '';
    for (const segment of trimmed.split('/')) {
        if (!/^[A-Za-z0-9._-]{1,100}$/.test(segment) || segment === '.' || segment === '..' || segment.toLowerCase() === '.git') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`state root ${JSON.stringify(root)} is not valid: expected folder names of letters, digits, ".", "_" or "-", without "..", "." or ".git"`);
        }
    }
    return trimmed;
}
class StateLayout {
    root;
    /** '' or 'a/b/' */
    prefix;
    constructor(root) {
        this.root = root;
        this.prefix = root ? `${root}/` : '';
    }
    get eventsDir() {
        return `${this.prefix}events`;
    }
    get projectionPath() {
        return `${this.prefix}projection.json`;
    }
    /** sha256 of projection.json's bytes: a hand edit of the projection no longer matches it. */
    get projectionDigestPath() {
        return `${this.prefix}projection.json.sha256`;
    }
    /** Says "this branch (or folder) is agent-orchestrator's state": nothing is written on a branch without it. */
    get markerPath() {
        return `${this.prefix}.agent-orchestrator-state`;
    }
    get dashboardPath() {
        return `${this.prefix}README.md`;
    }
    eventPath(feature, key) {
        return `${this.eventsDir}/${eventRelativePath(feature, key)}`;
    }
    featureDir(feature) {
        return `${this.prefix}features/${(0,_events_safe_segment__WEBPACK_IMPORTED_MODULE_1__/* .assertSafeSegment */ .r)(feature, 'feature id')}`;
    }
    overseerViewPath(feature) {
        return `${this.featureDir(feature)}/overseer.md`;
    }
    implementorViewPath(feature, index) {
        if (!Number.isSafeInteger(index) || index < 1)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`implementor index ${index} is not a positive whole number`);
        return `${this.featureDir(feature)}/impl-${index}.md`;
    }
    /** Absolute path on the branch of a path relative to the root. */
    full(relative) {
        return `${this.prefix}${relative}`;
    }
}
/** `<feature>/<key[0:2]>/<key>.json`, relative to the events folder. */
function eventRelativePath(feature, key) {
    if (!/^[0-9a-f]{64}$/.test(key))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`event key ${JSON.stringify(key)} is not 64 lowercase hex digits`);
    return checkedEventRelativePath((0,_events_safe_segment__WEBPACK_IMPORTED_MODULE_1__/* .assertSafeSegment */ .r)(feature, 'feature id'), key);
}
/** The same for a feature and key already validated (a parsed event's): nothing is checked again. */
function checkedEventRelativePath(feature, key) {
    return `${feature}/${key.slice(0, 2)}/${key}.json`;
}


/***/ }),

/***/ 3934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X4: () => (/* binding */ PermanentGitFailure),
  D_: () => (/* binding */ fetchBranch),
  KL: () => (/* binding */ privateStateRef),
  VO: () => (/* binding */ pushWithLease)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
;// CONCATENATED MODULE: ./shared/git/git-failure.ts
/**
 * Which git failures a retry can fix. Only a lost race (the branch moved)
 * and a lost connection are worth another attempt; a remote that does not
 * exist, credentials or permissions that are refused, a hook or a branch
 * protection that declines, will answer the same way every time, so the
 * caller fails at once with git's own words.
 */
const PERMANENT = [
    /does not appear to be a git repository/i,
    /repository .* not found/i,
    /no such (?:remote|file or directory|device)/i,
    /not a git repository/i,
    /authentication failed/i,
    /could not read (?:username|password)/i,
    /terminal prompts disabled/i,
    /permission (?:to .* )?denied/i,
    /\b(?:401|403|404)\b/,
    /access denied|forbidden|not allowed|unauthori[sz]ed/i,
    /hook declined|declined|protected branch|GH006|GH013/i,
    /invalid (?:username|credentials|token)/i,
    /unsupported|unknown option|usage: git/i,
];
/** Signs of a connection problem that may pass (kept apart so that "could not read from remote" with a 5xx is retried). */
const TRANSIENT = [
    /could not resolve host|connection (?:timed out|reset|refused)|timed out|early eof|unexpected disconnect|rpc failed|\b50[0-4]\b/i,
];
function isPermanentGitFailure(stderr) {
    if (TRANSIENT.some((re) => re.test(stderr)) && !/hook declined|protected branch|\b40[13]\b/i.test(stderr))
        return false;
    return PERMANENT.some((re) => re.test(stderr));
}
/**
 * The line of git's message that says what went wrong: the first `fatal:`
 * or `error:` line (or a `remote:` line that names the refusal), else the
 * last non-empty line.
 */
function keyLine(stderr) {
    const lines = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const remote = lines.find((l) => /^remote: .*(?:error|denied|declined|protected|GH0\d\d)/i.test(l));
    const fatal = lines.find((l) => /^(?:fatal|error):/i.test(l));
    return remote ?? fatal ?? lines[lines.length - 1] ?? '';
}

// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
;// CONCATENATED MODULE: ./shared/state/log/remote-branch.ts





/**
 * Fetching and compare-and-swap pushing of the state branch. Only a private
 * ref under refs/orchestrator/ is written locally: never the user's
 * branches, index, working tree or HEAD.
 */
/** Where the fetched state branch is kept: `refs/orchestrator/remote-state/<remote>/<branch>`. */
function privateStateRef(remote, branch) {
    const slug = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/.test(remote) && !remote.includes('..') && !remote.endsWith('.lock')
        ? remote
        : `url-${(0,external_node_crypto_.createHash)('sha256').update(remote).digest('hex').slice(0, 12)}`;
    return `refs/orchestrator/remote-state/${slug}/${branch}`;
}
/**
 * Fetches `branch` into `privateRef`; returns its commit, or null when the
 * remote has no such branch (the private ref is then removed too).
 */
async function fetchBranch(git, remote, branch, privateRef, shallow) {
    const args = [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--no-auto-maintenance',
        // Without this, fetching from a named remote also moves the user's refs/remotes/<remote>/<branch>.
        '--refmap=',
        ...(shallow ? ['--depth=1'] : []),
        '--',
        remote,
        `+refs/heads/${branch}:${privateRef}`,
    ];
    for (let attempt = 1;; attempt++) {
        const r = await git.exec(args, { allowedExitCodes: [0, 1, 128] });
        if (r.exitCode === 0)
            return git.resolveCommit(privateRef);
        if (/couldn't find remote ref/i.test(r.stderr)) {
            await (0,refs/* deleteRef */.jq)(git, privateRef);
            return null;
        }
        // Another process of ours updating the same private ref at this moment: try again shortly.
        if (/cannot lock ref|unable to update local ref|some local refs could not be updated/i.test(r.stderr) && attempt < 6) {
            await (0,promises_.setTimeout)(20 * attempt + Math.floor(Math.random() * 30));
            continue;
        }
        const error = new errors/* GitError */.XS(`git fetch of ${branch} from ${remote} failed: ${keyLine(r.stderr)}`, args, r.stderr, r.exitCode);
        if (isPermanentGitFailure(r.stderr))
            throw new PermanentGitFailure(error.message, args, r.stderr, r.exitCode);
        throw error;
    }
}
/**
 * Compare-and-swap: move `branch` to `commit` only if it is still exactly at
 * `expected` (null: only if it does not exist). A plain fast-forward push is
 * not enough: it would succeed after the branch was force-pushed back to an
 * ancestor and resurrect the commits that were removed.
 */
async function pushWithLease(git, remote, branch, commit, expected) {
    const target = `refs/heads/${branch}`;
    const args = [
        'push',
        '--porcelain',
        '--no-verify',
        '--no-recurse-submodules',
        `--force-with-lease=${target}:${expected ?? ''}`,
        '--',
        remote,
        `${commit}:${target}`,
    ];
    let r;
    try {
        r = await git.exec(args, { allowedExitCodes: [0, 1, 128] });
    }
    catch (error) {
        return { status: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
    const line = r.stdout.split('\n').find((l) => l.includes(`:${target}\t`));
    if (!line) {
        if (isPermanentGitFailure(r.stderr))
            return { status: 'refused', detail: keyLine(r.stderr) };
        return { status: 'unknown', detail: lastLines(r.stderr) || `git push exited with ${r.exitCode}` };
    }
    const [flag, , summary = ''] = line.split('\t');
    if (r.exitCode === 0 && flag !== '!')
        return { status: 'pushed' };
    if (/hook declined|protected branch|permission|denied|not allowed/i.test(summary)) {
        return { status: 'refused', detail: `${summary}${r.stderr ? `: ${keyLine(r.stderr)}` : ''}` };
    }
    return { status: 'stale', detail: summary };
}
/** A fetch failure that no retry can fix (no such remote, credentials or permission refused). */
class PermanentGitFailure extends errors/* GitError */.XS {
}
function lastLines(text) {
    return text.trim().split('\n').slice(-3).join(' / ');
}


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ openGuards),
/* harmony export */   w: () => (/* binding */ openDrift)
/* harmony export */ });
/* harmony import */ var _queries__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);

/*
 * What role-ci found and is still open on a branch. role-ci records these
 * (role-ci/guard-state, role-ci/drift-state); the views, integrate, open-pr
 * and agent health read them, so the reading lives here, below all of them.
 */
/** Violations of the feature still open (raised more often than cleared), by branch then subject. */
function openGuards(feature, branch) {
    return Object.values(feature.guards ?? {})
        .filter((g) => g.raised > g.cleared && (branch === undefined || g.branch === branch))
        .sort((a, b) => (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.branch, b.branch) || (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.kind, b.kind) || (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.subject, b.subject));
}
/** Drift of the feature still open (raised more often than cleared), by branch then path. */
function openDrift(feature, branch) {
    return Object.values(feature.drift ?? {})
        .filter((d) => d.raised > d.cleared && (branch === undefined || d.branch === branch))
        .sort((a, b) => (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.branch, b.branch) || (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r2)(a.path, b.path));
}


/***/ }),

/***/ 1192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qx: () => (/* binding */ isOurProjection),
  GN: () => (/* binding */ parseStoredProjection),
  a8: () => (/* binding */ projectionDigest)
});

// EXTERNAL MODULE: ./shared/state/events/digest.ts
var digest = __webpack_require__(3776);
// EXTERNAL MODULE: ./shared/state/projection/projection-types.ts
var projection_types = __webpack_require__(9373);
;// CONCATENATED MODULE: ./shared/state/projection/projection-check.ts

/**
 * The shape check of a stored projection.json. The projection is a cache:
 * anything in it that the code would trip over (a record that is a string, a
 * feature that is null, a count that is text) makes it unusable, and the
 * caller rebuilds it from the events instead of failing the write. Records
 * keyed by user data are copied into objects without a prototype, so that no
 * key (`__proto__`, `constructor`) can reach Object.prototype.
 */
class ShapeError extends Error {
}
const fail = (at, expected) => {
    throw new ShapeError(`${at} ${expected}`);
};
const str = (v, at) => (typeof v === 'string' ? v : fail(at, 'is not a text'));
const projection_check_int = (v, at) => (Number.isSafeInteger(v) && v >= 0 ? v : fail(at, 'is not a whole number'));
const maybe = (check) => (v, at) => v === undefined ? undefined : check(v, at);
const nullable = (check) => (v, at) => v === null ? null : check(v, at);
const list = (check) => (v, at) => Array.isArray(v) ? v.map((item, i) => check(item, `${at}[${i}]`)) : fail(at, 'is not a list');
/** A plain object with the given fields (other fields are kept as they are: a newer writer may add some). */
const object = (fields) => (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        fail(at, 'is not an object');
    const out = Object.create(null);
    for (const [key, value] of Object.entries(v))
        out[key] = value;
    for (const [key, check] of Object.entries(fields)) {
        const checked = check(out[key], `${at}.${key}`);
        if (checked !== undefined)
            out[key] = checked;
    }
    return out;
};
/** A record keyed by user data: a prototype-less copy, every value checked. */
const record = (check) => (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        fail(at, 'is not an object');
    const out = Object.create(null);
    for (const [key, value] of Object.entries(v))
        out[key] = check(value, `${at}[${JSON.stringify(key)}]`);
    return out;
};
const stamped = (fields) => object({ stamp: str, time: str, ...fields });
const range = object({ start: projection_check_int, end: projection_check_int });
const summary = stamped({ kind: str, feature: str, actor: str, summary: str });
const feature = object({
    spec: str,
    registration: nullable(stamped({ name: str, baseBranch: maybe(str), tasksFile: maybe(str), tasks: list(object({ id: str, description: str })) })),
    agents: record(stamped({ role: str, branch: str, index: maybe(projection_check_int) })),
    tasks: record(stamped({ state: str, commit: str, agent: str, message: maybe(str) })),
    prs: record(stamped({ action: str, number: projection_check_int, url: str, head: str, base: str })),
    conflicts: record(object({
        id: str,
        branches: list(str),
        detected: nullable(stamped({
            left: str,
            right: str,
            files: list(object({ path: str, kind: str, leftRanges: list(range), rightRanges: list(range) })),
        })),
        resolved: nullable(stamped({ detectedAt: str, lifetimeSeconds: projection_check_int })),
        openSince: list(str),
        manualSince: list(str),
        resolutions: projection_check_int,
    })),
    divergence: record(record(stamped({ ahead: projection_check_int, behind: projection_check_int, sha: str }))),
    tests: record(stamped({ role: str, suite: str, passed: projection_check_int, failed: projection_check_int, skipped: projection_check_int, durationMs: projection_check_int, commit: str })),
    blockers: record(object({
        id: str,
        raised: nullable(stamped({ agent: maybe(str), reason: str })),
        cleared: nullable(stamped({ note: maybe(str) })),
        raisedCount: projection_check_int,
        clearedCount: projection_check_int,
    })),
    guards: record(object({ branch: str, kind: str, subject: str, raised: projection_check_int, cleared: projection_check_int, detected: nullable(stamped({ detail: str, commit: str })) })),
    synced: record(stamped({ sha: str })),
    merged: record(record(stamped({ into: str, pr: maybe(projection_check_int) }))),
    scans: record(stamped({ at: str, pairs: projection_check_int, conflicted: projection_check_int, errors: projection_check_int })),
    assignments: maybe(record(stamped({ agent: str, occurrences: record(projection_check_int) }))),
    drift: maybe(record(object({
        branch: str,
        path: str,
        raised: projection_check_int,
        cleared: projection_check_int,
        detected: nullable(stamped({ commit: str, tasks: maybe(list(object({ id: str, agent: maybe(str), how: maybe(str) }))) })),
    }))),
    predicted: maybe(record(stamped({ agent: str, path: str, sibling: str, siblingSha: str, ranges: list(range), warnings: projection_check_int }))),
    activity: record(str),
    counts: record(projection_check_int),
    eventCount: projection_check_int,
    recent: list(summary),
});
const projection = object({
    schema: (v, at) => (v === projection_types/* PROJECTION_SCHEMA */.uH ? v : fail(at, `is ${JSON.stringify(v)}, not format version ${projection_types/* PROJECTION_SCHEMA */.uH}`)),
    eventCount: projection_check_int,
    eventsTree: nullable((v, at) => (typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v) ? v : fail(at, 'is not a tree id'))),
    features: (v, at) => {
        const out = record(feature)(v, at);
        for (const [key, f] of Object.entries(out))
            if (f.spec !== key)
                fail(`${at}[${JSON.stringify(key)}].spec`, 'is not its own key');
        return out;
    },
    recent: list(summary),
    problems: list(object({ path: str, reason: str })),
});
/** The projection, checked and made prototype-safe, or the first reason it cannot be used. */
function checkProjection(raw) {
    try {
        return { projection: projection(raw, 'projection') };
    }
    catch (error) {
        if (error instanceof ShapeError)
            return { problem: error.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/state/projection/projection-io.ts



/** The content of projection.json.sha256 for the bytes of a projection.json. */
function projectionDigest(serialized) {
    return `${(0,digest/* sha256Hex */.f)(serialized)}\n`;
}
/**
 * Reads a stored projection.json, or returns null with the reason when it
 * cannot be used (the caller then rebuilds it from the events): missing,
 * not the bytes its digest file vouches for (edited by hand), not JSON, or
 * not shaped like a projection anywhere the code would look.
 */
function parseStoredProjection(content, digest) {
    if (!content)
        return { projection: null, reason: 'missing' };
    const text = content.toString('utf8');
    if (digest !== undefined) {
        if (!digest)
            return { projection: null, reason: 'without its digest file (written by an older version, or removed)' };
        if (digest.toString('utf8') !== projectionDigest(text))
            return { projection: null, reason: 'not what its digest says (edited outside agent-orchestrator)' };
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { projection: null, reason: 'not valid JSON' };
    }
    const p = raw;
    if (!p || typeof p !== 'object' || Array.isArray(p))
        return { projection: null, reason: 'not a JSON object' };
    if (p.schema !== projection_types/* PROJECTION_SCHEMA */.uH)
        return { projection: null, reason: `of format version ${JSON.stringify(p.schema)}, not ${projection_types/* PROJECTION_SCHEMA */.uH}` };
    const checked = checkProjection(raw);
    if ('problem' in checked)
        return { projection: null, reason: `not shaped like a projection (${checked.problem})` };
    return { projection: checked.projection, reason: '' };
}
/** Whether a stored projection.json is one of ours (any version of the format): the marker of state branches written before the marker file. */
function isOurProjection(content) {
    if (!content)
        return false;
    try {
        const raw = JSON.parse(content.toString('utf8'));
        return Boolean(raw && typeof raw === 'object' && raw.schema === projection_types/* PROJECTION_SCHEMA */.uH && 'eventsTree' in raw && 'features' in raw);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ RECENT_LIMIT),
/* harmony export */   uH: () => (/* binding */ PROJECTION_SCHEMA),
/* harmony export */   xK: () => (/* binding */ FEATURE_RECENT_LIMIT)
/* harmony export */ });
/** Version of the projection.json format; a stored projection of another version is rebuilt. */
const PROJECTION_SCHEMA = 2;
/** How many recent events the dashboard and each feature keep (`events recent N` reads the log for more). */
const RECENT_LIMIT = 100;
const FEATURE_RECENT_LIMIT = 30;


/***/ }),

/***/ 2274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ agentAliases),
/* harmony export */   AW: () => (/* binding */ openBlockers),
/* harmony export */   DC: () => (/* binding */ lastSyncedSha),
/* harmony export */   Hi: () => (/* binding */ featuresOf),
/* harmony export */   J7: () => (/* binding */ latestTests),
/* harmony export */   W5: () => (/* binding */ countsTests),
/* harmony export */   YN: () => (/* binding */ timeOfStamp),
/* harmony export */   cX: () => (/* binding */ openConflicts),
/* harmony export */   eg: () => (/* binding */ lastActivity),
/* harmony export */   et: () => (/* binding */ agentsOf),
/* harmony export */   hv: () => (/* binding */ taskProgress),
/* harmony export */   nB: () => (/* binding */ compareTaskIds),
/* harmony export */   r2: () => (/* binding */ cmp),
/* harmony export */   uo: () => (/* binding */ openPrs)
/* harmony export */ });
/** Pairs whose latest conflict event is a detection, i.e. conflicting in the last scan that looked at them. */
function openConflicts(projection, feature) {
    const out = [];
    for (const f of featuresOf(projection, feature)) {
        for (const c of Object.values(f.conflicts)) {
            if (!c.detected || c.openSince.length === 0)
                continue;
            const d = c.detected;
            out.push({
                id: c.id,
                feature: f.spec,
                left: d.left,
                right: d.right,
                leftSha: d.leftSha,
                rightSha: d.rightSha,
                files: d.files,
                detectedAt: timeOfStamp(c.openSince[0]),
                lastSeenAt: d.time,
                manual: (c.manualSince ?? []).length > 0,
                ...(d.reason ? { reason: d.reason } : {}),
                ...(d.messages?.length ? { messages: d.messages } : {}),
                ...(d.kind ? { kind: d.kind } : {}),
                ...(d.check ? { check: d.check } : {}),
            });
        }
    }
    return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.left, b.left) || cmp(a.right, b.right) || cmp(a.id, b.id));
}
/** The last commit sync-status recorded as read for `branch` (in `feature`, or in any feature), or null. */
function lastSyncedSha(projection, branch, feature) {
    let best = null;
    for (const f of featuresOf(projection, feature)) {
        const s = f.synced[branch];
        if (s && (!best || s.stamp > best.stamp))
            best = s;
    }
    return best?.sha ?? null;
}
/** Registered tasks plus any task an agent reported, with their latest state. */
function taskProgress(feature) {
    const registered = new Map();
    for (const t of feature.registration?.tasks ?? [])
        registered.set(t.id, t);
    const ids = [...new Set([...registered.keys(), ...Object.keys(feature.tasks)])].sort(compareTaskIds);
    const tasks = ids.map((id) => {
        const r = registered.get(id);
        const s = feature.tasks[id];
        return {
            id,
            state: s?.state ?? 'open',
            phase: r?.phase,
            description: r?.description,
            agent: s?.agent,
            commit: s?.commit,
            time: s?.time,
            ...(s?.state === 'done' && feature.merged?.[id]?.[s.commit] ? { merged: true } : {}),
        };
    });
    const count = (state) => tasks.filter((t) => t.state === state).length;
    const merged = tasks.filter((t) => t.merged).length;
    return { total: tasks.length, done: count('done'), merged, inProgress: count('in-progress'), open: count('open'), tasks };
}
/** Agents in view order: the overseer first, then implementors by index, then by branch. */
function agentsOf(feature) {
    const rank = (a) => (a.role === 'overseer' ? 0 : 1);
    return Object.values(feature.agents).sort((a, b) => rank(a) - rank(b) || (a.index ?? 1e9) - (b.index ?? 1e9) || cmp(a.branch, b.branch));
}
/** The names an agent's reports may carry: its branch, its role and, for an implementor, `impl-<n>`. */
function agentAliases(agent) {
    const names = [agent.branch, agent.role];
    if (agent.role === 'implementor' && agent.index)
        names.push(`impl-${agent.index}`);
    return names;
}
function openPrs(feature) {
    return Object.values(feature.prs)
        .filter((p) => p.action === 'opened' || p.action === 'updated')
        .sort((a, b) => a.number - b.number);
}
function openBlockers(feature) {
    return Object.values(feature.blockers)
        .filter((b) => b.raised && (!b.cleared || b.raised.stamp > b.cleared.stamp))
        .sort((a, b) => cmp(a.id, b.id));
}
/**
 * Latest result per (role, branch, suite), by role, branch and suite; only the suites of
 * the newest commit tested on each (role, branch), so a suite the checks no longer run
 * (an old `pytest` beside the newer `unit`) drops off instead of staying forever.
 */
function latestTests(feature) {
    const all = Object.values(feature.tests);
    const newest = new Map();
    for (const t of all) {
        const at = JSON.stringify([t.role, t.branch ?? null]);
        const n = newest.get(at);
        if (!n || t.stamp > n.stamp)
            newest.set(at, t);
    }
    return all
        .filter((t) => t.commit === newest.get(JSON.stringify([t.role, t.branch ?? null])).commit)
        .sort((a, b) => cmp(a.role, b.role) || cmp(a.branch ?? '', b.branch ?? '') || cmp(a.suite, b.suite));
}
/** Whether a result's counts are tests; a check's are 1 passed or 1 failed (role-ci records `unit: check`). */
function countsTests(t) {
    return t.unit !== 'check';
}
/** The time of the newest event mentioning any of `names`, or null. */
function lastActivity(feature, names) {
    let best = null;
    for (const n of names) {
        const t = feature.activity[n];
        if (t && (!best || t > best))
            best = t;
    }
    return best;
}
function featuresOf(projection, feature) {
    if (feature !== undefined)
        return projection.features[feature] ? [projection.features[feature]] : [];
    return Object.keys(projection.features)
        .sort()
        .map((k) => projection.features[k]);
}
function timeOfStamp(stamp) {
    return stamp.slice(0, stamp.indexOf(' '));
}
function compareTaskIds(a, b) {
    const na = Number(a.slice(1));
    const nb = Number(b.slice(1));
    return na - nb || cmp(a, b);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 4639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ implementorViews),
/* harmony export */   rl: () => (/* binding */ overseerOf),
/* harmony export */   ue: () => (/* binding */ viewIndex)
/* harmony export */ });
/* harmony import */ var _queries__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);

/*
 * Who holds which seat of a feature. Views name their files after these and
 * integrate orders merges by them, so they live here, below both (they used
 * to be in the overseer view, which made integrate and the views import each
 * other).
 */
/** The implementor number a view is named after: the assigned index, or the `impl-<n>` suffix of its branch. */
function viewIndex(agent) {
    if (agent.role !== 'implementor')
        return null;
    if (agent.index)
        return agent.index;
    const m = /impl-(\d{1,3})$/.exec(agent.branch);
    return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}
/** Implementors that get an `impl-<n>.md`: per index, the one assigned last. */
function implementorViews(feature) {
    const byIndex = new Map();
    for (const agent of (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .agentsOf */ .et)(feature)) {
        const n = viewIndex(agent);
        if (n === null)
            continue;
        const current = byIndex.get(n);
        if (!current || agent.stamp > current.stamp)
            byIndex.set(n, agent);
    }
    return byIndex;
}
/** The feature's overseer: of several assigned, the one assigned last. */
function overseerOf(feature) {
    const overseers = (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .agentsOf */ .et)(feature).filter((a) => a.role === 'overseer');
    return overseers.reduce((best, a) => (!best || a.stamp > best.stamp ? a : best), null);
}


/***/ })

};
