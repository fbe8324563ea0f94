export const id = 158;
export const ids = [158];
export const modules = {

/***/ 4158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(9139);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(4567);
// EXTERNAL MODULE: ./shared/logger.ts
var shared_logger = __webpack_require__(1262);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/options/options.ts
var options_options = __webpack_require__(1267);
// EXTERNAL MODULE: ./shared/views/state-store.ts + 5 modules
var state_store = __webpack_require__(7869);
// EXTERNAL MODULE: ./shared/views/status.ts
var views_status = __webpack_require__(8551);
;// CONCATENATED MODULE: ./shared/demo/demo-files.ts
// The sample project the demo works on: a small TODO API planned with spec-kit.
const DEMO_SPEC = '001-todo-api';
const SPEC_MD = `# Feature Specification: TODO API

**Feature Branch**: \`${DEMO_SPEC}\`

A small HTTP API to create, list and complete TODO items.
`;
const TASKS_MD = `# Tasks: TODO API

**Input**: Design documents from \`/specs/${DEMO_SPEC}/\`
**Prerequisites**: plan.md, spec.md

## Phase 1: Setup

- [ ] T001 Create project structure in src/
- [ ] T002 [P] Add the package manifest in package.json

## Phase 2: User Story 1 - Manage TODO items (Priority: P1)

### Implementation for User Story 1

- [ ] T003 [P] [US1] Create the Todo model in src/todo.js
- [ ] T004 [P] [US1] Add validation of titles in src/todo.js
- [ ] T005 [US1] Add the CI workflow in .github/workflows/ci.yml
- [ ] T006 [US1] List endpoint in src/api.js (depends on T003)

**Checkpoint**: User Story 1 works on its own.

## Phase 3: Polish

- [ ] T007 [P] Document the API in README.md
`;
const TODO_JS = `// The Todo model.
export function createTodo(title) {
  return { title, done: false }
}

export function completeTodo(todo) {
  return { ...todo, done: true }
}
`;
/** impl-1's version: a field added inside createTodo. */
const TODO_JS_IMPL1 = TODO_JS.replace('  return { title, done: false }', '  return { id: Date.now(), title, done: false }');
/** impl-2's version: the same line changed differently. */
const TODO_JS_IMPL2 = TODO_JS.replace('  return { title, done: false }', '  return { title: String(title).trim(), done: false }');

// EXTERNAL MODULE: ./shared/git/init.ts
var init = __webpack_require__(8029);
// EXTERNAL MODULE: ./shared/git/working-tree.ts
var working_tree = __webpack_require__(8905);
;// CONCATENATED MODULE: ./shared/demo/demo.ts












const IDENTITY = {
    GIT_AUTHOR_NAME: 'Demo Agent',
    GIT_AUTHOR_EMAIL: 'demo@example.invalid',
    GIT_COMMITTER_NAME: 'Demo Agent',
    GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
/** A folder for the demo: the one given (must be empty or new) or a new temporary one. */
function prepareDir(dir) {
    if (!dir)
        return { dir: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'orchestrator-demo-')), created: true };
    const full = (0,external_node_path_.resolve)(dir);
    const existed = (0,external_node_fs_.existsSync)(full);
    if (existed && (0,external_node_fs_.readdirSync)(full).length > 0)
        throw new errors/* InputError */.dz(`--dir ${(0,quote/* quote */.hD)(dir)} is not empty; the demo only writes into a new or empty folder`);
    (0,external_node_fs_.mkdirSync)(full, { recursive: true });
    return { dir: full, created: !existed };
}
function write(root, files) {
    for (const [path, text] of Object.entries(files)) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(root, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(root, path), text);
    }
}
/**
 * The whole loop on a local bare remote, offline: init-feature, three
 * implementors committing (two on the same lines, one on a protected path),
 * sync-status, detect-conflicts and role-ci, through the same commands the
 * actions run.
 */
async function runDemo(options, commands, ctx) {
    const { dir, created } = prepareDir(options.dir);
    const remote = (0,external_node_path_.join)(dir, 'remote.git');
    const work = (0,external_node_path_.join)(dir, 'work');
    const say = (m) => ctx.progress?.(m);
    const logger = new shared_logger/* MemoryLogger */.C();
    const result = { dir, work, remote, kept: options.keep, steps: [], warnings: [], status: null, dashboard: '' };
    try {
        const git = new git_git/* Git */.TU(dir, IDENTITY);
        say(`[1/7] Creating a project with specs/${DEMO_SPEC}/tasks.md and a bare remote in ${dir}`);
        await (0,init/* initRepository */.zY)(git, remote, { branch: 'main', bare: true });
        await (0,init/* initRepository */.zY)(git, work, { branch: 'main' });
        const repo = new git_git/* Git */.TU(work, IDENTITY);
        for (const [k, v] of [
            ['commit.gpgsign', 'false'],
            ['core.hooksPath', '.git/no-hooks'],
            ['user.name', 'Demo Agent'],
            ['user.email', 'demo@example.invalid'],
        ])
            await (0,init/* setConfig */.Nk)(repo, k, v);
        write(work, {
            'README.md': '# TODO API\n',
            'src/todo.js': TODO_JS,
            [`specs/${DEMO_SPEC}/spec.md`]: SPEC_MD,
            [`specs/${DEMO_SPEC}/tasks.md`]: TASKS_MD,
        });
        await (0,working_tree/* commitAll */.fi)(repo, 'Plan the TODO API');
        await (0,init/* addRemote */.Uu)(repo, 'origin', remote);
        await (0,working_tree/* push */.VC)(repo, 'origin', 'main');
        const run = async (step, command, raw) => {
            const values = (0,options_options/* parseOptions */.Ac)(command.options, raw, 'flag');
            const outcome = await command.run(values, { ...ctx, cwd: work, logger, progress: undefined });
            result.steps.push({ step, exitCode: outcome.exitCode, json: outcome.json });
            return outcome;
        };
        say('[2/7] init-feature: one overseer and three implementor branches, one atomic push');
        await run('init-feature', commands.initFeature, { 'spec-id': DEMO_SPEC, implementors: '3' });
        say('[3/7] Three implementors commit work that names tasks in the commit messages');
        const branch = (n) => `feature/${DEMO_SPEC}/impl-${n}`;
        const started = new Set();
        const agentCommit = async (n, files, message) => {
            await (0,working_tree/* switchBranch */.Df)(repo, branch(n), started.has(n) ? undefined : `origin/${branch(n)}`);
            started.add(n);
            write(work, files);
            await (0,working_tree/* commitAll */.fi)(repo, message);
        };
        await (0,working_tree/* fetchAll */.mj)(repo, 'origin');
        await agentCommit(1, { 'src/todo.js': TODO_JS_IMPL1 }, 'T003: create the Todo model with ids');
        await agentCommit(1, { 'src/api.js': 'export const routes = []\n' }, 'Start the list endpoint (T006)');
        await agentCommit(2, { 'src/todo.js': TODO_JS_IMPL2 }, 'Trim titles\n\nCloses T004');
        await agentCommit(3, { '.github/workflows/ci.yml': 'name: ci\non: push\njobs: {}\n', 'package.json': '{ "name": "todo" }\n' }, 'T002: add the manifest\n\nAlso T005: CI workflow');
        for (const n of [1, 2, 3])
            await (0,working_tree/* push */.VC)(repo, 'origin', `${branch(n)}:${branch(n)}`);
        say('[4/7] sync-status: task ids in commits tick tasks.md, per agent');
        await run('sync-status', commands.syncStatus, { all: true });
        say('[5/7] detect-conflicts: every implementor against the others and the overseer');
        await run('detect-conflicts', commands.detectConflicts, { 'fail-on-conflict': false, 'report-path': (0,external_node_path_.join)(dir, 'conflict-report.json') });
        say('[6/7] role-ci for impl-3: the role guard (protected paths)');
        await (0,working_tree/* switchBranch */.Df)(repo, branch(3));
        await run('role-ci impl-3', commands.roleCi, { role: 'implementor', branch: branch(3), 'guard-only': true, record: true });
        say('[7/7] role-ci for impl-1: a passing and a failing check, recorded as test results');
        await (0,working_tree/* switchBranch */.Df)(repo, branch(1));
        const node = `"${process.execPath.replace(/(["\\$`])/g, '\\$1')}"`;
        await run('role-ci impl-1', commands.roleCi, {
            role: 'implementor',
            branch: branch(1),
            commands: `unit: ${node} -e "process.exit(0)"\nlint: ${node} -e "console.error('src/api.js: missing semicolon'); process.exit(1)"`,
            'conflict-check': false,
            record: true,
        });
        await (0,working_tree/* switchBranch */.Df)(repo, 'main');
        const store = new state_store/* StateStore */.fy({ git: repo, remote: 'origin', logger });
        result.status = (0,views_status/* featureStatus */.FX)(await store.read(), DEMO_SPEC);
        result.dashboard = await (0,working_tree/* showFile */.II)(repo, store.privateRef, 'README.md');
        result.warnings = logger.entries.filter((e) => e.level === 'warning' || e.level === 'error').map((e) => e.message);
        return result;
    }
    finally {
        // Only what the demo made goes: a folder the user gave stays (empty).
        if (!options.keep) {
            if (created)
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            else
                for (const entry of (0,external_node_fs_.readdirSync)(dir))
                    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, entry), { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(3925);
;// CONCATENATED MODULE: ./shared/demo/render-demo.ts


const fmt = (rs) => (0,range_text/* formatRanges */.Gk)(rs, { empty: '-' });
/** The closing report of `orchestrator demo`: progress, predicted conflicts, the guard and checks, where things are. */
function renderDemo(r, ms, cli = 'orchestrator') {
    const step = (name) => r.steps.find((s) => s.step === name)?.json;
    const lines = ['', `Demo finished in ${(ms / 1000).toFixed(1)} s.`, ''];
    const f = r.status?.features[0];
    if (f) {
        lines.push(`Feature ${f.spec} "${f.name ?? ''}": ${f.tasks.done}/${f.tasks.total} tasks done, ${f.tasks.inProgress} in progress`, '');
        lines.push(`  ${'Agent'.padEnd(34)} ${'Done'.padStart(4)}  ${'In progress'.padStart(11)}`);
        for (const a of f.agents)
            lines.push(`  ${a.branch.padEnd(34)} ${String(a.tasksDone).padStart(4)}  ${String(a.tasksInProgress).padStart(11)}`);
        lines.push('');
    }
    const pairs = (step('detect-conflicts')?.pairs ?? []).filter((p) => p.status === 'conflicted');
    lines.push(`Predicted merge conflicts: ${pairs.length}`);
    for (const p of pairs) {
        lines.push(`  ${p.left} <-> ${p.right}`);
        for (const file of p.files)
            lines.push(`    ${file.path} (${file.kind}): lines ${fmt(file.leftRanges)} on ${p.left.split('/').pop()}, ${fmt(file.rightRanges)} on ${p.right.split('/').pop()}`);
    }
    lines.push('');
    const guard = step('role-ci impl-3');
    if (guard) {
        lines.push(`Role guard on ${guard.branch}: ${guard.guard.ok ? 'ok' : `${guard.guard.violations.length} violation(s)`}`);
        for (const v of guard.guard.violations)
            lines.push(`  ${v.detail}`);
        lines.push('');
    }
    const checks = step('role-ci impl-1');
    if (checks)
        lines.push(`Checks on ${checks.branch}: ${checks.checks.map((c) => `${c.name} ${c.skipped ? 'skipped' : c.passed ? 'passed' : 'FAILED'}`).join(', ')}`, '');
    if (r.kept) {
        lines.push(`Everything is in ${r.dir}:`);
        lines.push(`  work/        a clone (branches: git -C ${r.work} branch -a)`);
        lines.push(`  remote.git/  the bare remote the actions pushed to`);
        lines.push(`  dashboard:   git -C ${r.work} show origin/orchestrator/state:README.md (after git fetch)`);
        // The demo folder has no node_modules: the hint names this very CLI, so it works when copied.
        lines.push(`  status:      cd ${(0,cli_invocation/* shellWord */.r7)(r.work)} && ${cli} events status`);
    }
    else
        lines.push(`The demo folder ${r.dir} was removed (--no-keep).`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/commands/detect-conflicts.ts + 13 modules
var detect_conflicts = __webpack_require__(1838);
// EXTERNAL MODULE: ./shared/commands/init-feature.ts + 4 modules
var init_feature = __webpack_require__(7791);
// EXTERNAL MODULE: ./shared/commands/role-ci.ts + 23 modules
var role_ci = __webpack_require__(9302);
// EXTERNAL MODULE: ./shared/commands/sync-status.ts + 1 modules
var sync_status = __webpack_require__(3992);
;// CONCATENATED MODULE: ./shared/commands/demo.ts







const demoCommand = {
    name: 'demo',
    summary: 'Run the whole loop offline in a temporary folder with a local bare remote (init-feature, three implementors, sync-status, detect-conflicts, role-ci) and print the dashboard.',
    options: [
        { name: 'dir', type: 'string', description: 'Folder to run in (new or empty; default: a new temporary folder).' },
        {
            name: 'keep',
            type: 'boolean',
            default: 'true',
            description: 'Keep the folder for you to inspect (--no-keep removes it at the end).',
        },
    ],
    outputs: [],
    async run(values, ctx) {
        const started = Date.now();
        const result = await runDemo({ dir: values.string('dir'), keep: values.bool('keep') }, { initFeature: init_feature.initFeatureCommand, syncStatus: sync_status.syncStatusCommand, detectConflicts: detect_conflicts.detectConflictsCommand, roleCi: role_ci.roleCiCommand }, ctx);
        return {
            exitCode: 0,
            outputs: {},
            text: renderDemo(result, Date.now() - started, ctx.cliScript ? (0,cli_invocation/* cliInvocation */.XU)(ctx.cliScript, result.work) : 'orchestrator'),
            json: result,
        };
    },
};


/***/ }),

/***/ 3992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncStatusCommand: () => (/* binding */ syncStatusCommand)
});

// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 6 modules
var sync_status = __webpack_require__(4160);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var caller = __webpack_require__(5244);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
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
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(8482);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
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

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ featureStatus),
/* harmony export */   me: () => (/* binding */ formatStatus)
/* harmony export */ });
/* unused harmony exports usageNumbers, PREDICTED_SHOWN */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1581);
/* harmony import */ var _text_neutralize__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2363);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6910);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9217);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2274);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3182);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7083);
/* harmony import */ var _render_feature__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6950);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2755);
/* harmony import */ var _text_paint__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9586);







function usageNumbers(u) {
    return {
        inputTokens: u.inputTokens,
        outputTokens: u.outputTokens,
        cacheCreationTokens: u.cacheCreationTokens,
        cacheReadTokens: u.cacheReadTokens,
        tokens: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .totalTokens */ .RP)(u),
        costMicroUsd: u.costMicroUsd,
        costUsd: u.costMicroUsd / 1_000_000,
        records: u.records,
    };
}
/** Status of one feature (an unknown spec is an InputError naming the known ones) or of all. */
function featureStatus(snapshot, spec) {
    const { projection } = snapshot;
    if (spec !== undefined && !projection.features[spec]) {
        const known = Object.keys(projection.features).sort();
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`feature ${JSON.stringify(spec)} has no events on the state branch (known: ${known.length ? known.join(', ') : 'none'})`);
    }
    const features = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .featuresOf */ .Hi)(projection, spec).map((f) => {
        const progress = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .taskProgress */ .hv)(f);
        return {
            spec: f.spec,
            name: f.registration?.name ?? null,
            baseBranch: f.registration?.baseBranch ?? null,
            tasks: { total: progress.total, done: progress.done, merged: progress.merged, inProgress: progress.inProgress, open: progress.open },
            health: (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .agentHealth */ .kd)(f),
            lastScan: scanOf((0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .lastScan */ .QZ)(projection, 'conflicts', f.spec)),
            agents: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .agentsOf */ .et)(f).map((a) => {
                const names = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .agentAliases */ .AA)(a);
                const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
                return {
                    role: a.role,
                    branch: a.branch,
                    index: a.index ?? null,
                    tasksDone: mine.filter((t) => t.state === 'done').length,
                    tasksInProgress: mine.filter((t) => t.state === 'in-progress').length,
                    lastActivity: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .lastActivity */ .eg)(f, names),
                };
            }),
            openConflicts: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openConflicts */ .cX)(projection, f.spec).map((c) => ({
                id: c.id,
                left: c.left,
                right: c.right,
                files: [...c.files.map((x) => x.path), ...(c.messages ?? []).flatMap((m) => m.paths)],
                detectedAt: c.detectedAt,
                manual: c.manual,
                ...(c.reason ? { reason: c.reason } : {}),
                ...(c.kind ? { kind: c.kind, ...(c.check ? { check: c.check } : {}) } : {}),
            })),
            tests: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .latestTests */ .J7)(f).map((t) => ({
                role: t.role,
                branch: t.branch ?? null,
                suite: t.suite,
                passed: t.passed,
                failed: t.failed,
                skipped: t.skipped,
                commit: t.commit,
                time: t.time,
                runUrl: t.runUrl ?? null,
                unit: t.unit === 'check' ? 'check' : 'tests',
            })),
            openPrs: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openPrs */ .uo)(f).map((p) => ({
                number: p.number,
                url: p.url,
                head: p.head,
                base: p.base,
                title: p.title ?? null,
                action: p.action,
            })),
            blockers: (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .openBlockers */ .AW)(f).map((b) => ({
                id: b.id,
                agent: b.raised?.agent ?? null,
                reason: b.raised?.reason ?? '',
                raisedAt: b.raised?.time ?? '',
            })),
            scopeDrift: (0,_state_projection__WEBPACK_IMPORTED_MODULE_4__/* .openDrift */ .w)(f).map((d) => ({
                branch: d.branch,
                path: d.path,
                tasks: d.detected?.tasks ?? [],
                commit: d.detected?.commit ?? null,
                since: d.detected?.time ?? null,
            })),
            predictedConflicts: predictedOf(f),
            usage: {
                total: Object.keys(f.usage ?? {}).length ? usageNumbers((0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .sumUsage */ .Rl)(Object.values(f.usage ?? {}))) : null,
                agents: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .usageByAgent */ .Q0)(projection, f.spec).map((u) => ({ branch: u.name, ...usageNumbers(u) })),
                tasks: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .usageByTask */ .Qp)(projection, f.spec).map((u) => ({ task: u.name, ...usageNumbers(u) })),
            },
            budgetsCrossed: (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .budgetsCrossed */ .GJ)(projection, f.spec).map((b) => ({
                scope: b.scope,
                subject: b.subject,
                budgetMicroUsd: b.budgetMicroUsd,
                spentMicroUsd: b.spentMicroUsd,
                time: b.time,
            })),
            eventCount: f.eventCount,
            lastEvent: f.recent[0]?.time ?? null,
        };
    });
    return { commit: snapshot.commit, features, problems: projection.problems };
}
/** Untrusted text for a terminal: one line, no control characters, no markdown escapes. */
function one(value, max = 200) {
    const text = (0,_text_neutralize__WEBPACK_IMPORTED_MODULE_5__/* .neutralize */ .Y)(String(value ?? ''), { multiline: true })
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
function time(value) {
    return value ? value.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ') : '';
}
/** The status as plain text for a terminal (the views on the state branch are the markdown). */
function formatStatus(report, paint = _text_paint__WEBPACK_IMPORTED_MODULE_6__/* .noPaint */ .I) {
    const lines = [];
    if (report.features.length === 0)
        lines.push('No features recorded yet.');
    for (const f of report.features) {
        lines.push(`${one(f.spec)}${f.name ? `: ${one(f.name)}` : ''}`, '');
        lines.push(`Tasks ${(0,_render_feature__WEBPACK_IMPORTED_MODULE_7__/* .progressText */ .l_)(f.tasks)}; ${f.openConflicts.length} open conflict(s); ${f.blockers.length} blocker(s); last event ${time(f.lastEvent) || 'none'}.`, 
        // The open conflicts are counted once, on the line above (the projection's, as everywhere): not the scan's tally.
        f.lastScan
            ? `Last conflict scan: ${time(f.lastScan.at)} (${f.lastScan.pairs} pair(s) compared, ${f.lastScan.errors} error(s)).`
            : 'Last conflict scan: none recorded yet.', '');
        const rows = f.health.map((h) => [
            `${h.role}${h.index ? ` ${h.index}` : ''}`,
            one(h.branch),
            h.lastCommit ? h.lastCommit.slice(0, 7) : '-',
            h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '-',
            (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .checksText */ .rW)(h.checks),
            h.guard ?? '-',
            h.pr ? `#${h.pr.number} ${h.pr.action}` : '-',
            time(h.lastActivity) || '-',
        ]);
        const [header, ...body] = columns(['Agent', 'Branch', 'Last commit', 'Task', 'Checks on it', 'Guard', 'PR', 'Last activity'], rows);
        // Painted after padding, so the marks do not count as width.
        lines.push(rows.length ? paint('heading', header) : header, ...body);
        for (const c of f.openConflicts)
            lines.push('', `- ${paint('bad', 'conflict')} ${one(c.id)}: ${one(c.left)} and ${one(c.right)}${c.files.length ? ` in ${c.files.map((p) => one(p)).join(', ')}` : ''} (since ${time(c.detectedAt)}${c.manual ? `, logged by hand${c.reason ? `: ${one(c.reason, 300)}` : ''}` : ''})`);
        for (const t of f.tests) {
            const counts = t.unit === 'check'
                ? t.failed
                    ? paint('bad', 'check failed')
                    : t.passed
                        ? paint('ok', 'check passed')
                        : 'check skipped'
                : `${t.passed} passed, ${t.failed ? paint('bad', `${t.failed} failed`) : '0 failed'}, ${t.skipped} skipped`;
            lines.push(`- tests ${one(t.suite)} (${one(t.role)}${t.branch ? `, ${one(t.branch)}` : ''}): ${counts} at ${t.commit.slice(0, 7)}`);
        }
        for (const p of f.openPrs)
            lines.push(`- PR #${p.number} ${one(p.head)} into ${one(p.base)}${p.title ? `: ${one(p.title)}` : ''} ${one(p.url)}`);
        for (const b of f.blockers)
            lines.push(`- ${paint('warning', 'blocker')} ${one(b.id)}${b.agent ? ` (${one(b.agent)})` : ''}: ${one(b.reason, 300)}`);
        for (const d of f.scopeDrift)
            lines.push(`- ${paint('warning', 'scope drift')} ${one(d.branch)}: ${one(d.path, 300)} outside its tasks (${d.tasks.length ? `belongs to ${one((0,_role_ci__WEBPACK_IMPORTED_MODULE_8__/* .driftTasksText */ .TZ)(d.tasks), 300)}` : 'no task names it'})`);
        for (const p of f.predictedConflicts)
            lines.push(`- ${paint('warning', 'predicted conflict')}: ${one(p.agent)} edits ${one(p.path)}, which ${one(p.sibling)} changed at ${p.siblingSha.slice(0, 7)} (warned ${time(p.time)})`);
        for (const b of f.budgetsCrossed)
            lines.push(`- ${paint('warning', 'budget crossed')}: ${b.scope} ${one(b.subject)} spent ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(b.spentMicroUsd)} of its ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(b.budgetMicroUsd)} budget (${time(b.time)})`);
        if (f.usage.total) {
            const u = f.usage.total;
            lines.push(`- cost ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(u.costMicroUsd)} for ${u.tokens} tokens (${u.inputTokens} in, ${u.outputTokens} out, ${u.cacheCreationTokens} cache written, ${u.cacheReadTokens} cache read)`);
            for (const a of f.usage.agents)
                lines.push(`  - ${one(a.branch)}: ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(a.costMicroUsd)}, ${a.tokens} tokens`);
            for (const t of f.usage.tasks)
                lines.push(`  - ${one(t.task)}: ${(0,_state_projection__WEBPACK_IMPORTED_MODULE_9__/* .formatUsd */ .UK)(t.costMicroUsd)}, ${t.tokens} tokens`);
        }
        lines.push('');
    }
    for (const p of report.problems)
        lines.push(`- ${paint('error', 'unreadable event file')} ${one(p.path)}: ${one(p.reason)}`);
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return `${lines.join('\n')}\n`;
}
/** A plain-text table with aligned columns. */
function columns(headers, rows) {
    if (rows.length === 0)
        return ['No agents assigned.'];
    const width = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(width[i]))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)];
}
/** How many predicted conflicts the status lists: the newest; the rest are in the log. */
const PREDICTED_SHOWN = 20;
function predictedOf(f) {
    return Object.values(f.predicted ?? {})
        .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
        .slice(0, PREDICTED_SHOWN)
        .map((p) => ({
        agent: p.agent,
        path: p.path,
        sibling: p.sibling,
        siblingSha: p.siblingSha,
        ranges: p.ranges,
        time: p.time,
        warnings: p.warnings,
    }));
}
function scanOf(s) {
    return s ? { at: s.at, pairs: s.pairs, conflicted: s.conflicted, errors: s.errors } : null;
}


/***/ })

};
