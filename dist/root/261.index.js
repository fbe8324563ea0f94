export const id = 261;
export const ids = [261];
export const modules = {

/***/ 5014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zN: () => (/* binding */ agentContext)
/* harmony export */ });
/* unused harmony exports commandCaller, checkAuthority, isCaller, implementorMayLog */
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4416);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5748);






async function commandCaller(ctx, ws) {
    const identity = await commandIdentity(ctx, ws.git, ws.config.branches);
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
    const branch = checkedOut === undefined ? await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_0__/* .checkedOutBranch */ .iD)(ws.git) : (0,_agent_branches__WEBPACK_IMPORTED_MODULE_0__/* .acceptedBranch */ .SU)(checkedOut);
    return branch && (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .parseBranch */ .Qd)(ws.config.branches, branch) ? actingAs(ctx, branch) : ctx;
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
    const rule = authorityRule(command);
    const { identity } = caller;
    if (!rule || identity.role !== 'implementor')
        return;
    if (rule.implementor === 'own' && own())
        return;
    const who = identity.branch ?? identity.agent ?? 'an implementor';
    throw new InputError(`${command} refused for ${quote(who)} (implementor, from its ${identity.source ?? 'branch'}): ${rule.rule}; ask the overseer or a person (see "Who may change what" in the README)`);
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
    return IMPLEMENTOR_LOG_KINDS.includes(kind);
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

// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 7 modules
var sync_status = __webpack_require__(7595);
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

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 38 modules
var open_workspace = __webpack_require__(5383);
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


/***/ })

};
