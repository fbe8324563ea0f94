export const id = 629;
export const ids = [629];
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

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  roleCiCommand: () => (/* binding */ roleCiCommand)
});

// EXTERNAL MODULE: ./shared/config/commands.ts
var commands = __webpack_require__(83);
// EXTERNAL MODULE: ./shared/commands/caller.ts
var caller = __webpack_require__(5014);
;// CONCATENATED MODULE: ./shared/junit/merge-reports.ts
/** Adds reports up; failures keep their report's file and the reports' order. */
function mergeReports(reports) {
    const totals = {
        reports: reports.length,
        suites: 0,
        tests: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        durationMs: 0,
        failures: [],
    };
    for (const report of reports) {
        totals.suites += report.suites;
        totals.tests += report.tests;
        totals.passed += report.passed;
        totals.failed += report.failed;
        totals.errors += report.errors;
        totals.skipped += report.skipped;
        totals.durationMs += report.durationMs;
        for (const failure of report.failures)
            totals.failures.push({ ...failure, file: report.file });
    }
    return totals;
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(1043);
// EXTERNAL MODULE: ./shared/text/neutralize.ts
var neutralize = __webpack_require__(4929);
;// CONCATENATED MODULE: ./shared/role-ci/clip-lines.ts
// Command output and test reports shown in part: neutralised (they are data,
// never markup or terminal codes), bounded per line and in lines.

/** First `maxLines` lines of `text`, each bounded, with a marker when cut. */
function firstLines(text, maxLines, maxLength = 300) {
    const lines = (0,neutralize/* neutralize */.Y)(text, { multiline: true }).split('\n');
    const shown = lines.slice(0, maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l));
    if (lines.length > maxLines)
        shown.push(`... (${lines.length - maxLines} more lines)`);
    return shown.join('\n');
}
/** Last `maxLines` lines of `text`, each bounded, with a marker when cut. */
function lastLines(text, maxLines, maxLength = 500) {
    const lines = (0,neutralize/* neutralize */.Y)(text, { multiline: true }).split('\n');
    const shown = lines.slice(-maxLines).map((l) => (l.length > maxLength ? `${l.slice(0, maxLength - 3)}...` : l));
    if (lines.length > maxLines)
        shown.unshift(`... (${lines.length - maxLines} earlier lines)`);
    return shown.join('\n');
}

// EXTERNAL MODULE: ./shared/role-ci/format.ts
var format = __webpack_require__(3219);
;// CONCATENATED MODULE: ./shared/role-ci/outcome.ts

/** Passed only when the guard is clean, every check passed, no JUnit test failed and (scope.mode: fail) nothing drifted. */
function roleCiOutcome(report) {
    const failures = [];
    if (!report.guard.ok)
        failures.push(`guard: ${(0,format/* plural */.L)(report.guard.violations.length, 'violation')}`);
    // Drift warns by default; only scope.mode: fail makes it a failure.
    if (report.scope?.mode === 'fail' && report.scope.drift.length)
        failures.push(`scope: ${(0,format/* plural */.L)(report.scope.drift.length, 'file')} outside the paths of its tasks`);
    const failed = report.checks.filter((c) => !c.passed && !c.skipped).map((c) => c.name);
    if (failed.length)
        failures.push(`checks failed: ${failed.join(', ')}`);
    const skipped = report.checks.filter((c) => c.skipped).length;
    if (skipped && !failed.length)
        failures.push(`checks skipped: ${skipped}`);
    const junitFailed = report.junit.reduce((n, r) => n + r.failed, 0);
    if (junitFailed)
        failures.push(`JUnit: ${(0,format/* plural */.L)(junitFailed, 'failed test')}`);
    return { passed: failures.length === 0, failures };
}

// EXTERNAL MODULE: ./shared/scope/drift.ts + 3 modules
var drift = __webpack_require__(260);
;// CONCATENATED MODULE: ./shared/role-ci/render-scope.ts



const MAX_ROWS = 100;
/** Why there was nothing to drift from, or which tasks the scope came from, in words. */
function scopeLine(report) {
    if (report.unbounded)
        return `No scope to check: ${report.unbounded}${report.problem ? ` (${report.problem})` : ''}.`;
    const from = report.scope.source === 'assigned' ? 'assigned to it' : 'its commits reference (no task is assigned to it)';
    const n = report.scope.pathless.length;
    const pathless = n ? `; ${report.scope.pathless.join(', ')} ${n === 1 ? 'names' : 'name'} no file` : '';
    return `Scope: the paths of ${report.scope.tasks.join(', ')}, the tasks ${from}${pathless}.`;
}
/** The job summary's "Scope drift" section (markdown, every path and name escaped). */
function scopeSummary(report) {
    const scope = report.scope;
    if (!scope)
        return [];
    const out = ['### Scope drift', '', (0,markdown.md)(scopeLine(scope), 1000), ''];
    if (scope.unbounded)
        return out;
    if (scope.drift.length === 0)
        return [...out, `✅ Every changed file is within the paths of its tasks.`, ''];
    const sign = scope.mode === 'fail' ? '❌' : '⚠️';
    out.push(`${sign} ${(0,format/* plural */.L)(scope.drift.length, 'file')} changed outside the paths of its tasks${scope.mode === 'fail' ? ' (scope.mode: fail)' : ''}:`, '', '| file | belongs to |', '| --- | --- |');
    for (const f of scope.drift.slice(0, MAX_ROWS))
        out.push(`| ${(0,markdown.md)(f.path, 300)} | ${(0,markdown.md)((0,drift/* ownersText */.M2)(f.owners), 500)} |`);
    if (scope.drift.length > MAX_ROWS)
        out.push('', `_and ${scope.drift.length - MAX_ROWS} more_`);
    return [...out, ''];
}
/** The CLI text's scope lines; `one` makes untrusted text a single safe line. */
function scopeText(report, one) {
    const scope = report.scope;
    if (!scope)
        return [];
    const out = ['', `Scope: ${one(scopeLine(scope).replace(/^Scope: /, ''))}`];
    if (scope.unbounded)
        return out;
    if (scope.drift.length === 0)
        return [...out, '  every changed file is within them'];
    out.push(`Scope drift (${scope.mode === 'fail' ? 'fails' : 'warning'}): ${(0,format/* plural */.L)(scope.drift.length, 'file')} outside the paths of its tasks`);
    for (const f of scope.drift)
        out.push(`  ! ${one((0,drift/* driftText */.LU)(f))}`);
    return out;
}

;// CONCATENATED MODULE: ./shared/role-ci/render-results.ts






// Bounds that keep the job summary far below GitHub's 1 MiB limit whatever the input.
const SUMMARY_LIMITS = { violations: 100, outputTails: 10, outputLines: 50, failures: 30, failureLines: 8 };
/** The job summary of a role CI run: deterministic markdown, all user text escaped. */
function renderRoleCiSummary(report) {
    const outcome = roleCiOutcome(report);
    const lines = [
        `## Role CI: ${outcome.passed ? '✅ passed' : '❌ failed'}`,
        '',
        `**${report.role}** on ${(0,markdown.md)(report.branch)}${report.guard.diffBase ? ` (changes counted from \`${report.guard.diffBase.slice(0, 12)}\`)` : ''}`,
        '',
        ...(outcome.passed ? [] : [`Failed: ${outcome.failures.map((f) => (0,markdown.md)(f)).join('; ')}`, '']),
        ...[...(report.notes ?? []), ...(report.guard.notes ?? [])].flatMap((n) => [`> ${(0,markdown.md)(n, 500)}`, '']),
        ...guardSection(report),
        ...scopeSummary(report),
        ...checksSection(report),
        ...junitSection(report),
    ];
    while (lines[lines.length - 1] === '')
        lines.pop();
    return `${lines.join('\n')}\n`;
}
function guardSection(report) {
    const { guard } = report;
    const out = ['### Guard', ''];
    if (guard.ok && guard.notes?.length)
        return [...out, '✅ Allowed by the config rule (see the note above).', ''];
    // An implementor's guard always counts from a merge base, unless there was no commit to judge (a deleted branch).
    if (guard.ok && report.role === 'implementor' && !guard.diffBase)
        return [...out, 'Nothing judged (see the note above).', ''];
    if (guard.ok) {
        const paths = report.role === 'implementor'
            ? `No protected path among ${(0,format/* plural */.L)(guard.changed.length, 'changed path')}.`
            : 'The overseer may change any path.';
        const pr = report.pullRequest;
        const target = pr ? ` Pull request${pr.number !== undefined ? ` #${pr.number}` : ''} into ${(0,markdown.md)(pr.base)} is allowed.` : '';
        return [...out, `✅ ${paths}${target}`, ''];
    }
    out.push(`❌ ${(0,format/* plural */.L)(guard.violations.length, 'violation')}:`, '', '| kind | path | detail |', '| --- | --- | --- |');
    for (const v of guard.violations.slice(0, SUMMARY_LIMITS.violations))
        out.push(violationRow(v));
    if (guard.violations.length > SUMMARY_LIMITS.violations)
        out.push('', `_and ${guard.violations.length - SUMMARY_LIMITS.violations} more_`);
    return [...out, ''];
}
function violationRow(v) {
    const kind = v.kind === 'pr-target' ? 'pull request target' : 'protected path';
    return `| ${kind} | ${v.path !== undefined ? (0,markdown.md)(v.path, 300) : ' '} | ${(0,markdown.md)(v.detail, 500)} |`;
}
function checksSection(report) {
    const out = ['### Checks', '', `_${(0,markdown.md)(report.commandsNote, 500)}_`, ''];
    if (report.checks.length === 0)
        return [...out, 'No check ran.', ''];
    out.push('| check | result | duration |', '| --- | --- | --- |');
    for (const c of report.checks)
        out.push(`| ${(0,markdown.md)(c.name)} | ${resultCell(c)} | ${c.skipped ? ' ' : (0,format/* formatDuration */.a)(c.durationMs)} |`);
    out.push('');
    const withOutput = report.checks.filter((c) => !c.passed && !c.skipped && c.outputTail !== '');
    for (const c of withOutput.slice(0, SUMMARY_LIMITS.outputTails)) {
        out.push(`<details><summary>${(0,markdown.md)(c.name)}: last lines of output</summary>`, '', ...(0,markdown/* codeBlock */.DV)(lastLines(c.outputTail, SUMMARY_LIMITS.outputLines)), '', '</details>', '');
    }
    if (withOutput.length > SUMMARY_LIMITS.outputTails)
        out.push(`_Output of ${withOutput.length - SUMMARY_LIMITS.outputTails} more failed checks is in the log._`, '');
    return out;
}
function resultCell(c) {
    if (c.skipped)
        return '⏭ skipped';
    if (c.passed)
        return '✅ passed';
    const why = c.reason ?? (c.exitCode !== null ? `exit ${c.exitCode}` : '');
    return `❌ failed${why ? ` (${(0,markdown.md)(why, 120)})` : ''}`;
}
function junitSection(report) {
    if (report.junit.length === 0)
        return [];
    const t = mergeReports(report.junit);
    const out = [
        '### Tests (JUnit)',
        '',
        '| reports | tests | passed | failed | skipped | duration |',
        '| --- | --- | --- | --- | --- | --- |',
        `| ${t.reports} | ${t.tests} | ${t.passed} | ${t.failed}${t.errors ? ` (${t.errors} errors)` : ''} | ${t.skipped} | ${(0,format/* formatDuration */.a)(t.durationMs)} |`,
        '',
    ];
    if (t.failures.length === 0)
        return out;
    out.push(`<details><summary>${(0,format/* plural */.L)(t.failures.length, 'failed test')}</summary>`, '');
    for (const f of t.failures.slice(0, SUMMARY_LIMITS.failures)) {
        out.push(`- **${(0,markdown.md)(f.suite)} › ${(0,markdown.md)(f.name)}** (${(0,markdown.md)(f.file)}, ${f.kind}): ${(0,markdown.md)(f.message, 300)}`);
        if (f.details.trim() !== '')
            out.push('', ...(0,markdown/* codeBlock */.DV)(firstLines(f.details, SUMMARY_LIMITS.failureLines)).map((l) => `  ${l}`), '');
    }
    if (t.failures.length > SUMMARY_LIMITS.failures)
        out.push(`- _and ${t.failures.length - SUMMARY_LIMITS.failures} more_`);
    if (out[out.length - 1] !== '')
        out.push('');
    return [...out, '</details>', ''];
}

// EXTERNAL MODULE: ./shared/text/paint.ts
var text_paint = __webpack_require__(2892);
;// CONCATENATED MODULE: ./shared/role-ci/render-text.ts







const MAX_FAILURES = 30;
/** The result of a role CI run for a terminal: plain text, control characters removed; `paint` colours our own words only. */
function renderRoleCiText(report, paint = text_paint/* noPaint */.I) {
    const outcome = roleCiOutcome(report);
    const out = [`${paint('heading', 'Role CI:')} ${report.role} on ${one(report.branch)}`, ''];
    for (const note of [...(report.notes ?? []), ...(report.guard.notes ?? [])])
        out.push(`${paint('notice', 'Note:')} ${one(note)}`, '');
    if (report.guard.ok)
        out.push(`Guard: ${paint('ok', 'ok')}`);
    else {
        out.push(`Guard: ${paint('bad', (0,format/* plural */.L)(report.guard.violations.length, 'violation'))}`);
        for (const v of report.guard.violations)
            out.push(`  - ${v.kind}${v.path !== undefined ? ` ${one(v.path)}` : ''}: ${one(v.detail)}`);
    }
    out.push(...scopeText(report, one));
    out.push('', `Checks (${one(report.commandsNote)}):`);
    if (report.checks.length === 0)
        out.push('  none');
    const width = Math.max(0, ...report.checks.map((c) => one(c.name).length));
    for (const c of report.checks) {
        out.push(`  ${mark(c, paint)} ${one(c.name).padEnd(width)}  ${render_text_status(c, paint)}`);
        if (!c.passed && !c.skipped && c.outputTail)
            for (const line of (0,neutralize/* neutralize */.Y)(c.outputTail, { multiline: true }).split('\n'))
                out.push(`      | ${line}`);
    }
    if (report.junit.length > 0) {
        const t = mergeReports(report.junit);
        out.push('', `JUnit: ${(0,format/* plural */.L)(t.tests, 'test')}, ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${(0,format/* plural */.L)(t.reports, 'report')})`);
        for (const f of t.failures.slice(0, MAX_FAILURES)) {
            out.push(`  x ${one(f.suite)} > ${one(f.name)} (${one(f.file)}): ${one(f.message)}`);
            if (f.details.trim())
                for (const line of firstLines(f.details, 5).split('\n'))
                    out.push(`      ${line}`);
        }
        if (t.failures.length > MAX_FAILURES)
            out.push(`  ... and ${t.failures.length - MAX_FAILURES} more`);
    }
    out.push('', outcome.passed ? `Result: ${paint('ok', 'passed')}` : `Result: ${paint('bad', 'FAILED')} (${one(outcome.failures.join('; '))})`);
    return `${out.join('\n')}\n`;
}
function mark(c, paint) {
    return c.skipped ? paint('dim', '-') : c.passed ? paint('ok', '✓') : paint('bad', '✗');
}
function render_text_status(c, paint) {
    if (c.skipped)
        return paint('dim', 'skipped');
    if (c.passed)
        return `${paint('ok', 'passed')} in ${(0,format/* formatDuration */.a)(c.durationMs)}`;
    const why = c.reason ?? (c.exitCode !== null ? `exit code ${c.exitCode}` : 'failed');
    return `${paint('bad', 'FAILED')}: ${one(why)}, after ${(0,format/* formatDuration */.a)(c.durationMs)}`;
}
/** Untrusted text on one line. */
function one(text) {
    return (0,neutralize/* neutralize */.Y)(text, { multiline: true }).replace(/[\n\t]+/g, ' ');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/conflicts/check-suite.ts
var check_suite = __webpack_require__(6667);
// EXTERNAL MODULE: ./shared/conflicts/plan-pairs.ts
var plan_pairs = __webpack_require__(9887);
// EXTERNAL MODULE: ./shared/conflicts/scan-pairs.ts + 5 modules
var scan_pairs = __webpack_require__(1318);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(6543);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/junit/find-files.ts
var find_files = __webpack_require__(5776);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
;// CONCATENATED MODULE: ./shared/junit/xml-tree.ts

/** Why a text is not a usable XML document; the caller adds the file name. */
class XmlSyntaxError extends Error {
}
// Entity processing stays off: a DOCTYPE's entities are never expanded, so a
// "billion laughs" document cannot blow up. The five predefined entities and
// character references are decoded here instead, which cannot grow the text.
const PARSER_OPTIONS = {
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    ignoreDeclaration: true,
    ignorePiTags: true,
    maxNestedTags: 200,
};
/** Parses `xml` into its single root element, or throws XmlSyntaxError. */
function parseXml(xml) {
    const text = xml.startsWith('\uFEFF') ? xml.slice(1) : xml;
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        throw new XmlSyntaxError(`${valid.err.msg} (line ${valid.err.line}${valid.err.col ? `, column ${valid.err.col}` : ''})`);
    }
    let nodes;
    try {
        nodes = new XMLParser/* default */.A(PARSER_OPTIONS).parse(text);
    }
    catch (error) {
        throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
    }
    const roots = nodes.map(toElement).filter((node) => typeof node !== 'string');
    if (roots.length === 0)
        throw new XmlSyntaxError('the document has no root element');
    if (roots.length > 1)
        throw new XmlSyntaxError(`the document has ${roots.length} root elements, expected one`);
    return roots[0];
}
function toElement(node) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined)
        return '';
    const content = node[name];
    if (name === '#text')
        return decodeEntities(String(content));
    if (name === '#cdata')
        return content.map((part) => String(part['#text'] ?? '')).join('');
    const attributes = {};
    for (const [key, value] of Object.entries(node[':@'] ?? {}))
        attributes[key] = decodeEntities(String(value));
    const element = { name, attributes, children: [], text: '' };
    for (const child of content ?? []) {
        const converted = toElement(child);
        if (typeof converted === 'string')
            element.text += converted;
        else
            element.children.push(converted);
    }
    return element;
}
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Decodes XML's predefined entities and character references; leaves any other `&name;` as written. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-z]{2,4}));/g, (all, hex, dec, name) => {
        if (name !== undefined)
            return PREDEFINED[name] ?? all;
        const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec, 10);
        const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        return valid ? String.fromCodePoint(code) : '\uFFFD';
    });
}

;// CONCATENATED MODULE: ./shared/junit/parse-junit.ts


const MAX_DETAIL_LINES = 10;
const MAX_DETAIL_CHARS = 2000;
const MAX_MESSAGE_CHARS = 1000;
/**
 * Reads one JUnit XML report. Outcomes are counted from the `<testcase>`
 * elements, which every producer writes consistently, and only when there
 * are none from the suites' `tests`/`failures`/`errors`/`skipped` attributes,
 * which producers fill in differently. Suites may nest (PHPUnit, some Maven
 * plugins); a suite counts when it holds test cases itself or no other suite.
 * Malformed XML or a root other than `<testsuites>`/`<testsuite>` is an
 * InputError naming `file`.
 */
function parseJUnit(xml, file) {
    let root;
    try {
        root = parseXml(xml);
    }
    catch (error) {
        if (error instanceof XmlSyntaxError)
            throw new errors/* InputError */.dz(`${file}: not well-formed XML: ${error.message}`);
        throw error;
    }
    if (root.name !== 'testsuites' && root.name !== 'testsuite') {
        throw new errors/* InputError */.dz(`${file}: root element <${root.name}> is not a JUnit report; expected <testsuites> or <testsuite>`);
    }
    const suites = [];
    const cases = [];
    const walk = (element, suite) => {
        for (const child of element.children) {
            if (child.name === 'testsuite') {
                suites.push(child);
                walk(child, child.attributes.name ?? '');
            }
            else if (child.name === 'testcase') {
                cases.push({ element: child, suite });
            }
        }
    };
    if (root.name === 'testsuite')
        suites.push(root);
    walk(root, root.attributes.name ?? '');
    const report = {
        file,
        suites: suites.filter((s) => s.children.some((c) => c.name === 'testcase') || !hasChildSuite(s)).length,
        tests: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        durationMs: Math.round(seconds(root) * 1000),
        failures: [],
    };
    const leaves = suites.filter((s) => !hasChildSuite(s));
    if (cases.length > 0)
        for (const found of cases)
            countCase(report, found);
    else
        countFromAttributes(report, leaves.length > 0 ? leaves : [root]);
    return report;
}
function hasChildSuite(suite) {
    return suite.children.some((child) => child.name === 'testsuite');
}
function countCase(report, { element, suite }) {
    report.tests++;
    // `<error>` wins over `<failure>` when a case has both (a failed test whose
    // teardown also broke). Surefire's `<flakyFailure>`/`<rerunFailure>` are
    // reruns, not the outcome, and are ignored.
    const problem = element.children.find((c) => c.name === 'error') ?? element.children.find((c) => c.name === 'failure');
    if (problem) {
        report.failed++;
        if (problem.name === 'error')
            report.errors++;
        report.failures.push(describeFailure(problem, element, suite));
    }
    else if (element.children.some((c) => c.name === 'skipped')) {
        report.skipped++;
    }
    else {
        report.passed++;
    }
}
function describeFailure(problem, testcase, suite) {
    const kind = problem.name === 'error' ? 'error' : 'failure';
    const lines = problem.text.replace(/\r\n?/g, '\n').trimEnd().split('\n');
    while (lines.length > 0 && lines[0].trim() === '')
        lines.shift();
    const details = lines.slice(0, MAX_DETAIL_LINES).join('\n').slice(0, MAX_DETAIL_CHARS);
    const message = problem.attributes.message?.trim() || lines[0]?.trim() || problem.attributes.type?.trim() || kind;
    const failure = {
        suite,
        name: testcase.attributes.name ?? '(unnamed test)',
        kind,
        message: message.slice(0, MAX_MESSAGE_CHARS),
        details,
    };
    if (testcase.attributes.classname)
        failure.classname = testcase.attributes.classname;
    return failure;
}
function countFromAttributes(report, suites) {
    for (const suite of suites) {
        const count = (...names) => {
            for (const name of names) {
                const n = Number(suite.attributes[name]);
                if (suite.attributes[name] !== undefined && Number.isInteger(n) && n >= 0)
                    return n;
            }
            return 0;
        };
        const tests = count('tests');
        const failures = count('failures');
        const errors = count('errors');
        const skipped = count('skipped', 'skip', 'disabled');
        report.tests += tests;
        report.failed += failures + errors;
        report.errors += errors;
        report.skipped += skipped;
        report.passed += Math.max(0, tests - failures - errors - skipped);
    }
}
/** An element's duration: its own `time`, or else the sum of its suites' and cases' durations. */
function seconds(element) {
    const own = parseSeconds(element.attributes.time);
    if (own !== undefined)
        return own;
    return element.children
        .filter((child) => child.name === 'testsuite' || child.name === 'testcase')
        .reduce((sum, child) => sum + seconds(child), 0);
}
/**
 * Seconds from a `time` attribute. Commas occur in the wild: Maven Surefire
 * writes thousands separators (`1,234.5`), some locales a decimal comma
 * (`0,25`). A comma next to a dot, or commas grouping exactly three digits
 * after a non-zero lead (`1,234`), are read as thousands separators; a single
 * other comma is a decimal point. Missing or unreadable values give undefined.
 */
function parseSeconds(raw) {
    let text = raw?.trim();
    if (!text)
        return undefined;
    if (text.includes(',')) {
        text = text.includes('.') || /^[1-9]\d{0,2}(?:,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
    }
    if (!/^\d*\.?\d+(?:[eE][-+]?\d+)?$/.test(text) && !/^\d+\.$/.test(text))
        return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./shared/junit/read-reports.ts





/**
 * Bounds on what one run reads: the reports may come from an artifact of a job that ran branch code
 * (an untrusted claim), so neither their number nor their size may make the recording job's work unbounded.
 */
const JUNIT_LIMITS = { files: 200, bytes: 32 * 1024 * 1024 };
/**
 * Reads every JUnit report matching `patterns` under `cwd`, sorted by path.
 * A file that cannot be read or is not a JUnit report is skipped with a
 * warning: one broken report must not hide the others. A pattern that leaves
 * `cwd` is an InputError.
 */
async function readJUnitReports(patterns, cwd, logger, tempDir = cwd) {
    const files = await (0,find_files/* findFiles */.l)(patterns, cwd, logger, { roots: { cwd, tempDir }, what: 'junit' });
    if (files.length === 0) {
        logger.warning(`No JUnit report found: no file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')}`);
    }
    if (files.length > JUNIT_LIMITS.files) {
        logger.warning(`Read the first ${JUNIT_LIMITS.files} of ${files.length} JUnit reports (by path; at most ${JUNIT_LIMITS.files} per run): skipped ${files[JUNIT_LIMITS.files]} and the ${files.length - JUNIT_LIMITS.files - 1} after it`);
    }
    const reports = [];
    for (const file of files.slice(0, JUNIT_LIMITS.files)) {
        let xml;
        try {
            const { size } = await (0,promises_.lstat)((0,external_node_path_.join)(cwd, file));
            if (size > JUNIT_LIMITS.bytes) {
                logger.warning(`Skipped JUnit report ${file}: ${size} bytes, over the limit of ${JUNIT_LIMITS.bytes} bytes per report`);
                continue;
            }
            xml = await (0,promises_.readFile)((0,external_node_path_.join)(cwd, file), 'utf8');
        }
        catch (error) {
            logger.warning(`Skipped JUnit report ${file}: it could not be read: ${(0,errors/* messageOf */.bD)(error)}`);
            continue;
        }
        try {
            reports.push(parseJUnit(xml, file));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            logger.warning(`Skipped JUnit report ${error.message}`);
        }
    }
    return reports;
}

// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(3768);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(4416);
// EXTERNAL MODULE: ./shared/state/events/events.ts + 1 modules
var events_events = __webpack_require__(2071);
// EXTERNAL MODULE: ./shared/role-ci/guard-state.ts
var guard_state = __webpack_require__(6555);
// EXTERNAL MODULE: ./shared/role-ci/drift-state.ts
var drift_state = __webpack_require__(1205);
// EXTERNAL MODULE: ./shared/role-ci/output-tail.ts
var output_tail = __webpack_require__(528);
// EXTERNAL MODULE: ./shared/role-ci/run-command.ts
var run_command = __webpack_require__(6531);
;// CONCATENATED MODULE: ./shared/role-ci/types.ts
function isBuiltinCheck(item) {
    return typeof item.run === 'function';
}

;// CONCATENATED MODULE: ./shared/role-ci/checks.ts





const BUILTIN_COMMAND = '(built-in)';
/**
 * Runs the checks in order, each in its own log group, and records every
 * result. All run even when one fails, unless `failFast`.
 */
async function runChecks(items, options) {
    const now = options.now ?? (() => performance.now());
    const results = [];
    let stopped = false;
    for (const item of items) {
        const builtin = isBuiltinCheck(item);
        const command = builtin ? BUILTIN_COMMAND : item.command;
        if (stopped) {
            results.push({
                name: item.name,
                command,
                exitCode: null,
                passed: false,
                durationMs: 0,
                outputTail: '',
                skipped: true,
                ...(builtin ? { builtin } : {}),
            });
            continue;
        }
        const result = await options.logger.group(item.name, async () => {
            const started = now();
            const partial = builtin ? await runBuiltin(item, options) : await runCommand(item, options);
            const done = { name: item.name, command, durationMs: Math.max(0, Math.round(now() - started)), ...partial };
            options.logger.info(`${item.name}: ${done.passed ? 'passed' : 'failed'} in ${(0,format/* formatDuration */.a)(done.durationMs)}`);
            return done;
        });
        if (!result.passed) {
            const why = result.reason ?? (result.exitCode !== null ? `exit code ${result.exitCode}` : 'failed');
            options.logger.error(`check ${item.name} failed: ${why}`, { title: `check ${item.name}` });
            if (options.failFast)
                stopped = true;
        }
        results.push(result);
    }
    return results;
}
async function runCommand(item, options) {
    const tail = new output_tail/* OutputTail */.gY(Math.max(1, options.outputTailLines ?? 30));
    options.logger.info(`$ ${item.command}`);
    const run = await (0,run_command/* runShellCommand */.f)(item.command, {
        cwd: options.cwd,
        env: options.env,
        timeoutMs: options.timeoutMs,
        onLine: (line) => {
            options.logger.info(line);
            tail.push(line);
        },
    });
    const outcome = { exitCode: run.exitCode, passed: run.exitCode === 0, outputTail: tail.text() };
    if (run.reason)
        outcome.reason = run.reason;
    return outcome;
}
async function runBuiltin(item, options) {
    try {
        const { passed, detail } = await item.run();
        const tail = new output_tail/* OutputTail */.gY(Math.max(1, options.outputTailLines ?? 30));
        for (const line of detail.split('\n')) {
            options.logger.info(line);
            tail.push(line);
        }
        return { exitCode: passed ? 0 : 1, passed, outputTail: tail.text(), builtin: true };
    }
    catch (error) {
        const reason = `the check could not run: ${(0,errors/* messageOf */.bD)(error)}`;
        return { exitCode: null, passed: false, outputTail: reason, builtin: true, reason };
    }
}

// EXTERNAL MODULE: ./shared/role-ci/choose-commands.ts + 1 modules
var choose_commands = __webpack_require__(2221);
// EXTERNAL MODULE: ./shared/config/config.ts + 3 modules
var config = __webpack_require__(5967);
// EXTERNAL MODULE: ./shared/conflicts/merge-sandbox.ts
var merge_sandbox = __webpack_require__(5560);
// EXTERNAL MODULE: ./shared/git/cat-file.ts
var cat_file = __webpack_require__(3292);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(1470);
;// CONCATENATED MODULE: ./shared/role-ci/changed-paths.ts




/**
 * Every path that differs between two commits, with the modes on both sides,
 * from `git diff --raw -z` (paths are untrusted: spaces, newlines, non-ASCII
 * all survive NUL separation). Renames are detected so they can be shown as
 * such, but both their source and target are listed, so nothing hides in a
 * rename. Sorted by path for stable output.
 */
async function changedPaths(source, from, to) {
    // Computed on git objects only, in a sandbox with no work tree, index, attributes or user
    // configuration: nothing the branch under test ships (a .gitattributes, say) can change the answer.
    const [fromSha, toSha] = await Promise.all([source.resolveCommit(from), source.resolveCommit(to)]);
    if (!fromSha || !toSha)
        throw new errors/* GitError */.XS(`cannot compare ${from} with ${to}: ${fromSha ? to : from} names no commit here`, ['rev-parse', from, to], '', 0);
    const sandbox = await merge_sandbox/* MergeSandbox */.wC.open(source);
    try {
        return await changedPathsIn(sandbox.git, fromSha, toSha);
    }
    finally {
        sandbox.close();
    }
}
async function changedPathsIn(git, from, to) {
    const changes = parseRawDiff(await (0,diff/* rawDiff */.oc)(git, from, to));
    await attachLinkTargets(git, changes);
    return changes.map(toChangedPath).sort((a, b) => compare(a.path, b.path) || compare(a.fromPath ?? '', b.fromPath ?? ''));
}
/** Parses `git diff --raw -z --no-abbrev` output: `:<modes> <ids> <status>\0<path>\0[<path>\0]`. */
function parseRawDiff(output) {
    const fields = splitNul(output);
    const out = [];
    for (let i = 0; i < fields.length;) {
        const header = fields[i++].toString('utf8');
        const m = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
        if (!m)
            throw new Error(`unexpected git diff --raw line ${JSON.stringify(header.slice(0, 120))}`);
        const [, oldMode, newMode, , newBlob, status] = m;
        const twoPaths = status === 'R' || status === 'C';
        const first = fields[i++]?.toString('utf8');
        const second = twoPaths ? fields[i++]?.toString('utf8') : undefined;
        if (first === undefined || (twoPaths && second === undefined))
            throw new Error('truncated git diff --raw output');
        const change = {
            status,
            path: twoPaths ? second : first,
            before: kindOf(oldMode),
            after: kindOf(newMode),
            newBlob,
        };
        if (twoPaths)
            change.fromPath = first;
        out.push(change);
    }
    return out;
}
function kindOf(mode) {
    switch (mode) {
        case '000000':
            return 'none';
        case '100644':
            return 'file';
        case '100755':
            return 'executable';
        case '120000':
            return 'symlink';
        case '160000':
            return 'submodule';
        default:
            return 'other';
    }
}
function splitNul(buffer) {
    const parts = [];
    let start = 0;
    for (let i = buffer.indexOf(0, start); i !== -1; i = buffer.indexOf(0, start)) {
        parts.push(buffer.subarray(start, i));
        start = i + 1;
    }
    if (start < buffer.length)
        parts.push(buffer.subarray(start));
    return parts;
}
/** Reads what every new or changed symlink points to, with one `git cat-file --batch`. */
async function attachLinkTargets(git, changes) {
    const links = changes.filter((c) => c.after === 'symlink');
    if (links.length === 0)
        return;
    const targets = await (0,cat_file/* readBlobs */.b4)(git, links.map((c) => c.newBlob));
    links.forEach((link, i) => (link.linkTarget = targets[i].toString('utf8')));
}
function toChangedPath(raw) {
    const out = { status: raw.status, path: raw.path, before: raw.before, after: raw.after };
    if (raw.fromPath !== undefined)
        out.fromPath = raw.fromPath;
    if (raw.linkTarget !== undefined)
        out.linkTarget = raw.linkTarget;
    return out;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./shared/text/controls.ts
var controls = __webpack_require__(1672);
;// CONCATENATED MODULE: ./shared/role-ci/protected-paths.ts



const LINE_TERMINATORS = (0,controls/* charPattern */.F2)([controls/* LINE_BREAK_CHARS */.pG], { flags: 'g' });
/**
 * A matcher for the protected globs. Besides the paths the globs match, a
 * path that is a parent folder of a protected one counts too: replacing
 * `.github` by a symlink or a submodule changes everything below it.
 * Matching ignores case, because on a case-insensitive checkout
 * `.GitHub/Workflows/x.yml` is the same file as `.github/workflows/x.yml`.
 * A pattern without a slash (`.gitattributes`, `CODEOWNERS`) names a file
 * at any depth, as in .gitignore: `specs/.gitattributes` rules merges below
 * it just as the root one does.
 */
function protectedMatcher(patterns) {
    const compiled = patterns
        .map((p) => p.trim().replace(/^\.?\//, ''))
        .filter((p) => p !== '' && !p.startsWith('!'))
        .map((pattern) => ({
        pattern,
        matches: picomatch_default()(pattern, { dot: true, nocase: true, basename: !pattern.includes('/') }),
        // The fixed folder part of the glob; '' when the glob can match anywhere.
        base: picomatch_default().scan(pattern).base.toLowerCase(),
    }));
    return (raw) => {
        // A glob's `*` is a regular expression's `.`, which stops at line terminators: a name with
        // one of them inside would slip through. They match like any other character here.
        const path = raw.replace(LINE_TERMINATORS, '_');
        const lower = path.toLowerCase();
        for (const c of compiled) {
            if (c.matches(path))
                return c.pattern;
            if (c.base !== '' && (lower === '' || c.base.startsWith(`${lower}/`)))
                return c.pattern;
        }
        return null;
    };
}
/**
 * Where a symlink at `linkPath` with the text `target` points, as a path
 * from the repository root ('' for the root itself), or null when it points
 * outside the repository (absolute, or `..` past the root): the guard
 * cannot tell what is there, so such a link is treated as protected.
 */
function linkDestination(linkPath, target) {
    if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\'))
        return null;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(linkPath), target.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return null;
    const clean = joined.replace(/\/+$/, '');
    return clean === '.' ? '' : clean;
}

;// CONCATENATED MODULE: ./shared/role-ci/describe-change.ts


const ADVICE = 'implementor branches may not change protected paths; ask the overseer';
/**
 * The protected-path violations one change makes. A rename counts at both
 * ends; a symlink also counts by where it points, so a link cannot be used
 * to reach into a protected folder.
 */
function describeProtectedChange(change, matcher, advice = ADVICE) {
    const out = [];
    const add = (path, detail) => out.push({ kind: 'protected-path', path, detail: `${detail}; ${advice}` });
    const target = matcher(change.path);
    if (target)
        add(change.path, `${verb(change)} (protected by ${(0,quote/* quote */.hD)(target)})`);
    if (change.fromPath !== undefined && change.status === 'R') {
        const source = matcher(change.fromPath);
        if (source)
            add(change.fromPath, `renamed protected ${(0,quote/* quote */.hD)(change.fromPath)} (by ${(0,quote/* quote */.hD)(source)}) to ${(0,quote/* quote */.hD)(change.path)}`);
    }
    if (change.after === 'symlink' && change.linkTarget !== undefined) {
        const destination = linkDestination(change.path, change.linkTarget);
        if (destination === null) {
            add(change.path, `symlink ${(0,quote/* quote */.hD)(change.path)} points outside the repository (${(0,quote/* quote */.hD)(change.linkTarget)})`);
        }
        else {
            const pattern = matcher(destination);
            if (pattern) {
                add(change.path, `symlink ${(0,quote/* quote */.hD)(change.path)} points to ${(0,quote/* quote */.hD)(change.linkTarget)}, which is protected by ${(0,quote/* quote */.hD)(pattern)}`);
            }
        }
    }
    return out;
}
function verb(change) {
    const p = (0,quote/* quote */.hD)(change.path);
    switch (change.status) {
        case 'A':
            return `added ${noun(change.after)} ${p}`;
        case 'D':
            return `deleted ${noun(change.before)} ${p}`;
        case 'R':
            return `renamed ${(0,quote/* quote */.hD)(change.fromPath ?? '')} to ${p}`;
        case 'C':
            return `copied ${(0,quote/* quote */.hD)(change.fromPath ?? '')} to ${p}`;
        case 'T':
            return `changed ${p} from ${noun(change.before)} to ${noun(change.after)}`;
        default:
            return `changed ${noun(change.after)} ${p}`;
    }
}
function noun(kind) {
    switch (kind) {
        case 'symlink':
            return 'symlink';
        case 'submodule':
            return 'submodule';
        case 'executable':
            return 'executable file';
        default:
            return 'file';
    }
}

;// CONCATENATED MODULE: ./shared/role-ci/guard.ts







/**
 * The role guard, run before any check: an implementor may not touch
 * protected paths (by edit, rename, symlink or submodule), and every pull
 * request must target the branch its role allows. The overseer integrates,
 * so only its pull request target is checked.
 */
async function checkGuard(options) {
    const violations = [];
    if (options.nonAgentHead && options.pullRequest)
        return nonAgentGuard(options, options.pullRequest);
    if (options.pullRequest) {
        const problem = pullRequestTargetProblem(options, options.pullRequest);
        if (problem)
            violations.push({ kind: 'pr-target', target: options.pullRequest.base, detail: problem });
    }
    if (options.role === 'overseer')
        return { ok: violations.length === 0, violations, changed: [] };
    const { git } = options;
    if (!options.overseerRef)
        throw new errors/* InputError */.dz(`the overseer branch is needed to check implementor branch ${(0,quote/* quote */.hD)(options.branch)}`);
    const head = await requireCommit(git, options.headRef, 'head');
    const overseer = await requireCommit(git, options.overseerRef, 'overseer branch');
    const diffBase = await diffBaseOf(git, overseer, head, options.overseerRef);
    const changed = await changedPaths(git, diffBase, head);
    const matcher = protectedMatcher(options.protectedPaths);
    const configMatcher = protectedMatcher([...new Set([config/* DEFAULT_CONFIG_PATH */.Bi, options.configPath ?? config/* DEFAULT_CONFIG_PATH */.Bi])]);
    const found = [];
    for (const change of changed) {
        const violations = describeProtectedChange(change, configMatcher, CONFIG_ADVICE);
        found.push(...(violations.length ? violations : describeProtectedChange(change, matcher)));
    }
    found.sort((a, b) => guard_compare(a.path ?? '', b.path ?? '') || guard_compare(a.detail, b.detail));
    violations.push(...found.filter((v, i) => i === 0 || v.path !== found[i - 1].path || v.detail !== found[i - 1].detail));
    return { ok: violations.length === 0, violations, changed, diffBase };
}
const CONFIG_ADVICE = 'the orchestrator configuration holds the role rules, which are read from the base and may not be changed by an implementor; ask the overseer';
/** Why the pull request's target is not allowed for the role, or null. */
function pullRequestTargetProblem(options, pr) {
    const what = `pull request${pr.number !== undefined ? ` #${pr.number}` : ''} from ${(0,quote/* quote */.hD)(pr.head)} to ${(0,quote/* quote */.hD)(pr.base)}`;
    if (options.role === 'overseer') {
        if (pr.base === options.integrationBranch)
            return null;
        return `${what}: an overseer branch may only target the integration branch ${(0,quote/* quote */.hD)(options.integrationBranch)}`;
    }
    if (!options.spec) {
        return `${what}: cannot tell which overseer branch ${(0,quote/* quote */.hD)(pr.head)} belongs to (it does not follow the pattern ${(0,quote/* quote */.hD)(options.naming.pattern)}); an implementor branch may only target its own overseer branch`;
    }
    const expected = (0,branch_pattern/* formatBranch */.gK)(options.naming, options.spec, 'overseer');
    if (pr.base === expected)
        return null;
    const who = options.index !== undefined ? `implementor ${options.index} of ${(0,quote/* quote */.hD)(options.spec)}` : 'an implementor branch';
    return `${what}: ${who} may only target its overseer branch ${(0,quote/* quote */.hD)(expected)}`;
}
/**
 * A person's branch (not an agent's) into an overseer branch: the protected paths guard the
 * agents, not people, so the config rule alone decides; allowed by default, with a note.
 */
function nonAgentGuard(options, pr) {
    const what = `pull request${pr.number !== undefined ? ` #${pr.number}` : ''} from ${(0,quote/* quote */.hD)(pr.head)} (not an agent branch) into overseer branch ${(0,quote/* quote */.hD)(pr.base)}`;
    if (options.nonAgentIntoOverseer === 'refuse') {
        const detail = `${what}: refused by the config rule pull-requests.non-agent-into-overseer: refuse`;
        return { ok: false, violations: [{ kind: 'pr-target', detail }], changed: [] };
    }
    const note = `${what}: allowed for people (pull-requests.non-agent-into-overseer: allow); protected paths are not checked for it`;
    return { ok: true, violations: [], changed: [], notes: [note] };
}
async function requireCommit(git, ref, what) {
    const sha = await git.resolveCommit(ref);
    if (!sha)
        throw new errors/* InputError */.dz(`${what} ${(0,quote/* quote */.hD)(ref)} is not a commit in this repository; fetch it first (actions/checkout with fetch-depth: 0)`);
    return sha;
}
/**
 * Changes are counted from the merge base, so what the overseer already
 * integrated is not blamed on the implementor. Without a merge base: a
 * shallow clone is an error that says how to fix it; unrelated histories are
 * compared with the overseer tip (everything that differs counts).
 */
async function diffBaseOf(git, overseer, head, overseerRef) {
    const base = await git.mergeBase(overseer, head);
    if (base)
        return base;
    if (await git.isShallow()) {
        throw new errors/* InputError */.dz(`no common history between ${(0,quote/* quote */.hD)(overseerRef)} and the head: the clone is shallow; use actions/checkout with fetch-depth: 0 (or git fetch --unshallow)`);
    }
    return overseer;
}
function guard_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./shared/git/refs.ts
var refs = __webpack_require__(4435);
;// CONCATENATED MODULE: ./shared/role-ci/head-commit.ts




/**
 * The commit a run is about. On a pull request it is the head commit of the
 * event payload, never the checked-out merge commit (`refs/pull/N/merge`, on
 * no branch, which carries the base's changes too); it is fetched from the
 * pull request's ref when the checkout lacks it (pull_request_target checks
 * out the base). A branch named by hand must be what is checked out: the
 * checks run on the working tree, and results labelled with another branch
 * would be false.
 */
async function headCommit(git, remote, resolved, explicitBranch, push) {
    const checkedOut = await (0,refs/* headId */._5)(git);
    const pr = resolved.pullRequest;
    // A push: the pushed commit from the event (a new branch, a forced push alike), never HEAD, which a step may have moved.
    if (push?.after && !explicitBranch) {
        let commit = await git.resolveCommit(push.after);
        if (!commit) {
            await (0,git_remote/* fetchCommit */.iH)(git, remote, push.after);
            commit = await git.resolveCommit(push.after);
        }
        if (!commit)
            throw new errors/* InputError */.dz(`the pushed commit ${push.after.slice(0, 12)} (the push event's after) is not in this clone and could not be fetched from ${(0,quote/* quote */.hD)(remote)}; use actions/checkout with fetch-depth: 0`);
        if (commit === checkedOut)
            return { commit, checkedOut };
        const note = `the checked-out commit ${checkedOut.slice(0, 12)} is not the pushed commit: the guard, the conflict check and the recorded results are about the pushed commit ${commit.slice(0, 12)} (the push event's after)`;
        return { commit, checkedOut, note };
    }
    if (pr?.headSha) {
        let commit = await git.resolveCommit(pr.headSha);
        if (!commit && pr.number !== undefined) {
            await (0,git_remote/* fetchPullHead */.C9)(git, remote, pr.number);
            commit = await git.resolveCommit(pr.headSha);
        }
        if (!commit)
            throw new errors/* InputError */.dz(`the pull request's head commit ${pr.headSha.slice(0, 12)} is not in this clone and could not be fetched from ${(0,quote/* quote */.hD)(remote)}; use actions/checkout with fetch-depth: 0`);
        if (commit === checkedOut)
            return { commit, checkedOut };
        const note = `the checks ran on the checked-out commit ${checkedOut.slice(0, 12)}; the guard, the conflict check and the recorded results are about the pull request's head ${commit.slice(0, 12)} (check out the head, actions/checkout with ref: the head sha, to run the checks on it too)`;
        return { commit, checkedOut, note };
    }
    if (explicitBranch && !pr) {
        const named = (await git.resolveCommit(`refs/heads/${resolved.branch}`)) ?? (await git.resolveCommit(`refs/remotes/${remote}/${resolved.branch}`));
        if (named !== checkedOut) {
            const current = await (0,refs/* symbolicHead */.dN)(git);
            throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.hD)(resolved.branch)} is ${named ? `at ${named.slice(0, 12)}` : 'not a branch of this clone'}, but the checked-out commit is ${checkedOut.slice(0, 12)}${current ? ` (branch ${(0,quote/* quote */.hD)(current)})` : ''}; the checks run on the working tree, so check out the branch first (git switch ${resolved.branch}) or leave out the branch`);
        }
    }
    return { commit: checkedOut, checkedOut };
}

// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
;// CONCATENATED MODULE: ./shared/role-ci/resolve-role.ts




const ROLES = ['overseer', 'implementor'];
/**
 * Who is running: the explicit role, else the role the branch name gives.
 * For pull requests the branch is the head branch, so that a PR is judged
 * by where its changes come from; the head's own role wins over the role
 * input (an implementor's PR that reaches the overseer's workflow is judged
 * as the implementor's, so a wrong target is a guard violation, not a setup
 * error). A head that is no agent branch, into an overseer branch, is a
 * person's PR: it takes the spec from the base (the guard applies the rule).
 */
function resolveRole(options) {
    const explicit = validateRole(options.role);
    const pullRequest = pullRequestOf(options);
    const branch = branchOf(options, pullRequest);
    const parsed = (0,branch_pattern/* parseBranch */.Qd)(options.naming, branch);
    let note;
    if (explicit && parsed && parsed.role !== explicit) {
        if (!pullRequest) {
            throw new errors/* InputError */.dz(`role ${(0,quote/* quote */.hD)(explicit)} contradicts branch ${(0,quote/* quote */.hD)(branch)}, which is the ${parsed.role} branch of spec ${(0,quote/* quote */.hD)(parsed.spec)}; remove the role input or run on a ${explicit} branch`);
        }
        note = `the pull request's head ${(0,quote/* quote */.hD)(branch)} is the ${parsed.role} branch of spec ${(0,quote/* quote */.hD)(parsed.spec)}: checked as ${parsed.role} (the workflow asked for ${explicit})`;
    }
    if (!parsed && pullRequest) {
        const base = (0,branch_pattern/* parseBranch */.Qd)(options.naming, pullRequest.base);
        if (base?.role === 'overseer') {
            return { role: explicit ?? 'implementor', branch, spec: base.spec, pullRequest, nonAgentHead: true };
        }
    }
    const role = parsed?.role ?? explicit;
    if (!role) {
        throw new errors/* InputError */.dz(`branch ${(0,quote/* quote */.hD)(branch)} is not an agent branch (expected the pattern ${(0,quote/* quote */.hD)(options.naming.pattern)}, e.g. ${(0,quote/* quote */.hD)((0,branch_pattern/* formatBranch */.gK)(options.naming, '001-my-feature', 'implementor', 1))}); pass the role input (role: implementor or role: overseer) to run role CI on it`);
    }
    const out = { role, branch };
    if (parsed) {
        out.spec = parsed.spec;
        if (parsed.index !== undefined)
            out.index = parsed.index;
    }
    else if (options.spec)
        out.spec = options.spec;
    if (pullRequest)
        out.pullRequest = pullRequest;
    if (note)
        out.note = note;
    return out;
}
function validateRole(value) {
    const text = value?.trim() ?? '';
    if (text === '')
        return undefined;
    if (!ROLES.includes(text)) {
        throw new errors/* InputError */.dz(`role ${(0,quote/* quote */.hD)(text)} is not valid; expected implementor or overseer (or leave it empty to tell from the branch)`);
    }
    return text;
}
function isPullRequestEvent(eventName) {
    return eventName !== undefined && eventName.startsWith('pull_request');
}
function pullRequestOf(options) {
    if (!isPullRequestEvent(options.eventName))
        return undefined;
    const pr = record(options.event?.pull_request);
    const head = options.headRef || str(record(pr?.head)?.ref);
    const base = options.baseRef || str(record(pr?.base)?.ref);
    if (!head || !base) {
        throw new errors/* InputError */.dz(`event ${(0,quote/* quote */.hD)(options.eventName ?? '')} is a pull request event but its head or base branch is unknown (GITHUB_HEAD_REF ${(0,quote/* quote */.hD)(options.headRef ?? '')}, GITHUB_BASE_REF ${(0,quote/* quote */.hD)(options.baseRef ?? '')})`);
    }
    const number = typeof pr?.number === 'number' ? pr.number : typeof options.event?.number === 'number' ? options.event.number : undefined;
    const out = { base, head };
    if (number !== undefined)
        out.number = number;
    // GitHub checks out refs/pull/N/merge (pull_request) or the base (pull_request_target): the head
    // commit the pull request proposes is only in the payload.
    const headSha = str(record(pr?.head)?.sha);
    if (headSha) {
        if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha))
            throw new errors/* InputError */.dz(`event ${(0,quote/* quote */.hD)(options.eventName ?? '')}: pull_request.head.sha ${(0,quote/* quote */.hD)(headSha)} is not a commit id`);
        out.headSha = headSha;
    }
    return out;
}
function branchOf(options, pullRequest) {
    if (options.branch?.trim())
        return stripHeads(options.branch.trim());
    if (pullRequest)
        return pullRequest.head;
    const ref = options.ref ?? '';
    const pushed = (0,validate/* branchOfRef */.V4)(ref);
    if (pushed !== null)
        return pushed;
    if (options.checkedOut)
        return options.checkedOut;
    const where = options.eventName ? `ref ${(0,quote/* quote */.hD)(ref)} is not a branch (event ${(0,quote/* quote */.hD)(options.eventName)})` : 'HEAD is detached';
    throw new errors/* InputError */.dz(`cannot tell the branch: ${where}; check out an agent branch (git switch <branch>) or name it (CLI: --branch <branch>; action: the branch input)`);
}
function stripHeads(name) {
    return (0,validate/* branchOfRef */.V4)(name) ?? name;
}
function record(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./shared/tasks/parse-tasks.ts + 1 modules
var parse_tasks = __webpack_require__(1504);
// EXTERNAL MODULE: ./shared/tasks/task-references.ts
var task_references = __webpack_require__(8849);
// EXTERNAL MODULE: ./shared/git/objects.ts
var objects = __webpack_require__(5805);
// EXTERNAL MODULE: ./shared/git/history.ts
var git_history = __webpack_require__(3257);
;// CONCATENATED MODULE: ./shared/scope/read-sources.ts






/**
 * The feature's tasks.md as committed at `commit` (git objects only: the work
 * tree is the agent's). A file that is absent or cannot be parsed (a task id
 * used twice) gives no document and a problem to show.
 */
async function readTasksAt(git, commit, file) {
    const bytes = await (0,objects/* readFileBytesAt */.pp)(git, commit, file);
    if (bytes === null)
        return { doc: null, problem: `${file} is not on ${commit.slice(0, 12)}` };
    try {
        return { doc: (0,parse_tasks/* parseTasks */.E)(bytes.toString('utf8'), file) };
    }
    catch (error) {
        return { doc: null, problem: (0,errors/* messageOf */.bD)(error) };
    }
}
/** Task ids that the commits in `base..head` (the agent's own since it left the overseer) refer to, in any way. */
async function commitReferences(git, base, head) {
    const range = base ? [`${base}..${head}`] : [head];
    const stdout = await (0,git_history/* logBytes */.eg)(git, { format: '%B%x00', range });
    const ids = new Set();
    for (const message of stdout.toString('utf8').split('\0'))
        for (const ref of (0,task_references/* taskReferences */.C)(message))
            ids.add(ref.id);
    return [...ids];
}
/** Display names (`impl-2`) for branches of the naming; other names as they are. */
function agentNamer(naming) {
    return (agent) => {
        if (/^impl-\d{1,3}$/.test(agent))
            return agent;
        const parsed = (0,branch_pattern/* parseBranch */.Qd)(naming, agent);
        return parsed?.index ? `impl-${parsed.index}` : agent;
    };
}
/** Assignments and reporters of the feature's tasks, as the state records them. */
function stateSources(feature) {
    const assigned = Object.create(null);
    const reported = Object.create(null);
    for (const [id, a] of Object.entries(feature?.assignments ?? {}))
        assigned[id] = a.agent;
    for (const [id, t] of Object.entries(feature?.tasks ?? {}))
        reported[id] = t.agent;
    return { assigned, reported };
}
/**
 * For `check-path`: which of `paths` (repository-relative) the agent is
 * about to change outside its tasks' paths. Reads tasks.md from the overseer
 * branch and the agent's commit messages since the merge base; two or three
 * git processes, no network.
 */
async function scopeDriftFor(paths, who, options) {
    const { git, config } = options;
    const mode = config.scope.mode;
    const tasksFile = config.tasks.file.replace('{spec}', who.spec);
    const overseer = await git.resolveCommit(options.overseerRef);
    const head = await git.resolveCommit(options.headRef ?? 'HEAD');
    const none = { scope: { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] }, drift: [] };
    if (mode === 'off')
        return { ...none, mode, unbounded: 'scope.mode is off' };
    if (!overseer || !head)
        return { ...none, mode, unbounded: `${options.overseerRef} or the head is not a commit here` };
    const tasks = await readTasksAt(git, overseer, tasksFile);
    const base = await git.mergeBase(overseer, head);
    const sources = {
        doc: tasks.doc,
        ...stateSources(options.feature),
        references: await commitReferences(git, base, head),
        nameOf: agentNamer(config.branches),
    };
    const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile };
    return { ...scopeDrift(paths, who, sources, rules), mode, ...(tasks.problem ? { problem: tasks.problem } : {}) };
}

;// CONCATENATED MODULE: ./shared/role-ci/scope-check.ts


// Annotations beyond this many are not shown by GitHub anyway; the summary lists the files.
const MAX_ANNOTATIONS = 50;
/**
 * Scope drift for an implementor: the paths its branch changed since the
 * merge base (both sides of a rename) that lie outside the paths of its
 * tasks. The rules (mode, allow) come from the trusted config and tasks.md
 * from the overseer branch, so the branch cannot widen its own scope; only
 * the fallback (no plan: the tasks its commits reference) reads the branch.
 */
async function checkScope(options) {
    const { git, config, logger } = options;
    const tasksFile = config.tasks.file.replace('{spec}', options.spec);
    const tasks = await readTasksAt(git, options.overseer, tasksFile);
    const sources = {
        doc: tasks.doc,
        ...stateSources(options.feature),
        references: await commitReferences(git, options.diffBase, options.head),
        nameOf: agentNamer(config.branches),
    };
    const paths = options.changed.flatMap((c) => (c.fromPath !== undefined ? [c.path, c.fromPath] : [c.path]));
    const who = { spec: options.spec, branch: options.branch, index: options.index };
    const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile };
    const report = {
        mode: config.scope.mode,
        tasksFile,
        ...(0,drift/* scopeDrift */.sm)(paths, who, sources, rules),
        ...(tasks.problem ? { problem: tasks.problem } : {}),
    };
    for (const i of report.scope.ignored)
        logger.notice(`scope: ${i.task} names ${JSON.stringify(i.path)}, which ${i.reason}: ignored`);
    const title = config.scope.mode === 'fail' ? 'Scope drift (fails: scope.mode is fail)' : 'Scope drift';
    for (const f of report.drift.slice(0, MAX_ANNOTATIONS)) {
        const text = `${(0,drift/* driftText */.LU)(f)}; it is outside the paths of this agent's tasks (${report.scope.tasks.join(', ')})`;
        if (config.scope.mode === 'fail')
            logger.error(text, { title, file: f.path });
        else
            logger.warning(text, { title, file: f.path });
    }
    return report;
}
/**
 * role-ci's scope step for an implementor: nothing with `scope.mode: off`; else the check, with the
 * assignments from the state (read once; the recorder reuses it). A state that cannot be read costs
 * only the task-assigned events: owner comments and commits still give the tasks.
 */
async function implementorScope(deps, who, overseer, diffBase, head, changed) {
    const { git, config, store, ctx } = deps;
    if (config.scope.mode === 'off') {
        ctx.logger.info('Scope drift is not checked (scope.mode: off in the config).');
        return {};
    }
    ctx.progress?.(`Scope drift for ${who.branch}...`);
    const projection = await store
        .read()
        .then((snapshot) => snapshot.projection)
        .catch((error) => {
        ctx.logger.warning(`scope drift: the state could not be read (${(0,errors/* messageOf */.bD)(error)}); task-assigned events are not used`);
        return undefined;
    });
    const scope = await checkScope({
        git,
        config,
        spec: who.spec,
        branch: who.branch,
        index: who.index,
        overseer,
        diffBase,
        head,
        changed,
        feature: projection?.features[who.spec],
        logger: ctx.logger,
    });
    return { scope, projection };
}

;// CONCATENATED MODULE: ./shared/role-ci/push-event.ts


const COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const ZEROS = /^0+$/;
/**
 * The push the run is about, from the event payload GitHub sends: a new branch has `before` all
 * zeros (`created: true`), a deleted one `after` all zeros (`deleted: true`), a forced push
 * `forced: true` (its `before` need not be an ancestor). The head is taken from here, never from
 * what is checked out: a step before ours could have moved HEAD or a local ref.
 */
function pushOf(eventName, event, sha) {
    if (eventName !== 'push')
        return undefined;
    const after = commitField(event?.after, 'after') ?? commitField(sha, 'GITHUB_SHA');
    const before = commitField(event?.before, 'before');
    const deleted = event?.deleted === true || (typeof event?.after === 'string' && ZEROS.test(event.after));
    const out = {
        created: event?.created === true || (typeof event?.before === 'string' && ZEROS.test(event.before)),
        deleted,
        forced: event?.forced === true,
    };
    if (after && !deleted)
        out.after = after;
    if (before)
        out.before = before;
    return out;
}
function commitField(value, name) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' || !COMMIT.test(value))
        throw new errors/* InputError */.dz(`event "push": ${name} ${(0,quote/* quote */.hD)(String(value).slice(0, 80))} is not a commit id (expected 40 hexadecimal digits)`);
    return ZEROS.test(value) ? undefined : value;
}

// EXTERNAL MODULE: ./shared/git/config.ts
var git_config = __webpack_require__(8103);
;// CONCATENATED MODULE: ./shared/role-ci/ring-rule.ts



const THREE_RINGS_EXAMPLE = 'workflows-examples/implementor-ci.yml';
/**
 * Branch code (the check commands: `npm ci`'s lifecycle scripts, the branch's own lint and tests)
 * may not run in a job that records, holds a token or kept the checkout's credentials: every process
 * of a job can read the job's secrets and rewrite .git/config, the tool on disk or the environment of
 * the steps after it. Refused before any command starts, naming the shape to use instead.
 */
async function refuseBranchCodeWithPen(git, facts, commands) {
    if (!facts.inWorkflow || commands.length === 0)
        return;
    const reasons = [];
    if (facts.recordAsked)
        reasons.push('records the results (record: true)');
    if (facts.token)
        reasons.push('holds a token (the token input)');
    const kept = await (0,git_config/* credentialEntries */.c)(git);
    if (kept.length)
        reasons.push(`kept the checkout's credentials (${kept.map(quote/* quote */.hD).join(', ')}; actions/checkout without persist-credentials: false)`);
    if (!reasons.length)
        return;
    throw new errors/* InputError */.dz(`role-ci would run the branch's code (checks ${commands.map(quote/* quote */.hD).join(', ')}) in a job that ${reasons.join(' and ')}: ` +
        `branch code run there can take the token and change what the guard and the recording see. ` +
        `Use the three-job shape of ${THREE_RINGS_EXAMPLE}: the checks in a job with permissions: contents: read, ` +
        `actions/checkout with persist-credentials: false, no token and record: false, whose only output is an artifact; ` +
        `the guard (guard-only: true) and the recording (junit: the downloaded artifact) in jobs that run no branch code`);
}

;// CONCATENATED MODULE: ./shared/role-ci/run-role-ci.ts





















/**
 * The role guard first, then the role's checks (with, for an implementor,
 * the conflict check against its overseer and siblings), then JUnit reports;
 * results are recorded as test-result events.
 */
async function runRoleCi(options, deps) {
    const { git, remote, config, store, ctx } = deps;
    const gh = ctx.github;
    const resolved = resolveRole({
        naming: config.branches,
        role: options.role,
        branch: options.branch,
        spec: options.spec,
        eventName: gh.eventName,
        event: gh.event,
        ref: gh.ref,
        headRef: gh.headRef,
        baseRef: gh.baseRef,
        checkedOut: gh.ref?.startsWith('refs/heads/') ? undefined : await (0,agent_branches/* checkedOutBranch */.iD)(git),
    });
    const push = pushOf(gh.eventName, gh.event, gh.sha);
    if (push?.deleted) {
        const run = deletedBranchRun(resolved);
        for (const note of run.report.notes ?? [])
            ctx.logger.notice(note);
        return run;
    }
    const head = await headCommit(git, remote, resolved, Boolean(options.branch?.trim()), push);
    const commit = head.commit;
    for (const note of [resolved.note, head.note])
        if (note)
            ctx.logger.notice(note);
    let overseerRef;
    if (resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead) {
        const overseer = (0,branch_pattern/* formatBranch */.gK)(config.branches, resolved.spec, 'overseer');
        // Without the overseer branch the guard cannot tell what the implementor changed: stop, and say
        // why git could not fetch it (missing branch, or no access to the remote).
        const unfetched = (why) => new errors/* InputError */.dz(`the role guard compares implementor branch ${(0,quote/* quote */.hD)(resolved.branch)} with its overseer branch ${(0,quote/* quote */.hD)(overseer)}, which could not be fetched from ${(0,quote/* quote */.hD)(remote)}: ${why}; push the overseer branch (orchestrator init-feature creates it) and run again`);
        const fetched = await (0,git_remote/* fetchBranches */.r4)(git, remote, [overseer]).catch((error) => {
            throw unfetched((0,errors/* messageOf */.bD)(error));
        });
        if (!fetched.has(overseer))
            throw unfetched('it is not on the remote');
        overseerRef = (0,git_remote/* privateRef */.Lv)(overseer);
    }
    const integrationBranch = config.branches.integration ?? (await (0,git_remote/* remoteDefaultBranch */.Ki)(git, remote).catch(() => null)) ?? 'main';
    ctx.progress?.(`Role guard for ${resolved.role} ${resolved.branch} (rules from ${config.source})...`);
    const guard = await checkGuard({
        git,
        role: resolved.role,
        branch: resolved.branch,
        spec: resolved.spec,
        index: resolved.index,
        naming: config.branches,
        overseerRef,
        headRef: commit,
        protectedPaths: config.protectedPaths,
        configPath: options.configPath,
        pullRequest: resolved.pullRequest,
        integrationBranch,
        nonAgentHead: resolved.nonAgentHead,
        nonAgentIntoOverseer: config.pullRequests.nonAgentIntoOverseer,
    });
    for (const note of guard.notes ?? [])
        ctx.logger.notice(note);
    for (const v of guard.violations)
        ctx.logger.error(v.detail, { title: 'Role guard', ...(v.path ? { file: v.path } : {}) });
    // Scope drift: what the implementor changed outside the paths of its tasks (tasks.md from the overseer branch).
    const { scope, projection } = resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead && overseerRef && guard.diffBase
        ? await implementorScope(deps, { ...resolved, spec: resolved.spec }, overseerRef, guard.diffBase, commit, guard.changed)
        : {};
    const chosen = options.guardOnly
        ? { commands: [], source: 'none', note: 'guard-only: no checks run' }
        : (0,choose_commands/* chooseCommands */.u)({ cwd: ctx.cwd, role: resolved.role, inputCommands: options.commands, config });
    ctx.logger.info(chosen.note);
    if (options.job)
        await refuseBranchCodeWithPen(git, options.job, chosen.commands.map((c) => c.name));
    const items = [...chosen.commands];
    if (!options.guardOnly && options.conflictCheck && resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead)
        items.push(conflictCheck(resolved.branch, resolved.spec, commit, deps));
    const checks = await runChecks(items, {
        cwd: ctx.cwd,
        logger: ctx.logger,
        failFast: options.failFast,
        timeoutMs: options.timeoutMinutes ? options.timeoutMinutes * 60_000 : undefined,
    });
    const junit = options.junit.length ? await readJUnitReports(options.junit, ctx.cwd, ctx.logger, ctx.tempDir) : [];
    const report = {
        role: resolved.role,
        branch: resolved.branch,
        pullRequest: resolved.pullRequest,
        guard,
        ...(scope ? { scope } : {}),
        checks,
        junit,
        commandsNote: chosen.note,
        notes: [resolved.note, head.note].filter((n) => Boolean(n)),
    };
    const outcome = roleCiOutcome(report);
    let stateCommit = null;
    // A person's branch is no agent of the feature: its results belong to no agent's row.
    if (options.record && resolved.spec && !resolved.nonAgentHead) {
        // Guard violations are state: recorded while new, cleared when a later run of the branch no longer has them.
        const known = (projection ?? (await store.read()).projection).features[resolved.spec];
        // The latest result per (branch, commit, suite) wins: one that goes back to an outcome seen before is a new occurrence.
        const events = testEvents(report, resolved.spec, commit, ctx).map((e) => asLatestResult(e, known));
        const stamp = { actor: ctx.actor, time: ctx.now() };
        events.push(...(0,guard_state/* guardEvents */.fQ)(known, resolved.spec, resolved.branch, foundViolations(guard), commit, stamp));
        // Drift is state too; with scope.mode off (or no scope) nothing drifts, so what was open is cleared.
        if (resolved.role === 'implementor') {
            const found = (scope?.drift ?? []).map((f) => ({ path: f.path, tasks: f.owners }));
            events.push(...(0,drift_state/* driftEvents */.pm)(known, resolved.spec, resolved.branch, found, commit, stamp));
        }
        if (events.length) {
            ctx.progress?.(`Recording ${events.length} test result(s) on ${store.branch}...`);
            const appended = await store.append(events);
            stateCommit = appended.pushed ? appended.commit : null;
        }
    }
    return { report, outcome, commit, stateCommit };
}
/** A push that deleted the branch (`after` all zeros): there is no commit to judge, and nothing is recorded. */
function deletedBranchRun(resolved) {
    const note = `branch ${(0,quote/* quote */.hD)(resolved.branch)} was deleted by this push (the event's after is all zeros): nothing to judge, no check run, nothing recorded`;
    const guard = { ok: true, violations: [], changed: [] };
    const report = {
        role: resolved.role,
        branch: resolved.branch,
        guard,
        checks: [],
        junit: [],
        commandsNote: 'no checks: the branch was deleted',
        notes: [note],
    };
    return { report, outcome: roleCiOutcome(report), commit: '', stateCommit: null };
}
/** The implementor's conflict check: this branch (at the commit under test) against its overseer and sibling implementors. */
function conflictCheck(branch, spec, commit, deps) {
    return {
        name: check_suite/* CONFLICT_CHECK_SUITE */.Z,
        run: async () => {
            const { git, remote, config, ctx } = deps;
            const all = (await (0,agent_branches/* fetchAgentBranches */.Yp)(git, remote, config.branches)).filter((b) => b.spec === spec);
            const self = { name: branch, sha: commit, spec, role: 'implementor', index: all.find((b) => b.name === branch)?.index };
            const branches = [...all.filter((b) => b.name !== branch), self];
            const pairs = (0,plan_pairs/* planPairs */.PG)(branches, { scope: 'feature' }).filter((p) => p.left === branch || p.right === branch);
            const results = await (0,scan_pairs/* scanPairs */.l)(git, pairs, { logger: ctx.logger });
            // A pair that could not be evaluated (or has no common history) fails the check too: it proves nothing.
            const bad = results.filter((r) => r.status !== 'clean');
            const detail = bad.length
                ? bad
                    .map((r) => `${r.left} <-> ${r.right}: ${r.status === 'conflicted' ? r.files.map((f) => f.path).join(', ') : `${r.status}: ${r.error}`}`)
                    .join('\n')
                : `no conflicts with ${pairs.length} branch(es) of ${spec}`;
            return { passed: bad.length === 0, detail };
        },
    };
}
/**
 * A test result that differs from the latest recorded for its (role, branch, suite) at the same commit is recorded
 * as the next occurrence of its fact: otherwise a result equal to an earlier one (pass, fail, pass again) would have
 * the earlier event's key, be taken as already stored, and the failure in between would stay the latest. A result
 * equal to the latest keeps the latest's occurrence, so an unchanged re-run records nothing new.
 */
function asLatestResult(event, feature) {
    if (event.kind !== 'test-result' || !feature)
        return event;
    const d = event.data;
    const latest = feature.tests[JSON.stringify([d.role, d.branch ?? null, d.suite])];
    if (!latest || latest.commit !== d.commit)
        return event;
    const latestOccurrence = latest.occurrence;
    const same = latest.passed === d.passed && latest.failed === d.failed && latest.skipped === d.skipped && latest.runUrl === d.runUrl;
    const occurrence = same ? latestOccurrence : (latestOccurrence ?? 1) + 1;
    if (occurrence === undefined)
        return event;
    return (0,events_events/* makeEvent */.Ld)('test-result', event.feature, { ...d, occurrence }, { actor: event.actor, time: event.time });
}
function foundViolations(guard) {
    return guard.violations.map((v) => ({
        kind: v.kind,
        subject: v.path ?? v.target ?? v.detail,
        detail: v.detail,
    }));
}
function testEvents(report, spec, commit, ctx) {
    const base = { role: report.role, branch: report.branch, commit, ...(ctx.github.runUrl ? { runUrl: ctx.github.runUrl } : {}) };
    const time = ctx.now();
    // The guard's verdict on this commit, so the health row can show it.
    const guard = report.guard.ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
    const events = [
        (0,events_events/* makeEvent */.Ld)('test-result', spec, { ...base, suite: 'guard', ...guard, skipped: 0, durationMs: 0, unit: 'check' }, { actor: ctx.actor, time }),
    ];
    events.push(...report.checks.map((c) => (0,events_events/* makeEvent */.Ld)('test-result', spec, {
        ...base,
        suite: c.name,
        passed: c.passed ? 1 : 0,
        failed: !c.passed && !c.skipped ? 1 : 0,
        skipped: c.skipped ? 1 : 0,
        durationMs: Math.round(c.durationMs),
        unit: 'check',
        // What the owner's agent reads in its brief: the end of the output, bounded and already neutralised.
        ...(!c.passed && !c.skipped && c.outputTail ? { tail: lastLines(c.outputTail, 15, 200) } : {}),
    }, { actor: ctx.actor, time })));
    for (const j of report.junit) {
        events.push((0,events_events/* makeEvent */.Ld)('test-result', spec, {
            ...base,
            suite: `junit:${(0,external_node_path_.basename)(j.file)}`.slice(0, 200),
            passed: j.passed,
            failed: j.failed,
            skipped: j.skipped,
            durationMs: Math.round(j.durationMs),
            unit: 'tests',
        }, { actor: ctx.actor, time }));
    }
    return events;
}

// EXTERNAL MODULE: ./shared/role-ci/run-branch.ts
var run_branch = __webpack_require__(8228);
;// CONCATENATED MODULE: ./shared/role-ci/render-outcome.ts

/** The `results` output and the JSON of a role-ci run: guard, scope, each check, JUnit totals. */
function roleCiResults(run) {
    const { report, outcome } = run;
    const checks = report.checks;
    return {
        role: report.role,
        branch: report.branch,
        commit: run.commit,
        passed: outcome.passed,
        guard: { ok: report.guard.ok, violations: report.guard.violations },
        scope: report.scope
            ? {
                mode: report.scope.mode,
                source: report.scope.scope.source,
                tasks: report.scope.scope.tasks,
                ...(report.scope.unbounded ? { unchecked: report.scope.unbounded } : {}),
                drift: report.scope.drift,
            }
            : null,
        checks: checks.map((c) => ({
            name: c.name,
            command: c.command,
            passed: c.passed,
            skipped: Boolean(c.skipped),
            exitCode: c.exitCode,
            durationMs: Math.round(c.durationMs),
            reason: c.reason,
        })),
        junit: report.junit.map((j) => ({
            file: j.file,
            tests: j.tests,
            passed: j.passed,
            failed: j.failed,
            skipped: j.skipped,
            failures: j.failures.slice(0, 20),
        })),
        stateCommit: run.stateCommit,
    };
}
/** The counts of the action's outputs; a guard failure and a failing scope check count as one failed check each. */
function roleCiCounts(report) {
    const checks = report.checks;
    return {
        passed: String(checks.filter((c) => c.passed).length),
        failed: String(checks.filter((c) => !c.passed && !c.skipped).length + (report.guard.ok ? 0 : 1) + (scopeFailed(report) ? 1 : 0)),
        skipped: String(checks.filter((c) => c.skipped).length),
    };
}
const SHOWN_VIOLATIONS = 5;
function scopeFailed(report) {
    return report.scope?.mode === 'fail' && report.scope.drift.length > 0;
}
/** Why the step failed; a guard failure names what was refused (the paths, or the pull request's branches). */
function roleCiFailure(report, outcome) {
    const violations = report.guard.violations;
    const drift = report.scope?.drift ?? [];
    const scoped = (f) => f.startsWith('scope:')
        ? `${f} (${drift
            .slice(0, SHOWN_VIOLATIONS)
            .map((d) => (0,quote/* quote */.hD)(d.path))
            .join(', ')}${drift.length > SHOWN_VIOLATIONS ? ', ...' : ''})`
        : f;
    if (report.guard.ok || violations.length === 0)
        return outcome.failures.map(scoped).join('; ');
    const shown = violations
        .slice(0, SHOWN_VIOLATIONS)
        .map((v) => (v.kind === 'pr-target' || v.path === undefined ? v.detail : `protected path ${(0,quote/* quote */.hD)(v.path)}`));
    const more = violations.length > SHOWN_VIOLATIONS ? `; and ${violations.length - SHOWN_VIOLATIONS} more` : '';
    return outcome.failures.map((f) => (f.startsWith('guard:') ? `${f} (${shown.join('; ')}${more})` : scoped(f))).join('; ');
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 38 modules
var open_workspace = __webpack_require__(5383);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var commands_identity = __webpack_require__(2707);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
// EXTERNAL MODULE: ./shared/github/repository.ts
var repository = __webpack_require__(3286);
;// CONCATENATED MODULE: ./shared/role-ci/repository-remote.ts



/**
 * The repository's own address, built from GITHUB_SERVER_URL and GITHUB_REPOSITORY (set by the
 * runner), never from `origin`'s URL in .git/config: a step before ours could have pointed origin at a
 * look-alike whose overseer branch is the implementor's head. The token goes in as an extra header
 * for that address, the way actions/checkout passes it; an empty value first clears any other.
 */
function repositoryRemote(gh, token) {
    const { owner, repo } = (0,repository/* parseRepository */.SU)(gh.repository);
    const server = (gh.serverUrl ?? '').replace(/\/+$/, '');
    if (!/^(?:https?|file):\/\/[^\s?#]*$/i.test(server))
        throw new errors/* InputError */.dz(`GITHUB_SERVER_URL ${(0,quote/* quote */.hD)(server)} is not valid: expected the server's address, e.g. https://github.com (the runner sets it)`);
    const url = `${server}/${owner}/${repo}`;
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
    return {
        url,
        gitEnv: {
            GIT_CONFIG_COUNT: '2',
            GIT_CONFIG_KEY_0: `http.${url}/.extraheader`,
            GIT_CONFIG_VALUE_0: '',
            GIT_CONFIG_KEY_1: `http.${url}/.extraheader`,
            GIT_CONFIG_VALUE_1: header,
        },
    };
}

;// CONCATENATED MODULE: ./shared/commands/role-ci.ts










const roleCiCommand = {
    name: 'role-ci',
    aliases: ['run-tests'],
    summary: "Run the checks that fit the branch's role, after the role guard (implementors may not touch protected paths or target anything but their overseer branch); parse JUnit reports and record test results.",
    options: [
        {
            name: 'role',
            type: 'string',
            choices: ['overseer', 'implementor'],
            description: 'The role (default: worked out from the pushed branch or the pull request head with the naming pattern).',
        },
        {
            name: 'branch',
            type: 'string',
            description: 'The branch under test (default: from the run: the pushed ref or the pull request head).',
        },
        {
            name: 'commands',
            type: 'multiline',
            description: 'Checks to run, one "name: command" per line (default: roles.<role>.commands from the config, else detected from package.json, pytest, go.mod or Cargo.toml).',
        },
        { name: 'junit', type: 'list', description: 'Glob patterns of JUnit XML reports to read after the checks, e.g. reports/**/*.xml.' },
        { name: 'guard-only', type: 'boolean', default: 'false', description: 'Run only the role guard.' },
        {
            name: 'fail-fast',
            type: 'boolean',
            default: 'false',
            description: 'Stop at the first failing check (the rest are reported as skipped).',
        },
        {
            name: 'conflict-check',
            type: 'boolean',
            default: 'true',
            description: 'For an implementor, also check for merge conflicts with its overseer and sibling implementors.',
        },
        { name: 'timeout-minutes', type: 'integer', min: 1, max: 360, description: 'Time limit per check command.' },
        {
            name: 'record',
            type: 'boolean',
            description: 'Record the results as test-result events on the state branch (default: true in the action, false in the CLI).',
        },
        {
            name: 'token',
            type: 'string',
            secret: true,
            description: "GitHub token (in a workflow). With it the guard reads the trusted side (the overseer branch, the pull request's base, the configuration) and records on the run's own repository, GITHUB_SERVER_URL/GITHUB_REPOSITORY, with the token as an extra header, never from origin's URL in .git/config. A job with a token may not run check commands (branch code): use guard-only.",
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'role', description: 'The role the checks ran for: overseer or implementor.' },
        { name: 'passed', description: 'Number of checks that passed.' },
        { name: 'failed', description: 'Number of checks that failed (guard violations count as one).' },
        { name: 'skipped', description: 'Number of checks skipped (fail-fast).' },
        {
            name: 'results',
            description: 'JSON: guard violations, each check (name, passed, exit code, duration) and JUnit totals with failed tests.',
        },
        {
            name: 'scope-drift',
            description: 'JSON array of the files an implementor changed outside the paths of its tasks, each with the tasks whose paths cover it and their agents (empty when none, or not checked).',
        },
    ],
    async run(values, ctx) {
        // The rules come from a commit the branch under test cannot change, never from its work tree.
        let identity = null;
        const token = values.string('token')?.trim();
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx, {
            ...(token ? { remote: repositoryRemote(ctx.github, token) } : {}),
            config: async (git) => ({
                kind: 'trusted',
                pullRequestBase: (0,run_branch/* pullRequestBase */.M)(ctx.github),
                branch: values.string('branch') ?? (0,run_branch/* branchOfRun */.l)(ctx.github) ?? (await (0,agent_branches/* checkedOutBranch */.iD)(git)) ?? undefined,
                // The CLI on a checkout whose branch does not tell the role: the role file may (never in an action; a file
                // that contradicts an agent branch is an error). It only adds a role where there was none, and the rules
                // then come from the overseer of the file's feature, as for that agent's own branch.
                reconsider: ctx.localRoleFile && !values.has('role') && !values.has('branch')
                    ? async (naming) => {
                        identity = await (0,commands_identity/* commandIdentity */.sX)(ctx, git, naming);
                        return identity.sources.role === 'file' && identity.branch ? identity.branch : undefined;
                    }
                    : undefined,
            }),
        });
        const fromFile = identity?.sources.role === 'file' ? identity : null;
        const job = {
            inWorkflow: Boolean(ctx.github.inWorkflow),
            recordAsked: values.has('record') && values.bool('record'),
            token: Boolean(token),
        };
        const run = await runRoleCi({ ...roleCiSettings(values, fromFile), job }, { ...ws, ctx: await (0,caller/* agentContext */.zN)(ctx, ws) });
        const { report, outcome } = run;
        const results = roleCiResults(run);
        return {
            exitCode: outcome.passed ? 0 : 1,
            failure: roleCiFailure(report, outcome),
            outputs: {
                role: report.role,
                ...roleCiCounts(report),
                results: JSON.stringify(results),
                'scope-drift': JSON.stringify(report.scope?.drift ?? []),
            },
            summary: renderRoleCiSummary(report),
            text: renderRoleCiText(report, ctx.paint),
            json: results,
        };
    },
};
/** The run's options, read once; `fromFile` is the identity the local role file supplied, if it supplied the role. */
function roleCiSettings(values, fromFile) {
    const commandsText = values.string('commands');
    return {
        role: values.string('role') ?? fromFile?.role,
        branch: values.string('branch'),
        spec: fromFile?.feature,
        commands: commandsText ? (0,commands/* parseCommandLines */.G)(commandsText, values.source === 'input' ? 'input "commands"' : '--commands') : undefined,
        junit: values.list('junit'),
        guardOnly: values.bool('guard-only'),
        failFast: values.bool('fail-fast'),
        conflictCheck: values.bool('conflict-check'),
        record: values.has('record') ? values.bool('record') : values.source === 'input',
        timeoutMinutes: values.int('timeout-minutes'),
        configPath: values.string('config'),
    };
}


/***/ }),

/***/ 2221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ chooseCommands)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/role-ci/detect-commands.ts



// Implementors run fast feedback first; the overseer builds before testing and also runs the slow suites.
const NPM_SCRIPTS = {
    implementor: ['lint', 'typecheck', 'test', 'build'],
    overseer: ['lint', 'typecheck', 'build', 'test', 'test:integration', 'test:e2e'],
};
// What `npm init` writes: a test script that always fails is no test suite.
const NPM_PLACEHOLDER_TEST = /no test specified/;
/**
 * Sensible default checks from the files at the repository root, in a fixed
 * order (Node, Python, Go, Rust). Only fixed command texts are produced:
 * nothing from the files' contents reaches the shell.
 */
function detectCommands(cwd, role) {
    const commands = [];
    const reasons = [];
    const scripts = packageScripts(cwd);
    if (scripts) {
        const chosen = NPM_SCRIPTS[role].filter((s) => typeof scripts[s] === 'string' && !(s === 'test' && NPM_PLACEHOLDER_TEST.test(scripts[s])));
        for (const s of chosen)
            commands.push({ name: s.replace(':', '-'), command: s === 'test' ? 'npm test' : `npm run ${s}` });
        if (chosen.length)
            reasons.push(`package.json scripts: ${chosen.join(', ')}`);
    }
    const pytest = pytestReason(cwd);
    if (pytest) {
        commands.push({ name: 'pytest', command: 'pytest' });
        reasons.push(pytest);
    }
    if (isFile((0,external_node_path_.join)(cwd, 'go.mod'))) {
        commands.push({ name: 'go test', command: 'go test ./...' });
        reasons.push('go.mod');
    }
    if (isFile((0,external_node_path_.join)(cwd, 'Cargo.toml'))) {
        commands.push({ name: 'cargo test', command: 'cargo test' });
        reasons.push('Cargo.toml');
    }
    return { commands, reasons };
}
function packageScripts(cwd) {
    const file = (0,external_node_path_.join)(cwd, 'package.json');
    if (!isFile(file))
        return null;
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`package.json is not valid JSON (${error.message}); fix it or pass the commands input`);
    }
    const scripts = parsed?.scripts;
    return scripts && typeof scripts === 'object' && !Array.isArray(scripts) ? scripts : {};
}
function pytestReason(cwd) {
    if (isFile((0,external_node_path_.join)(cwd, 'pytest.ini')))
        return 'pytest.ini';
    if (mentions((0,external_node_path_.join)(cwd, 'pyproject.toml'), /pytest/))
        return 'pyproject.toml mentions pytest';
    if (mentions((0,external_node_path_.join)(cwd, 'setup.cfg'), /^\[tool:pytest\]/m))
        return 'setup.cfg has [tool:pytest]';
    if (mentions((0,external_node_path_.join)(cwd, 'tox.ini'), /^\[pytest\]/m))
        return 'tox.ini has [pytest]';
    if (hasPythonFiles((0,external_node_path_.join)(cwd, 'tests')))
        return 'tests/ holds Python files';
    return null;
}
function mentions(file, pattern) {
    return isFile(file) && pattern.test((0,external_node_fs_.readFileSync)(file, 'utf8'));
}
/** Python files directly in `dir` or one level down (bounded: no deep walk of a large tree). */
function hasPythonFiles(dir) {
    if (!isDirectory(dir))
        return false;
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.isFile() && entry.name.endsWith('.py'))
            return true;
        if (entry.isDirectory() && !entry.name.startsWith('.')) {
            const inner = (0,external_node_path_.join)(dir, entry.name);
            if ((0,external_node_fs_.readdirSync)(inner).some((n) => n.endsWith('.py') && isFile((0,external_node_path_.join)(inner, n))))
                return true;
        }
    }
    return false;
}
function isFile(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isFile();
}
function isDirectory(path) {
    return (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory();
}

;// CONCATENATED MODULE: ./shared/role-ci/choose-commands.ts

/** The commands to run: the input wins, then the config for the role, then what the repository suggests. */
function chooseCommands(options) {
    const { role } = options;
    if (options.inputCommands && options.inputCommands.length > 0) {
        const commands = [...options.inputCommands];
        return { commands, source: 'input', note: `from the commands input: ${names(commands)}` };
    }
    const configured = options.config.roles[role].commands;
    if (configured.length > 0) {
        return {
            commands: [...configured],
            source: 'config',
            note: `from ${options.config.source} roles.${role}.commands: ${names(configured)}`,
        };
    }
    const detected = detectCommands(options.cwd, role);
    if (detected.commands.length > 0) {
        return { commands: detected.commands, source: 'detected', note: `detected from ${detected.reasons.join('; ')}` };
    }
    return {
        commands: [],
        source: 'none',
        note: `no commands: none given in the commands input or in roles.${role}.commands of the config, and none detected (no package.json scripts, pytest, go.mod or Cargo.toml)`,
    };
}
function names(commands) {
    return commands.map((c) => c.name).join(', ');
}


/***/ }),

/***/ 8228:
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


/***/ }),

/***/ 6539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readIdList),
/* harmony export */   a: () => (/* binding */ findIds)
/* harmony export */ });
// A task id as a whole word: `T012` in `(T012)` or `T012:`, but not in
// `XT0123`, `T012a` or `T012_x`.
const ID = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/y;
const ID_ANYWHERE = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/g;
// Between ids of one list: `, ` `, and ` ` and ` ` & ` or plain spaces.
// Never a newline: a list ends with its line.
const SEPARATOR = /[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]+/iy;
/** Every task id in `text`, in order, with its offset. */
function findIds(text) {
    return [...text.matchAll(ID_ANYWHERE)].map((m) => ({ id: m[0], index: m.index }));
}
/**
 * Reads a list of ids starting exactly at `index` (`T012, T013 and T014`).
 * Returns the ids (none if no id starts there) and the offset after the last one.
 */
function readIdList(text, index) {
    const ids = [];
    let pos = index;
    for (;;) {
        ID.lastIndex = pos;
        const id = ID.exec(text);
        if (!id)
            break;
        ids.push(id[0]);
        pos = ID.lastIndex;
        SEPARATOR.lastIndex = pos;
        if (!SEPARATOR.exec(text))
            break;
        ID.lastIndex = SEPARATOR.lastIndex;
        if (!ID.test(text))
            break;
        pos = SEPARATOR.lastIndex;
    }
    return { ids, end: pos };
}


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ splitLines)
/* harmony export */ });
// An opening fence: up to any indentation (fences inside list items are
// indented), three or more backticks or tildes, then an info string. A
// backtick fence's info string cannot itself contain a backtick.
const OPENING_FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
/**
 * Splits markdown into lines, marking those inside fenced code blocks. The
 * fence rules follow CommonMark closely enough for tasks.md: a block closes at
 * a fence of the same character that is at least as long and has nothing but
 * spaces after it; an unclosed block runs to the end of the file.
 */
function splitLines(text) {
    const lines = [];
    let fence;
    let start = 0;
    let number = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        // A final newline ends the last line; it does not start an empty one.
        if (newline === -1 && start === text.length && number > 0)
            break;
        let content = text.slice(start, end);
        if (content.endsWith('\r'))
            content = content.slice(0, -1);
        number++;
        if (number === 1 && content.startsWith('\uFEFF')) {
            content = content.slice(1);
            start += 1;
        }
        let fenced = fence !== undefined;
        if (fence) {
            const closing = content.match(/^[ \t]*(`{3,}|~{3,})[ \t]*$/);
            if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length)
                fence = undefined;
        }
        else {
            const opening = content.match(OPENING_FENCE);
            if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
                fence = { char: opening[1][0], length: opening[1].length };
                fenced = true;
            }
        }
        lines.push({ number, content, start, fenced });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}


/***/ }),

/***/ 1504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseTasks)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var lines = __webpack_require__(6432);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(4941);
// EXTERNAL MODULE: ./shared/tasks/id-list.ts
var id_list = __webpack_require__(6539);
;// CONCATENATED MODULE: ./shared/tasks/task-prose.ts

// Prose that announces a dependency, followed by an id list:
// `(depends on T012, T013)`, `blocked by T020`, `requires T004`, `after T010`.
const DEPENDENCY = /\b(?:depends?[ \t]+on|dependent[ \t]+on|blocked[ \t]+by|requires|after)[ \t]*:?[ \t]*/gi;
/** Ids named as prerequisites in a task description, in order, without duplicates; the task's own id is kept (plan refuses it by name). */
function dependenciesIn(description) {
    const ids = new Set();
    for (const m of description.matchAll(DEPENDENCY)) {
        // The task's own id is kept: a task that waits for itself is the planner's to refuse, by name.
        for (const id of (0,id_list/* readIdList */.W)(description, m.index + m[0].length).ids)
            ids.add(id);
    }
    return [...ids];
}
// Slashed or dotted words that are prose or product names, not paths.
const NOT_PATHS = words('and/or either/or w/o i/o n/a read/write on/off yes/no true/false pass/fail e.g i.e etc vs', 'node.js next.js nuxt.js vue.js express.js d3.js three.js chart.js nest.js asp.net socket.io');
// Well-known files that have no extension.
const BARE_FILES = words('Dockerfile Containerfile Makefile Procfile Gemfile Rakefile Jenkinsfile Justfile Vagrantfile', 'LICENSE CODEOWNERS');
// Slash-joined words that are not folders: `T012/T013`, `GET/POST`.
const PROSE_SEGMENT = /^(?:T\d{3,}|US\d+|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const PATH_CHARS = /^[\w.@~+\-/*[\]]+$/;
const FILE_NAME = /^[\w@+\-.[\]]*[\w@+\-\]]\.[A-Za-z][A-Za-z0-9]{0,9}$/;
const DOTFILE = /^\.[A-Za-z][\w.-]*$/;
// A backticked span, or a run of characters that are neither spaces nor backticks.
const WORD = /`([^`]*)`|([^\s`]+)/g;
const LEADING_PUNCTUATION = /^[([{"'<*_]+/;
const TRAILING_PUNCTUATION = new Set(')]}"\'>,;:.!?*_');
/**
 * File paths named in a task description, in order, without duplicates. A
 * heuristic, because the format names paths in free prose: a word counts when
 * it contains a slash (`src/models/user.py`, `tests/unit/`), is a file name
 * with an extension (`package.json`), a dotfile or a well-known file such as
 * `Dockerfile`. Words in backticks are read whole. URLs, API routes with a
 * leading slash and a few common dotted or slashed words (`and/or`,
 * `GET/POST`, `Node.js`, `e.g.`) are left out.
 */
function pathsIn(description) {
    const paths = new Set();
    for (const m of description.matchAll(WORD)) {
        const word = m[1] !== undefined ? m[1].trim() : m[2];
        const candidate = trimTrailingPunctuation(word.replace(LEADING_PUNCTUATION, ''));
        if (looksLikePath(candidate))
            paths.add(candidate);
    }
    return [...paths];
}
function looksLikePath(word) {
    if (word === '' || word.includes('://') || !PATH_CHARS.test(word) || !/[A-Za-z]/.test(word))
        return false;
    if (NOT_PATHS.has(word.toLowerCase()))
        return false;
    // A leading slash is an API route (`/users/{id}`) far more often than a file in a task list.
    if (word.startsWith('/'))
        return false;
    if (word.includes('/'))
        return !word.split('/').every((part) => part === '' || PROSE_SEGMENT.test(part));
    return FILE_NAME.test(word) || DOTFILE.test(word) || BARE_FILES.has(word);
}
// A loop, not a regex: `/[.)]+$/` backtracks quadratically on a long run of
// punctuation that is not at the end.
function trimTrailingPunctuation(word) {
    let end = word.length;
    while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1]))
        end--;
    return word.slice(0, end);
}
function words(...lists) {
    return new Set(lists.join(' ').split(' '));
}

;// CONCATENATED MODULE: ./shared/tasks/parse-tasks.ts




// ATX headings with up to three spaces of indentation, as in CommonMark.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
/**
 * Reads a spec-kit tasks.md. Lines that are not tasks or headings are ignored,
 * never an error; the only error is a task id used twice, because updates
 * address tasks by id. `file` only names the file in that error.
 *
 * A `##` heading opens a phase and a `###` heading a section within it. A
 * phase is listed in `phases` when it holds tasks or its title starts with
 * "Phase", so prose sections such as "Dependencies & Execution Order" are not.
 */
function parseTasks(text, file = 'tasks.md') {
    const doc = { tasks: [], phases: [] };
    const seen = new Map();
    let phase;
    let section;
    for (const line of (0,lines/* splitLines */.u)(text)) {
        if (line.fenced)
            continue;
        const heading = line.content.match(HEADING);
        if (heading) {
            const level = heading[1].length;
            const title = headingTitle(heading[2] ?? '');
            if (level === 1) {
                doc.title ??= title;
                phase = undefined;
                section = undefined;
            }
            else if (level === 2) {
                phase = { title, line: line.number, taskIds: [] };
                if (/^phase\b/i.test(title))
                    doc.phases.push(phase);
                section = undefined;
            }
            else if (level === 3) {
                section = title;
            }
            continue;
        }
        const match = (0,task_line/* matchTaskLine */.DP)(line.content);
        if (!match)
            continue;
        const previous = seen.get(match.id);
        if (previous !== undefined) {
            throw new errors/* InputError */.dz(`${file}: task id "${match.id}" is used twice, on line ${previous} and line ${line.number}; ` +
                'each task needs its own id (give the newer task the next unused number)');
        }
        seen.set(match.id, line.number);
        const task = {
            id: match.id,
            line: line.number,
            done: match.done,
            parallel: match.parallel,
            description: match.description,
            paths: pathsIn(match.description),
            dependsOn: dependenciesIn(match.description),
        };
        if (match.story)
            task.story = match.story;
        if (match.owner)
            task.owner = match.owner;
        if (phase) {
            task.phase = phase.title;
            if (phase.taskIds.length === 0 && !doc.phases.includes(phase))
                doc.phases.push(phase);
            phase.taskIds.push(match.id);
        }
        if (section !== undefined)
            task.section = section;
        doc.tasks.push(task);
    }
    doc.phases.sort((a, b) => a.line - b.line);
    return doc;
}
/** The heading text without the optional closing `#` sequence (`## Setup ##`). */
function headingTitle(raw) {
    const text = raw.trim();
    let end = text.length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    if (end === text.length)
        return text;
    const before = text.slice(0, end);
    // `## C#` keeps its hash: a closing sequence must follow a space.
    return before === '' || /[ \t]$/.test(before) ? before.trim() : text;
}


/***/ }),

/***/ 4941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ DONE_COMMENT),
/* harmony export */   DP: () => (/* binding */ matchTaskLine),
/* harmony export */   kA: () => (/* binding */ OWNER_COMMENT)
/* harmony export */ });
// `- [ ] T012 ...`: a list bullet (any indentation, so nested items count), a
// checkbox, then the id, which must end at whitespace or the end of the line
// (`T012a` is not an id).
const TASK_LINE = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(T\d{3,})(?=[ \t]|$)(.*)$/;
const LABEL = /^[ \t]*\[(P|US\d+)\]/;
/**
 * The HTML comment the updater appends to a finished task. Only a comment of
 * exactly this shape at the very end of the line is ours to replace or remove.
 * (No leading `[ \t]*` in the pattern: on a line of many spaces that would
 * backtrack quadratically; callers trim the space before it themselves.)
 */
const DONE_COMMENT = /<!-- (?:done|merged): [^<>\r\n]*? -->(?=[ \t]*$)/;
/** `<!-- owner: impl-2 -->`, written by `orchestrator plan --apply` (see owner-comment.ts). */
const OWNER_COMMENT = /<!-- owner: ([A-Za-z0-9][A-Za-z0-9._-]{0,63}) -->/;
function matchTaskLine(content) {
    const m = content.match(TASK_LINE);
    if (!m)
        return undefined;
    let rest = m[4];
    let parallel = false;
    let story;
    for (let label = rest.match(LABEL); label; label = rest.match(LABEL)) {
        if (label[1] === 'P')
            parallel = true;
        else
            story ??= label[1];
        rest = rest.slice(label[0].length);
    }
    const owner = rest.match(OWNER_COMMENT);
    return {
        ...(owner ? { owner: owner[1] } : {}),
        id: m[3],
        done: m[2] !== ' ',
        checkboxOffset: m[1].length,
        parallel,
        story,
        description: rest.replace(DONE_COMMENT, '').replace(OWNER_COMMENT, '').trim(),
    };
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ taskReferences)
/* harmony export */ });
/* harmony import */ var _id_list__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6539);

// A completion keyword right before an id list, optionally with a colon:
// `closes T012`, `Done: T012 and T013`. Kept to one line on purpose.
const KEYWORD = /(?<![A-Za-z0-9_])(?:done|close[sd]?|fix(?:e[sd])?|complete[sd]?|resolve[sd]?)(?![A-Za-z0-9_])[ \t]*:?[ \t]*/gi;
// A trailer in the last paragraph: `Tasks: T012, T013`.
const TRAILER = /^[ \t]*(?:tasks?|done|closes)[ \t]*:[ \t]*/i;
/**
 * The task ids a commit message refers to, in order of first appearance, each
 * once, and whether the message marks it done. `TASK_REFERENCE_RULES` states
 * the rules for people; this is their implementation.
 */
function taskReferences(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const done = new Set();
    const markDone = (line, index) => {
        for (const id of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, index).ids)
            done.add(id);
    };
    const subject = lines.findIndex((line) => line.trim() !== '');
    if (subject !== -1) {
        const line = lines[subject];
        const leading = line.length - line.trimStart().length;
        const list = (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, leading);
        if (list.ids.length > 0 && /^[ \t]*:/.test(line.slice(list.end)))
            markDone(line, leading);
    }
    for (const line of lines) {
        for (const m of line.matchAll(KEYWORD))
            markDone(line, m.index + m[0].length);
    }
    for (const line of lastParagraph(lines)) {
        const trailer = line.match(TRAILER);
        if (trailer)
            for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(line))
                done.add(id);
    }
    const seen = new Set();
    const references = [];
    for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(text)) {
        if (seen.has(id))
            continue;
        seen.add(id);
        references.push({ id, done: done.has(id) });
    }
    return references;
}
/** The lines after the last blank line (the whole message if it has no blank line). */
function lastParagraph(lines) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '')
        end--;
    let start = end;
    while (start > 0 && lines[start - 1].trim() !== '')
        start--;
    return lines.slice(start, end);
}


/***/ }),

/***/ 2892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ noPaint)
/* harmony export */ });
const noPaint = (_style, text) => text;


/***/ })

};
