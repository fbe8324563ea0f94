export const id = 156;
export const ids = [156];
export const modules = {

/***/ 7156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsCommand: () => (/* binding */ metricsCommand)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
;// CONCATENATED MODULE: ./shared/metrics/since.ts


const FORMS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z)?$/;
/**
 * `--since`: a UTC date (`2026-03-01`, its midnight) or a UTC time (`2026-03-01T12:00Z`,
 * seconds and milliseconds optional), as the canonical ISO time events carry. Nothing else
 * (no offsets, no "yesterday", no day 31 of February): a bad value is an InputError (exit 2).
 */
function parseSince(value, option = '--since') {
    const m = FORMS.exec(value);
    const bad = () => new errors/* InputError */.dz(`${option} ${(0,quote/* quote */.hD)(value)} is not a UTC date or time: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]]Z, e.g. 2026-03-01`);
    if (!m)
        throw bad();
    const [year, month, day, hour, minute, second, ms] = m.slice(1).map((x) => Number(x ?? 0));
    const t = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    // Date.UTC rolls 2026-02-31 over to March and 24:00 to the next day: a value that does not come back as written is not a date.
    const back = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()];
    if (year < 1970 || back.join() !== [year, month, day, hour, minute, second].join())
        throw bad();
    return t.toISOString();
}

// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
// EXTERNAL MODULE: ./shared/state/log/rebuild.ts + 1 modules
var rebuild = __webpack_require__(542);
;// CONCATENATED MODULE: ./shared/metrics/read-log.ts


/** Every readable event of the state branch (one `ls-tree` and one `cat-file --batch`); an unreadable file is a warning and left out. */
async function readAllEvents(store, logger) {
    const commit = await store.fetch();
    const tree = commit ? await (0,refs/* objectIdOf */.mJ)(store.git, `${commit}:${store.layout.eventsDir}`) : null;
    const events = [];
    const problems = await (0,rebuild/* readEventLog */.HI)(store.git, store.layout, tree, (event) => void events.push(event));
    for (const p of problems)
        logger.warning(`unreadable event file ${p.path}: ${p.reason} (left out of the metrics)`);
    return { commit, events };
}

// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(9443);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/state/events/usage.ts
var usage = __webpack_require__(3509);
;// CONCATENATED MODULE: ./shared/metrics/stats.ts
/** Nearest-rank percentile: the smallest value with at least `p` % of the values at or below it. No interpolation, so whole seconds stay whole. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return null;
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
function durations(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return {
        count: sorted.length,
        medianSeconds: percentile(sorted, 50),
        p90Seconds: percentile(sorted, 90),
        maxSeconds: sorted.length ? sorted[sorted.length - 1] : null,
    };
}
/** Whole seconds from `from` to `to` (both canonical ISO times), rounded down; null when `to` comes first. */
function secondsBetween(from, to) {
    const s = Math.floor((Date.parse(to) - Date.parse(from)) / 1000);
    return s >= 0 ? s : null;
}
/** The smaller of two ISO times (they compare as strings); `undefined` counts as none. */
function earliest(a, b) {
    return a === undefined || b < a ? b : a;
}

;// CONCATENATED MODULE: ./shared/metrics/compute.ts


const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** A conflict's occurrences: from its first detection to its resolution (or still open), per pair, in stamp order. */
function conflictIntervals(events) {
    const byPair = new Map();
    for (const e of events) {
        if (e.kind !== 'conflict-detected' && e.kind !== 'conflict-resolved')
            continue;
        const id = `${e.feature}\n${(0,conflict_pair/* conflictId */.W)(e.feature, e.data.left, e.data.right)}`;
        byPair.set(id, [...(byPair.get(id) ?? []), e]);
    }
    const out = [];
    for (const list of byPair.values()) {
        list.sort((a, b) => cmp((0,events_events/* stampOf */.Zs)(a), (0,events_events/* stampOf */.Zs)(b)));
        const { feature, data } = list[0];
        const pair = { feature, id: (0,conflict_pair/* conflictId */.W)(feature, data.left, data.right), left: data.left, right: data.right };
        let open = null;
        for (const e of list) {
            if (e.kind === 'conflict-detected')
                open ??= e.time;
            else {
                // The resolution names when its occurrence was first detected (the writer's openSince): that is its start.
                out.push({ ...pair, start: e.data.detectedAt, end: e.time });
                open = null;
            }
        }
        if (open !== null)
            out.push({ ...pair, start: open, end: null });
    }
    return out.sort((a, b) => cmp(a.feature, b.feature) || cmp(a.id, b.id) || cmp(a.start, b.start));
}
function computeMetrics(all, options = {}) {
    const events = all.filter((e) => options.feature === undefined || e.feature === options.feature);
    const since = options.since;
    const counts = (time) => since === undefined || time >= since;
    let until = null;
    for (const e of events)
        if (until === null || e.time > until)
            until = e.time;
    // Pull requests: first opened, first merged, by (feature, number).
    const prs = new Map();
    for (const e of events) {
        if (e.kind !== 'pr-updated')
            continue;
        const id = `${e.feature}\n${e.data.number}`;
        const pr = prs.get(id) ?? { feature: e.feature, number: e.data.number, head: e.data.head };
        if (e.data.action === 'opened')
            pr.opened = earliest(pr.opened, e.time);
        if (e.data.action === 'merged')
            pr.merged = earliest(pr.merged, e.time);
        prs.set(id, pr);
    }
    const merges = [...prs.values()].filter((p) => p.merged !== undefined).sort((a, b) => cmp(a.merged, b.merged) || a.number - b.number);
    /** The first merge of a pull request from `branch` in `feature`. */
    const firstMerge = (feature, branch) => merges.find((p) => p.feature === feature && p.head === branch)?.merged;
    // Conflicts.
    const intervals = conflictIntervals(events);
    const resolved = intervals.filter((i) => i.end !== null && counts(i.end));
    const leadTimes = resolved.map((i) => secondsBetween(i.start, i.end)).filter((s) => s !== null);
    const resolvedBeforeMerge = resolved.filter((i) => {
        const merged = [firstMerge(i.feature, i.left), firstMerge(i.feature, i.right)].filter((t) => t !== undefined);
        return merged.every((t) => i.end < t);
    }).length;
    const reachedMergeList = [];
    for (const i of intervals) {
        const hit = merges.find((p) => p.feature === i.feature &&
            (p.head === i.left || p.head === i.right) &&
            p.merged >= i.start &&
            (i.end === null || p.merged < i.end));
        if (hit && counts(hit.merged))
            reachedMergeList.push({ feature: i.feature, conflict: i.id, pr: hit.number, mergedAt: hit.merged });
    }
    // Tasks: the first time of each step, by (feature, task).
    const tasks = new Map();
    const task = (feature, id) => {
        const key = `${feature}\n${id}`;
        const t = tasks.get(key) ?? {};
        tasks.set(key, t);
        return t;
    };
    for (const e of events) {
        if (e.kind === 'task-assigned')
            task(e.feature, e.data.taskId).assigned = earliest(task(e.feature, e.data.taskId).assigned, e.time);
        if (e.kind === 'task-updated' && e.data.state !== 'open') {
            const t = task(e.feature, e.data.taskId);
            t.firstCommit = earliest(t.firstCommit, e.time);
            if (e.data.state === 'done')
                t.done = earliest(t.done, e.time);
        }
        if (e.kind === 'task-merged')
            task(e.feature, e.data.taskId).merged = earliest(task(e.feature, e.data.taskId).merged, e.time);
    }
    const step = (from, to) => {
        const out = [];
        for (const t of tasks.values()) {
            const a = from(t);
            const b = to(t);
            if (a === undefined || b === undefined || !counts(b))
                continue;
            const s = secondsBetween(a, b);
            if (s !== null)
                out.push(s);
        }
        return durations(out);
    };
    const cycle = {
        assignedToFirstCommit: step((t) => t.assigned, (t) => t.firstCommit),
        firstCommitToDone: step((t) => t.firstCommit, (t) => t.done),
        doneToMerged: step((t) => t.done, (t) => t.merged),
        total: step((t) => t.assigned ?? t.firstCommit, (t) => t.merged),
    };
    const doneTasks = [...tasks.values()].filter((t) => t.done !== undefined && counts(t.done)).length;
    const prTimes = [...prs.values()]
        .filter((p) => p.opened !== undefined && p.merged !== undefined && counts(p.merged))
        .map((p) => secondsBetween(p.opened, p.merged))
        .filter((s) => s !== null);
    // Per agent: checks, guard violations, cost.
    const agents = new Map();
    const agent = (name) => {
        const a = agents.get(name) ?? {
            agent: name,
            checkRuns: 0,
            checksPassed: 0,
            checkPassRate: null,
            guardViolations: 0,
            costUsd: 0,
            tokens: 0,
        };
        agents.set(name, a);
        return a;
    };
    const micro = new Map();
    for (const e of events) {
        if (!counts(e.time))
            continue;
        if (e.kind === 'test-result') {
            const a = agent(e.data.branch ?? e.data.role);
            a.checkRuns++;
            if (e.data.failed === 0)
                a.checksPassed++;
        }
        else if (e.kind === 'guard-violation')
            agent(e.data.branch).guardViolations++;
        else {
            const u = (0,usage/* usageOf */.Fs)(e);
            if (!u)
                continue;
            agent(u.agent).tokens += u.tokens;
            micro.set(u.agent, (micro.get(u.agent) ?? 0) + u.costMicroUsd);
        }
    }
    let totalMicro = 0;
    for (const [name, m] of micro) {
        agent(name).costUsd = (0,usage/* usd */.dR)(m);
        totalMicro += m;
    }
    for (const a of agents.values())
        a.checkPassRate = a.checkRuns ? Math.round((a.checksPassed / a.checkRuns) * 10_000) / 10_000 : null;
    return {
        feature: options.feature ?? null,
        since: since ?? null,
        events: events.length,
        until,
        conflicts: { leadTime: durations(leadTimes), resolvedBeforeMerge, reachedMerge: reachedMergeList.length, reachedMergeList },
        tasks: cycle,
        prTimeToMerge: durations(prTimes),
        agents: [...agents.values()].sort((a, b) => cmp(a.agent, b.agent)),
        cost: { totalUsd: (0,usage/* usd */.dR)(totalMicro), doneTasks, perDoneTaskUsd: doneTasks ? (0,usage/* usd */.dR)(Math.round(totalMicro / doneTasks)) : null },
    };
}

// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(2363);
;// CONCATENATED MODULE: ./shared/metrics/render.ts

/** "3 h 5 min", "2 d 4 h", "40 s": the two largest units, zero parts left out; "—" for none. */
function humanSeconds(s) {
    if (s === null)
        return '—';
    const units = [
        [Math.floor(s / 86400), 'd'],
        [Math.floor((s % 86400) / 3600), 'h'],
        [Math.floor((s % 3600) / 60), 'min'],
        [s % 60, 's'],
    ];
    const first = units.findIndex(([n]) => n > 0);
    if (first < 0)
        return '0 s';
    return units
        .slice(first, first + 2)
        .filter(([n]) => n > 0)
        .map(([n, u]) => `${n} ${u}`)
        .join(' ');
}
const dist = (d) => d.count
    ? `${d.count}: median ${humanSeconds(d.medianSeconds)}, p90 ${humanSeconds(d.p90Seconds)}, max ${humanSeconds(d.maxSeconds)}`
    : 'none';
const money = (usd) => (usd === null ? '—' : `$${usd.toFixed(2)}`);
/** The metrics for a terminal: plain lines, every name from the log neutralized. */
function formatMetrics(m) {
    const scope = [m.feature ? `feature ${(0,neutralize/* neutralize */.Y)(m.feature)}` : 'all features', m.since ? `since ${m.since}` : '']
        .filter(Boolean)
        .join(', ');
    const lines = [
        `Metrics of ${scope}: ${m.events} event(s)${m.until ? `, the newest at ${m.until}` : ''}`,
        '',
        `Conflict lead time (first detection → resolution): ${dist(m.conflicts.leadTime)}`,
        `  resolved before either branch was merged: ${m.conflicts.resolvedBeforeMerge} of ${m.conflicts.leadTime.count}`,
        `  reached a merge anyway (open when a PR of one of its branches merged): ${m.conflicts.reachedMerge}`,
        ...m.conflicts.reachedMergeList.map((r) => `    ${(0,neutralize/* neutralize */.Y)(r.conflict)}: PR #${r.pr} merged at ${r.mergedAt}`),
        'Task cycle time:',
        `  assigned → first commit: ${dist(m.tasks.assignedToFirstCommit)}`,
        `  first commit → done: ${dist(m.tasks.firstCommitToDone)}`,
        `  done → merged: ${dist(m.tasks.doneToMerged)}`,
        `  assigned → merged: ${dist(m.tasks.total)}`,
        `PR time to merge: ${dist(m.prTimeToMerge)}`,
        `Cost: ${money(m.cost.totalUsd)} for ${m.cost.doneTasks} done task(s): ${money(m.cost.perDoneTaskUsd)} per done task`,
        '',
        'Per agent: check runs passed / run (rate), guard violations, cost, tokens',
        ...(m.agents.length
            ? m.agents.map((a) => `  ${(0,neutralize/* neutralize */.Y)(a.agent)}: checks ${a.checksPassed}/${a.checkRuns}${a.checkPassRate === null ? '' : ` (${(a.checkPassRate * 100).toFixed(1)} %)`}, guard violations ${a.guardViolations}, ${money(a.costUsd)}, ${a.tokens} tokens`)
            : ['  none']),
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
;// CONCATENATED MODULE: ./shared/commands/metrics.ts




const metricsCommand = {
    name: 'metrics',
    summary: 'What the toolkit saved and what the agents cost, from the event log alone: conflict lead time, conflicts that reached a merge, task cycle time, PR time to merge, check pass rate and guard violations per agent, cost per done task.',
    options: [
        { name: 'feature', type: 'string', description: 'Only this feature (its spec id, e.g. 004-user-auth; default: all features).' },
        {
            name: 'since',
            type: 'string',
            description: 'Only what ended at or after this UTC date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]]Z): resolutions, merges, done tasks, check runs, violations, usage.',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [],
    async run(values, ctx) {
        // Both checked before the log is read: a bad value costs nothing.
        const given = values.string('feature');
        const feature = given === undefined ? undefined : (0,validate/* validateSpecId */.zx)(given, '--feature');
        const sinceText = values.string('since');
        const since = sinceText === undefined ? undefined : parseSince(sinceText);
        const { store } = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const { events } = await readAllEvents(store, ctx.logger);
        const metrics = computeMetrics(events, { feature, since });
        return { exitCode: 0, outputs: {}, text: formatMetrics(metrics), json: metrics };
    },
};


/***/ })

};
