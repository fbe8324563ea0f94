export const id = 82;
export const ids = [82];
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

/***/ 4587:
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
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(3867);
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
// EXTERNAL MODULE: ./shared/config/config-source.ts + 1 modules
var config_source = __webpack_require__(4952);
// EXTERNAL MODULE: ./shared/git/git.ts
var git_git = __webpack_require__(7361);
// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: ./shared/views/state-store.ts + 5 modules
var state_store = __webpack_require__(6455);
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
    const path = (0,config_source/* configPathOption */.d)(settings.configPath);
    const source = typeof options.config === 'function' ? await options.config(git) : (options.config ?? { kind: 'work-tree' });
    const config = await (0,config_source/* readConfig */.X)({ ...source, path }, { cwd: ctx.cwd, git, remote, logger: ctx.logger });
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
    const store = new state_store/* StateStore */.fy({
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
