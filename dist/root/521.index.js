export const id = 521;
export const ids = [521];
export const modules = {

/***/ 4416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ runBranch),
/* harmony export */   SU: () => (/* binding */ acceptedBranch),
/* harmony export */   Sp: () => (/* binding */ listAgentBranches),
/* harmony export */   Uq: () => (/* binding */ fetchScanBranches),
/* harmony export */   Yp: () => (/* binding */ fetchAgentBranches),
/* harmony export */   iD: () => (/* binding */ checkedOutBranch)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _git_remote__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6543);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5748);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89);
/* harmony import */ var _git_refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4435);





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
 * What a conflict scan needs of the remote with three processes whatever the
 * number of branches: one `ls-remote` (agent branches and the default
 * branch), one `fetch` of them all into private refs and one for-each-ref
 * to read them back; or, when this clone has every listed commit already
 * (a fresh clone does), one for-each-ref and one update-ref (left running: `pinned`) and no fetch. A branch deleted
 * in between is passed to `onGone`.
 * `state` (the state branch and the ref its store reads): listed by the same `ls-remote` and, when this clone
 * has its commit too, set with the others: the store then reads it without a fetch of its own.
 */
async function fetchScanBranches(git, remote, naming, globs, onGone, state) {
    const { heads, defaultBranch, defaultSha } = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .remoteHeadsAndDefault */ .od)(git, remote, [
        (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_1__/* .branchGlob */ .Fx)(naming),
        ...(state ? [state.branch] : []),
    ]);
    const all = agentBranchesOf(heads, naming, []);
    const listed = globs.length ? agentBranchesOf(heads, naming, globs) : all;
    const names = listed.map((b) => b.name);
    const base = defaultBranch;
    // The commits just listed: pinned without a fetch when this clone has them all (fetchBranches).
    const tips = new Map(heads);
    if (base && defaultSha && !tips.has(base))
        tips.set(base, defaultSha);
    // A state branch that is also an agent or the default branch (state-branch: current) is left to its store.
    const own = state && !names.includes(state.branch) && state.branch !== base ? state : undefined;
    let pinned = Promise.resolve();
    const fetched = await (0,_git_remote__WEBPACK_IMPORTED_MODULE_0__/* .fetchBranches */ .r4)(git, remote, base && !names.includes(base) ? [...names, base] : names, tips, {
        alsoIfHere: own ? [[own.branch, own.ref]] : [],
        deferPin: (pinning) => (pinned = pinning),
    });
    for (const b of listed)
        if (!fetched.has(b.name))
            onGone?.(b.name);
    const baseSha = base ? fetched.get(base) : undefined;
    const stateCommit = own ? fetched.get(own.branch) : undefined;
    return {
        branches: listed.filter((b) => fetched.has(b.name)).map((b) => ({ ...b, sha: fetched.get(b.name) })),
        present: new Set(all.map((b) => b.name).filter((name) => fetched.has(name) || !names.includes(name))),
        ...(base && baseSha ? { base: { name: base, sha: baseSha } } : {}),
        ...(stateCommit ? { stateCommit } : {}),
        pinned,
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
    return acceptedBranch(await (0,_git_refs__WEBPACK_IMPORTED_MODULE_3__/* .symbolicHead */ .dN)(git));
}
/** A checked-out branch's name as git gave it, or null when there is none or it is not one we accept. */
function acceptedBranch(head) {
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

/***/ 5383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ openCommandWorkspace)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/notify/deliver.ts
/**
 * POSTs one JSON payload. A 429, a 5xx, a timeout or a network error is
 * retried (`settings.retries` times), after the server's Retry-After when it
 * gives one (seconds or an HTTP date, at most `maxRetryAfterSeconds`), else
 * after 1, 2, 4… seconds. Other answers (4xx) are final: retrying would not help.
 * Everything stays within the run's budget: a request's timeout is cut to
 * what is left, and a wait that would end past it is not begun (`cut`).
 * The idempotency key goes with every attempt, so a receiver can drop a repeat.
 */
async function deliver(url, payload, settings, env, budget, idempotencyKey) {
    const body = JSON.stringify(payload);
    let detail = '';
    const spent = (why, attempts) => ({
        ok: false,
        attempts,
        cut: true,
        detail: `${why}${why ? '; ' : ''}the run's notification budget of ${budget.seconds} s is spent (notifications.budget-seconds)`,
    });
    for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
        let wait = null;
        const left = budget.deadline - env.now();
        if (left <= 0)
            return spent(detail, attempt - 1);
        const limit = Math.min(settings.timeoutSeconds * 1000, left);
        try {
            const response = await fetch(url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    'user-agent': 'agent-orchestrator',
                    ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
                },
                body,
                redirect: 'error',
                signal: AbortSignal.timeout(limit),
            });
            // Read the body so the connection is released; its text is not logged (it may echo the address).
            await response.arrayBuffer().catch(() => undefined);
            if (response.ok)
                return { ok: true, attempts: attempt, detail: `HTTP ${response.status}` };
            detail = `HTTP ${response.status}`;
            if (response.status !== 429 && response.status < 500)
                return { ok: false, attempts: attempt, detail };
            wait = retryAfter(response.headers.get('retry-after'), env.now());
            if (wait !== null && wait > settings.maxRetryAfterSeconds * 1000) {
                return {
                    ok: false,
                    attempts: attempt,
                    detail: `${detail} with Retry-After ${Math.ceil(wait / 1000)} s, longer than ${settings.maxRetryAfterSeconds} s`,
                };
            }
        }
        catch (error) {
            const e = error;
            detail =
                e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${Math.ceil(limit / 1000)} s` : `network error (${e.name})`;
        }
        if (attempt <= settings.retries) {
            const pause = wait ?? 1000 * 2 ** (attempt - 1);
            if (env.now() + pause >= budget.deadline)
                return spent(wait !== null ? `${detail} with Retry-After ${Math.ceil(wait / 1000)} s` : detail, attempt);
            await env.sleep(pause);
        }
    }
    return { ok: false, attempts: settings.retries + 1, detail };
}
/** Retry-After as milliseconds from now, or null when absent or unreadable. */
function retryAfter(header, now) {
    if (!header)
        return null;
    const text = header.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}

// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(2621);
// EXTERNAL MODULE: ./shared/state/events/events.ts + 1 modules
var events_events = __webpack_require__(2071);
// EXTERNAL MODULE: ./shared/state/projection/summarize.ts
var summarize = __webpack_require__(4861);
;// CONCATENATED MODULE: ./shared/notify/facts.ts


const str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const list = (items, max = 10) => items.length === 0 ? 'none' : items.slice(0, max).join(', ') + (items.length > max ? ` and ${items.length - max} more` : '');
/** Payload builders keyed by event kind name. */
const FACT_BUILDERS = {
    'conflict-detected': (event, d, projection) => {
        const feature = projection.features[event.feature];
        const conflict = feature?.conflicts[(0,conflict_pair/* conflictId */.W)(event.feature, str(d.left), str(d.right))];
        // A pair that stays in conflict at newer commits is not news: only the detection that opened it is
        // (still open, or resolved since: the resolution names when its conflict was detected).
        const stamp = (0,events_events/* stampOf */.Zs)(event);
        const opened = conflict?.openSince[0] === stamp ||
            (conflict?.resolved && conflict.resolved.stamp > stamp && conflict.resolved.detectedAt === event.time);
        if (conflict && !opened)
            return null;
        const files = Array.isArray(d.files) ? d.files.map((f) => str(f.path)) : [];
        return {
            kind: 'conflict-detected',
            title: `New conflict: ${str(d.left)} and ${str(d.right)}`,
            tone: 'bad',
            fields: [
                { name: 'Files', value: list(files) },
                { name: 'Who should rebase', value: whoRebases(feature, str(d.left), str(d.right)) },
            ],
        };
    },
    'conflict-resolved': (_event, d) => ({
        kind: 'conflict-resolved',
        title: `Conflict resolved: ${str(d.left)} and ${str(d.right)}`,
        tone: 'good',
        fields: [
            { name: 'Lived', value: duration(Number(d.lifetimeSeconds)) },
            { name: 'Detected', value: str(d.detectedAt) },
        ],
    }),
    'test-result': (_event, d) => {
        if (!(Number(d.failed) > 0))
            return null;
        const branch = str(d.branch) || str(d.role);
        return {
            kind: 'test-failed',
            title: `Failing checks on ${branch}: ${str(d.suite)}`,
            tone: 'bad',
            fields: [
                { name: 'Result', value: `${str(d.failed)} failed, ${str(d.passed)} passed, ${str(d.skipped)} skipped` },
                { name: 'Commit', value: str(d.commit).slice(0, 12) },
                ...(d.runUrl ? [{ name: 'Run', value: str(d.runUrl) }] : []),
            ],
        };
    },
    // Recorded by role-ci's guard: { branch, violations | paths, reason }.
    'guard-violation': (_event, d) => {
        // The role guard's event: one fact per (branch, kind, subject); `subject` is the path, or the target of a pull request.
        const pullRequest = str(d.kind) === 'pr-target';
        return {
            kind: 'guard-violation',
            title: `Role guard violated on ${str(d.branch)}`,
            tone: 'bad',
            fields: [
                { name: 'Reason', value: str(d.detail) || (pullRequest ? 'pull request target' : 'protected path changed') },
                { name: pullRequest ? 'Target' : 'Path', value: str(d.subject) },
                ...(str(d.commit) ? [{ name: 'Commit', value: str(d.commit).slice(0, 12) }] : []),
            ],
        };
    },
    'budget-crossed': (_event, d) => ({
        kind: 'budget-crossed',
        title: `Budget crossed: ${str(d.scope)} ${str(d.subject)}`,
        tone: 'bad',
        fields: [
            { name: 'Spent', value: dollars(Number(d.spentMicroUsd)) },
            { name: 'Budget', value: dollars(Number(d.budgetMicroUsd)) },
        ],
    }),
    'blocker-raised': (_event, d) => ({
        kind: 'blocker-raised',
        title: `Blocker raised: ${str(d.id)}`,
        tone: 'bad',
        fields: [{ name: 'Reason', value: str(d.reason) }, ...(d.agent ? [{ name: 'Agent', value: str(d.agent) }] : [])],
    }),
};
/** The facts worth a message among the events this run added, oldest first. */
function factsOf(events, projection, kinds) {
    const facts = [];
    for (const event of [...events].sort((a, b) => ((0,events_events/* stampOf */.Zs)(a) < (0,events_events/* stampOf */.Zs)(b) ? -1 : 1))) {
        const build = FACT_BUILDERS[event.kind];
        const data = (event.data ?? {});
        const fact = build?.(event, data, projection);
        if (!fact || !kinds.includes(fact.kind))
            continue;
        facts.push({ ...fact, key: event.key, feature: event.feature, time: event.time, data });
    }
    return facts;
}
/**
 * The overseer's side never rebases; between two implementors, the one with
 * fewer commits of its own (less to replay), then the higher index.
 */
function whoRebases(feature, left, right) {
    const role = (b) => feature?.agents[b]?.role;
    if (role(left) === 'overseer')
        return right;
    if (role(right) === 'overseer')
        return left;
    const ahead = (b) => Math.min(...Object.values(feature?.divergence[b] ?? {}).map((d) => d.ahead), Number.MAX_SAFE_INTEGER);
    const a = ahead(left);
    const b = ahead(right);
    if (a !== b)
        return a < b ? left : right;
    const index = (x) => feature?.agents[x]?.index ?? 0;
    return index(left) > index(right) ? left : index(right) > index(left) ? right : left > right ? left : right;
}
/** Millionths of a US dollar as the views write them (formatUsd); a record too damaged to say is "unknown". */
function dollars(micro) {
    return Number.isFinite(micro) ? (0,summarize/* formatUsd */.UK)(micro) : 'unknown';
}
function duration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return 'unknown';
    const d = Math.floor(seconds / 86400);
    const h = Math.floor((seconds % 86400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
    return parts.length ? parts.join(' ') : `${seconds} s`;
}

// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(1672);
// EXTERNAL MODULE: ./shared/text/html.ts
var html = __webpack_require__(1651);
;// CONCATENATED MODULE: ./shared/notify/payloads.ts


/** Facts per message: Discord takes at most 10 embeds; Slack 50 blocks (a header, then 2 per fact). */
const FACTS_PER_MESSAGE = { slack: 10, discord: 10, json: 50 };
const LABELS = {
    'conflict-detected': 'New conflict',
    'conflict-resolved': 'Conflict resolved',
    'test-failed': 'Failing checks',
    'guard-violation': 'Guard violation',
    'blocker-raised': 'Blocker raised',
    'budget-crossed': 'Budget crossed',
};
const clip = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
// Control characters (and the line separators) would break lines or hide text in every client.
const BREAKING = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1, controls/* LINE_SEPARATORS */.Ev], { flags: 'g' });
const oneLine = (text) => text.replace(BREAKING, ' ');
/** Slack mrkdwn: &, < and > are the only specials; `<` would otherwise open a link or an @channel mention. */
function slackEscape(text) {
    return (0,html/* escapeHtml */.Z)(oneLine(text));
}
/** Discord markdown: every formatting character escaped, so text cannot link, ping or format. */
function discordEscape(text) {
    return oneLine(text)
        .replace(/[\\*_~`|>#[\]()<]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${controls/* ZERO_WIDTH_SPACE */.pe}`);
}
function heading(facts, more) {
    const features = [...new Set(facts.map((f) => f.feature))].sort();
    return `agent-orchestrator: ${facts.length + more} new event(s) in ${features.join(', ')}`;
}
/** Slack incoming webhook, Block Kit: a header, then a section and a context line per fact. */
function slackPayload(facts, more) {
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: clip(oneLine(heading(facts, more)), 150) } },
    ];
    for (const f of facts) {
        const lines = [
            `*${slackEscape(LABELS[f.kind])}*: ${slackEscape(f.title)}`,
            ...f.fields.map((x) => `*${slackEscape(x.name)}*: ${slackEscape(x.value)}`),
        ];
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(lines.join('\n'), 3000) } });
        blocks.push({
            type: 'context',
            elements: [{ type: 'mrkdwn', text: clip(`${slackEscape(f.feature)} · ${f.time} · ${f.key.slice(0, 12)}`, 300) }],
        });
    }
    if (more > 0)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${more} more new event(s): see the state branch` }] });
    return { text: clip(oneLine(heading(facts, more)), 3000), blocks, unfurl_links: false };
}
/** Discord webhook: one embed per fact; mentions are switched off whatever the text says. */
function discordPayload(facts, more) {
    return {
        content: clip(discordEscape(heading(facts, more) + (more > 0 ? ` (${more} more not shown: see the state branch)` : '')), 2000),
        allowed_mentions: { parse: [] },
        embeds: facts.map((f) => ({
            title: clip(discordEscape(`${LABELS[f.kind]}: ${f.title}`), 256),
            color: f.tone === 'good' ? 0x2da44e : 0xcf222e,
            timestamp: f.time,
            fields: f.fields
                .slice(0, 25)
                .map((x) => ({ name: clip(discordEscape(x.name), 256), value: clip(discordEscape(x.value) || '-', 1024), inline: false })),
            footer: { text: clip(oneLine(`${f.feature} · ${f.key.slice(0, 12)}`), 2048) },
        })),
    };
}
/** A generic webhook: the facts as data. */
function jsonPayload(facts, more) {
    return {
        source: 'agent-orchestrator',
        more,
        events: facts.map((f) => ({
            kind: f.kind,
            key: f.key,
            feature: f.feature,
            time: f.time,
            title: f.title,
            fields: f.fields,
            data: f.data,
        })),
    };
}
function payloadFor(format, facts, more) {
    return format === 'slack' ? slackPayload(facts, more) : format === 'discord' ? discordPayload(facts, more) : jsonPayload(facts, more);
}

;// CONCATENATED MODULE: ./shared/notify/outbox.ts
/** Announcements a later run should send, oldest feature first; at most `limit`. */
function pendingAnnouncements(projection, limit) {
    const out = [];
    for (const feature of Object.keys(projection.features).sort())
        for (const [event, occurrence] of Object.entries(projection.features[feature].outbox ?? {}).sort())
            if (out.length < limit)
                out.push({ feature, event, occurrence });
    return out;
}

;// CONCATENATED MODULE: ./shared/notify/webhook-format.ts
/** The format a webhook address implies. */
function formatOf(url, configured) {
    if (configured !== 'auto')
        return configured;
    if (url.hostname === 'hooks.slack.com')
        return 'slack';
    if (/(^|\.)discord(app)?\.com$/.test(url.hostname) && url.pathname.startsWith('/api/webhooks/'))
        return 'discord';
    return 'json';
}

;// CONCATENATED MODULE: ./shared/notify/notifier.ts







/** Pending announcements one run takes from the outbox at most. */
const OUTBOX_PER_RUN = 100;
/**
 * A webhook notifier. The address is a secret: it is checked here (an error
 * never quotes it) and appears in no message, log line or file.
 */
function createNotifier(address, settings, logger, env = { sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now() }) {
    let url;
    try {
        url = new URL(address.trim());
    }
    catch {
        throw new errors/* InputError */.dz('notify-webhook is not a valid URL (its value is a secret and is not shown); expected the https:// address of a webhook');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* InputError */.dz(`notify-webhook must be an http(s) address, not ${url.protocol.replace(/:$/, '')}: (the value is not shown)`);
    const format = formatOf(url, settings.format);
    const name = `the ${format} webhook`;
    // One budget for the whole run, however many appends announce: a slow webhook cannot hold the run.
    const budget = { deadline: env.now() + settings.budgetSeconds * 1000, seconds: settings.budgetSeconds };
    let busy = false;
    let drained = false;
    return {
        format,
        async announce(events, projection, outbox) {
            // Recording the outbox appends, and an append announces: that inner call has nothing to do.
            if (busy)
                return { format, facts: 0, messages: 0, delivered: 0, failed: 0 };
            busy = true;
            try {
                return await announceOnce(events, projection, outbox);
            }
            finally {
                busy = false;
            }
        },
    };
    async function announceOnce(events, projection, outbox) {
        const facts = factsOf(events, projection, settings.kinds);
        const tries = new Map();
        for (const f of facts)
            tries.set(f.key, { feature: f.feature, event: f.key, occurrence: 1 });
        if (outbox && !drained) {
            drained = true;
            const pending = pendingAnnouncements(projection, OUTBOX_PER_RUN).filter((p) => !tries.has(p.event));
            const won = pending.length ? await outbox.claim(pending) : new Set();
            const earlier = [];
            for (const p of pending) {
                if (!won.has(p.event))
                    continue;
                const event = await outbox.read(p.feature, p.event);
                if (event)
                    earlier.push(event);
                tries.set(p.event, { ...p, occurrence: p.occurrence + 1 });
            }
            if (earlier.length)
                logger.info(`sending ${earlier.length} announcement(s) an earlier run could not send`);
            facts.unshift(...factsOf(earlier, projection, settings.kinds));
        }
        const unsent = [];
        let reason = '';
        const report = { format, facts: facts.length, messages: 0, delivered: 0, failed: 0 };
        if (facts.length === 0)
            return report;
        const size = FACTS_PER_MESSAGE[format];
        const chunks = [];
        for (let i = 0; i < facts.length && chunks.length < settings.maxMessages; i += size)
            chunks.push(facts.slice(i, i + size));
        const shown = chunks.reduce((n, c) => n + c.length, 0);
        for (const [i, chunk] of chunks.entries()) {
            if (env.now() + (i > 0 ? settings.minIntervalMs : 0) >= budget.deadline) {
                const left = chunks.slice(i).reduce((n, c) => n + c.length, 0);
                for (const c of chunks.slice(i))
                    for (const f of c)
                        unsent.push(tries.get(f.key));
                reason = `the run's notification budget of ${budget.seconds} s was spent`;
                report.failed += left;
                logger.warning(`could not notify ${name}: the run's notification budget of ${budget.seconds} s is spent (notifications.budget-seconds); ${left} new event(s) not announced (they are recorded; this does not fail the run)`);
                break;
            }
            if (i > 0 && settings.minIntervalMs > 0)
                await env.sleep(settings.minIntervalMs);
            const more = i === chunks.length - 1 ? facts.length - shown : 0;
            report.messages++;
            const key = idempotencyKey(chunk);
            const result = await deliver(url, payloadFor(format, chunk, more), settings, env, budget, key).catch((e) => ({
                ok: false,
                attempts: 1,
                detail: `internal error (${e.name})`,
            }));
            if (result.ok)
                report.delivered += chunk.length;
            else {
                report.failed += chunk.length;
                for (const f of chunk)
                    unsent.push(tries.get(f.key));
                reason = result.detail;
                logger.warning(`could not notify ${name}: ${result.detail} after ${result.attempts} attempt(s); ${chunk.length} new event(s) not announced (they are recorded; this does not fail the run)`);
            }
        }
        if (report.delivered)
            logger.info(`announced ${report.delivered} new event(s) to ${name} in ${report.messages} message(s)`);
        if (facts.length > shown)
            logger.info(`${facts.length - shown} more new event(s) counted but not detailed (notifications.max-messages is ${settings.maxMessages})`);
        if (outbox && unsent.length) {
            await outbox.park(unsent, reason.slice(0, 300));
            logger.info(`${unsent.length} announcement(s) left on the state branch for a later run to send`);
        }
        return report;
    }
}
/** The same facts give the same key: a receiver that sees it twice (a retry after a lost answer) can drop the repeat. */
function idempotencyKey(chunk) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(chunk.map((f) => f.key).join('\n'))
        .digest('hex')
        .slice(0, 32);
}

// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/config/config.ts + 3 modules
var config_config = __webpack_require__(5967);
// EXTERNAL MODULE: ./shared/git/objects.ts
var objects = __webpack_require__(5805);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
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
        logger.warning(`the pull request's base ${(0,quote/* quote */.hD)(options.pullRequestBase)} could not be fetched from ${(0,quote/* quote */.hD)(remote)}`);
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
    logger.warning(`no trusted commit to read ${(0,quote/* quote */.hD)(path)} from (the remote ${(0,quote/* quote */.hD)(remote)} names no default branch): the role guard uses the built-in defaults`);
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

// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/state/projection/projection-io.ts + 1 modules
var projection_io = __webpack_require__(7437);
// EXTERNAL MODULE: ./shared/state/log/git-objects.ts + 1 modules
var git_objects = __webpack_require__(4271);
// EXTERNAL MODULE: ./shared/state/projection/projection.ts
var projection_projection = __webpack_require__(9611);
// EXTERNAL MODULE: ./shared/state/log/state-at-commit.ts
var state_at_commit = __webpack_require__(1612);
// EXTERNAL MODULE: ./shared/state/log/tree-edit.ts
var tree_edit = __webpack_require__(8786);
;// CONCATENATED MODULE: ./shared/state/log/append-plan.ts








const CONTROL = (0,controls/* charPattern */.F2)([controls.C0]);
/**
 * One attempt of an append against the commit `head` we just read (`known`: what a read of
 * that commit found, its projection then changed in place rather than parsed again): find
 * which events are new, fold them into the stored projection, re-render the
 * views of the touched features and the dashboard, and write the objects and
 * a commit whose parent is `head`. Nothing is pushed here.
 */
async function planAppend(ctx, head, events, known) {
    const { git, layout } = ctx;
    const eventPaths = events.map((e) => layout.eventPath(e.feature, e.key));
    const features = [...new Set(events.map((e) => e.feature))].sort();
    const touched = [
        ...eventPaths,
        layout.projectionPath,
        layout.dashboardPath,
        ...features.map((f) => layout.overseerViewPath(f)),
        ...ctx.renderer.siteFiles(layout, features),
        ...(ctx.filePaths ?? []).map((p) => layout.full(assertRelativePath(p))),
    ];
    const folders = new Set(touched.flatMap(tree_edit/* foldersOf */.pd));
    const state = await (0,state_at_commit/* loadStateAt */.T)(git, layout, ctx.logger, head, [...folders, ...eventPaths], known);
    assertOurs(state, layout, ctx);
    const added = [];
    const skipped = [];
    const problems = [];
    const unreadable = new Map(state.projection.problems.map((p) => [p.path, p.reason]));
    events.forEach((event, i) => {
        if (!state.object(eventPaths[i])) {
            added.push(event);
            return;
        }
        skipped.push(event);
        const reason = unreadable.get(eventPaths[i]);
        if (reason) {
            // Never overwrite: the file may hold someone's only copy of a fact.
            const problem = {
                path: eventPaths[i],
                reason: `event ${event.kind} ${event.key} was not recorded: the file already at its path is unreadable (${reason})`,
            };
            ctx.logger.warning(`${problem.path}: ${problem.reason}; fix or remove that file by hand`);
            problems.push(problem);
        }
    });
    const projection = state.projection;
    if (added.length === 0)
        return { added, skipped, paths: [], problems, projection };
    for (const event of added)
        (0,projection_projection/* applyEvent */.Z8)(projection, event);
    // After a rebuild every view may be stale, not only those of the new events' features; and a branch
    // written before the web dashboard existed gets every page of it on its first write.
    const index = ctx.renderer.siteFiles(layout, [])[0];
    const renderAll = state.rebuilt || (head !== null && !state.listing((0,tree_edit/* parentDir */.Qp)(index))?.some((e) => index.endsWith(`/${e.name}`)));
    const rendered = renderAll ? Object.keys(projection.features) : added.map((e) => e.feature);
    if (renderAll)
        await state.load([...rendered.map((f) => layout.overseerViewPath(f)), ...ctx.renderer.siteFiles(layout, rendered)].flatMap(tree_edit/* foldersOf */.pd));
    const extra = (ctx.files?.(projection) ?? []).map(([p, content]) => [layout.full(assertRelativePath(p)), content]);
    if (extra.length)
        await state.load(extra.flatMap(([p]) => (0,tree_edit/* foldersOf */.pd)(p)));
    const views = [...ctx.renderer.render(projection, layout, rendered), ...extra];
    const addedPaths = added.map((e) => layout.eventPath(e.feature, e.key));
    const paths = [...addedPaths, layout.projectionPath, layout.projectionDigestPath, ...views.map(([p]) => p)].sort();
    if (ctx.dryRun)
        return { added, skipped, paths, problems, projection };
    const writer = new git_objects/* ObjectWriter */.nl(git, ctx.algorithm);
    const eventChanges = addedPaths.map((path, i) => ({
        path,
        mode: '100644',
        type: 'blob',
        oid: writer.add('blob', (0,events_events/* serializeEvent */.rG)(added[i])),
    }));
    const eventsTree = (0,tree_edit/* buildTree */.H6)(writer, state.listing, eventChanges, layout.eventsDir);
    projection.eventsTree = eventsTree;
    const serialized = (0,projection_projection/* serializeProjection */.AZ)(projection);
    const rootChanges = [
        { path: layout.eventsDir, mode: '40000', type: 'tree', oid: eventsTree },
        { path: layout.projectionPath, mode: '100644', type: 'blob', oid: writer.add('blob', serialized) },
        { path: layout.projectionDigestPath, mode: '100644', type: 'blob', oid: writer.add('blob', (0,projection_io/* projectionDigest */.a8)(serialized)) },
        { path: layout.markerPath, mode: '100644', type: 'blob', oid: writer.add('blob', STATE_MARKER) },
        ...views.map(([path, content]) => ({ path, mode: '100644', type: 'blob', oid: writer.add('blob', content) })),
    ];
    const tree = (0,tree_edit/* buildTree */.H6)(writer, state.listing, rootChanges, '');
    const commit = writer.add('commit', (0,git_objects/* commitContent */.No)({
        tree,
        parents: head ? [head] : [],
        identity: ctx.identity,
        seconds: Math.floor(ctx.now().getTime() / 1000),
        message: commitMessage(added),
    }));
    await writer.flush();
    return { added, skipped, paths, problems, projection, commit };
}
/**
 * A branch that is not ours (a code branch named by mistake) is never written: its README would be
 * overwritten. `state-branch: current` keeps everything under its own folder, so it is exempt.
 */
function assertOurs(state, layout, ctx) {
    if (state.ours || layout.root !== '' || ctx.adoptForeign)
        return;
    throw new errors/* InputError */.dz(`state-branch ${JSON.stringify(ctx.branch ?? '')} exists but is not an agent-orchestrator state branch (no ${layout.markerPath} or projection.json of ours at ${state.commit?.slice(0, 12)}); nothing was written. Name another state branch, or set adopt-state-branch: true (--adopt-state-branch) to record on it anyway`);
}
/** The marker file's content: what the branch is, for whoever finds it. */
const STATE_MARKER = 'This branch (or folder) holds the event log of agent-orchestrator. It is written only by agent-orchestrator; see its README.\n';
function assertRelativePath(path) {
    const parts = path.split('/');
    if (!path ||
        path.startsWith('/') ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git') ||
        CONTROL.test(path)) {
        throw new errors/* StateError */.qq(`internal: derived state file path ${JSON.stringify(path)} is not a plain relative path`);
    }
    return path;
}
/** `orchestrator: <n> event(s) (<kinds>) for <features>`: bounded, and no user text beyond validated spec ids. */
function commitMessage(events) {
    const kinds = [...new Set(events.map((e) => e.kind))].sort();
    const features = [...new Set(events.map((e) => e.feature))].sort();
    const shown = features.slice(0, 5).join(', ') + (features.length > 5 ? ` and ${features.length - 5} more` : '');
    return `orchestrator: ${events.length} event(s) (${kinds.join(', ')}) for ${shown}`;
}

;// CONCATENATED MODULE: ./shared/logger.ts
/** A logger that keeps what it was told; for tests and for collecting warnings. */
class MemoryLogger {
    entries = [];
    debug(message) {
        this.entries.push({ level: 'debug', message });
    }
    info(message) {
        this.entries.push({ level: 'info', message });
    }
    notice(message, props) {
        this.entries.push({ level: 'notice', message, props });
    }
    warning(message, props) {
        this.entries.push({ level: 'warning', message, props });
    }
    error(message, props) {
        this.entries.push({ level: 'error', message, props });
    }
    async group(name, fn) {
        this.entries.push({ level: 'group', message: name });
        return fn();
    }
    messages(level) {
        return this.entries.filter((e) => !level || e.level === level).map((e) => e.message);
    }
}
/** A logger that says nothing. */
const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};

// EXTERNAL MODULE: ./shared/state/log/compare-and-swap.ts + 1 modules
var compare_and_swap = __webpack_require__(9770);
// EXTERNAL MODULE: ./shared/state/log/paths.ts
var paths = __webpack_require__(5221);
// EXTERNAL MODULE: ./shared/state/log/rebuild.ts + 1 modules
var rebuild = __webpack_require__(3469);
// EXTERNAL MODULE: ./shared/state/log/remote-branch.ts + 1 modules
var remote_branch = __webpack_require__(4138);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
;// CONCATENATED MODULE: ./shared/state/log/verify.ts



/** Compares the files stored at `commit` with the projection rebuilt from its events and the views rendered from it. */
async function verifyState(git, layout, renderer, commit, rebuilt) {
    if (!commit)
        return { ok: true, commit, mismatches: [], problems: [] };
    const expected = new Map([[layout.projectionPath, (0,projection_projection/* serializeProjection */.AZ)(rebuilt)], ...renderer.render(rebuilt, layout)]);
    const paths = [...expected.keys()].sort();
    const found = await (0,cat_file/* catFileBatch */.Fn)(git, paths.map((p) => (0,state_at_commit/* objectName */.H)(commit, p)));
    const mismatches = paths.filter((p, i) => {
        const f = found[i];
        return f.missing || f.content.toString('utf8') !== expected.get(p);
    });
    return { ok: mismatches.length === 0, commit, mismatches, problems: rebuilt.problems };
}

;// CONCATENATED MODULE: ./shared/state/log/store.ts















const DEFAULT_STATE_BRANCH = 'orchestrator/state';
/** Compare-and-swap attempts before an append gives up (20 concurrent writers on 2 cores needed more than 8). */
const DEFAULT_MAX_ATTEMPTS = 30;
/**
 * The event log on a git branch. Appends are compare-and-swap pushes of a
 * commit built with plumbing on top of the exact commit read; losers of a
 * race re-read, re-apply their events (deduplicated by key) and retry.
 */
class store_StateStore {
    git;
    remote;
    branch;
    layout;
    privateRef;
    options;
    shallow;
    /** What each snapshot `read` gave was found at its commit: an append `from` it starts there (once). */
    known = new WeakMap();
    objectFormat;
    constructor(options) {
        this.options = options;
        this.git = options.git;
        this.remote = (0,git_remote/* assertRemote */.Dj)(options.remote);
        this.branch = (0,validate/* assertStateBranch */.YF)(options.branch ?? DEFAULT_STATE_BRANCH);
        this.layout = new paths/* StateLayout */.yC((0,paths/* normalizeRoot */.e)(options.root));
        this.privateRef = (0,remote_branch/* privateStateRef */.KL)(this.remote, this.branch);
        const max = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
        if (!Number.isSafeInteger(max) || max < 1)
            throw new errors/* InputError */.dz(`maxAttempts ${max} is not a whole number of at least 1`);
    }
    get logger() {
        return this.options.logger;
    }
    /** Fetches the state branch into the private ref; its commit, or null when it does not exist. */
    async fetch() {
        this.shallow ??= this.git.isShallow();
        return (0,remote_branch/* fetchBranch */.D_)(this.git, this.remote, this.branch, this.privateRef, await this.shallow);
    }
    /**
     * The state at the branch's head; `alsoRead` (files under the state root, e.g. a cache) come in the same `cat-file` batch.
     * `at`: the head's commit, just listed and set in `privateRef` by the caller with its other refs: read there, no fetch.
     */
    async read(alsoRead = [], options = {}) {
        const commit = options.at ?? (await this.fetch());
        const full = alsoRead.map((p) => this.layout.full(p));
        const state = await (0,state_at_commit/* loadStateAt */.T)(this.git, this.layout, this.logger, commit, full);
        const files = new Map(alsoRead.map((p, i) => {
            const found = state.object(full[i]);
            return [p, found && !found.missing && found.type === 'blob' ? found.content : null];
        }));
        const snapshot = { commit, projection: state.projection, problems: state.projection.problems, files };
        this.known.set(snapshot, state);
        return snapshot;
    }
    /** Refuses (exit 2) a state branch that exists and is not ours, before a caller does anything it cannot undo. */
    async assertWritable() {
        const commit = await this.fetch();
        if (!commit)
            return;
        const state = await (0,state_at_commit/* loadStateAt */.T)(this.git, this.layout, silentLogger, commit);
        assertOurs(state, this.layout, { adoptForeign: this.options.adoptForeign, branch: this.branch });
    }
    /** The projection rebuilt from every event file (one `ls-tree -r` and one `cat-file --batch`). */
    async rebuild() {
        return this.rebuildAt(await this.fetch());
    }
    /**
     * The newest `n` events (of one feature, or all) read from the event files themselves, for
     * when the projection's bounded recent list is too short; newest first, unreadable files skipped.
     */
    async recentFromLog(n, feature) {
        const commit = await this.fetch();
        if (!commit)
            return [];
        const tree = await (0,refs/* objectIdOf */.mJ)(this.git, `${commit}:${this.layout.eventsDir}`);
        if (tree === null)
            return [];
        let kept = [];
        // Trimmed whenever it doubles: memory stays O(n) for any size of log.
        await (0,rebuild/* readEventLog */.HI)(this.git, this.layout, tree, (event) => {
            if (feature !== undefined && event.feature !== feature)
                return;
            kept.push(event);
            if (kept.length >= 2 * n)
                kept = newestFirst(kept).slice(0, n);
        });
        return newestFirst(kept)
            .slice(0, n)
            .map((e) => ({ stamp: (0,events_events/* stampOf */.Zs)(e), time: e.time, kind: e.kind, feature: e.feature, actor: e.actor, summary: (0,summarize/* summarizeEvent */.U2)(e) }));
    }
    /** Compares the stored projection and every view with what a full rebuild gives. */
    async verify() {
        const commit = await this.fetch();
        return verifyState(this.git, this.layout, this.options.renderer, commit, await this.rebuildAt(commit));
    }
    async rebuildAt(commit) {
        if (!commit)
            return (0,projection_projection/* emptyProjection */.Vl)();
        const tree = await (0,refs/* objectIdOf */.mJ)(this.git, `${commit}:${this.layout.eventsDir}`);
        const projection = await (0,rebuild/* rebuildProjection */.Bk)(this.git, this.layout, tree);
        for (const p of projection.problems)
            this.logger.warning(`unreadable event file ${p.path}: ${p.reason}`);
        return projection;
    }
    /**
     * `options.files`: derived files written in the same commit, re-derived on every attempt (see PlanContext).
     * `options.from`: the snapshot this run read a moment ago: the first attempt builds on its commit and its
     * projection without fetching and parsing again (the lease still refuses a branch that moved since; the
     * next attempt then reads it afresh). The snapshot's projection becomes the result's: read it no more.
     */
    async append(events, options = {}) {
        const result = await this.commitEvents(events, options);
        const hook = this.options.onCommitted;
        if (hook && result.pushed && result.added.length) {
            await hook(result).catch((error) => this.logger.warning(`after recording: ${error.message}`));
        }
        return result;
    }
    async commitEvents(events, options) {
        const from = options.from && this.known.get(options.from);
        if (options.from)
            this.known.delete(options.from);
        const valid = events.map((e, i) => (0,events_events/* validateEvent */.$r)(e, `event ${i + 1} of ${events.length}`));
        const seen = new Set();
        const unique = [];
        const repeated = [];
        for (const e of valid) {
            if (seen.has(e.key))
                repeated.push(e);
            else
                unique.push(e);
            seen.add(e.key);
        }
        const maxAttempts = this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
        const ctx = {
            git: this.git,
            layout: this.layout,
            logger: this.logger,
            renderer: this.options.renderer,
            dryRun: this.options.dryRun ?? false,
            identity: this.options.identity ?? { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' },
            algorithm: await (this.objectFormat ??= (0,refs/* objectFormat */.n9)(this.git).then((f) => (f === 'sha256' ? 'sha256' : 'sha1'))),
            now: () => new Date(),
            files: options.files,
            ...(options.filePaths ? { filePaths: options.filePaths } : {}),
            adoptForeign: this.options.adoptForeign ?? false,
            branch: this.branch,
        };
        // Commits whose push got no answer: they may have landed.
        const unanswered = [];
        const result = (commit, plan, attempts, pushed) => ({
            commit,
            added: plan.added,
            skipped: [...plan.skipped, ...repeated],
            attempts,
            pushed,
            paths: plan.paths,
            problems: plan.problems,
            projection: plan.projection,
        });
        const loop = await (0,compare_and_swap/* compareAndSwapLoop */.M)({
            maxAttempts,
            random: this.options.random,
            sleep: this.options.sleep,
            onRetry: (reason, ms, attempt) => this.logger.debug(`${reason}; retrying in ${ms} ms (attempt ${attempt} of ${maxAttempts})`),
        }, async (attempt) => {
            let head;
            const known = attempt === 1 ? from : undefined;
            try {
                head = known ? known.commit : await this.fetch();
            }
            catch (error) {
                // Nothing was pushed yet by this attempt: a permanent failure ends the append at once.
                if (error instanceof remote_branch/* PermanentGitFailure */.X4 && unanswered.length === 0)
                    throw new errors/* StateError */.qq(`${error.message}. Nothing was recorded on ${this.branch}; no retry can fix this.`);
                return { retry: error instanceof Error ? error.message : String(error), timed: false };
            }
            const landed = await this.landed(head, unanswered);
            if (landed)
                return { done: result(landed.commit, landed.plan, attempt, true) };
            const plan = await planAppend(ctx, head, unique, known);
            if (!plan.commit)
                return { done: result(head, plan, attempt, false) };
            const outcome = await (0,remote_branch/* pushWithLease */.VO)(this.git, this.remote, this.branch, plan.commit, head);
            if (outcome.status === 'pushed') {
                // Keep the private ref at what we pushed (only if nobody moved it meanwhile): the next fetch then has nothing to check.
                await (0,refs/* updateRefIfAt */.bU)(this.git, this.privateRef, plan.commit, head ?? '');
                this.logger.info(`recorded ${plan.added.length} event(s) on ${this.branch} as ${plan.commit.slice(0, 12)} (attempt ${attempt})`);
                return { done: result(plan.commit, plan, attempt, true) };
            }
            if (outcome.status === 'refused') {
                throw new errors/* StateError */.qq(`the remote refused the update of ${this.branch}: ${outcome.detail}. Nothing was recorded; check the remote, branch protection and the token's permissions.`);
            }
            if (outcome.status === 'unknown')
                unanswered.push({ commit: plan.commit, plan });
            return {
                retry: outcome.status === 'stale'
                    ? `${this.branch} moved since it was read (${outcome.detail})`
                    : `push got no answer: ${outcome.detail}`,
            };
        });
        if (loop.done)
            return loop.done;
        const lastFailure = loop.lastFailure;
        if (unanswered.length) {
            const head = await this.fetch().catch(() => undefined);
            const landed = head === undefined ? null : await this.landed(head, unanswered);
            if (landed)
                return result(landed.commit, landed.plan, maxAttempts, true);
            if (head === undefined) {
                throw new errors/* StateError */.qq(`could not confirm the ${unique.length} event(s) on ${this.branch} after ${maxAttempts} attempts (last: ${lastFailure}): ` +
                    `a push got no answer and the branch cannot be read. Run again: events already recorded are recognised by their keys, not written twice.`);
            }
        }
        throw new errors/* StateError */.qq(`could not record ${unique.length} event(s) on ${this.branch} after ${maxAttempts} attempts (last: ${lastFailure}). ` +
            `The remote branch was left untouched by this run; run it again.`);
    }
    /** The unanswered push that is now part of the branch, if any (the push reached the server after all). */
    async landed(head, unanswered) {
        if (!head)
            return null;
        for (const u of unanswered) {
            if (u.commit === head || (await this.git.isAncestor(u.commit, head)))
                return { commit: head, plan: u.plan };
        }
        return null;
    }
}
function newestFirst(events) {
    return events
        .map((e) => [(0,events_events/* stampOf */.Zs)(e), e])
        .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
        .map(([, e]) => e);
}

// EXTERNAL MODULE: ./shared/state/events/safe-segment.ts
var safe_segment = __webpack_require__(8327);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/state/projection/findings.ts
var findings = __webpack_require__(3748);
;// CONCATENATED MODULE: ./shared/state/projection/health.ts


function agentHealth(feature) {
    const tasks = (0,queries/* taskProgress */.hv)(feature).tasks;
    return (0,queries/* agentsOf */.et)(feature).map((a) => {
        const names = (0,queries/* agentAliases */.AA)(a);
        const synced = feature.synced[a.branch];
        const head = synced?.sha ?? null;
        const mine = tasks.filter((t) => t.agent !== undefined && names.includes(t.agent) && t.time);
        const latest = (state) => mine.filter((t) => t.state === state).sort((x, y) => (x.time < y.time ? 1 : -1))[0];
        const task = latest('in-progress') ?? latest('done');
        const onHead = Object.values(feature.tests).filter((t) => t.branch === a.branch && head !== null && t.commit === head);
        const checks = onHead.filter((t) => !(0,queries/* countsTests */.W5)(t) && t.suite !== 'guard');
        const junit = onHead.filter(queries/* countsTests */.W5);
        const guard = onHead.find((t) => t.suite === 'guard');
        const pr = Object.values(feature.prs)
            .filter((p) => p.head === a.branch)
            .sort((x, y) => (x.stamp < y.stamp ? 1 : -1))[0];
        return {
            role: a.role,
            index: a.index ?? null,
            branch: a.branch,
            lastCommit: head,
            lastCommitAt: synced?.time ?? null,
            currentTask: task ? { id: task.id, state: task.merged ? 'merged' : task.state } : null,
            checks: onHead.length
                ? {
                    passed: checks.filter((t) => t.failed === 0).length,
                    failed: checks.filter((t) => t.failed > 0).length,
                    tests: junit.reduce((n, t) => n + t.passed + t.failed + t.skipped, 0),
                    failedTests: junit.reduce((n, t) => n + t.failed, 0),
                }
                : null,
            // An open guard-violation event of the branch counts, whatever commit its check ran on.
            guard: (0,findings/* openGuards */.X)(feature, a.branch).length ? 'violation' : guard ? (guard.failed > 0 ? 'violation' : 'ok') : null,
            pr: pr ? { number: pr.number, action: pr.action === 'opened' || pr.action === 'updated' ? 'open' : pr.action, url: pr.url } : null,
            lastActivity: (0,queries/* lastActivity */.eg)(feature, names),
            budget: budgetOf(feature, a.branch),
        };
    });
}
/** The agent's own budget crossed (the highest recorded), or null. */
function budgetOf(feature, branch) {
    const crossed = feature.budgets?.[JSON.stringify(['agent', branch])];
    return crossed ? { budgetMicroUsd: crossed.budgetMicroUsd, spentMicroUsd: crossed.spentMicroUsd } : null;
}
/** The newest scan of `scanner` over the features (all, or one). */
function lastScan(projection, scanner = 'conflicts', feature) {
    let best = null;
    for (const [spec, f] of Object.entries(projection.features)) {
        if (feature !== undefined && spec !== feature)
            continue;
        const s = f.scans?.[scanner];
        if (s && (!best || s.stamp > best.stamp))
            best = s;
    }
    return best;
}
function checksText(c) {
    if (!c)
        return 'not run on it';
    const parts = [`${c.passed} passed`, ...(c.failed ? [`${c.failed} failed`] : [])];
    const tests = c.tests ? `; ${c.tests} tests${c.failedTests ? `, ${c.failedTests} failing` : ''}` : '';
    return `${c.failed || c.failedTests ? '❌' : '✅'} checks ${parts.join(', ')}${tests}`;
}

;// CONCATENATED MODULE: ./shared/dashboard/extras.ts

/**
 * The extra sections' data for one feature (or, without `feature`, for the
 * overview, which only gets the last scan). A feature page's extras depend on
 * that feature alone: a page is re-rendered only when its own feature changes.
 */
function siteExtras(projection, feature) {
    const scan = lastScan(projection, 'conflicts', feature?.spec);
    // Not the scan's own conflict count: the open conflicts are the projection's, said once beside it.
    const lastScanInput = scan ? { time: scan.time, pairs: scan.pairs } : null;
    if (!feature)
        return { lastScan: lastScanInput };
    const open = (0,queries/* openBlockers */.AW)(feature);
    const drifting = (branch) => (0,findings/* openDrift */.w)(feature, branch).length;
    const health = agentHealth(feature).map((h) => {
        // A blocker names its agent by branch, `impl-<n>` or `overseer` (the names reports use).
        const names = [h.branch, ...(h.role === 'overseer' ? ['overseer'] : h.index ? [`impl-${h.index}`] : [])];
        const blockers = open
            .filter((b) => b.raised?.agent !== undefined && names.includes(b.raised.agent))
            .map((b) => ({ id: b.id, reason: b.raised.reason, ...(b.raised.by ? { by: b.raised.by } : {}), since: b.raised.time }));
        const failing = (h.checks?.failed ?? 0) > 0 || (h.checks?.failedTests ?? 0) > 0;
        const state = h.guard === 'violation'
            ? 'guard violation'
            : failing
                ? 'failing'
                : blockers.length
                    ? 'blocked'
                    : h.budget
                        ? 'over budget'
                        : h.lastCommit
                            ? 'healthy'
                            : 'idle';
        const detail = [
            h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '',
            h.checks ? checksText(h.checks).replace(/^[✅❌] /u, '') : '',
            h.pr ? `PR #${h.pr.number} ${h.pr.action}` : '',
            drifting(h.branch) ? `${drifting(h.branch)} file(s) outside its tasks` : '',
            h.budget ? `spent ${(0,summarize/* formatUsd */.UK)(h.budget.spentMicroUsd)} of its ${(0,summarize/* formatUsd */.UK)(h.budget.budgetMicroUsd)} budget` : '',
        ].filter(Boolean);
        const since = h.lastActivity ?? h.lastCommitAt;
        return {
            branch: h.branch,
            role: h.role,
            state,
            ...(detail.length ? { detail: detail.join('; ') } : {}),
            ...(since ? { since } : {}),
            ...(blockers.length ? { blockers } : {}),
        };
    });
    const guardViolations = Object.values(feature.guards ?? {})
        .filter((g) => g.detected)
        .sort((a, b) => (a.branch < b.branch ? -1 : a.branch > b.branch ? 1 : a.subject < b.subject ? -1 : 1))
        .map((g) => ({
        branch: g.branch,
        time: g.detected.time,
        reason: g.detected.detail,
        paths: [g.subject],
        clearedAt: g.raised > g.cleared ? null : g.detected.time,
    }));
    return { health, lastScan: lastScanInput, guardViolations };
}

;// CONCATENATED MODULE: ./shared/dashboard/html.ts

// HTML building for the dashboard. Every value that comes from events goes
// through `esc()` (text/html), in text and in attributes alike.
/** A link only for plain http(s) addresses; anything else is shown as text. */
function html_link(label, url) {
    if (url && /^https?:\/\/[^\s<>"'`\\]+$/.test(url))
        return `<a href="${(0,html/* esc */.U)(url)}" rel="noreferrer">${(0,html/* esc */.U)(label)}</a>`;
    return (0,html/* esc */.U)(label);
}
/** A table with a caption and header cells scoped to columns; `rows` are already-escaped HTML cells. */
function table(caption, headers, rows, empty) {
    if (rows.length === 0)
        return `<p class="none">${(0,html/* esc */.U)(empty)}</p>`;
    const head = headers.map((h) => `<th scope="col">${(0,html/* esc */.U)(h)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
    return `<div class="scroll"><table><caption>${(0,html/* esc */.U)(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}
function section(id, title, body) {
    return `<section id="${(0,html/* esc */.U)(id)}" aria-labelledby="${(0,html/* esc */.U)(id)}-h"><h2 id="${(0,html/* esc */.U)(id)}-h">${(0,html/* esc */.U)(title)}</h2>\n${body}\n</section>`;
}
/** `<time>` with the exact value for machines and a short UTC form for people. */
function time(iso) {
    if (!iso)
        return '<span class="none">never</span>';
    return `<time datetime="${(0,html/* esc */.U)(iso)}">${(0,html/* esc */.U)(iso.slice(0, 16).replace('T', ' '))} UTC</time>`;
}
/** "3 h 5 min" from seconds; "0 min" under a minute. */
function html_duration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return 'unknown';
    const d = Math.floor(seconds / 86400);
    const h = Math.floor((seconds % 86400) / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m || (!d && !h) ? `${m} min` : ''].filter(Boolean);
    return parts.join(' ');
}
/** The short name of an agent branch (its last segment), for tight places; the full name stays in titles. */
function shortBranch(branch) {
    const i = branch.lastIndexOf('/');
    return i < 0 ? branch : branch.slice(i + 1);
}
/**
 * Short names for branches shown together: each its fewest last segments that no other branch of the set ends
 * with (`impl-4`, or `004-delta/impl-4` beside `002-beta/impl-4`), so that a cross-feature pair never reads
 * "impl-4 and impl-4". A name not in the set gets its last segment.
 */
function branchLabels(branches) {
    const names = [...new Set(branches)];
    // Most sets (a pair of one feature, most matrices) differ in their last segments already: nothing to count.
    if (new Set(names.map(shortBranch)).size === names.length)
        return shortBranch;
    const parts = names.map((b) => b.split('/'));
    const labels = new Map();
    const suffix = (p, k) => p.slice(Math.max(0, p.length - k)).join('/');
    const longest = Math.max(0, ...parts.map((p) => p.length));
    let left = names.map((_, i) => i);
    for (let k = 1; k <= longest && left.length; k++) {
        // Counted over every name, settled or not: a label must not be the tail of any other branch shown.
        const count = new Map();
        for (const p of parts) {
            const s = suffix(p, k);
            count.set(s, (count.get(s) ?? 0) + 1);
        }
        left = left.filter((i) => {
            const s = suffix(parts[i], k);
            if (count.get(s) !== 1 && k < parts[i].length)
                return true;
            labels.set(names[i], s);
            return false;
        });
    }
    return (branch) => labels.get(branch) ?? shortBranch(branch);
}

;// CONCATENATED MODULE: ./shared/dashboard/style.ts
/**
 * The one stylesheet, inlined in every page and allowed by its hash in the
 * CSP. Colours meet WCAG AA contrast (4.5:1) for their text; nothing is said
 * by colour alone (numbers and words carry the meaning).
 */
const STYLE = `
:root{--fg:#1f2328;--muted:#57606a;--bg:#fff;--line:#d0d7de;--good:#116329;--bad:#a40e26;--focus:#0550ae}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header nav{padding:.75rem 0;border-bottom:1px solid var(--line)}
footer{color:var(--muted);font-size:.875rem;border-top:1px solid var(--line);margin-top:2rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
a{color:var(--focus)}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:2}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9375rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
code{font:.875em ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.none{color:var(--muted)}
.num{font-variant-numeric:tabular-nums;font-weight:600}
.good{color:var(--good)}
.bad{color:var(--bad)}
progress{width:8rem;height:1rem;vertical-align:middle;accent-color:var(--good)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
.card h2{border:0;margin:0 0 .5rem}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:0}
.card dt{color:var(--muted)}
.card dd{margin:0}
.matrix td,.matrix th{text-align:center;min-width:3rem}
.matrix td a{position:relative;display:block;color:inherit;font-weight:700;text-decoration:none;padding:.2rem}
.matrix .self{background:#f6f8fa;color:var(--muted)}
.h0{background:#fff;color:var(--muted)}
.h1{background:#ffebe9;color:#82071e}
.h2{background:#ffcecb;color:#82071e}
.h3{background:#ff8182;color:#1f2328}
.h4{background:#a40e26;color:#fff}
.legend span[class^="h"]{display:inline-block;min-width:2.5rem;text-align:center;border:1px solid var(--line)}
.tip{visibility:hidden;position:absolute;left:50%;top:100%;transform:translateX(-50%);z-index:1;background:#1f2328;color:#fff;font-weight:400;font-size:.8125rem;padding:.4rem .6rem;border-radius:4px;white-space:nowrap;text-align:left}
.matrix td a:hover .tip,.matrix td a:focus .tip{visibility:visible}
.conflict{border-left:4px solid var(--line);padding-left:.75rem;margin:1rem 0}
.conflict:target{border-left-color:var(--bad);background:#fff8f7}
svg.timeline{width:100%;min-width:36rem;max-width:48rem;height:auto;border:1px solid var(--line);background:#f6f8fa}
svg.timeline text{font-size:12px;fill:var(--fg)}
svg.timeline .axis line{stroke:var(--muted);stroke-width:1}
svg.timeline .tick line{stroke:var(--line)}
.bounded{max-height:32rem;overflow:auto;border:1px solid var(--line);padding:0 .5rem}
.repeat{color:var(--muted)}
.blockers{margin:.25rem 0 0;padding-left:1.1rem;font-size:.875rem}
svg .open{fill:#cf222e;stroke:#1f2328;stroke-width:1;stroke-dasharray:3 2}
svg .resolved{fill:#8c959f}
.key{display:inline-block;width:1rem;height:.75rem;vertical-align:middle}
.key.open{background:#cf222e;border:1px dashed #1f2328}
.key.resolved{background:#8c959f}
svg.div{width:8rem;height:1rem;vertical-align:middle}
svg.div .ahead{fill:#1a7f37}
svg.div .behind{fill:#bc4c00}
svg.div line{stroke:#1f2328}
figure.chart{margin:.5rem 0 1rem;max-width:40rem}
svg.chart{display:block;width:100%;height:auto;border:1px solid var(--line);background:#fff}
svg.chart text{font-size:11px;fill:var(--fg)}
svg.chart .bar text{font-size:9px}
svg.chart .axis line{stroke:var(--muted);stroke-width:1}
svg.chart .tick line{stroke:var(--line);stroke-dasharray:2 3}
svg.chart .line{fill:none;stroke-width:2;stroke-linejoin:round}
svg.chart .bar rect{fill:#0969da}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.875rem}
.legend .key{display:inline-block;width:1.25rem;height:0;border-top-width:3px;vertical-align:middle}
.s-scope{stroke:#57606a;stroke-dasharray:5 3}
.legend .k-scope{border-color:#57606a;border-top-style:dashed}
.s-done{stroke:#1a7f37}
.legend .k-done{border-top-style:solid;border-color:#1a7f37}
.s-merged{stroke:#0550ae;stroke-dasharray:2 2}
.legend .k-merged{border-color:#0550ae;border-top-style:dotted}
.s-open{stroke:#cf222e}
.legend .k-open{border-top-style:solid;border-color:#cf222e}
.s-a0{stroke:#0550ae}
.legend .k-a0{border-top-style:solid;border-color:#0550ae}
.s-a1{stroke:#bc4c00;stroke-dasharray:6 3}
.legend .k-a1{border-color:#bc4c00;border-top-style:dashed}
.s-a2{stroke:#1a7f37;stroke-dasharray:2 2}
.legend .k-a2{border-color:#1a7f37;border-top-style:dotted}
.s-a3{stroke:#8250df}
.legend .k-a3{border-top-style:solid;border-color:#8250df}
.s-a4{stroke:#cf222e;stroke-dasharray:6 3}
.legend .k-a4{border-color:#cf222e;border-top-style:dashed}
.s-a5{stroke:#57606a;stroke-dasharray:2 2}
.legend .k-a5{border-color:#57606a;border-top-style:dotted}
details summary{cursor:pointer;color:var(--focus)}
@media (max-width:40rem){body{font-size:15px}th,td{padding:.25rem .35rem}progress{width:5rem}}
`.trim();

;// CONCATENATED MODULE: ./shared/dashboard/page.ts



/**
 * Self-contained: the only resource a page may use is its own inline style,
 * allowed by hash; no script, image, font, frame or connection can load,
 * whatever text an event holds.
 */
const STYLE_HASH = (0,external_node_crypto_.createHash)('sha256').update(STYLE).digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
function page(title, nav, body) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${(0,html/* esc */.U)(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${(0,html/* esc */.U)(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav aria-label="Site">${nav}</nav></header>
<main id="main">
${body}
</main>
<footer><p>Generated by agent-orchestrator from the event log of this branch; times are event times (UTC).</p></footer>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./shared/dashboard/sections-progress.ts



/** `<progress>` is announced by screen readers and needs no style attribute (the CSP allows none). */
function bar(done, total, label) {
    const pct = total ? Math.round((done / total) * 100) : 0;
    return `<progress max="${Math.max(total, 1)}" value="${done}" aria-label="${(0,html/* esc */.U)(label)}: ${done} of ${total}">${pct}%</progress> <span class="num">${done}/${total}</span>`;
}
/** Per agent: tasks its commits finished and started; per phase of tasks.md: done of total. */
function progressSection(feature) {
    const progress = (0,queries/* taskProgress */.hv)(feature);
    const agentRows = (0,queries/* agentsOf */.et)(feature).map((a) => {
        const names = (0,queries/* agentAliases */.AA)(a);
        const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
        const done = mine.filter((t) => t.state === 'done').length;
        const working = mine.filter((t) => t.state === 'in-progress').length;
        return [
            `<span class="role">${(0,html/* esc */.U)(a.role)}${a.index ? ` ${a.index}` : ''}</span>`,
            `<code>${(0,html/* esc */.U)(a.branch)}</code>`,
            `<span data-agent-done="${(0,html/* esc */.U)(a.branch)}">${done}</span>`,
            String(working),
            time((0,queries/* lastActivity */.eg)(feature, names)),
        ];
    });
    const phases = new Map();
    for (const t of progress.tasks) {
        const p = phases.get(t.phase ?? 'No phase') ?? { done: 0, total: 0 };
        p.total++;
        if (t.state === 'done')
            p.done++;
        phases.set(t.phase ?? 'No phase', p);
    }
    const phaseRows = [...phases].map(([name, p]) => [(0,html/* esc */.U)(name), bar(p.done, p.total, name)]);
    return [
        `<p class="lead" id="progress-total">Tasks done: ${bar(progress.done, progress.total, 'All tasks')}; in progress: <span class="num">${progress.inProgress}</span>; open: <span class="num">${progress.open}</span>.</p>`,
        table('Progress per agent', ['Agent', 'Branch', 'Tasks done', 'In progress', 'Last activity'], agentRows, 'No agents assigned yet.'),
        table('Progress per phase', ['Phase', 'Done'], phaseRows, 'No tasks registered.'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./shared/dashboard/sections-index.ts




/** The branch a divergence summary is about ("<branch> is n ahead, m behind <against>"). */
const divergedBranch = (e) => (e.kind === 'divergence-measured' ? `${e.feature}\n${e.summary.split(' is ')[0]}` : null);
/**
 * Recent events, newest first, with divergence noise collapsed: within a run of
 * divergence measurements (no other event between them) each branch is shown
 * once, at its newest measurement, with how many there were.
 */
function collapseRecent(events) {
    const rows = [];
    let run = new Map();
    for (const e of events) {
        const branch = divergedBranch(e);
        if (branch === null) {
            run = new Map();
            rows.push({ event: e, count: 1 });
            continue;
        }
        const seen = run.get(branch);
        if (seen)
            seen.count++;
        else {
            const row = { event: e, count: 1 };
            run.set(branch, row);
            rows.push(row);
        }
    }
    return rows;
}
/** The recent events of the index: collapsed, in a box of bounded height (it scrolls inside). */
function recentEventsSection(events) {
    const rows = collapseRecent(events).map(({ event: e, count }) => [
        time(e.time),
        `<code>${(0,html/* esc */.U)(e.feature)}</code>`,
        (0,html/* esc */.U)(e.kind),
        `${(0,html/* esc */.U)(e.summary)}${count > 1 ? ` <span class="repeat" data-repeat="${count}">(×${count}, the newest shown)</span>` : ''}`,
    ]);
    const body = table('Newest first; repeated divergence measurements of a branch shown once', ['When', 'Feature', 'Kind', 'What'], rows, 'No events yet.');
    return rows.length ? `<div class="bounded" tabindex="0" aria-label="Recent events (scrolls)">${body}</div>` : body;
}
/** A feature's card on the index; every count is the projection's own query, the one the status and the SQL export use. */
function featureCard(projection, f) {
    const p = (0,queries/* taskProgress */.hv)(f);
    const failing = (0,queries/* latestTests */.J7)(f).filter((t) => t.failed > 0).length;
    const count = (name, label, n) => `<dt>${(0,html/* esc */.U)(label)}</dt><dd class="num" data-count="${name}">${n}</dd>`;
    return `<article class="card" data-feature="${(0,html/* esc */.U)(f.spec)}"><h2><a href="features/${(0,html/* esc */.U)(f.spec)}.html">${(0,html/* esc */.U)(f.spec)}</a></h2>
<p>${(0,html/* esc */.U)(f.registration?.name ?? '(not registered)')}</p>
<dl><dt>Tasks</dt><dd>${bar(p.done, p.total, `${f.spec} tasks`)}</dd>
${count('conflicts', 'Open conflicts', (0,queries/* openConflicts */.cX)(projection, f.spec).length)}
${count('failing', 'Failing suites', failing)}
${count('prs', 'Open PRs', (0,queries/* openPrs */.uo)(f).length)}
${count('blockers', 'Blockers', (0,queries/* openBlockers */.AW)(f).length)}
${count('guard', 'Guard violations', (0,findings/* openGuards */.X)(f).length)}
${count('drift', 'Scope drift', (0,findings/* openDrift */.w)(f).length)}
<dt>Last event</dt><dd>${time(f.recent[0]?.time)}</dd></dl></article>`;
}
/**
 * The feature's tasks with their owner (the plan's assignment, else the agent
 * that reported the task), status and the plan's wave where one was recorded.
 */
function taskListSection(feature) {
    const rows = (0,queries/* taskProgress */.hv)(feature).tasks.map((t) => {
        const assigned = feature.assignments?.[t.id];
        const owner = assigned
            ? `<code title="${(0,html/* esc */.U)(assigned.agent)}">${(0,html/* esc */.U)(shortBranch(assigned.agent))}</code> (assigned)`
            : t.agent
                ? `<code title="${(0,html/* esc */.U)(t.agent)}">${(0,html/* esc */.U)(shortBranch(t.agent))}</code> (reported)`
                : '<span class="none">nobody yet</span>';
        const status = t.merged ? 'done, merged' : t.state === 'done' ? 'done on branch' : t.state;
        return [
            `<code>${(0,html/* esc */.U)(t.id)}</code>`,
            owner,
            `<span data-task-status="${(0,html/* esc */.U)(t.id)}">${(0,html/* esc */.U)(status)}</span>`,
            assigned?.wave !== undefined
                ? `<span class="num" data-task-wave="${(0,html/* esc */.U)(t.id)}">${assigned.wave}</span>`
                : '<span class="none">—</span>',
            (0,html/* esc */.U)(t.description ?? ''),
        ];
    });
    return table('Tasks by id', ['Task', 'Owner', 'Status', 'Plan wave', 'Description'], rows, 'No tasks registered.');
}

// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(9671);
// EXTERNAL MODULE: ./shared/resolution/collapsed.ts + 1 modules
var collapsed = __webpack_require__(1448);
;// CONCATENATED MODULE: ./shared/dashboard/sections-conflicts.ts






/** How many conflicts the timeline shows (the latest by start). */
const TIMELINE_LIMIT = 20;
/** Heat level by number of conflicting files; the number itself is always printed in the cell. */
function heat(files) {
    return files === 0 ? 'h0' : files === 1 ? 'h1' : files <= 3 ? 'h2' : files <= 7 ? 'h3' : 'h4';
}
function ranges(list) {
    if (list.length === 0)
        return 'whole file';
    // The one wording of ranges everywhere: an empty one is "deleted at line n".
    return (0,range_text/* formatRanges */.Gk)(list, { dash: '–' });
}
/**
 * Branches × branches: each cell a link to the pair's detail, its number the
 * conflicting files, the file list shown on hover and on keyboard focus.
 */
function matrixSection(projection, feature) {
    const open = (0,queries/* openConflicts */.cX)(projection, feature.spec);
    const branches = [...new Set([...(0,queries/* agentsOf */.et)(feature).map((a) => a.branch), ...open.flatMap((c) => [c.left, c.right])])];
    if (branches.length < 2)
        return '<p class="none">Fewer than two agent branches: no pairs to compare.</p>';
    // By the pair's two names (either order), each conflict's id computed once: an id per cell (64 × 64 of them) cost more than the page.
    const byPair = new Map();
    for (const c of open) {
        if (c.id !== (0,conflict_pair/* conflictId */.W)(feature.spec, c.left, c.right))
            continue;
        for (const [a, b] of [(0,conflict_pair/* sortedPair */.w)(c.left, c.right), (0,conflict_pair/* sortedPair */.w)(c.left, c.right).reverse()]) {
            const row = byPair.get(a) ?? new Map();
            byPair.set(a, row.set(b, c));
        }
    }
    // Each name escaped once, not once per cell: escaping is character by character, so a label of escaped parts is the escaped label.
    const escaped = new Map(branches.map((b) => [b, (0,html/* esc */.U)(b)]));
    const short = branchLabels(branches);
    const head = branches.map((b) => `<th scope="col" title="${escaped.get(b)}"><span>${(0,html/* esc */.U)(short(b))}</span></th>`).join('');
    const rows = branches.map((row) => {
        const inRow = byPair.get(row);
        const rowText = escaped.get(row);
        const cells = branches.map((col) => {
            if (row === col)
                return '<td class="self" aria-label="same branch">—</td>';
            const c = inRow?.get(col);
            if (!c)
                return `<td class="h0" aria-label="${rowText} and ${escaped.get(col)}: no conflict">0</td>`;
            if (c.kind) {
                // A build or test conflict has no conflicting files: its own mark, never a heat count.
                const label = `${row} and ${col}: the merge fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? ` (${c.check})` : ''}`;
                return `<td class="h2 trial"><a href="#${(0,html/* esc */.U)(c.id)}" aria-label="${(0,html/* esc */.U)(label)}" data-pair="${(0,html/* esc */.U)(`${c.left}|${c.right}`)}">${c.kind === 'build' ? 'B' : 'T'}<span class="tip" role="tooltip">${(0,html/* esc */.U)(label)}</span></a></td>`;
            }
            const files = c.files.map((f) => f.path);
            const label = `${row} and ${col}: ${files.length} conflicting file(s): ${files.join(', ')}`;
            return (`<td class="${heat(files.length)}"><a href="#${(0,html/* esc */.U)(c.id)}" aria-label="${(0,html/* esc */.U)(label)}" data-pair="${(0,html/* esc */.U)(`${c.left}|${c.right}`)}">${files.length}` +
                `<span class="tip" role="tooltip">${files.map((f) => (0,html/* esc */.U)(f)).join('<br>')}</span></a></td>`);
        });
        return `<tr><th scope="row" title="${rowText}">${(0,html/* esc */.U)(short(row))}</th>${cells.join('')}</tr>`;
    });
    const legend = '<p class="legend">Number of conflicting files per pair: <span class="h0">0</span> <span class="h1">1</span> <span class="h2">2–3</span> <span class="h3">4–7</span> <span class="h4">8+</span>; B: the clean merge does not build, T: it fails tests (trials). Select a cell for details.</p>';
    return `<div class="scroll"><table class="matrix"><caption>Open conflicts between branches</caption><thead><tr><td></td>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n${legend}\n${details(open, projection)}`;
}
/** The detail view of each open conflict: files, kind, line ranges in each side's own version. */
function details(open, projection) {
    if (open.length === 0)
        return '<p class="none">No open conflicts.</p>';
    return open
        .map((c) => {
        const rows = c.files.map((f) => [`<code>${(0,html/* esc */.U)(f.path)}</code>`, (0,html/* esc */.U)(f.kind), (0,html/* esc */.U)(ranges(f.leftRanges)), (0,html/* esc */.U)(ranges(f.rightRanges))]);
        const short = branchLabels([c.left, c.right]);
        const trial = c.kind
            ? `<p>The merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? `: check <code>${(0,html/* esc */.U)(c.check)}</code>` : ''} (both sides pass alone).</p>\n`
            : '';
        return `<article class="conflict" id="${(0,html/* esc */.U)(c.id)}" tabindex="-1"><h3>${(0,html/* esc */.U)(c.left)} and ${(0,html/* esc */.U)(c.right)}</h3><p>Open since ${time(c.detectedAt)}, last seen ${time(c.lastSeenAt)}.</p>\n${trial}${toldLine(projection, c)}${suggestionLine(c)}${briefParagraph(projection, c)}${table(`Files in conflict (${c.id})`, ['File', 'Kind', `Lines in ${short(c.left)}`, `Lines in ${short(c.right)}`], rows, 'No files recorded.')}</article>`;
    })
        .join('\n');
}
/** Whether a proven suggestion exists for the conflict at its tips (and how to take it), or why the last one was rejected. */
function suggestionLine(c) {
    const s = c.suggestion;
    if (!s)
        return '<p class="suggestion none">No suggested resolution for these commits.</p>\n';
    if (s.outcome === 'proven' && s.branch)
        return `<p class="suggestion proven">A proven resolution (no marker left, only the conflicting files changed, the checks pass) is on <code>${(0,html/* esc */.U)(s.branch)}</code>${s.commit ? ` at <code>${(0,html/* esc */.U)(s.commit.slice(0, 12))}</code>` : ''}: <code>git merge origin/${(0,html/* esc */.U)(s.branch)}</code>.</p>\n`;
    return `<p class="suggestion rejected">The suggested resolution was rejected: ${(0,html/* esc */.U)(s.reason ?? 'no reason recorded')}.</p>\n`;
}
/** Whether each agent of the pair was told of the conflict (agents brief, at its prompt hook), and when last. */
function toldLine(projection, c) {
    const told = projection.features[c.feature]?.briefed?.[c.id] ?? {};
    const short = branchLabels([c.left, c.right]);
    const each = [c.left, c.right].map((b) => told[b] ? `<strong>${(0,html/* esc */.U)(short(b))}</strong> told ${time(told[b])}` : `<strong>${(0,html/* esc */.U)(short(b))}</strong> not told yet`);
    return `<p class="told">Agents: ${each.join('; ')}.</p>\n`;
}
/** The conflict's resolution brief, collapsed: hunks per file, who rebases onto whom, the command that prints it whole. */
function briefParagraph(projection, c) {
    if (c.kind || c.files.length === 0)
        return '';
    const b = (0,collapsed/* collapsedBrief */.W)(projection, c);
    const files = b.files.map((f) => `<code>${(0,html/* esc */.U)(f.path)}</code> ${f.hunks || 'no'} hunk${f.hunks === 1 ? '' : 's'}`).join(', ');
    return (`<p class="brief">To resolve: <strong>${(0,html/* esc */.U)(b.rebases)}</strong> rebases onto <strong>${(0,html/* esc */.U)(b.onto)}</strong> (${(0,html/* esc */.U)(b.reason)}). ` +
        `${b.hunks} hunk(s): ${files}. Full brief: <code>${(0,html/* esc */.U)(b.command)}</code></p>\n`);
}
function episodeOf(c, now) {
    const open = c.detected !== null && c.openSince.length > 0;
    if (open) {
        const start = (0,queries/* timeOfStamp */.YN)(c.openSince[0]);
        return { conflict: c, start, end: null, lifetime: seconds(start, now) };
    }
    if (!c.resolved)
        return null;
    return { conflict: c, start: c.resolved.detectedAt, end: c.resolved.time, lifetime: c.resolved.lifetimeSeconds };
}
/** Tick steps the axis may use, smallest first. */
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * 60_000);
/**
 * At most 6 ticks at round UTC times between t0 and t1, labelled "HH:MM", or
 * "MM-DD HH:MM" when the span passes midnight (the day is then on every label).
 */
function axisTicks(t0, t1) {
    const step = STEPS.find((s) => (t1 - t0) / s <= 5) ?? Math.ceil((t1 - t0) / 5 / 86_400_000) * 86_400_000;
    const days = new Date(t0).toISOString().slice(0, 10) !== new Date(t1).toISOString().slice(0, 10);
    const ticks = [];
    for (let at = Math.ceil(t0 / step) * step; at <= t1; at += step) {
        const iso = new Date(at).toISOString();
        ticks.push({ at, label: days ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16) });
    }
    return ticks;
}
const seconds = (a, b) => Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 1000));
/**
 * Each pair's latest conflict from open to resolved (or to now: the newest
 * event's time, never the clock), newest first, bounded: the lifetime no CI tool keeps.
 */
function timelineSection(feature, now) {
    const episodes = Object.values(feature.conflicts)
        .map((c) => episodeOf(c, now))
        .filter((e) => e !== null)
        .sort((a, b) => (0,queries/* cmp */.r2)(b.start, a.start) || (0,queries/* cmp */.r2)(a.conflict.id, b.conflict.id))
        .slice(0, TIMELINE_LIMIT);
    if (episodes.length === 0)
        return '<p class="none">No conflicts recorded.</p>';
    const t0 = Date.parse(episodes.reduce((m, e) => (e.start < m ? e.start : m), episodes[0].start));
    const t1 = Math.max(Date.parse(now), t0 + 60_000);
    // Pair names on the left, bars from first detection to resolution (or now), the time axis below.
    const [label, chart, row] = [150, 470, 22];
    const x = (ms) => label + Math.round(((ms - t0) / (t1 - t0)) * chart);
    // Named apart over every pair shown: a cross-feature pair's two impl-4 branches read as two.
    const short = branchLabels(episodes.flatMap((e) => e.conflict.branches));
    const bars = episodes.map((e, i) => {
        const [l, r] = e.conflict.branches;
        const from = x(Date.parse(e.start));
        const to = e.end ? x(Date.parse(e.end)) : label + chart;
        const what = `${l} and ${r}: ${e.end ? `resolved after ${html_duration(e.lifetime)}` : `open for ${html_duration(e.lifetime)}`}`;
        const y = i * row + 4;
        return `<g data-conflict="${(0,html/* esc */.U)(e.conflict.id)}"><title>${(0,html/* esc */.U)(what)}</title><text x="${label - 6}" y="${y + 11}" text-anchor="end">${(0,html/* esc */.U)(`${short(l)} × ${short(r)}`)}</text><rect x="${from}" y="${y}" width="${Math.max(3, to - from)}" height="14" class="${e.end ? 'resolved' : 'open'}"/></g>`;
    });
    const axisY = episodes.length * row + 8;
    const ticks = axisTicks(t0, t1).map((t) => `<g class="tick"><line x1="${x(t.at)}" y1="0" x2="${x(t.at)}" y2="${axisY + 4}"/><text x="${x(t.at)}" y="${axisY + 18}" text-anchor="middle">${(0,html/* esc */.U)(t.label)}</text></g>`);
    const axis = `<g class="axis" aria-hidden="true"><line x1="${label}" y1="${axisY}" x2="${label + chart}" y2="${axisY}"/>${ticks.join('')}</g>`;
    const svg = `<div class="scroll"><svg class="timeline" viewBox="0 0 ${label + chart + 20} ${axisY + 26}" role="img" aria-label="Conflict lifetimes on a time axis (UTC), newest first (details in the table below)">${axis}${bars.join('')}</svg></div>`;
    const rows = episodes.map((e) => [
        `${(0,html/* esc */.U)(short(e.conflict.branches[0]))} and ${(0,html/* esc */.U)(short(e.conflict.branches[1]))}`,
        time(e.start),
        e.end ? time(e.end) : '<strong>open</strong>',
        (0,html/* esc */.U)(html_duration(e.lifetime)),
    ]);
    return `${svg}\n<p class="legend">Time in UTC. <span class="key open"></span> open <span class="key resolved"></span> resolved (open bars also have a dashed outline; the table says it in words)</p>\n${table(`The last ${episodes.length} conflict(s)`, ['Pair', 'Opened', 'Resolved', 'Lived'], rows, '')}`;
}

// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(1205);
;// CONCATENATED MODULE: ./shared/dashboard/sections-scope.ts




/**
 * Scope drift per agent: the files each implementor changed outside the paths
 * of its tasks, and whom they belong to; open drift only (a later clean run clears it).
 */
function scopeDriftSection(feature) {
    const byBranch = new Map();
    for (const d of (0,findings/* openDrift */.w)(feature))
        byBranch.set(d.branch, [...(byBranch.get(d.branch) ?? []), d]);
    const rows = [...byBranch.entries()].map(([branch, drift]) => [
        `<code>${(0,html/* esc */.U)(branch)}</code>`,
        `<span class="num">${drift.length}</span> file${drift.length === 1 ? '' : 's'}`,
        `<ul>${drift
            .map((d) => `<li><code>${(0,html/* esc */.U)(d.path)}</code>: ${d.detected?.tasks?.length ? `belongs to ${(0,html/* esc */.U)((0,drift_state/* driftTasksText */.TZ)(d.detected.tasks))}` : 'no task names it'}${d.detected?.commit ? ` (at <code>${(0,html/* esc */.U)(d.detected.commit.slice(0, 7))}</code>)` : ''}</li>`)
            .join('')}</ul>`,
        time(drift.map((d) => d.detected?.time ?? '').sort()[0] || null),
    ]);
    return table('Files changed outside the paths of the agent’s tasks', ['Agent', 'Drift', 'Files and whom they belong to', 'Since'], rows, 'No agent changed a file outside the paths of its tasks.');
}

;// CONCATENATED MODULE: ./shared/dashboard/charts.ts

/**
 * Inline SVG charts, drawn when the page is rendered: no script, no request,
 * styled by the page's one stylesheet. Each says what it shows in its title
 * and description (read by screen readers) and carries its scale as data
 * attributes (`data-t0`, `data-t1`, `data-vmax`, `data-plot`) so that every
 * point can be read back as a time and a value.
 */
const W = 360;
const H = 180;
/** The plot area inside the view box: left, top, width, height. */
const PLOT = { left: 44, top: 10, width: 300, height: 130 };
const ms = (t) => Date.parse(t);
const px = (n) => (Math.round(n * 10) / 10).toString();
const shortTime = (t) => `${t.slice(5, 10)} ${t.slice(11, 16)}`;
/** A round upper bound for the value axis: 1, 2, 5 × a power of ten, at least the largest value. */
function niceMax(v) {
    if (!(v > 0))
        return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p);
}
/** The points of a step line: from the axis start at 0, up or down at each step, flat until `t1`. */
function stepPoints(steps, x, y, t0, t1) {
    const pts = [`${px(x(t0))},${px(y(0))}`];
    let last = 0;
    for (const s of steps) {
        pts.push(`${px(x(s.t))},${px(y(last))}`, `${px(x(s.t))},${px(y(s.v))}`);
        last = s.v;
    }
    pts.push(`${px(x(t1))},${px(y(last))}`);
    return pts.join(' ');
}
function stepChart(input) {
    const starts = input.series.flatMap((s) => s.steps.map((p) => p.t)).sort();
    if (starts.length === 0)
        return `<p class="none">${(0,html/* esc */.U)(input.desc)}: nothing recorded yet.</p>`;
    const t0 = starts[0];
    const t1 = input.now > t0 ? input.now : new Date(ms(t0) + 3_600_000).toISOString();
    const vmax = niceMax(Math.max(...input.series.flatMap((s) => s.steps.map((p) => p.v))));
    const x = (t) => PLOT.left + ((ms(t) - ms(t0)) / (ms(t1) - ms(t0))) * PLOT.width;
    const y = (v) => PLOT.top + PLOT.height - (v / vmax) * PLOT.height;
    const bottom = PLOT.top + PLOT.height;
    const lines = input.series
        .map((s) => `<polyline class="line s-${(0,html/* esc */.U)(s.id)}" data-series="${(0,html/* esc */.U)(s.id)}" data-name="${(0,html/* esc */.U)(s.name)}" points="${stepPoints(s.steps, x, y, t0, t1)}"><title>${(0,html/* esc */.U)(s.name)}</title></polyline>`)
        .join('');
    const axes = [
        `<g class="axis"><line x1="${PLOT.left}" y1="${bottom}" x2="${PLOT.left + PLOT.width}" y2="${bottom}"/><line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${bottom}"/></g>`,
        `<g class="tick"><line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left + PLOT.width}" y2="${PLOT.top}"/></g>`,
        `<text x="${PLOT.left - 4}" y="${bottom}" text-anchor="end">0</text>`,
        `<text x="${PLOT.left - 4}" y="${PLOT.top + 8}" text-anchor="end">${(0,html/* esc */.U)(input.format(vmax))}</text>`,
        `<text x="${PLOT.left}" y="${bottom + 16}">${(0,html/* esc */.U)(shortTime(t0))}</text>`,
        `<text x="${PLOT.left + PLOT.width}" y="${bottom + 16}" text-anchor="end">${(0,html/* esc */.U)(shortTime(t1))} UTC</text>`,
    ].join('');
    const legend = input.series
        .map((s) => {
        const last = s.steps[s.steps.length - 1]?.v ?? 0;
        return `<li><span class="key k-${(0,html/* esc */.U)(s.id)}" aria-hidden="true"></span> ${(0,html/* esc */.U)(s.name)}: <span class="num">${(0,html/* esc */.U)(input.format(last))}</span></li>`;
    })
        .join('');
    const svg = `<svg class="chart" id="${(0,html/* esc */.U)(input.id)}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${(0,html/* esc */.U)(input.id)}-t ${(0,html/* esc */.U)(input.id)}-d" data-t0="${(0,html/* esc */.U)(t0)}" data-t1="${(0,html/* esc */.U)(t1)}" data-vmax="${vmax}" data-plot="${PLOT.left} ${PLOT.top} ${PLOT.width} ${PLOT.height}"><title id="${(0,html/* esc */.U)(input.id)}-t">${(0,html/* esc */.U)(input.title)}</title><desc id="${(0,html/* esc */.U)(input.id)}-d">${(0,html/* esc */.U)(input.desc)}, from ${(0,html/* esc */.U)(t0)} to ${(0,html/* esc */.U)(t1)}</desc>${axes}${lines}</svg>`;
    return `<figure class="chart">${svg}<figcaption><ul class="legend">${legend}</ul></figcaption>${stepTable(input)}</figure>`;
}
/** The chart as a table (its text alternative), folded away: every step of every series. */
function stepTable(input) {
    const rows = input.series
        .flatMap((s) => s.steps.map((p) => ({ s, p })))
        .sort((a, b) => (a.p.t < b.p.t ? -1 : a.p.t > b.p.t ? 1 : 0))
        .map(({ s, p }) => `<tr><td><time datetime="${(0,html/* esc */.U)(p.t)}">${(0,html/* esc */.U)(shortTime(p.t))}</time></td><td>${(0,html/* esc */.U)(s.name)}</td><td class="num">${(0,html/* esc */.U)(input.format(p.v))}</td></tr>`)
        .join('');
    return `<details><summary>${(0,html/* esc */.U)(input.title)} as a table</summary><div class="scroll"><table><thead><tr><th scope="col">From (UTC)</th><th scope="col">Line</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
/** Vertical bars, one per labelled count, each with its count written above it. */
function barChart(input) {
    const total = input.bars.reduce((n, b) => n + b.count, 0);
    if (total === 0)
        return `<p class="none">${(0,html/* esc */.U)(input.desc)}: nothing recorded yet.</p>`;
    const vmax = niceMax(Math.max(...input.bars.map((b) => b.count)));
    const slot = PLOT.width / input.bars.length;
    const bottom = PLOT.top + PLOT.height;
    const bars = input.bars
        .map((b, i) => {
        const h = (b.count / vmax) * PLOT.height;
        const left = PLOT.left + i * slot;
        return `<g class="bar" data-label="${(0,html/* esc */.U)(b.label)}" data-count="${b.count}"><rect x="${px(left + slot * 0.15)}" y="${px(bottom - h)}" width="${px(slot * 0.7)}" height="${px(h)}"><title>${(0,html/* esc */.U)(b.label)}: ${b.count}</title></rect><text x="${px(left + slot / 2)}" y="${px(bottom - h - 3)}" text-anchor="middle">${b.count}</text><text x="${px(left + slot / 2)}" y="${bottom + 16}" text-anchor="middle">${(0,html/* esc */.U)(b.label)}</text></g>`;
    })
        .join('');
    const summary = input.bars.map((b) => `${b.label}: ${b.count}`).join('; ');
    return `<figure class="chart"><svg class="chart" id="${(0,html/* esc */.U)(input.id)}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${(0,html/* esc */.U)(input.id)}-t ${(0,html/* esc */.U)(input.id)}-d" data-vmax="${vmax}" data-plot="${PLOT.left} ${PLOT.top} ${PLOT.width} ${PLOT.height}"><title id="${(0,html/* esc */.U)(input.id)}-t">${(0,html/* esc */.U)(input.title)}</title><desc id="${(0,html/* esc */.U)(input.id)}-d">${(0,html/* esc */.U)(input.desc)}: ${(0,html/* esc */.U)(summary)}</desc><g class="axis"><line x1="${PLOT.left}" y1="${bottom}" x2="${PLOT.left + PLOT.width}" y2="${bottom}"/></g>${bars}</svg></figure>`;
}

// EXTERNAL MODULE: ./shared/state/projection/trends.ts + 1 modules
var projection_trends = __webpack_require__(3473);
;// CONCATENATED MODULE: ./shared/dashboard/trend-series.ts

/** The start of an hour key (`2026-03-01T10`) as a canonical ISO time. */
const hourStart = (hour) => `${hour}:00:00.000Z`;
const byTime = (a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0);
/** Running totals of (time, delta) pairs: one step per distinct time, in time order. */
function accumulate(deltas) {
    const sorted = [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const steps = [];
    let v = 0;
    for (const [t, d] of sorted) {
        v += d;
        if (steps.length && steps[steps.length - 1].t === t)
            steps[steps.length - 1].v = v;
        else
            steps.push({ t, v });
    }
    return steps;
}
/**
 * The burn-up: tasks done (each task done now, from the time it was first reported done), tasks done and
 * merged (from the time its current commit was merged), and the scope (the tasks the latest registration at
 * that time listed).
 */
function burnUp(feature) {
    const trends = feature.trends ?? (0,projection_trends/* emptyTrends */.Wp)();
    const progress = (0,queries/* taskProgress */.hv)(feature);
    const done = [];
    const merged = [];
    for (const t of progress.tasks) {
        const first = trends.firstDone[t.id];
        if (t.state === 'done' && first)
            done.push([first, 1]);
        const at = t.merged && t.commit ? feature.merged[t.id]?.[t.commit]?.time : undefined;
        if (at)
            merged.push([at, 1]);
    }
    // Registrations: each replaces the scope, so a step per registration at its time (the greatest stamp wins a tie).
    const scope = [];
    for (const stamp of Object.keys(trends.scope).sort()) {
        const t = stamp.slice(0, stamp.indexOf(' '));
        const step = { t, v: trends.scope[stamp] };
        if (scope.length && scope[scope.length - 1].t === t)
            scope[scope.length - 1] = step;
        else
            scope.push(step);
    }
    return [
        { id: 'scope', name: 'Tasks registered', steps: scope },
        { id: 'done', name: 'Tasks done', steps: accumulate(done) },
        { id: 'merged', name: 'Tasks done and merged', steps: accumulate(merged) },
    ];
}
/**
 * Open conflicts at the end of each hour in which one began or ended: resolved occurrences from the
 * trends (first detection → resolution), open ones from their first detection since the last resolution.
 */
function openConflictsOverTime(feature) {
    const trends = feature.trends ?? (0,projection_trends/* emptyTrends */.Wp)();
    const deltas = [];
    for (const [hour, n] of Object.entries(trends.began))
        deltas.push([hourStart(hour), n]);
    for (const [hour, n] of Object.entries(trends.ended))
        deltas.push([hourStart(hour), -n]);
    for (const c of Object.values(feature.conflicts)) {
        const since = c.openSince[0];
        if (since)
            deltas.push([hourStart((0,projection_trends/* hourOf */.cg)(since)), 1]);
    }
    return { id: 'open', name: 'Open conflicts', steps: accumulate(deltas).sort(byTime) };
}
/** Each agent's cost so far (US dollars) at the end of each hour in which it recorded usage. */
function costPerAgent(feature) {
    const trends = feature.trends ?? (0,projection_trends/* emptyTrends */.Wp)();
    return Object.keys(trends.cost)
        .sort()
        .map((agent, i) => {
        const steps = accumulate(Object.entries(trends.cost[agent]).map(([hour, micro]) => [hourStart(hour), micro]));
        return { id: `a${i % 6}`, name: agent, steps: steps.map((s) => ({ t: s.t, v: s.v / 1_000_000 })) };
    });
}
/** Resolved conflicts by how long they lived (first detection → resolution), in LEAD_TIME_LABELS's buckets. */
function leadTimeDistribution(feature) {
    const counts = feature.trends?.leadTimes ?? {};
    return projection_trends/* LEAD_TIME_LABELS */.di.map((label, i) => ({ label, count: counts[String(i)] ?? 0 }));
}

;// CONCATENATED MODULE: ./shared/dashboard/sections-trends.ts


const count = (v) => String(Math.round(v));
const sections_trends_dollars = (v) => `$${v.toFixed(2)}`;
/** The feature over time: burn-up, open conflicts, cost per agent, conflict lead times. `now` is the feature's newest event. */
function trendsSection(feature, now) {
    return [
        '<h3 id="chart-burnup-h">Burn-up</h3>',
        stepChart({
            id: 'chart-burnup',
            title: 'Burn-up: tasks done and registered over time',
            desc: 'Tasks registered, done (from when each was first reported done) and done and merged',
            series: burnUp(feature),
            now,
            format: count,
        }),
        '<h3 id="chart-conflicts-h">Open conflicts</h3>',
        stepChart({
            id: 'chart-conflicts',
            title: 'Open conflicts over time',
            desc: 'Conflicts open at the end of each hour in which one began or ended',
            series: [openConflictsOverTime(feature)],
            now,
            format: count,
        }),
        '<h3 id="chart-cost-h">Cost per agent</h3>',
        stepChart({
            id: 'chart-cost',
            title: 'Cost per agent over time (US dollars)',
            desc: "Each agent's recorded cost so far, at the end of each hour in which it recorded usage",
            series: costPerAgent(feature),
            now,
            format: sections_trends_dollars,
        }),
        '<h3 id="chart-lead-h">Conflict lead time</h3>',
        barChart({
            id: 'chart-lead',
            title: 'Conflict lead time distribution',
            desc: 'Resolved conflicts by time from first detection to resolution',
            bars: leadTimeDistribution(feature),
        }),
    ].join('\n');
}

// EXTERNAL MODULE: ./shared/state/projection/usage.ts
var usage = __webpack_require__(8191);
;// CONCATENATED MODULE: ./shared/dashboard/sections-cost.ts



/**
 * Tokens and cost per agent branch and per task of one feature, and the budgets
 * crossed (said in words). Empty while the feature has no usage recorded.
 */
function costSection(projection, spec) {
    const agents = (0,usage/* usageByAgent */.Q0)(projection, spec);
    if (agents.length === 0)
        return '';
    const cells = (u, name) => [
        name,
        `<span class="num">${(0,usage/* totalTokens */.RP)(u)}</span>`,
        `<span class="num">${u.inputTokens}</span>`,
        `<span class="num">${u.outputTokens}</span>`,
        `<span class="num">${u.cacheCreationTokens}</span>`,
        `<span class="num">${u.cacheReadTokens}</span>`,
        `<span class="num" data-cost-micro-usd="${u.costMicroUsd}">${(0,html/* esc */.U)((0,summarize/* formatUsd */.UK)(u.costMicroUsd))}</span>`,
    ];
    const headers = ['Tokens', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost'];
    const crossed = (0,usage/* budgetsCrossed */.GJ)(projection, spec).map((b) => `<li><strong class="bad">Budget crossed</strong>: ${(0,html/* esc */.U)(b.scope)} <code>${(0,html/* esc */.U)(b.subject)}</code> spent ${(0,html/* esc */.U)((0,summarize/* formatUsd */.UK)(b.spentMicroUsd))} of its ${(0,html/* esc */.U)((0,summarize/* formatUsd */.UK)(b.budgetMicroUsd))} budget (${time(b.time)})</li>`);
    return [
        ...(crossed.length ? [`<ul>${crossed.join('')}</ul>`] : []),
        table('Cost per agent', ['Agent', ...headers], agents.map((u) => cells(u, `<code>${(0,html/* esc */.U)(u.name)}</code>`)), 'No usage recorded.'),
        table('Cost per task (its share)', ['Task', ...headers], (0,usage/* usageByTask */.Qp)(projection, spec).map((u) => cells(u, (0,html/* esc */.U)(u.name))), 'No usage recorded for a task in progress.'),
    ].join('\n');
}

;// CONCATENATED MODULE: ./shared/dashboard/sections-other.ts



/** Ahead (commits of its own) and behind (commits it lacks) of each branch against the branch it merges into. */
function divergenceSection(feature) {
    const rows = [];
    const all = Object.keys(feature.divergence)
        .sort()
        .flatMap((branch) => Object.keys(feature.divergence[branch])
        .sort()
        .map((against) => ({ branch, against, ...feature.divergence[branch][against] })));
    const max = Math.max(1, ...all.flatMap((d) => [d.ahead, d.behind]));
    for (const d of all) {
        const w = (n) => Math.round((n / max) * 100);
        // Behind grows left from the middle, ahead right; the numbers are printed beside.
        const svg = `<svg class="div" viewBox="0 0 204 14" role="img" aria-label="${d.ahead} ahead, ${d.behind} behind"><rect class="behind" x="${101 - w(d.behind)}" y="2" width="${w(d.behind)}" height="10"/><rect class="ahead" x="103" y="2" width="${w(d.ahead)}" height="10"/><line x1="102" y1="0" x2="102" y2="14"/></svg>`;
        rows.push([
            `<code>${(0,html/* esc */.U)(d.branch)}</code>`,
            `<code>${(0,html/* esc */.U)(d.against)}</code>`,
            `<span class="num">${d.behind}</span> behind`,
            svg,
            `<span class="num">${d.ahead}</span> ahead`,
            time(d.time),
        ]);
    }
    return table('Divergence (behind ← | → ahead)', ['Branch', 'Against', 'Behind', 'Bars', 'Ahead', 'Measured'], rows, 'No divergence measured yet.');
}
/** The latest result of each agent and suite; failing is said in words, not only in colour. */
function checksSection(feature) {
    const rows = (0,queries/* latestTests */.J7)(feature).map((t) => [
        `${(0,html/* esc */.U)(t.role)}${t.branch ? ` <code>${(0,html/* esc */.U)(shortBranch(t.branch))}</code>` : ''}`,
        (0,html/* esc */.U)(t.suite),
        t.failed > 0 ? '<strong class="bad">failing</strong>' : '<span class="good">passing</span>',
        `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`,
        `<code>${(0,html/* esc */.U)(t.commit.slice(0, 7))}</code>`,
        t.runUrl ? html_link(time(t.time).replace(/<[^>]+>/g, ''), t.runUrl) : time(t.time),
    ]);
    return table('Latest checks per agent and suite', ['Agent', 'Suite', 'Result', 'Counts', 'Commit', 'When'], rows, 'No checks recorded yet.');
}
function pullRequestsSection(feature) {
    const rows = (0,queries/* openPrs */.uo)(feature).map((p) => [
        html_link(`#${p.number}`, p.url),
        (0,html/* esc */.U)(p.title ?? ''),
        `<code>${(0,html/* esc */.U)(p.head)}</code> → <code>${(0,html/* esc */.U)(p.base)}</code>`,
        (0,html/* esc */.U)(p.action),
        time(p.time),
    ]);
    return table('Open pull requests', ['Number', 'Title', 'Branches', 'Last action', 'When'], rows, 'No open pull requests.');
}
function blockersSection(feature) {
    const rows = (0,queries/* openBlockers */.AW)(feature).map((b) => [
        `<code>${(0,html/* esc */.U)(b.id)}</code>`,
        b.raised?.agent ? `<code>${(0,html/* esc */.U)(b.raised.agent)}</code>` : '',
        (0,html/* esc */.U)(b.raised?.reason ?? ''),
        time(b.raised?.time),
    ]);
    return table('Open blockers', ['Id', 'Agent', 'Reason', 'Raised'], rows, 'No open blockers.');
}
/** Per-agent health; `undefined` (not recorded) renders "none". */
function healthSection(rows) {
    return table('Agent health', ['Agent', 'Role', 'State', 'Detail', 'Since'], (rows ?? []).map((r) => [
        `<code>${(0,html/* esc */.U)(r.branch)}</code>`,
        (0,html/* esc */.U)(r.role),
        `<strong>${(0,html/* esc */.U)(r.state)}</strong>${blockedBy(r)}`,
        (0,html/* esc */.U)(r.detail ?? ''),
        time(r.since),
    ]), 'none');
}
/** Every open blocker of an agent, named: id, reason, who raised it, since when (a row is never "blocked" without them). */
function blockedBy(r) {
    if (!r.blockers?.length)
        return '';
    const items = r.blockers.map((b) => `<li data-blocker="${(0,html/* esc */.U)(b.id)}"><code>${(0,html/* esc */.U)(b.id)}</code>: ${(0,html/* esc */.U)(b.reason)}${b.by ? ` (raised by ${(0,html/* esc */.U)(b.by)})` : ''}, since ${time(b.since)}</li>`);
    return `<ul class="blockers" aria-label="Blocked by">${items.join('')}</ul>`;
}
/** The last conflict scan; `undefined` or `null` renders "none". */
function lastScanSection(scan) {
    if (!scan)
        return '<p class="none" id="last-scan">Last scan: none</p>';
    const facts = [
        scan.pairs !== undefined ? `${scan.pairs} pair(s) compared` : '',
        scan.commit ? `at <code>${(0,html/* esc */.U)(scan.commit.slice(0, 7))}</code>` : '',
    ].filter(Boolean);
    return `<p id="last-scan">Last scan: ${time(scan.time)}${facts.length ? ` (${facts.join(', ')})` : ''}.</p>`;
}
/** Role-guard violations; `undefined` renders "none". */
function guardViolationsSection(rows) {
    return table('Guard violations', ['Branch', 'Reason', 'Paths', 'When', 'Cleared'], (rows ?? []).map((v) => [
        `<code>${(0,html/* esc */.U)(v.branch)}</code>`,
        (0,html/* esc */.U)(v.reason),
        v.paths.map((p) => `<code>${(0,html/* esc */.U)(p)}</code>`).join(', '),
        time(v.time),
        v.clearedAt ? time(v.clearedAt) : '<strong>not cleared</strong>',
    ]), 'none');
}

;// CONCATENATED MODULE: ./shared/dashboard/site.ts













/** The site's folder on the state branch: GitHub Pages can publish it alone (the event files stay unpublished). */
const SITE_DIR = 'docs';
const SITE_INDEX = `${SITE_DIR}/index.html`;
const sitePage = (spec) => `${SITE_DIR}/features/${(0,safe_segment/* assertSafeSegment */.r)(spec, 'feature id')}.html`;
/**
 * "Now" for ages on a feature's page: the newest event of that feature, never the clock, so the same events
 * give the same bytes. Not the newest of all features: a page is re-rendered only when its feature changes.
 */
function siteNow(feature) {
    return feature.recent[0]?.time ?? '1970-01-01T00:00:00.000Z';
}
/** The open conflicts in words: the projection's count, the same number `events status` and the SQL export give. */
const openConflictsText = (n) => `<span class="num" data-count="open-conflicts">${n}</span> open conflict(s)`;
/** docs/index.html: every feature at a glance. */
function renderSiteIndex(projection) {
    const extras = siteExtras(projection);
    const cards = (0,queries/* featuresOf */.Hi)(projection).map((f) => featureCard(projection, f));
    const body = [
        '<h1>Orchestrator dashboard</h1>',
        `<p>${projection.eventCount} events recorded; ${openConflictsText((0,queries/* openConflicts */.cX)(projection).length)}. ${lastScanSection(extras.lastScan).replace(/^<p[^>]*>|<\/p>$/g, '')}</p>`,
        cards.length ? `<div class="cards">${cards.join('\n')}</div>` : '<p class="none">No features registered yet.</p>',
        section('recent', 'Recent events', recentEventsSection(projection.recent)),
    ];
    return page('Orchestrator dashboard', '<a href="index.html">All features</a>', body.join('\n'));
}
/** docs/features/<spec>.html: one feature in full. */
function renderSitePage(projection, feature) {
    const extras = siteExtras(projection, feature);
    const now = siteNow(feature);
    const body = [
        `<h1>${(0,html/* esc */.U)(feature.spec)}: ${(0,html/* esc */.U)(feature.registration?.name ?? '(not registered)')}</h1>`,
        `<p>${openConflictsText((0,queries/* openConflicts */.cX)(projection, feature.spec).length)}.</p>`,
        lastScanSection(extras.lastScan),
        section('progress', 'Progress', progressSection(feature)),
        section('tasks', 'Tasks', taskListSection(feature)),
        section('trends', 'Trends', trendsSection(feature, now)),
        section('health', 'Agent health', healthSection(extras.health)),
        section('matrix', 'Conflict matrix', matrixSection(projection, feature)),
        section('timeline', 'Conflict timeline', timelineSection(feature, now)),
        section('divergence', 'Divergence', divergenceSection(feature)),
        section('checks', 'Checks', checksSection(feature)),
        section('prs', 'Pull requests', pullRequestsSection(feature)),
        section('blockers', 'Blockers', blockersSection(feature)),
        section('guard', 'Guard violations', guardViolationsSection(extras.guardViolations)),
        section('scope', 'Scope drift', scopeDriftSection(feature)),
        ...(feature.usage ? [section('cost', 'Cost', costSection(projection, feature.spec))] : []),
    ];
    return page(`${feature.spec}: orchestrator dashboard`, '<a href="../index.html">All features</a>', body.join('\n'));
}
/** The site's files (paths relative to the state root): the index and the pages of `features` (all when omitted). */
function renderSite(projection, features) {
    const files = [[SITE_INDEX, renderSiteIndex(projection)]];
    const specs = features ? [...new Set(features)].sort() : Object.keys(projection.features).sort();
    for (const spec of specs) {
        const f = projection.features[spec];
        if (f)
            files.push([sitePage(spec), renderSitePage(projection, f)]);
    }
    return files;
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
;// CONCATENATED MODULE: ./shared/views/health-section.ts


/*
 * Agent health and the last scan in markdown, for the dashboard and the
 * overseer view. The facts are state/projection/health's; the state itself
 * renders nothing.
 */
/**
 * The last scan and the open conflicts. The count is the projection's open conflicts (`openConflicts`), the
 * number the dashboard, `events status` and the SQL export give, never the scan's own tally: a scan of some
 * pairs does not close the conflicts of the others, and a conflict logged by hand is open without a scan.
 */
function scanLine(scan, openConflicts) {
    const open = `${openConflicts} open conflict(s)`;
    if (!scan)
        return `Last conflict scan: none recorded yet; ${open}.`;
    return `Last conflict scan: ${(0,markdown/* when */.z7)(scan.at)} (${scan.pairs} pair(s) compared, ${scan.errors} error(s)); ${open}.`;
}
/** The "Agent health" section of the dashboard and the overseer view (markdown, user text escaped). */
function health_section_healthSection(rows) {
    const withSpec = rows.some((r) => r.spec !== undefined);
    const cells = rows.map(({ spec, health: h }) => [
        ...(withSpec ? [(0,markdown.md)(spec)] : []),
        `${(0,markdown.md)(h.role)}${h.index ? ` ${h.index}` : ''}`,
        (0,markdown.md)(h.branch),
        h.lastCommit ? `${(0,markdown/* sha */.hW)(h.lastCommit)} ${(0,markdown/* when */.z7)(h.lastCommitAt)}` : '',
        h.currentTask ? `${(0,markdown.md)(h.currentTask.id)} ${(0,markdown.md)(h.currentTask.state)}` : '',
        (0,markdown.md)(checksText(h.checks)),
        h.guard === null ? '' : h.guard === 'ok' ? '✅ ok' : '❌ violation',
        h.pr ? `#${h.pr.number} ${(0,markdown.md)(h.pr.action)}` : '',
        (0,markdown/* when */.z7)(h.lastActivity),
    ]);
    const headers = ['Agent', 'Branch', 'Last commit', 'Current task', 'Checks on the last commit', 'Guard', 'PR', 'Last activity'];
    return (0,markdown/* section */.uW)('Agent health', (0,markdown/* table */.tp)([...(withSpec ? ['Feature'] : []), ...headers], cells), 'No agents assigned.');
}

;// CONCATENATED MODULE: ./shared/views/render-sections.ts



/** Sections shared by the dashboard and the feature views. Each returns markdown lines. */
function conflictsSection(conflicts, perspective) {
    const lines = [];
    for (const c of conflicts) {
        // Show the reader's own branch on the left when the view belongs to one side.
        const flip = perspective !== undefined && c.right === perspective && c.left !== perspective;
        const [a, b] = flip ? [c.right, c.left] : [c.left, c.right];
        const [aSha, bSha] = flip ? [c.rightSha, c.leftSha] : [c.leftSha, c.rightSha];
        lines.push(`### ${(0,markdown.md)(c.id)}: ${(0,markdown.md)(a)} and ${(0,markdown.md)(b)}`, '');
        lines.push(`Detected ${(0,markdown/* when */.z7)(c.detectedAt)}, last seen ${(0,markdown/* when */.z7)(c.lastSeenAt)} at ${(0,markdown/* sha */.hW)(aSha)} and ${(0,markdown/* sha */.hW)(bSha)}.`, '');
        if (c.manual)
            lines.push(`Logged by hand${c.reason ? `: ${(0,markdown.md)(c.reason, 300)}` : ''}. Scans do not resolve it: \`orchestrator events resolve-conflict ${(0,markdown.md)(c.id)}\` does.`, '');
        if (c.kind)
            lines.push(`A ${c.kind} conflict: the merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? ` (check ${(0,markdown.md)(c.check)})` : ''}; each side passes alone.`, '');
        for (const m of c.messages ?? [])
            lines.push(`- git: ${(0,markdown.md)(m.text, 300)}`, '');
        const rows = c.files.map((f) => {
            const [ra, rb] = flip ? [f.rightRanges, f.leftRanges] : [f.leftRanges, f.rightRanges];
            return [(0,markdown.md)(f.path), (0,markdown.md)(f.kind), (0,range_text/* formatRanges */.Gk)(ra, { max: 8 }), (0,range_text/* formatRanges */.Gk)(rb, { max: 8 })];
        });
        lines.push(...(0,markdown/* table */.tp)(['File', 'Kind', `Lines on ${(0,markdown.md)(a)}`, `Lines on ${(0,markdown.md)(b)}`], rows));
        if (rows.length)
            lines.push('');
    }
    return (0,markdown/* section */.uW)('Open conflicts', trimEnd(lines), 'No open conflicts.');
}
function tasksTable(tasks, withAgent) {
    const rows = tasks.map((t) => [
        (0,markdown.md)(t.id),
        // Done on the agent's branch is not yet merged into the branch it goes to.
        t.merged ? 'done, merged' : t.state === 'done' ? 'done on branch' : (0,markdown.md)(t.state),
        ...(withAgent ? [(0,markdown.md)(t.agent)] : []),
        (0,markdown/* sha */.hW)(t.commit),
        (0,markdown.md)(t.phase, 60),
        (0,markdown.md)(t.description, 160),
    ]);
    return (0,markdown/* table */.tp)(['Task', 'State', ...(withAgent ? ['Agent'] : []), 'Commit', 'Phase', 'Description'], rows);
}
function testsSection(tests, title = 'Latest test results') {
    const rows = tests.map((t) => [
        (0,markdown.md)(t.role),
        (0,markdown.md)(t.branch),
        (0,markdown/* link */.nf)(t.suite, t.runUrl),
        ...testCounts(t),
        `${(t.durationMs / 1000).toFixed(1)}s`,
        (0,markdown/* sha */.hW)(t.commit),
        (0,markdown/* when */.z7)(t.time),
        resultCell(t),
    ]);
    return (0,markdown/* section */.uW)(title, (0,markdown/* table */.tp)(['Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'Duration', 'Commit', 'When', 'Result'], rows), 'No test results yet.');
}
/** Counts of tests; a check (one command, the guard) has no test counts: its result says it all. */
function testCounts(t) {
    if (!(0,queries/* countsTests */.W5)(t))
        return ['', '', ''];
    return [String(t.passed), t.failed > 0 ? `**${t.failed}**` : '0', String(t.skipped)];
}
function resultCell(t) {
    const what = (0,queries/* countsTests */.W5)(t) ? 'tests' : 'check';
    if (t.failed > 0)
        return `❌ ${what} failed`;
    return t.passed > 0 || (0,queries/* countsTests */.W5)(t) ? `✅ ${what} passed` : `⏭ ${what} skipped`;
}
function prsSection(prs) {
    const rows = prs.map((p) => [
        (0,markdown/* link */.nf)(`#${p.number}`, p.url),
        `${(0,markdown.md)(p.head)} into ${(0,markdown.md)(p.base)}`,
        (0,markdown.md)(p.title, 120),
        (0,markdown.md)(p.action),
        (0,markdown/* when */.z7)(p.time),
    ]);
    return (0,markdown/* section */.uW)('Open pull requests', (0,markdown/* table */.tp)(['PR', 'Branches', 'Title', 'Last action', 'When'], rows), 'No open pull requests.');
}
function render_sections_blockersSection(blockers) {
    const rows = blockers.map((b) => [(0,markdown.md)(b.id), (0,markdown.md)(b.raised?.agent), (0,markdown.md)(b.raised?.reason, 300), (0,markdown/* when */.z7)(b.raised?.time)]);
    return (0,markdown/* section */.uW)('Blockers', (0,markdown/* table */.tp)(['Id', 'Agent', 'Reason', 'Raised'], rows), 'No open blockers.');
}
function render_sections_divergenceSection(rows) {
    const cells = rows.map((r) => [
        (0,markdown.md)(r.branch),
        (0,markdown.md)(r.against),
        String(r.state.ahead),
        String(r.state.behind),
        (0,markdown/* sha */.hW)(r.state.sha),
        (0,markdown/* when */.z7)(r.state.time),
    ]);
    return (0,markdown/* section */.uW)('Divergence', (0,markdown/* table */.tp)(['Branch', 'Against', 'Ahead', 'Behind', 'At', 'Measured'], cells), 'Not measured yet.');
}
function recentSection(events, withFeature) {
    const rows = events.map((e) => [(0,markdown/* when */.z7)(e.time), ...(withFeature ? [(0,markdown.md)(e.feature)] : []), (0,markdown.md)(e.kind), (0,markdown.md)(e.summary), (0,markdown.md)(e.actor, 60)]);
    return (0,markdown/* section */.uW)('Recent events', (0,markdown/* table */.tp)(['When', ...(withFeature ? ['Feature'] : []), 'Event', 'Summary', 'By'], rows), 'No events yet.');
}
function trimEnd(lines) {
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}

// EXTERNAL MODULE: ./shared/role-ci/guard-state.ts
var guard_state = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/sync-status/owner-mismatch.ts
var owner_mismatch = __webpack_require__(2599);
;// CONCATENATED MODULE: ./shared/views/usage-section.ts


/**
 * The "Cost" section of the dashboard and the feature views: tokens and cost per
 * agent branch and per task (its share), and the budgets crossed. Nothing at all
 * while no usage was recorded, so views of features without it stay as they were.
 */
function usage_section_costSection(projection, spec, branch) {
    const agents = (0,usage/* usageByAgent */.Q0)(projection, spec).filter((u) => branch === undefined || u.name === branch);
    if (agents.length === 0)
        return [];
    const withSpec = spec === undefined;
    const cells = (u) => [
        ...(withSpec ? [(0,markdown.md)(u.feature)] : []),
        (0,markdown.md)(u.name),
        String((0,usage/* totalTokens */.RP)(u)),
        String(u.inputTokens),
        String(u.outputTokens),
        String(u.cacheCreationTokens),
        String(u.cacheReadTokens),
        (0,summarize/* formatUsd */.UK)(u.costMicroUsd),
    ];
    const numbers = ['Tokens', 'Input', 'Output', 'Cache write', 'Cache read', 'Cost'];
    const feature = withSpec ? ['Feature'] : [];
    const tasks = branch === undefined ? (0,usage/* usageByTask */.Qp)(projection, spec) : [];
    const crossed = (0,usage/* budgetsCrossed */.GJ)(projection, spec).filter((b) => branch === undefined || (b.scope === 'agent' && b.subject === branch));
    return (0,markdown/* section */.uW)('Cost', [
        ...(0,markdown/* table */.tp)([...feature, 'Agent', ...numbers], agents.map(cells)),
        ...(tasks.length ? ['', ...(0,markdown/* table */.tp)([...feature, 'Task (its share)', ...numbers], tasks.map(cells))] : []),
        ...(crossed.length
            ? [
                '',
                ...crossed.map((b) => `- ⚠️ Budget crossed: ${(0,markdown.md)(b.scope)} ${(0,markdown.md)(b.subject)} spent ${(0,summarize/* formatUsd */.UK)(b.spentMicroUsd)} of its ${(0,summarize/* formatUsd */.UK)(b.budgetMicroUsd)} budget (${(0,markdown/* when */.z7)(b.time)})`),
            ]
            : []),
    ], 'No usage recorded.');
}

;// CONCATENATED MODULE: ./shared/views/render-dashboard.ts








/** The root README.md of the state branch: every feature at a glance. */
function renderDashboard(projection) {
    const features = (0,queries/* featuresOf */.Hi)(projection);
    const featureRows = features.map((f) => {
        const p = (0,queries/* taskProgress */.hv)(f);
        const agents = (0,queries/* agentsOf */.et)(f);
        const last = f.recent[0]?.time;
        return [
            `[${(0,markdown.md)(f.spec)}](features/${f.spec}/overseer.md)`,
            (0,markdown.md)(f.registration?.name, 80),
            `${agents.filter((a) => a.role === 'overseer').length} + ${agents.filter((a) => a.role === 'implementor').length}`,
            `${p.done}/${p.total}`,
            String(p.merged),
            String(p.inProgress),
            String((0,queries/* openConflicts */.cX)(projection, f.spec).length),
            String((0,queries/* openBlockers */.AW)(f).length),
            (0,markdown/* when */.z7)(last),
        ];
    });
    const conflictRows = (0,queries/* openConflicts */.cX)(projection).map((c) => [
        (0,markdown.md)(c.feature),
        (0,markdown.md)(c.id),
        `${(0,markdown.md)(c.left)} and ${(0,markdown.md)(c.right)}`,
        c.kind ? `${c.kind} conflict` : String(c.files.length),
        (0,markdown/* when */.z7)(c.detectedAt),
    ]);
    const testRows = features.flatMap((f) => (0,queries/* latestTests */.J7)(f).map((t) => [(0,markdown.md)(f.spec), (0,markdown.md)(t.role), (0,markdown.md)(t.branch), (0,markdown.md)(t.suite), ...testCounts(t), (0,markdown/* when */.z7)(t.time), resultCell(t)]));
    const problems = projection.problems.map((p) => [(0,markdown.md)(p.path, 300), (0,markdown.md)(p.reason, 300)]);
    const lines = [
        '# Orchestrator state',
        '',
        'This branch is the memory of agent-orchestrator. `events/` holds one immutable JSON file per event;',
        'everything else (this file, `projection.json`, `features/`) is generated from the events on every',
        'write. Do not edit generated files by hand: record events with `orchestrator events` instead.',
        '',
        `Events recorded: ${projection.eventCount}. ${scanLine(lastScan(projection), (0,queries/* openConflicts */.cX)(projection).length)}`,
        '',
        ...(0,markdown/* section */.uW)('Features', (0,markdown/* table */.tp)([
            'Feature',
            'Name',
            'Agents (overseer + implementors)',
            'Tasks done',
            'Merged',
            'In progress',
            'Open conflicts',
            'Blockers',
            'Last event',
        ], featureRows), 'No features registered yet.'),
        ...health_section_healthSection(features.flatMap((f) => agentHealth(f).map((health) => ({ spec: f.spec, health })))),
        ...(0,markdown/* section */.uW)('Open conflicts', (0,markdown/* table */.tp)(['Feature', 'Id', 'Branches', 'Files', 'Detected'], conflictRows), 'No open conflicts.'),
        ...(0,markdown/* section */.uW)('Latest test results', (0,markdown/* table */.tp)(['Feature', 'Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'When', 'Result'], testRows), 'No test results yet.'),
        ...(0,guard_state/* guardSection */.$D)(features.flatMap((f) => (0,findings/* openGuards */.X)(f)), true),
        ...(0,drift_state/* driftSection */.tX)(features.flatMap((f) => (0,findings/* openDrift */.w)(f)), true),
        ...(0,owner_mismatch/* ownerMismatchSection */.b)(projection),
        ...usage_section_costSection(projection),
        ...recentSection(projection.recent, true),
        ...(problems.length ? (0,markdown/* section */.uW)('Unreadable event files', (0,markdown/* table */.tp)(['Path', 'Reason'], problems), '') : []),
    ];
    return (0,markdown/* document */.Al)(lines);
}

// EXTERNAL MODULE: ./shared/state/projection/roles.ts
var roles = __webpack_require__(4337);
;// CONCATENATED MODULE: ./shared/views/predicted-section.ts

/** How many predicted conflicts a view lists (the newest); the rest stay in the log. */
const SHOWN = 20;
/**
 * The overseer's view of check-path's warnings: which agent was about to edit
 * a file a sibling had changed, and which lines. Nothing at all (not even a
 * heading) until the first warning, so views of features without the hook read
 * as before.
 */
function predictedSection(feature, agent) {
    const rows = Object.values(feature.predicted ?? {})
        .filter((p) => agent === undefined || p.agent === agent || p.sibling === agent)
        .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
        .slice(0, SHOWN)
        .map((p) => [
        (0,markdown.md)(p.agent),
        (0,markdown.md)(p.path),
        (0,markdown.md)(p.sibling),
        (0,markdown/* sha */.hW)(p.siblingSha),
        (0,markdown.md)(p.ranges
            .map((r) => (r.end < r.start ? `(removed after ${r.end})` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
            .join(', ') || '(file)'),
        (0,markdown/* when */.z7)(p.time),
    ]);
    if (rows.length === 0)
        return [];
    return (0,markdown/* section */.uW)('Predicted conflicts (check-path warnings)', (0,markdown/* table */.tp)(['Agent', 'File', 'Changed by', 'At', "Sibling's lines", 'Warned'], rows), '');
}

// EXTERNAL MODULE: ./shared/integrate/summary-section.ts
var summary_section = __webpack_require__(7120);
;// CONCATENATED MODULE: ./shared/views/render-feature.ts









/** `features/<spec>/overseer.md`: the whole feature, from the overseer's seat. */
function renderOverseerView(projection, feature) {
    const overseer = (0,roles/* overseerOf */.rl)(feature);
    const progress = (0,queries/* taskProgress */.hv)(feature);
    const names = overseer ? (0,queries/* agentAliases */.AA)(overseer) : ['overseer'];
    const reg = feature.registration;
    const lines = [
        `# ${(0,markdown.md)(feature.spec)}${reg ? `: ${(0,markdown.md)(reg.name)}` : ''} (overseer)`,
        '',
        `- Branch: ${overseer ? (0,markdown.md)(overseer.branch) : '_no overseer assigned_'}`,
        ...(reg?.baseBranch ? [`- Base branch: ${(0,markdown.md)(reg.baseBranch)}`] : []),
        ...(reg?.tasksFile ? [`- Tasks file: ${(0,markdown.md)(reg.tasksFile)}`] : []),
        `- Last activity: ${(0,markdown/* when */.z7)((0,queries/* lastActivity */.eg)(feature, names)) || 'none'}`,
        `- Tasks: ${progressText(progress)}`,
        `- ${scanLine(lastScan(projection, 'conflicts', feature.spec), (0,queries/* openConflicts */.cX)(projection, feature.spec).length)}`,
        `- [Dashboard](../../README.md)`,
        '',
        ...agentsSection(feature),
        ...health_section_healthSection(agentHealth(feature).map((health) => ({ health }))),
        ...(0,markdown/* section */.uW)('Tasks', tasksTable(progress.tasks, true), 'No tasks registered.'),
        ...(0,owner_mismatch/* ownerMismatchSection */.b)(projection, feature.spec),
        ...conflictsSection((0,queries/* openConflicts */.cX)(projection, feature.spec), overseer?.branch),
        ...render_sections_divergenceSection(divergenceRows(feature, () => true)),
        ...(0,summary_section/* mergeOrderFromState */.K)(projection, feature.spec, 2),
        ...testsSection((0,queries/* latestTests */.J7)(feature)),
        ...prsSection((0,queries/* openPrs */.uo)(feature)),
        ...render_sections_blockersSection((0,queries/* openBlockers */.AW)(feature)),
        ...(0,guard_state/* guardSection */.$D)((0,findings/* openGuards */.X)(feature), true),
        ...(0,drift_state/* driftSection */.tX)((0,findings/* openDrift */.w)(feature), true),
        ...predictedSection(feature),
        ...usage_section_costSection(projection, feature.spec),
        ...recentSection(feature.recent, false),
    ];
    return (0,markdown/* document */.Al)(lines);
}
/** `features/<spec>/impl-<n>.md`: what one implementor needs to know. */
function renderImplementorView(projection, feature, agent, index) {
    const names = (0,queries/* agentAliases */.AA)(agent);
    const progress = (0,queries/* taskProgress */.hv)(feature);
    const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
    const mineProgress = {
        done: mine.filter((t) => t.state === 'done').length,
        inProgress: mine.filter((t) => t.state === 'in-progress').length,
    };
    const conflicts = (0,queries/* openConflicts */.cX)(projection, feature.spec).filter((c) => c.left === agent.branch || c.right === agent.branch);
    const tests = (0,queries/* latestTests */.J7)(feature).filter((t) => (t.branch ? t.branch === agent.branch : names.includes(t.role)));
    const prs = (0,queries/* openPrs */.uo)(feature).filter((p) => p.head === agent.branch);
    const blockers = (0,queries/* openBlockers */.AW)(feature).filter((b) => b.raised?.agent !== undefined && names.includes(b.raised.agent));
    const lines = [
        `# ${(0,markdown.md)(feature.spec)}: implementor ${index}`,
        '',
        `- Branch: ${(0,markdown.md)(agent.branch)}`,
        `- Last activity: ${(0,markdown/* when */.z7)((0,queries/* lastActivity */.eg)(feature, names)) || 'none'}`,
        `- Feature tasks: ${progressText(progress)}`,
        `- Tasks by this agent: ${mineProgress.done} done, ${mineProgress.inProgress} in progress`,
        `- [Overseer view](overseer.md) · [Dashboard](../../README.md)`,
        '',
        ...(0,markdown/* section */.uW)('Tasks by this agent', tasksTable(mine, false), 'No task reported by this agent yet.'),
        ...conflictsSection(conflicts, agent.branch),
        ...render_sections_divergenceSection(divergenceRows(feature, (branch) => branch === agent.branch)),
        ...testsSection(tests),
        ...prsSection(prs),
        ...render_sections_blockersSection(blockers),
        ...(0,guard_state/* guardSection */.$D)((0,findings/* openGuards */.X)(feature, agent.branch), false),
        ...(0,drift_state/* driftSection */.tX)((0,findings/* openDrift */.w)(feature, agent.branch), false),
        ...predictedSection(feature, agent.branch),
        ...usage_section_costSection(projection, feature.spec, agent.branch),
    ];
    return (0,markdown/* document */.Al)(lines);
}
function agentsSection(feature) {
    const progress = (0,queries/* taskProgress */.hv)(feature);
    const views = (0,roles/* implementorViews */.Zl)(feature);
    const rows = (0,queries/* agentsOf */.et)(feature).map((a) => {
        const names = (0,queries/* agentAliases */.AA)(a);
        const mine = progress.tasks.filter((t) => t.agent !== undefined && names.includes(t.agent));
        const n = (0,roles/* viewIndex */.ue)(a);
        const view = a.role === 'overseer' ? 'overseer.md' : n !== null && views.get(n) === a ? `impl-${n}.md` : null;
        return [
            (0,markdown.md)(a.role) + (n !== null ? ` ${n}` : ''),
            view ? `[${(0,markdown.md)(a.branch)}](${view})` : (0,markdown.md)(a.branch),
            String(mine.filter((t) => t.state === 'done').length),
            String(mine.filter((t) => t.state === 'in-progress').length),
            (0,markdown/* when */.z7)((0,queries/* lastActivity */.eg)(feature, names)),
        ];
    });
    return (0,markdown/* section */.uW)('Agents', (0,markdown/* table */.tp)(['Agent', 'Branch', 'Done', 'In progress', 'Last activity'], rows), 'No agents assigned.');
}
function divergenceRows(feature, keep) {
    const rows = [];
    for (const branch of Object.keys(feature.divergence).sort()) {
        if (!keep(branch))
            continue;
        for (const against of Object.keys(feature.divergence[branch]).sort()) {
            rows.push({ branch, against, state: feature.divergence[branch][against] });
        }
    }
    return rows;
}
function progressText(p) {
    return `${p.done}/${p.total} done${p.merged ? ` (${p.merged} merged)` : ''}, ${p.inProgress} in progress`;
}

;// CONCATENATED MODULE: ./shared/views/render.ts




/**
 * The markdown files for the dashboard and the given features (all when
 * omitted), by their path on the state branch. Output depends only on the
 * projection, so the same events always give the same bytes.
 */
function renderViews(projection, layout, features) {
    return (0,queries/* withOpenConflictsKept */.MP)(projection, () => renderEach(projection, layout, features));
}
function renderEach(projection, layout, features) {
    const files = new Map();
    files.set(layout.dashboardPath, renderDashboard(projection));
    const specs = features ? [...new Set(features)].sort() : Object.keys(projection.features).sort();
    for (const spec of specs) {
        const feature = projection.features[spec];
        if (!feature)
            continue;
        files.set(layout.overseerViewPath(spec), renderOverseerView(projection, feature));
        for (const [index, agent] of [...(0,roles/* implementorViews */.Zl)(feature)].sort((a, b) => a[0] - b[0])) {
            files.set(layout.implementorViewPath(spec, index), renderImplementorView(projection, feature, agent, index));
        }
    }
    // The web dashboard (docs/): the index and the pages of the same features.
    for (const [path, html] of renderSite(projection, specs))
        files.set(layout.full(path), html);
    return files;
}
/** The web dashboard's files an append of events of `features` rewrites (their folders are read before the commit is built). */
function siteFiles(layout, features) {
    return [layout.full(SITE_INDEX), ...features.map((f) => layout.full(sitePage(f)))];
}
/** The views every state store writes: passed to the log where a store is created (see state-store.ts). */
const viewRenderer = { render: renderViews, siteFiles };

;// CONCATENATED MODULE: ./shared/views/state-store.ts



/**
 * The state store with the views of this toolkit: every append re-renders the
 * markdown views and the web dashboard, `verify` compares them. The log below
 * takes the renderer as an option so that it never imports the views; this is
 * where a store is made by everything that writes state.
 */
class StateStore extends store_StateStore {
    constructor(options) {
        super({ ...options, renderer: options.renderer ?? viewRenderer });
    }
}

;// CONCATENATED MODULE: ./shared/workspace/notify-outbox.ts

/**
 * The webhook outbox kept as events on the state branch: `park` records
 * announcements a run could not send, `claim` takes them for sending. A
 * claim's key is the same whichever run makes it, so when runs race, the
 * compare-and-swap adds each claim once and only its adder sends.
 */
function stateOutbox(store, ctx, commit) {
    const stamp = () => ({ actor: ctx.actor, time: ctx.now() });
    const again = (e) => (e.occurrence > 1 ? { occurrence: e.occurrence } : {});
    return {
        async claim(entries) {
            const claims = entries.map((e) => (0,events_events/* makeEvent */.Ld)('notification-claimed', e.feature, { event: e.event, ...again(e) }, stamp()));
            const result = await store.append(claims);
            return new Set(result.pushed ? result.added.map((e) => e.data.event) : []);
        },
        async park(entries, reason) {
            await store.append(entries.map((e) => (0,events_events/* makeEvent */.Ld)('notification-pending', e.feature, { event: e.event, reason: reason || 'not sent', ...again(e) }, stamp())));
        },
        async read(feature, key) {
            if (!commit)
                return null;
            const path = store.layout.eventPath(feature, key);
            try {
                return (0,events_events/* parseEvent */.wj)(await store.git.readBlob(`${commit}:${path}`), path);
            }
            catch {
                return null;
            }
        },
    };
}

;// CONCATENATED MODULE: ./shared/workspace/workspace.ts










/** Folder used when state lives on a code branch (`state-branch: current`). */
const CURRENT_BRANCH_STATE_ROOT = '.orchestrator';
async function openWorkspace(settings, ctx, options = {}) {
    const git = new git_git/* Git */.TU(ctx.cwd, options.remote?.gitEnv);
    // The repository first: its rev-parse brings git's version along, and the checkout's facts when asked
    // (one process at start-up, not three).
    const probe = await git.isRepositoryWith(options.checkoutFacts ? (0,refs/* checkoutFactArgs */.YW)(options.checkoutFacts) : []);
    await git.assertVersion();
    if (!probe.repository)
        throw new errors/* InputError */.dz(`${(0,quote/* quote */.hD)(ctx.cwd)} is not a git repository; run inside a clone (in a workflow: after actions/checkout)`);
    const remote = options.remote?.url ?? settings.remote;
    (0,git_remote/* validateRemote */.bR)(remote);
    const path = configPathOption(settings.configPath);
    const source = typeof options.config === 'function' ? await options.config(git) : (options.config ?? { kind: 'work-tree' });
    const config = await readConfig({ ...source, path }, { cwd: ctx.cwd, git, remote, logger: ctx.logger });
    let stateBranch = settings.stateBranch ?? config.state.branch;
    let stateRoot = '';
    if (stateBranch === 'current') {
        stateBranch = await currentBranch(git, ctx);
        stateRoot = CURRENT_BRANCH_STATE_ROOT;
    }
    (0,validate/* validateBranchName */.eg)(stateBranch, 'state-branch');
    const { dryRun } = settings;
    // Only what this run's compare-and-swap added is announced: a re-run, a shard or a concurrent run adds nothing twice.
    const webhook = settings.notifyWebhook;
    const notifier = webhook && !dryRun ? options.createNotifier?.(webhook, config.notifications, ctx.logger) : undefined;
    const onCommitted = notifier && (async (r) => void (await notifier.announce(r.added, r.projection, stateOutbox(store, ctx, r.commit))));
    const store = new StateStore({
        git,
        remote,
        branch: stateBranch,
        root: stateRoot || undefined,
        logger: ctx.logger,
        dryRun,
        adoptForeign: settings.adoptStateBranch,
        onCommitted,
    });
    return { git, config, remote, stateBranch, stateRoot, dryRun, store, ...(options.checkoutFacts ? { checkout: probe.extra } : {}) };
}
/** For `state-branch: current`: the checked-out branch, else the branch the run is about (a detached CI checkout). */
async function currentBranch(git, ctx) {
    const branch = (await (0,agent_branches/* checkedOutBranch */.iD)(git)) ?? (await (0,agent_branches/* runBranch */.KZ)(git, ctx));
    if (branch)
        return branch;
    throw new errors/* InputError */.dz('state-branch "current" needs a checked-out branch, but HEAD is detached; name the state branch instead');
}

;// CONCATENATED MODULE: ./shared/workspace/settings.ts
/** Reads the workspace settings once from a command's values (only commands that declare COMMON_OPTIONS call it). */
function workspaceSettings(values) {
    return {
        remote: values.string('remote') ?? 'origin',
        configPath: values.string('config'),
        stateBranch: values.string('state-branch'),
        dryRun: values.bool('dry-run'),
        adoptStateBranch: values.bool('adopt-state-branch'),
        notifyWebhook: values.names().includes('notify-webhook') ? values.string('notify-webhook') : undefined,
    };
}

;// CONCATENATED MODULE: ./shared/commands/open-workspace.ts



/**
 * The workspace of a command with COMMON_OPTIONS: its settings read once, and the notify
 * capability plugged in here, at the command layer, so the workspace itself imports no capability.
 */
function openCommandWorkspace(values, ctx, options = {}) {
    return openWorkspace(workspaceSettings(values), ctx, { createNotifier: createNotifier, ...options });
}


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseCommandLines),
/* harmony export */   r: () => (/* binding */ parseCommandList)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3768);


const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
/**
 * Commands as the config gives them: a mapping `{lint: npm run lint}`, or a
 * list of `"lint: npm run lint"` strings or one-key mappings.
 */
function parseCommandList(value, where) {
    const out = [];
    const add = (name, command) => {
        if (typeof name !== 'string' || !NAME.test(name.trim()))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command name ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(String(name))} is not valid; expected letters, digits, spaces, "_", "." or "-"`);
        if (typeof command !== 'string' || command.trim() === '')
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} must be a non-empty string`);
        if (out.some((c) => c.name === name.trim()))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: command ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(name)} is named twice`);
        out.push({ name: name.trim(), command: command.trim() });
    };
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item === 'string') {
                const parsed = splitNamed(item);
                if (!parsed)
                    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(item)} is not "name: command"`);
                add(parsed.name, parsed.command);
            }
            else if (item && typeof item === 'object' && Object.keys(item).length === 1) {
                const [[k, v]] = Object.entries(item);
                add(k, v);
            }
            else
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(JSON.stringify(item))} is not "name: command"`);
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            add(k, v);
    }
    else
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: must be a mapping or a list of "name: command", got ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(JSON.stringify(value))}`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} line ${i + 1} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(line)} is not valid; expected "name: command", e.g. "lint: npm run lint"`);
        if (out.some((c) => c.name === parsed.name))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} line ${i + 1}: the name ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(parsed.name)} is used twice`);
        out.push(parsed);
    });
    return out;
}
function splitNamed(line) {
    const m = /^\s*([^:]+?)\s*:\s+(.+?)\s*$/.exec(line);
    return m ? { name: m[1], command: m[2] } : null;
}


/***/ }),

/***/ 5967:
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
var confine_path = __webpack_require__(5679);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/config/commands.ts
var commands = __webpack_require__(83);
;// CONCATENATED MODULE: ./shared/config/notify-settings.ts


/** What can be announced: event kinds, plus `test-failed` (a test-result with failures). */
const NOTIFY_KINDS = [
    'conflict-detected',
    'conflict-resolved',
    'test-failed',
    'guard-violation',
    'blocker-raised',
    'budget-crossed',
];
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
        throw new errors/* ConfigurationError */.j1(`${where}: notifications must be a mapping, got ${(0,quote/* quoteValue */.cl)(value)}`);
    }
    for (const [key, v] of Object.entries(value)) {
        const at = `notifications.${key}`;
        if (/url|webhook/i.test(key)) {
            throw new errors/* ConfigurationError */.j1(`${where}: ${at} is not accepted: a webhook address is a secret and must not be committed; pass it with the notify-webhook input from a repository secret`);
        }
        if (!(key in KEYS))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(at)}; expected one of ${Object.keys(KEYS).join(', ')}`);
        if (key === 'format') {
            if (v !== 'auto' && v !== 'slack' && v !== 'discord' && v !== 'json')
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} ${(0,quote/* quote */.hD)(String(v))} is not valid; expected auto, slack, discord or json`);
            settings.format = v;
        }
        else if (key === 'kinds') {
            if (!Array.isArray(v) || v.some((k) => !NOTIFY_KINDS.includes(k)))
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} must be a list of ${NOTIFY_KINDS.join(', ')}; got ${(0,quote/* quote */.hD)(JSON.stringify(v))}`);
            settings.kinds = [...new Set(v)];
        }
        else {
            const [min, max] = RANGES[key];
            if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
                throw new errors/* ConfigurationError */.j1(`${where}: ${at} ${(0,quote/* quote */.hD)(JSON.stringify(v))} is not valid; expected a whole number from ${min} to ${max}`);
            settings[KEYS[key]] = v;
        }
    }
    return settings;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
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
        throw new errors/* ConfigurationError */.j1(`${where}: scope must be a mapping, got ${(0,quote/* quoteValue */.cl)(value)}`);
    const raw = value;
    for (const key of Object.keys(raw))
        if (!scope_settings_KEYS.includes(key))
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(`scope.${key}`)}; expected one of ${scope_settings_KEYS.join(', ')}`);
    if (raw.mode !== undefined) {
        if (typeof raw.mode !== 'string' || !SCOPE_MODES.includes(raw.mode))
            throw new errors/* ConfigurationError */.j1(`${where}: scope.mode ${(0,quote/* quote */.hD)(typeof raw.mode === 'string' ? raw.mode : (JSON.stringify(raw.mode) ?? String(raw.mode)))} is not valid; expected off, warn or fail`);
        settings.mode = raw.mode;
    }
    if (raw.allow !== undefined) {
        const list = raw.allow;
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === ''))
            throw new errors/* ConfigurationError */.j1(`${where}: scope.allow must be a list of glob patterns (strings), got ${(0,quote/* quote */.hD)(JSON.stringify(list))}`);
        for (const p of list) {
            if (p.trim().startsWith('/') || p.split('/').includes('..'))
                throw new errors/* ConfigurationError */.j1(`${where}: scope.allow ${(0,quote/* quote */.hD)(p)} must be relative to the repository root, e.g. docs/**`);
            try {
                picomatch_default().makeRe(p);
            }
            catch {
                throw new errors/* ConfigurationError */.j1(`${where}: scope.allow ${(0,quote/* quote */.hD)(p)} is not a valid glob`);
            }
        }
        settings.allow = list;
    }
    if (raw['companion-tests'] !== undefined) {
        if (typeof raw['companion-tests'] !== 'boolean')
            throw new errors/* ConfigurationError */.j1(`${where}: scope.companion-tests must be true or false, got ${(0,quote/* quote */.hD)(JSON.stringify(raw['companion-tests']))}`);
        settings.companionTests = raw['companion-tests'];
    }
    return settings;
}

;// CONCATENATED MODULE: ./shared/config/usage-settings.ts


/** The list prices of the vendors on DEFAULT_PRICES_DATE (USD per million tokens); override under usage.prices. */
const DEFAULT_PRICES_DATE = '2025-12-01';
const DEFAULT_PRICES = {
    // Anthropic: input, output, 5-minute cache write, cache read.
    'claude-opus-4-5': [5, 25, 6.25, 0.5],
    'claude-opus-4': [15, 75, 18.75, 1.5],
    'claude-sonnet-4': [3, 15, 3.75, 0.3],
    'claude-3-7-sonnet': [3, 15, 3.75, 0.3],
    'claude-haiku-4-5': [1, 5, 1.25, 0.1],
    'claude-3-5-haiku': [0.8, 4, 1, 0.08],
    // OpenAI (Codex): no cache write charge; cached input is read.
    'gpt-5-codex': [1.25, 10, 0, 0.125],
    'gpt-5-mini': [0.25, 2, 0, 0.025],
    'gpt-5': [1.25, 10, 0, 0.125],
};
function defaultUsageSettings() {
    const models = Object.create(null);
    for (const [model, [input, output, cacheWrite, cacheRead]] of Object.entries(DEFAULT_PRICES))
        models[model] = { input, output, cacheWrite, cacheRead };
    return { prices: { date: DEFAULT_PRICES_DATE, models }, budgets: {} };
}
const PRICE_KEYS = {
    input: 'input',
    output: 'output',
    'cache-write': 'cacheWrite',
    'cache-read': 'cacheRead',
};
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/;
const MAX_USD = 1_000_000;
/**
 * Parses `usage:`. Models given under `prices.models` are added to the shipped
 * table (or replace a model of the same name); a table with models of its own
 * must say the date of its prices. Every error names the file, the key and the value.
 */
function parseUsageSettings(value, where) {
    const settings = defaultUsageSettings();
    const root = mapping(value, 'usage', where);
    for (const key of Object.keys(root))
        if (key !== 'prices' && key !== 'budgets')
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(`usage.${key}`)}; expected prices or budgets`);
    if (root.prices !== undefined) {
        const prices = mapping(root.prices, 'usage.prices', where);
        for (const key of Object.keys(prices))
            if (key !== 'date' && key !== 'models')
                throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(`usage.prices.${key}`)}; expected date or models`);
        const date = prices.date instanceof Date ? prices.date.toISOString().slice(0, 10) : prices.date;
        if (date !== undefined) {
            if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
                throw new errors/* ConfigurationError */.j1(`${where}: usage.prices.date must be the date of the prices like 2026-01-31, got ${shown(date)}`);
            settings.prices.date = date;
        }
        if (prices.models !== undefined) {
            if (date === undefined)
                throw new errors/* ConfigurationError */.j1(`${where}: usage.prices.models needs usage.prices.date, the date the prices were read (e.g. 2026-01-31)`);
            for (const [model, price] of Object.entries(mapping(prices.models, 'usage.prices.models', where))) {
                const at = `usage.prices.models.${model}`;
                if (!MODEL.test(model))
                    throw new errors/* ConfigurationError */.j1(`${where}: ${(0,quote/* quote */.hD)(at)}: a model name is letters, digits and . _ : @ / - (at most 100)`);
                const p = mapping(price, at, where);
                const parsed = { input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };
                for (const [key, v] of Object.entries(p)) {
                    if (!(key in PRICE_KEYS))
                        throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(`${at}.${key}`)}; expected ${Object.keys(PRICE_KEYS).join(', ')}`);
                    parsed[PRICE_KEYS[key]] = usd(v, `${at}.${key}`, where, 0);
                }
                for (const key of ['input', 'output'])
                    if (p[key] === undefined)
                        throw new errors/* ConfigurationError */.j1(`${where}: ${at}.${key} is required (US dollars per million tokens)`);
                settings.prices.models[model] = parsed;
            }
        }
    }
    if (root.budgets !== undefined) {
        const budgets = mapping(root.budgets, 'usage.budgets', where);
        for (const [key, v] of Object.entries(budgets)) {
            if (key !== 'feature' && key !== 'agent' && key !== 'task')
                throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(`usage.budgets.${key}`)}; expected feature, agent or task`);
            settings.budgets[key] = usd(v, `usage.budgets.${key}`, where, 0.000001);
        }
    }
    return settings;
}
function mapping(value, key, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} must be a mapping, got ${(0,quote/* quoteValue */.cl)(value)}`);
    return value;
}
function usd(value, key, where, min) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_USD)
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} must be an amount in US dollars from ${min} to ${MAX_USD}, got ${shown(value)}`);
    return value;
}
function shown(value) {
    return typeof value === 'string' ? (0,quote/* quote */.hD)(value) : (0,quote/* quoteValue */.cl)(value);
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
        usage: defaultUsageSettings(),
    };
}
const KNOWN = {
    '': [
        'version',
        'branches',
        'state',
        'tasks',
        'protected-paths',
        'roles',
        'conflicts',
        'pull-requests',
        'notifications',
        'scope',
        'usage',
    ],
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
async function loadConfig(cwd, path) {
    const rel = path || DEFAULT_CONFIG_PATH;
    const file = (0,external_node_path_.join)(cwd, rel);
    if (!lexists(file)) {
        if (path)
            throw new errors/* ConfigurationError */.j1(`config file ${(0,quote/* quote */.hD)(rel)} does not exist (looked in ${cwd})`);
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
/**
 * The YAML parser is loaded when a file is there to parse: a repository without a config file (the defaults) never
 * loads it, which spares every command of such a repository about 40 ms of start-up.
 */
async function parseConfig(text, where) {
    const { parseDocument } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const doc = parseDocument(text, { uniqueKeys: true });
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
        throw new errors/* ConfigurationError */.j1(`${where}: version ${(0,quote/* quote */.hD)(String(root.version))} is not supported; expected 1`);
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
                throw new errors/* ConfigurationError */.j1(`${where}: tasks.file ${(0,quote/* quote */.hD)(f)} must be a relative path containing {spec}, e.g. specs/{spec}/tasks.md`);
            }
            config.tasks.file = f;
        }
    }
    if (root['protected-paths'] !== undefined) {
        const list = root['protected-paths'];
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
            throw new errors/* ConfigurationError */.j1(`${where}: protected-paths must be a list of glob patterns (strings), got ${(0,quote/* quote */.hD)(JSON.stringify(list))}`);
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
                throw new errors/* ConfigurationError */.j1(`${where}: conflicts.scope ${(0,quote/* quote */.hD)(scope)} is not valid; expected feature or all`);
            config.conflicts.scope = scope;
        }
    }
    if (root['pull-requests'] !== undefined) {
        const p = object(root['pull-requests'], 'pull-requests', where);
        checkKeys(p, 'pull-requests', where);
        const rule = str(p['non-agent-into-overseer'], 'pull-requests.non-agent-into-overseer', where);
        if (rule !== undefined) {
            if (rule !== 'allow' && rule !== 'refuse')
                throw new errors/* ConfigurationError */.j1(`${where}: pull-requests.non-agent-into-overseer ${(0,quote/* quote */.hD)(rule)} is not valid; expected allow or refuse`);
            config.pullRequests.nonAgentIntoOverseer = rule;
        }
    }
    if (root.notifications !== undefined)
        config.notifications = parseNotifications(root.notifications, where);
    if (root.scope !== undefined)
        config.scope = parseScopeSettings(root.scope, where);
    if (root.usage !== undefined)
        config.usage = parseUsageSettings(root.usage, where);
    return config;
}
function object(value, key, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigurationError */.j1(`${where}: ${key || 'the file'} must be a mapping, got ${(0,quote/* quoteValue */.cl)(value)}`);
    }
    return value;
}
function checkKeys(value, key, where) {
    for (const k of Object.keys(value)) {
        if (!KNOWN[key]?.includes(k)) {
            const at = key ? `${key}.${k}` : k;
            throw new errors/* ConfigurationError */.j1(`${where}: unknown key ${(0,quote/* quote */.hD)(at)}; expected one of ${KNOWN[key]?.join(', ')}`);
        }
    }
}
function str(value, key, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} must be a non-empty string, got ${(0,quote/* quoteValue */.cl)(value)}`);
    }
    return value;
}
function branch(value, key, where) {
    const problem = (0,validate/* branchNameProblem */.hq)(value);
    if (problem)
        throw new errors/* ConfigurationError */.j1(`${where}: ${key} ${(0,quote/* quote */.hD)(value)} is not a valid branch name: ${problem}`);
    return value;
}


/***/ }),

/***/ 5679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nb: () => (/* binding */ confineFolder),
/* harmony export */   Sr: () => (/* binding */ confineOutput),
/* harmony export */   _P: () => (/* binding */ confineWrite),
/* harmony export */   ey: () => (/* binding */ confinePath),
/* harmony export */   ic: () => (/* binding */ writeConfined),
/* harmony export */   ro: () => (/* binding */ replaceConfined)
/* harmony export */ });
/* unused harmony exports readConfined, makeFoldersConfined */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3768);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1672);





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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`);
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
        refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real)}, outside the allowed folders`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: folder ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(folder)} leads to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`);
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
    const shown = (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(given ?? absolute);
    const refuse = (why) => {
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${shown} cannot be written: ${why}; nothing was written`);
    };
    if (CONTROL.test(absolute))
        refuse('its path contains control characters');
    if (rel === '' || rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        refuse(`it is not inside ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(root)}`);
    const parts = rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    let at = root;
    for (const [i, part] of parts.entries()) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, part);
        const stat = statOrNull(at);
        if (!stat)
            break;
        const leaf = i === parts.length - 1;
        if (stat.isSymbolicLink())
            refuse(`${at === absolute ? 'it' : (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one; replace it with a real ${leaf ? 'file' : 'folder'} or remove it`);
        if (!leaf && !stat.isDirectory())
            refuse(`${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is not a folder`);
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
    return readFileSync(absolute, 'utf8');
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(absolute)} could not be written: ${error.message}; nothing was written`);
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
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is ${stat?.isSymbolicLink() ? `a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one` : 'not a folder'}; nothing was written`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} is not allowed: it reaches ${real ? (0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(real) : 'the allowed folders'} through a symbolic link; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}) without links`);
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
                throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(value)} cannot be written: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(at)} is a symbolic link (to ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_4__/* .quotePath */ .WG)(linkTarget(at))}), and we never write through one; nothing was written`);
        }
        return { root, path: absolute };
    }
    return { root, path: confineWrite(root, absolute, what, value) };
}


/***/ }),

/***/ 6667:
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

/***/ 9671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ isEmptyRange),
/* harmony export */   Gk: () => (/* binding */ formatRanges),
/* harmony export */   Lu: () => (/* binding */ formatRange),
/* harmony export */   bK: () => (/* binding */ annotationLines)
/* harmony export */ });
function isEmptyRange(r) {
    return r.end < r.start;
}
/** "7", "7-9", or "deleted at line 3" for an empty range. */
function formatRange(r, dash = '-') {
    if (isEmptyRange(r))
        return `deleted at line ${r.start}`;
    return r.start === r.end ? `${r.start}` : `${r.start}${dash}${r.end}`;
}
/** Ranges joined with ", ", at most `max` of them ("…, +3 more"); `empty` when there are none. */
function formatRanges(list, options = {}) {
    if (list.length === 0)
        return options.empty ?? '';
    const max = options.max ?? Infinity;
    const shown = list.slice(0, max).map((r) => formatRange(r, options.dash));
    return shown.join(', ') + (list.length > max ? `, +${list.length - max} more` : '');
}
/**
 * The lines an annotation points at for a range: the range itself, or for an
 * empty one the line before the gap (line 1 at the start of a file).
 */
function annotationLines(r) {
    if (!isEmptyRange(r))
        return { startLine: r.start, endLine: r.end };
    const line = Math.max(1, r.start - 1);
    return { startLine: line, endLine: line };
}


/***/ }),

/***/ 3292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ readObjects),
/* harmony export */   Bz: () => (/* binding */ objectTypes),
/* harmony export */   Fn: () => (/* binding */ catFileBatch),
/* harmony export */   Iv: () => (/* binding */ blobSizes),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   gu: () => (/* binding */ readBatchRecord)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _temp_output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8969);


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
        const word = stdout.subarray(pos, pos + name.length).equals(name)
            ? MISSING.find((w) => stdout.subarray(pos + name.length, pos + name.length + w.length).equals(w))
            : undefined;
        if (word) {
            out.push(null);
            pos += name.length + word.length;
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

/***/ 7361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ gitProcessCount),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   zy: () => (/* binding */ versionAtLeast)
/* harmony export */ });
/* unused harmony exports MINIMUM_GIT, parseGitVersion, versionOfTrace, configOfTrace */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);



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

/***/ 5805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ subfolderNames),
/* harmony export */   PQ: () => (/* binding */ storePack),
/* harmony export */   QR: () => (/* binding */ lsTreeEntry),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   gf: () => (/* binding */ lsTreeRootEntry),
/* harmony export */   kb: () => (/* binding */ lsTree),
/* harmony export */   pp: () => (/* binding */ readFileBytesAt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
/**
 * Stores a pack's objects (see pack.ts) whatever their number and types, kept as one file with its index
 * (faster than a loose file per object, which unpack-objects writes). With the index made in process (the
 * one `git index-pack` would write, byte for byte), the two files are written into the object folder the
 * way git writes them, with no process: the pack first, its index last (git finds a pack by its index),
 * each under a temporary name, flushed to disk, then renamed. Without one, `git index-pack --stdin`.
 */
async function storePack(git, made) {
    // A repository shared with a group (core.sharedRepository) gets the permissions git gives it; one whose
    // setting is not known here (no trace of it) is left to git as well.
    if (!made.idx || git.seenSharedRepository() !== false) {
        await git.exec(['index-pack', '--stdin'], { input: made.pack });
        return;
    }
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await git.objectsDir(), 'pack');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(folder, { recursive: true });
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `pack-${made.checksum}`);
    // The same name is the same pack (it is named by its checksum): already there whole, nothing to write.
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${name}.idx`) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(`${name}.pack`))
        return;
    writeWhole(folder, `${name}.pack`, made.pack);
    writeWhole(folder, `${name}.idx`, made.idx);
}
/** `content` at `path`: written to a new temporary file in `folder` (never through a link), synced, then renamed. */
function writeWhole(folder, path, content) {
    const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `tmp_orch_${process.pid}_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    // Read-only, as git leaves its packs.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temp, 'wx', 0o444);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, content);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temp, { force: true });
        throw error;
    }
}


/***/ }),

/***/ 8337:
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

/***/ 4435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C8: () => (/* binding */ gitPath),
/* harmony export */   Dy: () => (/* binding */ listRefs),
/* harmony export */   EA: () => (/* binding */ updateRefs),
/* harmony export */   Ow: () => (/* binding */ repositoryFacts),
/* harmony export */   YW: () => (/* binding */ checkoutFactArgs),
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
/* unused harmony export gitFile */
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
    return git.objectFormat();
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
/** Sets every `ref` to its commit with one `update-ref --stdin` (one transaction: all or none). */
async function updateRefs(git, updates) {
    if (updates.length === 0)
        return;
    await git.run(['update-ref', '-z', '--stdin'], { input: updates.map(([ref, value]) => `update ${ref}\0${value}\0\0`).join('') });
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
    const r = await git.exec(['rev-parse', ...checkoutFactArgs(cacheFile)], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\n') : null;
}
/** `checkoutFacts`' arguments to rev-parse (also asked with the repository's first rev-parse: `Git.isRepositoryWith`). */
function checkoutFactArgs(cacheFile) {
    return ['--show-toplevel', '--git-path', cacheFile, '--git-path', 'FETCH_HEAD', 'HEAD', '--symbolic-full-name', 'HEAD'];
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
        .map((l) => resolvePath(git.cwd, l.trim()));
    const root = [gitDir, common].filter((r) => file.startsWith(`${r}${pathSep}`)).sort((a, b) => b.length - a.length)[0];
    // Outside both (core.hooksPath naming a folder of the person's): that folder is the root, the file itself is checked.
    return { root: root ?? dirname(file), path: file };
}
/** What a repository's refs, HEAD and index say now, as one string: equal strings mean nothing there moved. */
async function repositoryFacts(git) {
    const refs = await git.run(['for-each-ref', '--format=%(refname) %(objectname)']);
    const head = await git.exec(['symbolic-ref', '-q', 'HEAD'], { allowedExitCodes: [0, 1] });
    const config = await git.exec(['config', '--local', '--list', '-z'], { allowedExitCodes: [0, 1] });
    const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no']);
    return JSON.stringify([refs, head.stdout.trim(), (await git.resolveCommit('HEAD')) ?? '', config.stdout, status]);
}


/***/ }),

/***/ 6543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ PRIVATE_PREFIX),
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
/* unused harmony exports privateHeads, fetchPruned */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3768);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4435);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1672);




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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(remote)} is not valid; expected a remote name such as origin, or a path or URL`);
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
async function fetchBranches(git, remote, branches, listed, options = {}) {
    const out = new Map();
    if (branches.length === 0)
        return out;
    const pinned = listed ? await pinListed(git, branches, listed, options) : null;
    if (pinned)
        return pinned;
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
/**
 * The branches at the commits `listed` (just read from the remote by `ls-remote`), set in the private refs
 * without a fetch when every one of those commits is the tip of a ref here already: a fresh clone has them
 * all as remote-tracking branches, and a ref's commit comes with its whole history, so a fetch would bring
 * nothing but would still cost a round trip and a negotiation. Null when some commit is not here (fetch).
 */
async function pinListed(git, branches, listed, { alsoIfHere = [], deferPin }) {
    if (branches.some((b) => !listed.has(b)))
        return null;
    const here = new Map();
    const tips = new Set();
    for (const line of (await (0,_refs__WEBPACK_IMPORTED_MODULE_3__/* .listRefs */ .Dy)(git, '%(objecttype) %(objectname) %(refname)', ['refs/'])).split('\n')) {
        const m = /^commit ([0-9a-f]+) (.+)$/.exec(line);
        if (!m)
            continue;
        tips.add(m[1]);
        here.set(m[2], m[1]);
    }
    if (branches.some((b) => !tips.has(listed.get(b))))
        return null;
    const targets = [
        ...branches.map((b) => [b, privateRef(b)]),
        ...alsoIfHere.filter(([b]) => listed.has(b) && tips.has(listed.get(b))),
    ];
    const pinning = (0,_refs__WEBPACK_IMPORTED_MODULE_3__/* .updateRefs */ .EA)(git, targets.filter(([b, ref]) => here.get(ref) !== listed.get(b)).map(([b, ref]) => [ref, listed.get(b)]));
    if (deferPin) {
        // Its error is the caller's, where it awaits it; never an unhandled rejection if the caller fails first.
        pinning.catch(() => undefined);
        deferPin(pinning);
    }
    else
        await pinning;
    return new Map(targets.map(([b]) => [b, listed.get(b)]));
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
    let defaultSha = null;
    for (const line of out.split('\n')) {
        const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
        if (symref)
            defaultBranch = symref[1];
        const tab = line.indexOf('\t');
        const ref = line.slice(tab + 1);
        if (tab > 0 && !line.startsWith('ref: ') && ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), line.slice(0, tab));
        if (tab > 0 && !line.startsWith('ref: ') && ref === 'HEAD')
            defaultSha = line.slice(0, tab);
    }
    return { heads, defaultBranch, ...(defaultBranch && defaultSha ? { defaultSha } : {}) };
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot tell the default branch of remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(remote)}; pass base (a branch, tag or commit)`);
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
    throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`base ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(name)} is not a branch, tag or commit of remote ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(remote)}; expected an existing branch (e.g. main), tag or full commit id`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(sha)} is not a full commit id`);
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

/***/ 8969:
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

/***/ 5043:
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

/***/ 2631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   El: () => (/* binding */ orderInputFromProjection),
/* harmony export */   vY: () => (/* binding */ orderInputFromReport)
/* harmony export */ });
/* unused harmony exports guardViolationsFrom, holdBacksOf */
/* harmony import */ var _conflicts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6667);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9560);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3748);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4337);


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

/***/ 1285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cz: () => (/* binding */ renderOrderText),
/* harmony export */   oC: () => (/* binding */ renderOrderMarkdown)
/* harmony export */ });
/* unused harmony export orderHeadline */
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1043);

/** One line: what the order costs. */
function orderHeadline(o) {
    if (!o.steps.length)
        return o.heldBack.length ? 'Nothing can be merged now: every pull request with changes is held back.' : 'Nothing to merge.';
    const existing = o.existingConflicts
        ? ` (and ${o.existingConflicts} that already conflict${o.existingConflicts === 1 ? 's' : ''} with the overseer)`
        : '';
    return `${o.steps.length} merge(s) in this order; ${o.newConflicts} of them will hit a new conflict${existing}${o.exact ? ', the fewest possible' : ''}.`;
}
/** Markdown lines (heading level given), for the job summaries, the overseer's state file and its pull request body. */
function renderOrderMarkdown(o, level = 3, title = 'Merge order') {
    const lines = [`${'#'.repeat(level)} ${title} into ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(o.overseer)}`, '', orderHeadline(o), ''];
    if (o.steps.length)
        lines.push(...(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Step', 'Pull request', 'Agent', 'Predicted', 'Why'], o.steps.map((s) => [
            String(s.position),
            s.pr !== undefined ? `#${s.pr}` : '_no PR_',
            (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.name),
            s.conflicts ? '**conflict**' : 'clean',
            (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.reason, 400),
        ])), '');
    if (o.heldBack.length)
        lines.push('**Held back** (merge after fixing):', '', ...o.heldBack.map((h) => `- ${h.pr !== undefined ? `#${h.pr} ` : ''}${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.name)}: ${h.kind === 'failing-checks' ? 'failing checks' : 'guard violation'}: ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.detail, 300)}`), '');
    if (o.upToDate.length)
        lines.push(`Nothing to merge from ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(o.upToDate.join(', '))}.`, '');
    return lines;
}
function renderOrderText(o) {
    const lines = [`Merge order into ${o.overseer}: ${orderHeadline(o)}`];
    for (const s of o.steps)
        lines.push(`  ${s.position}. ${s.pr !== undefined ? `#${s.pr} ` : ''}${s.name} (${s.branch}): ${s.conflicts ? 'CONFLICT' : 'clean'} - ${s.reason}`);
    for (const h of o.heldBack)
        lines.push(`  held back: ${h.pr !== undefined ? `#${h.pr} ` : ''}${h.name}: ${h.kind}: ${h.detail}`);
    if (o.upToDate.length)
        lines.push(`  nothing to merge: ${o.upToDate.join(', ')}`);
    return lines.join('\n');
}


/***/ }),

/***/ 7120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ mergeOrderFromState),
/* harmony export */   v: () => (/* binding */ mergeOrderSummary)
/* harmony export */ });
/* harmony import */ var _merge_order__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5043);
/* harmony import */ var _order_input__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2631);
/* harmony import */ var _render_order__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1285);



/** The detect-conflicts job summary's merge-order section: one per feature of the scan that has an overseer. */
function mergeOrderSummary(report, projection, guard = new Map()) {
    const specs = [...new Set(report.branches.filter((b) => b.role === 'overseer').map((b) => b.spec))].sort();
    const lines = [];
    for (const spec of specs) {
        const input = (0,_order_input__WEBPACK_IMPORTED_MODULE_0__/* .orderInputFromReport */ .vY)(report, spec, projection ?? undefined, guard);
        if (!input || !input.candidates.length)
            continue;
        lines.push(...(0,_render_order__WEBPACK_IMPORTED_MODULE_1__/* .renderOrderMarkdown */ .oC)((0,_merge_order__WEBPACK_IMPORTED_MODULE_2__/* .mergeOrder */ .l)(input), 3, `${spec}: merge order`));
    }
    return lines.length ? `\n${lines.join('\n')}` : '';
}
/** The same section from the state alone, for the overseer's state file and its pull request body (empty when unknown). */
function mergeOrderFromState(projection, spec, level, guard = new Map()) {
    const input = (0,_order_input__WEBPACK_IMPORTED_MODULE_0__/* .orderInputFromProjection */ .El)(projection, spec, guard);
    if (!input || !input.candidates.length)
        return [];
    return (0,_render_order__WEBPACK_IMPORTED_MODULE_1__/* .renderOrderMarkdown */ .oC)((0,_merge_order__WEBPACK_IMPORTED_MODULE_2__/* .mergeOrder */ .l)(input), level);
}


/***/ }),

/***/ 5748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ branchGlob),
/* harmony export */   K1: () => (/* binding */ agentBranch),
/* harmony export */   Qd: () => (/* binding */ parseBranch),
/* harmony export */   X4: () => (/* binding */ validateNaming),
/* harmony export */   gK: () => (/* binding */ formatBranch),
/* harmony export */   pF: () => (/* binding */ DEFAULT_NAMING)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3768);



const DEFAULT_NAMING = { pattern: 'feature/{spec}/{role}', overseer: 'overseer', implementor: 'impl-{n}' };
const SPEC_RE = '(\\d{3,}(?:-\\d{6})?-[a-z0-9]+(?:-[a-z0-9]+)*)';
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Checks a naming configuration; `where` names the config file or input for messages. */
function validateNaming(naming, where) {
    const count = (s, token) => s.split(token).length - 1;
    if (count(naming.pattern, '{spec}') !== 1 || count(naming.pattern, '{role}') !== 1) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.pattern ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(naming.pattern)} must contain {spec} and {role} exactly once, e.g. feature/{spec}/{role}`);
    }
    if (count(naming.implementor, '{n}') !== 1) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.implementor ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(naming.implementor)} must contain {n} exactly once, e.g. impl-{n}`);
    }
    const sample = formatBranch(naming, '001-sample', 'implementor', 1);
    const sampleO = formatBranch(naming, '001-sample', 'overseer');
    for (const [key, value] of [
        ['pattern', sample],
        ['overseer', sampleO],
    ]) {
        const problem = (0,_validate__WEBPACK_IMPORTED_MODULE_2__/* .branchNameProblem */ .hq)(value);
        if (problem)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.${key} gives branch names like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(value)}, which is not valid: ${problem}`);
    }
    if (naming.overseer.includes('{') || naming.overseer === '' || /^\{n\}$/.test(naming.implementor)) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where}: branches.overseer ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_1__/* .quote */ .hD)(naming.overseer)} must be a plain name such as overseer`);
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

/***/ 198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ ROLE_FILE),
/* harmony export */   Jc: () => (/* binding */ ROLE_FILES),
/* harmony export */   ak: () => (/* binding */ readRoleFiles)
/* harmony export */ });
/* unused harmony exports CLAUDE_ROLE_FILE, MAX_ROLE_FILE_BYTES, parseRoleFile, formatRoleFile */
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

/***/ 89:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3768);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1672);



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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)} is not valid: ${problem}; expected NNN-short-name (3+ digits, a dash, lowercase letters, digits and dashes, e.g. 004-user-auth) or YYYYMMDD-HHMMSS-short-name`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)} is not valid: ${problem}; expected a branch name of letters, digits, ".", "_", "-" and "/" (e.g. feature/004-user-auth/impl-1)`);
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
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(value)} is not valid: ${problem}; expected a path relative to the repository root`);
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

/***/ 1448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ collapsedBrief)
});

// EXTERNAL MODULE: ./shared/integrate/order-input.ts
var order_input = __webpack_require__(2631);
// EXTERNAL MODULE: ./shared/integrate/merge-order.ts
var merge_order = __webpack_require__(5043);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(9560);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/text/cli-invocation.ts
var cli_invocation = __webpack_require__(7921);
;// CONCATENATED MODULE: ./shared/resolution/rebase-plan.ts




/**
 * The branch merged later (in the feature's merge order) rebases onto the one
 * merged first. An implementor conflicting with its overseer merges the
 * overseer in. With no order that covers both, the rule is stated: the branch
 * whose name sorts later moves (the same answer from the state alone, as the
 * dashboard and the pull-request notice give it, and from a full brief).
 */
function rebasePlan(projection, facts, remote) {
    const { left, right } = facts;
    // The same for every conflict of the feature: computed once for all the briefs of a page (keptFor).
    const spec = facts.spec;
    const input = spec ? (0,queries/* keptFor */.eG)(projection, `order-input\0${spec}`, () => (0,order_input/* orderInputFromProjection */.El)(projection, spec)) : null;
    let decided = null;
    const overseer = input?.overseer ?? facts.overseer;
    if (overseer && (left === overseer || right === overseer)) {
        const impl = left === overseer ? right : left;
        decided = {
            rebases: impl,
            onto: overseer,
            from: 'overseer',
            reason: `${impl} merges into ${overseer}: it takes the overseer's changes`,
        };
    }
    else if (input) {
        const order = (0,queries/* keptFor */.eG)(projection, `merge-order\0${spec}`, () => (0,merge_order/* mergeOrder */.l)(input));
        const pos = (b) => order.steps.find((s) => s.branch === b)?.position;
        const [l, r] = [pos(left), pos(right)];
        if (l !== undefined && r !== undefined) {
            const [first, later] = l < r ? [left, right] : [right, left];
            decided = {
                rebases: later,
                onto: first,
                from: 'merge-order',
                reason: `the merge order into ${input.overseer} takes ${first} at step ${Math.min(l, r)} and ${later} at step ${Math.max(l, r)}`,
                overseer: input.overseer,
            };
        }
    }
    if (!decided) {
        const why = !facts.spec
            ? 'the branches belong to no registered feature'
            : !input
                ? `feature ${facts.spec} has no overseer on record`
                : 'the merge order does not place both branches (held back or nothing to merge)';
        const [rebases, onto] = left > right ? [left, right] : [right, left];
        decided = {
            rebases,
            onto,
            from: 'rule',
            reason: `no merge order is derivable (${why}); by rule the branch whose name sorts later rebases: ${rebases}`,
            ...(input ? { overseer: input.overseer } : {}),
        };
    }
    return { ...decided, ...commandsFor(decided.rebases, decided.onto, remote, decided.overseer) };
}
function commandsFor(rebases, onto, remote, overseer) {
    const q = cli_invocation/* shellWord */.r7;
    // A named remote has tracking refs; a path or URL does not, so its branch is fetched to a ref of our own.
    const named = (0,git_remote/* isRemoteName */.wB)(remote);
    const ref = (b) => (named ? `${remote}/${b}` : `refs/orchestrator/brief/${b}`);
    const fetch = named
        ? `git fetch ${q(remote)} ${q(onto)} ${q(rebases)}`
        : `git fetch ${q(remote)} ${q(`+refs/heads/${onto}:${ref(onto)}`)}`;
    const start = [fetch, `git switch ${q(rebases)}`];
    const push = `git push --force-with-lease ${q(remote)} ${q(rebases)}`;
    const later = overseer && overseer !== onto
        ? [`# or, once ${onto} has merged into ${overseer}: git fetch ${q(remote)} ${q(overseer)} && git rebase ${q(ref(overseer))}`]
        : [];
    return {
        commands: [
            ...start,
            `git rebase ${q(ref(onto))}`,
            '# resolve each conflict, git add the files, then: git rebase --continue',
            push,
            ...later,
        ],
        mergeCommands: [
            ...start,
            `git merge ${q(ref(onto))}`,
            '# resolve, git add the files, then: git commit',
            `git push ${q(remote)} ${q(rebases)}`,
        ],
    };
}

;// CONCATENATED MODULE: ./shared/resolution/collapsed.ts

/**
 * The collapsed brief of a recorded conflict from the state alone (no git):
 * what the dashboard and the pull-request notice show. Its hunk count is the
 * recorded ranges (one per hunk), and who rebases follows the same rule as the
 * full brief (rebasePlan).
 */
function collapsedBrief(projection, conflict, cli = 'orchestrator') {
    const plan = rebasePlan(projection, { spec: conflict.feature, left: conflict.left, right: conflict.right }, 'origin');
    const files = conflict.files.map((f) => ({ path: f.path, hunks: f.leftRanges.length }));
    return {
        files,
        hunks: files.reduce((n, f) => n + f.hunks, 0),
        rebases: plan.rebases,
        onto: plan.onto,
        reason: plan.reason,
        command: `${cli} conflicts brief ${conflict.id}`,
    };
}


/***/ }),

/***/ 1205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ driftTasksText),
/* harmony export */   pm: () => (/* binding */ driftEvents),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* unused harmony export MAX_RECORDED_DRIFT */
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1043);
/* harmony import */ var _scope_drift__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(260);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2071);
/* harmony import */ var _guard_state__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6555);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9611);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3748);






/** How many drifting files one run records per branch: the rest are counted in the run's summary, not kept as state. */
const MAX_RECORDED_DRIFT = 200;
/**
 * The events that bring the recorded drift of `branch` in line with this run:
 * a drifting file not open yet is recorded (with its occurrence when it drifted
 * before and was cleared), an open one this run no longer has is cleared. An
 * unchanged re-run records nothing. Paths are stored on one line (escaped as
 * the guard does), and at most MAX_RECORDED_DRIFT per run.
 */
function driftEvents(feature, spec, branch, found, commit, stamp) {
    const known = feature?.drift ?? {};
    const events = [];
    const now = new Set();
    for (const f of found) {
        const path = (0,_guard_state__WEBPACK_IMPORTED_MODULE_0__/* .guardSubject */ .mN)(f.path);
        const id = (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .driftId */ .Fk)(branch, path);
        if (now.has(id))
            continue;
        now.add(id);
        if (now.size > MAX_RECORDED_DRIFT)
            continue;
        const d = known[id];
        if (d && d.raised > d.cleared)
            continue;
        const occurrence = (d?.raised ?? 0) + 1;
        const tasks = f.tasks.slice(0, 20);
        events.push((0,_state_events__WEBPACK_IMPORTED_MODULE_2__/* .makeEvent */ .Ld)('scope-drift', spec, { branch, path, commit, ...(tasks.length ? { tasks } : {}), ...occurrenceOf(occurrence) }, stamp));
    }
    for (const d of feature ? (0,_state_projection__WEBPACK_IMPORTED_MODULE_3__/* .openDrift */ .w)(feature, branch) : []) {
        if (now.has((0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .driftId */ .Fk)(d.branch, d.path)))
            continue;
        events.push((0,_state_events__WEBPACK_IMPORTED_MODULE_2__/* .makeEvent */ .Ld)('scope-cleared', spec, { branch, path: d.path, commit, ...occurrenceOf(d.raised) }, stamp));
    }
    return events;
}
function occurrenceOf(n) {
    return n >= 2 ? { occurrence: n } : {};
}
/** Whom the tasks covering a drifting file belong to, in words: `T014 assigned to impl-2`. */
function driftTasksText(tasks) {
    return (0,_scope_drift__WEBPACK_IMPORTED_MODULE_4__/* .ownersText */ .M2)(tasks ?? []);
}
/** The "Scope drift" section of a view: every open drifting file, or a sentence saying there is none. */
function driftSection(drift, showBranch) {
    const rows = drift.map((d) => [
        ...(showBranch ? [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__.md)(d.branch)] : []),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__.md)(d.path, 300),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__.md)(driftTasksText(d.detected?.tasks), 300),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__/* .sha */ .hW)(d.detected?.commit),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__/* .when */ .z7)(d.detected?.time),
    ]);
    const headers = [...(showBranch ? ['Branch'] : []), 'File outside its tasks', 'Belongs to', 'Commit', 'Since'];
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__/* .section */ .uW)('Scope drift', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_5__/* .table */ .tp)(headers, rows), 'No file changed outside the paths of its tasks.');
}


/***/ }),

/***/ 6555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ guardSection),
/* harmony export */   fQ: () => (/* binding */ guardEvents),
/* harmony export */   mN: () => (/* binding */ guardSubject)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1043);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2071);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9611);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1672);




const UNSHOWABLE = (0,_text_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_0__.C1, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .LINE_SEPARATORS */ .Ev], { flags: 'g' });
/**
 * A path as an event may hold it: one line, with line terminators and
 * control characters written as `\uXXXX` (the guard must record exactly the
 * names it could otherwise not show). Deterministic, so the key is stable.
 */
function guardSubject(path) {
    const escaped = path.replace(UNSHOWABLE, _text_controls__WEBPACK_IMPORTED_MODULE_0__/* .unicodeEscape */ .RT);
    return escaped.length > 1000 ? `${escaped.slice(0, 997)}...` : escaped;
}
/**
 * The events that bring the recorded guard state of `branch` in line with
 * this run: a violation not open yet is recorded (with its occurrence when it
 * happened before and was cleared), an open one that this run no longer has
 * is cleared. An unchanged re-run records nothing.
 */
function guardEvents(feature, spec, branch, found, commit, stamp) {
    const guards = feature?.guards ?? {};
    const events = [];
    const now = new Set();
    for (const v of found) {
        const subject = guardSubject(v.subject);
        const id = (0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .guardId */ .jy)(branch, v.kind, subject);
        if (now.has(id))
            continue;
        now.add(id);
        const g = guards[id];
        if (g && g.raised > g.cleared)
            continue;
        const occurrence = (g?.raised ?? 0) + 1;
        const detail = guardSubject(v.detail);
        events.push((0,_state_events__WEBPACK_IMPORTED_MODULE_2__/* .makeEvent */ .Ld)('guard-violation', spec, { branch, kind: v.kind, subject, detail, commit, ...occurrenceOf(occurrence) }, stamp));
    }
    for (const g of Object.values(guards)) {
        if (g.branch !== branch || g.raised <= g.cleared || now.has((0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .guardId */ .jy)(g.branch, g.kind, g.subject)))
            continue;
        events.push((0,_state_events__WEBPACK_IMPORTED_MODULE_2__/* .makeEvent */ .Ld)('guard-cleared', spec, { branch, kind: g.kind, subject: g.subject, commit, ...occurrenceOf(g.raised) }, stamp));
    }
    return events;
}
function occurrenceOf(n) {
    return n >= 2 ? { occurrence: n } : {};
}
/** The "Role guard" section of a view: every open violation, or a sentence saying there is none. */
function guardSection(guards, showBranch) {
    const rows = guards.map((g) => [
        ...(showBranch ? [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__.md)(g.branch)] : []),
        g.kind === 'pr-target' ? 'pull request target' : 'protected path',
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__.md)(g.subject, 300),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__/* .sha */ .hW)(g.detected?.commit),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__/* .when */ .z7)(g.detected?.time),
    ]);
    const headers = [...(showBranch ? ['Branch'] : []), 'Rule', 'Path or target', 'Commit', 'Since'];
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__/* .section */ .uW)('Role guard', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(headers, rows), 'No open role guard violation.');
}


/***/ }),

/***/ 260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LU: () => (/* binding */ driftText),
  M2: () => (/* binding */ ownersText),
  sm: () => (/* binding */ scopeDrift)
});

;// CONCATENATED MODULE: ./shared/scope/task-index.ts
/**
 * Which tasks' paths cover a path, without trying every task: a file or
 * folder path is found by looking up each folder prefix of the path (and
 * the path itself) in a map; only globs are tried one by one. The answer is
 * in the order the tasks were given (file order).
 */
class TaskIndex {
    byPath = new Map();
    globs = [];
    ids;
    constructor(tasks) {
        this.ids = tasks.map((t) => t.id);
        tasks.forEach((t, at) => {
            for (const s of t.scopes) {
                if (s.glob)
                    this.globs.push({ at, scope: s });
                else
                    this.byPath.set(s.path, [...(this.byPath.get(s.path) ?? []), at]);
            }
        });
    }
    /** Ids of the tasks covering `path`, each once, in task order. */
    covering(path) {
        const found = new Set();
        for (let i = path.indexOf('/');; i = path.indexOf('/', i + 1)) {
            for (const at of this.byPath.get(i < 0 ? path : path.slice(0, i)) ?? [])
                found.add(at);
            if (i < 0)
                break;
        }
        for (const g of this.globs)
            if (!found.has(g.at) && g.scope.matches(path))
                found.add(g.at);
        return [...found].sort((a, b) => a - b).map((at) => this.ids[at]);
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(1672);
;// CONCATENATED MODULE: ./shared/scope/task-paths.ts


const CONTROL = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1, controls/* LINE_SEPARATORS */.Ev]);
const GLOB = /[*?[\]{}]/;
/**
 * The scope a task path gives, or the reason it gives none. Task text is
 * data: a path that climbs out of the repository (`..`), is absolute, holds
 * a backslash or a control character, or covers the whole repository is
 * ignored, so no line of tasks.md can widen a scope to everything.
 */
function scopePath(raw) {
    if (raw.length > 1000)
        return { reason: 'longer than 1000 characters' };
    if (CONTROL.test(raw))
        return { reason: 'holds a line break or control character' };
    if (raw.includes('\\'))
        return { reason: 'holds a backslash' };
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        return { reason: 'is absolute' };
    const path = raw
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/{2,}/g, '/')
        .replace(/\/$/, '');
    const segments = path.split('/');
    if (segments.includes('..'))
        return { reason: 'climbs out with ..' };
    if (path === '' || path === '.' || segments.every((s) => /^\*+$/.test(s)))
        return { reason: 'covers the whole repository' };
    if (GLOB.test(path)) {
        const matches = picomatch_default()(path, { dot: true });
        return { path, glob: true, matches: (changed) => matches(changed) };
    }
    const below = `${path}/`;
    return { path, glob: false, matches: (changed) => changed === path || changed.startsWith(below) };
}
/** True when `changed` is a test of the file `path`: `user.test.ts`, `user.spec.js`, `test_user.py`, `user_test.go`, beside it or in a tests folder there. */
function isCompanionTest(changed, path) {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash + 1);
    const name = path.slice(slash + 1);
    const dot = name.indexOf('.', 1);
    if (dot <= 0)
        return false;
    const stem = name.slice(0, dot);
    const cslash = changed.lastIndexOf('/');
    const cdir = cslash < 0 ? '' : changed.slice(0, cslash + 1);
    const cname = changed.slice(cslash + 1);
    if (![dir, `${dir}__tests__/`, `${dir}tests/`, `${dir}test/`].includes(cdir))
        return false;
    const ext = /\.[A-Za-z0-9]{1,10}$/;
    const base = cname.replace(ext, '');
    if (base === cname)
        return false;
    return [`${stem}.test`, `${stem}.spec`, `test_${stem}`, `${stem}_test`, `${stem}.tests`].includes(base);
}
/** A matcher for the config's `scope.allow` globs (a glob without a slash names a file at any depth). */
function allowMatcher(globs) {
    const compiled = globs.map((g) => ({
        glob: g,
        matches: picomatch_default()(g.trim().replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') }),
    }));
    return (changed) => compiled.find((c) => c.matches(changed))?.glob ?? null;
}

;// CONCATENATED MODULE: ./shared/scope/agent-scope.ts


/** The agent a task belongs to by the plan: a `task-assigned` event, else an owner comment in tasks.md. */
function plannedOwner(sources, id) {
    return sources.assigned[id] ?? commentOwners(sources.doc).get(id);
}
const COMMENT_OWNERS = new WeakMap();
/** Task id → the agent its owner comment names, per document (computed once). */
function commentOwners(doc) {
    if (!doc)
        return new Map();
    let owners = COMMENT_OWNERS.get(doc);
    if (!owners) {
        owners = new Map(doc.tasks.flatMap((t) => (t.owner ? [[t.id, t.owner]] : [])));
        COMMENT_OWNERS.set(doc, owners);
    }
    return owners;
}
function isAgent(name, who) {
    if (name === undefined)
        return false;
    return name === who.branch || (who.index !== undefined && name === `impl-${who.index}`);
}
/**
 * The agent's tasks and the paths they name. Its tasks are those a plan gave
 * it (`task-assigned` events, then `<!-- owner: impl-n -->` comments); when a
 * plan gave it none, those its own commits referenced, leaving out tasks the
 * plan gave someone else. Only the paths tasks name constrain: a task naming
 * no file adds nothing, and an agent none of whose tasks names a file has no
 * scope at all (nothing is drift).
 */
function agentScope(who, sources) {
    const doc = sources.doc;
    const empty = { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] };
    if (!doc)
        return empty;
    let mine = doc.tasks.filter((t) => isAgent(plannedOwner(sources, t.id), who));
    let source = 'assigned';
    if (mine.length === 0) {
        const referenced = new Set(sources.references);
        mine = doc.tasks.filter((t) => referenced.has(t.id) && plannedOwner(sources, t.id) === undefined);
        source = 'commits';
    }
    if (mine.length === 0)
        return empty;
    const scope = { source, tasks: mine.map((t) => t.id), pathless: [], paths: [], ignored: [] };
    for (const t of mine) {
        let usable = 0;
        for (const raw of t.paths) {
            const p = scopePath(raw);
            if ('reason' in p)
                scope.ignored.push({ task: t.id, path: raw, reason: p.reason });
            else {
                scope.paths.push({ task: t.id, scope: p });
                usable++;
            }
        }
        if (usable === 0)
            scope.pathless.push(t.id);
    }
    return scope;
}
/** Every task's usable paths, compiled once (globs are compiled by picomatch, which is not free). */
function taskScopes(sources) {
    return (sources.doc?.tasks ?? []).map((t) => ({
        id: t.id,
        scopes: t.paths.map(scopePath).filter((p) => !('reason' in p)),
    }));
}
/** The tasks (other than the agent's own) whose paths cover `path`, with whom each belongs to. */
function ownersOf(path, who, scope, sources, others = new TaskIndex(taskScopes(sources).filter((t) => !scope.tasks.includes(t.id)))) {
    const name = sources.nameOf ?? ((a) => a);
    return others.covering(path).map((id) => {
        const planned = plannedOwner(sources, id);
        const reported = sources.reported[id];
        if (planned !== undefined)
            return { id, agent: name(planned), how: 'assigned' };
        if (reported !== undefined && !isAgent(reported, who))
            return { id, agent: name(reported), how: 'reported' };
        return { id };
    });
}

;// CONCATENATED MODULE: ./shared/scope/drift.ts



/**
 * Which of `paths` lie outside every path the agent's tasks name, after the
 * always-allowed ones: the feature's tasks.md, the config's `scope.allow`
 * globs, and (with `companion-tests`) a test file beside a file in scope.
 * Sorted, each path once.
 */
function scopeDrift(paths, who, sources, rules) {
    const scope = agentScope(who, sources);
    const unbounded = !sources.doc
        ? 'the feature has no tasks.md to read the scope from'
        : scope.tasks.length === 0
            ? 'no task is assigned to it and its commits reference none'
            : scope.paths.length === 0
                ? `its tasks (${scope.tasks.join(', ')}) name no file`
                : undefined;
    if (unbounded)
        return { scope, drift: [], unbounded };
    const allowed = allowMatcher(rules.allow);
    const files = scope.paths.filter((p) => !p.scope.glob).map((p) => p.scope.path);
    const drift = [];
    // Other tasks only, compiled once: every drifting file is looked up in them.
    const own = new Set(scope.tasks);
    const others = new TaskIndex(taskScopes(sources).filter((t) => !own.has(t.id)));
    for (const path of [...new Set(paths)].sort()) {
        if (path === rules.tasksFile || allowed(path) !== null)
            continue;
        if (scope.paths.some((p) => p.scope.matches(path)))
            continue;
        if (rules.companionTests && files.some((f) => isCompanionTest(path, f)))
            continue;
        drift.push({ path, owners: ownersOf(path, who, scope, sources, others) });
    }
    return { scope, drift };
}
/** Whom the file belongs to, in words: `T014 assigned to impl-2`, or that no task names it. */
function ownersText(owners) {
    if (owners.length === 0)
        return 'no task names it';
    return owners
        .map((o) => o.how === 'assigned'
        ? `${o.id} assigned to ${o.agent}`
        : o.how === 'reported'
            ? `${o.id} (worked on by ${o.agent})`
            : `${o.id} (not assigned)`)
        .join(', ');
}
/** One sentence for people: `src/x.py belongs to T014 assigned to impl-2`. */
function driftText(file) {
    return file.owners.length ? `${file.path} belongs to ${ownersText(file.owners)}` : `${file.path} is named by no task`;
}


/***/ }),

/***/ 4265:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted at every level, so that equal values always
 * serialise to equal bytes: event files, their keys and projection.json
 * depend on it (an incrementally kept projection must be byte-identical to
 * one rebuilt from scratch, whatever order keys were inserted in).
 */
function canonicalJson(value, indent = 0) {
    // The compact form is hashed for every event of a rebuild: write it directly, without copying.
    if (!indent)
        return compact(value) ?? 'null';
    return JSON.stringify(sortedView(value), null, indent);
}
function compact(value) {
    if (value === null || typeof value !== 'object' || typeof value.toJSON === 'function')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map((v) => compact(v) ?? 'null').join(',')}]`;
    const record = value;
    const parts = [];
    for (const key of Object.keys(record).sort()) {
        const v = compact(record[key]);
        if (v !== undefined)
            parts.push(`${JSON.stringify(key)}:${v}`);
    }
    return `{${parts.join(',')}}`;
}
/**
 * What `sortKeys` gives, copying only the objects whose keys are out of order: a parsed projection.json
 * is in order already, and an append adds a few keys to it, so most of a 1 MB projection is passed to
 * `JSON.stringify` as it is rather than copied. An object serialises the same as its sorted copy when its
 * keys come in the copy's order (integer-like keys first in numeric order in both, then the others sorted),
 * it is a plain object, and it has no `toJSON` (the copy has none); an `undefined` value is dropped by both.
 */
function sortedView(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            const v = value[i];
            const s = sortedView(v);
            if (s !== v)
                (out ??= value.slice())[i] = s;
        }
        return out ?? value;
    }
    // Anything but a plain object (a Date, a boxed string...) serialises differently from its copy: copied.
    const proto = Object.getPrototypeOf(value);
    if ((proto !== Object.prototype && proto !== null) || typeof value.toJSON === 'function')
        return sortKeys(value);
    const record = value;
    const keys = Object.keys(record);
    let previous;
    let inOrder = true;
    for (const key of keys) {
        if (isIndexKey(key))
            continue;
        if (previous !== undefined && previous > key) {
            inOrder = false;
            break;
        }
        previous = key;
    }
    if (!inOrder)
        return sortKeys(value);
    let out;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const v = record[key];
        const s = v === undefined ? undefined : sortedView(v);
        if (s !== v || v === undefined) {
            if (!out) {
                // Copied from here on, as `sortKeys` copies: the keys before this one were kept as they are.
                out = Object.create(null);
                for (const k of keys.slice(0, i))
                    out[k] = record[k];
            }
            if (s !== undefined)
                out[key] = s;
        }
        else if (out)
            out[key] = v;
    }
    return out ?? value;
}
/** A key every object lists first, in numeric order: a canonical array index (0 to 2³² − 2). */
function isIndexKey(key) {
    // Most keys start with a letter: no pattern run for them (a projection has some 100 000 keys).
    const first = key.charCodeAt(0);
    return first >= 0x30 && first <= 0x39 && /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
        // No prototype: a key named __proto__ stays a key instead of replacing the prototype.
        const out = Object.create(null);
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ conflictId),
/* harmony export */   w: () => (/* binding */ sortedPair)
/* harmony export */ });
/* harmony import */ var _canonical_json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4265);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5678);


/** A conflict is between two branches, whichever side reported it: the pair is unordered. */
function sortedPair(a, b) {
    return a <= b ? [a, b] : [b, a];
}
/** The stable short id of a conflicting pair within a feature, shown by `status` and taken by `resolve`. */
function conflictId(feature, left, right) {
    const pair = sortedPair(left, right);
    // Keyed by the three texts, each prefixed by its length (no two triples share a key), not by their canonical JSON:
    // a rebuild, a scan and a page ask for the same few pairs thousands of times, and building the JSON cost more than the lookup.
    const key = `${feature.length}:${feature}${pair[0].length}:${pair[0]}${pair[1]}`;
    let id = ids.get(key);
    if (!id) {
        if (ids.size > 10_000)
            ids.clear();
        id = `c${(0,_digest__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .f)((0,_canonical_json__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(['conflict', feature, pair])).slice(0, 8)}`;
        ids.set(key, id);
    }
    return id;
}
const ids = new Map();


/***/ }),

/***/ 5678:
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

/***/ 2071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ld: () => (/* binding */ makeEvent),
  wj: () => (/* binding */ parseEvent),
  rG: () => (/* binding */ serializeEvent),
  Zs: () => (/* binding */ stampOf),
  $r: () => (/* binding */ validateEvent)
});

// UNUSED EXPORTS: eventKey, normalizeTime

// EXTERNAL MODULE: ./shared/state/events/canonical-json.ts
var canonical_json = __webpack_require__(4265);
// EXTERNAL MODULE: ./shared/state/events/digest.ts
var digest = __webpack_require__(5678);
// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(2621);
// EXTERNAL MODULE: ./shared/state/events/field-checks.ts
var field_checks = __webpack_require__(588);
;// CONCATENATED MODULE: ./shared/state/events/event-schema.ts

/**
 * The version of the event format this code writes. It reads every version in
 * SCHEMA_VERSIONS: an event keeps the version it was written with, and its key
 * is always derived with that version (stored keys are never recomputed).
 *
 * Version 2 adds: empty line ranges (`{start: n, end: n - 1}`, "between lines
 * n-1 and n"), and `occurrence` on any event's data (see OCCURRENCE below).
 */
const EVENT_SCHEMA = 2;
const SCHEMA_VERSIONS = [1, 2];
/**
 * A fact that can happen again (a blocker raised after it was cleared, a
 * conflict seen again after it was resolved by hand, a guard violation after a
 * clean run) is the fact plus its occurrence: `data.occurrence` is 2 for the
 * second time, 3 for the third, and absent for the first, so first occurrences
 * keep the keys they always had. It is part of the key only when present.
 */
const OCCURRENCE_FIELD = 'occurrence';
const EVENT_KINDS = [
    'feature-registered',
    'agent-assigned',
    'task-updated',
    'pr-updated',
    'conflict-detected',
    'conflict-resolved',
    'divergence-measured',
    'test-result',
    'blocker-raised',
    'blocker-cleared',
    'branch-synced',
    'guard-violation',
    'guard-cleared',
    'scan-completed',
    'task-merged',
    'task-assigned',
    'scope-drift',
    'scope-cleared',
    'conflict-predicted',
    'notification-pending',
    'notification-claimed',
    'agent-usage',
    'budget-crossed',
    'resolution-suggested',
    'resolution-remembered',
    'brief-delivered',
];
// ---- field checks -------------------------------------------------------
/** Canonical `Date.toISOString()` form only, so that times compare as strings. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const event_schema_time = (0,field_checks/* text */.Qq)({ max: 24, pattern: ISO_TIME, expected: 'must be a UTC time like 2026-01-31T12:00:00.000Z' });
const sha = (0,field_checks/* text */.Qq)({
    max: 64,
    pattern: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/,
    expected: 'must be a full lowercase commit id (40 or 64 hex digits)',
});
/** Names of branches as data: single line, no characters git refuses in ref names. */
const branch = (0,field_checks/* text */.Qq)({
    max: 255,
    pattern: /^(?!-)[^\s~^:?*[\\]+$/,
    expected: 'must be a branch name (no spaces, ~ ^ : ? * [ \\, not starting with "-", at most 255 characters)',
});
const taskId = (0,field_checks/* text */.Qq)({ max: 12, pattern: /^T\d{3,10}$/, expected: 'must be a task id like T012' });
const shortName = (0,field_checks/* text */.Qq)({ max: 64, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, expected: 'must be 1 to 64 letters, digits, ".", "_" or "-"' });
const role = (0,field_checks/* text */.Qq)({ max: 40, pattern: /^[a-z][a-z0-9-]*$/, expected: 'must be a role name like "overseer" or "implementor"' });
const url = (0,field_checks/* text */.Qq)({ max: 500, pattern: /^https?:\/\/\S+$/, expected: 'must be an http(s) URL' });
const title = (0,field_checks/* text */.Qq)({ max: 300 });
const message = (0,field_checks/* text */.Qq)({ max: 2000, multiline: true });
const filePath = (0,field_checks/* text */.Qq)({ max: 1000 });
/** A conflicted path: plain text of any length git allows, or git's quoted form (one line). */
const conflictPath = (0,field_checks/* text */.Qq)({ max: 20_000 });
const base64 = (0,field_checks/* text */.Qq)({ max: 44_000, pattern: /^[A-Za-z0-9+/]*={0,2}$/, expected: 'must be base64' });
const gitMessage = (0,field_checks/* text */.Qq)({ max: 2000, multiline: true });
/** A hunk section of a remembered resolution: base64 of at most 8 KiB of text. */
const hunkText = (0,field_checks/* text */.Qq)({ max: 11_000, pattern: /^[A-Za-z0-9+/]*={0,2}$/, expected: 'must be base64 of at most 8 KiB' });
const count = (0,field_checks/* integer */.nd)(0);
/** Session ids and message ids of agent tools: one line, no spaces. */
const usageId = (0,field_checks/* text */.Qq)({
    max: 200,
    pattern: /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$/,
    expected: 'must be an id of letters, digits and . _ : @ / + = - (at most 200)',
});
const eventKeyText = (0,field_checks/* text */.Qq)({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be an event key (64 hex digits)' });
const range = (value, field, where) => {
    const r = (0,field_checks/* objectOf */.Xy)({ start: (0,field_checks/* required */.mw)((0,field_checks/* integer */.nd)(1)), end: (0,field_checks/* required */.mw)((0,field_checks/* integer */.nd)(0)) })(value, field, where);
    if (r.end < r.start - 1)
        (0,field_checks/* fail */.fJ)(where, `${field}.end`, `must be at least start - 1 (${r.start - 1}; start - 1 means an empty range)`, r.end);
    return r;
};
const SHAPES = {
    'feature-registered': {
        spec: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 100 })),
        name: (0,field_checks/* required */.mw)(title),
        baseBranch: (0,field_checks/* optional */.lq)(branch),
        tasks: (0,field_checks/* optional */.lq)((0,field_checks/* arrayOf */.jk)((0,field_checks/* objectOf */.Xy)({
            id: (0,field_checks/* required */.mw)(taskId),
            phase: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 200 })),
            description: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 1000 })),
        }), 2000)),
        tasksFile: (0,field_checks/* optional */.lq)(filePath),
    },
    'agent-assigned': {
        role: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['overseer', 'implementor'])),
        branch: (0,field_checks/* required */.mw)(branch),
        index: (0,field_checks/* optional */.lq)((0,field_checks/* integer */.nd)(1, 999)),
    },
    'task-updated': {
        taskId: (0,field_checks/* required */.mw)(taskId),
        state: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['open', 'in-progress', 'done'])),
        commit: (0,field_checks/* required */.mw)(sha),
        agent: (0,field_checks/* required */.mw)(branch),
        message: (0,field_checks/* optional */.lq)(message),
    },
    'pr-updated': {
        action: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['opened', 'updated', 'merged', 'closed'])),
        number: (0,field_checks/* required */.mw)((0,field_checks/* integer */.nd)(1)),
        url: (0,field_checks/* required */.mw)(url),
        head: (0,field_checks/* required */.mw)(branch),
        base: (0,field_checks/* required */.mw)(branch),
        title: (0,field_checks/* optional */.lq)(title),
    },
    'conflict-detected': {
        left: (0,field_checks/* required */.mw)(branch),
        right: (0,field_checks/* required */.mw)(branch),
        leftSha: (0,field_checks/* required */.mw)(sha),
        rightSha: (0,field_checks/* required */.mw)(sha),
        files: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)((0,field_checks/* objectOf */.Xy)({
            path: (0,field_checks/* required */.mw)(conflictPath),
            pathBase64: (0,field_checks/* optional */.lq)(base64),
            kind: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 40, pattern: /^[a-z][a-z/ -]*$/, expected: 'must be a conflict kind like "content"' })),
            leftRanges: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)(range, 500)),
            rightRanges: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)(range, 500)),
            message: (0,field_checks/* optional */.lq)(gitMessage),
        }), 1000)),
        messages: (0,field_checks/* optional */.lq)((0,field_checks/* arrayOf */.jk)((0,field_checks/* objectOf */.Xy)({
            paths: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)(conflictPath, 20)),
            type: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 200 })),
            text: (0,field_checks/* required */.mw)(gitMessage),
        }), 100)),
        manual: (0,field_checks/* optional */.lq)(field_checks/* isTrue */.Hn),
        reason: (0,field_checks/* optional */.lq)(message),
        kind: (0,field_checks/* optional */.lq)((0,field_checks/* oneOf */.yL)(['build', 'test'])),
        check: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 200 })),
    },
    'conflict-resolved': {
        left: (0,field_checks/* required */.mw)(branch),
        right: (0,field_checks/* required */.mw)(branch),
        detectedAt: (0,field_checks/* required */.mw)(event_schema_time),
        lifetimeSeconds: (0,field_checks/* required */.mw)(count),
        reason: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 200 })),
    },
    'divergence-measured': {
        branch: (0,field_checks/* required */.mw)(branch),
        against: (0,field_checks/* required */.mw)(branch),
        ahead: (0,field_checks/* required */.mw)(count),
        behind: (0,field_checks/* required */.mw)(count),
        sha: (0,field_checks/* required */.mw)(sha),
    },
    'test-result': {
        role: (0,field_checks/* required */.mw)(role),
        branch: (0,field_checks/* optional */.lq)(branch),
        suite: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 200 })),
        passed: (0,field_checks/* required */.mw)(count),
        failed: (0,field_checks/* required */.mw)(count),
        skipped: (0,field_checks/* required */.mw)(count),
        durationMs: (0,field_checks/* required */.mw)(count),
        commit: (0,field_checks/* required */.mw)(sha),
        runUrl: (0,field_checks/* optional */.lq)(url),
        unit: (0,field_checks/* optional */.lq)((0,field_checks/* oneOf */.yL)(['check', 'tests'])),
        tail: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 4000, multiline: true })),
    },
    'blocker-raised': { id: (0,field_checks/* required */.mw)(shortName), agent: (0,field_checks/* optional */.lq)(branch), reason: (0,field_checks/* required */.mw)(message) },
    'blocker-cleared': { id: (0,field_checks/* required */.mw)(shortName), note: (0,field_checks/* optional */.lq)(message) },
    'branch-synced': { branch: (0,field_checks/* required */.mw)(branch), sha: (0,field_checks/* required */.mw)(sha) },
    'guard-violation': {
        branch: (0,field_checks/* required */.mw)(branch),
        kind: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['protected-path', 'pr-target'])),
        subject: (0,field_checks/* required */.mw)(filePath),
        detail: (0,field_checks/* required */.mw)(message),
        commit: (0,field_checks/* required */.mw)(sha),
    },
    'guard-cleared': {
        branch: (0,field_checks/* required */.mw)(branch),
        kind: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['protected-path', 'pr-target'])),
        subject: (0,field_checks/* required */.mw)(filePath),
        commit: (0,field_checks/* required */.mw)(sha),
    },
    'scan-completed': {
        scanner: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a scanner name like "conflicts"' })),
        at: (0,field_checks/* required */.mw)(event_schema_time),
        pairs: (0,field_checks/* required */.mw)(count),
        conflicted: (0,field_checks/* required */.mw)(count),
        errors: (0,field_checks/* required */.mw)(count),
        runUrl: (0,field_checks/* optional */.lq)(url),
    },
    'task-merged': { taskId: (0,field_checks/* required */.mw)(taskId), commit: (0,field_checks/* required */.mw)(sha), into: (0,field_checks/* required */.mw)(branch), pr: (0,field_checks/* optional */.lq)((0,field_checks/* integer */.nd)(1)) },
    'task-assigned': { taskId: (0,field_checks/* required */.mw)(taskId), agent: (0,field_checks/* required */.mw)(branch), wave: (0,field_checks/* optional */.lq)((0,field_checks/* integer */.nd)(1, 9999)) },
    'scope-drift': {
        branch: (0,field_checks/* required */.mw)(branch),
        path: (0,field_checks/* required */.mw)(filePath),
        commit: (0,field_checks/* required */.mw)(sha),
        tasks: (0,field_checks/* optional */.lq)((0,field_checks/* arrayOf */.jk)((0,field_checks/* objectOf */.Xy)({
            id: (0,field_checks/* required */.mw)(taskId),
            agent: (0,field_checks/* optional */.lq)(branch),
            how: (0,field_checks/* optional */.lq)((0,field_checks/* oneOf */.yL)(['assigned', 'reported'])),
        }), 20)),
    },
    'scope-cleared': { branch: (0,field_checks/* required */.mw)(branch), path: (0,field_checks/* required */.mw)(filePath), commit: (0,field_checks/* required */.mw)(sha) },
    'conflict-predicted': {
        agent: (0,field_checks/* required */.mw)(branch),
        path: (0,field_checks/* required */.mw)(conflictPath),
        pathBase64: (0,field_checks/* optional */.lq)(base64),
        sibling: (0,field_checks/* required */.mw)(branch),
        siblingSha: (0,field_checks/* required */.mw)(sha),
        base: (0,field_checks/* required */.mw)(sha),
        ranges: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)(range, 500)),
    },
    'notification-pending': { event: (0,field_checks/* required */.mw)(eventKeyText), reason: (0,field_checks/* required */.mw)(title) },
    'notification-claimed': { event: (0,field_checks/* required */.mw)(eventKeyText) },
    'agent-usage': {
        agent: (0,field_checks/* required */.mw)(branch),
        session: (0,field_checks/* required */.mw)(usageId),
        source: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['claude', 'codex', 'manual'])),
        model: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 100, pattern: /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, expected: 'must be a model name like "claude-sonnet-4-5"' })),
        tasks: (0,field_checks/* optional */.lq)((0,field_checks/* arrayOf */.jk)(taskId, 50)),
        inputTokens: (0,field_checks/* required */.mw)(count),
        outputTokens: (0,field_checks/* required */.mw)(count),
        cacheCreationTokens: (0,field_checks/* required */.mw)(count),
        cacheReadTokens: (0,field_checks/* required */.mw)(count),
        costMicroUsd: (0,field_checks/* required */.mw)(count),
        prices: (0,field_checks/* optional */.lq)((0,field_checks/* text */.Qq)({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/, expected: 'must be a date like 2026-01-31' })),
        through: (0,field_checks/* required */.mw)(usageId),
        messages: (0,field_checks/* optional */.lq)(count),
    },
    'budget-crossed': {
        scope: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['feature', 'agent', 'task'])),
        subject: (0,field_checks/* required */.mw)(branch),
        budgetMicroUsd: (0,field_checks/* required */.mw)((0,field_checks/* integer */.nd)(1)),
        spentMicroUsd: (0,field_checks/* required */.mw)(count),
    },
    'resolution-suggested': {
        left: (0,field_checks/* required */.mw)(branch),
        right: (0,field_checks/* required */.mw)(branch),
        leftSha: (0,field_checks/* required */.mw)(sha),
        rightSha: (0,field_checks/* required */.mw)(sha),
        command: (0,field_checks/* required */.mw)((0,field_checks/* text */.Qq)({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be a sha-256 in hex (64 digits)' })),
        outcome: (0,field_checks/* required */.mw)((0,field_checks/* oneOf */.yL)(['proven', 'rejected'])),
        branch: (0,field_checks/* optional */.lq)(branch),
        commit: (0,field_checks/* optional */.lq)(sha),
        reason: (0,field_checks/* optional */.lq)(message),
    },
    'resolution-remembered': {
        key: (0,field_checks/* required */.mw)(eventKeyText),
        path: (0,field_checks/* required */.mw)(conflictPath),
        pathBase64: (0,field_checks/* optional */.lq)(base64),
        base: (0,field_checks/* optional */.lq)(hunkText),
        ours: (0,field_checks/* optional */.lq)(hunkText),
        theirs: (0,field_checks/* optional */.lq)(hunkText),
        result: (0,field_checks/* optional */.lq)(hunkText),
        commit: (0,field_checks/* required */.mw)(sha),
        branch: (0,field_checks/* required */.mw)(branch),
        oursCommit: (0,field_checks/* required */.mw)(sha),
        theirsCommit: (0,field_checks/* required */.mw)(sha),
    },
    'brief-delivered': {
        agent: (0,field_checks/* required */.mw)(branch),
        items: (0,field_checks/* required */.mw)((0,field_checks/* integer */.nd)(1, 100_000)),
        kinds: (0,field_checks/* required */.mw)((0,field_checks/* arrayOf */.jk)((0,field_checks/* text */.Qq)({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a brief kind like "conflict"' }), 20)),
        conflicts: (0,field_checks/* optional */.lq)((0,field_checks/* arrayOf */.jk)((0,field_checks/* text */.Qq)({ max: 200 }), 200)),
        digest: (0,field_checks/* required */.mw)(eventKeyText),
    },
};
const occurrence = (0,field_checks/* integer */.nd)(2, 1_000_000);
const DATA_CHECKS = new Map(EVENT_KINDS.map((kind) => [kind, (0,field_checks/* objectOf */.Xy)({ ...SHAPES[kind], [OCCURRENCE_FIELD]: (0,field_checks/* optional */.lq)(occurrence) })]));
function dataCheck(kind) {
    return DATA_CHECKS.get(kind);
}
/**
 * The data fields that say WHICH fact an event records; the key is a hash of
 * them. Fields left out (times, counts that vary between identical runs,
 * free-text notes of a later report) do not make a new fact.
 */
const KEY_FIELDS = {
    'feature-registered': ['spec', 'name', 'baseBranch', 'tasks', 'tasksFile'],
    'agent-assigned': ['role', 'branch', 'index'],
    'task-updated': ['taskId', 'state', 'commit'],
    'pr-updated': ['number', 'action', 'url', 'head', 'base', 'title'],
    'conflict-detected': ['left', 'right', 'leftSha', 'rightSha'],
    'conflict-resolved': ['left', 'right', 'detectedAt'],
    'divergence-measured': ['branch', 'against', 'sha', 'ahead', 'behind'],
    'test-result': ['commit', 'role', 'branch', 'suite', 'runUrl', 'passed', 'failed', 'skipped'],
    'blocker-raised': ['id', 'agent', 'reason'],
    'blocker-cleared': ['id', 'note'],
    'branch-synced': ['branch', 'sha'],
    'guard-violation': ['branch', 'kind', 'subject'],
    'guard-cleared': ['branch', 'kind', 'subject'],
    'scan-completed': ['scanner', 'at'],
    'task-merged': ['taskId', 'commit', 'into'],
    // Giving a task back to an agent it had before is a new fact: it carries the occurrence.
    'task-assigned': ['taskId', 'agent'],
    // Drift that comes back after it was cleared is a new occurrence of the fact.
    'scope-drift': ['branch', 'path'],
    'scope-cleared': ['branch', 'path'],
    'conflict-predicted': ['agent', 'path', 'pathBase64', 'sibling', 'siblingSha'],
    'notification-pending': ['event'],
    'notification-claimed': ['event'],
    'agent-usage': ['agent', 'source', 'session', 'model', 'through'],
    // A budget raised later is a new fact; the same budget crossed again is not.
    'budget-crossed': ['scope', 'subject', 'budgetMicroUsd'],
    'resolution-suggested': ['left', 'right', 'leftSha', 'rightSha', 'command'],
    // The same hunk is the same fact, whichever merge resolved it first.
    'resolution-remembered': ['key'],
    'brief-delivered': ['agent', 'digest'],
};

// EXTERNAL MODULE: ./shared/state/events/safe-segment.ts
var safe_segment = __webpack_require__(8327);
;// CONCATENATED MODULE: ./shared/state/events/events.ts






/** Builds a validated event with its derived key. Throws InvalidEventError (exit 2) naming the bad field. */
function makeEvent(kind, feature, data, options) {
    const where = `${kind} event`;
    const when = normalizeTime(options.time ?? new Date(), where);
    const checkedKind = kindCheck(kind, 'kind', where);
    checkFeature(feature, where);
    const checked = dataCheck(checkedKind)(data, 'data', where);
    const event = {
        schema: EVENT_SCHEMA,
        kind: checkedKind,
        key: eventKey(checkedKind, feature, checked),
        time: when,
        feature,
        actor: options.actor,
        data: checked,
    };
    return validateEvent(event, where);
}
const kindCheck = (0,field_checks/* oneOf */.yL)(EVENT_KINDS);
const actorCheck = (0,field_checks/* text */.Qq)({ max: 100 });
const keyCheck = (0,field_checks/* text */.Qq)({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be 64 lowercase hex digits' });
const TOP_FIELDS = ['schema', 'kind', 'key', 'time', 'feature', 'actor', 'data'];
const TOP_FIELD_SET = new Set(TOP_FIELDS);
/**
 * Checks every field of an event read from anywhere (a file, user JSON).
 * Messages start with `where` and name the field and the bad value.
 */
function validateEvent(raw, where) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        (0,field_checks/* fail */.fJ)(where, 'event', 'must be a JSON object', raw);
    const input = raw;
    const schema = input.schema;
    if (!SCHEMA_VERSIONS.includes(schema)) {
        if (typeof input.schema === 'number') {
            throw new field_checks/* InvalidEventError */._r(where, 'schema', `unknown schema version ${(0,field_checks/* describeValue */.bp)(input.schema)}: this agent-orchestrator reads versions ${SCHEMA_VERSIONS.join(', ')} (a newer version wrote it? upgrade agent-orchestrator)`);
        }
        (0,field_checks/* fail */.fJ)(where, 'schema', `must be a schema version number (${SCHEMA_VERSIONS.join(', ')})`, input.schema);
    }
    for (const name of Object.keys(input)) {
        if (!TOP_FIELD_SET.has(name))
            (0,field_checks/* fail */.fJ)(where, name, `is not a known field (known: ${TOP_FIELDS.join(', ')})`, input[name]);
    }
    const kind = kindCheck(input.kind, 'kind', where);
    const time = event_schema_time(input.time, 'time', where);
    const feature = checkFeature(input.feature, where);
    const actor = actorCheck(input.actor, 'actor', where);
    const data = dataCheck(kind)(input.data, 'data', where);
    if (kind === 'feature-registered' && data.spec !== feature) {
        (0,field_checks/* fail */.fJ)(where, 'data.spec', `must equal the event's feature ${JSON.stringify(feature)}`, data.spec);
    }
    const expected = eventKey(kind, feature, data);
    // Equal to a computed key means well-formed: the format is looked at only when they differ.
    const key = input.key === expected ? expected : keyCheck(input.key, 'key', where);
    if (key !== expected)
        (0,field_checks/* fail */.fJ)(where, 'key', `does not match the event's content (expected ${expected})`, key);
    return { schema, kind, key, time, feature, actor, data };
}
/**
 * The version number hashed into every key. It is not the event format's version:
 * a fact keeps one key whatever version of the format records it, so a fact
 * recorded before an upgrade is still found (and not stored twice) after it.
 */
const KEY_VERSION = 1;
/**
 * sha256 over the key version, the kind, feature and the fields that identify the
 * fact (see KEY_FIELDS), plus its occurrence when present.
 */
function eventKey(kind, feature, data) {
    return (0,digest/* sha256Hex */.f)(identityJson(kind, feature, data, KEY_VERSION));
}
/**
 * The hashed text: the compact canonical JSON of
 * `[schema, kind, feature, [[field, value ?? null], ...]]` (conflicts: their unordered pair).
 * It is computed for every event of a rebuild, so the common case is written out directly.
 */
function identityJson(kind, feature, data, schema) {
    const record = data;
    const occurrence = record[OCCURRENCE_FIELD];
    // The first occurrence hashes exactly what version 1 hashed; a later one adds itself at the end.
    const withOccurrence = (identityValue) => occurrence === undefined ? identityValue : [identityValue, [OCCURRENCE_FIELD, occurrence]];
    // Only feature-registered has objects in its identity (the task list); for arrays of
    // scalars, as all other identities are, JSON.stringify is already canonical.
    if (kind === 'feature-registered')
        return (0,canonical_json/* canonicalJson */.d)([schema, kind, feature, withOccurrence(identity(kind, data))]);
    if (kind === 'conflict-detected' || kind === 'conflict-resolved' || occurrence !== undefined)
        return JSON.stringify([schema, kind, feature, withOccurrence(identity(kind, data))]);
    let out = `[${schema},${KIND_JSON[kind]},${JSON.stringify(feature)},[`;
    const fields = KEY_FIELD_PREFIX[kind];
    for (let i = 0; i < fields.length; i++) {
        const value = record[KEY_FIELDS[kind][i]];
        out += `${i ? ',' : ''}${fields[i]}${value === undefined || value === null ? 'null' : JSON.stringify(value)}]`;
    }
    return `${out}]]`;
}
const KIND_JSON = Object.fromEntries(EVENT_KINDS.map((k) => [k, JSON.stringify(k)]));
const KEY_FIELD_PREFIX = Object.fromEntries(EVENT_KINDS.map((k) => [k, KEY_FIELDS[k].map((f) => `[${JSON.stringify(f)},`)]));
function identity(kind, data) {
    // Either branch may report a conflict as left: both orders are one fact.
    if (kind === 'conflict-detected') {
        const d = data;
        const left = JSON.stringify([d.left, d.leftSha]);
        const right = JSON.stringify([d.right, d.rightSha]);
        const pair = left < right
            ? [
                [d.left, d.leftSha],
                [d.right, d.rightSha],
            ]
            : [
                [d.right, d.rightSha],
                [d.left, d.leftSha],
            ];
        // A conflict logged by hand is another fact than a scan's finding at the same commits.
        return d.manual ? [...pair, ['manual']] : pair;
    }
    if (kind === 'conflict-resolved') {
        const d = data;
        return [(0,conflict_pair/* sortedPair */.w)(d.left, d.right), d.detectedAt];
    }
    const record = data;
    return KEY_FIELDS[kind].map((field) => [field, record[field] ?? null]);
}
/** The bytes of an event file: canonical, indented, newline-terminated. */
function serializeEvent(event) {
    return `${(0,canonical_json/* canonicalJson */.d)(event, 2)}\n`;
}
/** Parses an event file; throws InvalidEventError naming `where` for bad JSON or bad fields. */
function parseEvent(content, where) {
    let raw;
    try {
        raw = JSON.parse(content);
    }
    catch (cause) {
        throw new field_checks/* InvalidEventError */._r(where, 'event', `is not valid JSON: ${cause.message}`);
    }
    return validateEvent(raw, where);
}
function normalizeTime(value, where) {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime()))
        (0,field_checks/* fail */.fJ)(where, 'time', 'must be a valid date', value instanceof Date ? 'Invalid Date' : value);
    return date.toISOString();
}
/** `(time, key)` as one string that sorts like the pair: the order used for "latest". */
function stampOf(event) {
    return `${event.time} ${event.key}`;
}
function checkFeature(value, where) {
    try {
        return (0,safe_segment/* assertSafeSegment */.r)(value, 'feature id');
    }
    catch {
        (0,field_checks/* fail */.fJ)(where, 'feature', 'must be a feature id usable as a folder name (1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-", no "..")', value);
    }
}


/***/ }),

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ isTrue),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   Xy: () => (/* binding */ objectOf),
/* harmony export */   _r: () => (/* binding */ InvalidEventError),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   jk: () => (/* binding */ arrayOf),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1672);


/**
 * A value in an event failed validation. It is an InputError (exit 2) when a
 * user or agent handed us the event; the store turns it into a `problem` when
 * it finds such an event in the log instead.
 */
class InvalidEventError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    where;
    field;
    constructor(where, field, message) {
        super(`${where}: ${message}`);
        this.where = where;
        this.field = field;
    }
}
function fail(where, field, expected, value) {
    throw new InvalidEventError(where, field, `field "${field}" ${expected} (got ${describeValue(value)})`);
}
/** A short, safe rendering of a bad value for an error message. */
function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
// What the single-line and control-character checks refuse, in one pass: a text that passes this needs no further look.
const SUSPECT_SINGLE_LINE = (0,_text_controls__WEBPACK_IMPORTED_MODULE_1__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_1__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_1__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_1__.C1, _text_controls__WEBPACK_IMPORTED_MODULE_1__/* .LINE_SEPARATORS */ .Ev], { except: '\t' });
// (The multiline one is also the control-character check: C0 but tab and line breaks, DEL, C1.)
const SUSPECT_MULTILINE = (0,_text_controls__WEBPACK_IMPORTED_MODULE_1__/* .charPattern */ .F2)([_text_controls__WEBPACK_IMPORTED_MODULE_1__.C0, _text_controls__WEBPACK_IMPORTED_MODULE_1__/* .DEL */ .IY, _text_controls__WEBPACK_IMPORTED_MODULE_1__.C1], { except: '\t\n\r' });
function text(options) {
    const expected = options.expected ?? `must be a text of 1 to ${options.max} characters`;
    const suspect = options.multiline ? SUSPECT_MULTILINE : SUSPECT_SINGLE_LINE;
    const { max, pattern } = options;
    return (value, field, where) => {
        if (typeof value !== 'string' || value.length === 0 || value.length > max)
            fail(where, field, expected, value);
        if (suspect.test(value)) {
            if (SUSPECT_MULTILINE.test(value))
                fail(where, field, 'must not contain control characters', value);
            fail(where, field, 'must be a single line', value);
        }
        if (pattern && !pattern.test(value))
            fail(where, field, expected, value);
        return value;
    };
}
function oneOf(values) {
    const allowed = new Set(values);
    return (value, field, where) => {
        if (typeof value !== 'string' || !allowed.has(value)) {
            fail(where, field, `must be one of ${values.map((v) => `"${v}"`).join(', ')}`, value);
        }
        return value;
    };
}
/** A flag that is present only when set: `true`, never `false`. */
const isTrue = (value, field, where) => {
    if (value !== true)
        fail(where, field, 'must be true (leave the field out for false)', value);
    return true;
};
function integer(min, max = Number.MAX_SAFE_INTEGER) {
    return (value, field, where) => {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
            fail(where, field, `must be a whole number from ${min} to ${max}`, value);
        }
        return value;
    };
}
function arrayOf(item, max) {
    return (value, field, where) => {
        if (!Array.isArray(value) || value.length > max)
            fail(where, field, `must be a list of at most ${max} items`, value);
        return value.map((v, i) => item(v, `${field}[${i}]`, where));
    };
}
function required(check) {
    return { check };
}
function optional(check) {
    return { check, optional: true };
}
/** An object with exactly the fields of `shape`; unknown fields are refused (they are usually typos). */
function objectOf(shape) {
    // Checked for every event of a rebuild: nothing here is recomputed per value, and the
    // dotted names of nested fields are made once per parent name, not once per value.
    const known = Object.keys(shape);
    const knownSet = new Set(known);
    const specs = Object.entries(shape);
    const names = new Map();
    const namesUnder = (field) => {
        let list = names.get(field);
        if (!list) {
            list = specs.map(([name]) => join(field, name));
            // Array items name their index ("files[3]"): keep the cache small whatever the input.
            if (names.size < 64)
                names.set(field, list);
        }
        return list;
    };
    return (value, field, where) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            fail(where, field, 'must be an object', value);
        const input = value;
        for (const name in input) {
            if (!knownSet.has(name) && Object.hasOwn(input, name)) {
                fail(where, join(field, name), `is not a known field (known: ${known.join(', ')})`, input[name]);
            }
        }
        const dotted = namesUnder(field);
        const out = {};
        for (let i = 0; i < specs.length; i++) {
            const [name, spec] = specs[i];
            const v = input[name];
            if (v === undefined) {
                if (!spec.optional)
                    fail(where, dotted[i], 'is required', v);
                continue;
            }
            out[name] = spec.check(v, dotted[i], where);
        }
        return out;
    };
}
function join(field, name) {
    return field ? `${field}.${name}` : name;
}


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ assertSafeSegment)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

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

/***/ 9770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ compareAndSwapLoop)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./shared/state/log/backoff.ts
const BACKOFF_BASE_MS = 100;
const BACKOFF_CAP_MS = 2000;
/** When attempts are slow, the cap grows to this many of them (50 writers x 4 appends on 2 cores: 8 let one append need 25 attempts, 20 keeps the worst at about 14; npm run bench:writers). */
const CAP_SLOTS = 20;
/**
 * The wait before the next attempt after a lost compare-and-swap race, with
 * "decorrelated jitter": a random time between the base and three times the
 * previous wait, capped. Each writer's waits drift apart from the others'
 * instead of marching in step, which full or equal jitter on a shared
 * exponential schedule does not prevent. The base is 100 ms or, when longer,
 * half the time our last attempt took, and the cap is 2 s or, when longer,
 * 20 such attempts: on a slow machine or network the writers spread out as
 * fast as they collide. `previousMs` is 0 before the first retry.
 */
function backoffDelay(previousMs, lastAttemptMs, random) {
    const base = Math.max(BACKOFF_BASE_MS, Math.floor(lastAttemptMs / 2));
    const cap = Math.max(BACKOFF_CAP_MS, CAP_SLOTS * lastAttemptMs);
    const upper = Math.max(base, 3 * Math.max(previousMs, base));
    return Math.floor(Math.min(cap, base + random() * (upper - base)));
}

;// CONCATENATED MODULE: ./shared/state/log/compare-and-swap.ts


/** Runs `attempt` (given its number, from 1) until it is done or `maxAttempts` ran. */
async function compareAndSwapLoop(options, attempt) {
    let lastFailure = '';
    let lastDuration = 0;
    let lastWait = 0;
    for (let n = 1; n <= options.maxAttempts; n++) {
        if (n > 1) {
            lastWait = backoffDelay(lastWait, lastDuration, options.random ?? Math.random);
            options.onRetry?.(lastFailure, lastWait, n);
            await (options.sleep ?? promises_.setTimeout)(lastWait);
        }
        const started = Date.now();
        const outcome = await attempt(n);
        if ('done' in outcome)
            return { done: outcome.done, attempts: n };
        if (outcome.timed !== false)
            lastDuration = Date.now() - started;
        lastFailure = outcome.retry;
    }
    return { attempts: options.maxAttempts, lastFailure };
}


/***/ }),

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nl: () => (/* binding */ ObjectWriter),
  No: () => (/* binding */ commitContent),
  cZ: () => (/* binding */ parseTree),
  Ue: () => (/* binding */ treeContent)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/objects.ts
var git_objects = __webpack_require__(5805);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./shared/git/pack.ts


const TYPE_CODE = { commit: 1, tree: 2, blob: 3 };
/**
 * A version 2 pack of whole objects, as `git index-pack --stdin` reads it (the header, each object's type and
 * size followed by its deflated content, and the checksum of all that in the repository's hash), and the index
 * git would write for it: each object's id (computed by the caller, as
 * git computes it), the CRC-32 of its packed bytes and its offset, in id order (gitformat-pack(5), "idx
 * version 2"). With the index, the pack needs no `git index-pack` to be read: the same two files, byte for byte.
 */
function indexedPackOf(objects, algorithm) {
    const header = Buffer.alloc(12);
    header.write('PACK', 0, 'latin1');
    header.writeUInt32BE(2, 4);
    header.writeUInt32BE(objects.length, 8);
    const parts = [header];
    const entries = [];
    let offset = header.length;
    // The fastest compression: the pack is kept as it is (a 1 MB projection.json becomes 90 kB).
    for (const o of objects) {
        const head = entryHeader(TYPE_CODE[o.type], o.content.length);
        const body = (0,external_node_zlib_.deflateSync)(o.content, { level: 1 });
        parts.push(head, body);
        entries.push({ oid: o.oid, offset, crc: crc32(body, crc32(head)) });
        offset += head.length + body.length;
    }
    const body = Buffer.concat(parts);
    const sum = (0,external_node_crypto_.createHash)(algorithm).update(body).digest();
    return { pack: Buffer.concat([body, sum]), idx: packIndex(entries, sum, algorithm), checksum: sum.toString('hex') };
}
function packIndex(entries, packSum, algorithm) {
    if (entries.some((e) => e.offset >= 0x80000000))
        return null;
    const sorted = [...entries].sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
    const n = sorted.length;
    const fanout = Buffer.alloc(256 * 4);
    const counts = new Array(256).fill(0);
    for (const e of sorted)
        counts[parseInt(e.oid.slice(0, 2), 16)]++;
    let total = 0;
    for (let i = 0; i < 256; i++)
        fanout.writeUInt32BE((total += counts[i]), i * 4);
    const names = Buffer.from(sorted.map((e) => e.oid).join(''), 'hex');
    const crcs = Buffer.alloc(n * 4);
    const offsets = Buffer.alloc(n * 4);
    sorted.forEach((e, i) => {
        crcs.writeUInt32BE(e.crc, i * 4);
        offsets.writeUInt32BE(e.offset, i * 4);
    });
    // Magic "\377tOc", version 2; no table of 8-byte offsets (every offset is under 2 GiB).
    const body = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, names, crcs, offsets, packSum]);
    return Buffer.concat([body, (0,external_node_crypto_.createHash)(algorithm).update(body).digest()]);
}
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
});
/** CRC-32 (zlib's), continuing from `previous`. */
function crc32(data, previous = 0) {
    let c = ~previous;
    for (let i = 0; i < data.length; i++)
        c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
    return ~c >>> 0;
}
/** Type in bits 6–4 of the first byte, the size in 4 bits then 7 bits per byte, low bits first; the top bit says more follows. */
function entryHeader(type, size) {
    const bytes = [];
    let byte = (type << 4) | (size & 0x0f);
    let rest = Math.floor(size / 16);
    while (rest > 0) {
        bytes.push(byte | 0x80);
        byte = rest & 0x7f;
        rest = Math.floor(rest / 128);
    }
    bytes.push(byte);
    return Buffer.from(bytes);
}

;// CONCATENATED MODULE: ./shared/state/log/git-objects.ts




/** Parses a raw tree object (`<mode> <name>\0<binary id>` entries). */
function parseTree(content, oidHexLength) {
    const idBytes = oidHexLength / 2;
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const space = content.indexOf(0x20, pos);
        const nul = content.indexOf(0x00, space);
        if (space < 0 || nul < 0)
            throw new errors/* StateError */.qq('cannot parse a tree object of the state branch');
        const mode = content.toString('latin1', pos, space);
        const name = content.toString('latin1', space + 1, nul);
        const oid = content.toString('hex', nul + 1, nul + 1 + idBytes);
        pos = nul + 1 + idBytes;
        entries.push({ mode, name, oid, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob' });
    }
    return entries;
}
/**
 * Collects new objects and computes their ids in-process (so trees and the
 * commit can be built before anything is written), then writes them all as
 * one pack built here, with the index `git index-pack` would write for it
 * (byte for byte: test/foundations/pack-index.test.ts), whatever their number
 * and types, and no git process. The ids are git's (hash-object's, checked by
 * the tests with fsck); a remote indexes what it receives itself, so an id
 * computed wrongly could never reach the branch: the push would be refused.
 */
class ObjectWriter {
    git;
    algorithm;
    pending = new Map();
    constructor(git, algorithm) {
        this.git = git;
        this.algorithm = algorithm;
    }
    add(type, content) {
        const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        const oid = (0,external_node_crypto_.createHash)(this.algorithm).update(`${type} ${body.length}\0`).update(body).digest('hex');
        this.pending.set(oid, { type, content: body });
        return oid;
    }
    async flush() {
        const objects = [...this.pending].map(([oid, o]) => ({ ...o, oid }));
        this.pending.clear();
        if (objects.length)
            await (0,git_objects/* storePack */.PQ)(this.git, indexedPackOf(objects, this.algorithm));
    }
}
/** A raw tree object: entries in git's order (a folder sorts as if its name ended with "/"). */
function treeContent(entries) {
    const sortName = (e) => Buffer.from(e.type === 'tree' ? `${e.name}/` : e.name, 'latin1');
    const sorted = [...entries].sort((a, b) => Buffer.compare(sortName(a), sortName(b)));
    const parts = [];
    for (const e of sorted) {
        parts.push(Buffer.from(`${e.mode} `, 'latin1'), Buffer.from(e.name, 'latin1'), Buffer.from([0]), Buffer.from(e.oid, 'hex'));
    }
    return Buffer.concat(parts);
}
/** A raw commit object, author and committer alike, in UTC. */
function commitContent(c) {
    const who = `${c.identity.name} <${c.identity.email}> ${c.seconds} +0000`;
    return [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${who}`, `committer ${who}`, '', c.message, ''].join('\n');
}


/***/ }),

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZO: () => (/* binding */ checkedEventRelativePath),
/* harmony export */   e: () => (/* binding */ normalizeRoot),
/* harmony export */   yC: () => (/* binding */ StateLayout)
/* harmony export */ });
/* unused harmony export eventRelativePath */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _events_safe_segment__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8327);


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

/***/ 3469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HI: () => (/* binding */ readEventLog),
  Bk: () => (/* binding */ rebuildProjection)
});

// UNUSED EXPORTS: reasonOf

// EXTERNAL MODULE: ./shared/state/events/events.ts + 1 modules
var events = __webpack_require__(2071);
// EXTERNAL MODULE: ./shared/git/quoted-path.ts
var quoted_path = __webpack_require__(8337);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/git/temp-output.ts
var temp_output = __webpack_require__(8969);
;// CONCATENATED MODULE: ./shared/git/follow-cat-file.ts






const EMPTY = Buffer.alloc(0);
/** Bytes read at a time from a growing `cat-file` output. */
const FOLLOW_CHUNK = 1 << 20;
/**
 * `git cat-file --batch` over a listing file whose lines start with an object
 * id (what follows the first space is ignored). Git writes into a temporary
 * file that is read while it grows, so objects are handled while git is still
 * reading the rest: neither side waits for the other, as a pipe would make
 * them (git writes each blob with separate calls, and a full pipe stops it).
 * Returns the number of objects.
 */
async function followCatFile(git, listFile, options) {
    return (0,temp_output/* withTempDir */.E8)('orch-follow-', async (dir) => {
        const input = await (0,external_node_fs_promises_.open)(listFile, 'r');
        const output = await (0,external_node_fs_promises_.open)((0,external_node_path_.join)(dir, 'objects'), 'w+');
        let exited = false;
        let failure;
        const running = git
            .execBuffer(['cat-file', '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)', '--buffer'], {
            stdinFd: input.fd,
            stdoutFd: output.fd,
        })
            .then(() => void (exited = true), (error) => void ((exited = true), (failure = error)));
        try {
            options.onStart?.();
            let pending = EMPTY;
            let position = 0;
            let need = 0;
            let count = 0;
            for (;;) {
                // Seen before reading: when git had exited before this read, an empty read is the end.
                const finished = exited;
                const chunk = Buffer.allocUnsafe(Math.max(FOLLOW_CHUNK, need - pending.length));
                const { bytesRead } = await output.read(chunk, 0, chunk.length, position);
                if (bytesRead === 0) {
                    if (finished)
                        break;
                    await Promise.race([running, (0,promises_.setTimeout)(2)]);
                    continue;
                }
                position += bytesRead;
                pending = pending.length ? Buffer.concat([pending, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
                let pos = 0;
                need = 0;
                for (;;) {
                    const record = (0,cat_file/* readBatchRecord */.gu)(pending, pos);
                    if (!record)
                        break;
                    if (record.next > pending.length) {
                        need = record.next - pos;
                        break;
                    }
                    options.onObject(record.result, count++);
                    pos = record.next;
                }
                pending = pending.subarray(pos);
            }
            await running;
            if (failure)
                throw failure;
            if (pending.length)
                throw new errors/* StateError */.qq('git cat-file --batch stopped in the middle of an object');
            return count;
        }
        finally {
            await running;
            await input.close();
            await output.close();
        }
    });
}

// EXTERNAL MODULE: ./shared/state/events/field-checks.ts
var field_checks = __webpack_require__(588);
// EXTERNAL MODULE: ./shared/state/log/paths.ts
var paths = __webpack_require__(5221);
// EXTERNAL MODULE: ./shared/state/projection/projection.ts
var projection_projection = __webpack_require__(9611);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(1672);
;// CONCATENATED MODULE: ./shared/state/log/rebuild.ts











const EVENT_FILE = /^([A-Za-z0-9_][A-Za-z0-9._-]{0,99})\/([0-9a-f]{2})\/([0-9a-f]{64})\.json$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** One line per file: what `cat-file` reads (the id first) and what we report (mode, type, path). */
const LISTING_FORMAT = '--format=%(objectname) %(objectmode) %(objecttype)%x09%(path)';
/**
 * Reads every event file of the events tree with two git processes: `ls-tree
 * -r` lists the files, and one `cat-file --batch` reads them while we parse
 * what it has written so far, so that git's work and ours overlap. Files that
 * cannot be read are reported with their path and the reason, and the rest
 * is kept.
 */
async function readEventLog(git, layout, eventsTree, onEvent) {
    const problems = [];
    if (!eventsTree)
        return problems;
    // `relative` is the path under the events folder. It is checked only where an event is
    // not at home: a valid event whose own path is `relative` vouches for the path.
    const problem = (relative, reason) => {
        const m = EVENT_FILE.exec(relative);
        const path = `${layout.eventsDir}/${relative}`;
        if (m && m[2] === m[3].slice(0, 2))
            problems.push({ path, reason });
        else
            problems.push({ path: shown(path), reason: 'not where an event file belongs (events/<feature>/<key[0:2]>/<key>.json)' });
    };
    const handle = (relative, blob) => {
        if (blob.missing)
            return problem(relative, 'the blob is missing from the repository');
        try {
            // Invalid UTF-8 decodes to U+FFFD: only then pay for the strict check.
            const text = blob.content.toString('utf8');
            if (text.includes('\uFFFD') && !isUtf8(blob.content))
                return problem(relative, 'not valid UTF-8 text');
            const event = (0,events/* parseEvent */.wj)(text, relative);
            const home = (0,paths/* checkedEventRelativePath */.ZO)(event.feature, event.key);
            if (home !== relative)
                return problem(relative, `holds event ${event.key} of feature ${event.feature}, which belongs at ${layout.eventsDir}/${home}`);
            onEvent(event);
        }
        catch (error) {
            problem(relative, reasonOf(error, relative));
        }
    };
    await (0,temp_output/* withTempDir */.E8)('orch-events-', async (dir) => {
        const listFile = (0,external_node_path_.join)(dir, 'listing');
        await (0,temp_output/* runToFile */.Tb)(git, ['-c', 'core.quotePath=false', 'ls-tree', '-r', LISTING_FORMAT, eventsTree], listFile);
        // Parsed while cat-file starts reading. Entries that are not plain files stay null (and are problems).
        let files = [];
        const count = await followCatFile(git, listFile, {
            onStart: () => {
                files = parseListing((0,external_node_fs_.readFileSync)(listFile, 'utf8'), layout, problems);
            },
            onObject: (blob, i) => {
                const relative = files[i];
                if (relative !== null && relative !== undefined)
                    handle(relative, blob);
            },
        });
        if (count !== files.length)
            throw new errors/* StateError */.qq(`git cat-file read ${count} objects of the ${files.length} files of the events tree`);
    });
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return problems;
}
const CONTROL = (0,controls/* charPattern */.F2)([controls.C0, controls/* DEL */.IY, controls.C1]);
/** A name made by hand may hold line breaks or escapes: quote it, it ends up in logs and markdown. */
function shown(path) {
    return CONTROL.test(path) ? JSON.stringify(path) : path;
}
const REGULAR_FILE = ' 100644 blob\t';
/**
 * The listing's paths (under the events folder) in order, null for entries
 * that are not regular files, which are reported as problems. Runs once per
 * file of a rebuild, so it only cuts the lines.
 */
function parseListing(listing, layout, problems) {
    const files = [];
    let start = 0;
    while (start < listing.length) {
        let end = listing.indexOf('\n', start);
        if (end < 0)
            end = listing.length;
        const space = listing.indexOf(' ', start);
        if (listing.startsWith(REGULAR_FILE, space)) {
            files.push((0,quoted_path/* unquoteGitPath */.L)(listing.slice(space + REGULAR_FILE.length, end)));
        }
        else {
            const tab = listing.indexOf('\t', start);
            const [, mode, type] = listing.slice(start, tab).split(' ');
            const path = shown(`${layout.eventsDir}/${(0,quoted_path/* unquoteGitPath */.L)(listing.slice(tab + 1, end))}`);
            files.push(null);
            problems.push({ path, reason: `not a regular file (mode ${mode}, ${type}); event files are plain JSON files` });
        }
        start = end + 1;
    }
    return files;
}
/** Kept under its old name for its test; the one implementation is git's. */
/** The projection of all readable events, with the unreadable files listed as problems. */
async function rebuildProjection(git, layout, eventsTree) {
    const projection = (0,projection_projection/* emptyProjection */.Vl)();
    // Folded as they are parsed: 100k parsed events need not all live at once.
    const problems = await readEventLog(git, layout, eventsTree, (event) => (0,projection_projection/* applyEvent */.Z8)(projection, event));
    projection.eventsTree = eventsTree;
    projection.problems = problems;
    return projection;
}
function reasonOf(error, where) {
    if (error instanceof field_checks/* InvalidEventError */._r)
        return error.message.slice(where.length + 2);
    return error instanceof Error ? error.message : String(error);
}
function isUtf8(bytes) {
    try {
        strictUtf8.decode(bytes);
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4138:
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
var errors = __webpack_require__(2635);
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
var refs = __webpack_require__(4435);
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
 * The state push's packing sends whole objects (no delta search): the state's large files (projection, views,
 * caches) change a little on every append, and searching deltas for them cost more than the bytes saved (a corpus
 * with 1,160 conflicting pairs, one branch moved: 630 ms for a 143 KB pack, 175 ms for 1.1 MB). Given in the
 * environment, after any config entries the Git has (a token's header), so only this push's own packing changes.
 */
const WHOLE_OBJECTS = { 'pack.window': '0' };
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
        r = await git.exec(args, { allowedExitCodes: [0, 1, 128], env: git.configEnv(WHOLE_OBJECTS) });
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
    // `=`: the remote already held this very commit, so git checked no lease and sent nothing. Another writer
    // built a byte-identical commit (the same events on the same head in the same second) and pushed it
    // first: the facts are recorded, but not by this push. Read again (the events are then already there),
    // so that only one of the two writers reports them as added, and announces them.
    if (flag === '=')
        return { status: 'stale', detail: 'another writer pushed this same commit first' };
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

/***/ 1612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ objectName),
/* harmony export */   T: () => (/* binding */ loadStateAt)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/* harmony import */ var _git_cat_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4271);
/* harmony import */ var _projection_projection_io__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7437);
/* harmony import */ var _projection_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9611);
/* harmony import */ var _rebuild__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3469);






function objectName(commit, path) {
    return path === '' ? `${commit}^{tree}` : `${commit}:${path}`;
}
async function loadStateAt(git, layout, logger, commit, paths = [], known) {
    if (!commit) {
        const nothing = async () => { };
        return {
            commit,
            projection: (0,_projection_projection__WEBPACK_IMPORTED_MODULE_0__/* .emptyProjection */ .Vl)(),
            eventsTree: null,
            rebuilt: false,
            ours: true,
            listing: () => null,
            object: () => undefined,
            load: nothing,
        };
    }
    const reuse = known?.commit === commit ? known : undefined;
    const wanted = [
        ...new Set([...(reuse ? [] : [layout.projectionPath, layout.projectionDigestPath, layout.markerPath]), layout.eventsDir, ...paths]),
    ];
    const results = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_1__/* .catFileBatch */ .Fn)(git, wanted.map((p) => objectName(commit, p)));
    const byPath = new Map();
    wanted.forEach((p, i) => byPath.set(p, results[i]));
    const trees = new Map();
    const access = {
        load: async (paths) => {
            const more = paths.filter((p) => !byPath.has(p));
            const found = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_1__/* .catFileBatch */ .Fn)(git, more.map((p) => objectName(commit, p)));
            more.forEach((p, i) => byPath.set(p, found[i]));
        },
        object: (path) => {
            const r = byPath.get(path);
            return r && !r.missing ? r : undefined;
        },
        listing: (dir) => {
            if (!trees.has(dir)) {
                // A folder we did not read would be rebuilt empty, dropping its files: refuse.
                if (!byPath.has(dir))
                    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`internal error: folder "${dir}" of the state branch was not loaded`);
                const r = byPath.get(dir);
                trees.set(dir, r && !r.missing && r.type === 'tree' ? (0,_git_objects__WEBPACK_IMPORTED_MODULE_3__/* .parseTree */ .cZ)(r.content, r.oid.length) : null);
            }
            return trees.get(dir);
        },
    };
    if (reuse)
        return { ...reuse, commit, ...access };
    const events = byPath.get(layout.eventsDir);
    if (!events.missing && events.type !== 'tree')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`"${layout.eventsDir}" on the state branch is a ${events.type}, not a folder`);
    const eventsTree = events.missing ? null : events.oid;
    const stored = byPath.get(layout.projectionPath);
    const digest = byPath.get(layout.projectionDigestPath);
    const marker = byPath.get(layout.markerPath);
    const storedBytes = stored.missing ? null : stored.content;
    const ours = (!marker.missing && marker.type === 'blob') || (0,_projection_projection_io__WEBPACK_IMPORTED_MODULE_4__/* .isOurProjection */ .Qx)(storedBytes);
    const { projection: parsed, reason } = (0,_projection_projection_io__WEBPACK_IMPORTED_MODULE_4__/* .parseStoredProjection */ .GN)(storedBytes, digest.missing ? null : digest.content);
    let projection = parsed;
    let rebuilt = false;
    if (!projection || projection.eventsTree !== eventsTree) {
        if (eventsTree || (storedBytes && !projection)) {
            const why = projection ? 'out of date (the events folder changed outside agent-orchestrator)' : reason;
            logger.warning(`${layout.projectionPath} at ${commit.slice(0, 12)} is ${why}: rebuilding it from all events`);
        }
        projection = await (0,_rebuild__WEBPACK_IMPORTED_MODULE_5__/* .rebuildProjection */ .Bk)(git, layout, eventsTree);
        rebuilt = true;
    }
    for (const p of projection.problems)
        logger.warning(`unreadable event file ${p.path}: ${p.reason} (kept as it is; fix or remove it by hand)`);
    return { commit, projection, eventsTree, rebuilt, ours, ...access };
}


/***/ }),

/***/ 8786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   pd: () => (/* binding */ foldersOf)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4271);


/** '' for a top-level name, else the folder part of a path. */
function parentDir(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
/** Every folder that contains `path`, from the root ('') down. */
function foldersOf(path) {
    const out = [''];
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/**
 * Builds the tree of folder `top` with `changes` applied, rewriting ONLY the
 * folders on the changed paths (read through `listing`: a folder's current
 * entries, or null when it does not exist). The cost depends on how many
 * folders change, never on how many files the branch holds. Returns the new
 * tree id; the objects go to `writer`.
 */
function buildTree(writer, listing, changes, top = '') {
    const under = (path) => top === '' || path === top || path.startsWith(`${top}/`);
    const perDir = new Map();
    const dirs = new Set([top]);
    for (const change of changes) {
        if (change.path === top || !under(change.path))
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StateError */ .qq(`internal error: ${change.path} is not inside "${top}"`);
        const dir = parentDir(change.path);
        perDir.set(dir, [...(perDir.get(dir) ?? []), change]);
        for (const d of foldersOf(change.path))
            if (under(d))
                dirs.add(d);
    }
    const children = new Map();
    for (const d of dirs)
        if (d !== top)
            children.set(parentDir(d), [...(children.get(parentDir(d)) ?? []), d]);
    const build = (dir) => {
        const entries = new Map();
        for (const e of listing(dir) ?? [])
            entries.set(e.name, e);
        const put = (name, entry) => {
            const existing = entries.get(name);
            if (existing && existing.type !== entry.type) {
                const where = dir ? `${dir}/${name}` : name;
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .StateError */ .qq(`the state branch has a ${describe(existing.type)} at "${where}" where a ${describe(entry.type)} belongs; move it away and retry`);
            }
            entries.set(name, entry);
        };
        for (const c of perDir.get(dir) ?? [])
            put(baseName(c.path), { mode: c.mode, type: c.type, oid: c.oid, name: baseName(c.path) });
        for (const child of children.get(dir) ?? [])
            put(baseName(child), { mode: '40000', type: 'tree', oid: build(child), name: baseName(child) });
        return writer.add('tree', (0,_git_objects__WEBPACK_IMPORTED_MODULE_1__/* .treeContent */ .Ue)(entries.values()));
    };
    return build(top);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function describe(type) {
    return type === 'tree' ? 'folder' : type === 'commit' ? 'submodule' : 'file';
}


/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ openGuards),
/* harmony export */   w: () => (/* binding */ openDrift)
/* harmony export */ });
/* harmony import */ var _queries__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9560);

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

/***/ 7437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qx: () => (/* binding */ isOurProjection),
  GN: () => (/* binding */ parseStoredProjection),
  a8: () => (/* binding */ projectionDigest)
});

// EXTERNAL MODULE: ./shared/state/events/digest.ts
var digest = __webpack_require__(5678);
// EXTERNAL MODULE: ./shared/state/projection/projection-types.ts
var projection_types = __webpack_require__(8043);
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
/**
 * Whether the checks spell out where they are (`projection.features["x"].tasks`).
 * A stored projection holds hundreds of thousands of values and is almost always
 * right: the first pass builds no location (one string per value, most of the
 * check's time), and only a failed pass runs again with them for its message.
 */
let locating = false;
const child = (at, part) => (locating ? at + part : at);
const fail = (at, expected) => {
    throw new ShapeError(`${at} ${expected}`);
};
const str = (v, at) => (typeof v === 'string' ? v : fail(at, 'is not a text'));
const projection_check_int = (v, at) => (Number.isSafeInteger(v) && v >= 0 ? v : fail(at, 'is not a whole number'));
const maybe = (check) => (v, at) => v === undefined ? undefined : check(v, at);
const nullable = (check) => (v, at) => v === null ? null : check(v, at);
/**
 * The checks work in place on what JSON.parse just made (nobody else holds it): a list or an object is
 * returned itself, with only the values a check replaced (records, below) set again. Copying every object
 * of a 1 MB projection cost more than the checks and left the garbage collector most of a re-scan's work.
 */
const list = (check) => (v, at) => {
    if (!Array.isArray(v))
        return fail(at, 'is not a list');
    for (let i = 0; i < v.length; i++) {
        const checked = check(v[i], locating ? `${at}[${i}]` : at);
        if (checked !== v[i])
            v[i] = checked;
    }
    return v;
};
/**
 * A plain object with the given fields (other fields are kept as they are: a newer writer may add some).
 * Its fields are fixed names, never looked up by user data, so it keeps its prototype; JSON.parse made any
 * `__proto__` key an own field, which reaches no prototype.
 */
const object = (fields) => {
    const checks = Object.entries(fields);
    return (v, at) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            fail(at, 'is not an object');
        const out = v;
        for (const [key, check] of checks) {
            const value = Object.hasOwn(out, key) ? out[key] : undefined;
            const checked = check(value, child(at, `.${key}`));
            if (checked !== undefined && checked !== value)
                out[key] = checked;
        }
        return out;
    };
};
/** A record keyed by user data: a prototype-less copy, every value checked. */
const record = (check) => (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        fail(at, 'is not an object');
    const out = Object.create(null);
    for (const [key, value] of Object.entries(v))
        out[key] = check(value, locating ? `${at}[${JSON.stringify(key)}]` : at);
    return out;
};
const stamped = (fields) => object({ stamp: str, time: str, ...fields });
const range = object({ start: projection_check_int, end: projection_check_int });
const summary = stamped({ kind: str, feature: str, actor: str, summary: str });
const usageTotals = object({
    inputTokens: projection_check_int,
    outputTokens: projection_check_int,
    cacheCreationTokens: projection_check_int,
    cacheReadTokens: projection_check_int,
    costMicroUsd: projection_check_int,
    records: projection_check_int,
    lastAt: str,
});
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
        suggestion: maybe(stamped({ left: str, right: str, leftSha: str, rightSha: str, command: str, outcome: str })),
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
    trends: maybe(object({
        firstDone: record(str),
        scope: record(projection_check_int),
        began: record(projection_check_int),
        ended: record(projection_check_int),
        leadTimes: record(projection_check_int),
        cost: record(record(projection_check_int)),
    })),
    usage: maybe(record(usageTotals)),
    taskUsage: maybe(record(usageTotals)),
    budgets: maybe(record(object({ scope: str, subject: str, budgetMicroUsd: projection_check_int, spentMicroUsd: projection_check_int, time: str }))),
    remembered: maybe(record(stamped({
        path: str,
        result: maybe(str),
        commit: str,
        branch: str,
    }))),
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
        if (!(error instanceof ShapeError))
            throw error;
    }
    // Wrong somewhere: the same checks again, saying where.
    locating = true;
    try {
        projection(raw, 'projection');
        return { problem: 'projection is not shaped like a projection' };
    }
    catch (error) {
        if (error instanceof ShapeError)
            return { problem: error.message };
        throw error;
    }
    finally {
        locating = false;
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

/***/ 8043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ RECENT_LIMIT),
/* harmony export */   uH: () => (/* binding */ PROJECTION_SCHEMA),
/* harmony export */   xK: () => (/* binding */ FEATURE_RECENT_LIMIT)
/* harmony export */ });
/** Version of the projection.json format; a stored projection of another version is rebuilt. */
const PROJECTION_SCHEMA = 3;
/** How many recent events the dashboard and each feature keep (`events recent N` reads the log for more). */
const RECENT_LIMIT = 100;
const FEATURE_RECENT_LIMIT = 30;


/***/ }),

/***/ 9611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ serializeProjection),
/* harmony export */   Fk: () => (/* binding */ driftId),
/* harmony export */   Vl: () => (/* binding */ emptyProjection),
/* harmony export */   Z8: () => (/* binding */ applyEvent),
/* harmony export */   jy: () => (/* binding */ guardId)
/* harmony export */ });
/* unused harmony exports dict, emptyFeature, shareOf */
/* harmony import */ var _events_canonical_json__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4265);
/* harmony import */ var _events_conflict_pair__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2621);
/* harmony import */ var _events_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2071);
/* harmony import */ var _summarize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4861);
/* harmony import */ var _trends__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3473);
/* harmony import */ var _projection_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8043);






/**
 * A record keyed by data (feature ids, branches, blocker ids): no prototype,
 * so that a key like `constructor` or `__proto__` is just a key.
 */
function dict() {
    return Object.create(null);
}
function emptyProjection() {
    return { schema: _projection_types__WEBPACK_IMPORTED_MODULE_0__/* .PROJECTION_SCHEMA */ .uH, eventCount: 0, eventsTree: null, features: dict(), recent: [], problems: [] };
}
function emptyFeature(spec) {
    return {
        spec,
        registration: null,
        agents: dict(),
        tasks: dict(),
        prs: dict(),
        conflicts: dict(),
        divergence: dict(),
        tests: dict(),
        blockers: dict(),
        guards: dict(),
        synced: dict(),
        merged: dict(),
        scans: dict(),
        assignments: dict(),
        drift: dict(),
        activity: dict(),
        counts: dict(),
        eventCount: 0,
        recent: [],
    };
}
/**
 * Folds one NEW event (its key not yet in the log) into the projection, in
 * place. Every rule is order-independent — latest is the greatest stamp,
 * counts add, recent lists keep the greatest stamps — so folding any
 * permutation of a set of events gives the same projection.
 */
function applyEvent(projection, event) {
    const feature = (projection.features[event.feature] ??= emptyFeature(event.feature));
    const s = { stamp: (0,_events_events__WEBPACK_IMPORTED_MODULE_1__/* .stampOf */ .Zs)(event), time: event.time };
    projection.eventCount++;
    feature.eventCount++;
    feature.counts[event.kind] = (feature.counts[event.kind] ?? 0) + 1;
    let summary;
    const summarize = () => (summary ??= { ...s, kind: event.kind, feature: event.feature, actor: event.actor, summary: (0,_summarize__WEBPACK_IMPORTED_MODULE_2__/* .summarizeEvent */ .U2)(event) });
    keepNewest(projection.recent, s.stamp, summarize, _projection_types__WEBPACK_IMPORTED_MODULE_0__/* .RECENT_LIMIT */ .Kb);
    keepNewest(feature.recent, s.stamp, summarize, _projection_types__WEBPACK_IMPORTED_MODULE_0__/* .FEATURE_RECENT_LIMIT */ .xK);
    (0,_trends__WEBPACK_IMPORTED_MODULE_3__/* .applyTrends */ .d5)(feature, event, s.stamp);
    const touch = (name) => {
        if (name && !(feature.activity[name] >= event.time))
            feature.activity[name] = event.time;
    };
    switch (event.kind) {
        case 'feature-registered': {
            const d = event.data;
            if (newer(s, feature.registration)) {
                feature.registration = { ...s, name: d.name, baseBranch: d.baseBranch, tasksFile: d.tasksFile, tasks: d.tasks ?? [] };
            }
            break;
        }
        case 'agent-assigned': {
            const d = event.data;
            touch(d.branch);
            if (newer(s, feature.agents[d.branch]))
                feature.agents[d.branch] = { ...s, role: d.role, branch: d.branch, index: d.index };
            break;
        }
        case 'task-updated': {
            const d = event.data;
            touch(d.agent);
            if (newer(s, feature.tasks[d.taskId])) {
                feature.tasks[d.taskId] = { ...s, state: d.state, commit: d.commit, agent: d.agent, message: d.message };
            }
            break;
        }
        case 'pr-updated': {
            const d = event.data;
            touch(d.head);
            // Merged and closed are final (GitHub's times have one-second resolution, so an update
            // recorded in the same second must not reopen it); among equals the latest wins.
            const current = feature.prs[String(d.number)];
            const rank = (a) => (a === 'merged' || a === 'closed' ? 1 : 0);
            if (!current || rank(d.action) > rank(current.action) || (rank(d.action) === rank(current.action) && newer(s, current)))
                feature.prs[String(d.number)] = { ...s, ...d };
            break;
        }
        // Scans (conflicts, divergence, their heartbeat) are not an agent's activity: an idle agent must look idle.
        case 'conflict-detected': {
            const d = event.data;
            const c = conflictOf(feature, event.feature, d.left, d.right);
            if (newer(s, c.detected))
                c.detected = { ...s, ...d };
            if (!c.resolved || s.stamp > c.resolved.stamp) {
                c.openSince = insertSorted(c.openSince, s.stamp);
                if (d.manual)
                    c.manualSince = insertSorted(c.manualSince, s.stamp);
            }
            break;
        }
        case 'conflict-resolved': {
            const d = event.data;
            const c = conflictOf(feature, event.feature, d.left, d.right);
            c.resolutions++;
            if (newer(s, c.resolved)) {
                c.resolved = { ...s, detectedAt: d.detectedAt, lifetimeSeconds: d.lifetimeSeconds, ...(d.reason ? { reason: d.reason } : {}) };
                c.openSince = c.openSince.filter((stamp) => stamp > s.stamp);
                c.manualSince = c.manualSince.filter((stamp) => stamp > s.stamp);
            }
            break;
        }
        case 'divergence-measured': {
            const d = event.data;
            const byAgainst = (feature.divergence[d.branch] ??= dict());
            if (newer(s, byAgainst[d.against]))
                byAgainst[d.against] = { ...s, ahead: d.ahead, behind: d.behind, sha: d.sha };
            break;
        }
        case 'test-result': {
            const d = event.data;
            touch(d.branch ?? d.role);
            const id = JSON.stringify([d.role, d.branch ?? null, d.suite]);
            if (newer(s, feature.tests[id]))
                feature.tests[id] = { ...s, ...d };
            break;
        }
        case 'blocker-raised': {
            const d = event.data;
            touch(d.agent);
            const b = (feature.blockers[d.id] ??= { id: d.id, raised: null, cleared: null, raisedCount: 0, clearedCount: 0 });
            b.raisedCount++;
            if (newer(s, b.raised))
                b.raised = { ...s, agent: d.agent, reason: d.reason, by: event.actor };
            break;
        }
        case 'blocker-cleared': {
            const d = event.data;
            const b = (feature.blockers[d.id] ??= { id: d.id, raised: null, cleared: null, raisedCount: 0, clearedCount: 0 });
            b.clearedCount++;
            if (newer(s, b.cleared))
                b.cleared = { ...s, note: d.note };
            break;
        }
        case 'guard-violation': {
            const d = event.data;
            touch(d.branch);
            const g = guardOf(feature, d);
            g.raised = Math.max(g.raised, d.occurrence ?? 1);
            if (newer(s, g.detected))
                g.detected = { ...s, detail: d.detail, commit: d.commit };
            break;
        }
        case 'guard-cleared': {
            const d = event.data;
            const g = guardOf(feature, d);
            g.cleared = Math.max(g.cleared, d.occurrence ?? 1);
            break;
        }
        case 'branch-synced': {
            const d = event.data;
            touch(d.branch);
            if (newer(s, feature.synced[d.branch]))
                feature.synced[d.branch] = { ...s, sha: d.sha };
            break;
        }
        case 'scan-completed': {
            const d = event.data;
            if (newer(s, feature.scans[d.scanner])) {
                const { scanner: _scanner, occurrence: _occurrence, ...rest } = d;
                feature.scans[d.scanner] = { ...s, ...rest };
            }
            break;
        }
        case 'task-merged': {
            const d = event.data;
            const byCommit = (feature.merged[d.taskId] ??= dict());
            // The first merge of a commit is when it was merged.
            const current = byCommit[d.commit];
            if (!current || s.stamp < current.stamp)
                byCommit[d.commit] = { ...s, into: d.into, ...(d.pr ? { pr: d.pr } : {}) };
            break;
        }
        case 'task-assigned': {
            const d = event.data;
            touch(d.agent);
            const assignments = (feature.assignments ??= dict());
            const current = assignments[d.taskId];
            const occurrences = { ...(current?.occurrences ?? {}) };
            occurrences[d.agent] = Math.max(occurrences[d.agent] ?? 0, event.data.occurrence ?? 1);
            if (newer(s, current))
                assignments[d.taskId] = { ...s, agent: d.agent, occurrences, ...(d.wave !== undefined ? { wave: d.wave } : {}) };
            else
                current.occurrences = occurrences;
            break;
        }
        case 'scope-drift': {
            const d = event.data;
            const g = driftOf(feature, d);
            g.raised = Math.max(g.raised, d.occurrence ?? 1);
            if (newer(s, g.detected))
                g.detected = { ...s, commit: d.commit, ...(d.tasks ? { tasks: d.tasks } : {}) };
            break;
        }
        case 'scope-cleared': {
            const d = event.data;
            const g = driftOf(feature, d);
            g.cleared = Math.max(g.cleared, d.occurrence ?? 1);
            break;
        }
        case 'conflict-predicted': {
            const d = event.data;
            touch(d.agent);
            const predicted = (feature.predicted ??= dict());
            const id = JSON.stringify([d.agent, d.path, d.sibling]);
            const current = predicted[id];
            const warnings = (current?.warnings ?? 0) + 1;
            if (newer(s, current))
                predicted[id] = { ...s, agent: d.agent, path: d.path, sibling: d.sibling, siblingSha: d.siblingSha, ranges: d.ranges, warnings };
            else
                current.warnings = warnings;
            break;
        }
        case 'resolution-remembered': {
            // The earliest resolution of a hunk is kept (the least stamp: order-independent, like every rule here).
            // Only its result: the key is the hunk, and the event keeps base, ours and theirs.
            const d = event.data;
            const remembered = (feature.remembered ??= dict());
            const current = remembered[d.key];
            if (!current || s.stamp < current.stamp)
                remembered[d.key] = { ...s, path: d.path, ...(d.result ? { result: d.result } : {}), commit: d.commit, branch: d.branch };
            break;
        }
        case 'notification-pending': {
            const outbox = (feature.outbox ??= dict());
            outbox[event.data.event] = Math.max(outbox[event.data.event] ?? 0, event.data.occurrence ?? 1);
            break;
        }
        case 'resolution-suggested': {
            const d = event.data;
            const c = conflictOf(feature, event.feature, d.left, d.right);
            if (newer(s, c.suggestion))
                c.suggestion = { ...s, ...d };
            break;
        }
        case 'notification-claimed': {
            const outbox = feature.outbox ?? {};
            if ((outbox[event.data.event] ?? 0) <= (event.data.occurrence ?? 1))
                delete outbox[event.data.event];
            break;
        }
        case 'agent-usage': {
            const d = event.data;
            touch(d.agent);
            addUsage(((feature.usage ??= dict())[d.agent] ??= noUsage()), d, event.time);
            const tasks = [...new Set(d.tasks ?? [])].sort();
            tasks.forEach((id, i) => addUsage(((feature.taskUsage ??= dict())[id] ??= noUsage()), shareOf(d, i, tasks.length), event.time));
            break;
        }
        case 'budget-crossed': {
            const d = event.data;
            const id = JSON.stringify([d.scope, d.subject]);
            const current = (feature.budgets ??= dict())[id];
            if (!current || d.budgetMicroUsd > current.budgetMicroUsd)
                feature.budgets[id] = {
                    scope: d.scope,
                    subject: d.subject,
                    budgetMicroUsd: d.budgetMicroUsd,
                    spentMicroUsd: d.spentMicroUsd,
                    time: event.time,
                };
            break;
        }
        case 'brief-delivered': {
            const briefed = (feature.briefed ??= dict());
            for (const id of event.data.conflicts ?? []) {
                const told = (briefed[id] ??= dict());
                if ((told[event.data.agent] ?? '') < event.time)
                    told[event.data.agent] = event.time;
            }
            break;
        }
    }
}
const USAGE_FIELDS = ['inputTokens', 'outputTokens', 'cacheCreationTokens', 'cacheReadTokens', 'costMicroUsd'];
function noUsage() {
    return { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, costMicroUsd: 0, records: 0, lastAt: '' };
}
function addUsage(totals, d, time) {
    for (const field of USAGE_FIELDS)
        totals[field] += d[field];
    totals.records++;
    if (time > totals.lastAt)
        totals.lastAt = time;
}
/**
 * The share of task `i` of `n` (sorted ids) in a usage record: the whole parts split evenly,
 * the remainder one each to the first tasks, so that the shares add up to the record exactly.
 */
function shareOf(d, i, n) {
    const share = (v) => Math.floor(v / n) + (i < v % n ? 1 : 0);
    return {
        inputTokens: share(d.inputTokens),
        outputTokens: share(d.outputTokens),
        cacheCreationTokens: share(d.cacheCreationTokens),
        cacheReadTokens: share(d.cacheReadTokens),
        costMicroUsd: share(d.costMicroUsd),
    };
}
/** The projection as stored: canonical JSON, so equal projections are equal bytes. */
function serializeProjection(projection) {
    return `${(0,_events_canonical_json__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .d)(projection, 1)}\n`;
}
function newer(s, current) {
    return !current || s.stamp > current.stamp;
}
/** The id of a guard fact: which branch, which rule, which path or target. */
function guardId(branch, kind, subject) {
    return JSON.stringify([branch, kind, subject]);
}
function guardOf(feature, d) {
    return (feature.guards[guardId(d.branch, d.kind, d.subject)] ??= {
        branch: d.branch,
        kind: d.kind,
        subject: d.subject,
        raised: 0,
        cleared: 0,
        detected: null,
    });
}
/** The id of a drift fact: which branch, which path. */
function driftId(branch, path) {
    return JSON.stringify([branch, path]);
}
function driftOf(feature, d) {
    return ((feature.drift ??= dict())[driftId(d.branch, d.path)] ??= {
        branch: d.branch,
        path: d.path,
        raised: 0,
        cleared: 0,
        detected: null,
    });
}
function conflictOf(feature, spec, left, right) {
    const id = (0,_events_conflict_pair__WEBPACK_IMPORTED_MODULE_5__/* .conflictId */ .W)(spec, left, right);
    return (feature.conflicts[id] ??= {
        id,
        branches: (0,_events_conflict_pair__WEBPACK_IMPORTED_MODULE_5__/* .sortedPair */ .w)(left, right),
        detected: null,
        resolved: null,
        openSince: [],
        manualSince: [],
        resolutions: 0,
    });
}
/** Inserts into a newest-first list bounded to `limit`, in place; builds the summary only when it is kept. */
function keepNewest(list, stamp, summarize, limit) {
    if (list.length >= limit && stamp < list[list.length - 1].stamp)
        return;
    let i = 0;
    while (i < list.length && list[i].stamp > stamp)
        i++;
    list.splice(i, 0, summarize());
    if (list.length > limit)
        list.length = limit;
}
function insertSorted(list, value) {
    if (list.includes(value))
        return list;
    return [...list, value].sort();
}


/***/ }),

/***/ 9560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AA: () => (/* binding */ agentAliases),
/* harmony export */   AW: () => (/* binding */ openBlockers),
/* harmony export */   DC: () => (/* binding */ lastSyncedSha),
/* harmony export */   Hi: () => (/* binding */ featuresOf),
/* harmony export */   J7: () => (/* binding */ latestTests),
/* harmony export */   MP: () => (/* binding */ withOpenConflictsKept),
/* harmony export */   W5: () => (/* binding */ countsTests),
/* harmony export */   YN: () => (/* binding */ timeOfStamp),
/* harmony export */   cX: () => (/* binding */ openConflicts),
/* harmony export */   eG: () => (/* binding */ keptFor),
/* harmony export */   eg: () => (/* binding */ lastActivity),
/* harmony export */   et: () => (/* binding */ agentsOf),
/* harmony export */   hv: () => (/* binding */ taskProgress),
/* harmony export */   nB: () => (/* binding */ compareTaskIds),
/* harmony export */   r2: () => (/* binding */ cmp),
/* harmony export */   uo: () => (/* binding */ openPrs)
/* harmony export */ });
/** The pair's suggestion when it was made for the tips the open conflict was detected at (either order). */
function suggestionAt(c, d) {
    const s = c.suggestion;
    if (!s)
        return {};
    const same = (s.leftSha === d.leftSha && s.rightSha === d.rightSha) || (s.leftSha === d.rightSha && s.rightSha === d.leftSha);
    if (!same)
        return {};
    return {
        suggestion: {
            outcome: s.outcome,
            time: s.time,
            ...(s.branch ? { branch: s.branch } : {}),
            ...(s.commit ? { commit: s.commit } : {}),
            ...(s.reason ? { reason: s.reason } : {}),
        },
    };
}
/** While `withOpenConflictsKept` runs: the open conflicts of its projection, by feature ('' for all), each listed once. */
let kept = null;
/**
 * `compute()` once per `key` while `withOpenConflictsKept` renders `projection` (every call then gets the same
 * value: read it only), and on every call outside it. For what a page asks again for each conflict (the merge
 * order of the feature behind each conflict's brief).
 */
function keptFor(projection, key, compute) {
    if (kept?.projection !== projection)
        return compute();
    if (kept.results.has(key))
        return kept.results.get(key);
    const value = compute();
    kept.results.set(key, value);
    return value;
}
/**
 * Runs `render`, a pure function of `projection` that does not change it, with `openConflicts` of that
 * projection computed once per feature: the views of one append asked for them some 40 times, each a walk
 * over every conflict. Each call still gets its own array (the conflicts in it are shared: read them only).
 */
function withOpenConflictsKept(projection, render) {
    const outer = kept;
    kept = { projection, lists: new Map(), results: new Map() };
    try {
        return render();
    }
    finally {
        kept = outer;
    }
}
/** Pairs whose latest conflict event is a detection, i.e. conflicting in the last scan that looked at them. */
function openConflicts(projection, feature) {
    if (kept?.projection !== projection)
        return listOpenConflicts(projection, feature);
    let list = kept.lists.get(feature ?? '');
    if (!list)
        kept.lists.set(feature ?? '', (list = listOpenConflicts(projection, feature)));
    return [...list];
}
function listOpenConflicts(projection, feature) {
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
                ...suggestionAt(c, d),
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

/***/ 4337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ implementorViews),
/* harmony export */   rl: () => (/* binding */ overseerOf),
/* harmony export */   ue: () => (/* binding */ viewIndex)
/* harmony export */ });
/* harmony import */ var _queries__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9560);

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


/***/ }),

/***/ 4861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ summarizeEvent),
/* harmony export */   UK: () => (/* binding */ formatUsd)
/* harmony export */ });
/* unused harmony exports short, plural */
const MAX_SUMMARY = 160;
/** A one-line plain-text description of an event for "recent events" lists (escaped when rendered). */
function summarizeEvent(event) {
    return bound(describe(event));
}
function describe(event) {
    switch (event.kind) {
        case 'feature-registered':
            return `registered "${event.data.name}"${event.data.tasks ? ` with ${plural(event.data.tasks.length, 'task')}` : ''}`;
        case 'agent-assigned':
            return `${event.data.role}${event.data.index ? ` ${event.data.index}` : ''} assigned to ${event.data.branch}`;
        case 'task-updated':
            return `${event.data.taskId} ${event.data.state} by ${event.data.agent} at ${short(event.data.commit)}`;
        case 'pr-updated':
            return `PR #${event.data.number} ${event.data.action}: ${event.data.head} into ${event.data.base}`;
        case 'conflict-detected':
            return `conflict ${event.data.left} / ${event.data.right}${event.data.manual ? ' logged by hand' : ''} in ${plural(event.data.files.length, 'file')}${event.data.reason ? `: ${event.data.reason}` : ''}`;
        case 'conflict-resolved':
            return `conflict ${event.data.left} / ${event.data.right} resolved after ${event.data.lifetimeSeconds}s${event.data.reason ? ` (${event.data.reason})` : ''}`;
        case 'divergence-measured':
            return `${event.data.branch} is ${event.data.ahead} ahead, ${event.data.behind} behind ${event.data.against}`;
        case 'test-result':
            return `${event.data.suite} (${event.data.role}${event.data.branch ? `, ${event.data.branch}` : ''}): ${event.data.passed} passed, ${event.data.failed} failed, ${event.data.skipped} skipped`;
        case 'blocker-raised':
            return `blocker ${event.data.id} raised${event.data.agent ? ` by ${event.data.agent}` : ''}`;
        case 'blocker-cleared':
            return `blocker ${event.data.id} cleared`;
        case 'branch-synced':
            return `${event.data.branch} synced at ${short(event.data.sha)}`;
        case 'guard-violation':
            return `role guard: ${event.data.branch} ${event.data.kind === 'pr-target' ? 'targets' : 'changed'} ${event.data.subject}`;
        case 'guard-cleared':
            return `role guard: ${event.data.branch} no longer ${event.data.kind === 'pr-target' ? 'targets' : 'changes'} ${event.data.subject}`;
        case 'scan-completed':
            return `${event.data.scanner} scan: ${event.data.pairs} pair(s), ${event.data.conflicted} conflicting, ${event.data.errors} error(s)`;
        case 'task-merged':
            return `${event.data.taskId} merged into ${event.data.into}${event.data.pr ? ` by PR #${event.data.pr}` : ''} at ${short(event.data.commit)}`;
        case 'task-assigned':
            return `${event.data.taskId} assigned to ${event.data.agent}`;
        case 'scope-drift':
            return `scope drift: ${event.data.branch} changed ${event.data.path}${event.data.tasks?.length ? ` (${event.data.tasks.map((t) => t.id).join(', ')})` : ''}`;
        case 'scope-cleared':
            return `scope drift cleared: ${event.data.branch} no longer changes ${event.data.path}`;
        case 'conflict-predicted':
            return `${event.data.agent} is editing ${event.data.path}, which ${event.data.sibling} changed at ${short(event.data.siblingSha)}`;
        case 'resolution-remembered':
            return `resolution of a conflict in ${event.data.path} remembered from ${short(event.data.commit)} on ${event.data.branch}`;
        case 'notification-pending':
            return `announcement of event ${event.data.event.slice(0, 12)} left for a later run: ${event.data.reason}`;
        case 'notification-claimed':
            return `announcement of event ${event.data.event.slice(0, 12)} taken to be sent`;
        case 'agent-usage':
            return `${event.data.agent} used ${event.data.inputTokens + event.data.outputTokens + event.data.cacheCreationTokens + event.data.cacheReadTokens} tokens${event.data.model ? ` of ${event.data.model}` : ''} (${formatUsd(event.data.costMicroUsd)})`;
        case 'budget-crossed':
            return `${event.data.scope} ${event.data.subject} spent ${formatUsd(event.data.spentMicroUsd)} of its ${formatUsd(event.data.budgetMicroUsd)} budget`;
        case 'resolution-suggested':
            return event.data.outcome === 'proven'
                ? `resolution of ${event.data.left} × ${event.data.right} suggested on ${event.data.branch ?? '(no branch)'}`
                : `resolution of ${event.data.left} × ${event.data.right} rejected: ${event.data.reason ?? 'no reason'}`;
        case 'brief-delivered':
            return `${event.data.agent} was briefed on ${plural(event.data.items, 'fact')} (${event.data.kinds.join(', ')})`;
    }
}
/** Millionths of a US dollar as dollars: "$1.23", and "$0.0042" below a cent. */
function formatUsd(micro) {
    const usd = micro / 1_000_000;
    return `$${usd >= 0.01 || usd === 0 ? usd.toFixed(2) : usd.toFixed(4)}`;
}
function short(sha) {
    return sha.slice(0, 7);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function bound(text) {
    const line = text.replace(/\s+/g, ' ');
    return line.length > MAX_SUMMARY ? `${line.slice(0, MAX_SUMMARY - 3)}...` : line;
}


/***/ }),

/***/ 3473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  di: () => (/* binding */ LEAD_TIME_LABELS),
  d5: () => (/* binding */ applyTrends),
  Wp: () => (/* binding */ emptyTrends),
  cg: () => (/* binding */ hourOf)
});

// UNUSED EXPORTS: LEAD_TIME_BOUNDS, leadTimeBucket

;// CONCATENATED MODULE: ./shared/state/events/usage.ts
/**
 * The one reader of `agent-usage` events (what an agent's session cost): every
 * consumer (metrics, the dashboard's cost chart, the projection's trends) goes
 * through `usageOf`, so a change of the event's fields is a change here alone.
 */
const AGENT_USAGE = 'agent-usage';
const MICRO = 1_000_000;
/** The usage an event records, or null for any other kind (or a record without an agent). */
function usageOf(event) {
    if (event.kind !== AGENT_USAGE)
        return null;
    const d = event.data;
    const agent = typeof d.agent === 'string' ? d.agent : null;
    if (!agent)
        return null;
    const num = (v) => (Number.isSafeInteger(v) && v >= 0 ? v : 0);
    const tasks = Array.isArray(d.tasks) ? d.tasks.filter((t) => typeof t === 'string') : [];
    const tokens = num(d.inputTokens) + num(d.outputTokens) + num(d.cacheCreationTokens) + num(d.cacheReadTokens);
    return { agent, tasks, costMicroUsd: num(d.costMicroUsd), tokens };
}
/** Dollars from millionths, for display and JSON. */
function usd(micro) {
    return micro / MICRO;
}

;// CONCATENATED MODULE: ./shared/state/projection/trends.ts

/**
 * What the dashboard's charts need of the past, folded like the rest of the
 * projection: minimums and sums, so any order of the same events gives the
 * same state, and bounded by the feature's tasks, its registrations and the
 * hours in which something happened, never by the number of events.
 */
/** The upper bounds (seconds, exclusive) of the lead-time buckets; the last bucket has none. */
const LEAD_TIME_BOUNDS = [15 * 60, 3600, 4 * 3600, 86400, 3 * 86400];
const LEAD_TIME_LABELS = ['< 15 min', '15–60 min', '1–4 h', '4–24 h', '1–3 d', '≥ 3 d'];
/** The UTC hour of a canonical ISO time, `2026-03-01T10`: the step of the conflict and cost series. */
const hourOf = (time) => time.slice(0, 13);
/** The bucket of a lifetime in seconds (an index into LEAD_TIME_LABELS). */
function leadTimeBucket(seconds) {
    const i = LEAD_TIME_BOUNDS.findIndex((bound) => seconds < bound);
    return i < 0 ? LEAD_TIME_BOUNDS.length : i;
}
function emptyTrends() {
    const dict = () => Object.create(null);
    return { firstDone: dict(), scope: dict(), began: dict(), ended: dict(), leadTimes: dict(), cost: dict() };
}
const add = (record, key, n) => void (record[key] = (record[key] ?? 0) + n);
/** Folds one new event into the feature's trends (called by applyEvent for every event). */
function applyTrends(feature, event, stamp) {
    const trends = () => (feature.trends ??= emptyTrends());
    switch (event.kind) {
        case 'feature-registered':
            trends().scope[stamp] = event.data.tasks?.length ?? 0;
            return;
        case 'task-updated': {
            if (event.data.state !== 'done')
                return;
            const first = trends().firstDone;
            if (!(first[event.data.taskId] <= event.time))
                first[event.data.taskId] = event.time;
            return;
        }
        case 'conflict-resolved': {
            const t = trends();
            add(t.began, hourOf(event.data.detectedAt), 1);
            add(t.ended, hourOf(event.time), 1);
            add(t.leadTimes, String(leadTimeBucket(event.data.lifetimeSeconds)), 1);
            return;
        }
        default: {
            const usage = usageOf(event);
            if (!usage || usage.costMicroUsd === 0)
                return;
            const cost = trends().cost;
            add((cost[usage.agent] ??= Object.create(null)), hourOf(event.time), usage.costMicroUsd);
        }
    }
}


/***/ }),

/***/ 8191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ usageOfBranch),
/* harmony export */   GJ: () => (/* binding */ budgetsCrossed),
/* harmony export */   Q0: () => (/* binding */ usageByAgent),
/* harmony export */   Qp: () => (/* binding */ usageByTask),
/* harmony export */   RP: () => (/* binding */ totalTokens)
/* harmony export */ });
/* unused harmony exports usageByFeature, sumUsage */
/** Usage per agent branch of the features (all, or one), sorted by feature then branch. */
function usageByAgent(projection, feature) {
    return rows(projection, feature, (f) => f.usage);
}
/** Each task's share of the usage of the agents that had it in progress, sorted by feature then task. */
function usageByTask(projection, feature) {
    return rows(projection, feature, (f) => f.taskUsage);
}
/** The usage of each feature (the sum over its agents), sorted; features without usage are left out. */
function usageByFeature(projection, feature) {
    const out = [];
    for (const f of features(projection, feature)) {
        const agents = Object.values(f.usage ?? {});
        if (agents.length)
            out.push({ feature: f.spec, name: f.spec, ...sumUsage(agents) });
    }
    return out;
}
/** The usage of one agent branch in one feature, or null when none was recorded. */
function usageOfBranch(feature, branch) {
    return feature.usage?.[branch] ?? null;
}
/** Budgets recorded as crossed (the highest per scope and subject), sorted by feature, scope, subject. */
function budgetsCrossed(projection, feature) {
    const out = [];
    for (const f of features(projection, feature))
        for (const b of Object.values(f.budgets ?? {}))
            out.push({ feature: f.spec, ...b });
    return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.scope, b.scope) || cmp(a.subject, b.subject));
}
function sumUsage(list) {
    const total = {
        inputTokens: 0,
        outputTokens: 0,
        cacheCreationTokens: 0,
        cacheReadTokens: 0,
        costMicroUsd: 0,
        records: 0,
        lastAt: '',
    };
    for (const u of list) {
        total.inputTokens += u.inputTokens;
        total.outputTokens += u.outputTokens;
        total.cacheCreationTokens += u.cacheCreationTokens;
        total.cacheReadTokens += u.cacheReadTokens;
        total.costMicroUsd += u.costMicroUsd;
        total.records += u.records;
        if (u.lastAt > total.lastAt)
            total.lastAt = u.lastAt;
    }
    return total;
}
/** All tokens of a total: input, output and both kinds of cache. */
function totalTokens(u) {
    return u.inputTokens + u.outputTokens + u.cacheCreationTokens + u.cacheReadTokens;
}
function rows(projection, feature, pick) {
    const out = [];
    for (const f of features(projection, feature)) {
        for (const [name, u] of Object.entries(pick(f) ?? {}).sort(([a], [b]) => cmp(a, b)))
            out.push({ feature: f.spec, name, ...u });
    }
    return out;
}
function features(projection, feature) {
    return Object.values(projection.features)
        .filter((f) => feature === undefined || f.spec === feature)
        .sort((a, b) => cmp(a.spec, b.spec));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ doneByOthers),
/* harmony export */   b: () => (/* binding */ ownerMismatchSection)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1043);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9560);


/** Tasks done by an agent other than their owner, by task id. */
function doneByOthers(feature) {
    const out = [];
    for (const [id, a] of Object.entries(feature.assignments ?? {})) {
        const t = feature.tasks[id];
        if (!t || t.state !== 'done' || sameAgent(feature, t.agent, a.agent))
            continue;
        out.push({ feature: feature.spec, id, owner: a.agent, doneBy: t.agent, time: t.time });
    }
    return out.sort((x, y) => (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .compareTaskIds */ .nB)(x.id, y.id));
}
// Reports may name an agent by its branch or by `impl-<n>`.
function sameAgent(feature, reported, owner) {
    if (reported === owner)
        return true;
    const agent = feature.agents[owner];
    return agent?.index !== undefined && reported === `impl-${agent.index}`;
}
/** The dashboard and overseer section; empty when every finished task was done by its owner. */
function ownerMismatchSection(projection, feature) {
    const rows = (0,_state_projection__WEBPACK_IMPORTED_MODULE_0__/* .featuresOf */ .Hi)(projection, feature).flatMap(doneByOthers);
    if (!rows.length)
        return [];
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__/* .section */ .uW)('Done by another agent than planned', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)([...(feature ? [] : ['Feature']), 'Task', 'Owner', 'Done by', 'When'], rows.map((r) => [...(feature ? [] : [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__.md)(r.feature)]), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__.md)(r.id), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__.md)(r.owner), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__.md)(r.doneBy), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_1__/* .when */ .z7)(r.time)])), '');
}


/***/ }),

/***/ 7921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eM: () => (/* binding */ hookInvocation),
/* harmony export */   iQ: () => (/* binding */ cliHookInvocation),
/* harmony export */   r7: () => (/* binding */ shellWord),
/* harmony export */   vL: () => (/* binding */ briefHookCommand)
/* harmony export */ });
/* unused harmony export cliInvocation */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


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

/***/ 1651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ esc),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1672);
/**
 * HTML escaping: the dashboard's pages, and the entities markdown and Slack
 * read too. Every value that comes from events or users (branch names,
 * titles, reasons, file paths) goes through here, in text and in attributes.
 */

/** `&`, `<` and `>` as entities, and with `quotes` also `"` and `'` (for attribute values). */
function escapeHtml(text, options = {}) {
    const out = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return options.quotes ? out.replace(/"/g, '&quot;').replace(/'/g, '&#39;') : out;
}
// In a page, controls and bidi characters would hide or reorder text: they are shown as spaces.
const HIDDEN = (0,_controls__WEBPACK_IMPORTED_MODULE_0__/* .charPattern */ .F2)([_controls__WEBPACK_IMPORTED_MODULE_0__.C0, _controls__WEBPACK_IMPORTED_MODULE_0__/* .DEL */ .IY, _controls__WEBPACK_IMPORTED_MODULE_0__.C1, _controls__WEBPACK_IMPORTED_MODULE_0__/* .BIDI */ .lr], { except: '\t\n', flags: 'g' });
/** A value for HTML text or a quoted attribute alike; nothing for null or undefined. */
function esc(value) {
    if (value === null || value === undefined)
        return '';
    const text = String(value);
    if (text.length > 512)
        return escapeHtml(text.replace(HIDDEN, ' '), { quotes: true });
    let out = escapedHtml.get(text);
    if (out === undefined) {
        out = escapeHtml(text.replace(HIDDEN, ' '), { quotes: true });
        // A page escapes the same branch names and paths thousands of times: each short text once (bounded, like markdown's md).
        if (escapedHtml.size >= 20_000)
            escapedHtml.clear();
        escapedHtml.set(text, out);
    }
    return out;
}
const escapedHtml = new Map();


/***/ }),

/***/ 1043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ document),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   hW: () => (/* binding */ sha),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   jB: () => (/* binding */ mdStrict),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uW: () => (/* binding */ section),
/* harmony export */   z7: () => (/* binding */ when)
/* harmony export */ });
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1672);
/* harmony import */ var _html__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1651);
/* harmony import */ var _neutralize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4929);
/**
 * Markdown building blocks for the views, summaries, pull request bodies and
 * comments. Everything that comes from users or agents (branch names, titles,
 * task text, reasons, paths) goes through `md()` or `mdStrict()`: it cannot
 * open HTML, links, emphasis or code, break a table, start a line or mention
 * (and so notify) anyone.
 */



/** The one inline escaper; `md` and `mdStrict` differ only in their style. */
function escapeInline(value, style) {
    // Line breaks would end a table row or a list item; controls and bidi overrides hide or reorder text.
    let text = (0,_neutralize__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .Y)(value).replace(/\t/g, ' ');
    if (style.max !== undefined) {
        text = text.replace(/ {2,}/g, ' ').trim();
        if (text.length > style.max)
            text = `${text.slice(0, style.max - 3)}...`;
    }
    return (0,_html__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(text)
        .replace(style.special, (ch) => `\\${ch}`)
        .replace(style.mention[0], style.mention[1]);
}
const VIEW_SPECIAL = /[\\`*_{}[\]()#+!|~^$=]/g;
/** Escapes user text for inline use (also inside table cells), on one line, bounded. */
function md(value, max = 200) {
    if (value === undefined || value === null)
        return '';
    const text = String(value);
    const escape = () => escapeInline(text, { max, special: VIEW_SPECIAL, mention: [/@(?=\w)/g, `@${_controls__WEBPACK_IMPORTED_MODULE_2__/* .ZERO_WIDTH_SPACE */ .pe}`] });
    if (text.length > MEMO_LENGTH)
        return escape();
    const key = `${max}\0${text}`;
    let out = escaped.get(key);
    if (out === undefined) {
        out = escape();
        // Bounded: memory stays small in a long run.
        if (escaped.size >= 20_000)
            escaped.clear();
        escaped.set(key, out);
    }
    return out;
}
/** The views escape the same branch names and paths thousands of times per write: each short text is escaped once. */
const escaped = new Map();
const MEMO_LENGTH = 512;
// Also `-`, `.`, `:` and quotes, and `@` as an entity (its `#` escaped too, as the summaries always wrote it).
const STRICT_SPECIAL = /[\\`*_{}[\]()#+\-.!|~:"']/g;
/**
 * The conflict and trial summaries' escaping: one line, kept whole (not
 * trimmed or bounded), every markdown punctuation mark escaped.
 */
function mdStrict(text) {
    return escapeInline(text, { special: STRICT_SPECIAL, mention: [/@/g, '&\\#64;'] });
}
/** A fenced code block that the content cannot close, whatever backticks it holds. */
function codeBlock(text) {
    const clean = (0,_neutralize__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .Y)(text, { multiline: true });
    const longest = Math.max(0, ...Array.from(clean.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}text`, ...clean.split('\n'), fence];
}
/** A commit id (validated hex) as a short code span. */
function sha(value) {
    return value && /^[0-9a-f]+$/.test(value) ? `\`${value.slice(0, 7)}\`` : '';
}
/** A link when `url` is a plain http(s) URL, else the escaped label alone. */
function link(label, url) {
    if (url && /^https?:\/\/[^\s<>"'`()[\]\\]+$/.test(url))
        return `[${md(label)}](${url})`;
    return md(label);
}
/** A time that is data (when something happened), shown without milliseconds. */
function when(time) {
    if (!time)
        return '';
    return time.replace(/\.\d{3}Z$/, 'Z').replace('T', ' ');
}
/** A markdown table; cells must already be escaped. */
function table(headers, rows) {
    if (rows.length === 0)
        return [];
    return [
        `| ${headers.join(' | ')} |`,
        `| ${headers.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map((c) => c || ' ').join(' | ')} |`),
    ];
}
/** A section: heading, then lines, or a placeholder sentence when there is nothing to show. */
function section(title, lines, empty) {
    return [`## ${title}`, '', ...(lines.length ? lines : [`_${empty}_`]), ''];
}
/** Lines joined into a file: no trailing blank lines, one final newline. */
function document(lines) {
    const out = [...lines];
    while (out.length && out[out.length - 1] === '')
        out.pop();
    return `${out.join('\n')}\n`;
}
/**
 * A mermaid node or edge label, for use inside double quotes: everything but
 * letters, digits, space and `/_.-` becomes a mermaid entity code (`#60;`), so
 * a label cannot close its quotes, start markdown or inject HTML.
 */
function mermaidLabel(text) {
    let out = '';
    for (const ch of (0,_neutralize__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .Y)(text).replace(/\t/g, ' '))
        out += /^[A-Za-z0-9 /_.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
    return out;
}
/** An escaped URL path for a file in a repository (each segment percent-encoded). */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** A link whose text is escaped (as a table cell: up to 1000 characters) and whose URL has each path segment percent-encoded. */
function markdownLink(text, base, pathSegments) {
    const url = `${base.replace(/\/+$/, '')}/${pathSegments.map(encodeURIComponent).join('/')}`;
    return `[${md(text, 1000)}](${url})`;
}


/***/ }),

/***/ 5128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ TOKEN_OPTION),
/* harmony export */   D: () => (/* binding */ COMMON_OPTIONS)
/* harmony export */ });
/* harmony import */ var _config_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5967);
// The options of the workspace every state-touching command opens (and the
// token of those that call GitHub's API): declared here, beside what reads them.

/** Options every command that touches state shares. */
const COMMON_OPTIONS = [
    {
        name: 'config',
        type: 'string',
        description: 'Path of the orchestrator configuration file, relative to the repository root.',
        default: _config_config__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_PATH */ .Bi,
    },
    {
        name: 'state-branch',
        type: 'string',
        description: 'Branch that holds the event log and the views (default from the config: orchestrator/state; "current" for the checked-out branch).',
    },
    { name: 'remote', type: 'string', description: 'Git remote to read branches from and push to.', default: 'origin' },
    { name: 'dry-run', type: 'boolean', description: 'Compute and print what would change without pushing anything.', default: 'false' },
    {
        name: 'adopt-state-branch',
        type: 'boolean',
        description: 'Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).',
        default: 'false',
    },
    {
        name: 'notify-webhook',
        type: 'string',
        description: 'Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.',
        secret: true,
    },
];
/** For the commands that call GitHub's API (open-pr, detect-conflicts with notify: pr). */
const TOKEN_OPTION = {
    name: 'token',
    type: 'string',
    description: 'GitHub token for API calls (pull requests, comments, labels). Pushes use the credentials of the checkout.',
    secret: true,
};


/***/ })

};
