import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 846:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(330);
/* harmony import */ var _commands_registry__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(966);
/* harmony import */ var _run_cli__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(197);



// The CLI binary's entry (bundled into dist/cli/index.js).
const code = await (0,_run_cli__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), _commands_registry__WEBPACK_IMPORTED_MODULE_2__/* .COMMANDS */ .L, _package_json__WEBPACK_IMPORTED_MODULE_0__/* .version */ .rE, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./shared/context.ts
/** Reads the runner's variables from an environment (the adapter and the CLI pass process.env). */
function runInfoFromEnv(env, readEvent) {
    const serverUrl = env.GITHUB_SERVER_URL || undefined;
    const repository = env.GITHUB_REPOSITORY || undefined;
    const runUrl = serverUrl && repository && env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return {
        repository,
        serverUrl,
        apiUrl: env.GITHUB_API_URL || undefined,
        runUrl,
        eventName: env.GITHUB_EVENT_NAME || undefined,
        event: env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined,
        ref: env.GITHUB_REF || undefined,
        sha: env.GITHUB_SHA || undefined,
        headRef: env.GITHUB_HEAD_REF || undefined,
        baseRef: env.GITHUB_BASE_REF || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        workflow: env.GITHUB_WORKFLOW || undefined,
    };
}

;// CONCATENATED MODULE: ./shared/errors.ts
/**
 * Typed errors. The exit code tells the caller what kind of failure it was:
 *   1 — the thing that was checked failed (conflicts found, tests failed, guard violated)
 *   2 — usage, configuration, input or environment error (including git failures)
 */
class OrchestratorError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A bad value given by the user: an input, a flag or an argument. */
class errors_InputError extends OrchestratorError {
    exitCode = 2;
}
/** A bad configuration file or setting. */
class ConfigurationError extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 2;
}
/** The checked thing failed: conflicts exist, tests failed, the role guard was violated. */
class CheckFailedError extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 1;
}
/** A git command failed unexpectedly; carries the command line and stderr. */
class GitError extends OrchestratorError {
    args;
    stderr;
    gitExitCode;
    exitCode = 2;
    constructor(message, args, stderr, gitExitCode, options) {
        super(message, options);
        this.args = args;
        this.stderr = stderr;
        this.gitExitCode = gitExitCode;
    }
}
/** The state branch could not be updated (lost every compare-and-swap race, corrupt log...). */
class StateError extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 2;
}
/** A GitHub API call failed in a way the user can act on. */
class GitHubError extends OrchestratorError {
    status;
    exitCode = 2;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
function exitCodeOf(error) {
    return error instanceof OrchestratorError ? error.exitCode : 2;
}
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./shared/naming/validate.ts

/** Spec ids: `NNN-slug` (3+ digits) or spec-kit's timestamp form `YYYYMMDD-HHMMSS-slug`. */
const SPEC_ID = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SPEC_ID = 100;
const MAX_BRANCH_BYTES = 200;
/** What may appear in a branch name we create or accept: a deliberate allowlist. */
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/;
// Bidi controls and other invisible format characters that can disguise a name.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
/** Shows a value safely inside an error message: control characters become escapes. */
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown).replace(/[\u0080-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
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
        throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected NNN-short-name (3+ digits, a dash, lowercase letters, digits and dashes, e.g. 004-user-auth) or YYYYMMDD-HHMMSS-short-name`);
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
function validateBranchName(value, what = 'branch') {
    const problem = branchNameProblem(value);
    if (problem) {
        throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected a branch name of letters, digits, ".", "_", "-" and "/" (e.g. feature/004-user-auth/impl-1)`);
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
        throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected a path relative to the repository root`);
    return value;
}

;// CONCATENATED MODULE: ./shared/options/options.ts


function label(spec, source) {
    return source === 'input' ? `input "${spec.name}"` : `--${spec.name}`;
}
/** Parsed, validated option values with typed getters. */
class OptionValues {
    values;
    source;
    constructor(values, source) {
        this.values = values;
        this.source = source;
    }
    has(name) {
        return this.values.get(name) !== undefined;
    }
    string(name) {
        const v = this.get(name);
        return v === undefined ? undefined : String(v);
    }
    requireString(name) {
        const v = this.string(name);
        if (v === undefined)
            throw new errors_InputError(`${this.source === 'input' ? `input "${name}"` : `--${name}`} is required`);
        return v;
    }
    bool(name) {
        return this.get(name) === true;
    }
    int(name) {
        const v = this.get(name);
        return typeof v === 'number' ? v : undefined;
    }
    list(name) {
        const v = this.get(name);
        return Array.isArray(v) ? v : [];
    }
    names() {
        return [...this.values.keys()].filter((k) => this.values.get(k) !== undefined);
    }
    get(name) {
        if (!this.values.has(name))
            throw new Error(`internal: option "${name}" is not declared for this command`);
        return this.values.get(name);
    }
}
/** Validates raw values (strings from INPUT_* or argv) against the specs; throws InputError quoting the bad value. */
function parseOptions(specs, raw, source) {
    for (const key of Object.keys(raw)) {
        if (raw[key] !== undefined && !specs.some((s) => s.name === key)) {
            throw new errors_InputError(`unknown ${source === 'input' ? `input "${key}"` : `option --${key}`}; expected one of ${specs.map((s) => s.name).join(', ')}`);
        }
    }
    const out = new Map();
    for (const spec of specs) {
        let value = raw[spec.name];
        if (typeof value === 'string' && spec.type !== 'multiline')
            value = value.trim();
        if (value === undefined || value === '')
            value = spec.default;
        if (value === undefined || value === '') {
            if (spec.required)
                throw new errors_InputError(`${label(spec, source)} is required: ${spec.description}`);
            out.set(spec.name, spec.type === 'boolean' ? false : undefined);
            continue;
        }
        out.set(spec.name, convert(spec, value, source));
    }
    return new OptionValues(out, source);
}
function convert(spec, value, source) {
    const what = label(spec, source);
    switch (spec.type) {
        case 'boolean': {
            if (typeof value === 'boolean')
                return value;
            if (/^(true|yes|on|1)$/i.test(value))
                return true;
            if (/^(false|no|off|0)$/i.test(value))
                return false;
            throw new errors_InputError(`${what} is ${quote(value)}: expected true or false`);
        }
        case 'integer': {
            const text = String(value);
            const range = spec.min !== undefined && spec.max !== undefined
                ? ` from ${spec.min} to ${spec.max}`
                : spec.min !== undefined
                    ? ` of at least ${spec.min}`
                    : '';
            if (!/^-?\d{1,9}$/.test(text))
                throw new errors_InputError(`${what} is ${quote(text)}: expected a whole number${range}`);
            const n = Number(text);
            if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
                throw new errors_InputError(`${what} is ${quote(text)}: expected a whole number${range}`);
            }
            return n;
        }
        case 'list':
            return String(value)
                .split(/[\n,]/)
                .map((s) => s.trim())
                .filter(Boolean);
        default: {
            const text = String(value);
            if (spec.choices && !spec.choices.includes(text))
                throw new errors_InputError(`${what} is ${quote(text)}: expected one of ${spec.choices.join(', ')}`);
            return text;
        }
    }
}
/** Options every command that touches state shares. */
const COMMON_OPTIONS = [
    {
        name: 'config',
        type: 'string',
        description: 'Path of the orchestrator configuration file, relative to the repository root.',
        default: '.github/orchestrator.yml',
    },
    {
        name: 'state-branch',
        type: 'string',
        description: 'Branch that holds the event log and the views (default from the config: orchestrator/state; "current" for the checked-out branch).',
    },
    { name: 'remote', type: 'string', description: 'Git remote to read branches from and push to.', default: 'origin' },
    { name: 'dry-run', type: 'boolean', description: 'Compute and print what would change without pushing anything.', default: 'false' },
    {
        name: 'token',
        type: 'string',
        description: 'GitHub token for API calls (pull requests, comments, labels). Pushes use the credentials of the checkout.',
        secret: true,
    },
];

;// CONCATENATED MODULE: ./shared/cli/argv.ts


/**
 * `--name value`, `--name=value`, boolean `--name` / `--no-name` / `--name=false`,
 * `--` ends options. Names are the action input names.
 */
function parseArgv(argv, specs, command) {
    const values = {};
    const positionals = [];
    let json = false;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--json') {
            json = true;
            continue;
        }
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        if (!arg.startsWith('--')) {
            if (arg.startsWith('-') && arg !== '-')
                throw new errors_InputError(`${command}: unknown option ${quote(arg)}; run "orchestrator ${command} --help"`);
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
        let negated = false;
        if (!specs.some((s) => s.name === name) &&
            name.startsWith('no-') &&
            specs.some((s) => s.name === name.slice(3) && s.type === 'boolean')) {
            name = name.slice(3);
            negated = true;
        }
        const spec = specs.find((s) => s.name === name);
        if (!spec)
            throw new errors_InputError(`${command}: unknown option ${quote(`--${name}`)}; run "orchestrator ${command} --help"`);
        if (spec.type === 'boolean') {
            values[name] = negated ? false : eq === -1 ? true : arg.slice(eq + 1);
            continue;
        }
        if (eq !== -1)
            values[name] = arg.slice(eq + 1);
        else {
            const next = argv[i + 1];
            if (next === undefined)
                throw new errors_InputError(`${command}: --${name} needs a value`);
            values[name] = next;
            i++;
        }
    }
    // Positional arguments fill the options that accept them, in order.
    const byPosition = specs.filter((s) => s.positional !== undefined).sort((a, b) => a.positional - b.positional);
    positionals.forEach((value, i) => {
        const spec = byPosition[i];
        if (!spec)
            throw new errors_InputError(`${command}: unexpected argument ${quote(value)}; run "orchestrator ${command} --help"`);
        if (values[spec.name] !== undefined)
            throw new errors_InputError(`${command}: ${spec.name} given twice (as an argument and as --${spec.name})`);
        values[spec.name] = value;
    });
    return { values, positionals, json, help };
}

;// CONCATENATED MODULE: ./shared/cli/help.ts
function wrap(text, width, indent) {
    const words = text.split(/\s+/);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + w.length + 1 > width) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${indent}`);
}
function commandHelp(cmd, prefix = 'orchestrator') {
    const positionals = cmd.options.filter((o) => o.positional !== undefined).sort((a, b) => a.positional - b.positional);
    const usage = [`${prefix} ${cmd.name}`, ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`)), '[options]'].join(' ');
    const lines = [`Usage: ${usage}`, '', cmd.summary, '', 'Options:'];
    for (const o of cmd.options) {
        const flag = o.type === 'boolean' ? `--${o.name}` : `--${o.name} <${o.type === 'integer' ? 'n' : 'value'}>`;
        const extra = [
            o.required ? 'required' : '',
            o.default !== undefined && o.default !== '' ? `default: ${o.default}` : '',
            o.choices ? `one of: ${o.choices.join(', ')}` : '',
        ]
            .filter(Boolean)
            .join('; ');
        lines.push(`  ${flag.padEnd(30)} ${wrap(o.description + (extra ? ` (${extra})` : ''), 70, ' '.repeat(33))}`);
    }
    lines.push(`  ${'--json'.padEnd(30)} Print the result as JSON on stdout.`);
    lines.push(`  ${'--help'.padEnd(30)} Show this help.`);
    lines.push('', 'Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.');
    return lines.join('\n') + '\n';
}
function mainHelp(commands, version) {
    const lines = [
        `orchestrator ${version}: coordinate one overseer and several implementor agents on a feature.`,
        '',
        'Usage: orchestrator <command> [options]',
        '',
        'Commands:',
    ];
    for (const c of commands)
        lines.push(`  ${c.name.padEnd(24)} ${wrap(c.summary, 70, ' '.repeat(27))}`);
    lines.push('', 'Run "orchestrator <command> --help" for the options of a command. Every command takes --json.');
    lines.push('Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./shared/cli/run-cli.ts








const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function cliLogger(io, json) {
    const clean = (m) => m.replace(CONTROL, '');
    const where = (p) => p?.file ? ` (${p.file}${p.startLine ? `:${p.startLine}${p.endLine && p.endLine !== p.startLine ? `-${p.endLine}` : ''}` : ''})` : '';
    return {
        debug: (m) => {
            if (io.env.ORCHESTRATOR_DEBUG)
                io.stderr(`debug: ${clean(m)}\n`);
        },
        info: (m) => {
            if (!json)
                io.stderr(`${clean(m)}\n`);
        },
        notice: (m, p) => io.stderr(`notice: ${clean(m)}${where(p)}\n`),
        warning: (m, p) => io.stderr(`warning: ${clean(m)}${where(p)}\n`),
        error: (m, p) => io.stderr(`error: ${clean(m)}${where(p)}\n`),
        group: async (name, fn) => {
            if (!json)
                io.stderr(`== ${clean(name)}\n`);
            return fn();
        },
    };
}
function readEvent(path) {
    try {
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Runs one CLI invocation; returns the exit code (0 ok, 1 check failed, 2 usage/config/input/git error). */
async function runCli(argv, commands, version, io) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(mainHelp(commands, version));
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`${version}\n`);
        return 0;
    }
    const command = commands.find((c) => c.name === name);
    let json = rest.includes('--json');
    try {
        if (!command)
            throw new errors_InputError(`unknown command ${quote(name)}; run "orchestrator --help" for the list`);
        const parsed = parseArgv(rest, command.options, command.name);
        json = parsed.json;
        if (parsed.help) {
            io.stdout(commandHelp(command));
            return 0;
        }
        if (parsed.values.token === undefined && command.options.some((o) => o.name === 'token')) {
            parsed.values.token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
        }
        const values = parseOptions(command.options, parsed.values, 'flag');
        const github = runInfoFromEnv(io.env, readEvent);
        let user = 'local';
        try {
            user = (0,external_node_os_namespaceObject.userInfo)().username;
        }
        catch {
            /* no user entry in containers */
        }
        const ctx = {
            cwd: io.cwd,
            logger: cliLogger(io, json),
            github,
            actor: github.workflow ? `workflow ${github.workflow}` : `cli ${user}`,
            now: () => new Date(),
            progress: json ? undefined : (m) => io.stderr(`${m.replace(CONTROL, '')}\n`),
        };
        const outcome = await command.run(values, ctx);
        if (json)
            io.stdout(`${JSON.stringify(outcome.json, null, 2)}\n`);
        else if (outcome.text)
            io.stdout(outcome.text.endsWith('\n') ? outcome.text : `${outcome.text}\n`);
        if (outcome.exitCode !== 0 && outcome.failure)
            io.stderr(`orchestrator ${command.name}: ${outcome.failure.replace(CONTROL, '')}\n`);
        return outcome.exitCode;
    }
    catch (error) {
        const code = exitCodeOf(error);
        const message = messageOf(error).replace(CONTROL, '');
        if (json)
            io.stdout(`${JSON.stringify({ error: { message, exitCode: code } }, null, 2)}\n`);
        io.stderr(`orchestrator${command ? ` ${command.name}` : ''}: error: ${message}\n`);
        if (io.env.ORCHESTRATOR_DEBUG && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return code;
    }
}


/***/ }),

/***/ 966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ COMMANDS)
/* harmony export */ });
/** Every command, in the order `orchestrator --help` lists them. */
const COMMANDS = [];


/***/ }),

/***/ 330:
/***/ ((module) => {

module.exports = {"rE":"1.0.0"};

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(846);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
