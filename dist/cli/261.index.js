export const id = 261;
export const ids = [261];
export const modules = {

/***/ 6352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ AUTHORITY_RULES),
/* harmony export */   kj: () => (/* binding */ authorityRule),
/* harmony export */   su: () => (/* binding */ IMPLEMENTOR_LOG_KINDS),
/* harmony export */   zI: () => (/* binding */ preApprovedCommands)
/* harmony export */ });
/* unused harmony export IMPLEMENTOR_COMMANDS */
const AUTHORITY_RULES = [
    {
        command: 'events add-feature',
        implementor: 'never',
        rule: 'registering a feature is the overseer’s or a person’s',
    },
    {
        command: 'events log',
        implementor: 'own',
        rule: 'an implementor may log only task-updated, test-result, blocker-raised and agent-usage events for its own branch',
    },
    {
        command: 'events log-usage',
        implementor: 'own',
        rule: 'an implementor may log only its own usage (its own branch)',
    },
    {
        command: 'events log-conflict',
        implementor: 'never',
        rule: 'recording a conflict by hand is the overseer’s or a person’s',
    },
    {
        command: 'events resolve-conflict',
        implementor: 'never',
        rule: 'resolving a conflict is the overseer’s or a person’s',
    },
    {
        command: 'events import',
        implementor: 'never',
        rule: 'importing a history is the overseer’s or a person’s',
    },
    {
        command: 'events raise-blocker',
        implementor: 'own',
        rule: 'an implementor may raise a blocker only against its own branch',
    },
    {
        command: 'events clear-blocker',
        implementor: 'own',
        rule: 'an implementor may clear only a blocker it raised or that was raised against it (its own branch)',
    },
];
/** The event kinds an implementor may record with `events log`, for its own branch. */
const IMPLEMENTOR_LOG_KINDS = ['task-updated', 'test-result', 'blocker-raised', 'agent-usage'];
/** The rule of a command, if it has one. */
function authorityRule(command) {
    return AUTHORITY_RULES.find((r) => r.command === command);
}
/**
 * The CLI commands `agents setup` pre-approves for an implementor: those no
 * rule can refuse it. The rest (and `init-feature`, `plan`, which shape the
 * whole feature) ask first. The overseer's list is every command.
 */
const IMPLEMENTOR_COMMANDS = [
    'sync-status',
    'check-path',
    'run-tests',
    'role-ci',
    'check-conflicts',
    'detect-conflicts',
    'integrate-order',
    'open-pr',
    'dashboard',
    'agents',
    'hooks',
    'events recent',
    'events status',
    'events export',
    'events sql',
    'events verify',
];
/** The commands a role may run without asking, as command words (empty list: every command). */
function preApprovedCommands(role) {
    return role === 'implementor' ? IMPLEMENTOR_COMMANDS : null;
}


/***/ }),

/***/ 5014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ commandCaller),
/* harmony export */   AY: () => (/* binding */ isCaller),
/* harmony export */   Cp: () => (/* binding */ implementorMayLog),
/* harmony export */   Q7: () => (/* binding */ checkAuthority),
/* harmony export */   zN: () => (/* binding */ agentContext)
/* harmony export */ });
/* harmony import */ var _agents__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6352);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3768);
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4416);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5748);






async function commandCaller(ctx, ws) {
    const identity = await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .commandIdentity */ .sX)(ctx, ws.git, ws.config.branches);
    return { identity, actor: actingAs(ctx, identity.branch).actor };
}
/**
 * The context a command records with when an agent runs it in its checkout: that agent's branch is the actor
 * (run-tests, check-conflicts, sync-status in an agent's clone), as for the events commands. Elsewhere (a
 * person on another branch, a workflow) the context as it is.
 */
async function agentContext(ctx, ws, 
/** The checked-out branch when the caller knows it already (null: HEAD is detached); undefined: asked of git here. */
checkedOut) {
    if (ctx.github.workflow)
        return ctx;
    const branch = checkedOut === undefined ? await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_1__/* .checkedOutBranch */ .iD)(ws.git) : (0,_agent_branches__WEBPACK_IMPORTED_MODULE_1__/* .acceptedBranch */ .SU)(checkedOut);
    return branch && (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_2__/* .parseBranch */ .Qd)(ws.config.branches, branch) ? actingAs(ctx, branch) : ctx;
}
/** `ctx` with `branch` (an agent's) as the actor outside a workflow; its other fields as they are (getters kept). */
function actingAs(ctx, branch) {
    if (ctx.github.workflow || !branch)
        return ctx;
    return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(ctx), actor: { value: branch, enumerable: true } });
}
/**
 * Refuses (exit 2, naming the rule of AUTHORITY_RULES) a command an implementor may not run, or may
 * run only on its own facts when `own` says the fact is not its own. The overseer and a person
 * (no role) may run every command.
 */
function checkAuthority(command, caller, own = () => false) {
    const rule = (0,_agents__WEBPACK_IMPORTED_MODULE_3__/* .authorityRule */ .kj)(command);
    const { identity } = caller;
    if (!rule || identity.role !== 'implementor')
        return;
    if (rule.implementor === 'own' && own())
        return;
    const who = identity.branch ?? identity.agent ?? 'an implementor';
    throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${command} refused for ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_5__/* .quote */ .hD)(who)} (implementor, from its ${identity.source ?? 'branch'}): ${rule.rule}; ask the overseer or a person (see "Who may change what" in the README)`);
}
/** Whether `agent` (a branch or an impl-N / overseer name, as --agent takes it) names the caller itself. */
function isCaller(caller, agent) {
    const { identity } = caller;
    if (agent === undefined)
        return false;
    return agent === identity.branch || (identity.agent !== undefined && agent === identity.agent);
}
/** Whether an implementor may record this kind with `events log`. */
function implementorMayLog(kind) {
    return _agents__WEBPACK_IMPORTED_MODULE_3__/* .IMPLEMENTOR_LOG_KINDS */ .su.includes(kind);
}


/***/ }),

/***/ 2707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ identityBranch),
/* harmony export */   Eg: () => (/* binding */ featureOrIdentity),
/* harmony export */   pY: () => (/* binding */ SPEC_ID_OR_IDENTITY),
/* harmony export */   sX: () => (/* binding */ commandIdentity)
/* harmony export */ });
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4416);
/* harmony import */ var _naming_role_source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7061);
/* harmony import */ var _naming_role_file__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(198);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2635);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3768);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4435);







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
    const where = id.checkedOut ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quote */ .hD)(id.checkedOut)} is not an agent branch` : 'HEAD is detached';
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

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ trustedConfigOf),
/* harmony export */   FH: () => (/* binding */ choiceOf),
/* harmony export */   IC: () => (/* binding */ branchOrIdentity),
/* harmony export */   f1: () => (/* binding */ tasksTargetOf)
/* harmony export */ });
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2707);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4416);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8228);



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

/***/ 1261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncStatusCommand: () => (/* binding */ syncStatusCommand)
});

// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 6 modules
var sync_status = __webpack_require__(6203);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var caller = __webpack_require__(5014);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
;// CONCATENATED MODULE: ./shared/sync-status/render-result.ts

/** The job summary of a sync: per branch, per feature, phases, agents. */
function renderSyncSummary(r) {
    const skipped = r.skippedBranches.length
        ? [`Skipped ${r.skippedBranches.length} branch(es):`, '', ...r.skippedBranches.map((b) => `- ${(0,markdown.md)(b.branch)}: ${(0,markdown.md)(b.reason)}`), '']
        : [];
    if (r.skipped)
        return [`## sync-status`, '', `${(0,markdown.md)(r.skipped)}; nothing to do.`, '', ...skipped].join('\n');
    const lines = [`## sync-status${r.dryRun ? ' (dry run)' : ''}: ${r.progress} tasks done`, '', ...skipped];
    lines.push(...(0,markdown/* table */.tp)(['Branch', 'Commits read', 'Done', 'In progress', 'Unknown ids'], r.branches.map((b) => [
        (0,markdown.md)(b.branch) + (b.forcePushed ? ' (force-pushed: re-read)' : ''),
        String(b.commits),
        (0,markdown.md)(b.done.join(', ')),
        (0,markdown.md)(b.inProgress.join(', ')),
        (0,markdown.md)(b.unknown.flatMap((u) => u.ids.map((id) => `${id} (${u.commit.slice(0, 7)})`)).join(', ')),
    ])), '');
    for (const f of r.features) {
        lines.push(`### ${(0,markdown.md)(f.spec)}: ${f.done}/${f.total} done, ${f.inProgress} in progress`, '');
        if (f.phases.length)
            lines.push(...(0,markdown/* table */.tp)(['Phase', 'Done', 'Total', 'Progress'], f.phases.map((p) => [(0,markdown.md)(p.phase), String(p.done), String(p.total), bar(p.done, p.total)])), '');
        if (f.agents.length)
            lines.push(...(0,markdown/* table */.tp)(['Agent', 'Done', 'In progress'], f.agents.map((a) => [(0,markdown.md)(a.branch), String(a.done), String(a.inProgress)])), '');
        if (f.tasksFileChanged.length)
            lines.push(`Ticked in ${(0,markdown.md)(f.tasksFile ?? 'tasks.md')}: ${(0,markdown.md)(f.tasksFileChanged.join(', '))}`, '');
        if (f.doneByOthers.length)
            lines.push('#### Done by another agent than planned', '', ...(0,markdown/* table */.tp)(['Task', 'Owner', 'Done by'], f.doneByOthers.map((o) => [(0,markdown.md)(o.id), (0,markdown.md)(o.owner), (0,markdown.md)(o.doneBy)])), '');
    }
    return lines.join('\n');
}
function bar(done, total) {
    if (total === 0)
        return '';
    const filled = Math.round((done / total) * 10);
    return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${Math.round((done / total) * 100)}%`;
}
function renderSyncText(r) {
    const skipped = r.skippedBranches.map((b) => `  skipped ${b.branch}: ${b.reason}`);
    if (r.skipped)
        return [`${r.skipped}; nothing to do.`, ...skipped].join('\n');
    const lines = [`${r.dryRun ? '[dry run] ' : ''}Progress: ${r.progress} tasks done`, ...skipped];
    for (const b of r.branches) {
        lines.push(`  ${b.branch}: ${b.commits} commit(s) read${b.forcePushed ? ' (force-pushed, re-read from merge base)' : ''}; done: ${b.done.join(', ') || '-'}; in progress: ${b.inProgress.join(', ') || '-'}`);
    }
    for (const f of r.features) {
        lines.push(`  ${f.spec}: ${f.done}/${f.total} done, ${f.inProgress} in progress`);
        for (const p of f.phases)
            lines.push(`    ${p.phase}: ${p.done}/${p.total}`);
        for (const o of f.doneByOthers)
            lines.push(`    ${o.id} done by ${o.doneBy}, planned for ${o.owner}`);
    }
    lines.push(r.stateCommit ? `State: ${r.stateCommit.slice(0, 7)}` : 'State: unchanged');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(4587);
// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(6684);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
;// CONCATENATED MODULE: ./shared/commands/sync-status.ts








const syncStatusCommand = {
    name: 'sync-status',
    summary: "Turn the commits pushed to agent branches into task progress: task ids in commit messages tick tasks.md and update the agents' state files.",
    options: [
        {
            name: 'branch',
            type: 'string',
            positional: 0,
            description: 'Agent branch to sync (default: the pushed branch, or the checked-out one).',
        },
        {
            name: 'all',
            type: 'boolean',
            default: 'false',
            description: 'Sync the agent branches on the remote of every registered feature (init-feature) instead of one branch; other branches that fit the pattern are skipped and listed.',
        },
        {
            name: 'feature',
            type: 'list',
            description: 'With all: sync only these features (spec ids, comma separated), registered or not.',
        },
        {
            name: 'branches',
            type: 'list',
            description: 'With all: sync only the agent branches these globs match (comma or newline separated), registered or not.',
        },
        {
            name: 'tasks-target',
            type: 'string',
            default: 'state',
            choices: ['state', 'overseer'],
            description: "Where the ticked tasks.md is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec's own tasks.md, by compare-and-swap commit).",
        },
        {
            name: 'local',
            type: 'boolean',
            default: 'false',
            description: 'Read the agent branch from the local repository instead of the remote (used by the post-commit hook).',
        },
        {
            name: 'annotate',
            type: 'boolean',
            default: 'true',
            description: 'Add a trailing HTML comment with time, commit and agent to each task ticked (invisible on GitHub).',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'tasks-done', description: 'JSON array of task ids the synced commits marked done.' },
        { name: 'tasks-in-progress', description: 'JSON array of task ids the synced commits mention without finishing them.' },
        { name: 'progress', description: 'Tasks done over total for the synced features, e.g. 12/40.' },
        { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing new).' },
    ],
    async run(values, ctx) {
        // Rules and destinations come from the trusted configuration, never from the pushed branch's copy.
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx, { config: (0,settings/* trustedConfigOf */.DE)(values, ctx) });
        const result = await (0,sync_status/* syncStatus */.e)(await syncStatusSettings(values, ctx, ws), { ...ws, ctx: await (0,caller/* agentContext */.zN)(ctx, ws) });
        return {
            exitCode: 0,
            outputs: {
                'tasks-done': JSON.stringify(result.tasksDone),
                'tasks-in-progress': JSON.stringify(result.tasksInProgress),
                progress: result.progress,
                'state-commit': result.stateCommit ?? '',
            },
            summary: renderSyncSummary(result),
            text: renderSyncText(result),
            json: { ...result, branches: result.branches.map(({ events, ...b }) => ({ ...b, events: events.length })) },
        };
    },
};
async function syncStatusSettings(values, ctx, ws) {
    const all = values.bool('all');
    const features = values.list('feature').map((f) => (0,validate/* validateSpecId */.zx)(f, 'feature'));
    const branchGlobs = values.list('branches');
    if (!all && (features.length || branchGlobs.length))
        throw new errors/* InputError */.dz(`--feature and --branches select among the branches of --all; add --all (got ${[...features, ...branchGlobs].join(', ')})`);
    return {
        ...(features.length ? { features } : {}),
        ...(branchGlobs.length ? { branchGlobs } : {}),
        // --all syncs every branch: no default branch from this checkout's identity.
        branch: all ? values.string('branch') : await (0,settings/* branchOrIdentity */.IC)(values, ctx, ws),
        all,
        tasksTarget: (0,settings/* tasksTargetOf */.f1)(values),
        annotate: values.bool('annotate'),
        local: values.bool('local'),
    };
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


/***/ }),

/***/ 8228:
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
