export const id = 778;
export const ids = [778,995];
export const modules = {

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
        throw new errors/* InputError */.dz(`event ${(0,quote/* quote */.h)(gh.eventName)}: pull_request.number, head.ref, base.ref and html_url are needed to record a closed pull request`);
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
        throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.h)(head)} is not an agent branch (expected ${config.branches.pattern}, e.g. ${(0,branch_pattern/* formatBranch */.gK)(config.branches, '004-user-auth', 'implementor', 1)}): open-pr only opens implementor → overseer and overseer → integration pull requests`);
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
    const ref = (0,repository/* resolveRepository */.BN)(ctx.github.repository, remote, ctx.github.repository ? null : await (0,git_remote/* remoteUrl */.gX)(git, remote));
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
