import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2846:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_json__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8330);
/* harmony import */ var _commands_lazy_registry__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9706);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_cli__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2229);




function scriptPath() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1]);
    }
    catch {
        return process.argv[1];
    }
}
// The CLI binary's entry (bundled into dist/cli/index.js): each command's code loads when it runs.
const code = await (0,_run_cli__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), _commands_lazy_registry__WEBPACK_IMPORTED_MODULE_2__/* .LAZY_COMMANDS */ .c, _package_json__WEBPACK_IMPORTED_MODULE_3__/* .version */ .rE, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    cliScript: scriptPath(),
    stderrIsTty: process.stderr.isTTY === true,
    stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2229:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
        inWorkflow: env.GITHUB_ACTIONS === 'true',
    };
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __nccwpck_require__(2635);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __nccwpck_require__(3768);
// EXTERNAL MODULE: ./shared/naming/nearest.ts
var nearest = __nccwpck_require__(8449);
// EXTERNAL MODULE: ./shared/options/options.ts
var options = __nccwpck_require__(285);
;// CONCATENATED MODULE: ./shared/cli/argv.ts




/**
 * `--name value`, `--name=value`, boolean `--name` / `--no-name` / `--name=false` / `--name false`,
 * `--` ends options. Names are the action input names.
 */
function parseArgv(argv, specs, command, cli = 'orchestrator') {
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
                throw new errors/* InputError */.dz(`${command}: unknown option ${(0,quote/* quote */.hD)(arg)}; run "${cli} ${command} --help"`);
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
        if (!spec) {
            const names = specs.flatMap((s) => (s.type === 'boolean' ? [`--${s.name}`, `--no-${s.name}`] : [`--${s.name}`]));
            const hint = (0,nearest/* didYouMean */.au)(`--${name}`, names, quote/* quote */.hD);
            throw new errors/* InputError */.dz(`${command}: unknown option ${(0,quote/* quote */.hD)(`--${name}`)};${hint ? hint.replace(/\?$/, ';') : ''} run "${cli} ${command} --help"`);
        }
        if (spec.type === 'boolean') {
            // `--name false` as well as `--name=false`: a following true/false is the flag's value.
            const next = argv[i + 1];
            if (!negated && eq === -1 && (next === 'true' || next === 'false')) {
                values[name] = next;
                i++;
            }
            else
                values[name] = negated ? false : eq === -1 ? true : arg.slice(eq + 1);
            continue;
        }
        if (eq !== -1)
            values[name] = arg.slice(eq + 1);
        else {
            const next = argv[i + 1];
            if (next === undefined)
                throw new errors/* InputError */.dz(`${command}: --${name} needs a value`);
            values[name] = next;
            i++;
        }
    }
    // Positional arguments fill the options that accept them, in order.
    const byPosition = specs.filter((s) => s.positional !== undefined).sort((a, b) => a.positional - b.positional);
    positionals.forEach((value, i) => {
        const last = byPosition[byPosition.length - 1];
        if (i >= byPosition.length && last?.variadic) {
            values[last.name] = `${values[last.name]}${options/* VARIADIC_SEPARATOR */.I$}${value}`;
            return;
        }
        const spec = byPosition[i];
        if (!spec)
            throw new errors/* InputError */.dz(`${command}: unexpected argument ${(0,quote/* quote */.hD)(value)}; run "${cli} ${command} --help"`);
        if (values[spec.name] !== undefined)
            throw new errors/* InputError */.dz(`${command}: ${spec.name} given twice (as an argument and as --${spec.name})`);
        values[spec.name] = value;
    });
    return { values, positionals, json, help };
}

// EXTERNAL MODULE: ./shared/git/git.ts
var git = __nccwpck_require__(7361);
// EXTERNAL MODULE: ./shared/git/config.ts
var config = __nccwpck_require__(8103);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __nccwpck_require__(4929);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __nccwpck_require__(1672);
;// CONCATENATED MODULE: ./shared/text/colour.ts


// The painters the CLI turns on. Style, Paint and noPaint live in text/paint.ts, below every renderer that paints.
// SGR codes: [on, off]. 22 ends bold and dim alike; 39 restores the default colour.
const CODES = {
    error: ['1;31', '22;39'],
    warning: ['1;33', '22;39'],
    notice: ['1;36', '22;39'],
    heading: ['1', '22'],
    ok: ['32', '39'],
    bad: ['31', '39'],
    dim: ['2', '22'],
};
/** Direct ANSI painting, for text we build around already neutralised parts (the logger's labels). */
const ansiPaint = (style, text) => `${controls/* CSI */.wg}${CODES[style][0]}m${text}${controls/* CSI */.wg}${CODES[style][1]}m`;
/**
 * Whether to colour a stream, as a modern CLI does: FORCE_COLOR decides when it
 * is set to a known value (0/false: off; 1/2/3/true: on; as in Node, it wins
 * over NO_COLOR); else NO_COLOR with any non-empty value turns colour off
 * (no-color.org); else never in a GitHub Actions log or on a dumb terminal;
 * else only when the stream is a terminal. An empty or unknown FORCE_COLOR is
 * ignored.
 */
function colourWanted(env, isTty) {
    const force = env.FORCE_COLOR?.trim().toLowerCase();
    if (force === '0' || force === 'false')
        return false;
    if (force === '1' || force === '2' || force === '3' || force === 'true')
        return true;
    if (env.NO_COLOR)
        return false;
    if (env.GITHUB_ACTIONS === 'true')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTty;
}
const OPEN = '\ue000';
const CLOSE = '\ue001';
/** A painter whose marks survive neutralising, and `finish` to turn them into colour or nothing. */
function markerPainter() {
    const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
    const marks = new RegExp(`${OPEN}${nonce}:(\\w+|/\\w+)${CLOSE}`, 'g');
    const paint = (style, text) => `${OPEN}${nonce}:${style}${CLOSE}${text}${OPEN}${nonce}:/${style}${CLOSE}`;
    const finish = (text, colour) => text.replace(marks, (_m, mark) => {
        if (!colour)
            return '';
        const style = (mark.startsWith('/') ? mark.slice(1) : mark);
        const codes = CODES[style];
        return codes ? `${controls/* CSI */.wg}${mark.startsWith('/') ? codes[1] : codes[0]}m` : '';
    });
    return { paint, finish };
}

// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __nccwpck_require__(7921);
;// CONCATENATED MODULE: ./shared/cli/examples.ts
const COMMAND_EXAMPLES = {
    demo: [{ args: 'demo --keep', says: 'Run the whole loop offline and keep the folder to look around in.' }],
    'init-feature': [
        { args: 'init-feature 004-user-auth --implementors 3', says: 'The overseer branch and impl-1..3 for specs/004-user-auth/.' },
        {
            args: 'init-feature 004-user-auth --agents claude --dry-run',
            says: 'Show the branches and the shared Claude Code files it would commit.',
        },
    ],
    'detect-conflicts': [
        { args: 'check-conflicts', says: "Scan this checkout's feature: every implementor against the others and its overseer." },
        {
            args: "check-conflicts --branches '**' --no-fail-on-conflict --json",
            says: 'Every agent branch of every feature, as JSON, exit 0 even when pairs conflict.',
        },
    ],
    'sync-status': [
        { args: 'sync-status', says: 'Record the task progress of the branch checked out here.' },
        { args: 'sync-status --all --dry-run', says: 'Show what every agent branch would tick, recording nothing.' },
    ],
    'role-ci': [
        { args: 'run-tests', says: "Guard this branch's role, then run the checks that fit it." },
        { args: 'run-tests --guard-only --conflict-check false', says: 'Only the role guard, without the conflict check.' },
    ],
    'open-pr': [{ args: 'open-pr --draft', says: 'Open (or update) the pull request of this implementor branch as a draft.' }],
    plan: [
        { args: 'plan 004-user-auth', says: "Show the waves and each implementor's tasks." },
        { args: 'plan 004-user-auth --apply', says: 'Record the assignment (task-assigned events) and owner comments in tasks.md.' },
    ],
    'integrate-order': [
        { args: 'integrate-order 004-user-auth', says: 'The order in which to merge the implementor pull requests into the overseer.' },
    ],
    hooks: [{ args: 'hooks install', says: 'Record task progress for every branch this clone pushes.' }],
    agents: [
        { args: 'agents setup --agent claude', says: "Write this agent's Claude Code rules and guide for its role." },
        { args: 'agents setup --agent codex --dry-run', says: 'Show the Codex rules and guide it would write.' },
    ],
    'check-path': [
        { args: 'check-path src/auth/login.ts', says: 'Which sibling branches changed this file since the merge base, and which lines.' },
        { args: 'check-path --fetch src/auth/login.ts src/auth/session.ts', says: "Fetch the feature's branches first, then answer." },
    ],
    dashboard: [{ args: 'dashboard --open', says: 'Render the web dashboard from the current state and open it.' }],
    'events add-feature': [{ args: "events add-feature 004-user-auth 'User authentication'", says: 'Register a feature by hand.' }],
    'events log': [
        { args: 'events log note --data \'{"text":"waiting for the schema"}\'', says: 'Record an event of any kind with its payload.' },
    ],
    'events recent': [{ args: 'events recent 50 --feature 004-user-auth', says: 'The 50 newest events of one feature.' }],
    'events status': [{ args: 'events status 004-user-auth', says: 'Tasks, agents, open conflicts, tests, pull requests and blockers.' }],
    'events log-conflict': [
        {
            args: "events log-conflict --left feature/004-user-auth/impl-1 --right feature/004-user-auth/impl-2 --reason 'both change the session format'",
            says: 'Record a semantic conflict a scan cannot see.',
        },
    ],
    'events resolve-conflict': [{ args: 'events resolve-conflict C3', says: 'Mark conflict C3 (as events status shows it) resolved.' }],
    'events raise-blocker': [
        { args: "events raise-blocker db-schema 'waiting for the migration'", says: 'Record a blocker for this agent.' },
    ],
    'events clear-blocker': [{ args: "events clear-blocker db-schema --note 'migration merged'", says: 'Clear it, saying how.' }],
    'events export': [
        { args: 'events export 004-user-auth report.md', says: 'A markdown report of one feature.' },
        { args: 'events export --format sqlite events.db', says: 'The whole log as a SQLite database.' },
    ],
    'events sql': [{ args: "events sql 'select kind, count(*) from events group by kind'", says: 'One read-only query over the log.' }],
    'events import': [
        { args: 'events import --from-sqlite old-orchestrator.db', says: 'Import a history: good rows in, bad rows named (exit 2).' },
        { args: 'events import --from-sqlite old-orchestrator.db --strict', says: 'All rows or none.' },
    ],
    'events log-usage': [
        {
            args: 'events log-usage --tokens-in 12000 --tokens-out 3400 --cost-usd 0.42 --model gpt-5-codex --task T012',
            says: "Record what another agent's session used, for this checkout's agent branch and task T012.",
        },
    ],
    metrics: [
        { args: 'metrics', says: 'Lead times, cycle times, pass rates and cost per done task for every feature, from the log alone.' },
        { args: 'metrics --feature 004-user-auth --since 2026-03-01 --json', says: 'One feature, since a day, as JSON.' },
    ],
    'conflicts brief': [
        {
            args: 'conflicts brief c1a2b3c4d',
            says: 'Hunks (base, ours, theirs), tasks, who rebases onto whom and the commands, for one conflict.',
        },
        {
            args: 'conflicts brief feature/004-user-auth/impl-1 feature/004-user-auth/impl-2 --json',
            says: 'The same for a branch pair, as JSON.',
        },
    ],
    'events verify': [{ args: 'events verify', says: 'Check projection.json and every view against a full rebuild.' }],
};

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
    const usage = [
        `${prefix} ${cmd.aliases?.[0] ?? cmd.name}`,
        ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`)),
        '[options]',
    ].join(' ');
    const lines = [
        `Usage: ${usage}`,
        '',
        cmd.summary,
        ...(cmd.aliases?.length ? ['', `Also: ${prefix} ${cmd.name} (the action's name).`] : []),
        '',
        'Options:',
    ];
    for (const o of cmd.options) {
        // A boolean that defaults to true is turned off with --no-<name> (or --<name> false): say so.
        const flag = o.type === 'boolean'
            ? o.default === 'true'
                ? `--${o.name}, --no-${o.name}`
                : `--${o.name}`
            : `--${o.name} <${o.type === 'integer' ? 'n' : 'value'}>`;
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
    const examples = COMMAND_EXAMPLES[cmd.name] ?? [];
    if (examples.length) {
        lines.push('', 'Examples:');
        for (const example of examples)
            lines.push(`  ${prefix} ${example.args}`, `      ${wrap(example.says, 90, ' '.repeat(6))}`);
    }
    lines.push('', 'Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.');
    return lines.join('\n') + '\n';
}
function mainHelp(commands, version, cli = 'orchestrator') {
    const lines = [
        `orchestrator ${version}: coordinate one overseer and several implementor agents on a feature.`,
        '',
        `Usage: ${cli} <command> [options]`,
        '',
        'Commands:',
    ];
    for (const c of commands) {
        const names = [...(c.aliases ?? []), c.name].join(', ');
        lines.push(`  ${names}`, `      ${wrap(c.summary, 90, ' '.repeat(6))}`);
    }
    lines.push('', `Run "${cli} <command> --help" for the options of a command. Every command takes --json.`);
    lines.push('Exit codes: 0 ok, 1 the checked thing failed, 2 usage, configuration, input or git error.');
    return lines.join('\n') + '\n';
}
/** `orchestrator events`: the subcommands of a group, each with its usage and summary. */
function groupHelp(group, commands, cli = 'orchestrator') {
    const lines = [`Usage: ${cli} ${group} <subcommand> [options]`, '', 'Subcommands:'];
    for (const c of commands) {
        const positionals = c.options.filter((o) => o.positional !== undefined).sort((a, b) => a.positional - b.positional);
        const usage = [c.name, ...positionals.map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))].join(' ');
        lines.push(`  ${cli} ${usage}`, `      ${wrap(c.summary, 90, ' '.repeat(6))}`);
    }
    lines.push('', `Run "${cli} ${group} <subcommand> --help" for the options of one.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./shared/text/paint.ts
var paint = __nccwpck_require__(2892);
;// CONCATENATED MODULE: ./shared/cli/run-cli.ts
















const clean = (m) => (0,neutralize/* neutralize */.Y)(m, { multiline: true });
function cliLogger(io, json, paint) {
    const where = (p) => p?.file
        ? ` (${clean(p.file)}${p.startLine ? `:${p.startLine}${p.endLine && p.endLine !== p.startLine ? `-${p.endLine}` : ''}` : ''})`
        : '';
    return {
        debug: (m) => {
            if (io.env.ORCHESTRATOR_DEBUG)
                io.stderr(`${paint('dim', 'debug:')} ${clean(m)}\n`);
        },
        info: (m) => {
            if (!json)
                io.stderr(`${clean(m)}\n`);
        },
        notice: (m, p) => io.stderr(`${paint('notice', 'notice:')} ${clean(m)}${where(p)}\n`),
        warning: (m, p) => io.stderr(`${paint('warning', 'warning:')} ${clean(m)}${where(p)}\n`),
        error: (m, p) => io.stderr(`${paint('error', 'error:')} ${clean(m)}${where(p)}\n`),
        group: async (name, fn) => {
            if (!json)
                io.stderr(`${paint('heading', '==')} ${clean(name)}\n`);
            return fn();
        },
    };
}
function readEvent(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Runs one CLI invocation; returns the exit code (0 ok, 1 check failed, 2 usage/config/input/git error). */
async function runCli(argv, commands, version, io) {
    const cli = io.cliScript ? (0,cli_invocation/* cliInvocation */.XU)(io.cliScript, io.cwd) : 'orchestrator';
    // Grouped commands ("events status") are found by their first two words.
    let [name, ...rest] = argv;
    if (name && rest.length && !rest[0].startsWith('-') && commands.some((c) => c.name === `${name} ${rest[0]}`)) {
        name = `${name} ${rest[0]}`;
        rest = rest.slice(1);
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(mainHelp(commands, version, cli));
        return name ? 0 : 2;
    }
    // A group ("events") without a known subcommand: list its subcommands.
    const group = name ? commands.filter((c) => c.name.startsWith(`${name} `)) : [];
    if (group.length && !commands.some((c) => c.name === name)) {
        const sub = rest[0];
        if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
            io.stdout(groupHelp(name, group, cli));
            return sub === undefined ? 2 : 0;
        }
        const hint = (0,nearest/* didYouMean */.au)(sub, group.map((c) => c.name.slice(name.length + 1)), quote/* quote */.hD);
        io.stderr(`orchestrator ${name}: error: unknown subcommand ${(0,quote/* quote */.hD)(clean(sub))}${clean(hint)}\n\n${groupHelp(name, group, cli)}`);
        return 2;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`${version}\n`);
        return 0;
    }
    const command = commands.find((c) => c.name === name || c.aliases?.includes(name));
    let json = rest.includes('--json');
    // Our framing only: the logger paints its labels around neutralised text; command text is painted with
    // markers that survive neutralising and become colour (or nothing) afterwards.
    const errPaint = colourWanted(io.env, io.stderrIsTty === true) ? ansiPaint : paint/* noPaint */.I;
    const outColour = colourWanted(io.env, io.stdoutIsTty === true);
    const marks = markerPainter();
    try {
        if (!command) {
            const names = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
            const hint = (0,nearest/* didYouMean */.au)(name, names, quote/* quote */.hD);
            throw new errors/* InputError */.dz(`unknown command ${(0,quote/* quote */.hD)(name)};${hint ? hint.replace(/\?$/, ';') : ''} run "${cli} --help" for the list`);
        }
        const parsed = parseArgv(rest, command.options, command.name, cli);
        json = parsed.json;
        if (parsed.help) {
            io.stdout(commandHelp(command, cli));
            return 0;
        }
        if (parsed.values.token === undefined && command.options.some((o) => o.name === 'token')) {
            parsed.values.token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
        }
        const values = (0,options/* parseOptions */.Ac)(command.options, parsed.values, 'flag');
        const github = runInfoFromEnv(io.env, readEvent);
        let user = 'local';
        try {
            user = (0,external_node_os_.userInfo)().username;
        }
        catch {
            /* no user entry in containers */
        }
        let actor;
        const ctx = {
            cwd: io.cwd,
            logger: cliLogger(io, json, errPaint),
            github,
            // In a workflow, the workflow; else the person as their commits name them (git identity), `cli <user>` when unset.
            // An agent's own commands (events) name its branch instead: see commands/caller.ts. Looked up on first read
            // only, so a command that records nothing (a hook's check, status, the dashboard) starts no git for it.
            get actor() {
                return (actor ??= github.workflow ? `workflow ${github.workflow}` : ((0,config/* userIdentity */.i)(new git/* Git */.TU(io.cwd)) ?? `cli ${user}`));
            },
            now: () => new Date(),
            tempDir: io.tempDir ?? (0,external_node_os_.tmpdir)(),
            cliScript: io.cliScript,
            localRoleFile: io.env.GITHUB_ACTIONS !== 'true',
            ...(json ? {} : { paint: marks.paint }),
            progress: json ? undefined : (m) => io.stderr(`${clean(m)}\n`),
            ...(json || !io.stderrIsTty
                ? {}
                : { statusLine: (m, last) => io.stderr(`\r${clean(m)}${controls/* CSI */.wg}K${last ? '\n' : ''}`) }),
        };
        const outcome = await command.run(values, ctx);
        if (json)
            io.stdout(`${(0,neutralize/* jsonSafe */.y)(outcome.jsonText?.() ?? JSON.stringify(outcome.json, null, 2))}\n`);
        else if (outcome.text) {
            const text = marks.finish(clean(outcome.text), outColour);
            io.stdout(text.endsWith('\n') ? text : `${text}\n`);
        }
        if (outcome.exitCode !== 0 && outcome.failure)
            io.stderr(`${errPaint('bad', `orchestrator ${command.name}:`)} ${clean(outcome.failure)}\n`);
        return outcome.exitCode;
    }
    catch (error) {
        const code = (0,errors/* exitCodeOf */.FO)(error);
        const message = clean((0,errors/* messageOf */.bD)(error));
        if (json)
            io.stdout(`${(0,neutralize/* jsonSafe */.y)(JSON.stringify({ error: { message, exitCode: code } }, null, 2))}\n`);
        io.stderr(`orchestrator${command ? ` ${command.name}` : ''}: ${errPaint('error', 'error:')} ${message}\n`);
        if (io.env.ORCHESTRATOR_DEBUG && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
        return code;
    }
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ LAZY_COMMANDS)
});

// UNUSED EXPORTS: loadCommand

;// CONCATENATED MODULE: ./shared/commands/manifest.json
const manifest_namespaceObject = /*#__PURE__*/JSON.parse('{"actions":["init-feature","detect-conflicts","sync-status","role-ci","open-pr","plan","integrate-order"],"commands":[{"name":"demo","summary":"Run the whole loop offline in a temporary folder with a local bare remote (init-feature, three implementors, sync-status, detect-conflicts, role-ci) and print the dashboard.","options":[{"name":"dir","type":"string","description":"Folder to run in (new or empty; default: a new temporary folder)."},{"name":"keep","type":"boolean","default":"true","description":"Keep the folder for you to inspect (--no-keep removes it at the end)."}],"outputs":[]},{"name":"init-feature","summary":"Create the overseer branch and N implementor branches for a spec in one atomic push, and register the feature and its agents on the state branch.","options":[{"name":"spec-id","type":"string","required":true,"positional":0,"description":"The spec folder name, e.g. 004-user-auth (NNN-slug or YYYYMMDD-HHMMSS-slug)."},{"name":"implementors","type":"integer","min":1,"max":20,"default":"3","description":"How many implementor branches to create (1 to 20)."},{"name":"base","type":"string","description":"Branch, tag or commit the branches start from (default: the repository\'s default branch)."},{"name":"name","type":"string","description":"Human title of the feature (default: the first heading of specs/<spec-id>/spec.md)."},{"name":"agents","type":"string","default":"none","description":"Commit the overseer\'s shared agent settings (claude, codex, generic; comma-separated) on top of base before the branches are cut, so every branch starts with them; none: off."},{"name":"allow-missing-spec","type":"boolean","default":"false","description":"Create the branches even though the repository has spec folders and none is named spec-id (by default that is refused as a likely typo)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[{"name":"overseer-branch","description":"Name of the overseer branch."},{"name":"implementor-branches","description":"JSON array of the implementor branch names."},{"name":"created","description":"JSON array of the branches this run created (empty on a re-run)."},{"name":"agent-settings-commit","description":"With agents: the commit holding the shared agent settings the new branches start from (empty when none was needed)."},{"name":"state-commit","description":"Commit of the state branch after recording (empty when nothing new was recorded or in dry-run)."}]},{"name":"detect-conflicts","aliases":["check-conflicts"],"summary":"Predict merge conflicts between the agent branches before anyone rebases: every implementor against the others and its overseer (or every pair), with files, line ranges and divergence; records new and resolved conflicts.","options":[{"name":"scope","type":"string","choices":["feature","all"],"default":"feature","description":"feature: pairs within each feature (implementors with each other and with their overseer); all: every pair of the selected branches, across features."},{"name":"branches","type":"list","description":"Glob patterns (comma or newline separated) that narrow the agent branches scanned, e.g. feature/004-*/** (CLI default: the checkout\'s own feature, when its branch or role file names one; \'**\' for all)."},{"name":"fail-on-conflict","type":"boolean","default":"true","description":"Fail the step (CLI: exit 1) when conflicts exist."},{"name":"max-parallel","type":"integer","min":1,"max":64,"description":"Concurrent git merges (default: the number of CPUs)."},{"name":"shard","type":"string","description":"Scan only the i-th of n deterministic slices of the pairs, e.g. 2/4 (for a workflow matrix); merge the reports with merge-reports."},{"name":"merge-reports","type":"string","description":"Glob of shard report files to combine into one summary and one set of events, instead of scanning."},{"name":"report-path","type":"string","description":"Where to write the full JSON report (default: $RUNNER_TEMP/conflict-report.json)."},{"name":"notify","type":"string","choices":["none","pr"],"default":"none","description":"pr: keep one comment and a label on each open pull request whose branch is in a conflicting pair (needs pull-requests: write)."},{"name":"label","type":"string","default":"merge-conflict","description":"Label added to pull requests with conflicts (notify: pr) and removed when they are gone."},{"name":"record","type":"boolean","default":"true","description":"Record conflict and divergence events on the state branch."},{"name":"cache","type":"boolean","default":"true","description":"Reuse the verdicts of earlier scans kept on the state branch (a verdict depends only on the two commits, git’s version and the pinned merge settings) and keep the new ones; false merges every pair again."},{"name":"trial","type":"string","choices":["none","build","test"],"default":"none","description":"Also build (build) or build and test (test) the merge of every clean pair in trial-scope, and each tip alone: finds build and test conflicts git cannot see. Runs branch code: refused unless the job holds nothing (record: false, token: \'\', no secret in its environment or git configuration; see README)."},{"name":"trial-scope","type":"string","choices":["overseer","all"],"default":"overseer","description":"overseer: each implementor merged into its overseer; all: every clean pair the scan saw."},{"name":"trial-commands","type":"multiline","description":"Checks to run, one \\"name: command\\" per line (names with test, spec or e2e are test checks, the others build checks); default: what role-ci runs for the overseer."},{"name":"trial-setup","type":"string","description":"Command run once per tip before its checks (e.g. npm ci); a merge with the same dependency manifests as a tip reuses its products (hard links)."},{"name":"trial-max-pairs","type":"integer","min":1,"max":10000,"default":"20","description":"Most pairs tried in one run (cached ones are free); the rest are reported as skipped."},{"name":"trial-timeout","type":"integer","min":1,"max":21600,"default":"600","description":"Seconds each trial command may run before it is stopped."},{"name":"suggest","type":"boolean","default":"false","description":"Run suggest-command on each conflicting pair the state has no suggestion for (at these tips, from this command), in a sandbox: a repository of its own with the merge in progress (markers in the files), the conflict brief on stdin, no token, HOME and TMPDIR inside it. A suggestion is proven only if no marker is left, only the conflicting files changed and the merge passes the trial checks; the job that records the report (merge-reports) pushes it as orchestrator/suggest/<pair-id>. Runs untrusted code: refused unless the job holds nothing, like trial."},{"name":"suggest-command","type":"string","description":"The resolver: a program and its arguments (an agent CLI such as claude -p, or a script), split into words like a shell would but run without one (no variables, globs, pipes or redirections; quote with \' or \\"). It reads the brief on stdin and edits the conflicting files in its working folder."},{"name":"suggest-max-pairs","type":"integer","min":1,"max":1000,"default":"5","description":"Most resolver runs in one scan (pairs the state answers are free); the rest are reported as skipped."},{"name":"suggest-timeout","type":"integer","min":1,"max":21600,"default":"900","description":"Seconds one resolver run may take; then its whole process group is killed and the suggestion rejected."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true},{"name":"token","type":"string","description":"GitHub token for API calls (pull requests, comments, labels). Pushes use the credentials of the checkout.","secret":true}],"outputs":[{"name":"conflict-count","description":"Number of conflicting branch pairs."},{"name":"conflicts","description":"JSON array of the conflicting pairs: branches, files, kinds and line ranges on each side."},{"name":"report-path","description":"Path of the full JSON report (all pairs, divergence)."},{"name":"clean","description":"true when no pair conflicts, else false."},{"name":"state-commit","description":"Commit of the state branch after recording (empty when nothing new)."},{"name":"trial-conflicts","description":"JSON array of the build and test conflicts found by trials: branches, commits, verdict, failing check (empty array without trial)."},{"name":"trial-untested","description":"JSON array of the pairs a trial could not judge because a side fails on its own, with that side."}]},{"name":"sync-status","summary":"Turn the commits pushed to agent branches into task progress: task ids in commit messages tick tasks.md and update the agents\' state files.","options":[{"name":"branch","type":"string","positional":0,"description":"Agent branch to sync (default: the pushed branch, or the checked-out one)."},{"name":"all","type":"boolean","default":"false","description":"Sync the agent branches on the remote of every registered feature (init-feature) instead of one branch; other branches that fit the pattern are skipped and listed."},{"name":"feature","type":"list","description":"With all: sync only these features (spec ids, comma separated), registered or not."},{"name":"branches","type":"list","description":"With all: sync only the agent branches these globs match (comma or newline separated), registered or not."},{"name":"tasks-target","type":"string","default":"state","choices":["state","overseer"],"description":"Where the ticked tasks.md is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec\'s own tasks.md, by compare-and-swap commit)."},{"name":"local","type":"boolean","default":"false","description":"Read the agent branch from the local repository instead of the remote (used by the post-commit hook)."},{"name":"annotate","type":"boolean","default":"true","description":"Add a trailing HTML comment with time, commit and agent to each task ticked (invisible on GitHub)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[{"name":"tasks-done","description":"JSON array of task ids the synced commits marked done."},{"name":"tasks-in-progress","description":"JSON array of task ids the synced commits mention without finishing them."},{"name":"progress","description":"Tasks done over total for the synced features, e.g. 12/40."},{"name":"state-commit","description":"Commit of the state branch after recording (empty when nothing new)."}]},{"name":"role-ci","aliases":["run-tests"],"summary":"Run the checks that fit the branch\'s role, after the role guard (implementors may not touch protected paths or target anything but their overseer branch); parse JUnit reports and record test results.","options":[{"name":"role","type":"string","choices":["overseer","implementor"],"description":"The role (default: worked out from the pushed branch or the pull request head with the naming pattern)."},{"name":"branch","type":"string","description":"The branch under test (default: from the run: the pushed ref or the pull request head)."},{"name":"commands","type":"multiline","description":"Checks to run, one \\"name: command\\" per line (default: roles.<role>.commands from the config, else detected from package.json, pytest, go.mod or Cargo.toml)."},{"name":"junit","type":"list","description":"Glob patterns of JUnit XML reports to read after the checks, e.g. reports/**/*.xml."},{"name":"guard-only","type":"boolean","default":"false","description":"Run only the role guard."},{"name":"fail-fast","type":"boolean","default":"false","description":"Stop at the first failing check (the rest are reported as skipped)."},{"name":"conflict-check","type":"boolean","default":"true","description":"For an implementor, also check for merge conflicts with its overseer and sibling implementors."},{"name":"timeout-minutes","type":"integer","min":1,"max":360,"description":"Time limit per check command."},{"name":"record","type":"boolean","description":"Record the results as test-result events on the state branch (default: true in the action, false in the CLI)."},{"name":"token","type":"string","secret":true,"description":"GitHub token (in a workflow). With it the guard reads the trusted side (the overseer branch, the pull request\'s base, the configuration) and records on the run\'s own repository, GITHUB_SERVER_URL/GITHUB_REPOSITORY, with the token as an extra header, never from origin\'s URL in .git/config. A job with a token may not run check commands (branch code): use guard-only."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[{"name":"role","description":"The role the checks ran for: overseer or implementor."},{"name":"passed","description":"Number of checks that passed."},{"name":"failed","description":"Number of checks that failed (guard violations count as one)."},{"name":"skipped","description":"Number of checks skipped (fail-fast)."},{"name":"results","description":"JSON: guard violations, each check (name, passed, exit code, duration) and JUnit totals with failed tests."},{"name":"scope-drift","description":"JSON array of the files an implementor changed outside the paths of its tasks, each with the tasks whose paths cover it and their agents (empty when none, or not checked)."}]},{"name":"open-pr","summary":"Open or update the agent branch\'s pull request: implementor → its overseer branch, overseer → the integration branch. The body is generated from state (tasks, tests, conflicts); text people add is kept. On a pull_request closed event, records the pull request as merged or closed.","options":[{"name":"branch","type":"string","positional":0,"description":"The head branch (default: the pushed or checked-out branch)."},{"name":"draft","type":"boolean","default":"false","description":"Create the pull request as a draft."},{"name":"title","type":"string","description":"Pull request title (default: \\"[<spec>] <feature name>: <agent>\\")."},{"name":"body-extra","type":"multiline","description":"Markdown added at the end of the generated part of the body."},{"name":"labels","type":"list","description":"Labels to add (comma or newline separated)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true},{"name":"token","type":"string","description":"GitHub token for API calls (pull requests, comments, labels). Pushes use the credentials of the checkout.","secret":true}],"outputs":[{"name":"pr-number","description":"Number of the pull request."},{"name":"pr-url","description":"Web address of the pull request."},{"name":"created","description":"true when this run created the pull request, false when it existed."}]},{"name":"plan","summary":"Assign the spec\'s open tasks to its implementors in waves, so that no two agents touch the same path at once: dependencies first, then no shared path within a wave, then fewest waves, then balanced load.","options":[{"name":"spec-id","type":"string","positional":0,"description":"The spec folder name, e.g. 004-user-auth (default: the feature of the agent branch, or of the local role file in the CLI)."},{"name":"apply","type":"boolean","default":"false","description":"Record the assignment (task-assigned events) and write <!-- owner: impl-n --> comments where tasks.md is rendered."},{"name":"tasks-target","type":"string","default":"state","choices":["state","overseer"],"description":"Where tasks.md with owner comments is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec\'s own tasks.md)."},{"name":"annotate","type":"boolean","default":"true","description":"Keep the done comments sync-status writes (as sync-status annotate) when tasks.md is rendered."},{"name":"exact-limit","type":"integer","min":0,"max":60,"default":"30","description":"Up to this many open tasks the fewest waves are found by exact search; above it a heuristic reports a lower bound."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[{"name":"waves","description":"Number of waves in the plan."},{"name":"optimal","description":"true when no plan with fewer waves exists (proven), else false."},{"name":"lower-bound","description":"No plan can have fewer waves than this."},{"name":"collisions","description":"Number of task pairs that share a path within a wave (only when unavoidable)."},{"name":"assignments","description":"JSON array of {id, agent, wave, why}, by wave."},{"name":"state-commit","description":"Commit of the state branch after recording (empty when nothing was recorded)."}]},{"name":"integrate-order","summary":"The order in which to merge the implementor pull requests into the overseer so that the fewest merges hit a conflict, with the reason per step; pull requests with failing checks or guard violations are held back.","options":[{"name":"spec-id","type":"string","positional":0,"description":"The spec folder name, e.g. 004-user-auth (default: the feature of the agent branch, or of the local role file in the CLI)."},{"name":"max-parallel","type":"integer","min":1,"max":64,"description":"Concurrent git merges (default: the number of CPUs)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[{"name":"order","description":"JSON array of the steps: branch, agent, pull request, predicted conflict, reason."},{"name":"new-conflicts","description":"Merges in this order predicted to hit a conflict that did not exist before."},{"name":"held-back","description":"JSON array of the pull requests held back and why (failing checks, guard violations)."}]},{"name":"hooks","summary":"Install (or remove) a git pre-push hook that records task progress for each pushed branch once the remote has it (sync-status), so only pushed work is recorded.","options":[{"name":"action","type":"string","required":true,"positional":0,"choices":["install","uninstall"],"description":"install or uninstall."},{"name":"force","type":"boolean","default":"false","description":"Install over a pre-push hook that is not ours: it is kept as pre-push.before-orchestrator and run first (uninstall puts it back)."}],"outputs":[]},{"name":"agents","summary":"Write the agent\'s side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging), the hooks (check-path before each edit, the brief at each session and prompt, usage after each turn) and a guide section, merged into your own files; --dry-run shows the changes. `agents brief`: what is new for this agent since it last asked (conflicts with both hunks, failing checks, guard, drift, blockers, assignments, merge order, review comments). `agents record-usage`: what the agent\'s model used since the last call (Claude Code\'s Stop and SessionEnd hook, or a Codex session log), priced and recorded in the background.","options":[{"name":"action","type":"string","required":true,"positional":0,"choices":["setup","brief","record-usage"],"description":"setup: write the files; brief: print what is new for this agent (nothing when nothing is); record-usage (reads the hook\'s JSON on stdin, or --codex-log; never fails: problems go to .git/orchestrator/usage.log)."},{"name":"role","type":"string","choices":["overseer","implementor"],"description":"The role (default: from the branch, else .orchestrator/agent.local)."},{"name":"agent","type":"string","choices":["claude","codex","generic"],"default":"claude","description":"claude: .claude settings and CLAUDE.md; codex: .codex/rules and AGENTS.md (AGENTS.override.md for an implementor); generic: AGENTS.md only."},{"name":"config","type":"string","default":".github/orchestrator.yml","description":"Path of the configuration file, read from a trusted commit (never the work tree)."},{"name":"remote","type":"string","default":"origin","description":"Git remote to read the trusted configuration from."},{"name":"block","type":"boolean","default":"false","description":"Claude Code: the check-path hook denies an edit of a file a sibling changed (default: it warns the agent)."},{"name":"dry-run","type":"boolean","default":"false","description":"Show what would change; write nothing."},{"name":"codex-log","type":"string","description":"record-usage: a Codex session log (~/.codex/sessions/…/rollout-*.jsonl) to read instead of the hook input."},{"name":"record-pending","type":"boolean","default":"false","description":"Internal: record the queued usage (the background recorder record-usage starts)."},{"name":"hook","type":"boolean","default":"false","description":"brief: read a Claude Code or Codex SessionStart / UserPromptSubmit payload on stdin and answer as its hook (JSON with hookSpecificOutput.additionalContext); always exits 0."},{"name":"fetch-timeout","type":"integer","default":"3","description":"brief: fetch the state branch and the feature branches first, stopped after this many seconds (0: read what is fetched)."},{"name":"record","type":"boolean","description":"brief: record a brief-delivered event (in the background) when something was told. Default: on with --hook."},{"name":"token","type":"string","description":"brief: a GitHub token (default GITHUB_TOKEN or GH_TOKEN) to read new comments on your pull request."}],"outputs":[]},{"name":"check-path","summary":"Before an edit: which sibling branches (implementors, overseer) changed these files since the merge base, and which lines; exit 1 when one did. From a cache, in milliseconds; --hook answers Claude Code\'s PreToolUse hook.","options":[{"name":"path","type":"multiline","positional":0,"variadic":true,"description":"The files to check (relative to the current folder, or absolute inside the repository); each argument is one path, line breaks and all."},{"name":"remote","type":"string","default":"origin","description":"Git remote of the sibling branches."},{"name":"config","type":"string","default":".github/orchestrator.yml","description":"Path of the configuration file (for the branch naming)."},{"name":"fetch","type":"boolean","default":"false","description":"Fetch the feature\'s branches first, then refresh the cache."},{"name":"hook","type":"boolean","default":"false","description":"Read Claude Code\'s PreToolUse JSON on stdin and answer as its hook: silent for an untouched file, never fails the edit."},{"name":"block","type":"boolean","default":"false","description":"With --hook: deny the edit (instead of a warning) when a sibling changed the file."},{"name":"record","type":"boolean","description":"Record a conflict-predicted event (in the background, once per agent, path and sibling tip). Default: on for --hook (an agent about to edit), off for a check by hand."},{"name":"record-pending","type":"boolean","default":"false","description":"Internal: record the queued conflict-predicted events (the background recorder)."}],"outputs":[]},{"name":"conflicts brief","summary":"The resolution brief of one conflict: each conflicting hunk with base, ours and theirs (diff3) and line numbers, the tasks behind each side, a resolution remembered from an earlier merge of the same hunk, who rebases onto whom (from the merge order) and the commands to do it.","options":[{"name":"conflict","type":"string","required":true,"positional":0,"description":"A conflict id as events status shows it (c1a2b3c4), or a branch pair: \\"<branch>..<branch>\\" or two branch names."},{"name":"other","type":"string","positional":1,"description":"The second branch, when the first argument is a branch."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"dashboard","summary":"Render the web dashboard (the docs/ site of the state branch) from the current state into a folder, and optionally open it.","options":[{"name":"dir","type":"string","description":"Folder to write the site to (default: orchestrator-dashboard in the temporary folder)."},{"name":"open","type":"boolean","default":"false","description":"Open the dashboard in the default browser."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"metrics","summary":"What the toolkit saved and what the agents cost, from the event log alone: conflict lead time, conflicts that reached a merge, task cycle time, PR time to merge, check pass rate and guard violations per agent, cost per done task.","options":[{"name":"feature","type":"string","description":"Only this feature (its spec id, e.g. 004-user-auth; default: all features)."},{"name":"since","type":"string","description":"Only what ended at or after this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]]Z): resolutions, merges, done tasks, check runs, violations, usage."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events add-feature","summary":"Register a feature (spec id and human name).","options":[{"name":"spec-id","type":"string","required":true,"positional":0,"description":"The spec id, e.g. 004-user-auth."},{"name":"name","type":"string","required":true,"positional":1,"description":"Human title of the feature."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events log","summary":"Record an event of any kind; --data is the JSON payload of that kind.","options":[{"name":"kind","type":"string","required":true,"positional":0,"description":"Event kind, e.g. blocker-raised."},{"name":"feature","type":"string","description":"The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file)."},{"name":"agent","type":"string","description":"Who records it (default: this checkout\'s agent branch, else your git identity)."},{"name":"data","type":"string","default":"{}","description":"The kind-specific payload as JSON."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events recent","summary":"The newest events (all features, or one with --feature).","options":[{"name":"count","type":"integer","min":1,"max":1000,"default":"20","positional":0,"description":"How many events."},{"name":"feature","type":"string","description":"Only events of this feature (default: all features)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events status","summary":"Feature status: tasks, agents, open conflicts, tests, pull requests, blockers.","options":[{"name":"spec-id","type":"string","positional":0,"description":"One feature (default: all)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events log-conflict","summary":"Record a conflict between two branches by hand (a semantic conflict a scan cannot see, say); scans never resolve it, resolve-conflict does.","options":[{"name":"feature","type":"string","description":"The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file)."},{"name":"left","type":"string","required":true,"description":"First branch."},{"name":"right","type":"string","required":true,"description":"Second branch."},{"name":"left-sha","type":"string","description":"Commit of the first branch, full or short (default: the branch\'s tip)."},{"name":"right-sha","type":"string","description":"Commit of the second branch, full or short (default: the branch\'s tip)."},{"name":"files","type":"string","description":"JSON array of {path, kind, leftRanges, rightRanges} (default: none)."},{"name":"reason","type":"string","description":"Why they conflict, e.g. \\"both change the session format\\"."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events resolve-conflict","summary":"Mark an open conflict (id as shown by status) resolved. A scan that still sees it opens it again.","options":[{"name":"id","type":"string","required":true,"positional":0,"description":"The conflict id."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events raise-blocker","summary":"Record a blocker for a feature.","options":[{"name":"feature","type":"string","description":"The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file)."},{"name":"id","type":"string","required":true,"positional":0,"description":"A short id for the blocker, e.g. db-schema."},{"name":"reason","type":"string","required":true,"positional":1,"description":"What blocks."},{"name":"agent","type":"string","description":"The blocked agent (branch or impl-N; default: this checkout\'s agent branch)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events clear-blocker","summary":"Clear an open blocker.","options":[{"name":"feature","type":"string","description":"The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file)."},{"name":"id","type":"string","required":true,"positional":0,"description":"The blocker id."},{"name":"note","type":"string","description":"How it was cleared."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events log-usage","summary":"Record what an agent\'s model used (any agent without a hook): tokens and cost in US dollars; checks the budgets.","options":[{"name":"feature","type":"string","description":"The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file)."},{"name":"tokens-in","type":"integer","min":0,"required":true,"description":"Input tokens (uncached)."},{"name":"tokens-out","type":"integer","min":0,"required":true,"description":"Output tokens."},{"name":"cost-usd","type":"string","required":true,"description":"What they cost in US dollars, e.g. 0.42."},{"name":"cache-read","type":"integer","min":0,"default":"0","description":"Input tokens read from the prompt cache."},{"name":"cache-write","type":"integer","min":0,"default":"0","description":"Input tokens written to the prompt cache."},{"name":"model","type":"string","description":"The model, e.g. gpt-5-codex."},{"name":"task","type":"list","description":"The task ids the usage was for, e.g. T012,T013 (default: none)."},{"name":"session","type":"string","description":"An id of the session or run (default: a new one each call)."},{"name":"agent","type":"string","description":"The agent branch (default: this checkout\'s agent branch)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events export","summary":"A markdown report of one feature (events export <spec-id> [file]), or the whole log as SQLite (events export --format sqlite <file>).","options":[{"name":"spec-id","type":"string","positional":0,"description":"The feature (markdown only; default: the checkout\'s, from its agent branch or local role file)."},{"name":"file","type":"string","positional":1,"description":"Write the report here instead of printing it (required for sqlite)."},{"name":"format","type":"string","default":"markdown","choices":["markdown","sqlite"],"description":"markdown: one feature; sqlite: a SQLite database of every event (tables and views in the README)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events sql","summary":"Run one read-only SQL query over the event log as SQLite (the tables of events export --format sqlite) and print a table.","options":[{"name":"query","type":"multiline","required":true,"positional":0,"description":"One SQL statement, e.g. \\"SELECT * FROM v_feature_status\\"."},{"name":"db","type":"string","description":"Query this exported database file instead of the state branch."},{"name":"time-limit","type":"integer","min":1,"max":3600,"default":"10","description":"Seconds the query may run; a query still running then (e.g. a recursive CTE with no end) is stopped with exit 2."},{"name":"max-rows","type":"integer","min":1,"max":10000000,"default":"10000","description":"Rows read and printed at most; the query stops there and the output says that more exist."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events import","summary":"Import the history of a SQLite event store (the original system’s tables, or an export) into the log; safe to run twice.","options":[{"name":"from-sqlite","type":"string","required":true,"description":"The SQLite file to read (read-only; inside the workspace or the temporary folder)."},{"name":"strict","type":"boolean","default":"false","description":"Import nothing when any row is bad (default: import the good rows, name the bad ones, exit 2)."},{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]},{"name":"events verify","summary":"Check that projection.json and every view equal a full rebuild from the events (exit 1 when not).","options":[{"name":"config","type":"string","description":"Path of the orchestrator configuration file, relative to the repository root.","default":".github/orchestrator.yml"},{"name":"state-branch","type":"string","description":"Branch that holds the event log and the views (default from the config: orchestrator/state; \\"current\\" for the checked-out branch)."},{"name":"remote","type":"string","description":"Git remote to read branches from and push to.","default":"origin"},{"name":"dry-run","type":"boolean","description":"Compute and print what would change without pushing anything.","default":"false"},{"name":"adopt-state-branch","type":"boolean","description":"Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).","default":"false"},{"name":"notify-webhook","type":"string","description":"Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.","secret":true}],"outputs":[]}]}');
;// CONCATENATED MODULE: ./shared/commands/lazy-actions.ts

/** manifest.json: written by `npm run generate` from registry.ts (check-generated compares). */
const COMMAND_MANIFEST = manifest_namespaceObject;
// Each command's module is imported only when that command runs: the bundler puts every dynamic
// import in its own chunk, so a start parses a fraction of the bundle (it parsed all of it for any
// command, and for --help). The action commands are here, apart, so that the root action's bundle
// holds only their chunks.
const ACTION_LOADERS = {
    'init-feature': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(616), __nccwpck_require__.e(831), __nccwpck_require__.e(862)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4831)).then((m) => [m.initFeatureCommand]),
    'detect-conflicts': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(190), __nccwpck_require__.e(744), __nccwpck_require__.e(539), __nccwpck_require__.e(917), __nccwpck_require__.e(767)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8917)).then((m) => [m.detectConflictsCommand]),
    'sync-status': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(203), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1261)).then((m) => [m.syncStatusCommand]),
    'role-ci': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(893), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(744), __nccwpck_require__.e(78), __nccwpck_require__.e(32)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3078)).then((m) => [m.roleCiCommand]),
    'open-pr': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(239), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 918)).then((m) => [m.openPrCommand]),
    plan: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(203), __nccwpck_require__.e(597)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6597)).then((m) => [m.planCommand]),
    'integrate-order': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(190), __nccwpck_require__.e(744), __nccwpck_require__.e(539), __nccwpck_require__.e(550)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9642)).then((m) => [m.integrateOrderCommand]),
};
/** A command of the manifest whose run loads its definition (through `load`) on first use. */
function lazyCommand(meta, load) {
    return { ...meta, run: async (values, ctx) => (await load(meta.name)).run(values, ctx) };
}
/** The definition named `name` among what `loader` gives. */
async function pickCommand(name, loader) {
    const found = (await loader?.())?.find((c) => c.name === name);
    // Only a manifest out of step with the sources gets here (npm run generate; check-generated catches it).
    if (!found)
        throw new Error(`command ${name} is in commands/manifest.json but no module defines it: run npm run generate`);
    return found;
}
const metaOf = (name) => COMMAND_MANIFEST.commands.find((c) => c.name === name);
/** The commands that are also actions (registry.ts's ACTION_COMMANDS, in its order), for the root action. */
const LAZY_ACTION_COMMANDS = COMMAND_MANIFEST.actions.map((name) => lazyCommand(metaOf(name), (n) => pickCommand(n, ACTION_LOADERS[n])));

;// CONCATENATED MODULE: ./shared/commands/lazy-registry.ts

// The CLI's commands as registry.ts lists them, each loaded when it runs (see lazy-actions.ts);
// names, options and help come from manifest.json.
const LOADERS = {
    ...ACTION_LOADERS,
    demo: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(893), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(190), __nccwpck_require__.e(744), __nccwpck_require__.e(203), __nccwpck_require__.e(539), __nccwpck_require__.e(616), __nccwpck_require__.e(78), __nccwpck_require__.e(917), __nccwpck_require__.e(831), __nccwpck_require__.e(552)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7552)).then((m) => [m.demoCommand]),
    hooks: () => __nccwpck_require__.e(/* import() */ 133).then(__nccwpck_require__.bind(__nccwpck_require__, 3133)).then((m) => [m.hooksCommand]),
    agents: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(190), __nccwpck_require__.e(616), __nccwpck_require__.e(124)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1901)).then((m) => [m.agentsCommand]),
    'check-path': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(190), __nccwpck_require__.e(99)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8336)).then((m) => [m.checkPathCommand]),
    'conflicts brief': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(807)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8807)).then((m) => [m.conflictsBriefCommand]),
    dashboard: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(929)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7310)).then((m) => [m.dashboardCommand]),
    metrics: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(280)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5280)).then((m) => [m.metricsCommand]),
    'events export': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(431), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7639)).then((m) => [m.exportCommand]),
    'events sql': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(431), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7639)).then((m) => [m.sqlCommand]),
    'events import': () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(431), __nccwpck_require__.e(24)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7024)).then((m) => [m.importCommand]),
    events: () => Promise.all(/* import() */[__nccwpck_require__.e(6), __nccwpck_require__.e(138), __nccwpck_require__.e(82), __nccwpck_require__.e(175), __nccwpck_require__.e(203), __nccwpck_require__.e(431), __nccwpck_require__.e(24), __nccwpck_require__.e(639), __nccwpck_require__.e(288)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9288)).then((m) => m.EVENTS_COMMANDS),
};
/** The full definition of a command of the manifest: its own module, else its group's (`events status` → events). */
function loadCommand(name) {
    return pickCommand(name, LOADERS[name] ?? LOADERS[name.split(' ')[0]]);
}
/** Every CLI command, in registry.ts's order, each loading its implementation when it runs. */
const LAZY_COMMANDS = COMMAND_MANIFEST.commands.map((meta) => lazyCommand(meta, loadCommand));


/***/ }),

/***/ 2635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   jD: () => (/* binding */ OrchestratorError),
/* harmony export */   qq: () => (/* binding */ StateError),
/* harmony export */   y_: () => (/* binding */ GitHubError)
/* harmony export */ });
/* unused harmony export CheckFailedError */
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
class InputError extends OrchestratorError {
    exitCode = 2;
}
/** A bad configuration file or setting. */
class ConfigurationError extends OrchestratorError {
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
class StateError extends OrchestratorError {
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


/***/ }),

/***/ 8103:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ credentialEntries),
/* harmony export */   i: () => (/* binding */ userIdentity)
/* harmony export */ });
/**
 * `git config`: the person's identity as their commits carry it.
 */
/**
 * `user.name <user.email>` as git would sign a commit here, or null when neither is set (or git cannot tell).
 * Read synchronously: the CLI's actor is looked up only when a command first asks for it (recording an
 * event, checking authority), so a command that records nothing starts no git for it.
 */
function userIdentity(git) {
    // Reported by the rev-parse that opened the repository (its trace): no process of its own.
    const seen = git.seenIdentityConfig();
    if (seen !== undefined)
        return identityOf(seen);
    try {
        const r = git.execSync(CONFIG_ARGS, { allowedExitCodes: [0, 1, 128] });
        return r.exitCode === 0 ? identityOf(r.stdout) : null;
    }
    catch {
        return null;
    }
}
const CONFIG_ARGS = ['config', '--get-regexp', '^user\\.(name|email)$'];
function identityOf(stdout) {
    const values = new Map();
    for (const line of stdout.split('\n')) {
        const m = /^user\.(name|email) (.*)$/.exec(line.trim());
        if (m)
            values.set(m[1], m[2].trim());
    }
    const name = values.get('name');
    const email = values.get('email');
    if (!name && !email)
        return null;
    // The actor field holds 100 characters of plain text.
    const who = name && email ? `${name} <${email}>` : (name ?? `<${email}>`);
    return who.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100);
}
/** A URL's password (and user) hidden: `https://user:secret@host` → `https://***@host`. */
function hideUserinfo(text) {
    return text.replace(/\/\/[^/@\s]*@/g, '//***@');
}
/**
 * The configuration entries (every scope git reads here, included files too) that hand a credential to any
 * process that can read them: an `http.*.extraheader` (what actions/checkout persists), a remote or
 * `insteadOf` URL with a password in it. Named with the credential hidden; empty when git cannot tell.
 */
async function credentialEntries(git) {
    const r = await git.exec(['config', '--null', '--get-regexp', '^(http\\..*extraheader|remote\\..*\\.(url|pushurl)|url\\..*\\.(insteadof|pushinsteadof))$'], { allowedExitCodes: [0, 1, 128] });
    if (r.exitCode !== 0)
        return [];
    const found = [];
    const withPassword = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]*@/i;
    for (const entry of r.stdout.split('\0')) {
        const cut = entry.indexOf('\n');
        const key = cut < 0 ? entry : entry.slice(0, cut);
        const value = cut < 0 ? '' : entry.slice(cut + 1);
        if (!key)
            continue;
        const holds = /extraheader$/i.test(key)
            ? value.trim() !== ''
            : withPassword.test(value) || withPassword.test(key.replace(/^url\./i, ''));
        if (holds)
            found.push(hideUserinfo(key));
    }
    return [...new Set(found)];
}


/***/ }),

/***/ 7361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ gitProcessCount),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   zy: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* unused harmony exports MINIMUM_GIT, parseGitVersion, versionOfTrace, configOfTrace */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2635);



const MINIMUM_GIT = { major: 2, minor: 38 };
let spawned = 0;
const SHALLOW_CHANGING = /^--(?:unshallow|depth|deepen|shallow-since|shallow-exclude|update-shallow)/;
/**
 * How many git processes this process has started so far. Every git process
 * is started by `Git.execBuffer`, so this is the whole count: a phase's share
 * is the difference before and after it.
 */
function gitProcessCount() {
    return spawned;
}
/**
 * The one door to git. Every call is `git <args...>` through spawn with an
 * argument array (never a shell), with prompts switched off and messages in
 * English (we read some of them). Nothing here touches the user's working
 * tree, index or HEAD unless a method says so by name.
 */
class Git {
    static versionCache;
    /** Config values git reported with the first rev-parse in a folder (`traceConfig`), by folder: see `seenIdentityConfig`. */
    static configSeen = new Map();
    cwd;
    baseEnv;
    /** Whether the repository is shallow, once asked; forgotten by any call that can change it. */
    shallow;
    format;
    objects;
    /** This instance's git processes that have not exited yet (see `stopRunning`). */
    running = new Set();
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.baseEnv = env;
    }
    /** A Git bound to `cwd` after checking that git is new enough. */
    static async open(cwd, env = {}) {
        const git = new Git(cwd, env);
        await git.assertVersion();
        return git;
    }
    async exec(args, options = {}) {
        const r = await this.execBuffer(args, options);
        return { stdout: r.stdout.toString('utf8'), stderr: r.stderr, exitCode: r.exitCode };
    }
    /** Like `exec`, but stdout as raw bytes: object contents may be binary or not UTF-8, and sizes are in bytes. */
    async execBuffer(args, options = {}) {
        const allowed = options.allowedExitCodes ?? [0];
        if (args.some((a) => SHALLOW_CHANGING.test(a)))
            this.shallow = undefined;
        const env = this.env(options.env);
        // trace2 on the fourth descriptor (git writes it to any descriptor from 2 to 9 it is told).
        const traced = options.trace === true && env.GIT_TRACE2 === undefined;
        if (traced)
            env.GIT_TRACE2 = '3';
        const traceConfig = traced && Boolean(options.traceConfig?.length) && env.GIT_TRACE2_CONFIG_PARAMS === undefined;
        if (traceConfig)
            env.GIT_TRACE2_CONFIG_PARAMS = options.traceConfig.join(',');
        return new Promise((resolve, reject) => {
            const stdio = [options.stdinFd ?? 'pipe', options.stdoutFd ?? 'pipe', 'pipe', ...(traced ? ['pipe'] : [])];
            spawned++;
            // With a time bound, git leads its own process group: a helper it started (git-remote-http) is stopped with it.
            const bounded = options.timeoutMs !== undefined;
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd: options.cwd ?? this.cwd, env, stdio, detached: bounded });
            this.running.add(child);
            const gone = () => this.running.delete(child);
            child.on('exit', gone);
            child.on('error', gone);
            const out = [];
            const err = [];
            const trace = [];
            child.stdio[3]?.on('data', (chunk) => trace.push(chunk));
            child.stdout?.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (cause) => {
                reject(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`could not run git: ${cause.message}`, args, '', null, { cause }));
            });
            let timedOut = false;
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    try {
                        process.kill(-child.pid, 'SIGKILL');
                    }
                    catch {
                        child.kill('SIGKILL');
                    }
                }, options.timeoutMs);
            child.on('close', (code) => {
                if (timer)
                    clearTimeout(timer);
                if (timedOut) {
                    reject(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${describeArgs(args)} did not finish within ${options.timeoutMs} ms and was stopped`, args, '', null));
                    return;
                }
                const stdout = Buffer.concat(out);
                const stderr = Buffer.concat(err).toString('utf8');
                const exitCode = code ?? -1;
                if (!allowed.includes(exitCode)) {
                    const summary = stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`;
                    reject(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${describeArgs(args)} failed: ${summary}`, args, stderr, exitCode));
                    return;
                }
                resolve({ stdout, stderr, exitCode, ...(traced ? { trace: Buffer.concat(trace).toString('utf8'), traceConfig } : {}) });
            });
            if (!child.stdin)
                return;
            child.stdin.on('error', () => {
                /* the process may exit before reading all input; its exit code tells */
            });
            if (options.input !== undefined)
                child.stdin.end(options.input);
            else
                child.stdin.end();
        });
    }
    /**
     * A small read that must not wait for the event loop (a value computed on first use): `git <args>` run
     * synchronously, stdout as text. Not for anything that may take long or write: use `exec`.
     */
    execSync(args, options = {}) {
        spawned++;
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [...args], { cwd: this.cwd, env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        if (r.error)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`could not run git: ${r.error.message}`, args, '', null, { cause: r.error });
        const exitCode = r.status ?? -1;
        if (!(options.allowedExitCodes ?? [0]).includes(exitCode)) {
            const summary = r.stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`;
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${describeArgs(args)} failed: ${summary}`, args, r.stderr, exitCode);
        }
        return { stdout: r.stdout, stderr: r.stderr, exitCode };
    }
    /**
     * Environment entries that add `config` to one call (`GIT_CONFIG_COUNT`/`KEY_n`/`VALUE_n`) after any entries this
     * instance's environment has already (a token's header, say), never in their place. git passes none of them on to
     * a local remote's receive-pack or upload-pack.
     */
    configEnv(config) {
        const given = Number(this.env().GIT_CONFIG_COUNT ?? 0);
        let n = Number.isInteger(given) && given > 0 ? given : 0;
        const out = {};
        for (const [key, value] of Object.entries(config)) {
            out[`GIT_CONFIG_KEY_${n}`] = key;
            out[`GIT_CONFIG_VALUE_${n}`] = value;
            n++;
        }
        out.GIT_CONFIG_COUNT = String(n);
        return out;
    }
    /** The environment of every call: no prompts, no pager, messages in English (we read some of them). */
    env(extra = {}) {
        const env = {
            ...process.env,
            ...this.baseEnv,
            ...extra,
            GIT_TERMINAL_PROMPT: '0',
            GCM_INTERACTIVE: 'never',
            GIT_PAGER: 'cat',
            LC_ALL: 'C',
            LANGUAGE: 'C',
        };
        if (!env.GIT_SSH_COMMAND && !process.env.GIT_SSH_COMMAND)
            env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        return env;
    }
    /** stdout of a successful command, trailing newline removed. */
    async run(args, options = {}) {
        const { stdout } = await this.exec(args, options);
        return stdout.replace(/\n$/, '');
    }
    async version() {
        Git.versionCache ??= this.run(['version'], { cwd: process.cwd() }).then(parseGitVersion);
        return Git.versionCache;
    }
    async assertVersion(min = MINIMUM_GIT) {
        const v = await this.version();
        if (!versionAtLeast(v, min)) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`git ${v.major}.${v.minor}.${v.patch} is too old: agent-orchestrator needs git ${min.major}.${min.minor} or newer (for merge-tree --write-tree)`, ['version'], '', 0);
        }
        return v;
    }
    /** The commit id `ref` names, or null when it names no commit. */
    async resolveCommit(ref) {
        const r = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowedExitCodes: [0, 1, 128],
        });
        const sha = r.stdout.trim();
        return r.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowedExitCodes: [0, 1] });
        return r.exitCode === 0;
    }
    /** The best common ancestor, or null when the histories are unrelated. */
    async mergeBase(a, b) {
        const r = await this.exec(['merge-base', a, b], { allowedExitCodes: [0, 1] });
        return r.exitCode === 0 ? r.stdout.trim() || null : null;
    }
    /** `sha1` or `sha256`: a repository's object format never changes, so it is asked once per instance (a scan asks twice). */
    async objectFormat() {
        this.format ??= this.run(['rev-parse', '--show-object-format']);
        this.format.catch(() => (this.format = undefined));
        return this.format;
    }
    /**
     * The person's identity config (`user.name`, `user.email`) as `git config --get-regexp` would list it for
     * this folder, when the first rev-parse there reported it; undefined when it did not (ask git).
     */
    seenIdentityConfig() {
        const seen = Git.configSeen.get(this.cwd);
        return seen === undefined ? undefined : linesOf(seen, ['user.name', 'user.email']);
    }
    /**
     * Whether this folder's repository is shared with a group or everyone (`core.sharedRepository`, which makes
     * git widen the permissions of what it writes), as the first rev-parse there reported it; undefined when it
     * did not (then only git writes objects: see objects.ts).
     */
    seenSharedRepository() {
        const seen = Git.configSeen.get(this.cwd);
        if (seen === undefined)
            return undefined;
        const value = linesOf(seen, ['core.sharedrepository']).split('\n').filter(Boolean).pop()?.slice('core.sharedrepository '.length);
        // Unset, false or umask: git leaves the permissions to the umask. Anything else (true, group, all, an octal
        // mode, a key with no value) widens them.
        return value !== undefined && !/^(?:false|umask|no|off|0+)$/i.test(value.trim());
    }
    /**
     * Stops this instance's git processes that still run (SIGKILL: at once). For a process that is being stopped
     * itself: a merge must not go on writing into a sandbox it removes (merge-sandbox.ts).
     */
    stopRunning() {
        for (const child of this.running) {
            try {
                child.kill('SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
        this.running.clear();
    }
    /** The folder of the repository's objects (a worktree's is the common one), absolute; asked once per instance. */
    async objectsDir() {
        this.objects ??= this.run(['rev-parse', '--git-path', 'objects']).then((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, p));
        this.objects.catch(() => (this.objects = undefined));
        return this.objects;
    }
    /** Asked of git once per instance (a scan asks in several places); a fetch that deepens or shallows asks again. */
    async isShallow() {
        this.shallow ??= this.run(['rev-parse', '--is-shallow-repository']).then((out) => out === 'true');
        this.shallow.catch(() => (this.shallow = undefined));
        return this.shallow;
    }
    /** `git ls-remote` for refs matching the patterns (heads only unless `tags`): ref name → commit id. */
    async lsRemote(remote, patterns = [], options = {}) {
        const out = await this.run(['ls-remote', ...(options.tags ? ['--heads', '--tags'] : ['--heads']), '--', remote, ...patterns]);
        const refs = new Map();
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const tab = line.indexOf('\t');
            refs.set(line.slice(tab + 1), line.slice(0, tab));
        }
        return refs;
    }
    /** Store `content` as a blob and return its id. */
    async writeBlob(content) {
        return this.run(['hash-object', '-w', '--stdin'], { input: content });
    }
    async readBlob(spec) {
        return (await this.exec(['cat-file', 'blob', spec])).stdout;
    }
    /** Whether git and this repository agree the folder is a repository. */
    async isRepository() {
        return (await this.isRepositoryWith([])).repository;
    }
    /**
     * `isRepository`, with `extra` rev-parse arguments asked in the same process: their output lines, or null
     * when git refused them (a bare repository has no work tree, an unborn branch no HEAD commit; the folder
     * is then asked again without them).
     */
    async isRepositoryWith(extra) {
        // Whether the clone is shallow and its object format come with it: the processes a scan would spend on
        // isShallow and objectFormat later (the format when it records: its objects are written in process) are saved.
        // So does git's version, from the trace git writes as it starts: no `git version` of its own.
        const r = await this.execBuffer(['rev-parse', '--is-shallow-repository', '--show-object-format', '--git-dir', '--git-path', 'objects', ...extra], {
            allowedExitCodes: [0, 128],
            trace: Git.versionCache === undefined || !Git.configSeen.has(this.cwd),
            // And config the run needs (TRACED_KEYS) as git reads it (what `git config --get-regexp` would list).
            traceConfig: TRACED_KEYS,
        });
        const traced = r.trace === undefined ? null : versionOfTrace(r.trace);
        if (traced)
            Git.versionCache ??= Promise.resolve(traced);
        if (r.trace !== undefined && r.traceConfig)
            Git.configSeen.set(this.cwd, configOfTrace(r.trace, TRACED_KEYS));
        const lines = r.stdout.toString('utf8').split('\n');
        const [shallow, format, gitDir, objects] = lines;
        // rev-parse prints as it goes: when only `extra` failed, the repository's four lines came first.
        const opened = /^(?:true|false)$/.test(shallow ?? '') && /^sha(?:1|256)$/.test(format ?? '') && Boolean(gitDir) && Boolean(objects);
        if (r.exitCode !== 0 && !opened)
            return extra.length ? { repository: await this.isRepository(), extra: null } : { repository: false, extra: null };
        this.shallow ??= Promise.resolve(shallow === 'true');
        if (format === 'sha1' || format === 'sha256')
            this.format ??= Promise.resolve(format);
        if (objects)
            this.objects ??= Promise.resolve((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(this.cwd, objects));
        return { repository: true, extra: r.exitCode === 0 ? lines.slice(4) : null };
    }
}
function parseGitVersion(text) {
    const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    if (!m)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS(`cannot read the git version from "${text.trim()}"`, ['version'], '', 0);
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), text: text.trim() };
}
/** git's version from its trace2 (normal or brief format: `... version 2.39.5`), or null when it names none. */
function versionOfTrace(trace) {
    const m = /(?:^|\s)version (\d+\.\d+\S*)\s*$/m.exec(trace);
    return m ? parseGitVersion(`git version ${m[1]}`) : null;
}
/**
 * The config keys whose values come with the first rev-parse: the person's identity (see config.ts) and
 * whether the repository is shared (the permissions of the objects written in process: objects.ts).
 */
const TRACED_KEYS = ['user.name', 'user.email', 'core.sharedrepository'];
/** The lines of a `key value` listing whose key is one of `keys`, in order. */
function linesOf(listing, keys) {
    return listing
        .split('\n')
        .filter((l) => keys.includes(l.slice(0, l.indexOf(' ')).toLowerCase()))
        .join('\n');
}
/**
 * The values of `keys` a trace2 (normal format) reports, as `git config --get-regexp` lists them (`key value`
 * per line, in git's order, every scope); old gits write no `scope:`.
 */
function configOfTrace(trace, keys) {
    const lines = [];
    for (const line of trace.split('\n')) {
        const m = /(?:^|\s)def_param (?:scope:\S+ )?([^=\s]+)=(.*)$/.exec(line);
        if (m && keys.includes(m[1].toLowerCase()))
            lines.push(`${m[1].toLowerCase()} ${m[2]}`);
    }
    return lines.join('\n');
}
function versionAtLeast(v, min) {
    return v.major > min.major || (v.major === min.major && v.minor >= min.minor);
}
function describeArgs(args) {
    const shown = args.slice(0, 6).map((a) => (a.length > 60 ? `${a.slice(0, 57)}...` : a));
    return shown.join(' ') + (args.length > 6 ? ' ...' : '');
}


/***/ }),

/***/ 8449:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ nearestNames),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * The candidates nearest to a mistyped name (edit distance, a swap of two
 * neighbours counting as one edit), closest first, for "did you mean". Only
 * those within a third of the name's length (at least 2 edits) are offered,
 * so an unrelated word gets no suggestion.
 */
function nearestNames(name, candidates, most = 3) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const scored = [];
    for (const candidate of new Set(candidates)) {
        if (candidate === name)
            continue;
        const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (d <= limit)
            scored.push([candidate, d]);
    }
    scored.sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0));
    return scored.slice(0, most).map(([candidate]) => candidate);
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++)
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** ` Did you mean "a" or "b"?` (with a leading space), or '' when nothing is near. */
function didYouMean(name, candidates, quote) {
    const near = nearestNames(name, candidates);
    if (!near.length)
        return '';
    const list = near.length === 1 ? quote(near[0]) : `${near.slice(0, -1).map(quote).join(', ')} or ${quote(near[near.length - 1])}`;
    return ` Did you mean ${list}?`;
}


/***/ }),

/***/ 285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   I$: () => (/* binding */ VARIADIC_SEPARATOR),
/* harmony export */   KL: () => (/* binding */ variadicValues)
/* harmony export */ });
/* unused harmony exports OptionValues, trimValue */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3768);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1672);



const HIDDEN = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_WIDTH */ .eA, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .SOFT_MARKS */ .i2]);
/** What joins the arguments of a variadic positional: NUL, the one character argv cannot carry. */
const VARIADIC_SEPARATOR = '\u0000';
/** The arguments a variadic value holds, each whole (empty ones dropped). */
function variadicValues(value) {
    return (value ?? '').split(VARIADIC_SEPARATOR).filter((p) => p !== '');
}
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.source === 'input' ? `input "${name}"` : `--${name}`} is required`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unknown ${source === 'input' ? `input "${key}"` : `option --${key}`}; expected one of ${specs.map((s) => s.name).join(', ')}`);
        }
    }
    const out = new Map();
    for (const spec of specs) {
        let value = raw[spec.name];
        if (typeof value === 'string' && spec.type !== 'multiline')
            value = trimValue(value, label(spec, source));
        if (value === undefined || value === '')
            value = spec.default;
        if (value === undefined || value === '') {
            if (spec.required)
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label(spec, source)} is required: ${spec.description}`);
            // A boolean without a default stays undefined, so a command can tell "not given" from false.
            out.set(spec.name, undefined);
            continue;
        }
        out.set(spec.name, convert(spec, value, source));
    }
    return new OptionValues(out, source);
}
/** Plain spaces, tabs and line breaks around a value: what a YAML block scalar or a shell leaves, ignored. */
const ASCII_AROUND = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;
/** Any other space or invisible mark at either end (U+00A0, U+2000-U+200A, U+3000, zero-width, bidi): refused, never trimmed. */
const UNICODE_EDGE = new RegExp(`^(?:\\s|${HIDDEN.source})|(?:\\s|${HIDDEN.source})$`, 'u');
/**
 * A value with plain whitespace trimmed. Other whitespace at either end (a no-break space pasted from a page,
 * an ideographic space) looks the same as none but is a different value: it is refused with its code point.
 */
function trimValue(value, what) {
    const trimmed = value.replace(ASCII_AROUND, '');
    const edge = UNICODE_EDGE.exec(trimmed);
    if (edge) {
        const char = edge[0];
        const code = `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: it ${edge.index === 0 ? 'starts' : 'ends'} with ${code}${char === '\u00a0' ? ' (a no-break space)' : ''}, invisible whitespace that is not trimmed; remove it (only plain spaces, tabs and line breaks around a value are ignored)`);
    }
    return trimmed;
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)}: expected true or false`);
        }
        case 'integer': {
            const text = String(value);
            const range = spec.min !== undefined && spec.max !== undefined
                ? ` from ${spec.min} to ${spec.max}`
                : spec.min !== undefined
                    ? ` of at least ${spec.min}`
                    : '';
            if (!/^-?\d{1,9}$/.test(text))
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(text)}: expected a whole number${range}`);
            const n = Number(text);
            if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(text)}: expected a whole number${range}`);
            }
            return n;
        }
        case 'list':
            return String(value)
                .split(/[\n,]/)
                .map((s) => trimValue(s, what))
                .filter(Boolean);
        default: {
            const text = String(value);
            if (spec.choices && !spec.choices.includes(text))
                throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} is ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(text)}: expected one of ${spec.choices.join(', ')}`);
            return text;
        }
    }
}


/***/ }),

/***/ 7921:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XU: () => (/* binding */ cliInvocation),
/* harmony export */   eM: () => (/* binding */ hookInvocation),
/* harmony export */   iQ: () => (/* binding */ cliHookInvocation),
/* harmony export */   r7: () => (/* binding */ shellWord),
/* harmony export */   vL: () => (/* binding */ briefHookCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Single-quotes a word for a POSIX shell when it needs it. */
function shellWord(value) {
    return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * How to run this CLI again from `cwd`, for the hints it prints: `npx orchestrator`
 * when it is installed in the project around `cwd` (node_modules/.bin), else
 * `node <path of the script>`. A bare `npx orchestrator` elsewhere would fetch an
 * unrelated npm package of that name.
 */
function cliInvocation(script, cwd) {
    const parts = script.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const at = parts.lastIndexOf('node_modules');
    if (at > 0) {
        const project = parts.slice(0, at).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
        if (cwd === project || cwd.startsWith(`${project}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`))
            return 'npx orchestrator';
    }
    return `node ${shellWord(script)}`;
}
/**
 * The command line for our PreToolUse hook (`orchestrator-hook`, the script beside
 * the CLI's), written the way the CLI was started so that it runs where the CLI
 * ran: `npx --no-install orchestrator-hook` for an install in the project around
 * `cwd` (never a fetch of an unrelated package of that name), `orchestrator-hook`
 * when that name on `PATH` is this very script (a global install), else
 * `node <path of the script>`. The words are quoted for a POSIX shell (Claude Code
 * runs hooks with `sh -c`).
 */
function hookInvocation(script, cwd, path) {
    return binInvocation(script, cwd, path, 'orchestrator-hook');
}
/** The same for the CLI itself (`orchestrator`), for hooks that run one of its commands (agents record-usage). */
function cliHookInvocation(script, cwd, path) {
    return binInvocation(script, cwd, path, 'orchestrator');
}
function binInvocation(script, cwd, path, bin) {
    const hook = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(script), `${bin}.js`);
    if (cliInvocation(script, cwd) === 'npx orchestrator')
        return `npx --no-install ${bin}`;
    const real = (p) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(p);
        }
        catch {
            return null;
        }
    };
    const ours = real(hook) ?? hook;
    for (const dir of (path ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(d))) {
        const found = real((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, bin));
        if (found === ours)
            return bin;
        if (found)
            break; // another orchestrator-hook comes first on PATH: name ours by its path
    }
    return `node ${shellWord(hook)}`;
}
/**
 * The brief hook's command line (`orchestrator agents brief --hook`) from the PreToolUse hook's, started the same
 * way: `orchestrator-hook` and `orchestrator` are the package's two bins, side by side in every install
 * (`npx --no-install`, a global install on PATH, `node <path>/bin/…`, the project's node_modules/.bin).
 */
function briefHookCommand(hookCommand) {
    const base = hookCommand.replace(/ --block$/, '');
    const cli = base.replace(/orchestrator-hook(\.js)?('?)$/, 'orchestrator$1$2');
    return `${cli === base ? 'npx --no-install orchestrator' : cli} agents brief --hook`;
}


/***/ }),

/***/ 1672:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ C0),
/* harmony export */   C1: () => (/* binding */ C1),
/* harmony export */   Ev: () => (/* binding */ LINE_SEPARATORS),
/* harmony export */   F2: () => (/* binding */ charPattern),
/* harmony export */   IY: () => (/* binding */ DEL),
/* harmony export */   RT: () => (/* binding */ unicodeEscape),
/* harmony export */   eA: () => (/* binding */ ZERO_WIDTH),
/* harmony export */   gl: () => (/* binding */ ANSI_ESCAPE),
/* harmony export */   i2: () => (/* binding */ SOFT_MARKS),
/* harmony export */   lr: () => (/* binding */ BIDI),
/* harmony export */   pG: () => (/* binding */ LINE_BREAK_CHARS),
/* harmony export */   pe: () => (/* binding */ ZERO_WIDTH_SPACE),
/* harmony export */   wg: () => (/* binding */ CSI)
/* harmony export */ });
/* unused harmony export ESC */
/**
 * The character classes that hide, reorder or break text, defined once. Every
 * neutraliser, validator and escaper builds its pattern from these, so a call
 * site names the classes it means instead of writing a range by hand (and a
 * range cannot be wrong in one place only).
 */
/** C0 controls, U+0000-U+001F (tab and line breaks included: use `except` to keep them). */
const C0 = [[0x00, 0x1f]];
/** DEL. */
const DEL = [[0x7f, 0x7f]];
/** C1 controls, U+0080-U+009F: NEL and the 8-bit CSI among them. */
const C1 = [[0x80, 0x9f]];
/** Bidirectional marks, embeddings, overrides and isolates: they reorder what a reader sees. */
const BIDI = [
    [0x061c, 0x061c],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
];
/** U+2028 and U+2029, which JavaScript, editors and some renderers treat as line breaks. */
const LINE_SEPARATORS = [[0x2028, 0x2029]];
/** Zero-width and invisible format characters (spaces, joiners, invisible operators, BOM). */
const ZERO_WIDTH = [
    [0x200b, 0x200d],
    [0x2060, 0x206f],
    [0xfeff, 0xfeff],
];
/** Soft hyphen and Mongolian vowel separator: invisible in most fonts. */
const SOFT_MARKS = [
    [0x00ad, 0x00ad],
    [0x180e, 0x180e],
];
/** Every line break: LF, CR, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK_CHARS = [[0x0a, 0x0a], [0x0d, 0x0d], [0x85, 0x85], ...LINE_SEPARATORS];
/** ESC, which starts every ANSI sequence. */
const ESC = '\u001b';
/** Control Sequence Introducer: colours (`CSI 31m`), erasing a line (`CSI K`). */
const CSI = `${ESC}[`;
/** ANSI escape sequences: CSI (7- and 8-bit), OSC (titles, links) and the two-character escapes. Global: for `replace` only. */
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Put where a marker (`@name`, `::command`) must show but not act. */
const ZERO_WIDTH_SPACE = '\u200b';
const hex4 = (n) => n.toString(16).padStart(4, '0');
/** The body of a bracket expression for `classes`, without the characters in `except`. */
function classBody(classes, except) {
    const kept = new Set(Array.from(except, (c) => c.codePointAt(0)));
    const parts = [];
    const add = (from, to) => {
        if (from <= to)
            parts.push(from === to ? `\\u${hex4(from)}` : `\\u${hex4(from)}-\\u${hex4(to)}`);
    };
    for (const [from, to] of classes.flat()) {
        let start = from;
        for (let c = from; c <= to; c++) {
            if (!kept.has(c))
                continue;
            add(start, c - 1);
            start = c + 1;
        }
        add(start, to);
    }
    return parts.join('');
}
/** A pattern matching one character of any of `classes`, except those in `except`. */
function charPattern(classes, options = {}) {
    return new RegExp(`[${classBody(classes, options.except ?? '')}]`, options.flags ?? '');
}
/** `\uXXXX`, the escape JSON and JavaScript read back as the same character. */
function unicodeEscape(c) {
    return `\\u${hex4(c.charCodeAt(0))}`;
}


/***/ }),

/***/ 4929:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ neutralize),
/* harmony export */   y: () => (/* binding */ jsonSafe)
/* harmony export */ });
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1672);
/**
 * The one function every sink uses for text it did not write itself (branch
 * names, paths, commit messages, command output, JUnit text, reasons): logs,
 * annotations, job summaries, outputs, views, pull request bodies and
 * comments, CLI output.
 *
 * - ANSI escape sequences (colours, cursor moves, OSC titles and links) are removed.
 * - Every line break (`\r\n`, a lone `\r`, `\n`, U+0085, U+2028, U+2029) becomes `\n`
 *   when lines are kept, else a space: the runner splits lines on a lone `\r` too,
 *   so `x\r::warning::y` would otherwise start a workflow command.
 * - Bidirectional controls (which reorder what a reader sees) and every other
 *   control character except the tab become U+FFFD, visible as �.
 * - A line that the runner would read as a workflow command (`::name::` after
 *   leading blanks, which the runner trims) or a legacy `##[` command gets a
 *   zero-width space in front of the marker, so it is printed, not obeyed.
 */

const LINE_BREAK = new RegExp(`\\r\\n|${(0,_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_BREAK_CHARS */ .pG]).source}`, 'g');
// Tab and line feed are kept; the other breaks are gone by the time this applies.
const UNSAFE = (0,_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _controls__WEBPACK_IMPORTED_MODULE_0__.C1, _controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr], { except: '\t\n', flags: 'g' });
const COMMAND_LINE = /^(\s*)(::|##\[)/;
function neutralize(text, options = {}) {
    const lines = String(text)
        .replace(_controls__WEBPACK_IMPORTED_MODULE_0__/* .ANSI_ESCAPE */ .gl, '')
        .replace(LINE_BREAK, options.multiline ? '\n' : ' ')
        .replace(UNSAFE, '\uFFFD')
        .split('\n');
    return lines.map((line) => line.replace(COMMAND_LINE, `$1${_controls__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_WIDTH_SPACE */ .pe}$2`).replace(/##\[/g, `#${_controls__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_WIDTH_SPACE */ .pe}#[`)).join('\n');
}
/** Characters JSON leaves raw that would still break or reorder a line where the JSON is shown. */
const JSON_UNSAFE = (0,_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _controls__WEBPACK_IMPORTED_MODULE_0__.C1, _controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr, _controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_SEPARATORS */ .Ev], { flags: 'g' });
/**
 * JSON text (an output, `--json`) with the characters above, and the `#` of
 * a legacy `##[` command, written as `\uXXXX` escapes: the same value for a
 * parser, harmless on a screen or in a later step's log.
 */
function jsonSafe(json) {
    return json.replace(JSON_UNSAFE, _controls__WEBPACK_IMPORTED_MODULE_0__/* .unicodeEscape */ .RT).replace(/##\[/g, '#\\u0023[');
}


/***/ }),

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ noPaint)
/* harmony export */ });
const noPaint = (_style, text) => text;


/***/ }),

/***/ 3768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WG: () => (/* binding */ quotePath),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1672);

// JSON.stringify has escaped C0 already; these would still hide or reorder the message.
const HIDDEN_AFTER_JSON = (0,_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_controls__WEBPACK_IMPORTED_MODULE_0__.C1, _controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr, _controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_SEPARATORS */ .Ev, _controls__WEBPACK_IMPORTED_MODULE_0__/* .ZERO_WIDTH */ .eA], { flags: 'g' });
/** Shows a value safely inside an error message: control characters become escapes. */
function quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, _controls__WEBPACK_IMPORTED_MODULE_0__/* .unicodeEscape */ .RT);
}
/** The longest path Linux takes (PATH_MAX): a path is shown whole up to it, since a cut path names no file. */
const PATH_MAX = 4096;
/** Shows a file path safely inside an error message, whole (quote cuts at 80 characters, which loses the file's name). */
function quotePath(path) {
    const shown = path.length > PATH_MAX ? `${path.slice(0, PATH_MAX - 3)}...` : path;
    return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, _controls__WEBPACK_IMPORTED_MODULE_0__/* .unicodeEscape */ .RT);
}
/** Any value from a configuration file or input, shown as its JSON (or its string form when JSON has none), quoted. */
function quoteValue(value) {
    return quote(JSON.stringify(value) ?? String(value));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8330:
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2846);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
