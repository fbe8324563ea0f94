export const id = 791;
export const ids = [791];
export const modules = {

/***/ 7791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initFeatureCommand: () => (/* binding */ initFeatureCommand)
});

// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(9139);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/state/events/field-checks.ts
var field_checks = __webpack_require__(6842);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/naming/nearest.ts
var nearest = __webpack_require__(1059);
// EXTERNAL MODULE: ./shared/tasks/parse-tasks.ts + 1 modules
var parse_tasks = __webpack_require__(2107);
// EXTERNAL MODULE: ./shared/git/objects.ts
var objects = __webpack_require__(187);
;// CONCATENATED MODULE: ./shared/init-feature/spec-info.ts





/** A readable title from the spec's first heading, else from the slug. */
function titleFrom(specMd, spec) {
    const heading = specMd?.split(/\r?\n/).find((l) => /^#\s+\S/.test(l));
    if (heading) {
        const text = heading
            .replace(/^#\s+/, '')
            .replace(/^Feature Specification:\s*/i, '')
            .trim();
        if (text)
            return text.slice(0, 200);
    }
    const slug = spec.replace(/^(?:\d{8}-\d{6}|\d+)-/, '');
    return slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
/** The feature's name and tasks as the base commit has them (spec folder optional). */
async function readSpecInfo(git, commit, spec, tasksPattern, logger) {
    const specFolder = tasksPattern.replace('{spec}', spec).replace(/\/[^/]*$/, '');
    const specMd = await (0,objects/* readFileAt */._T)(git, commit, `${specFolder}/spec.md`);
    const name = titleFrom(specMd, spec);
    const tasksFile = tasksPattern.replace('{spec}', spec);
    const text = await (0,objects/* readFileAt */._T)(git, commit, tasksFile);
    if (text === null)
        return { name, tasks: [] };
    try {
        const doc = (0,parse_tasks/* parseTasks */.E)(text, tasksFile);
        return {
            name,
            tasksFile,
            tasks: doc.tasks.map((t) => ({
                id: t.id,
                ...(t.phase ? { phase: t.phase.slice(0, 200) } : {}),
                description: t.description.slice(0, 500),
            })),
        };
    }
    catch (error) {
        logger.warning(`${tasksFile} could not be read, so no tasks were registered: ${(0,errors/* messageOf */.bD)(error)}`, { file: tasksFile });
        return { name, tasks: [] };
    }
}
/**
 * Refuses a spec id that names no spec folder where the repository has spec
 * folders (a typo would otherwise create branches and register an empty
 * feature), naming the nearest ones. A repository with no spec folders at
 * all, or a tasks pattern whose spec is not a folder, is not checked.
 */
async function assertSpecFolder(git, commit, spec, tasksPattern, baseName) {
    const at = tasksPattern.indexOf('/{spec}/');
    if (at === -1)
        return;
    const parent = tasksPattern.slice(0, at);
    const folders = await (0,objects/* subfolderNames */.$)(git, commit, parent);
    if (!folders?.length || folders.includes(spec))
        return;
    const near = (0,nearest/* nearestNames */.LE)(spec, folders);
    const shown = near.length ? near : [...folders].sort().slice(0, 5);
    throw new errors/* InputError */.dz(`spec-id ${(0,quote/* quote */.hD)(spec)} has no folder ${parent}/${spec}/ on ${baseName} (${commit.slice(0, 7)}): ` +
        (near.length
            ? `did you mean ${shown.map(quote/* quote */.hD).join(', ')}? `
            : `the spec folders there are ${shown.map(quote/* quote */.hD).join(', ')}${folders.length > shown.length ? ` and ${folders.length - shown.length} more` : ''}. `) +
        'Nothing was pushed. Pass --allow-missing-spec (input allow-missing-spec: true) to create the branches anyway.');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/agents/claude-rules.ts
var claude_rules = __webpack_require__(7035);
// EXTERNAL MODULE: ./shared/agents/agent-files.ts + 3 modules
var agent_files = __webpack_require__(5686);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(8423);
// EXTERNAL MODULE: ./shared/git/index-file.ts
var index_file = __webpack_require__(5354);
;// CONCATENATED MODULE: ./shared/init-feature/agent-settings-commit.ts









const AGENT_KINDS = ['claude', 'codex', 'generic'];
/** The `agents` input: empty or `none` is off; else a comma-separated list of agent kinds, each once. */
function parseAgentKinds(value) {
    const text = (value ?? '').trim();
    if (text === '' || text === 'none')
        return [];
    const kinds = [];
    for (const word of text.split(',').map((w) => w.trim())) {
        if (!AGENT_KINDS.includes(word))
            throw new errors/* InputError */.dz(`agents ${(0,quote/* quote */.hD)(word)} is not valid: expected none, or a comma-separated list of ${AGENT_KINDS.join(', ')}`);
        if (!kinds.includes(word))
            kinds.push(word);
    }
    return kinds;
}
/**
 * The overseer's shared agent settings committed on top of base, before any
 * branch is cut, so that every implementor branch starts with them (an
 * implementor may not change `.claude/**` later: its own rules go in its
 * local, git-excluded files). Plumbing only, in a temporary index: the
 * user's index and work tree are untouched. The commit's dates are base's,
 * so the same base and settings give the same commit id on every run (a
 * re-run or a concurrent run creates nothing new).
 */
async function commitAgentSettings(git, options) {
    const integration = options.integration;
    const rules = (0,claude_rules/* roleRules */.u8)(options.config, 'overseer', options.configPath, integration);
    const entries = new Map();
    const read = async (path) => {
        const line = await (0,objects/* lsTreeEntry */.QR)(git, options.base, path);
        const m = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(line ?? '');
        if (!m)
            return null;
        if (m[2] !== 'blob' || m[1] === '120000')
            throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(path)} on the base is not a regular file; agent settings were not written`);
        entries.set(path, { mode: m[1], blob: m[3] });
        return git.readBlob(m[3]);
    };
    // Kinds can share a file (AGENTS.md for codex and generic): each builds on the text the one before left.
    const base = new Map();
    const current = new Map();
    const plan = (agent, read) => (0,agent_files/* agentFiles */.VI)({
        role: 'overseer',
        agent,
        branch: null,
        spec: options.spec,
        rules,
        previous: null,
        integration,
        remote: options.remote,
        hookCommand: options.hookCommand,
        usageHookCommand: options.usageHookCommand,
        read,
    });
    for (const agent of options.kinds) {
        for (const { path } of plan(agent, () => null))
            if (!base.has(path)) {
                const text = await read(path);
                base.set(path, text);
                current.set(path, text);
            }
        for (const f of plan(agent, (path) => current.get(path) ?? null))
            current.set(f.path, f.after);
    }
    const files = [...current].map(([path, after]) => {
        const before = base.get(path) ?? null;
        return { path, before, after: after, changed: before !== after };
    });
    const changed = files.filter((f) => f.changed);
    if (changed.length === 0 || !options.write)
        return { start: options.base, files };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'orch-agents-'));
    try {
        const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(dir, 'index') };
        await (0,index_file/* readTree */.Zc)(git, options.base, env);
        for (const f of changed) {
            const blob = await git.writeBlob(f.after);
            await (0,index_file/* setIndexEntry */.Fj)(git, { mode: entries.get(f.path)?.mode ?? '100644', blob, path: f.path, add: true }, env);
        }
        const tree = await (0,index_file/* writeTree */.WM)(git, env);
        const date = await (0,git_history/* rawDates */.Me)(git, options.base);
        const [authorDate, committerDate] = date.split('\n');
        const who = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' };
        const start = await (0,index_file/* commitTree */.SC)(git, tree, options.base, `Agent settings for feature ${options.spec} (${options.kinds.join(', ')})`, {
            GIT_AUTHOR_NAME: who.name,
            GIT_AUTHOR_EMAIL: who.email,
            GIT_COMMITTER_NAME: who.name,
            GIT_COMMITTER_EMAIL: who.email,
            GIT_AUTHOR_DATE: authorDate,
            GIT_COMMITTER_DATE: committerDate,
        });
        return { start, files };
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./shared/config/config.ts + 3 modules
var config_config = __webpack_require__(4402);
;// CONCATENATED MODULE: ./shared/init-feature/init-feature.ts











/**
 * Creates the overseer and implementor branches from base in one atomic push
 * (only the missing ones; existing branches never move), then records the
 * feature and its agents.
 */
async function initFeature(options, deps) {
    const { git, remote, config, store, dryRun, ctx } = deps;
    const spec = (0,validate/* validateSpecId */.zx)(options.spec);
    if (!Number.isInteger(options.implementors) || options.implementors < 1 || options.implementors > 20) {
        throw new errors/* InputError */.dz(`implementors ${(0,quote/* quote */.hD)(String(options.implementors))} is not valid: expected a whole number from 1 to 20`);
    }
    const naming = config.branches;
    const wanted = [
        { branch: (0,branch_pattern/* agentBranch */.K1)(naming, spec, 'overseer'), role: 'overseer', index: undefined },
        ...Array.from({ length: options.implementors }, (_, i) => ({
            branch: (0,branch_pattern/* agentBranch */.K1)(naming, spec, 'implementor', i + 1),
            role: 'implementor',
            index: i + 1,
        })),
    ];
    // Everything is read and validated before anything is pushed: a bad name, spec or state branch leaves the remote as it was.
    const name = checkName(options.name);
    ctx.progress?.(`Resolving base ${options.base ?? '(default branch)'} on ${remote}...`);
    const base = await (0,git_remote/* resolveBase */.gU)(git, remote, options.base);
    if (!options.allowMissingSpec)
        await assertSpecFolder(git, base.sha, spec, config.tasks.file, base.name);
    const info = await readSpecInfo(git, base.sha, spec, config.tasks.file, ctx.logger);
    const title = name ?? info.name;
    const time = ctx.now();
    const events = [
        (0,events_events/* makeEvent */.Ld)('feature-registered', spec, { spec, name: title, baseBranch: base.name, tasks: info.tasks, tasksFile: info.tasksFile }, { actor: ctx.actor, time }),
        ...wanted.map((w) => (0,events_events/* makeEvent */.Ld)('agent-assigned', spec, { role: w.role, branch: w.branch, ...(w.index ? { index: w.index } : {}) }, { actor: ctx.actor, time })),
    ];
    await store.assertWritable();
    const settings = options.agents?.length
        ? await commitAgentSettings(git, {
            base: base.sha,
            spec,
            kinds: options.agents,
            config,
            configPath: options.configPath ?? config_config/* DEFAULT_CONFIG_PATH */.Bi,
            remote,
            integration: config.branches.integration ?? (await (0,git_remote/* remoteDefaultBranch */.Ki)(git, remote).catch(() => null)) ?? 'main',
            write: !dryRun,
            // The committed hook is started the way this CLI was (in an action: from the project's node_modules).
            hookCommand: ctx.cliScript ? (0,cli_invocation/* hookInvocation */.eM)(ctx.cliScript, ctx.cwd, process.env.PATH) : undefined,
            usageHookCommand: ctx.cliScript ? `${(0,cli_invocation/* cliHookInvocation */.iQ)(ctx.cliScript, ctx.cwd, process.env.PATH)} agents record-usage` : undefined,
        })
        : null;
    const branches = await createMissing(wanted, base, settings?.start ?? base.sha, deps);
    ctx.progress?.('Recording the feature and its agents on the state branch...');
    const created = branches.filter((b) => b.status === 'created').map((b) => b.branch);
    let appended;
    try {
        appended = await store.append(events);
    }
    catch (error) {
        // The branches stay (they are right, and a re-run keeps them): say exactly what exists and what did not happen.
        if (error instanceof errors/* OrchestratorError */.jD && created.length) {
            error.message = `${error.message.replace(/ ?Nothing was recorded[^.]*\./, '')} The branches ${created.join(', ')} were created on ${remote} (from ${base.name} ${base.sha.slice(0, 7)}) and are kept; the feature and its agents were not recorded. Fix the cause and run init-feature again: existing branches are reused, nothing is created twice.`;
        }
        throw error;
    }
    // A branch that existed and whose agent is recorded only now was left by a run whose recording failed: this run adopts it.
    const recorded = new Set(appended.added.flatMap((e) => (e.kind === 'agent-assigned' ? [e.data.branch] : [])));
    const final = branches.map((b) => (b.status === 'existing' && recorded.has(b.branch) ? { ...b, status: 'adopted' } : b));
    const adopted = final.filter((b) => b.status === 'adopted').map((b) => b.branch);
    if (adopted.length)
        ctx.logger.info(`adopted ${adopted.join(', ')}: they existed on ${remote} but were not recorded (an earlier run's recording failed); recorded now, not moved`);
    const name_ = title;
    return {
        spec,
        name: name_,
        base,
        overseer: wanted[0].branch,
        implementors: wanted.slice(1).map((w) => w.branch),
        branches: final,
        created,
        adopted,
        tasks: info.tasks.length,
        stateCommit: appended.pushed ? appended.commit : null,
        eventsAdded: appended.added.length,
        dryRun,
        agentSettings: settings
            ? { commit: settings.start === base.sha ? null : settings.start, files: settings.files.filter((f) => f.changed).map((f) => f.path) }
            : null,
    };
}
const titleCheck = (0,field_checks/* text */.Qq)({ max: 300 });
/** The `name` input: one line of at most 300 characters (it becomes the feature's title everywhere), or undefined. */
function checkName(value) {
    const name = value?.trim();
    if (!name)
        return undefined;
    try {
        return titleCheck(name, 'name', 'input name');
    }
    catch {
        throw new errors/* InputError */.dz(`name ${(0,quote/* quote */.hD)(name)} is not valid: expected one line of at most 300 characters without control characters (it is the feature's title)`);
    }
}
/**
 * Creates the missing branches in one atomic push. When another init-feature
 * of the same spec wins the race (its push lands first, ours is refused), the
 * remote is read again: branches that now exist are reused, and only what is
 * still missing is pushed, so both runs succeed and nothing is created twice.
 */
async function createMissing(wanted, base, start, deps) {
    const { git, remote, dryRun, ctx } = deps;
    const createdHere = new Set();
    for (let attempt = 1;; attempt++) {
        const existing = await (0,git_remote/* remoteHeads */.EQ)(git, remote, wanted.map((w) => w.branch));
        const fetched = await (0,git_remote/* fetchBranches */.r4)(git, remote, [...existing.keys()]);
        const branches = [];
        for (const w of wanted) {
            const sha = existing.get(w.branch);
            if (sha) {
                const local = fetched.get(w.branch) ?? sha;
                const diverged = !(await git.isAncestor(base.sha, local));
                if (diverged)
                    ctx.logger.warning(`branch ${w.branch} already exists and does not descend from ${base.name} (${base.sha.slice(0, 7)}); it was left as it is`);
                const status = createdHere.has(w.branch) ? 'created' : 'existing';
                branches.push({ branch: w.branch, role: w.role, index: w.index, status, sha, ...(diverged ? { diverged } : {}) });
            }
            else {
                branches.push({ branch: w.branch, role: w.role, index: w.index, status: dryRun ? 'would-create' : 'created', sha: start });
            }
        }
        const missing = branches.filter((b) => b.status !== 'existing' && !createdHere.has(b.branch));
        if (dryRun || missing.length === 0)
            return branches;
        ctx.progress?.(`Creating ${missing.length} branch(es) in one atomic push...`);
        try {
            const made = await (0,git_remote/* createBranchesAtomically */.iL)(git, remote, missing.map((b) => ({ branch: b.branch, sha: b.sha })));
            for (const b of made)
                createdHere.add(b);
            // A branch another run created a moment before, at the same commit, is existing, not ours.
            return branches.map((b) => (b.status === 'created' && !createdHere.has(b.branch) ? { ...b, status: 'existing' } : b));
        }
        catch (error) {
            // A lost race shows as a refused lease or a ref that "already exists": read again and carry on.
            const lost = error instanceof errors/* GitError */.XS && /stale info|already exists|fetch first|cannot lock ref|rejected/i.test(error.stderr);
            if (!lost || attempt >= 5)
                throw error;
            ctx.logger.info(`another run created some of the branches at the same time; reading ${remote} again (attempt ${attempt + 1})`);
        }
    }
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
;// CONCATENATED MODULE: ./shared/init-feature/render-result.ts

function branchUrl(serverUrl, repository, branch) {
    return serverUrl && repository ? `${serverUrl}/${repository}/tree/${branch.split('/').map(encodeURIComponent).join('/')}` : undefined;
}
function renderInitSummary(r, serverUrl, repository) {
    const rows = r.branches.map((b) => [
        (0,markdown/* link */.nf)(b.branch, branchUrl(serverUrl, repository, b.branch)),
        b.role === 'overseer' ? 'overseer' : `implementor ${b.index}`,
        b.status + (b.diverged ? ' ⚠ does not descend from base' : ''),
        `\`${b.sha.slice(0, 7)}\``,
    ]);
    return [
        `## init-feature: ${(0,markdown.md)(r.spec)}${r.dryRun ? ' (dry run)' : ''}`,
        '',
        `**${(0,markdown.md)(r.name)}** from ${(0,markdown.md)(r.base.name)} (\`${r.base.sha.slice(0, 7)}\`), ${r.tasks} task(s) registered.`,
        '',
        ...(0,markdown/* table */.tp)(['Branch', 'Role', 'Status', 'Commit'], rows),
        '',
        r.created.length ? `Created ${r.created.length} branch(es) in one atomic push.` : 'No branch needed creating.',
        ...(r.adopted.length
            ? [`Adopted ${r.adopted.length} branch(es) an earlier run created but could not record; they were not moved.`]
            : []),
        ...agentSettingsLines(r).map((l) => (0,markdown.md)(l)),
        r.stateCommit
            ? `State recorded in \`${r.stateCommit.slice(0, 7)}\`.`
            : r.dryRun
                ? 'Dry run: nothing was pushed or recorded.'
                : 'State already up to date.',
        '',
    ].join('\n');
}
function renderInitText(r) {
    const lines = [
        `${r.dryRun ? '[dry run] ' : ''}Feature ${r.spec} "${r.name}" from ${r.base.name} (${r.base.sha.slice(0, 7)}), ${r.tasks} task(s)`,
    ];
    for (const b of r.branches)
        lines.push(`  ${b.status.padEnd(12)} ${b.branch}${b.diverged ? '  (warning: does not descend from base)' : ''}`);
    lines.push(...agentSettingsLines(r));
    lines.push(r.stateCommit ? `State: ${r.stateCommit.slice(0, 7)}` : r.dryRun ? 'State: not recorded (dry run)' : 'State: unchanged');
    return lines.join('\n');
}
/** What `agents` did: the shared settings the new branches start with. */
function agentSettingsLines(r) {
    const s = r.agentSettings;
    if (!s)
        return [];
    if (!s.files.length)
        return ['Agent settings: already as wanted on the base; the branches start from the base.'];
    const what = s.files.join(', ');
    return [
        s.commit
            ? `Agent settings: ${what} committed in ${s.commit.slice(0, 7)}, which the new branches start from.`
            : `Agent settings: ${what} would be committed before the branches are cut.`,
    ];
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/init-feature.ts





const initFeatureCommand = {
    name: 'init-feature',
    summary: 'Create the overseer branch and N implementor branches for a spec in one atomic push, and register the feature and its agents on the state branch.',
    options: [
        {
            name: 'spec-id',
            type: 'string',
            required: true,
            positional: 0,
            description: 'The spec folder name, e.g. 004-user-auth (NNN-slug or YYYYMMDD-HHMMSS-slug).',
        },
        {
            name: 'implementors',
            type: 'integer',
            min: 1,
            max: 20,
            default: '3',
            description: 'How many implementor branches to create (1 to 20).',
        },
        {
            name: 'base',
            type: 'string',
            description: "Branch, tag or commit the branches start from (default: the repository's default branch).",
        },
        { name: 'name', type: 'string', description: 'Human title of the feature (default: the first heading of specs/<spec-id>/spec.md).' },
        {
            name: 'agents',
            type: 'string',
            default: 'none',
            description: "Commit the overseer's shared agent settings (claude, codex, generic; comma-separated) on top of base before the branches are cut, so every branch starts with them; none: off.",
        },
        {
            name: 'allow-missing-spec',
            type: 'boolean',
            default: 'false',
            description: 'Create the branches even though the repository has spec folders and none is named spec-id (by default that is refused as a likely typo).',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'overseer-branch', description: 'Name of the overseer branch.' },
        { name: 'implementor-branches', description: 'JSON array of the implementor branch names.' },
        { name: 'created', description: 'JSON array of the branches this run created (empty on a re-run).' },
        {
            name: 'agent-settings-commit',
            description: 'With agents: the commit holding the shared agent settings the new branches start from (empty when none was needed).',
        },
        {
            name: 'state-commit',
            description: 'Commit of the state branch after recording (empty when nothing new was recorded or in dry-run).',
        },
    ],
    async run(values, ctx) {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const result = await initFeature(initFeatureSettings(values), { ...ws, ctx });
        return {
            exitCode: 0,
            outputs: {
                'overseer-branch': result.overseer,
                'implementor-branches': JSON.stringify(result.implementors),
                created: JSON.stringify(result.created),
                'agent-settings-commit': result.agentSettings?.commit ?? '',
                'state-commit': result.stateCommit ?? '',
            },
            summary: renderInitSummary(result, ctx.github.serverUrl, ctx.github.repository),
            text: renderInitText(result),
            json: result,
        };
    },
};
function initFeatureSettings(values) {
    return {
        spec: values.requireString('spec-id'),
        implementors: values.int('implementors') ?? 3,
        base: values.string('base'),
        name: values.string('name'),
        agents: parseAgentKinds(values.string('agents')),
        configPath: values.string('config'),
        allowMissingSpec: values.bool('allow-missing-spec'),
    };
}


/***/ })

};
