export const id = 778;
export const ids = [778,717,98,995,960];
export const modules = {

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

/***/ 778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPrCommand: () => (/* binding */ openPrCommand)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(8995);
// EXTERNAL MODULE: ./shared/github/explain-error.ts
var explain_error = __webpack_require__(8070);
// EXTERNAL MODULE: ./shared/github/pull-request-body.ts
var pull_request_body = __webpack_require__(92);
;// CONCATENATED MODULE: ./shared/github/pull-requests.ts


/**
 * Creates the pull request head → base, or brings the open one up to date. Writes only what changed.
 * A concurrent run may create the same pull request between our lookup and our create; GitHub then
 * answers 422 "A pull request already exists" and we update that one instead.
 */
async function upsertPullRequest(client, options) {
    const { owner, repo, head, base } = options;
    const which = `${head} → ${base}`;
    const existing = await findOpenPull(client, options).catch((e) => {
        throw (0,explain_error/* explainGitHubError */.P)(e, `looking for an open pull request ${which} in ${owner}/${repo}`, 'write');
    });
    if (existing)
        return updatePull(client, options, existing);
    let created;
    try {
        const response = await client.rest.pulls.create({
            owner,
            repo,
            head,
            base,
            title: options.title,
            body: (0,pull_request_body/* mergePullRequestBody */.Lz)('', options.generatedBody),
            draft: options.draft ?? false,
        });
        created = response.data;
    }
    catch (error) {
        if (!isAlreadyExists(error))
            throw (0,explain_error/* explainGitHubError */.P)(error, `creating the pull request ${which}`, 'write');
        const raced = await findOpenPull(client, options).catch((e) => {
            throw (0,explain_error/* explainGitHubError */.P)(e, `looking up the pull request ${which} that another run created`, 'write');
        });
        if (!raced)
            throw (0,explain_error/* explainGitHubError */.P)(error, `creating the pull request ${which}`, 'write');
        return updatePull(client, options, raced);
    }
    const labelsAdded = await addMissingLabels(client, options, created);
    return { number: created.number, url: created.html_url, created: true, updated: false, labelsAdded };
}
async function updatePull(client, options, pull) {
    const { owner, repo } = options;
    const body = (0,pull_request_body/* mergePullRequestBody */.Lz)(pull.body, options.generatedBody);
    const changed = pull.title !== options.title || !(0,pull_request_body/* sameBody */.NZ)(pull.body, body);
    if (changed) {
        try {
            await client.rest.pulls.update({ owner, repo, pull_number: pull.number, title: options.title, body });
        }
        catch (error) {
            throw (0,explain_error/* explainGitHubError */.P)(error, `updating pull request #${pull.number} (${options.head} → ${options.base})`, 'write');
        }
    }
    const labelsAdded = await addMissingLabels(client, options, pull);
    return { number: pull.number, url: pull.html_url, created: false, updated: changed, labelsAdded };
}
async function addMissingLabels(client, options, pull) {
    const present = new Set(pull.labels.map((l) => l.name));
    const missing = [...new Set(options.labels ?? [])].filter((l) => l && !present.has(l)).sort();
    if (missing.length === 0)
        return [];
    try {
        await client.rest.issues.addLabels({ owner: options.owner, repo: options.repo, issue_number: pull.number, labels: missing });
    }
    catch (error) {
        throw (0,explain_error/* explainGitHubError */.P)(error, `adding labels ${missing.join(', ')} to pull request #${pull.number}`, 'write');
    }
    return missing;
}
async function findOpenPull(client, options) {
    const pulls = await client.paginate(client.rest.pulls.list, {
        owner: options.owner,
        repo: options.repo,
        state: 'open',
        head: `${options.owner}:${options.head}`,
        base: options.base,
        per_page: 100,
    });
    // The `head` filter matches "owner:branch"; check the refs too, and take the oldest if there are several.
    return pulls
        .filter((p) => p.head.ref === options.head && p.base.ref === options.base && p.state === 'open')
        .sort((a, b) => a.number - b.number)[0];
}
function isAlreadyExists(error) {
    const e = error;
    if (e?.status !== 422)
        return false;
    const details = JSON.stringify(e.response?.data?.errors ?? '') + String(e.message ?? '');
    return /a pull request already exists/i.test(details);
}

// EXTERNAL MODULE: ./shared/github/repository.ts
var repository = __webpack_require__(5960);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(3925);
// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(2755);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(2363);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/state/projection/findings.ts
var findings = __webpack_require__(3182);
// EXTERNAL MODULE: ./shared/state/projection/usage.ts
var projection_usage = __webpack_require__(9217);
// EXTERNAL MODULE: ./shared/state/projection/summarize.ts
var summarize = __webpack_require__(7083);
// EXTERNAL MODULE: ./shared/integrate/summary-section.ts
var summary_section = __webpack_require__(2826);
;// CONCATENATED MODULE: ./shared/open-pr/pr-body.ts






const MAX_ROWS = 40;
/**
 * The generated part of the pull request body, from state: the agent's tasks
 * done and still open, its latest test results, its current conflicts with
 * sibling branches. Deterministic; user text escaped.
 */
function renderPullRequestBody(projection, spec, branch, extra) {
    const feature = projection.features[spec];
    const lines = [`**Feature:** ${(0,markdown.md)(feature?.registration?.name ?? spec)} (\`${(0,markdown.md)(spec)}\`) · **Branch:** ${(0,markdown.md)(branch)}`, ''];
    if (feature) {
        const progress = (0,queries/* taskProgress */.hv)(feature);
        const mine = progress.tasks.filter((t) => t.agent === branch);
        const done = mine.filter((t) => t.state === 'done');
        const open = progress.tasks.filter((t) => t.state !== 'done');
        lines.push(`### Tasks: ${done.length} done by this branch, ${progress.done}/${progress.total} done in the feature`, '');
        if (done.length)
            lines.push(...done.slice(0, MAX_ROWS).map((t) => `- [x] ${(0,markdown.md)(t.id)} ${(0,markdown.md)(t.description ?? '')}`), '');
        if (open.length) {
            lines.push('<details><summary>Open tasks of the feature</summary>', '');
            lines.push(...open
                .slice(0, MAX_ROWS)
                .map((t) => `- [ ] ${(0,markdown.md)(t.id)} ${(0,markdown.md)(t.description ?? '')}${t.state === 'in-progress' ? ` _(in progress on ${(0,markdown.md)(t.agent ?? '')})_` : ''}`));
            if (open.length > MAX_ROWS)
                lines.push(`- … ${open.length - MAX_ROWS} more`);
            lines.push('', '</details>', '');
        }
        const tests = (0,queries/* latestTests */.J7)(feature).filter((t) => t.branch === branch);
        lines.push('### Latest test results', '');
        if (tests.length) {
            lines.push(...(0,markdown/* table */.tp)(['Suite', 'Passed', 'Failed', 'Skipped', 'Commit'], tests.map((t) => [(0,markdown.md)(t.suite), String(t.passed), String(t.failed), String(t.skipped), `\`${t.commit.slice(0, 7)}\``])), '');
        }
        else
            lines.push('_No test results recorded for this branch yet._', '');
    }
    else
        lines.push('_This feature is not registered on the state branch yet (run init-feature)._', '');
    const conflicts = (0,queries/* openConflicts */.cX)(projection, spec).filter((c) => c.left === branch || c.right === branch);
    lines.push('### Predicted conflicts', '');
    if (conflicts.length) {
        lines.push(...(0,markdown/* table */.tp)(['With', 'File', 'Lines here', 'Lines there'], conflicts.flatMap((c) => {
            const here = c.left === branch;
            return c.files.map((f) => [
                (0,markdown.md)(here ? c.right : c.left),
                (0,markdown.md)(f.path),
                (0,range_text/* formatRanges */.Gk)(here ? f.leftRanges : f.rightRanges, { max: 8 }),
                (0,range_text/* formatRanges */.Gk)(here ? f.rightRanges : f.leftRanges, { max: 8 }),
            ]);
        })), '');
    }
    else
        lines.push('_None in the last scan._', '');
    const guards = feature ? (0,findings/* openGuards */.X)(feature, branch) : [];
    lines.push('### Role guard', '');
    if (guards.length) {
        lines.push(...(0,markdown/* table */.tp)(['Rule', 'Path or target', 'Commit'], guards.map((g) => [g.kind === 'pr-target' ? 'pull request target' : 'protected path', (0,markdown.md)(g.subject, 300), (0,markdown/* sha */.hW)(g.detected?.commit)])), '');
    }
    else
        lines.push('_No open violation._', '');
    // Files the implementor changed outside the paths of its tasks: the reviewer should know whose they are.
    const drift = feature ? (0,findings/* openDrift */.w)(feature, branch) : [];
    if (drift.length)
        lines.push('### Scope drift', '', ...(0,markdown/* table */.tp)(['File outside its tasks', 'Belongs to', 'Commit'], drift.map((d) => [(0,markdown.md)(d.path, 300), (0,markdown.md)((0,drift_state/* driftTasksText */.TZ)(d.detected?.tasks), 300), (0,markdown/* sha */.hW)(d.detected?.commit)])), '');
    // What the branch's agent cost so far (only once usage was recorded for it).
    const usage = feature ? (0,projection_usage/* usageOfBranch */.$v)(feature, branch) : null;
    if (usage)
        lines.push('### Cost', '', `${(0,summarize/* formatUsd */.UK)(usage.costMicroUsd)} for ${(0,projection_usage/* totalTokens */.RP)(usage)} tokens (${usage.inputTokens} input, ${usage.outputTokens} output, ${usage.cacheCreationTokens} cache write, ${usage.cacheReadTokens} cache read), over ${usage.records} usage record(s).`, '');
    // The overseer's pull request shows the order to merge its implementors in.
    if (feature && feature.agents[branch]?.role === 'overseer')
        lines.push(...(0,summary_section/* mergeOrderFromState */.K)(projection, spec, 3));
    // The workflow's own markdown: kept as markdown, but without controls, bidi overrides or stray line breaks.
    if (extra?.trim())
        lines.push((0,neutralize/* neutralize */.Y)(extra.trim(), { multiline: true }), '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./shared/open-pr/record-closed.ts




/**
 * A `pull_request` event with action `closed` (GitHub's payload: `pull_request.merged`
 * tells a merge from a close): the `pr-updated` event that records it, or null when
 * neither the head nor the base is an agent branch (not a pull request of ours).
 * Squash and rebase merges are merges too: the payload says so, whatever the commits.
 */
function closedPullRequest(naming, ctx) {
    const gh = ctx.github;
    if (!gh.eventName?.startsWith('pull_request') || gh.event?.action !== 'closed')
        return null;
    const pr = objectOf(gh.event.pull_request);
    const head = objectOf(pr.head).ref;
    const base = objectOf(pr.base).ref;
    const { number, html_url: url, title, merged } = pr;
    if (typeof number !== 'number' || typeof head !== 'string' || typeof base !== 'string' || typeof url !== 'string')
        throw new errors/* InputError */.dz(`event ${(0,quote/* quote */.hD)(gh.eventName)}: pull_request.number, head.ref, base.ref and html_url are needed to record a closed pull request`);
    const spec = ((0,branch_pattern/* parseBranch */.Qd)(naming, head) ?? (0,branch_pattern/* parseBranch */.Qd)(naming, base))?.spec;
    if (!spec)
        return null;
    const action = merged === true ? 'merged' : 'closed';
    const data = { action, number, url, head, base, ...(typeof title === 'string' ? { title: title.slice(0, 200) } : {}) };
    const event = (0,events/* makeEvent */.Ld)('pr-updated', spec, data, { actor: ctx.actor, time: timeOf(pr, action) ?? ctx.now() });
    return { spec, event, action, number, head, base, url };
}
/** When GitHub says it happened, so a re-run records the same fact at the same time. */
function timeOf(pr, action) {
    const at = action === 'merged' ? (pr.merged_at ?? pr.closed_at) : pr.closed_at;
    const date = typeof at === 'string' ? new Date(at) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
}
function objectOf(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

;// CONCATENATED MODULE: ./shared/open-pr/open-pr.ts












/**
 * Opens (or brings up to date) the pull request of an agent branch: an
 * implementor's goes to its own overseer branch, an overseer's to the
 * integration branch; nothing else is allowed.
 */
async function openPullRequest(options, deps) {
    const { git, remote, config, store, dryRun, ctx } = deps;
    const closed = closedPullRequest(config.branches, ctx);
    if (closed || (ctx.github.eventName?.startsWith('pull_request') && ctx.github.event?.action === 'closed'))
        return recordClosed(closed, deps);
    const head = options.branch ?? (await (0,agent_branches/* runBranch */.KZ)(git, ctx));
    if (!head)
        throw new errors/* InputError */.dz('no branch given and HEAD is detached: pass branch');
    (0,validate/* validateBranchName */.eg)(head, 'branch');
    const parsed = (0,branch_pattern/* parseBranch */.Qd)(config.branches, head);
    if (!parsed) {
        throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.hD)(head)} is not an agent branch (expected ${config.branches.pattern}, e.g. ${(0,branch_pattern/* formatBranch */.gK)(config.branches, '004-user-auth', 'implementor', 1)}): open-pr only opens implementor → overseer and overseer → integration pull requests`);
    }
    const base = parsed.role === 'implementor'
        ? (0,branch_pattern/* formatBranch */.gK)(config.branches, parsed.spec, 'overseer')
        : (config.branches.integration ?? (await (0,git_remote/* remoteDefaultBranch */.Ki)(git, remote)) ?? 'main');
    const snapshot = await store.read();
    const feature = snapshot.projection.features[parsed.spec];
    const who = parsed.role === 'implementor' ? `impl-${parsed.index}` : 'overseer';
    const title = options.title?.trim() || `[${parsed.spec}] ${feature?.registration?.name ?? parsed.spec}: ${who}`;
    const body = renderPullRequestBody(snapshot.projection, parsed.spec, head, options.bodyExtra);
    if (dryRun)
        return { head, base, number: null, url: null, created: false, updated: false, title, body, stateCommit: null, dryRun };
    const ref = (0,repository.resolveRepository)(ctx.github.repository, remote, ctx.github.repository ? null : await (0,git_remote/* remoteUrl */.gX)(git, remote));
    if (!options.token)
        throw new errors/* InputError */.dz('open-pr needs a token with pull-requests: write (pass token: ${{ github.token }}; locally set GITHUB_TOKEN)');
    const client = (0,github_client.createGitHubClient)({ token: options.token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', logger: ctx.logger });
    ctx.progress?.(`Opening or updating the pull request ${head} → ${base}...`);
    const pr = await upsertPullRequest(client, {
        ...ref,
        head,
        base,
        title,
        generatedBody: body,
        draft: options.draft,
        labels: options.labels,
    });
    let stateCommit = null;
    if (pr.created || pr.updated) {
        const event = (0,events/* makeEvent */.Ld)('pr-updated', parsed.spec, { action: pr.created ? 'opened' : 'updated', number: pr.number, url: pr.url, head, base, title: title.slice(0, 200) }, { actor: ctx.actor, time: ctx.now() });
        const appended = await store.append([event]);
        stateCommit = appended.pushed ? appended.commit : null;
    }
    return { head, base, number: pr.number, url: pr.url, created: pr.created, updated: pr.updated, title, body, stateCommit, dryRun };
}
/** A closed pull request is recorded (merged or closed), never reopened or edited. */
async function recordClosed(closed, deps) {
    const { store, dryRun, ctx } = deps;
    if (!closed) {
        ctx.logger.notice('the closed pull request is not from or into an agent branch; nothing to record');
        return { head: '', base: '', number: null, url: null, created: false, updated: false, title: '', body: '', stateCommit: null, dryRun };
    }
    // A merged pull request merged every task its head had done (squash and rebase merges too).
    const feature = closed.action === 'merged' ? (await store.read()).projection.features[closed.spec] : undefined;
    const merged = Object.entries(feature?.tasks ?? {})
        .filter(([id, t]) => t.state === 'done' && t.agent === closed.head && !feature?.merged?.[id]?.[t.commit])
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([taskId, t]) => (0,events/* makeEvent */.Ld)('task-merged', closed.spec, { taskId, commit: t.commit, into: closed.base, pr: closed.number }, { actor: ctx.actor, time: closed.event.time }));
    const appended = await store.append([closed.event, ...merged]);
    const title = closed.event.data.title ?? '';
    const stateCommit = appended.pushed ? appended.commit : null;
    return { ...closed, created: false, updated: false, title, body: '', stateCommit, dryRun, closed: closed.action };
}

;// CONCATENATED MODULE: ./shared/open-pr/render-result.ts

function renderOpenPrSummary(r) {
    if (r.closed)
        return `## open-pr: #${r.number} ${r.closed}\n\n${(0,markdown/* link */.nf)(`#${r.number} ${r.title}`, r.url ?? undefined)}: ${(0,markdown.md)(r.head)} → ${(0,markdown.md)(r.base)} recorded as ${r.closed}.\n`;
    if (r.number === null && !r.dryRun)
        return '## open-pr: nothing to record\n';
    const what = r.dryRun ? 'would open or update' : r.created ? 'opened' : r.updated ? 'updated' : 'unchanged';
    return [
        `## open-pr: ${(0,markdown.md)(r.head)} → ${(0,markdown.md)(r.base)}`,
        '',
        r.number ? `${(0,markdown/* link */.nf)(`#${r.number} ${r.title}`, r.url ?? undefined)} (${what})` : `${(0,markdown.md)(r.title)} (${what})`,
        '',
        r.body,
        '',
    ].join('\n');
}
function renderOpenPrText(r) {
    if (r.closed)
        return `Recorded #${r.number} ${r.head} -> ${r.base} as ${r.closed}: ${r.url}`;
    if (r.number === null && !r.dryRun)
        return 'Nothing to record.';
    if (r.dryRun)
        return `[dry run] would open or update ${r.head} -> ${r.base}: "${r.title}"\n\n${r.body}`;
    return `${r.created ? 'Opened' : r.updated ? 'Updated' : 'Unchanged:'} #${r.number} ${r.head} -> ${r.base}: ${r.url}`;
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(8482);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/open-pr.ts





const openPrCommand = {
    name: 'open-pr',
    summary: "Open or update the agent branch's pull request: implementor → its overseer branch, overseer → the integration branch. The body is generated from state (tasks, tests, conflicts); text people add is kept. On a pull_request closed event, records the pull request as merged or closed.",
    options: [
        { name: 'branch', type: 'string', positional: 0, description: 'The head branch (default: the pushed or checked-out branch).' },
        { name: 'draft', type: 'boolean', default: 'false', description: 'Create the pull request as a draft.' },
        { name: 'title', type: 'string', description: 'Pull request title (default: "[<spec>] <feature name>: <agent>").' },
        { name: 'body-extra', type: 'multiline', description: 'Markdown added at the end of the generated part of the body.' },
        { name: 'labels', type: 'list', description: 'Labels to add (comma or newline separated).' },
        ...common_options/* COMMON_OPTIONS */.D,
        common_options/* TOKEN_OPTION */.A,
    ],
    outputs: [
        { name: 'pr-number', description: 'Number of the pull request.' },
        { name: 'pr-url', description: 'Web address of the pull request.' },
        { name: 'created', description: 'true when this run created the pull request, false when it existed.' },
    ],
    async run(values, ctx) {
        // Rules and destinations come from the trusted configuration, never from the pushed branch's copy.
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx, { config: (0,settings/* trustedConfigOf */.DE)(values, ctx) });
        const r = await openPullRequest(await openPrSettings(values, ctx, ws), { ...ws, ctx });
        return {
            exitCode: 0,
            outputs: { 'pr-number': r.number === null ? '' : String(r.number), 'pr-url': r.url ?? '', created: String(r.created) },
            summary: renderOpenPrSummary(r),
            text: renderOpenPrText(r),
            json: r,
        };
    },
};
async function openPrSettings(values, ctx, ws) {
    return {
        branch: await (0,settings/* branchOrIdentity */.IC)(values, ctx, ws),
        draft: values.bool('draft'),
        title: values.string('title'),
        bodyExtra: values.string('body-extra'),
        labels: values.list('labels'),
        token: values.string('token'),
    };
}


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


/***/ }),

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

/***/ 92:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lz: () => (/* binding */ mergePullRequestBody),
/* harmony export */   NZ: () => (/* binding */ sameBody)
/* harmony export */ });
/* unused harmony exports BODY_BEGIN, BODY_END, MAX_BODY_CHARS */
/**
 * A pull request body is shared between us and people: we own only the text between two hidden
 * markers and keep everything a person wrote around them.
 */
const BODY_BEGIN = '<!-- agent-orchestrator:begin -->';
const BODY_END = '<!-- agent-orchestrator:end -->';
/** GitHub refuses a body longer than this many characters. */
const MAX_BODY_CHARS = 65536;
const TRUNCATED = '\n\n_(truncated: the generated text is too long for a pull request body)_';
/** The body to write: `existing` with its generated block replaced (or appended) by `generated`. */
function mergePullRequestBody(existing, generated) {
    const current = normaliseNewlines(existing ?? '');
    const begin = current.indexOf(BODY_BEGIN);
    const end = begin < 0 ? -1 : current.indexOf(BODY_END, begin + BODY_BEGIN.length);
    let before;
    let after;
    if (begin >= 0 && end >= 0) {
        before = current.slice(0, begin);
        after = current.slice(end + BODY_END.length);
    }
    else if (current.trim() === '') {
        before = '';
        after = '';
    }
    else {
        // A person removed (or broke) the markers: keep all their text and add a fresh block after it.
        before = `${current.trimEnd()}\n\n`;
        after = '';
    }
    const room = MAX_BODY_CHARS - before.length - after.length;
    return `${before}${generatedBlock(generated, room)}${after}`;
}
/** True when two bodies are the same once GitHub's CRLF line endings and trailing space are ignored. */
function sameBody(a, b) {
    return normaliseNewlines(a ?? '').trimEnd() === normaliseNewlines(b ?? '').trimEnd();
}
function generatedBlock(generated, room) {
    // Generated text can quote user content; a marker inside it would cut our block short next time.
    let text = normaliseNewlines(generated)
        .trim()
        .replace(/<!--\s*agent-orchestrator:/g, '<!-- (quoted) agent-orchestrator:');
    const overhead = BODY_BEGIN.length + BODY_END.length + 2;
    if (text.length + overhead > room) {
        text = text.slice(0, Math.max(0, room - overhead - TRUNCATED.length)) + TRUNCATED;
    }
    return `${BODY_BEGIN}\n${text}\n${BODY_END}`;
}
function normaliseNewlines(text) {
    return text.replace(/\r\n/g, '\n');
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
