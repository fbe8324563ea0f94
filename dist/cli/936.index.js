export const id = 936;
export const ids = [936];
export const modules = {

/***/ 3330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ runBranch),
/* harmony export */   Sp: () => (/* binding */ listAgentBranches),
/* harmony export */   Uq: () => (/* binding */ fetchScanBranches),
/* harmony export */   Yp: () => (/* binding */ fetchAgentBranches),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6310);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(501);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6422);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(919);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1277);





/** The agent branches on the remote (by the naming pattern, narrowed by optional globs), sorted by name. */
async function listAgentBranches(git, remote, naming, globs = []) {
    return agentBranchesOf(await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeads */ .EQ)(git, remote, [(0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming)]), naming, globs);
}
function agentBranchesOf(heads, naming, globs) {
    const match = globs.length ? picomatch__WEBPACK_IMPORTED_MODULE_2___default()([...globs], { dot: true }) : () => true;
    const out = [];
    for (const [name, sha] of [...heads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const parsed = (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .parseBranch */ .Qd)(naming, name);
        if (parsed && match(name))
            out.push({ name, sha, spec: parsed.spec, role: parsed.role, ...(parsed.index ? { index: parsed.index } : {}) });
    }
    return out;
}
/**
 * What a conflict scan needs of the remote with two processes whatever the
 * number of branches: one `ls-remote` (agent branches and the default
 * branch), one `fetch` of them all into private refs (and one for-each-ref
 * to read them back). A branch deleted in between is passed to `onGone`.
 */
async function fetchScanBranches(git, remote, naming, globs, onGone) {
    const { heads, defaultBranch } = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeadsAndDefault */ .od)(git, remote, [(0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming)]);
    const all = agentBranchesOf(heads, naming, []);
    const listed = globs.length ? agentBranchesOf(heads, naming, globs) : all;
    const names = listed.map((b) => b.name);
    const base = defaultBranch;
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, base && !names.includes(base) ? [...names, base] : names);
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    const baseSha = base ? fetched.get(base) : undefined;
    return {
        branches: listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) })),
        present: new Set(all.map((b) => b.name).filter((name) => fetched.has(name) || !names.includes(name))),
        ...(base && baseSha ? { base: { name: base, sha: baseSha } } : {}),
    };
}
/**
 * The same, fetched into private refs (one `git fetch`), so work on them never
 * depends on what is checked out; each at the commit fetched. A branch deleted
 * between listing and fetching is left out and passed to `onGone`.
 */
async function fetchAgentBranches(git, remote, naming, globs = [], onGone) {
    const listed = await listAgentBranches(git, remote, naming, globs);
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, listed.map((b) => b.name));
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    return listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) }));
}
/** The checked-out branch, or null when HEAD is detached (or the name is not one we accept). */
async function checkedOutBranch(git) {
    const head = await (0,_git_refs__WEBPACK_IMPORTED_MODULE_3__/* .symbolicHead */ .dN)(git);
    return head && !(0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(head) ? head : null;
}
/** The branch a run is about: the pushed ref, else the pull request head, else the checked-out branch. */
async function runBranch(git, ctx) {
    const ref = ctx.github.ref;
    const pushed = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchOfRef */ .V4)(ref);
    if (pushed !== null)
        return pushed;
    if (ctx.github.headRef)
        return ctx.github.headRef;
    return checkedOutBranch(git);
}


/***/ }),

/***/ 1555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  agentsCommand: () => (/* binding */ agentsCommand)
});

;// CONCATENATED MODULE: ./shared/agents/render-setup.ts
/** What `agents setup` did (or, with dry-run, would do): the rules, then each file, with the lines a dry run would change. */
function renderSetup(r, dryRun) {
    const lines = [`${r.role}${r.branch ? ` on ${r.branch}` : ''}: ${r.rules.deny.length} deny and ${r.rules.allow.length} allow rule(s)`];
    for (const f of r.files) {
        lines.push(`${f.changed ? (dryRun ? 'would write' : 'wrote') : 'unchanged'} ${f.path}`);
        if (dryRun && f.changed)
            lines.push(...diffLines(f.before ?? '', f.after));
    }
    return lines.join('\n');
}
/** Lines only in `after` (+) and only in `before` (-), in file order: enough to review a merge of settings. */
function diffLines(before, after) {
    const old = new Set(before.split('\n'));
    const now = new Set(after.split('\n'));
    return [
        ...before
            .split('\n')
            .filter((l) => l && !now.has(l))
            .map((l) => `  - ${l}`),
        ...after
            .split('\n')
            .filter((l) => l && !old.has(l))
            .map((l) => `  + ${l}`),
    ];
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/config/config.ts + 2 modules
var config_config = __webpack_require__(1462);
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(1611);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
// EXTERNAL MODULE: ./shared/git/remote.ts
var remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/agents/claude-rules.ts
var claude_rules = __webpack_require__(7035);
// EXTERNAL MODULE: ./shared/agents/agent-files.ts + 3 modules
var agent_files = __webpack_require__(5686);
// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(9139);
// EXTERNAL MODULE: ./shared/agents/settings-file.ts
var settings_file = __webpack_require__(6429);
// EXTERNAL MODULE: ./shared/naming/role-file.ts
var role_file = __webpack_require__(5576);
// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(643);
;// CONCATENATED MODULE: ./shared/agents/setup.ts




















/**
 * Writes the agent's side of a role: its permission settings (Claude Code) and
 * the section of its guide, merged into what a person wrote, plus the local
 * role file. An implementor's files are local and git-excluded (its branch
 * must not change `.claude/**`); the overseer's are the shared ones, to be
 * committed on the overseer branch before implementor branches are cut. The
 * rules come from the configuration on a trusted commit (never this work tree).
 */
async function setupAgents(options, ctx) {
    const git = await git_git/* Git */.TU.open(ctx.cwd);
    // The files belong at the checkout's root, wherever in it the command runs.
    const root = await (0,refs/* toplevel */.ar)(git);
    const branch = await (0,agent_branches/* checkedOutBranch */.iD)(git);
    const config = await (0,config_source/* readConfig */.X)({ kind: 'trusted', path: options.configPath, branch: branch ?? undefined }, { cwd: ctx.cwd, git, remote: options.remote, logger: ctx.logger });
    const parsed = branch ? (0,branch_pattern/* parseBranch */.Qd)(config.branches, branch) : null;
    // The flag must agree with an agent branch here (the files written describe this checkout's role);
    // the role file is checked against the branch by the one resolver every command uses.
    if (options.role && parsed && options.role !== parsed.role)
        throw new errors/* InputError */.dz(`--role says ${(0,quote/* quote */.h)(options.role)} but branch ${(0,quote/* quote */.h)(branch)} is an ${parsed.role} branch; they must agree`);
    const id = (0,role_source/* resolveAgentIdentity */._7)({
        flags: { role: options.role },
        branch,
        naming: config.branches,
        cwd: root,
        readFile: ctx.localRoleFile === true,
    });
    const role = id.role;
    if (id.sources.role === 'file')
        ctx.logger.info((0,role_source/* describeIdentity */.Cl)(id));
    if (!role)
        throw new errors/* InputError */.dz(`cannot tell the role: branch ${(0,quote/* quote */.h)(branch ?? '(detached)')} is not an agent branch and ${role_file/* ROLE_FILE */.AB} names none; pass --role overseer or --role implementor`);
    const integration = config.branches.integration ?? (await (0,remote/* remoteDefaultBranch */.Ki)(git, options.remote).catch(() => null)) ?? 'main';
    const configPath = options.configPath ?? config_config/* DEFAULT_CONFIG_PATH */.Bi;
    const rules = (0,claude_rules/* roleRules */.u8)(config, role, configPath, integration);
    const local = role === 'implementor';
    // Every file is read and checked through the one write gate before anything is written: no link is followed.
    const sidecar = await (0,refs/* gitFile */.PP)(git, 'orchestrator/agent-rules.json');
    const previous = readSidecar(sidecar.root, sidecar.path);
    const spec = id.feature ?? null;
    const hookCommand = ctx.cliScript ? (0,cli_invocation/* hookInvocation */.eM)(ctx.cliScript, root, process.env.PATH) : undefined;
    // Before anything is written: the hook must answer when Claude Code starts it, or every edit gets "not found".
    const ourHook = (0,agent_files/* claudeHook */.y)({ hookCommand, blockingHook: options.block === true }).command;
    if (options.agent === 'claude') {
        probeHook(ourHook, root);
        // Claude Code also runs the hooks of the shared (committed) settings here: say so when one of ours there cannot run.
        const shared = role === 'implementor' ? (0,confine_path/* readConfined */.Hz)(root, (0,external_node_path_.join)('.claude', 'settings.json')) : null;
        if (shared !== null)
            for (const command of (0,settings_file/* ourHookCommands */.MH)(shared).filter((c) => c !== ourHook))
                try {
                    probeHook(command, root);
                }
                catch (error) {
                    ctx.logger.warning(`.claude/settings.json (committed) runs another hook of ours on every edit here, and it fails: ${error.message.replace(/; nothing was written.*$/, '')}. ` +
                        'The overseer can run agents setup again with a CLI every clone can start and commit .claude/settings.json, or remove that entry.');
                }
    }
    const files = (0,agent_files/* agentFiles */.V)({
        role,
        agent: options.agent,
        branch,
        spec,
        rules,
        previous,
        integration,
        remote: options.remote,
        blockingHook: options.block === true,
        hookCommand,
        read: (path) => (0,confine_path/* readConfined */.Hz)(root, path),
    });
    const plan = (path, make) => {
        const before = (0,confine_path/* readConfined */.Hz)(root, path);
        const after = make(before);
        files.push({ path, changed: before !== after, before, after });
    };
    plan(role_file/* ROLE_FILE */.AB, () => (0,role_file/* formatRoleFile */.he)({ role, ...(spec ? { feature: spec } : {}), ...(id.agent ? { agent: id.agent } : {}) }));
    const exclude = await (0,refs/* gitFile */.PP)(git, 'info/exclude');
    // The older role file name is read too: if a person keeps one, it stays out of commits like ours.
    const older = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, role_file/* CLAUDE_ROLE_FILE */.Fh)) ? [role_file/* CLAUDE_ROLE_FILE */.Fh] : [];
    const excluded = [role_file/* ROLE_FILE */.AB, ...older, ...(local ? files.map((f) => f.path) : [])];
    const current = (0,confine_path/* readConfined */.Hz)(exclude.root, exclude.path) ?? '';
    (0,confine_path/* confineWrite */._P)(sidecar.root, sidecar.path);
    if (!options.dryRun) {
        for (const f of files.filter((x) => x.changed))
            (0,confine_path/* writeConfined */.ic)(root, f.path, f.after);
        (0,confine_path/* writeConfined */.ic)(sidecar.root, sidecar.path, `${JSON.stringify(rules, null, 2)}\n`);
        // The role file is among an implementor's files too: each line once, and never one already there.
        const present = new Set(current.split('\n').map((l) => l.trim()));
        const missing = [...new Set(excluded.map((p) => `/${p}`))].filter((p) => !present.has(p));
        if (missing.length) {
            (0,confine_path/* writeConfined */.ic)(exclude.root, exclude.path, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`);
        }
    }
    return { role, branch, spec, rules, files };
}

/** Our rules as last written (the sidecar in the git folder), or null; a file we cannot read as such is named. */
function readSidecar(root, path) {
    const text = (0,confine_path/* readConfined */.Hz)(root, path);
    if (text === null)
        return null;
    let rules;
    try {
        rules = JSON.parse(text);
    }
    catch (error) {
        rules = error;
    }
    const list = (v) => Array.isArray(v) && v.every((r) => typeof r === 'string');
    if (!rules ||
        typeof rules !== 'object' ||
        rules instanceof Error ||
        !list(rules.allow) ||
        !list(rules.deny))
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.h)(path)} (the rules agents setup wrote last time) is not ${rules instanceof Error ? `valid JSON (${rules.message})` : 'an object with "allow" and "deny" lists of rules'}; delete it and run agents setup again (it is rewritten); nothing was written`);
    return rules;
}
/**
 * Runs the hook command once as Claude Code runs it: `sh -c <command>` in the
 * project, with `CLAUDE_PROJECT_DIR` set and a PreToolUse payload on stdin (an
 * edit of the role file, which no sibling changes). Our hook always exits 0 and
 * prints nothing or one JSON answer; anything else means it did not run.
 */
function probeHook(command, root) {
    const payload = {
        session_id: 'agents-setup-probe',
        hook_event_name: 'PreToolUse',
        tool_name: 'Write',
        tool_input: { file_path: (0,external_node_path_.join)(root, role_file/* ROLE_FILE */.AB), content: '' },
        cwd: root,
    };
    const run = (0,external_node_child_process_.spawnSync)('sh', ['-c', command], {
        cwd: root,
        env: { ...process.env, CLAUDE_PROJECT_DIR: root },
        input: JSON.stringify(payload),
        encoding: 'utf8',
        timeout: HOOK_PROBE_TIMEOUT_MS,
    });
    const out = (run.stdout ?? '').trim();
    let answered = run.status === 0;
    if (answered && out !== '') {
        try {
            JSON.parse(out);
        }
        catch {
            answered = false;
        }
    }
    if (answered)
        return;
    // A command that exits without reading stdin leaves EPIPE in run.error: its exit status is the story.
    const why = run.status === null
        ? (run.error?.message ?? `killed by ${run.signal ?? 'a signal'}`)
        : `exit ${run.status}${(run.stderr ?? '').trim() ? `: ${(run.stderr ?? '').trim().split('\n').pop()}` : out ? `, output not JSON: ${out.slice(0, 200)}` : ''}`;
    throw new errors/* InputError */.dz(`the check-path hook ${(0,quote/* quote */.h)(command)} does not answer when Claude Code runs it (sh -c in ${(0,quote/* quote */.h)(root)}: ${why}); nothing was written. ` +
        'Run agents setup with the CLI the way the agent can start it: node on PATH, and the package installed in this project (npx), globally (npm install -g), or run as node <path>/bin/orchestrator.js');
}
/** Claude Code waits 10 s for a hook; the probe gives a loaded machine more before it calls the hook dead. */
const HOOK_PROBE_TIMEOUT_MS = 60_000;

// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(8482);
;// CONCATENATED MODULE: ./shared/commands/agents.ts




/** `orchestrator agents setup`: the agent's side of a role (permission settings and guide), merged into a person's files. */
const agentsCommand = {
    name: 'agents',
    summary: "Write the agent's side of its role: Claude Code or Codex permission rules (deny protected paths, destructive git, merging) and a guide section, merged into your own files; --dry-run shows the changes.",
    options: [
        { name: 'action', type: 'string', required: true, positional: 0, choices: ['setup'], description: 'setup.' },
        {
            name: 'role',
            type: 'string',
            choices: ['overseer', 'implementor'],
            description: 'The role (default: from the branch, else .orchestrator/agent.local).',
        },
        {
            name: 'agent',
            type: 'string',
            choices: ['claude', 'codex', 'generic'],
            default: 'claude',
            description: 'claude: .claude settings and CLAUDE.md; codex: .codex/rules and AGENTS.md (AGENTS.override.md for an implementor); generic: AGENTS.md only.',
        },
        {
            name: 'config',
            type: 'string',
            default: config_config/* DEFAULT_CONFIG_PATH */.Bi,
            description: 'Path of the configuration file, read from a trusted commit (never the work tree).',
        },
        { name: 'remote', type: 'string', default: 'origin', description: 'Git remote to read the trusted configuration from.' },
        {
            name: 'block',
            type: 'boolean',
            default: 'false',
            description: 'Claude Code: the check-path hook denies an edit of a file a sibling changed (default: it warns the agent).',
        },
        { name: 'dry-run', type: 'boolean', default: 'false', description: 'Show what would change; write nothing.' },
    ],
    outputs: [],
    async run(values, ctx) {
        const settings = agentsSettings(values);
        const { dryRun } = settings;
        const r = await setupAgents(settings, ctx);
        const changed = r.files.filter((f) => f.changed).map((f) => f.path);
        return {
            exitCode: 0,
            outputs: {},
            text: renderSetup(r, dryRun),
            json: { role: r.role, branch: r.branch, spec: r.spec, rules: r.rules, changed, dryRun },
        };
    },
};
function agentsSettings(values) {
    return {
        role: (0,settings/* choiceOf */.FH)(values, 'role'),
        agent: (0,settings/* choiceOf */.FH)(values, 'agent', 'claude'),
        remote: values.string('remote') ?? 'origin',
        configPath: values.string('config'),
        dryRun: values.bool('dry-run'),
        block: values.bool('block'),
    };
}


/***/ }),

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

/***/ 8482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ trustedConfigOf),
/* harmony export */   FH: () => (/* binding */ choiceOf),
/* harmony export */   IC: () => (/* binding */ branchOrIdentity),
/* harmony export */   f1: () => (/* binding */ tasksTargetOf)
/* harmony export */ });
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(717);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3330);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);



function choiceOf(values, name, fallback) {
    return (values.string(name) ?? fallback);
}
/** `tasks-target` of sync-status and plan: where tasks.md is written. */
function tasksTargetOf(values) {
    return choiceOf(values, 'tasks-target', 'state');
}
/** `branch` of the commands that act on one agent branch: the flag, else (CLI) this checkout's own. */
async function branchOrIdentity(values, ctx, ws) {
    return values.string('branch') ?? (await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .identityBranch */ .B9)(ctx, ws));
}
/**
 * Where a command that decides a rule or a destination (a pull request's target, the state branch, which
 * features are registered) reads the configuration: a commit the branch it acts on cannot change (the pull
 * request's base, else that branch's overseer, else the default branch), never the checked-out work tree,
 * which in a push workflow is that branch's own.
 */
function trustedConfigOf(values, ctx) {
    return async (git) => ({
        kind: 'trusted',
        pullRequestBase: (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestBase */ .M)(ctx.github),
        branch: values.string('branch') ?? (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .branchOfRun */ .l)(ctx.github) ?? (await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_2__/* .checkedOutBranch */ .iD)(git)) ?? undefined,
    });
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


/***/ }),

/***/ 1586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pullRequestBase),
/* harmony export */   l: () => (/* binding */ branchOfRun)
/* harmony export */ });
/** The base branch of the pull request the run is about, if it is about one. */
function pullRequestBase(gh) {
    if (!gh.eventName?.startsWith('pull_request'))
        return undefined;
    const pr = gh.event?.pull_request;
    const ref = gh.baseRef || (typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined);
    return ref || undefined;
}
/** The pushed branch, by name only (its content is not read). */
function branchOfRun(gh) {
    if (gh.ref?.startsWith('refs/heads/'))
        return gh.ref.slice('refs/heads/'.length);
    return gh.headRef || undefined;
}


/***/ })

};
