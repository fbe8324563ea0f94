export const id = 917;
export const ids = [917];
export const modules = {

/***/ 8917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectConflictsCommand: () => (/* binding */ detectConflictsCommand)
});

// EXTERNAL MODULE: ./shared/conflicts/shard.ts
var shard = __webpack_require__(5130);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var caller = __webpack_require__(5014);
;// CONCATENATED MODULE: ./shared/conflicts/verdict.ts
function listPairs(pairs) {
    return `${pairs
        .slice(0, 5)
        .map((p) => `${p.left} ↔ ${p.right}`)
        .join(', ')}${pairs.length > 5 ? ', ...' : ''}`;
}
/**
 * The exit code never hides a failed evaluation: 2 when any pair (or its
 * trial) could not be evaluated (whatever fail-on-conflict says), else 1 when
 * any pair conflicts, has no common history, or its merge fails a build or
 * test check that both sides pass (unless fail-on-conflict is false), else 0.
 * An `untested` pair (a side fails alone) does not fail the scan: the broken
 * branch is that branch's own failure (role-ci reports it), and it is warned
 * about by name. `clean` is true only when every pair merges cleanly and no
 * trial found a conflict.
 */
function scanVerdict(pairs, failOnConflict) {
    // A trial that could not run is a pair not evaluated; a build or test conflict is a conflict.
    const errors = pairs.filter((p) => p.status === 'error' || p.trial?.verdict === 'error');
    const bad = pairs.filter((p) => p.status === 'conflicted' ||
        p.status === 'unrelated' ||
        p.trial?.verdict === 'build-conflict' ||
        p.trial?.verdict === 'test-conflict');
    const clean = errors.length === 0 && bad.length === 0;
    if (errors.length)
        return { exitCode: 2, clean, failure: `${errors.length} branch pair(s) could not be evaluated: ${listPairs(errors)}` };
    if (bad.length && failOnConflict) {
        const unrelated = bad.filter((p) => p.status === 'unrelated').length;
        const tried = bad.filter((p) => p.trial).length;
        const conflicting = bad.length - unrelated - tried;
        const what = [
            conflicting ? `${conflicting} conflicting` : '',
            unrelated ? `${unrelated} without common history` : '',
            tried ? `${tried} whose merge fails to build or test` : '',
        ].filter(Boolean);
        return { exitCode: 1, clean, failure: `${what.join(' and ')} branch pair(s): ${listPairs(bad)}` };
    }
    return { exitCode: 0, clean };
}

// EXTERNAL MODULE: ./shared/conflicts/pool.ts
var pool = __webpack_require__(2594);
// EXTERNAL MODULE: ./shared/conflicts/phase-clock.ts
var phase_clock = __webpack_require__(5482);
// EXTERNAL MODULE: ./shared/check-path/check-path.ts + 3 modules
var check_path = __webpack_require__(4190);
// EXTERNAL MODULE: ./shared/detect-conflicts/detect-conflicts.ts + 38 modules
var detect_conflicts = __webpack_require__(539);
// EXTERNAL MODULE: ./shared/conflicts/range-text.ts
var range_text = __webpack_require__(9671);
;// CONCATENATED MODULE: ./shared/detect-conflicts/annotate.ts

const MAX_ANNOTATIONS = 50;
/** A warning on each conflicting file and line range, on both sides, so they show on the pull requests' changed files. */
function annotateConflicts(result, logger) {
    let count = 0;
    for (const pair of result.report.pairs) {
        if (pair.status === 'error' || pair.status === 'unrelated')
            logger.warning(`${pair.left} ↔ ${pair.right}: ${pair.error ?? 'could not be merged'}`);
        if (pair.status !== 'conflicted')
            continue;
        for (const m of pair.messages ?? [])
            logger.warning(`conflict between ${pair.left} and ${pair.right}: ${m.text}`);
        for (const file of pair.files) {
            for (const [side, other, ranges] of [
                [pair.left, pair.right, file.leftRanges],
                [pair.right, pair.left, file.rightRanges],
            ]) {
                const list = ranges.length ? ranges : [null];
                for (const r of list) {
                    if (count++ >= MAX_ANNOTATIONS)
                        return;
                    const where = r ? ((0,range_text/* isEmptyRange */.$c)(r) ? ` (${(0,range_text/* formatRanges */.Gk)([r])} of ${side})` : ` (lines ${(0,range_text/* formatRanges */.Gk)([r])} of ${side})`) : '';
                    logger.warning(`${file.kind} conflict between ${side} and ${other}${where}`, {
                        title: 'Predicted merge conflict',
                        // A quoted path names no file of the repository: the annotation goes on the run instead.
                        ...(file.pathBase64 === undefined ? { file: file.path, ...(r ? (0,range_text/* annotationLines */.bK)(r) : {}) } : {}),
                    });
                }
            }
        }
    }
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(4929);
;// CONCATENATED MODULE: ./shared/trials/render-trials.ts


const MAX_ROWS = 50;
const MAX_TAILS = 10;
function tried(report) {
    return report.pairs.filter((p) => p.trial !== undefined);
}
function conflicts(report) {
    return tried(report).filter((p) => p.trial.verdict === 'build-conflict' || p.trial.verdict === 'test-conflict');
}
/** The `trial-conflicts` and `trial-untested` outputs (empty arrays without a trial, so a workflow can always parse them). */
function trialOutputs(report) {
    const bad = conflicts(report).map((p) => ({
        left: p.left,
        right: p.right,
        leftSha: p.leftSha,
        rightSha: p.rightSha,
        verdict: p.trial.verdict,
        check: p.trial.failure?.check,
        exitCode: p.trial.failure?.exitCode ?? null,
    }));
    const untested = tried(report)
        .filter((p) => p.trial.verdict === 'untested')
        .map((p) => ({
        left: p.left,
        right: p.right,
        broken: (p.trial.brokenSides ?? []).map((s) => ({ side: s.side, branch: s.branch, check: s.failure.check })),
    }));
    return { 'trial-conflicts': JSON.stringify(bad), 'trial-untested': JSON.stringify(untested) };
}
function describe(f) {
    return `${f.check} (${f.kind}) ${f.reason ?? `exit ${f.exitCode ?? '?'}`}`;
}
/** A fenced block no line of `text` can close. */
function fenced(text) {
    const clean = (0,neutralize/* neutralize */.Y)(text, { multiline: true });
    const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}text\n${clean}\n${fence}`;
}
/** The job summary's trial section: counts and cost, each conflict with the failing check's output tail, untested and skipped pairs. */
function trialSummarySection(report) {
    const t = report.trials;
    if (!t)
        return '';
    const per = t.tried ? ` (${(t.durationMs / t.tried / 1000).toFixed(1)} s per trial)` : '';
    const lines = [
        '',
        `## Build and test trials (${(0,markdown/* mdStrict */.jB)(t.mode)})`,
        '',
        `${t.buildConflicts + t.testConflicts ? `**${t.buildConflicts} build and ${t.testConflicts} test conflict(s)**` : 'No build or test conflicts'} · ` +
            `${t.untested} untested · ${t.flaky} flaky · ${t.errors} not tried (error) — ${t.pairs} clean pair(s) in scope ${(0,markdown/* mdStrict */.jB)(t.scope)}; ` +
            `${t.tried} tried, ${t.cached} from the cache, ${t.skipped} skipped; ${t.tipsRun} tip(s) checked alone, ${t.tipsCached} from the cache; ` +
            `setup reused ${t.setupReused} time(s)${t.setupReused ? ` (about ${(t.setupSavedMs / 1000).toFixed(1)} s of setup saved)` : ''}; ${(t.durationMs / 1000).toFixed(1)} s${per}.`,
        '',
        `Checks: ${t.commands.map((c) => `${(0,markdown/* mdStrict */.jB)(c.name)} (${c.kind})`).join(', ')}${t.setup ? `; setup: ${(0,markdown/* mdStrict */.jB)(t.setup)}` : ''}.`,
        '',
    ];
    const bad = conflicts(report);
    if (bad.length) {
        lines.push('| Pair | Verdict | Failing check |', '| --- | --- | --- |');
        for (const p of bad.slice(0, MAX_ROWS))
            lines.push(`| ${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)} | ${p.trial.verdict} | ${(0,markdown/* mdStrict */.jB)(describe(p.trial.failure))} |`);
        if (bad.length > MAX_ROWS)
            lines.push('', `${bad.length - MAX_ROWS} more in the JSON report.`);
        lines.push('');
        for (const p of bad.slice(0, MAX_TAILS)) {
            lines.push(`<details><summary>${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)}: ${(0,markdown/* mdStrict */.jB)(p.trial.failure.check)} output (last lines)</summary>`, '', fenced(p.trial.failure.tail || '(no output)'), '', '</details>', '');
        }
    }
    const untested = tried(report).filter((p) => p.trial.verdict === 'untested');
    if (untested.length) {
        lines.push('### Not tried: a side fails on its own', '', '| Pair | Fails alone | Check |', '| --- | --- | --- |');
        for (const p of untested.slice(0, MAX_ROWS))
            for (const s of p.trial.brokenSides ?? [])
                lines.push(`| ${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)} | ${(0,markdown/* mdStrict */.jB)(s.branch)} (${s.side}) | ${(0,markdown/* mdStrict */.jB)(describe(s.failure))} |`);
        lines.push('');
    }
    const other = tried(report).filter((p) => ['flaky', 'skipped', 'error'].includes(p.trial.verdict));
    if (other.length) {
        lines.push('### Flaky, skipped and failed trials', '', '| Pair | Verdict | Why |', '| --- | --- | --- |');
        for (const p of other.slice(0, MAX_ROWS))
            lines.push(`| ${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)} | ${p.trial.verdict} | ${(0,markdown/* mdStrict */.jB)(p.trial.reason ?? '')} |`);
        lines.push('');
    }
    return lines.join('\n');
}
/** CLI text lines for the trials. */
function trialText(report) {
    const t = report.trials;
    if (!t)
        return [];
    const out = [
        `Trials (${t.mode}): ${t.buildConflicts} build conflict(s), ${t.testConflicts} test conflict(s), ${t.untested} untested, ${t.flaky} flaky, ${t.skipped} skipped; ${t.tried} tried, ${t.cached} from the cache`,
    ];
    const label = {
        'build-conflict': 'BUILD    ',
        'test-conflict': 'TEST     ',
        untested: 'UNTESTED ',
        flaky: 'FLAKY    ',
        skipped: 'SKIPPED  ',
        error: 'ERROR    ',
    };
    for (const p of tried(report)) {
        const l = label[p.trial.verdict];
        if (!l)
            continue;
        const why = p.trial.failure ? describe(p.trial.failure) : (p.trial.reason ?? '');
        out.push((0,neutralize/* neutralize */.Y)(`${l} ${p.left} <-> ${p.right}: ${why}`));
    }
    return out;
}
/** Warnings on the run for trial conflicts and for branches that fail alone. */
function annotateTrials(report, logger) {
    for (const p of tried(report)) {
        const v = p.trial.verdict;
        if (v === 'build-conflict' || v === 'test-conflict')
            logger.warning((0,neutralize/* neutralize */.Y)(`${v} between ${p.left} and ${p.right}: the merge fails ${describe(p.trial.failure)}; each passes alone`), {
                title: v === 'build-conflict' ? 'Predicted build conflict' : 'Predicted test conflict',
            });
        else if (v === 'untested')
            for (const s of p.trial.brokenSides ?? [])
                logger.warning((0,neutralize/* neutralize */.Y)(`${s.branch} fails ${describe(s.failure)} on its own: its merge with ${s.side === 'left' ? p.right : p.left} was not tried`));
        else if (v === 'error')
            logger.warning((0,neutralize/* neutralize */.Y)(`trial of ${p.left} and ${p.right} could not run: ${p.trial.reason ?? ''}`));
    }
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/outcome.ts

/** The action outputs of a scan; `clean` is the verdict's (which knows whether conflicts fail the step). */
function scanOutputs(result, clean) {
    const conflicts = result.report.pairs.filter((p) => p.status === 'conflicted');
    return {
        'conflict-count': String(conflicts.length),
        conflicts: JSON.stringify(conflicts.map((p) => ({
            left: p.left,
            right: p.right,
            leftSha: p.leftSha,
            rightSha: p.rightSha,
            files: p.files,
            ...(p.messages ? { messages: p.messages } : {}),
        }))),
        'report-path': result.reportPath,
        clean: String(clean),
        'state-commit': result.stateCommit ?? '',
        ...trialOutputs(result.report),
    };
}
/** The scan as `--json` prints it: the report, then what this run recorded and posted. */
function scanJson(result) {
    return { ...result.report, ...runFields(result) };
}
function runFields(result) {
    return {
        reportPath: result.reportPath,
        newConflicts: result.newConflicts,
        resolvedConflicts: result.resolvedConflicts,
        recorded: result.recorded,
        stateCommit: result.stateCommit,
        notices: result.notices,
        causes: result.causes,
        causeNotices: result.causeNotices,
        timings: result.timings,
    };
}
/**
 * `JSON.stringify(scanJson(result), null, 2)`, made from the report's text as written to report-path
 * (the same two-space form): the megabyte of pairs is serialized once per run, not twice.
 */
function scanJsonText(result) {
    const report = result.reportText.trimEnd();
    const run = JSON.stringify(runFields(result), null, 2);
    // `{\n  "version": …\n}` and `{\n  "reportPath": …\n}`: one object, the run's fields after the report's.
    return `${report.slice(0, -2)},\n${run.slice(2)}`;
}

;// CONCATENATED MODULE: ./shared/conflicts/trial-cells.ts
// Marks of their own, so a build or test conflict never reads as a textual one (✗) in the matrix.
const MARK = {
    'build-conflict': '🔨',
    'test-conflict': '🧪',
    untested: '?',
    flaky: '≈',
};
const TRIAL_LEGEND = '🔨 clean text, the merge does not build · 🧪 clean text, the merge fails tests · ? not tried: a side fails alone · ≈ flaky';
/** The matrix cell of a pair's trial, when it says more than git's verdict. */
function trialCell(trial) {
    return trial ? MARK[trial.verdict] : undefined;
}

// EXTERNAL MODULE: ./shared/conflicts/plan-pairs.ts
var plan_pairs = __webpack_require__(9887);
;// CONCATENATED MODULE: ./shared/conflicts/render-summary.ts




const DEFAULT_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** Beyond this many branches the matrix keeps only those with conflicts or errors. */
const MATRIX_MAX_BRANCHES = 40;
const MERMAID_MAX_EDGES = 200;
const MAX_FILES_PER_PAIR = 100;
const CELL = { clean: '✓', conflicted: '✗', unrelated: '∅', error: '⚠' };
/** Collects sections until the byte budget is spent. */
class Budget {
    max;
    parts = [];
    used = 0;
    constructor(max) {
        this.max = max;
    }
    /** Adds the text if it fits (keeping room for a closing note); false when it does not. */
    add(text, reserve = 512) {
        const size = Buffer.byteLength(text, 'utf8') + 1;
        if (this.used + size + reserve > this.max)
            return false;
        this.parts.push(text);
        this.used += size;
        return true;
    }
}
/**
 * Markdown for the job summary: a conflict matrix, a mermaid graph of the
 * conflicting pairs, each conflict's files with kinds and line ranges, the
 * pairs that could not be checked, and divergence. Deterministic; every
 * branch name, path and message is escaped; never larger than `maxBytes`.
 */
function renderConflictSummary(report, options = {}) {
    const out = new Budget(options.maxBytes ?? DEFAULT_MAX_BYTES);
    const s = report.summary;
    const shard = report.shard ? `, shard ${Number(report.shard.index)}/${Number(report.shard.count)}` : '';
    out.add('## Merge conflict forecast\n', 0);
    out.add(`${s.conflicted ? `**${s.conflicted} conflicting**` : 'No conflicts'} · ${s.clean} clean` +
        `${s.unrelated ? ` · **${s.unrelated} without common history**` : ''} · ${s.errors} not checked — ` +
        `${s.pairs} pairs of ${report.branches.length} branches (scope ${(0,markdown/* mdStrict */.jB)(report.scope)}${shard}), scanned ${/^[\d:.TZ+-]+$/.test(report.scannedAt) ? report.scannedAt : (0,markdown/* mdStrict */.jB)(report.scannedAt)}\n`, 0);
    const sections = [
        matrix(report),
        graph(report),
        ...details(report, options),
        unrelated(report),
        errors(report),
        divergence(report),
    ].filter((x) => x);
    let shown = 0;
    for (const section of sections) {
        if (!out.add(section))
            break;
        shown++;
    }
    if (shown < sections.length) {
        out.add(`> [!NOTE]\n> The summary was cut to fit GitHub's size limit: ${sections.length - shown} more section(s) are in the JSON report.\n`, 0);
    }
    return out.parts.join('\n');
}
function branchNumbers(report) {
    const names = new Set([...report.branches].sort(plan_pairs/* compareBranches */.YP).map((b) => b.name));
    for (const p of report.pairs)
        names.add(p.left).add(p.right);
    return new Map([...names].map((name, i) => [name, i + 1]));
}
function matrix(report) {
    if (report.pairs.length === 0)
        return '';
    const numbers = branchNumbers(report);
    let names = [...numbers.keys()];
    let note = '';
    if (names.length > MATRIX_MAX_BRANCHES) {
        const involved = new Set(report.pairs.filter((p) => p.status !== 'clean' || trialCell(p.trial)).flatMap((p) => [p.left, p.right]));
        note = `\n${names.length - [...involved].length} branches whose pairs all merge cleanly are left out.\n`;
        names = names.filter((n) => involved.has(n));
        if (names.length === 0)
            return `### Conflict matrix\n\nAll ${report.pairs.length} pairs merge cleanly.\n`;
    }
    const status = new Map(report.pairs.map((p) => [(0,plan_pairs/* pairKey */.Yz)(p), p]));
    const header = `| | ${names.map((n) => `**${numbers.get(n)}**`).join(' | ')} |`;
    const rule = `|---|${names.map(() => ':-:').join('|')}|`;
    const rows = names.map((row) => {
        const cells = names.map((col) => {
            const cell = status.get((0,plan_pairs/* pairKey */.Yz)({ left: row, right: col }));
            return row === col ? '—' : cell ? (trialCell(cell.trial) ?? CELL[cell.status]) : ' ';
        });
        return `| **${numbers.get(row)}** ${(0,markdown/* mdStrict */.jB)(row)} | ${cells.join(' | ')} |`;
    });
    const legend = '✓ merges cleanly · ✗ conflicts · ∅ no common history · ⚠ could not be checked · blank: not scanned' +
        (report.trials ? ` · ${TRIAL_LEGEND}` : '');
    return ['### Conflict matrix', '', header, rule, ...rows, '', legend, note].join('\n');
}
function graph(report) {
    const bad = report.pairs.filter((p) => p.status === 'conflicted');
    if (bad.length === 0)
        return '';
    const numbers = branchNumbers(report);
    const shown = bad.slice(0, MERMAID_MAX_EDGES);
    const nodes = [...new Set(shown.flatMap((p) => [p.left, p.right]))].sort((a, b) => numbers.get(a) - numbers.get(b));
    const lines = ['### Conflict graph', '', '```mermaid', 'graph LR'];
    for (const name of nodes)
        lines.push(`  n${numbers.get(name)}["${(0,markdown/* mermaidLabel */._b)(name)}"]`);
    for (const p of shown) {
        const label = `${p.files.length} file${p.files.length === 1 ? '' : 's'}`;
        lines.push(`  n${numbers.get(p.left)} ---|"${(0,markdown/* mermaidLabel */._b)(label)}"| n${numbers.get(p.right)}`);
    }
    lines.push('```');
    if (bad.length > shown.length)
        lines.push('', `${bad.length - shown.length} more conflicting pairs are not drawn.`);
    return lines.join('\n') + '\n';
}
function rangesCell(ranges, sha, file, options) {
    if (ranges.length === 0)
        return '—';
    const path = file.path;
    // A quoted path (not plain text) names no file a link could reach.
    const link = options.serverUrl && options.repository && file.pathBase64 === undefined
        ? `${options.serverUrl.replace(/\/+$/, '')}/${(0,markdown/* encodePath */.O0)(options.repository)}/blob/${sha}/${(0,markdown/* encodePath */.O0)(path)}`
        : '';
    return ranges
        .map((r) => {
        const text = (0,range_text/* formatRange */.Lu)(r, '–');
        if (!link || (0,range_text/* isEmptyRange */.$c)(r))
            return text;
        return `[${text}](${link}#L${r.start}${r.end > r.start ? `-L${r.end}` : ''})`;
    })
        .join(', ');
}
function fileRow(p, f, options) {
    const message = f.message ? `<br>${(0,markdown/* mdStrict */.jB)(f.message.split('\n')[0].slice(0, 300))}` : '';
    return `| ${(0,markdown/* mdStrict */.jB)(f.path)}${message} | ${f.kind} | ${rangesCell(f.leftRanges, p.leftSha, f, options)} | ${rangesCell(f.rightRanges, p.rightSha, f, options)} |`;
}
/** One section per conflicting pair, so the size budget can stop between pairs. */
function details(report, options) {
    const bad = report.pairs.filter((p) => p.status === 'conflicted');
    return bad.map((p, i) => {
        const lines = [
            ...(i === 0 ? ['### Conflicts', ''] : []),
            `#### ${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)}`,
            '',
            `| File | Kind | Lines in ${(0,markdown/* mdStrict */.jB)(p.left)} | Lines in ${(0,markdown/* mdStrict */.jB)(p.right)} |`,
            '| --- | --- | --- | --- |',
            ...p.files.slice(0, MAX_FILES_PER_PAIR).map((f) => fileRow(p, f, options)),
            ...(p.messages ?? []).map((m) => `| ${m.paths.map((x) => (0,markdown/* mdStrict */.jB)(x)).join(', ')}<br>${(0,markdown/* mdStrict */.jB)(m.text.slice(0, 300))} | ${(0,markdown/* mdStrict */.jB)(m.type)} | — | — |`),
            ...(p.files.length > MAX_FILES_PER_PAIR ? ['', `…and ${p.files.length - MAX_FILES_PER_PAIR} more files.`] : []),
        ];
        return lines.join('\n') + '\n';
    });
}
function unrelated(report) {
    const pairs = report.pairs.filter((p) => p.status === 'unrelated');
    if (pairs.length === 0)
        return '';
    const rows = pairs.map((p) => `| ${(0,markdown/* mdStrict */.jB)(p.left)} | ${(0,markdown/* mdStrict */.jB)(p.right)} |`);
    return ([
        '### No common history',
        '',
        'git refuses to merge these pairs: they share no commit (e.g. one was created with `--orphan`). They count as a failed check.',
        '',
        '| Left | Right |',
        '| --- | --- |',
        ...rows,
    ].join('\n') + '\n');
}
function errors(report) {
    const failed = report.pairs.filter((p) => p.status === 'error');
    if (failed.length === 0)
        return '';
    const rows = failed.map((p) => `| ${(0,markdown/* mdStrict */.jB)(p.left)} | ${(0,markdown/* mdStrict */.jB)(p.right)} | ${(0,markdown/* mdStrict */.jB)(p.error ?? 'unknown error')} |`);
    return ['### Could not be checked', '', '| Left | Right | Reason |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}
function divergence(report) {
    if (report.divergence.length === 0)
        return '';
    const rows = report.divergence.map((d) => `| ${(0,markdown/* mdStrict */.jB)(d.branch)} | ${(0,markdown/* mdStrict */.jB)(d.against)} | ${d.ahead ?? '?'} | ${d.behind ?? '?'} |${d.error ? ` ${(0,markdown/* mdStrict */.jB)(d.error)} |` : ' |'}`);
    return (['### Divergence', '', '| Branch | Against | Ahead | Behind | Note |', '| --- | --- | --- | ---: | --- |', ...rows].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./shared/suggest/render-suggestions.ts


const render_suggestions_MAX_ROWS = 50;
function suggested(report) {
    return report.pairs.filter((p) => p.suggestion !== undefined);
}
function what(s) {
    if (s.outcome === 'proven')
        return s.branch ? `proven: ${s.branch}${s.commit ? ` at ${s.commit.slice(0, 12)}` : ''}` : 'proven';
    return `${s.outcome}${s.reason ? `: ${s.reason}` : ''}`;
}
/** The job summary's section: each conflicting pair's suggestion (a link to a proven one's branch), or why there is none. */
function suggestionSummarySection(report, github = {}) {
    const rows = suggested(report);
    if (!rows.length)
        return '';
    const proven = rows.filter((p) => p.suggestion.outcome === 'proven').length;
    const link = (branch) => github.serverUrl && github.repository
        ? `[${(0,markdown/* mdStrict */.jB)(branch)}](${github.serverUrl}/${github.repository}/tree/${branch.split('/').map(encodeURIComponent).join('/')})`
        : (0,markdown/* mdStrict */.jB)(branch);
    const lines = [
        '',
        '## Suggested resolutions',
        '',
        `${proven} proven of ${rows.length} conflicting pair(s); a suggestion counts only when no marker is left, only the conflicting files changed and the merge passes the trial checks.`,
        '',
        '| Pair | Suggestion | From the state |',
        '| --- | --- | --- |',
    ];
    for (const p of rows.slice(0, render_suggestions_MAX_ROWS)) {
        const s = p.suggestion;
        const cell = s.outcome === 'proven' && s.branch
            ? `proven: ${link(s.branch)}${s.commit ? ` (${s.commit.slice(0, 12)})` : ''}`
            : `${s.outcome}${s.reason ? `: ${(0,markdown/* mdStrict */.jB)((0,neutralize/* neutralize */.Y)(s.reason))}` : ''}`;
        lines.push(`| ${(0,markdown/* mdStrict */.jB)(p.left)} ↔ ${(0,markdown/* mdStrict */.jB)(p.right)} | ${cell} | ${s.cached ? 'yes' : 'no'} |`);
    }
    if (rows.length > render_suggestions_MAX_ROWS)
        lines.push('', `${rows.length - render_suggestions_MAX_ROWS} more in the JSON report.`);
    lines.push('');
    return lines.join('\n');
}
/** CLI text lines for the suggestions. */
function suggestionText(report) {
    return suggested(report).map((p) => (0,neutralize/* neutralize */.Y)(`SUGGEST   ${p.left} <-> ${p.right}: ${what(p.suggestion)}${p.suggestion.cached ? ' (from the state, not run again)' : ''}`));
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/render-causes.ts

/** The detect-conflicts summary section: which merge made which branch conflict with its overseer. */
function causesSummary(causes, notices) {
    if (!causes.length)
        return '';
    const rows = causes.map((c) => {
        const n = notices.find((x) => x.branch === c.branch && x.commit === c.commit);
        return [
            (0,markdown.md)(c.branch),
            c.pull ? `#${c.pull.number}${c.pull.agent ? ` (${(0,markdown.md)(c.pull.agent)})` : ''}` : `since \`${c.commit.slice(0, 7)}\``,
            (0,markdown.md)(c.files.join(', '), 300),
            n ? `#${n.pull}: ${n.result === 'posted' ? 'told' : 'already told'}` : '-',
        ];
    });
    return [
        '',
        '### New conflicts with the overseer, by cause',
        '',
        ...(0,markdown/* table */.tp)(['Branch', 'Caused by', 'Files', 'Pull request'], rows),
        '',
    ].join('\n');
}
function causesText(causes) {
    return causes.map((c) => `CAUSE    ${c.branch}: ${c.message}`);
}

;// CONCATENATED MODULE: ./shared/detect-conflicts/render-scan.ts






/** The job summary of a scan: conflicts, trials, pull request notices and traced causes (the merge order is the command's to add). */
function renderScanSummary(r, github) {
    return (renderConflictSummary(r.report, { serverUrl: github.serverUrl, repository: github.repository }) +
        trialSummarySection(r.report) +
        suggestionSummarySection(r.report, github) +
        noticesSection(r) +
        causesSummary(r.causes, r.causeNotices) +
        `\n<sub>Scan time: ${(0,phase_clock/* timingsLine */.i7)(r.timings)}</sub>\n`);
}
function noticesSection(r) {
    if (!r.notices.length)
        return '';
    const rows = r.notices.map((n) => `| #${n.pull} | ${n.conflicts} | ${n.comment}${n.duplicatesRemoved ? ` (${n.duplicatesRemoved} duplicate${n.duplicatesRemoved === 1 ? '' : 's'} removed)` : ''} | ${n.labelAdded ? 'added' : n.labelRemoved ? 'removed' : '-'} |`);
    return [
        '',
        '### Pull request notices',
        '',
        '| Pull request | Conflicts | Comment | Label |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** The scan for a terminal; `paint` colours our own words (labels, counts), never branch names or paths. */
function renderScanText(r, paint) {
    const s = r.report.summary;
    const count = (n, word, style) => (n ? paint(style, `${n} ${word}`) : `${n} ${word}`);
    const lines = [
        `${s.pairs} pair(s) scanned: ${count(s.conflicted, 'conflicting', 'bad')}, ${paint('ok', `${s.clean} clean`)}, ${s.unrelated} without common history, ${count(s.errors, 'error(s)', 'error')}${r.dryRun ? ' [dry run]' : ''}`,
    ];
    const LABEL = {
        conflicted: paint('bad', 'CONFLICT '),
        unrelated: paint('warning', 'UNRELATED'),
        error: paint('error', 'ERROR    '),
    };
    for (const p of r.report.pairs) {
        if (p.status === 'clean')
            continue;
        lines.push(`${LABEL[p.status]} ${p.left} <-> ${p.right}${p.error ? `: ${p.error}` : ''}`);
        for (const f of p.files) {
            const fmt = (rs) => (0,range_text/* formatRanges */.Gk)(rs, { empty: '-' });
            const where = f.rangesSkipped ? `no line ranges: ${f.rangesSkipped}` : `lines ${fmt(f.leftRanges)} | ${fmt(f.rightRanges)}`;
            lines.push(`    ${f.path} (${f.kind}) ${where}`);
        }
        for (const m of p.messages ?? [])
            lines.push(`    ${m.text}`);
    }
    lines.push(...trialText(r.report));
    lines.push(...suggestionText(r.report));
    lines.push(...causesText(r.causes));
    for (const d of r.report.divergence)
        lines.push(`  ${d.branch} vs ${d.against}: ${d.ahead ?? '?'} ahead, ${d.behind ?? '?'} behind`);
    if (r.newConflicts || r.resolvedConflicts)
        lines.push(`New conflicts: ${r.newConflicts}; resolved since last scan: ${r.resolvedConflicts}`);
    if (r.recorded)
        lines.push(`Recorded ${r.recorded} event(s)${r.stateCommit ? ` in ${r.stateCommit.slice(0, 12)}` : ''}`);
    lines.push(`Report: ${r.reportPath}`);
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/integrate/summary-section.ts
var summary_section = __webpack_require__(7120);
// EXTERNAL MODULE: ./shared/trials/trial-job.ts
var trial_job = __webpack_require__(1216);
// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./shared/suggest/command-line.ts



// Characters a shell would read as an operator or an expansion: refused unquoted, so nobody is surprised that none happens.
const SHELL_ONLY = /[|&;<>()$`*?[\]{}~]/;
/**
 * `suggest-command` as an argument vector: the line is split into words, and
 * the program is started directly (never through a shell). Words are
 * separated by blanks; '…' keeps its text as written, "…" too except that
 * \" and \\ stand for " and \; outside quotes \ keeps the next character.
 * Nothing is expanded: no variables, globs, pipes or redirections (the
 * resolver runs with an environment of its own, where $VAR would mean
 * nothing the writer meant); for a pipeline, name a script. Why not a shell:
 * the same value then means the same vector in the action and the CLI, on
 * every runner, and no word of it is ever read twice.
 */
function splitCommandLine(line, what = 'suggest-command') {
    const words = [];
    let word = '';
    let inWord = false;
    let quoteChar = null;
    const bad = (why) => {
        throw new shared_errors/* InputError */.dz(`${what} ${(0,quote/* quote */.hD)(line)} is not valid: ${why}; expected a program and its arguments, e.g. "claude -p" or "node scripts/resolve.js"`);
    };
    if (/[\r\n\0]/.test(line))
        bad('it has a line break or a NUL character (one command line)');
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quoteChar === "'") {
            if (c === "'")
                quoteChar = null;
            else
                word += c;
        }
        else if (quoteChar === '"') {
            if (c === '"')
                quoteChar = null;
            else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\'))
                word += line[++i];
            else
                word += c;
        }
        else if (c === ' ' || c === '\t') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (c === "'" || c === '"') {
            quoteChar = c;
            inWord = true;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                bad('it ends with a lone \\');
            word += line[++i];
            inWord = true;
        }
        else if (SHELL_ONLY.test(c)) {
            bad(`${(0,quote/* quote */.hD)(c)} (at ${i + 1}) is shell syntax, and the command runs without a shell (quote it to pass it as text)`);
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quoteChar)
        bad(`a ${quoteChar} quote is never closed`);
    if (inWord)
        words.push(word);
    if (words.length === 0)
        bad('it names no program');
    return words;
}
/** What the cache and the events know a resolver by: sha-256 of its argument vector (never the text itself, which may name paths). */
function commandDigest(argv) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(argv)).digest('hex');
}

;// CONCATENATED MODULE: ./shared/suggest/suggest-settings.ts



/**
 * The resolver and the proof its suggestions must pass, settled before any
 * scanning so a bad input costs nothing (the command first: it is the cheaper to get wrong). `checks` are the trial's settings
 * (test mode unless `trial: build`): the same checks a clean merge is tried with.
 */
function suggestSettings(inputs, proofChecks) {
    const line = inputs.command?.trim();
    const argv = line ? splitCommandLine(line) : undefined;
    if (!inputs.suggest)
        return undefined;
    if (!argv)
        throw new shared_errors/* InputError */.dz('suggest is on but suggest-command is empty: expected the resolver to run, e.g. --suggest-command "node scripts/resolve.js" (an agent CLI or a script; it reads the conflict brief on stdin)');
    const checks = proofChecks();
    if (!checks)
        throw new shared_errors/* InputError */.dz(`suggest-command ${(0,quote/* quote */.hD)(line)} has no checks to prove its suggestions with: expected trial-commands (or commands role-ci finds for the overseer)`);
    return {
        argv,
        command: commandDigest(argv),
        maxPairs: inputs.maxPairs,
        timeoutMs: inputs.timeoutSeconds * 1000,
        checks: checks.commands,
        ...(checks.setup ? { setup: checks.setup } : {}),
        checkTimeoutMs: checks.timeoutMs,
    };
}

// EXTERNAL MODULE: ./shared/config/commands.ts
var config_commands = __webpack_require__(83);
// EXTERNAL MODULE: ./shared/role-ci/choose-commands.ts + 1 modules
var choose_commands = __webpack_require__(2221);
;// CONCATENATED MODULE: ./shared/trials/classify.ts
// A check that runs the code's tests; everything else (build, compile, typecheck, lint) only reads it.
const TEST_NAME = /(^|[^a-z])(tests?|spec|specs|e2e|pytest|jest|vitest|mocha)([^a-z]|$)/i;
/**
 * The class of a check, from its name: names with "test", "spec", "e2e" (or a
 * test runner's name) are test checks, the others build checks. role-ci's
 * detected commands follow it (`lint`, `typecheck`, `build` / `test`,
 * `test-integration`, `pytest`, `go test`, `cargo test`), and so can the
 * names given in `trial-commands`.
 */
function commandKind(name) {
    return TEST_NAME.test(name) ? 'test' : 'build';
}
/**
 * The checks a trial runs, in their order: `build` keeps only the build
 * checks, `test` all of them, build checks first (a merge that does not build
 * is a build conflict even when a test would also fail).
 */
function trialCommands(commands, mode) {
    const classified = commands.map((c) => ({ ...c, kind: commandKind(c.name) }));
    const build = classified.filter((c) => c.kind === 'build');
    return mode === 'build' ? build : [...build, ...classified.filter((c) => c.kind === 'test')];
}

;// CONCATENATED MODULE: ./shared/trials/trial-settings.ts




/**
 * The trial's checks, settled before any scanning so a bad input costs
 * nothing: `trial-commands`, else what role-ci would run for the overseer
 * (the config's roles.overseer.commands, else the commands detected in the
 * checked-out workspace: the trusted base, never a branch under trial).
 */
function trialSettings(inputs, context) {
    // Bad trial inputs are refused even while trials are off: a typo must not wait for the day they are turned on.
    const given = inputs.commands?.trim() ? (0,config_commands/* parseCommandLines */.G)(inputs.commands, 'input "trial-commands"') : [];
    const setup = inputs.setup?.trim();
    if (setup && /[\r\n]/.test(setup))
        throw new shared_errors/* InputError */.dz(`trial-setup ${JSON.stringify(setup)} is not valid: expected one command line`);
    if (inputs.trial === 'none')
        return undefined;
    const chosen = (0,choose_commands/* chooseCommands */.u)({ cwd: context.cwd, role: 'overseer', inputCommands: given, config: context.config });
    const commands = trialCommands(chosen.commands, inputs.trial);
    if (commands.length === 0) {
        const what = chosen.commands.length
            ? `only test checks (${chosen.commands.map((c) => c.name).join(', ')}) and trial: build runs build checks`
            : chosen.note;
        throw new shared_errors/* InputError */.dz(`trial: ${inputs.trial} has no checks to run: ${what}; expected trial-commands such as "build: npm run build" (names with "test", "spec" or "e2e" are test checks)`);
    }
    return {
        mode: inputs.trial,
        scope: inputs.scope,
        commands,
        ...(setup ? { setup } : {}),
        maxPairs: inputs.maxPairs,
        timeoutMs: inputs.timeoutSeconds * 1000,
        maxParallel: context.maxParallel,
    };
}

// EXTERNAL MODULE: ./shared/naming/role-source.ts
var role_source = __webpack_require__(7061);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/text/paint.ts
var paint = __webpack_require__(2892);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(4587);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(2707);
// EXTERNAL MODULE: ./shared/commands/settings.ts
var commands_settings = __webpack_require__(6684);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
;// CONCATENATED MODULE: ./shared/commands/detect-conflicts.ts




















const detectConflictsCommand = {
    name: 'detect-conflicts',
    aliases: ['check-conflicts'],
    summary: 'Predict merge conflicts between the agent branches before anyone rebases: every implementor against the others and its overseer (or every pair), with files, line ranges and divergence; records new and resolved conflicts.',
    options: [
        {
            name: 'scope',
            type: 'string',
            choices: ['feature', 'all'],
            default: 'feature',
            description: 'feature: pairs within each feature (implementors with each other and with their overseer); all: every pair of the selected branches, across features.',
        },
        {
            name: 'branches',
            type: 'list',
            description: "Glob patterns (comma or newline separated) that narrow the agent branches scanned, e.g. feature/004-*/** (CLI default: the checkout's own feature, when its branch or role file names one; '**' for all).",
        },
        { name: 'fail-on-conflict', type: 'boolean', default: 'true', description: 'Fail the step (CLI: exit 1) when conflicts exist.' },
        { name: 'max-parallel', type: 'integer', min: 1, max: 64, description: 'Concurrent git merges (default: the number of CPUs).' },
        {
            name: 'shard',
            type: 'string',
            description: 'Scan only the i-th of n deterministic slices of the pairs, e.g. 2/4 (for a workflow matrix); merge the reports with merge-reports.',
        },
        {
            name: 'merge-reports',
            type: 'string',
            description: 'Glob of shard report files to combine into one summary and one set of events, instead of scanning.',
        },
        {
            name: 'report-path',
            type: 'string',
            description: 'Where to write the full JSON report (default: $RUNNER_TEMP/conflict-report.json).',
        },
        {
            name: 'notify',
            type: 'string',
            choices: ['none', 'pr'],
            default: 'none',
            description: 'pr: keep one comment and a label on each open pull request whose branch is in a conflicting pair (needs pull-requests: write).',
        },
        {
            name: 'label',
            type: 'string',
            default: 'merge-conflict',
            description: 'Label added to pull requests with conflicts (notify: pr) and removed when they are gone.',
        },
        { name: 'record', type: 'boolean', default: 'true', description: 'Record conflict and divergence events on the state branch.' },
        {
            name: 'cache',
            type: 'boolean',
            default: 'true',
            description: 'Reuse the verdicts of earlier scans kept on the state branch (a verdict depends only on the two commits, git’s version and the pinned merge settings) and keep the new ones; false merges every pair again.',
        },
        {
            name: 'trial',
            type: 'string',
            choices: ['none', 'build', 'test'],
            default: 'none',
            description: "Also build (build) or build and test (test) the merge of every clean pair in trial-scope, and each tip alone: finds build and test conflicts git cannot see. Runs branch code: refused unless the job holds nothing (record: false, token: '', no secret in its environment or git configuration; see README).",
        },
        {
            name: 'trial-scope',
            type: 'string',
            choices: ['overseer', 'all'],
            default: 'overseer',
            description: 'overseer: each implementor merged into its overseer; all: every clean pair the scan saw.',
        },
        {
            name: 'trial-commands',
            type: 'multiline',
            description: 'Checks to run, one "name: command" per line (names with test, spec or e2e are test checks, the others build checks); default: what role-ci runs for the overseer.',
        },
        {
            name: 'trial-setup',
            type: 'string',
            description: 'Command run once per tip before its checks (e.g. npm ci); a merge with the same dependency manifests as a tip reuses its products (hard links).',
        },
        {
            name: 'trial-max-pairs',
            type: 'integer',
            min: 1,
            max: 10000,
            default: '20',
            description: 'Most pairs tried in one run (cached ones are free); the rest are reported as skipped.',
        },
        {
            name: 'trial-timeout',
            type: 'integer',
            min: 1,
            max: 21600,
            default: '600',
            description: 'Seconds each trial command may run before it is stopped.',
        },
        {
            name: 'suggest',
            type: 'boolean',
            default: 'false',
            description: 'Run suggest-command on each conflicting pair the state has no suggestion for (at these tips, from this command), in a sandbox: a repository of its own with the merge in progress (markers in the files), the conflict brief on stdin, no token, HOME and TMPDIR inside it. A suggestion is proven only if no marker is left, only the conflicting files changed and the merge passes the trial checks; the job that records the report (merge-reports) pushes it as orchestrator/suggest/<pair-id>. Runs untrusted code: refused unless the job holds nothing, like trial.',
        },
        {
            name: 'suggest-command',
            type: 'string',
            description: 'The resolver: a program and its arguments (an agent CLI such as claude -p, or a script), split into words like a shell would but run without one (no variables, globs, pipes or redirections; quote with \' or "). It reads the brief on stdin and edits the conflicting files in its working folder.',
        },
        {
            name: 'suggest-max-pairs',
            type: 'integer',
            min: 1,
            max: 1000,
            default: '5',
            description: 'Most resolver runs in one scan (pairs the state answers are free); the rest are reported as skipped.',
        },
        {
            name: 'suggest-timeout',
            type: 'integer',
            min: 1,
            max: 21600,
            default: '900',
            description: 'Seconds one resolver run may take; then its whole process group is killed and the suggestion rejected.',
        },
        ...common_options/* COMMON_OPTIONS */.D,
        common_options/* TOKEN_OPTION */.A,
    ],
    outputs: [
        { name: 'conflict-count', description: 'Number of conflicting branch pairs.' },
        { name: 'conflicts', description: 'JSON array of the conflicting pairs: branches, files, kinds and line ranges on each side.' },
        { name: 'report-path', description: 'Path of the full JSON report (all pairs, divergence).' },
        { name: 'clean', description: 'true when no pair conflicts, else false.' },
        { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing new).' },
        {
            name: 'trial-conflicts',
            description: 'JSON array of the build and test conflicts found by trials: branches, commits, verdict, failing check (empty array without trial).',
        },
        {
            name: 'trial-untested',
            description: 'JSON array of the pairs a trial could not judge because a side fails on its own, with that side.',
        },
    ],
    async run(values, ctx) {
        // Every git process this command starts is in the report's timings, opening the repository's too.
        const since = (0,phase_clock/* clockMark */.wJ)();
        const mergeReports = values.string('merge-reports');
        const trial = (0,commands_settings/* choiceOf */.FH)(values, 'trial', 'none');
        if (mergeReports && trial !== 'none')
            throw new shared_errors/* InputError */.dz(`trial ${(0,quote/* quote */.hD)(trial)} cannot be combined with merge-reports: the step that merges reports runs no code; run trials in the scanning job (see workflows-examples/conflict-trials.yml)`);
        if (mergeReports && values.bool('suggest'))
            throw new shared_errors/* InputError */.dz('suggest cannot be combined with merge-reports: the step that merges reports runs no code and pushes the proven suggestions it finds in them; run the resolver in the scanning job (see workflows-examples/conflict-suggestions.yml)');
        // The CLI in a checkout: the checked-out branch (an agent's is the actor of what it records) and where
        // check-path's cache lies (refreshed after the scan), asked in the rev-parse that opens the repository.
        const inCheckout = Boolean(ctx.cliScript && !mergeReports);
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx, inCheckout ? { checkoutFacts: check_path/* CACHE_FILE */.Sk } : {});
        const settings = await detectConflictsSettings(values, ctx, ws);
        // Trials run branch code: only in a job that holds nothing (no write, no token, no secret), else refused before any work.
        if (settings.trial)
            await (0,trial_job/* refuseTrialsInHoldingJob */.jf)({
                trial: settings.trial.mode,
                record: settings.record,
                secretInputs: detectConflictsCommand.options.filter((o) => o.secret && values.string(o.name)).map((o) => o.name),
                git: ws.git,
            });
        // The resolver is untrusted code like branch code (it reads branch content; its merge is built and tested): the same rule.
        if (settings.suggest)
            await (0,trial_job/* refuseTrialsInHoldingJob */.jf)({
                trial: settings.trial?.mode ?? 'test',
                subject: {
                    what: 'suggest runs suggest-command on branch content and builds and tests the merge it makes',
                    example: 'workflows-examples/conflict-suggestions.yml',
                },
                record: settings.record,
                secretInputs: detectConflictsCommand.options.filter((o) => o.secret && values.string(o.name)).map((o) => o.name),
                git: ws.git,
            });
        const checkout = inCheckout ? (0,check_path/* locatedBy */.a4)(ctx.cwd, ws.checkout ?? null) : undefined;
        const result = await (0,detect_conflicts/* detectConflicts */.R)({ ...settings, since, ...(checkout !== undefined ? { checkout } : {}) }, { ...ws, ctx: await (0,caller/* agentContext */.zN)(ctx, ws, checkout ? checkout.branch : undefined) });
        annotateConflicts(result, ctx.logger);
        annotateTrials(result.report, ctx.logger);
        const verdict = scanVerdict(result.report.pairs, values.bool('fail-on-conflict'));
        // Rendered when read: the CLI prints the text or the JSON and never the summary (on 2,000 pairs each costs tens of ms).
        const outputs = once(() => scanOutputs(result, verdict.clean));
        const summary = once(() => renderScanSummary(result, ctx.github) + (0,summary_section/* mergeOrderSummary */.v)(result.report, result.projection));
        const text = once(() => renderScanText(result, ctx.paint ?? paint/* noPaint */.I));
        return {
            exitCode: verdict.exitCode,
            failure: verdict.failure,
            get outputs() {
                return outputs();
            },
            get summary() {
                return summary();
            },
            get text() {
                return text();
            },
            json: scanJson(result),
            // The report's text as written, with this run's fields: the pairs are serialized once.
            jsonText: () => scanJsonText(result),
        };
    },
};
/** The scan this run asks for, read once from its options. */
async function detectConflictsSettings(values, ctx, ws) {
    const shardText = values.string('shard');
    const mergeReports = values.string('merge-reports');
    const branches = values.list('branches');
    // The CLI in an agent's checkout scans that agent's feature unless told otherwise (an action scans all).
    if (ctx.localRoleFile && !branches.length && !shardText && !mergeReports && values.string('scope') !== 'all') {
        const id = await (0,identity/* commandIdentity */.sX)(ctx, ws.git, ws.config.branches);
        if (id.feature) {
            branches.push((0,branch_pattern/* branchGlob */.Fx)(ws.config.branches, id.feature));
            ctx.logger.info(`scanning only feature ${id.feature}: ${(0,role_source/* describeIdentity */.Cl)(id)}; --branches '**' scans every feature`);
        }
    }
    const maxParallel = (0,pool/* resolveParallelism */.Rz)(values.int('max-parallel'));
    const trialInputs = (mode) => ({
        trial: mode,
        scope: (0,commands_settings/* choiceOf */.FH)(values, 'trial-scope', 'overseer'),
        commands: values.string('trial-commands'),
        setup: values.string('trial-setup'),
        maxPairs: values.int('trial-max-pairs') ?? 20,
        timeoutSeconds: values.int('trial-timeout') ?? 600,
    });
    const trialMode = (0,commands_settings/* choiceOf */.FH)(values, 'trial', 'none');
    const suggesting = values.bool('suggest');
    // A suggestion is proven with the trial's checks: test mode unless trial: build says only build.
    const proofChecks = () => trialSettings(trialInputs(trialMode === 'none' ? 'test' : trialMode), { cwd: ctx.cwd, config: ws.config, maxParallel });
    return {
        suggest: suggestSettings({
            suggest: suggesting,
            command: values.string('suggest-command'),
            maxPairs: values.int('suggest-max-pairs') ?? 5,
            timeoutSeconds: values.int('suggest-timeout') ?? 900,
        }, proofChecks),
        scope: (0,commands_settings/* choiceOf */.FH)(values, 'scope', ws.config.conflicts.scope),
        branches,
        shard: shardText ? (0,shard/* parseShard */.uK)(shardText) : undefined,
        maxParallel: values.int('max-parallel'),
        reportPath: values.string('report-path'),
        mergeReports,
        notify: (0,commands_settings/* choiceOf */.FH)(values, 'notify', 'none'),
        label: values.string('label') ?? 'merge-conflict',
        token: values.string('token'),
        record: values.bool('record'),
        cache: values.bool('cache'),
        trial: trialSettings(trialInputs(trialMode), { cwd: ctx.cwd, config: ws.config, maxParallel }),
    };
}
/** `make`'s value, computed on the first call only. */
function once(make) {
    let made;
    return () => (made ??= { value: make() }).value;
}


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


/***/ })

};
