export const id = 869;
export const ids = [869];
export const modules = {

/***/ 3925:
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

/***/ 7910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wW: () => (/* binding */ SITE_DIR),
  Dv: () => (/* binding */ SITE_INDEX),
  Eg: () => (/* binding */ renderSite),
  fN: () => (/* binding */ sitePage)
});

// UNUSED EXPORTS: renderSiteIndex, renderSitePage, siteNow

// EXTERNAL MODULE: ./shared/state/events/safe-segment.ts
var safe_segment = __webpack_require__(4325);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/state/projection/health.ts
var projection_health = __webpack_require__(6910);
// EXTERNAL MODULE: ./shared/state/projection/findings.ts
var findings = __webpack_require__(3182);
;// CONCATENATED MODULE: ./shared/dashboard/extras.ts

/**
 * The extra sections' data for one feature (or, without `feature`, for the
 * overview, which only gets the last scan). A feature page's extras depend on
 * that feature alone: a page is re-rendered only when its own feature changes.
 */
function siteExtras(projection, feature) {
    const scan = (0,projection_health/* lastScan */.QZ)(projection, 'conflicts', feature?.spec);
    // Not the scan's own conflict count: the open conflicts are the projection's, said once beside it.
    const lastScanInput = scan ? { time: scan.time, pairs: scan.pairs } : null;
    if (!feature)
        return { lastScan: lastScanInput };
    const open = (0,queries/* openBlockers */.AW)(feature);
    const drifting = (branch) => (0,findings/* openDrift */.w)(feature, branch).length;
    const health = (0,projection_health/* agentHealth */.kd)(feature).map((h) => {
        // A blocker names its agent by branch, `impl-<n>` or `overseer` (the names reports use).
        const names = [h.branch, ...(h.role === 'overseer' ? ['overseer'] : h.index ? [`impl-${h.index}`] : [])];
        const blockers = open
            .filter((b) => b.raised?.agent !== undefined && names.includes(b.raised.agent))
            .map((b) => ({ id: b.id, reason: b.raised.reason, ...(b.raised.by ? { by: b.raised.by } : {}), since: b.raised.time }));
        const failing = (h.checks?.failed ?? 0) > 0 || (h.checks?.failedTests ?? 0) > 0;
        const state = h.guard === 'violation' ? 'guard violation' : failing ? 'failing' : blockers.length ? 'blocked' : h.lastCommit ? 'healthy' : 'idle';
        const detail = [
            h.currentTask ? `${h.currentTask.id} ${h.currentTask.state}` : '',
            h.checks ? (0,projection_health/* checksText */.rW)(h.checks).replace(/^[✅❌] /u, '') : '',
            h.pr ? `PR #${h.pr.number} ${h.pr.action}` : '',
            drifting(h.branch) ? `${drifting(h.branch)} file(s) outside its tasks` : '',
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

// EXTERNAL MODULE: ./shared/text/html.ts
var html = __webpack_require__(5433);
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
function duration(seconds) {
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./shared/state/events/conflict-pair.ts
var conflict_pair = __webpack_require__(9443);
// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(3925);
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
    const byPair = new Map(open.map((c) => [c.id, c]));
    const head = branches.map((b) => `<th scope="col" title="${(0,html/* esc */.U)(b)}"><span>${(0,html/* esc */.U)(shortBranch(b))}</span></th>`).join('');
    const rows = branches.map((row) => {
        const cells = branches.map((col) => {
            if (row === col)
                return '<td class="self" aria-label="same branch">—</td>';
            const c = byPair.get((0,conflict_pair/* conflictId */.W)(feature.spec, row, col));
            if (!c)
                return `<td class="h0" aria-label="${(0,html/* esc */.U)(`${row} and ${col}: no conflict`)}">0</td>`;
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
        return `<tr><th scope="row" title="${(0,html/* esc */.U)(row)}">${(0,html/* esc */.U)(shortBranch(row))}</th>${cells.join('')}</tr>`;
    });
    const legend = '<p class="legend">Number of conflicting files per pair: <span class="h0">0</span> <span class="h1">1</span> <span class="h2">2–3</span> <span class="h3">4–7</span> <span class="h4">8+</span>; B: the clean merge does not build, T: it fails tests (trials). Select a cell for details.</p>';
    return `<div class="scroll"><table class="matrix"><caption>Open conflicts between branches</caption><thead><tr><td></td>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n${legend}\n${details(open)}`;
}
/** The detail view of each open conflict: files, kind, line ranges in each side's own version. */
function details(open) {
    if (open.length === 0)
        return '<p class="none">No open conflicts.</p>';
    return open
        .map((c) => {
        const rows = c.files.map((f) => [`<code>${(0,html/* esc */.U)(f.path)}</code>`, (0,html/* esc */.U)(f.kind), (0,html/* esc */.U)(ranges(f.leftRanges)), (0,html/* esc */.U)(ranges(f.rightRanges))]);
        const trial = c.kind
            ? `<p>The merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? `: check <code>${(0,html/* esc */.U)(c.check)}</code>` : ''} (both sides pass alone).</p>\n`
            : '';
        return `<article class="conflict" id="${(0,html/* esc */.U)(c.id)}" tabindex="-1"><h3>${(0,html/* esc */.U)(c.left)} and ${(0,html/* esc */.U)(c.right)}</h3><p>Open since ${time(c.detectedAt)}, last seen ${time(c.lastSeenAt)}.</p>\n${trial}${table(`Files in conflict (${c.id})`, ['File', 'Kind', `Lines in ${shortBranch(c.left)}`, `Lines in ${shortBranch(c.right)}`], rows, 'No files recorded.')}</article>`;
    })
        .join('\n');
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
    const bars = episodes.map((e, i) => {
        const [l, r] = e.conflict.branches;
        const from = x(Date.parse(e.start));
        const to = e.end ? x(Date.parse(e.end)) : label + chart;
        const what = `${l} and ${r}: ${e.end ? `resolved after ${duration(e.lifetime)}` : `open for ${duration(e.lifetime)}`}`;
        const y = i * row + 4;
        return `<g data-conflict="${(0,html/* esc */.U)(e.conflict.id)}"><title>${(0,html/* esc */.U)(what)}</title><text x="${label - 6}" y="${y + 11}" text-anchor="end">${(0,html/* esc */.U)(`${shortBranch(l)} × ${shortBranch(r)}`)}</text><rect x="${from}" y="${y}" width="${Math.max(3, to - from)}" height="14" class="${e.end ? 'resolved' : 'open'}"/></g>`;
    });
    const axisY = episodes.length * row + 8;
    const ticks = axisTicks(t0, t1).map((t) => `<g class="tick"><line x1="${x(t.at)}" y1="0" x2="${x(t.at)}" y2="${axisY + 4}"/><text x="${x(t.at)}" y="${axisY + 18}" text-anchor="middle">${(0,html/* esc */.U)(t.label)}</text></g>`);
    const axis = `<g class="axis" aria-hidden="true"><line x1="${label}" y1="${axisY}" x2="${label + chart}" y2="${axisY}"/>${ticks.join('')}</g>`;
    const svg = `<div class="scroll"><svg class="timeline" viewBox="0 0 ${label + chart + 20} ${axisY + 26}" role="img" aria-label="Conflict lifetimes on a time axis (UTC), newest first (details in the table below)">${axis}${bars.join('')}</svg></div>`;
    const rows = episodes.map((e) => [
        `${(0,html/* esc */.U)(shortBranch(e.conflict.branches[0]))} and ${(0,html/* esc */.U)(shortBranch(e.conflict.branches[1]))}`,
        time(e.start),
        e.end ? time(e.end) : '<strong>open</strong>',
        (0,html/* esc */.U)(duration(e.lifetime)),
    ]);
    return `${svg}\n<p class="legend">Time in UTC. <span class="key open"></span> open <span class="key resolved"></span> resolved (open bars also have a dashed outline; the table says it in words)</p>\n${table(`The last ${episodes.length} conflict(s)`, ['Pair', 'Opened', 'Resolved', 'Lived'], rows, '')}`;
}

// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(2755);
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
        section('health', 'Agent health', healthSection(extras.health)),
        section('matrix', 'Conflict matrix', matrixSection(projection, feature)),
        section('timeline', 'Conflict timeline', timelineSection(feature, now)),
        section('divergence', 'Divergence', divergenceSection(feature)),
        section('checks', 'Checks', checksSection(feature)),
        section('prs', 'Pull requests', pullRequestsSection(feature)),
        section('blockers', 'Blockers', blockersSection(feature)),
        section('guard', 'Guard violations', guardViolationsSection(extras.guardViolations)),
        section('scope', 'Scope drift', scopeDriftSection(feature)),
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


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cz: () => (/* binding */ renderOrderText),
/* harmony export */   oC: () => (/* binding */ renderOrderMarkdown)
/* harmony export */ });
/* unused harmony export orderHeadline */
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8053);

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

/***/ 2826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ mergeOrderFromState),
/* harmony export */   v: () => (/* binding */ mergeOrderSummary)
/* harmony export */ });
/* harmony import */ var _merge_order__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9417);
/* harmony import */ var _order_input__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);
/* harmony import */ var _render_order__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8659);



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

/***/ 1262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ MemoryLogger),
/* harmony export */   q: () => (/* binding */ silentLogger)
/* harmony export */ });
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


/***/ }),

/***/ 2755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TZ: () => (/* binding */ driftTasksText),
/* harmony export */   pm: () => (/* binding */ driftEvents),
/* harmony export */   tX: () => (/* binding */ driftSection)
/* harmony export */ });
/* unused harmony export MAX_RECORDED_DRIFT */
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8053);
/* harmony import */ var _scope_drift__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2565);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/* harmony import */ var _guard_state__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6865);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1689);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3182);






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

/***/ 6865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ guardSection),
/* harmony export */   fQ: () => (/* binding */ guardEvents),
/* harmony export */   mN: () => (/* binding */ guardSubject)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8053);
/* harmony import */ var _state_events__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6153);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1689);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);




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

/***/ 2565:
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

// EXTERNAL MODULE: ../main/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6310);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(8278);
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

/***/ 1511:
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
    return JSON.stringify(sortKeys(value), null, indent);
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

/***/ 9443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ conflictId),
/* harmony export */   w: () => (/* binding */ sortedPair)
/* harmony export */ });
/* harmony import */ var _canonical_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1511);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3776);


/** A conflict is between two branches, whichever side reported it: the pair is unordered. */
function sortedPair(a, b) {
    return a <= b ? [a, b] : [b, a];
}
/** The stable short id of a conflicting pair within a feature, shown by `status` and taken by `resolve`. */
function conflictId(feature, left, right) {
    const text = (0,_canonical_json__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .d)(['conflict', feature, sortedPair(left, right)]);
    let id = ids.get(text);
    if (!id) {
        // A rebuild asks for the same few pairs thousands of times.
        if (ids.size > 10_000)
            ids.clear();
        id = `c${(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .f)(text).slice(0, 8)}`;
        ids.set(text, id);
    }
    return id;
}
const ids = new Map();


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ EVENT_SCHEMA),
/* harmony export */   MN: () => (/* binding */ KEY_FIELDS),
/* harmony export */   b_: () => (/* binding */ dataCheck),
/* harmony export */   dP: () => (/* binding */ EVENT_KINDS),
/* harmony export */   kB: () => (/* binding */ time),
/* harmony export */   o8: () => (/* binding */ SCHEMA_VERSIONS),
/* harmony export */   tJ: () => (/* binding */ OCCURRENCE_FIELD)
/* harmony export */ });
/* unused harmony exports ISO_TIME, sha, branch */
/* harmony import */ var _field_checks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6842);

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
    'brief-delivered',
];
// ---- field checks -------------------------------------------------------
/** Canonical `Date.toISOString()` form only, so that times compare as strings. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const time = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 24, pattern: ISO_TIME, expected: 'must be a UTC time like 2026-01-31T12:00:00.000Z' });
const sha = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({
    max: 64,
    pattern: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/,
    expected: 'must be a full lowercase commit id (40 or 64 hex digits)',
});
/** Names of branches as data: single line, no characters git refuses in ref names. */
const branch = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({
    max: 255,
    pattern: /^(?!-)[^\s~^:?*[\\]+$/,
    expected: 'must be a branch name (no spaces, ~ ^ : ? * [ \\, not starting with "-", at most 255 characters)',
});
const taskId = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 12, pattern: /^T\d{3,10}$/, expected: 'must be a task id like T012' });
const shortName = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 64, pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, expected: 'must be 1 to 64 letters, digits, ".", "_" or "-"' });
const role = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 40, pattern: /^[a-z][a-z0-9-]*$/, expected: 'must be a role name like "overseer" or "implementor"' });
const url = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 500, pattern: /^https?:\/\/\S+$/, expected: 'must be an http(s) URL' });
const title = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 300 });
const message = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 2000, multiline: true });
const filePath = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 1000 });
/** A conflicted path: plain text of any length git allows, or git's quoted form (one line). */
const conflictPath = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 20_000 });
const base64 = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 44_000, pattern: /^[A-Za-z0-9+/]*={0,2}$/, expected: 'must be base64' });
const gitMessage = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 2000, multiline: true });
const count = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(0);
const eventKeyText = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be an event key (64 hex digits)' });
const range = (value, field, where) => {
    const r = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({ start: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1)), end: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(0)) })(value, field, where);
    if (r.end < r.start - 1)
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(where, `${field}.end`, `must be at least start - 1 (${r.start - 1}; start - 1 means an empty range)`, r.end);
    return r;
};
const SHAPES = {
    'feature-registered': {
        spec: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 100 })),
        name: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(title),
        baseBranch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(branch),
        tasks: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({
            id: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(taskId),
            phase: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 })),
            description: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 1000 })),
        }), 2000)),
        tasksFile: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(filePath),
    },
    'agent-assigned': {
        role: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['overseer', 'implementor'])),
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        index: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1, 999)),
    },
    'task-updated': {
        taskId: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(taskId),
        state: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['open', 'in-progress', 'done'])),
        commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        message: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(message),
    },
    'pr-updated': {
        action: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['opened', 'updated', 'merged', 'closed'])),
        number: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1)),
        url: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(url),
        head: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        base: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        title: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(title),
    },
    'conflict-detected': {
        left: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        right: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        leftSha: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        rightSha: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        files: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({
            path: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(conflictPath),
            pathBase64: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(base64),
            kind: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 40, pattern: /^[a-z][a-z/ -]*$/, expected: 'must be a conflict kind like "content"' })),
            leftRanges: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)(range, 500)),
            rightRanges: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)(range, 500)),
            message: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(gitMessage),
        }), 1000)),
        messages: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({
            paths: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)(conflictPath, 20)),
            type: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 })),
            text: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(gitMessage),
        }), 100)),
        manual: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .isTrue */ .Hn),
        reason: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(message),
        kind: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['build', 'test'])),
        check: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 })),
    },
    'conflict-resolved': {
        left: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        right: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        detectedAt: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(time),
        lifetimeSeconds: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        reason: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 })),
    },
    'divergence-measured': {
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        against: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        ahead: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        behind: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        sha: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
    },
    'test-result': {
        role: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(role),
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(branch),
        suite: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 })),
        passed: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        failed: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        skipped: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        durationMs: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        runUrl: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(url),
        unit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['check', 'tests'])),
        tail: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 4000, multiline: true })),
    },
    'blocker-raised': { id: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(shortName), agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(branch), reason: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(message) },
    'blocker-cleared': { id: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(shortName), note: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(message) },
    'branch-synced': { branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch), sha: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha) },
    'guard-violation': {
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        kind: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['protected-path', 'pr-target'])),
        subject: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(filePath),
        detail: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(message),
        commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
    },
    'guard-cleared': {
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        kind: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['protected-path', 'pr-target'])),
        subject: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(filePath),
        commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
    },
    'scan-completed': {
        scanner: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a scanner name like "conflicts"' })),
        at: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(time),
        pairs: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        conflicted: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        errors: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(count),
        runUrl: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(url),
    },
    'task-merged': { taskId: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(taskId), commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha), into: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch), pr: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1)) },
    'task-assigned': { taskId: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(taskId), agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch), wave: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1, 9999)) },
    'scope-drift': {
        branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        path: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(filePath),
        commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        tasks: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({
            id: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(taskId),
            agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(branch),
            how: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(['assigned', 'reported'])),
        }), 20)),
    },
    'scope-cleared': { branch: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch), path: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(filePath), commit: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha) },
    'conflict-predicted': {
        agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        path: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(conflictPath),
        pathBase64: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(base64),
        sibling: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        siblingSha: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        base: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(sha),
        ranges: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)(range, 500)),
    },
    'notification-pending': { event: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(eventKeyText), reason: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(title) },
    'notification-claimed': { event: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(eventKeyText) },
    'brief-delivered': {
        agent: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(branch),
        items: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(1, 100_000)),
        kinds: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 40, pattern: /^[a-z][a-z-]*$/, expected: 'must be a brief kind like "conflict"' }), 20)),
        conflicts: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .arrayOf */ .jk)((0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)({ max: 200 }), 200)),
        digest: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .required */ .mw)(eventKeyText),
    },
};
const occurrence = (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .integer */ .nd)(2, 1_000_000);
const DATA_CHECKS = new Map(EVENT_KINDS.map((kind) => [kind, (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .objectOf */ .Xy)({ ...SHAPES[kind], [OCCURRENCE_FIELD]: (0,_field_checks__WEBPACK_IMPORTED_MODULE_0__/* .optional */ .lq)(occurrence) })]));
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
    'brief-delivered': ['agent', 'digest'],
};


/***/ }),

/***/ 6153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateEvent),
/* harmony export */   Ld: () => (/* binding */ makeEvent),
/* harmony export */   Zs: () => (/* binding */ stampOf),
/* harmony export */   rG: () => (/* binding */ serializeEvent),
/* harmony export */   wj: () => (/* binding */ parseEvent)
/* harmony export */ });
/* unused harmony exports eventKey, normalizeTime */
/* harmony import */ var _canonical_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1511);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3776);
/* harmony import */ var _conflict_pair__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9443);
/* harmony import */ var _event_schema__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2516);
/* harmony import */ var _field_checks__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6842);
/* harmony import */ var _safe_segment__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4325);






/** Builds a validated event with its derived key. Throws InvalidEventError (exit 2) naming the bad field. */
function makeEvent(kind, feature, data, options) {
    const where = `${kind} event`;
    const when = normalizeTime(options.time ?? new Date(), where);
    const checkedKind = kindCheck(kind, 'kind', where);
    checkFeature(feature, where);
    const checked = (0,_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .dataCheck */ .b_)(checkedKind)(data, 'data', where);
    const event = {
        schema: _event_schema__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_SCHEMA */ .Ls,
        kind: checkedKind,
        key: eventKey(checkedKind, feature, checked),
        time: when,
        feature,
        actor: options.actor,
        data: checked,
    };
    return validateEvent(event, where);
}
const kindCheck = (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_KINDS */ .dP);
const actorCheck = (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)({ max: 100 });
const keyCheck = (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)({ max: 64, pattern: /^[0-9a-f]{64}$/, expected: 'must be 64 lowercase hex digits' });
const TOP_FIELDS = ['schema', 'kind', 'key', 'time', 'feature', 'actor', 'data'];
const TOP_FIELD_SET = new Set(TOP_FIELDS);
/**
 * Checks every field of an event read from anywhere (a file, user JSON).
 * Messages start with `where` and name the field and the bad value.
 */
function validateEvent(raw, where) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'event', 'must be a JSON object', raw);
    const input = raw;
    const schema = input.schema;
    if (!_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_VERSIONS */ .o8.includes(schema)) {
        if (typeof input.schema === 'number') {
            throw new _field_checks__WEBPACK_IMPORTED_MODULE_1__/* .InvalidEventError */ ._r(where, 'schema', `unknown schema version ${(0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(input.schema)}: this agent-orchestrator reads versions ${_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_VERSIONS */ .o8.join(', ')} (a newer version wrote it? upgrade agent-orchestrator)`);
        }
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'schema', `must be a schema version number (${_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .SCHEMA_VERSIONS */ .o8.join(', ')})`, input.schema);
    }
    for (const name of Object.keys(input)) {
        if (!TOP_FIELD_SET.has(name))
            (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, name, `is not a known field (known: ${TOP_FIELDS.join(', ')})`, input[name]);
    }
    const kind = kindCheck(input.kind, 'kind', where);
    const time = (0,_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .time */ .kB)(input.time, 'time', where);
    const feature = checkFeature(input.feature, where);
    const actor = actorCheck(input.actor, 'actor', where);
    const data = (0,_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .dataCheck */ .b_)(kind)(input.data, 'data', where);
    if (kind === 'feature-registered' && data.spec !== feature) {
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'data.spec', `must equal the event's feature ${JSON.stringify(feature)}`, data.spec);
    }
    const expected = eventKey(kind, feature, data);
    // Equal to a computed key means well-formed: the format is looked at only when they differ.
    const key = input.key === expected ? expected : keyCheck(input.key, 'key', where);
    if (key !== expected)
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'key', `does not match the event's content (expected ${expected})`, key);
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
    return (0,_digest__WEBPACK_IMPORTED_MODULE_2__/* .sha256Hex */ .f)(identityJson(kind, feature, data, KEY_VERSION));
}
/**
 * The hashed text: the compact canonical JSON of
 * `[schema, kind, feature, [[field, value ?? null], ...]]` (conflicts: their unordered pair).
 * It is computed for every event of a rebuild, so the common case is written out directly.
 */
function identityJson(kind, feature, data, schema) {
    const record = data;
    const occurrence = record[_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .OCCURRENCE_FIELD */ .tJ];
    // The first occurrence hashes exactly what version 1 hashed; a later one adds itself at the end.
    const withOccurrence = (identityValue) => occurrence === undefined ? identityValue : [identityValue, [_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .OCCURRENCE_FIELD */ .tJ, occurrence]];
    // Only feature-registered has objects in its identity (the task list); for arrays of
    // scalars, as all other identities are, JSON.stringify is already canonical.
    if (kind === 'feature-registered')
        return (0,_canonical_json__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)([schema, kind, feature, withOccurrence(identity(kind, data))]);
    if (kind === 'conflict-detected' || kind === 'conflict-resolved' || occurrence !== undefined)
        return JSON.stringify([schema, kind, feature, withOccurrence(identity(kind, data))]);
    let out = `[${schema},${KIND_JSON[kind]},${JSON.stringify(feature)},[`;
    const fields = KEY_FIELD_PREFIX[kind];
    for (let i = 0; i < fields.length; i++) {
        const value = record[_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .KEY_FIELDS */ .MN[kind][i]];
        out += `${i ? ',' : ''}${fields[i]}${value === undefined || value === null ? 'null' : JSON.stringify(value)}]`;
    }
    return `${out}]]`;
}
const KIND_JSON = Object.fromEntries(_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_KINDS */ .dP.map((k) => [k, JSON.stringify(k)]));
const KEY_FIELD_PREFIX = Object.fromEntries(_event_schema__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_KINDS */ .dP.map((k) => [k, _event_schema__WEBPACK_IMPORTED_MODULE_0__/* .KEY_FIELDS */ .MN[k].map((f) => `[${JSON.stringify(f)},`)]));
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
        return [(0,_conflict_pair__WEBPACK_IMPORTED_MODULE_4__/* .sortedPair */ .w)(d.left, d.right), d.detectedAt];
    }
    const record = data;
    return _event_schema__WEBPACK_IMPORTED_MODULE_0__/* .KEY_FIELDS */ .MN[kind].map((field) => [field, record[field] ?? null]);
}
/** The bytes of an event file: canonical, indented, newline-terminated. */
function serializeEvent(event) {
    return `${(0,_canonical_json__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(event, 2)}\n`;
}
/** Parses an event file; throws InvalidEventError naming `where` for bad JSON or bad fields. */
function parseEvent(content, where) {
    let raw;
    try {
        raw = JSON.parse(content);
    }
    catch (cause) {
        throw new _field_checks__WEBPACK_IMPORTED_MODULE_1__/* .InvalidEventError */ ._r(where, 'event', `is not valid JSON: ${cause.message}`);
    }
    return validateEvent(raw, where);
}
function normalizeTime(value, where) {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime()))
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'time', 'must be a valid date', value instanceof Date ? 'Invalid Date' : value);
    return date.toISOString();
}
/** `(time, key)` as one string that sorts like the pair: the order used for "latest". */
function stampOf(event) {
    return `${event.time} ${event.key}`;
}
function checkFeature(value, where) {
    try {
        return (0,_safe_segment__WEBPACK_IMPORTED_MODULE_5__/* .assertSafeSegment */ .r)(value, 'feature id');
    }
    catch {
        (0,_field_checks__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)(where, 'feature', 'must be a feature id usable as a folder name (1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-", no "..")', value);
    }
}


/***/ }),

/***/ 6842:
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
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _text_controls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8278);


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

/***/ 8785:
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

/***/ 6562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ commitContent),
/* harmony export */   Ue: () => (/* binding */ treeContent),
/* harmony export */   cZ: () => (/* binding */ parseTree),
/* harmony export */   nl: () => (/* binding */ ObjectWriter)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1581);
/* harmony import */ var _git_temp_output__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1503);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(187);






/** Parses a raw tree object (`<mode> <name>\0<binary id>` entries). */
function parseTree(content, oidHexLength) {
    const idBytes = oidHexLength / 2;
    const entries = [];
    let pos = 0;
    while (pos < content.length) {
        const space = content.indexOf(0x20, pos);
        const nul = content.indexOf(0x00, space);
        if (space < 0 || nul < 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq('cannot parse a tree object of the state branch');
        const mode = content.toString('latin1', pos, space);
        const name = content.toString('latin1', space + 1, nul);
        const oid = content.toString('hex', nul + 1, nul + 1 + idBytes);
        pos = nul + 1 + idBytes;
        entries.push({ mode, name, oid, type: mode === '40000' ? 'tree' : mode === '160000' ? 'commit' : 'blob' });
    }
    return entries;
}
/**
 * Collects new objects, computes their ids in-process (so trees and the
 * commit can be built before anything is written) and writes them with one
 * `git hash-object --stdin-paths` per object type. Git checks the format of
 * each object and we check it agrees on every id.
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
        const oid = (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(this.algorithm).update(`${type} ${body.length}\0`).update(body).digest('hex');
        this.pending.set(oid, { type, content: body });
        return oid;
    }
    async flush() {
        const byType = new Map();
        for (const [oid, o] of this.pending) {
            if (!byType.has(o.type))
                byType.set(o.type, []);
            byType.get(o.type).push({ oid, content: o.content });
        }
        this.pending.clear();
        if (byType.size === 0)
            return;
        await (0,_git_temp_output__WEBPACK_IMPORTED_MODULE_4__/* .withTempDir */ .E8)('orch-objects-', async (dir) => {
            await Promise.all([...byType].map(async ([type, objects]) => {
                const files = objects.map((_, i) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${type}-${i}`));
                await Promise.all(objects.map((o, i) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files[i], o.content)));
                const ids = await (0,_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .hashObjectFiles */ .t4)(this.git, type, files);
                objects.forEach((o, i) => {
                    if (ids[i] !== o.oid)
                        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .StateError */ .qq(`git stored a ${type} as ${ids[i] ?? 'nothing'} where ${o.oid} was computed; state not written`);
                });
            }));
        });
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

/***/ 542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HI: () => (/* binding */ readEventLog),
  Bk: () => (/* binding */ rebuildProjection)
});

// UNUSED EXPORTS: reasonOf

// EXTERNAL MODULE: ./shared/state/events/events.ts
var events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/git/quoted-path.ts
var quoted_path = __webpack_require__(1647);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(2474);
// EXTERNAL MODULE: ./shared/git/temp-output.ts
var temp_output = __webpack_require__(1503);
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
var field_checks = __webpack_require__(6842);
// EXTERNAL MODULE: ./shared/state/log/paths.ts
var paths = __webpack_require__(8743);
// EXTERNAL MODULE: ./shared/state/projection/projection.ts
var projection_projection = __webpack_require__(1689);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(8278);
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

/***/ 8558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ objectName),
/* harmony export */   T: () => (/* binding */ loadStateAt)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _git_cat_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2474);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6562);
/* harmony import */ var _projection_projection_io__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1192);
/* harmony import */ var _projection_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1689);
/* harmony import */ var _rebuild__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(542);






function objectName(commit, path) {
    return path === '' ? `${commit}^{tree}` : `${commit}:${path}`;
}
/**
 * Loads the projection at `commit` and the given folders and paths. The
 * stored projection is trusted only if it was computed from exactly the
 * events folder that is there (same tree id): otherwise (a hand edit, a merge
 * made in GitHub's UI) it is rebuilt from the events, loudly.
 */
async function loadStateAt(git, layout, logger, commit, paths = []) {
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
    const wanted = [...new Set([layout.projectionPath, layout.projectionDigestPath, layout.markerPath, layout.eventsDir, ...paths])];
    const results = await (0,_git_cat_file__WEBPACK_IMPORTED_MODULE_1__/* .catFileBatch */ .Fn)(git, wanted.map((p) => objectName(commit, p)));
    const byPath = new Map();
    wanted.forEach((p, i) => byPath.set(p, results[i]));
    const events = byPath.get(layout.eventsDir);
    if (!events.missing && events.type !== 'tree')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .StateError */ .qq(`"${layout.eventsDir}" on the state branch is a ${events.type}, not a folder`);
    const eventsTree = events.missing ? null : events.oid;
    const stored = byPath.get(layout.projectionPath);
    const digest = byPath.get(layout.projectionDigestPath);
    const marker = byPath.get(layout.markerPath);
    const storedBytes = stored.missing ? null : stored.content;
    const ours = (!marker.missing && marker.type === 'blob') || (0,_projection_projection_io__WEBPACK_IMPORTED_MODULE_3__/* .isOurProjection */ .Qx)(storedBytes);
    const { projection: parsed, reason } = (0,_projection_projection_io__WEBPACK_IMPORTED_MODULE_3__/* .parseStoredProjection */ .GN)(storedBytes, digest.missing ? null : digest.content);
    let projection = parsed;
    let rebuilt = false;
    if (!projection || projection.eventsTree !== eventsTree) {
        if (eventsTree || (storedBytes && !projection)) {
            const why = projection ? 'out of date (the events folder changed outside agent-orchestrator)' : reason;
            logger.warning(`${layout.projectionPath} at ${commit.slice(0, 12)} is ${why}: rebuilding it from all events`);
        }
        projection = await (0,_rebuild__WEBPACK_IMPORTED_MODULE_4__/* .rebuildProjection */ .Bk)(git, layout, eventsTree);
        rebuilt = true;
    }
    for (const p of projection.problems)
        logger.warning(`unreadable event file ${p.path}: ${p.reason} (kept as it is; fix or remove it by hand)`);
    const trees = new Map();
    return {
        commit,
        projection,
        eventsTree,
        rebuilt,
        ours,
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
                trees.set(dir, r && !r.missing && r.type === 'tree' ? (0,_git_objects__WEBPACK_IMPORTED_MODULE_5__/* .parseTree */ .cZ)(r.content, r.oid.length) : null);
            }
            return trees.get(dir);
        },
    };
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ buildTree),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   pd: () => (/* binding */ foldersOf)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1581);
/* harmony import */ var _git_objects__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6562);


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

/***/ 6910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ lastScan),
/* harmony export */   kd: () => (/* binding */ agentHealth),
/* harmony export */   rW: () => (/* binding */ checksText)
/* harmony export */ });
/* harmony import */ var _queries__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);
/* harmony import */ var _findings__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3182);


function agentHealth(feature) {
    const tasks = (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .taskProgress */ .hv)(feature).tasks;
    return (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .agentsOf */ .et)(feature).map((a) => {
        const names = (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .agentAliases */ .AA)(a);
        const synced = feature.synced[a.branch];
        const head = synced?.sha ?? null;
        const mine = tasks.filter((t) => t.agent !== undefined && names.includes(t.agent) && t.time);
        const latest = (state) => mine.filter((t) => t.state === state).sort((x, y) => (x.time < y.time ? 1 : -1))[0];
        const task = latest('in-progress') ?? latest('done');
        const onHead = Object.values(feature.tests).filter((t) => t.branch === a.branch && head !== null && t.commit === head);
        const checks = onHead.filter((t) => !(0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .countsTests */ .W5)(t) && t.suite !== 'guard');
        const junit = onHead.filter(_queries__WEBPACK_IMPORTED_MODULE_0__/* .countsTests */ .W5);
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
            guard: (0,_findings__WEBPACK_IMPORTED_MODULE_1__/* .openGuards */ .X)(feature, a.branch).length ? 'violation' : guard ? (guard.failed > 0 ? 'violation' : 'ok') : null,
            pr: pr ? { number: pr.number, action: pr.action === 'opened' || pr.action === 'updated' ? 'open' : pr.action, url: pr.url } : null,
            lastActivity: (0,_queries__WEBPACK_IMPORTED_MODULE_0__/* .lastActivity */ .eg)(feature, names),
        };
    });
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


/***/ }),

/***/ 1689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZ: () => (/* binding */ serializeProjection),
/* harmony export */   Fk: () => (/* binding */ driftId),
/* harmony export */   Vl: () => (/* binding */ emptyProjection),
/* harmony export */   Z8: () => (/* binding */ applyEvent),
/* harmony export */   jy: () => (/* binding */ guardId)
/* harmony export */ });
/* unused harmony exports dict, emptyFeature */
/* harmony import */ var _events_canonical_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1511);
/* harmony import */ var _events_conflict_pair__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9443);
/* harmony import */ var _events_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6153);
/* harmony import */ var _summarize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7083);
/* harmony import */ var _projection_types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);





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
        case 'notification-pending': {
            const outbox = (feature.outbox ??= dict());
            outbox[event.data.event] = Math.max(outbox[event.data.event] ?? 0, event.data.occurrence ?? 1);
            break;
        }
        case 'notification-claimed': {
            const outbox = feature.outbox ?? {};
            if ((outbox[event.data.event] ?? 0) <= (event.data.occurrence ?? 1))
                delete outbox[event.data.event];
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
/** The projection as stored: canonical JSON, so equal projections are equal bytes. */
function serializeProjection(projection) {
    return `${(0,_events_canonical_json__WEBPACK_IMPORTED_MODULE_3__/* .canonicalJson */ .d)(projection, 1)}\n`;
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
    const id = (0,_events_conflict_pair__WEBPACK_IMPORTED_MODULE_4__/* .conflictId */ .W)(spec, left, right);
    return (feature.conflicts[id] ??= {
        id,
        branches: (0,_events_conflict_pair__WEBPACK_IMPORTED_MODULE_4__/* .sortedPair */ .w)(left, right),
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

/***/ 7083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U2: () => (/* binding */ summarizeEvent)
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
        case 'notification-pending':
            return `announcement of event ${event.data.event.slice(0, 12)} left for a later run: ${event.data.reason}`;
        case 'notification-claimed':
            return `announcement of event ${event.data.event.slice(0, 12)} taken to be sent`;
        case 'brief-delivered':
            return `${event.data.agent} was briefed on ${plural(event.data.items, 'fact')} (${event.data.kinds.join(', ')})`;
    }
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

/***/ 9205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ doneByOthers),
/* harmony export */   b: () => (/* binding */ ownerMismatchSection)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8053);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2274);


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

/***/ 5433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ esc),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8278);
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
    return escapeHtml(String(value).replace(HIDDEN, ' '), { quotes: true });
}


/***/ }),

/***/ 8053:
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
/* harmony import */ var _controls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8278);
/* harmony import */ var _html__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5433);
/* harmony import */ var _neutralize__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2363);
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
    return escapeInline(String(value), { max, special: VIEW_SPECIAL, mention: [/@(?=\w)/g, `@${_controls__WEBPACK_IMPORTED_MODULE_2__/* .ZERO_WIDTH_SPACE */ .pe}`] });
}
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

/***/ 9301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ scanLine),
/* harmony export */   m: () => (/* binding */ healthSection)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8053);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6910);


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
    return `Last conflict scan: ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(scan.at)} (${scan.pairs} pair(s) compared, ${scan.errors} error(s)); ${open}.`;
}
/** The "Agent health" section of the dashboard and the overseer view (markdown, user text escaped). */
function healthSection(rows) {
    const withSpec = rows.some((r) => r.spec !== undefined);
    const cells = rows.map(({ spec, health: h }) => [
        ...(withSpec ? [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(spec)] : []),
        `${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.role)}${h.index ? ` ${h.index}` : ''}`,
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.branch),
        h.lastCommit ? `${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(h.lastCommit)} ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(h.lastCommitAt)}` : '',
        h.currentTask ? `${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.currentTask.id)} ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.currentTask.state)}` : '',
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)((0,_state_projection__WEBPACK_IMPORTED_MODULE_1__/* .checksText */ .rW)(h.checks)),
        h.guard === null ? '' : h.guard === 'ok' ? '✅ ok' : '❌ violation',
        h.pr ? `#${h.pr.number} ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(h.pr.action)}` : '',
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(h.lastActivity),
    ]);
    const headers = ['Agent', 'Branch', 'Last commit', 'Current task', 'Checks on the last commit', 'Guard', 'PR', 'Last activity'];
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Agent health', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)([...(withSpec ? ['Feature'] : []), ...headers], cells), 'No agents assigned.');
}


/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l_: () => (/* binding */ progressText),
  en: () => (/* binding */ renderImplementorView),
  d8: () => (/* binding */ renderOverseerView)
});

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
// EXTERNAL MODULE: ./shared/role-ci/guard-state.ts
var guard_state = __webpack_require__(6865);
// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(2755);
// EXTERNAL MODULE: ./shared/views/health-section.ts
var health_section = __webpack_require__(9301);
// EXTERNAL MODULE: ./shared/state/projection/roles.ts
var roles = __webpack_require__(4639);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/state/projection/health.ts
var health = __webpack_require__(6910);
// EXTERNAL MODULE: ./shared/state/projection/findings.ts
var findings = __webpack_require__(3182);
// EXTERNAL MODULE: ./shared/views/render-sections.ts
var render_sections = __webpack_require__(5646);
// EXTERNAL MODULE: ./shared/sync-status/owner-mismatch.ts
var owner_mismatch = __webpack_require__(9205);
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
var summary_section = __webpack_require__(2826);
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
        `- ${(0,health_section/* scanLine */.Y)((0,health/* lastScan */.QZ)(projection, 'conflicts', feature.spec), (0,queries/* openConflicts */.cX)(projection, feature.spec).length)}`,
        `- [Dashboard](../../README.md)`,
        '',
        ...agentsSection(feature),
        ...(0,health_section/* healthSection */.m)((0,health/* agentHealth */.kd)(feature).map((health) => ({ health }))),
        ...(0,markdown/* section */.uW)('Tasks', (0,render_sections/* tasksTable */.Ly)(progress.tasks, true), 'No tasks registered.'),
        ...(0,owner_mismatch/* ownerMismatchSection */.b)(projection, feature.spec),
        ...(0,render_sections/* conflictsSection */.tz)((0,queries/* openConflicts */.cX)(projection, feature.spec), overseer?.branch),
        ...(0,render_sections/* divergenceSection */.kA)(divergenceRows(feature, () => true)),
        ...(0,summary_section/* mergeOrderFromState */.K)(projection, feature.spec, 2),
        ...(0,render_sections/* testsSection */.FK)((0,queries/* latestTests */.J7)(feature)),
        ...(0,render_sections/* prsSection */.tT)((0,queries/* openPrs */.uo)(feature)),
        ...(0,render_sections/* blockersSection */.xi)((0,queries/* openBlockers */.AW)(feature)),
        ...(0,guard_state/* guardSection */.$D)((0,findings/* openGuards */.X)(feature), true),
        ...(0,drift_state/* driftSection */.tX)((0,findings/* openDrift */.w)(feature), true),
        ...predictedSection(feature),
        ...(0,render_sections/* recentSection */.zF)(feature.recent, false),
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
        ...(0,markdown/* section */.uW)('Tasks by this agent', (0,render_sections/* tasksTable */.Ly)(mine, false), 'No task reported by this agent yet.'),
        ...(0,render_sections/* conflictsSection */.tz)(conflicts, agent.branch),
        ...(0,render_sections/* divergenceSection */.kA)(divergenceRows(feature, (branch) => branch === agent.branch)),
        ...(0,render_sections/* testsSection */.FK)(tests),
        ...(0,render_sections/* prsSection */.tT)(prs),
        ...(0,render_sections/* blockersSection */.xi)(blockers),
        ...(0,guard_state/* guardSection */.$D)((0,findings/* openGuards */.X)(feature, agent.branch), false),
        ...(0,drift_state/* driftSection */.tX)((0,findings/* openDrift */.w)(feature, agent.branch), false),
        ...predictedSection(feature, agent.branch),
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


/***/ }),

/***/ 5646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ resultCell),
/* harmony export */   FK: () => (/* binding */ testsSection),
/* harmony export */   Js: () => (/* binding */ testCounts),
/* harmony export */   Ly: () => (/* binding */ tasksTable),
/* harmony export */   kA: () => (/* binding */ divergenceSection),
/* harmony export */   tT: () => (/* binding */ prsSection),
/* harmony export */   tz: () => (/* binding */ conflictsSection),
/* harmony export */   xi: () => (/* binding */ blockersSection),
/* harmony export */   zF: () => (/* binding */ recentSection)
/* harmony export */ });
/* harmony import */ var _text_markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8053);
/* harmony import */ var _conflicts_range_text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3925);
/* harmony import */ var _state_projection__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2274);



/** Sections shared by the dashboard and the feature views. Each returns markdown lines. */
function conflictsSection(conflicts, perspective) {
    const lines = [];
    for (const c of conflicts) {
        // Show the reader's own branch on the left when the view belongs to one side.
        const flip = perspective !== undefined && c.right === perspective && c.left !== perspective;
        const [a, b] = flip ? [c.right, c.left] : [c.left, c.right];
        const [aSha, bSha] = flip ? [c.rightSha, c.leftSha] : [c.leftSha, c.rightSha];
        lines.push(`### ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(c.id)}: ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(a)} and ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(b)}`, '');
        lines.push(`Detected ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(c.detectedAt)}, last seen ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(c.lastSeenAt)} at ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(aSha)} and ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(bSha)}.`, '');
        if (c.manual)
            lines.push(`Logged by hand${c.reason ? `: ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(c.reason, 300)}` : ''}. Scans do not resolve it: \`orchestrator events resolve-conflict ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(c.id)}\` does.`, '');
        if (c.kind)
            lines.push(`A ${c.kind} conflict: the merge is clean for git but fails ${c.kind === 'build' ? 'to build' : 'its tests'}${c.check ? ` (check ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(c.check)})` : ''}; each side passes alone.`, '');
        for (const m of c.messages ?? [])
            lines.push(`- git: ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(m.text, 300)}`, '');
        const rows = c.files.map((f) => {
            const [ra, rb] = flip ? [f.rightRanges, f.leftRanges] : [f.leftRanges, f.rightRanges];
            return [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(f.path), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(f.kind), (0,_conflicts_range_text__WEBPACK_IMPORTED_MODULE_1__/* .formatRanges */ .Gk)(ra, { max: 8 }), (0,_conflicts_range_text__WEBPACK_IMPORTED_MODULE_1__/* .formatRanges */ .Gk)(rb, { max: 8 })];
        });
        lines.push(...(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['File', 'Kind', `Lines on ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(a)}`, `Lines on ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(b)}`], rows));
        if (rows.length)
            lines.push('');
    }
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Open conflicts', trimEnd(lines), 'No open conflicts.');
}
function tasksTable(tasks, withAgent) {
    const rows = tasks.map((t) => [
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.id),
        // Done on the agent's branch is not yet merged into the branch it goes to.
        t.merged ? 'done, merged' : t.state === 'done' ? 'done on branch' : (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.state),
        ...(withAgent ? [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.agent)] : []),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(t.commit),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.phase, 60),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.description, 160),
    ]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Task', 'State', ...(withAgent ? ['Agent'] : []), 'Commit', 'Phase', 'Description'], rows);
}
function testsSection(tests, title = 'Latest test results') {
    const rows = tests.map((t) => [
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.role),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(t.branch),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(t.suite, t.runUrl),
        ...testCounts(t),
        `${(t.durationMs / 1000).toFixed(1)}s`,
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(t.commit),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(t.time),
        resultCell(t),
    ]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)(title, (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'Duration', 'Commit', 'When', 'Result'], rows), 'No test results yet.');
}
/** Counts of tests; a check (one command, the guard) has no test counts: its result says it all. */
function testCounts(t) {
    if (!(0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .countsTests */ .W5)(t))
        return ['', '', ''];
    return [String(t.passed), t.failed > 0 ? `**${t.failed}**` : '0', String(t.skipped)];
}
function resultCell(t) {
    const what = (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .countsTests */ .W5)(t) ? 'tests' : 'check';
    if (t.failed > 0)
        return `❌ ${what} failed`;
    return t.passed > 0 || (0,_state_projection__WEBPACK_IMPORTED_MODULE_2__/* .countsTests */ .W5)(t) ? `✅ ${what} passed` : `⏭ ${what} skipped`;
}
function prsSection(prs) {
    const rows = prs.map((p) => [
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(`#${p.number}`, p.url),
        `${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.head)} into ${(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.base)}`,
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.title, 120),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.action),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(p.time),
    ]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Open pull requests', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['PR', 'Branches', 'Title', 'Last action', 'When'], rows), 'No open pull requests.');
}
function blockersSection(blockers) {
    const rows = blockers.map((b) => [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(b.id), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(b.raised?.agent), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(b.raised?.reason, 300), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(b.raised?.time)]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Blockers', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Id', 'Agent', 'Reason', 'Raised'], rows), 'No open blockers.');
}
function divergenceSection(rows) {
    const cells = rows.map((r) => [
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(r.branch),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(r.against),
        String(r.state.ahead),
        String(r.state.behind),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .sha */ .hW)(r.state.sha),
        (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(r.state.time),
    ]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Divergence', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Branch', 'Against', 'Ahead', 'Behind', 'At', 'Measured'], cells), 'Not measured yet.');
}
function recentSection(events, withFeature) {
    const rows = events.map((e) => [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .when */ .z7)(e.time), ...(withFeature ? [(0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(e.feature)] : []), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(e.kind), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(e.summary), (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(e.actor, 60)]);
    return (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .section */ .uW)('Recent events', (0,_text_markdown__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['When', ...(withFeature ? ['Feature'] : []), 'Event', 'Summary', 'By'], rows), 'No events yet.');
}
function trimEnd(lines) {
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}


/***/ }),

/***/ 7869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fy: () => (/* binding */ StateStore)
});

// UNUSED EXPORTS: DEFAULT_MAX_ATTEMPTS, DEFAULT_STATE_BRANCH

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/state/projection/projection-io.ts + 1 modules
var projection_io = __webpack_require__(1192);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/state/log/git-objects.ts
var git_objects = __webpack_require__(6562);
// EXTERNAL MODULE: ./shared/state/projection/projection.ts
var projection_projection = __webpack_require__(1689);
// EXTERNAL MODULE: ./shared/state/log/state-at-commit.ts
var state_at_commit = __webpack_require__(8558);
// EXTERNAL MODULE: ./shared/state/log/tree-edit.ts
var tree_edit = __webpack_require__(8860);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(8278);
;// CONCATENATED MODULE: ./shared/state/log/append-plan.ts








const CONTROL = (0,controls/* charPattern */.F2)([controls.C0]);
/**
 * One attempt of an append against the commit `head` we just read: find
 * which events are new, fold them into the stored projection, re-render the
 * views of the touched features and the dashboard, and write the objects and
 * a commit whose parent is `head`. Nothing is pushed here.
 */
async function planAppend(ctx, head, events) {
    const { git, layout } = ctx;
    const eventPaths = events.map((e) => layout.eventPath(e.feature, e.key));
    const features = [...new Set(events.map((e) => e.feature))].sort();
    const touched = [
        ...eventPaths,
        layout.projectionPath,
        layout.dashboardPath,
        ...features.map((f) => layout.overseerViewPath(f)),
        ...ctx.renderer.siteFiles(layout, features),
    ];
    const folders = new Set(touched.flatMap(tree_edit/* foldersOf */.pd));
    const state = await (0,state_at_commit/* loadStateAt */.T)(git, layout, ctx.logger, head, [...folders, ...eventPaths]);
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

// EXTERNAL MODULE: ./shared/logger.ts
var logger = __webpack_require__(1262);
// EXTERNAL MODULE: ./shared/state/log/compare-and-swap.ts + 1 modules
var compare_and_swap = __webpack_require__(8785);
// EXTERNAL MODULE: ./shared/state/log/paths.ts
var paths = __webpack_require__(8743);
// EXTERNAL MODULE: ./shared/state/log/rebuild.ts + 1 modules
var rebuild = __webpack_require__(542);
// EXTERNAL MODULE: ./shared/state/projection/summarize.ts
var summarize = __webpack_require__(7083);
// EXTERNAL MODULE: ./shared/state/log/remote-branch.ts + 1 modules
var remote_branch = __webpack_require__(3934);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(2474);
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

// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(1277);
// EXTERNAL MODULE: ./shared/git/remote.ts
var remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
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
    objectFormat;
    constructor(options) {
        this.options = options;
        this.git = options.git;
        this.remote = (0,remote/* assertRemote */.Dj)(options.remote);
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
    /** The state at the branch's head; `alsoRead` (files under the state root, e.g. a cache) come in the same `cat-file` batch. */
    async read(alsoRead = []) {
        const commit = await this.fetch();
        const full = alsoRead.map((p) => this.layout.full(p));
        const state = await (0,state_at_commit/* loadStateAt */.T)(this.git, this.layout, this.logger, commit, full);
        const files = new Map(alsoRead.map((p, i) => {
            const found = state.object(full[i]);
            return [p, found && !found.missing && found.type === 'blob' ? found.content : null];
        }));
        return { commit, projection: state.projection, problems: state.projection.problems, files };
    }
    /** Refuses (exit 2) a state branch that exists and is not ours, before a caller does anything it cannot undo. */
    async assertWritable() {
        const commit = await this.fetch();
        if (!commit)
            return;
        const state = await (0,state_at_commit/* loadStateAt */.T)(this.git, this.layout, logger/* silentLogger */.q, commit);
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
    /** `options.files`: derived files written in the same commit, re-derived on every attempt (see PlanContext). */
    async append(events, options = {}) {
        const result = await this.commitEvents(events, options);
        const hook = this.options.onCommitted;
        if (hook && result.pushed && result.added.length) {
            await hook(result).catch((error) => this.logger.warning(`after recording: ${error.message}`));
        }
        return result;
    }
    async commitEvents(events, options) {
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
            try {
                head = await this.fetch();
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
            const plan = await planAppend(ctx, head, unique);
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

// EXTERNAL MODULE: ./shared/dashboard/site.ts + 9 modules
var site = __webpack_require__(7910);
// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
// EXTERNAL MODULE: ./shared/state/projection/queries.ts
var queries = __webpack_require__(2274);
// EXTERNAL MODULE: ./shared/state/projection/health.ts
var health = __webpack_require__(6910);
// EXTERNAL MODULE: ./shared/state/projection/findings.ts
var findings = __webpack_require__(3182);
// EXTERNAL MODULE: ./shared/views/health-section.ts
var health_section = __webpack_require__(9301);
// EXTERNAL MODULE: ./shared/views/render-sections.ts
var render_sections = __webpack_require__(5646);
// EXTERNAL MODULE: ./shared/role-ci/guard-state.ts
var guard_state = __webpack_require__(6865);
// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(2755);
// EXTERNAL MODULE: ./shared/sync-status/owner-mismatch.ts
var owner_mismatch = __webpack_require__(9205);
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
    const testRows = features.flatMap((f) => (0,queries/* latestTests */.J7)(f).map((t) => [(0,markdown.md)(f.spec), (0,markdown.md)(t.role), (0,markdown.md)(t.branch), (0,markdown.md)(t.suite), ...(0,render_sections/* testCounts */.Js)(t), (0,markdown/* when */.z7)(t.time), (0,render_sections/* resultCell */.An)(t)]));
    const problems = projection.problems.map((p) => [(0,markdown.md)(p.path, 300), (0,markdown.md)(p.reason, 300)]);
    const lines = [
        '# Orchestrator state',
        '',
        'This branch is the memory of agent-orchestrator. `events/` holds one immutable JSON file per event;',
        'everything else (this file, `projection.json`, `features/`) is generated from the events on every',
        'write. Do not edit generated files by hand: record events with `orchestrator events` instead.',
        '',
        `Events recorded: ${projection.eventCount}. ${(0,health_section/* scanLine */.Y)((0,health/* lastScan */.QZ)(projection), (0,queries/* openConflicts */.cX)(projection).length)}`,
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
        ...(0,health_section/* healthSection */.m)(features.flatMap((f) => (0,health/* agentHealth */.kd)(f).map((health) => ({ spec: f.spec, health })))),
        ...(0,markdown/* section */.uW)('Open conflicts', (0,markdown/* table */.tp)(['Feature', 'Id', 'Branches', 'Files', 'Detected'], conflictRows), 'No open conflicts.'),
        ...(0,markdown/* section */.uW)('Latest test results', (0,markdown/* table */.tp)(['Feature', 'Role', 'Branch', 'Suite', 'Tests passed', 'Tests failed', 'Tests skipped', 'When', 'Result'], testRows), 'No test results yet.'),
        ...(0,guard_state/* guardSection */.$D)(features.flatMap((f) => (0,findings/* openGuards */.X)(f)), true),
        ...(0,drift_state/* driftSection */.tX)(features.flatMap((f) => (0,findings/* openDrift */.w)(f)), true),
        ...(0,owner_mismatch/* ownerMismatchSection */.b)(projection),
        ...(0,render_sections/* recentSection */.zF)(projection.recent, true),
        ...(problems.length ? (0,markdown/* section */.uW)('Unreadable event files', (0,markdown/* table */.tp)(['Path', 'Reason'], problems), '') : []),
    ];
    return (0,markdown/* document */.Al)(lines);
}

// EXTERNAL MODULE: ./shared/views/render-feature.ts + 1 modules
var render_feature = __webpack_require__(6950);
// EXTERNAL MODULE: ./shared/state/projection/roles.ts
var roles = __webpack_require__(4639);
;// CONCATENATED MODULE: ./shared/views/render.ts




/**
 * The markdown files for the dashboard and the given features (all when
 * omitted), by their path on the state branch. Output depends only on the
 * projection, so the same events always give the same bytes.
 */
function renderViews(projection, layout, features) {
    const files = new Map();
    files.set(layout.dashboardPath, renderDashboard(projection));
    const specs = features ? [...new Set(features)].sort() : Object.keys(projection.features).sort();
    for (const spec of specs) {
        const feature = projection.features[spec];
        if (!feature)
            continue;
        files.set(layout.overseerViewPath(spec), (0,render_feature/* renderOverseerView */.d8)(projection, feature));
        for (const [index, agent] of [...(0,roles/* implementorViews */.Zl)(feature)].sort((a, b) => a[0] - b[0])) {
            files.set(layout.implementorViewPath(spec, index), (0,render_feature/* renderImplementorView */.en)(projection, feature, agent, index));
        }
    }
    // The web dashboard (docs/): the index and the pages of the same features.
    for (const [path, html] of (0,site/* renderSite */.Eg)(projection, specs))
        files.set(layout.full(path), html);
    return files;
}
/** The web dashboard's files an append of events of `features` rewrites (their folders are read before the commit is built). */
function siteFiles(layout, features) {
    return [layout.full(site/* SITE_INDEX */.Dv), ...features.map((f) => layout.full((0,site/* sitePage */.fN)(f)))];
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


/***/ })

};
