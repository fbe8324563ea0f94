export const id = 887;
export const ids = [887];
export const modules = {

/***/ 8887:
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
// EXTERNAL MODULE: ./shared/state/events/events.ts + 1 modules
var events_events = __webpack_require__(5131);
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
;// CONCATENATED MODULE: ./shared/naming/nearest.ts
/**
 * The candidates nearest to a mistyped name (edit distance, a swap of two
 * neighbours counting as one edit), closest first, for "did you mean". Only
 * those within a third of the name's length (at least 2 edits) are offered,
 * so an unrelated word gets no suggestion.
 */
function nearestNames(name, candidates, most = 3) {
    const limit = Math.max(2, Math.floor(name.length / 3));
    const scored = [];
    for (const candidate of new Set(candidates)) {
        if (candidate === name)
            continue;
        const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (d <= limit)
            scored.push([candidate, d]);
    }
    scored.sort(([a, da], [b, db]) => da - db || (a < b ? -1 : a > b ? 1 : 0));
    return scored.slice(0, most).map(([candidate]) => candidate);
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++)
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** ` Did you mean "a" or "b"?` (with a leading space), or '' when nothing is near. */
function didYouMean(name, candidates, quote) {
    const near = nearestNames(name, candidates);
    if (!near.length)
        return '';
    const list = near.length === 1 ? quote(near[0]) : `${near.slice(0, -1).map(quote).join(', ')} or ${quote(near[near.length - 1])}`;
    return ` Did you mean ${list}?`;
}

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
    const near = nearestNames(spec, folders);
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
;// CONCATENATED MODULE: ./shared/agents/authority.ts
const AUTHORITY_RULES = [
    {
        command: 'events add-feature',
        implementor: 'never',
        rule: 'registering a feature is the overseer’s or a person’s',
    },
    {
        command: 'events log',
        implementor: 'own',
        rule: 'an implementor may log only task-updated, test-result, blocker-raised and agent-usage events for its own branch',
    },
    {
        command: 'events log-usage',
        implementor: 'own',
        rule: 'an implementor may log only its own usage (its own branch)',
    },
    {
        command: 'events log-conflict',
        implementor: 'never',
        rule: 'recording a conflict by hand is the overseer’s or a person’s',
    },
    {
        command: 'events resolve-conflict',
        implementor: 'never',
        rule: 'resolving a conflict is the overseer’s or a person’s',
    },
    {
        command: 'events import',
        implementor: 'never',
        rule: 'importing a history is the overseer’s or a person’s',
    },
    {
        command: 'events raise-blocker',
        implementor: 'own',
        rule: 'an implementor may raise a blocker only against its own branch',
    },
    {
        command: 'events clear-blocker',
        implementor: 'own',
        rule: 'an implementor may clear only a blocker it raised or that was raised against it (its own branch)',
    },
];
/** The event kinds an implementor may record with `events log`, for its own branch. */
const IMPLEMENTOR_LOG_KINDS = (/* unused pure expression or super */ null && (['task-updated', 'test-result', 'blocker-raised', 'agent-usage']));
/** The rule of a command, if it has one. */
function authorityRule(command) {
    return AUTHORITY_RULES.find((r) => r.command === command);
}
/**
 * The CLI commands `agents setup` pre-approves for an implementor: those no
 * rule can refuse it. The rest (and `init-feature`, `plan`, which shape the
 * whole feature) ask first. The overseer's list is every command.
 */
const IMPLEMENTOR_COMMANDS = [
    'sync-status',
    'check-path',
    'run-tests',
    'role-ci',
    'check-conflicts',
    'detect-conflicts',
    'integrate-order',
    'open-pr',
    'dashboard',
    'agents',
    'hooks',
    'events recent',
    'events status',
    'events export',
    'events sql',
    'events verify',
];
/** The commands a role may run without asking, as command words (empty list: every command). */
function preApprovedCommands(role) {
    return role === 'implementor' ? IMPLEMENTOR_COMMANDS : null;
}

;// CONCATENATED MODULE: ./shared/agents/claude-rules.ts

/** `Edit(...)` specifiers for a protected path glob: root-anchored, and at any depth when the glob has no slash. */
function editRulesFor(glob) {
    const path = glob.replace(/^\/+/, '');
    if (!path)
        return [];
    // A pattern without a slash (CODEOWNERS, .gitattributes) protects that name in every folder.
    return path.includes('/') ? [`Edit(/${path})`] : [`Edit(/${path})`, `Edit(/**/${path})`];
}
const DESTRUCTIVE_GIT = [
    'Bash(git push --force *)',
    'Bash(git push -f *)',
    'Bash(git push --force-with-lease *)',
    'Bash(git push --mirror *)',
    'Bash(git push --delete *)',
    'Bash(git reset --hard *)',
    'Bash(git reset --hard)',
    'Bash(git clean -f *)',
    'Bash(git branch -D *)',
];
/** Bash rules that pre-approve our own commands: all of them for the overseer, only those no rule refuses for an implementor. */
function orchestratorRules(role) {
    const commands = preApprovedCommands(role);
    if (!commands)
        return ['Bash(npx orchestrator *)', 'Bash(orchestrator *)'];
    return commands.flatMap((c) => [
        `Bash(npx orchestrator ${c})`,
        `Bash(npx orchestrator ${c} *)`,
        `Bash(orchestrator ${c})`,
        `Bash(orchestrator ${c} *)`,
    ]);
}
/**
 * The rules of a role. Implementors: no edit of a protected path (the
 * configuration file included), no destructive git, no merging pull requests,
 * no push to the integration branch. The overseer integrates: it may merge,
 * but not force-push or reset either.
 */
function roleRules(config, role, configPath, integration) {
    const deny = [...DESTRUCTIVE_GIT];
    if (role === 'implementor') {
        const protectedPaths = [...new Set([...config.protectedPaths, configPath])];
        deny.push(...protectedPaths.flatMap(editRulesFor));
        deny.push('Bash(gh pr merge *)', `Bash(git push * ${integration})`, `Bash(git push * HEAD:${integration})`);
    }
    return { allow: orchestratorRules(role), deny: [...new Set(deny)].sort() };
}
/** A rule as Claude Code reads it: a tool name, and an optional specifier in parentheses. */
const RULE_SYNTAX = /^(?:Bash|Edit|Read|WebFetch|WebSearch|Glob|Grep|mcp__[\w-]+)(?:\((?:[^()]|\([^()]*\))+\))?$/;

;// CONCATENATED MODULE: ./shared/agents/codex-rules.ts
/** Where the rules go: the overseer's are shared (committed); an implementor's are local and git-excluded. */
function codexRulesPath(role) {
    return role === 'overseer' ? '.codex/rules/agent-orchestrator.rules' : '.codex/rules/agent-orchestrator.local.rules';
}
const CODEX_RULES_HEADER = '# Generated by `orchestrator agents setup`: this whole file is rewritten on each run.';
/**
 * The prefix rules of our Claude-syntax `Bash(...)` rules. A trailing ` *`
 * is the prefix itself; a `*` inside (`git push * main`) stands for the remote,
 * the one token a prefix rule cannot leave open. Rules that are not Bash rules
 * (path rules) have no Codex form and are left to the guide.
 */
function codexPrefixRules(rules, remote) {
    const out = new Map();
    const add = (decision, rule) => {
        const m = /^Bash\((.+)\)$/.exec(rule);
        if (!m)
            return;
        const words = m[1].split(' ').filter(Boolean);
        const open = words[words.length - 1] === '*';
        if (open)
            words.pop();
        const pattern = words.map((w) => (w === '*' ? remote : w));
        if (pattern.some((w) => w.includes('*')))
            return;
        const key = `${decision}\0${pattern.join('\0')}`;
        if (out.has(key))
            return;
        out.set(key, {
            pattern,
            decision,
            justification: decision === 'forbidden'
                ? `agent-orchestrator: refused for this role (${m[1]}); ask the overseer or a person instead`
                : 'agent-orchestrator: its own commands',
            // An example Codex checks on load: the prefix itself, plus an argument where the rule is open-ended.
            match: [[...pattern, ...(open ? ['x'] : [])].join(' ')],
        });
    };
    for (const r of rules.deny)
        add('forbidden', r);
    for (const r of rules.allow)
        add('allow', r);
    return [...out.values()];
}
/** Starlark string literal (JSON's escaping is a subset Starlark reads). */
const str = (s) => JSON.stringify(s);
/** The whole `.rules` file, deterministic, so a re-run writes the same bytes. */
function renderCodexRules(rules, role, spec) {
    const lines = [
        CODEX_RULES_HEADER,
        `# Role: ${role}${spec ? ` of feature ${spec}` : ''}. Put rules of your own in another .rules file beside this one.`,
        '# Advisory: a command spelled another way escapes a prefix rule; the role guard in CI is what enforces.',
        '',
    ];
    for (const r of rules) {
        lines.push('prefix_rule(', `    pattern = [${r.pattern.map(str).join(', ')}],`, `    decision = ${str(r.decision)},`, `    justification = ${str(r.justification)},`, `    match = [${r.match.map(str).join(', ')}],`, ')', '');
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./shared/naming/role-file.ts
var role_file = __webpack_require__(5576);
;// CONCATENATED MODULE: ./shared/tasks/reference-rules.ts
/**
 * How commit messages refer to tasks, for the README and for agents' prompts.
 * `taskReferences` implements exactly this; the tests check the examples.
 */
const TASK_REFERENCE_RULES = `### Referring to tasks in commit messages

A task id is \`T\` followed by three or more digits (\`T012\`, \`T1042\`), written as a word of its own:
\`XT0123\`, \`T012a\` and \`T012_x\` are not references, while \`(T012)\`, \`T012:\` and \`#T012\` are.
Ids are found anywhere in the message, subject or body. Each id counts once.

A reference marks the task **done** in any of these three cases:

1. **The subject starts with the id list and a colon.**
   \`T012: add user model\` or \`T012, T013: add models\`.
2. **A completion keyword comes directly before the id list**, anywhere in the message. The keywords,
   in any letter case, are \`done\`, \`close\`, \`closes\`, \`closed\`, \`fix\`, \`fixes\`, \`fixed\`,
   \`complete\`, \`completes\`, \`completed\`, \`resolve\`, \`resolves\`, \`resolved\`. A colon may follow the
   keyword. \`closes T012\`, \`Done: T012 and T013\`, \`fixes T012, T013\`.
   Nothing else may stand between the keyword and the first id: \`closes task T012\` does not mark T012 done.
3. **A trailer line in the last paragraph** of the message: a line starting \`Tasks:\`, \`Task:\`, \`Done:\`
   or \`Closes:\` (any letter case). Every id on that line is done (\`Done:\` and \`Closes:\` are keywords
   too, so they also count on any other line; \`Tasks:\` and \`Task:\` count only in the last paragraph):

   \`\`\`text
   Add the user model and its tests

   Tasks: T012, T013
   \`\`\`

An id list is ids separated by commas, spaces, \`and\` or \`&\` on one line: \`T012, T013 and T014\`.
The list ends at the first word that is not an id, so in \`closes T012 then T013\` only T012 is done.

Any other mention means the task is **in progress**: \`wip T012\`, \`refs T012\`, \`part of T014\`,
\`T012 model half done\`, \`Revert "T012: add user model"\`.
When an id is both done and in progress in one message, done wins.
`;

;// CONCATENATED MODULE: ./shared/agents/guide.ts



/** A role's refusals in words, for agents (and people) that do not read a permission file. */
function refusalsInWords(rules) {
    const paths = [];
    const commands = [];
    for (const rule of rules.deny) {
        const edit = /^Edit\(\/(?:\*\*\/)?(.+)\)$/.exec(rule);
        const bash = /^Bash\((.+)\)$/.exec(rule);
        if (edit && !paths.includes(edit[1]))
            paths.push(edit[1]);
        else if (bash)
            commands.push(bash[1].replace(/ \*$/, ' …').replace(/ \* /g, ' <remote> '));
    }
    return [
        ...(paths.length
            ? [`- Do not edit these paths (any folder, for a name without a slash): ${paths.map((p) => `\`${p}\``).join(', ')}.`]
            : []),
        ...(commands.length ? [`- Do not run: ${commands.map((c) => `\`${c}\``).join(', ')}.`] : []),
    ];
}
/** Where each agent kind reads its guide: shared (committed) for the overseer, local for an implementor. */
function guideFile(agent, role) {
    const local = role === 'implementor';
    if (agent === 'claude')
        return local ? 'CLAUDE.local.md' : 'CLAUDE.md';
    // Codex reads one file per folder, AGENTS.override.md before AGENTS.md: the section says to read the other too.
    if (agent === 'codex')
        return local ? 'AGENTS.override.md' : 'AGENTS.md';
    return local ? 'AGENTS.local.md' : 'AGENTS.md';
}
/**
 * The agent-facing section: the role, the branch, how to name tasks in commits, what to run, what the guard forbids.
 * An implementor's is local (git-excluded) and names its role and branch. The overseer's is the shared, committed
 * one that every implementor branch inherits, so it says only what is true on every branch of the feature.
 */
function guideSection(f) {
    const shared = f.role !== 'implementor';
    const feature = f.spec ? ` feature ${f.spec}` : ' this feature';
    const lines = [
        shared ? `## Working on${feature}` : `## Working as the implementor${f.spec ? ` of feature ${f.spec}` : ''}`,
        '',
        ...(shared
            ? [
                `Each agent of${feature} works on its own branch. The overseer integrates: it merges the implementors' pull requests into its branch, then opens its own into \`${f.integration}\`. An implementor works only on its own branch, and its pull request goes into the overseer branch, never anywhere else.`,
                `Your role and branch: \`npx orchestrator agents setup\` in your clone writes them to \`${role_file/* ROLE_FILE */.AB}\`, and an implementor's own section to its local guide (\`${guideFile(f.agent, 'implementor')}\`); where that differs from this one, it wins.`,
            ]
            : [
                `Your branch: \`${f.branch ?? '(not an agent branch)'}\`.`,
                'Work only on your branch; your pull request goes into your overseer branch, never anywhere else.',
            ]),
        f.agent === 'codex' && f.role === 'implementor'
            ? "Codex reads this file instead of `AGENTS.md` in this folder: read `AGENTS.md` too, for the project's own instructions."
            : '',
        '',
        TASK_REFERENCE_RULES.trim(),
        '',
        '### Commands',
        '',
        '- Before you start editing files a sibling may touch: `npx orchestrator check-conflicts` (exit 1: a conflict is predicted).',
        f.agent === 'claude'
            ? '- Before you edit a file: `npx orchestrator check-path <file>` (exit 1: a sibling changed it since your branches diverged; it names the lines). Your PreToolUse hook asks it for you before each edit.'
            : '- Before you edit a file: `npx orchestrator check-path <file>` (exit 1: a sibling changed it since your branches diverged; it names the lines).',
        '- After you push: `npx orchestrator sync-status` records your task progress.',
        '- Run your checks as CI will: `npx orchestrator run-tests`.',
        '- When your work is ready: `npx orchestrator open-pr` (implementors: into your overseer branch).',
        shared ? '- The overseer, for the order to merge in: `npx orchestrator integrate-order <spec-id>`.' : '',
        '',
        shared ? "### What is refused (every role; an implementor's local guide adds its own)" : '### What is refused',
        '',
        ...refusalsInWords(f.rules),
        ...(f.role === 'implementor'
            ? [
                `- The orchestrator refuses you (exit 2) what is another's to change: ${AUTHORITY_RULES.map((r) => `\`${r.command}\`: ${r.rule}`).join('; ')}.`,
            ]
            : []),
        '',
        f.agent === 'generic'
            ? 'Nothing enforces these on your side: the role guard in CI refuses protected paths and wrong pull request targets.'
            : 'Your permission settings refuse these too, but only advisorily (a command can be spelled around them); the role guard in CI enforces the protected paths and pull request targets.',
    ];
    return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n');
}

;// CONCATENATED MODULE: ./shared/check-path/hook-io.ts

/**
 * Claude Code's editing tools and the field of `tool_input` that names the file
 * (its documented PreToolUse payloads): `Write` {file_path, content}, `Edit`
 * {file_path, old_string, new_string, replace_all}, `MultiEdit` {file_path,
 * edits}, `NotebookEdit` {notebook_path, cell_id, new_source, cell_type, edit_mode}.
 */
const EDIT_TOOLS = {
    Write: 'file_path',
    Edit: 'file_path',
    MultiEdit: 'file_path',
    NotebookEdit: 'notebook_path',
};
/** The hook's matcher in the settings: every editing tool above. */
const EDIT_TOOL_MATCHER = Object.keys(EDIT_TOOLS).join('|');
/**
 * The edit the hook is asked about, or null when it is not an edit (another event, a tool that names no file):
 * then we stay silent. Input we cannot judge throws, naming why: not JSON, not an object, an editing tool
 * without its path, a `cwd` that is not an absolute path. The hook logs why, and under --block denies.
 */
function parseHookInput(text, fallbackCwd) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the input on stdin (${Buffer.byteLength(text)} bytes) is not JSON (${error instanceof Error ? error.message : String(error)}); expected Claude Code's PreToolUse payload`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new Error(`the input on stdin is JSON but not an object (${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}); expected Claude Code's PreToolUse payload`);
    const input = raw;
    if (input.hook_event_name !== undefined && input.hook_event_name !== 'PreToolUse')
        return null;
    const tool = typeof input.tool_name === 'string' ? input.tool_name : '';
    const toolInput = (input.tool_input && typeof input.tool_input === 'object' ? input.tool_input : {});
    if (tool === '')
        throw new Error("the payload names no tool_name; expected Claude Code's PreToolUse payload");
    // Another tool is not an edit we judge (the matcher sends only these); an editing tool without its path is input we cannot judge.
    const field = EDIT_TOOLS[tool];
    if (!field)
        return null;
    const filePath = toolInput[field];
    if (typeof filePath !== 'string' || filePath === '')
        throw new Error(`the ${tool || 'edit'} payload has no tool_input.${field} (a non-empty string); expected Claude Code's PreToolUse payload`);
    if (input.cwd !== undefined && (typeof input.cwd !== 'string' || !isAbsolute(input.cwd)))
        throw new Error(`the payload's cwd ${JSON.stringify(input.cwd)} is not an absolute path`);
    const cwd = typeof input.cwd === 'string' ? input.cwd : fallbackCwd;
    return { cwd, toolName: tool, filePath };
}
/**
 * Under --block, an edit the hook cannot judge is denied (fail closed), with the reason: a hook that lets
 * through what it could not check is no guard. Claude Code shows the reason to the agent.
 */
function cannotJudgeOutput(why) {
    const reason = `agent-orchestrator check-path (--block) cannot judge this edit, so it is denied: ${why}. Edit files inside this repository, from inside it; if this is wrong, tell the overseer (\`npx orchestrator events raise-blocker\`).`;
    return JSON.stringify({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason },
        systemMessage: `check-path: edit denied, cannot judge it (${why})`,
    });
}
function formatRanges(ranges) {
    return ranges
        .map((r) => (r.end < r.start ? `lines removed after ${r.end}` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
        .join(', ');
}
/** How old the data is, for a person or an agent: "fetched 3 min ago (2026-…Z)". */
function describeAge(result) {
    const s = result.data.ageSeconds;
    const ago = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
    return result.data.fetchedAt
        ? `branches fetched ${ago} ago (${result.data.fetchedAt})`
        : `never fetched by check-path; cache built ${ago} ago (${result.data.builtAt})`;
}
/** One line per sibling that touched the path. */
function describeHits(answer) {
    return answer.siblings.map((h) => `${h.branch} (${h.role}, at ${h.tip.slice(0, 12)}): ${h.binary ? 'binary file changed' : h.ranges.length ? `lines ${formatRanges(h.ranges)}` : 'changed (no lines: mode or empty file)'}`);
}
/**
 * The hook's stdout: Claude Code reads JSON on exit 0. A warning is
 * `hookSpecificOutput.additionalContext` (given to the agent before the tool
 * runs; the edit goes ahead under the normal permission rules) plus a
 * `systemMessage` for the person; `--block` answers `permissionDecision:
 * "deny"` with the reason, which Claude Code shows to the agent.
 */
function hookOutput(result, answer, block, remote, drift) {
    const scope = drift
        ? [
            `agent-orchestrator: ${drift}, outside the paths of your tasks.`,
            'If the change belongs to your task, go ahead; if not, leave it to its owner or tell the overseer (`npx orchestrator events raise-blocker`).',
        ]
        : [];
    if (answer.siblings.length === 0) {
        // Scope drift alone: a note for the agent, never a denial (role-ci is where scope.mode: fail fails).
        const specific = { hookEventName: 'PreToolUse', additionalContext: scope.join('\n') };
        return JSON.stringify({ hookSpecificOutput: specific, systemMessage: `check-path: ${answer.path} is outside the agent's tasks` });
    }
    const lines = [
        `agent-orchestrator: ${answer.path} was also changed by ${answer.siblings.length === 1 ? 'a sibling' : `${answer.siblings.length} siblings`} of ${result.caller.branch} since your branches diverged:`,
        ...describeHits(answer).map((l) => `- ${l}`),
        `Data: ${describeAge(result)}.`,
        "To coordinate: keep your change away from those lines if you can; if you need the sibling's change, merge it first" +
            ` (git fetch ${remote} && git merge ${remote}/${answer.siblings[0].branch}); run \`npx orchestrator check-conflicts\` to see whether the branches conflict;` +
            ' and tell the overseer which file you both change (e.g. `npx orchestrator events raise-blocker`).',
        ...scope,
    ];
    const text = lines.join('\n');
    const short = `check-path: ${answer.path} also changed on ${answer.siblings.map((h) => h.branch).join(', ')}`;
    const specific = block
        ? { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: text }
        : { hookEventName: 'PreToolUse', additionalContext: text };
    return JSON.stringify({ hookSpecificOutput: specific, systemMessage: short });
}

;// CONCATENATED MODULE: ./shared/agents/settings-file.ts



/**
 * Merges our rules into a Claude Code settings file without taking anything
 * of the person's: every other key and every rule they wrote stays, in their
 * order; our rules follow, sorted. Rules we wrote before (`previous`) and no
 * longer want are removed; nothing else is. The result is canonical (2-space
 * JSON, final newline), so a re-run with the same rules writes the same bytes.
 * With `hook`, our PreToolUse hook joins the person's hooks the same way.
 */
function mergeSettings(existing, ours, previous, file, hook = null, usageHook = null, brief = null) {
    let settings = {};
    if (existing !== null && existing.trim() !== '') {
        try {
            settings = JSON.parse(existing);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)} is not valid JSON (${error.message}): fix or move it; nothing was written`);
        }
        if (!settings || typeof settings !== 'object' || Array.isArray(settings))
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)} is not a JSON object: fix or move it; nothing was written`);
    }
    const permissions = (settings.permissions ?? {});
    if (typeof permissions !== 'object' || Array.isArray(permissions))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "permissions" is not an object; nothing was written`);
    const merged = { ...permissions };
    for (const key of ['allow', 'deny']) {
        const theirs = permissions[key] === undefined ? [] : permissions[key];
        if (!Array.isArray(theirs) || theirs.some((r) => typeof r !== 'string'))
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "permissions.${key}" is not a list of rules; nothing was written`);
        const stale = new Set(previous?.[key] ?? []);
        const wanted = new Set(ours[key]);
        const kept = theirs.filter((r) => !wanted.has(r) && !stale.has(r));
        merged[key] = [...kept, ...ours[key]];
    }
    let mergedHooks = hook ? mergeHook(settings.hooks, hook, file) : settings.hooks;
    if (usageHook)
        for (const event of USAGE_HOOK_EVENTS)
            mergedHooks = mergeEventHook(mergedHooks, event, usageHook, file);
    if (brief)
        mergedHooks = mergeBriefHooks(mergedHooks, brief, file);
    const hooks = hook || usageHook || brief ? { hooks: mergedHooks } : {};
    return `${JSON.stringify({ ...settings, permissions: merged, ...hooks }, null, 2)}\n`;
}
/** Our brief hook: `orchestrator agents brief --hook`, however the CLI is started. */
const OUR_BRIEF_HOOK = /\bagents brief --hook\b/;
/** The events the brief answers: a new (or resumed, cleared, compacted) session, and every prompt. */
const BRIEF_EVENTS = ['SessionStart', 'UserPromptSubmit'];
/**
 * Our brief entry under SessionStart and UserPromptSubmit (no matcher: every source, every prompt), replaced where
 * it stands; the person's entries stay. Claude Code and Codex read the same `hooks` object (settings, hooks.json).
 */
function mergeBriefHooks(existing, command, file) {
    if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks" is not an object; nothing was written`);
    const hooks = { ...(existing ?? {}) };
    for (const event of BRIEF_EVENTS) {
        const list = hooks[event] ?? [];
        if (!Array.isArray(list))
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks.${event}" is not a list; nothing was written`);
        const entry = { hooks: [{ type: 'command', command, timeout: 10 }] };
        const ours = (e) => Array.isArray(e?.hooks) &&
            e.hooks.some((h) => typeof h?.command === 'string' && OUR_BRIEF_HOOK.test(h.command));
        const at = list.findIndex(ours);
        hooks[event] = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e));
    }
    return hooks;
}
/** Codex's `.codex/hooks.json` with our brief hooks merged in (same wire format as Claude Code's settings). */
function mergeCodexHooks(existing, command, file) {
    let doc = {};
    if (existing !== null && existing.trim() !== '') {
        try {
            doc = JSON.parse(existing);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)} is not valid JSON (${error.message}): fix or move it; nothing was written`);
        }
        if (!doc || typeof doc !== 'object' || Array.isArray(doc))
            throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)} is not a JSON object: fix or move it; nothing was written`);
    }
    return `${JSON.stringify({ ...doc, hooks: mergeBriefHooks(doc.hooks, command, file) }, null, 2)}\n`;
}
const CHECK_PATH_HOOK = {
    matcher: EDIT_TOOL_MATCHER,
    command: '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/orchestrator-hook',
};
/** Ours is the entry whose command runs our hook; it is replaced where it stands, the person's entries stay. */
const OUR_HOOK = /\borchestrator-hook\b|\bcheck-path --hook\b/;
/** The commands of our hook entries in a settings text (none when it is not JSON or has no hooks of ours). */
function ourHookCommands(text) {
    let settings;
    try {
        settings = JSON.parse(text ?? 'null');
    }
    catch {
        return [];
    }
    const list = settings?.hooks?.PreToolUse;
    if (!Array.isArray(list))
        return [];
    return list
        .flatMap((e) => Array.isArray(e?.hooks) ? e.hooks : [])
        .map((h) => h?.command)
        .filter((c) => typeof c === 'string' && OUR_HOOK.test(c));
}
function mergeHook(existing, hook, file) {
    if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks" is not an object; nothing was written`);
    const hooks = { ...(existing ?? {}) };
    const list = hooks.PreToolUse ?? [];
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks.PreToolUse" is not a list; nothing was written`);
    const entry = { matcher: hook.matcher, hooks: [{ type: 'command', command: hook.command, timeout: 10 }] };
    const ours = (e) => Array.isArray(e?.hooks) &&
        e.hooks.some((h) => typeof h?.command === 'string' && OUR_HOOK.test(h.command));
    const at = list.findIndex(ours);
    hooks.PreToolUse = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e));
    return hooks;
}
/** The hook events after which `agents record-usage` reads the session's transcript (both: a session cut short has no Stop). */
const USAGE_HOOK_EVENTS = ['Stop', 'SessionEnd'];
/** The usage hook: the CLI's `agents record-usage`, as the CLI was started (default: the project's node_modules). */
const USAGE_HOOK_COMMAND = '"$CLAUDE_PROJECT_DIR"/node_modules/.bin/orchestrator agents record-usage';
const OUR_USAGE_HOOK = /\bagents record-usage\b/;
/** Our entry of a matcher-less hook event (Stop, SessionEnd) replaced where it stands, or added; the person's entries stay. */
function mergeEventHook(existing, event, command, file) {
    if (existing !== undefined && (typeof existing !== 'object' || existing === null || Array.isArray(existing)))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks" is not an object; nothing was written`);
    const hooks = { ...(existing ?? {}) };
    const list = hooks[event] ?? [];
    if (!Array.isArray(list))
        throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(file)}: "hooks.${event}" is not a list; nothing was written`);
    const entry = { hooks: [{ type: 'command', command, timeout: 30 }] };
    const ours = (e) => Array.isArray(e?.hooks) &&
        e.hooks.some((h) => typeof h?.command === 'string' && OUR_USAGE_HOOK.test(h.command));
    const at = list.findIndex(ours);
    hooks[event] = at < 0 ? [...list, entry] : list.filter((e, i) => i === at || !ours(e)).map((e) => (ours(e) ? entry : e));
    return hooks;
}
const GUIDE_BEGIN = '<!-- agent-orchestrator:begin (generated by orchestrator agents setup; edit outside these markers) -->';
const GUIDE_END = '<!-- agent-orchestrator:end -->';
/** `text` with our section between the markers replaced (or appended); the rest of the file stays byte for byte. */
function mergeGuide(existing, section) {
    const block = `${GUIDE_BEGIN}\n${section.trim()}\n${GUIDE_END}\n`;
    if (existing === null || existing === '')
        return block;
    const start = existing.indexOf(GUIDE_BEGIN);
    const end = existing.indexOf(GUIDE_END);
    if (start >= 0 && end > start)
        return existing.slice(0, start) + block + existing.slice(end + GUIDE_END.length).replace(/^\n/, '');
    return `${existing}${existing.endsWith('\n') ? '' : '\n'}\n${block}`;
}

;// CONCATENATED MODULE: ./shared/agents/agent-files.ts






/** Our PreToolUse hook entry for these files: the command as the CLI was started, denying with `--block`. */
function claudeHook(input) {
    const command = input.hookCommand ?? CHECK_PATH_HOOK.command;
    return { ...CHECK_PATH_HOOK, command: input.blockingHook ? `${command} --block` : command };
}
/** The brief hook (`agents brief --hook`), started the way the PreToolUse hook is. */
function briefCommand(input) {
    return (0,cli_invocation/* briefHookCommand */.vL)(input.hookCommand ?? CHECK_PATH_HOOK.command);
}
/**
 * Every file one agent kind reads for one role, with its new text merged
 * into what is there: permission settings (Claude Code's JSON, Codex's rules
 * file) and the guide section. Pure: the caller decides where it is written.
 */
function agentFiles(input) {
    const files = [];
    const plan = (path, make) => {
        const before = input.read(path);
        const after = make(before);
        files.push({ path, changed: before !== after, before, after });
    };
    const local = input.role === 'implementor';
    if (input.agent === 'claude') {
        const settings = local ? '.claude/settings.local.json' : '.claude/settings.json';
        // With the PreToolUse hook that runs check-path before each edit, the usage hooks after each turn, and
        // the brief at each session and prompt.
        plan(settings, (before) => mergeSettings(before, input.rules, input.previous, settings, claudeHook(input), input.usageHookCommand ?? USAGE_HOOK_COMMAND, briefCommand(input)));
    }
    if (input.agent === 'codex') {
        const path = codexRulesPath(input.role);
        plan(path, (before) => {
            // The whole file is ours; one a person wrote under our name is not overwritten.
            if (before !== null && before.trim() !== '' && !before.startsWith(CODEX_RULES_HEADER))
                throw new errors/* InputError */.dz(`${(0,quote/* quotePath */.WG)(path)} exists and was not written by agents setup: move your rules to another .rules file; nothing was written`);
            return renderCodexRules(codexPrefixRules(input.rules, input.remote), input.role, input.spec);
        });
        // Codex reads hooks from .codex/hooks.json only (no local variant): the brief's command is the same for every role.
        plan('.codex/hooks.json', (before) => mergeCodexHooks(before, briefCommand(input), '.codex/hooks.json'));
    }
    plan(guideFile(input.agent, input.role), (before) => mergeGuide(before, guideSection({
        role: input.role,
        branch: input.branch,
        spec: input.spec,
        rules: input.rules,
        integration: input.integration,
        agent: input.agent,
    })));
    return files;
}

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
    const rules = roleRules(options.config, 'overseer', options.configPath, integration);
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
    const plan = (agent, read) => agentFiles({
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

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 38 modules
var open_workspace = __webpack_require__(1510);
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


/***/ }),

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ rawDates),
/* harmony export */   YK: () => (/* binding */ topoParents),
/* harmony export */   ZQ: () => (/* binding */ commitParents),
/* harmony export */   d9: () => (/* binding */ writeCommitGraph),
/* harmony export */   eg: () => (/* binding */ logBytes),
/* harmony export */   hZ: () => (/* binding */ octopusMergeBase),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   nT: () => (/* binding */ leftRightCount),
/* harmony export */   v6: () => (/* binding */ firstParentLine)
/* harmony export */ });
/** Walking commits: rev-list, merge bases of many tips, log messages. */
/** `rev-list --left-right --count` of a symmetric range (`a...b`): "<ahead>\t<behind>". */
async function leftRightCount(git, range) {
    return git.run(['rev-list', '--left-right', '--count', '--end-of-options', range]);
}
/** The first best common ancestor of all the tips, or null when they share none. */
async function octopusMergeBase(git, tips) {
    const r = await git.exec(['merge-base', '--octopus', ...tips], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] || null : null;
}
/** `rev-list --topo-order --parents` of the revisions given on stdin (`<tip>` or `^<excluded>` lines): "<id> <parent>..." lines. */
async function topoParents(git, input) {
    return git.run(['rev-list', '--topo-order', '--parents', '--stdin'], { input });
}
/** Each commit of `range` with its parents (`[id, ...parents]`), newest first; null when git cannot walk the range. */
async function commitParents(git, range) {
    const r = await git.exec(['rev-list', '--parents', range], { allowedExitCodes: [0, 128] });
    if (r.exitCode !== 0)
        return null;
    return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' '));
}
/** The commits `from..to` along first parents, oldest first. */
async function firstParentLine(git, from, to) {
    return (await git.run(['rev-list', '--first-parent', '--reverse', `${from}..${to}`])).split('\n').filter(Boolean);
}
function logArgs(o) {
    const reverse = o.reverse ? ['--reverse'] : [];
    const max = o.maxCount === undefined ? [] : [`--max-count=${o.maxCount}`];
    return ['log', ...reverse, ...max, '--no-color', `--format=${o.format}`, ...o.range, '--'];
}
/** `git log` formatted, as text (trailing newline removed). */
async function logText(git, options) {
    return git.run(logArgs(options));
}
/** `git log` formatted, as bytes. */
async function logBytes(git, options) {
    return (await git.execBuffer(logArgs(options))).stdout;
}
/** The author and committer dates of a commit, raw (`<seconds> <zone>`), on two lines. */
async function rawDates(git, commit) {
    return git.run(['log', '-1', '--format=%ad%n%cd', '--date=raw', commit]);
}
/** Writes a commit-graph of every reachable commit, so that later walks read it instead of the objects. */
async function writeCommitGraph(git) {
    await git.run(['commit-graph', 'write', '--reachable', '--no-progress']);
}


/***/ }),

/***/ 5354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ setIndexEntry),
/* harmony export */   Nz: () => (/* binding */ checkoutIndex),
/* harmony export */   Qh: () => (/* binding */ indexChangesFrom),
/* harmony export */   SC: () => (/* binding */ commitTree),
/* harmony export */   WM: () => (/* binding */ writeTree),
/* harmony export */   Zc: () => (/* binding */ readTree),
/* harmony export */   rz: () => (/* binding */ removeIndexEntry),
/* harmony export */   uE: () => (/* binding */ commitMergeTree),
/* harmony export */   wV: () => (/* binding */ stageWorkTree)
/* harmony export */ });
/** Loads `treeish` into the index (`--end-of-options` when the name comes from elsewhere). */
async function readTree(git, treeish, env, options = {}) {
    if (options.endOfOptions)
        await git.exec(['read-tree', '--end-of-options', treeish], { env });
    else
        await git.run(['read-tree', treeish], { env });
}
/** Puts `blob` at `path` with `mode` (`add`: the path may be new to the index). */
async function setIndexEntry(git, entry, env) {
    await git.run(['update-index', ...(entry.add ? ['--add'] : []), '--cacheinfo', `${entry.mode},${entry.blob},${entry.path}`], { env });
}
/** The tree the index holds, written to the object store. */
async function writeTree(git, env) {
    return git.run(['write-tree'], { env });
}
/** A commit of `tree` on `parent`; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
async function commitTree(git, tree, parent, message, env) {
    return git.run(['commit-tree', tree, '-p', parent, '-m', message], { env });
}
/** Writes every file of the index into the work tree `env` names (run from `cwd`). */
async function checkoutIndex(git, env, cwd) {
    await git.exec(['checkout-index', '--all', '--force'], { env, cwd });
}
/** Stages every file of the work tree `env` names (`add -A`, its ignore rules apply), run from `cwd` (that work tree). */
async function stageWorkTree(git, env, cwd) {
    await git.run(['add', '-A', '--', '.'], { env, cwd });
}
/** The paths (NUL-separated, raw bytes as latin1) where the index differs from `tree`, renames not followed. */
async function indexChangesFrom(git, tree, env) {
    const out = await git.execBuffer(['diff-index', '--cached', '--no-renames', '--name-only', '-z', tree, '--'], { env });
    return out.stdout
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '');
}
/** A merge commit of `tree` with `parents` in that order; names and dates come from `env` (GIT_AUTHOR_*, GIT_COMMITTER_*). */
async function commitMergeTree(git, tree, parents, message, env) {
    return git.run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], { env });
}
/** Removes `path` from the index (a resolution that deletes the file). */
async function removeIndexEntry(git, path, env) {
    await git.run(['update-index', '--force-remove', '--', path], { env });
}


/***/ }),

/***/ 6225:
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

/***/ 3818:
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

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseTasks)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var lines = __webpack_require__(3818);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(5747);
// EXTERNAL MODULE: ./shared/tasks/id-list.ts
var id_list = __webpack_require__(6225);
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

/***/ 5747:
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


/***/ })

};
