/**
 * The SQLite schema of `events export --format sqlite`: the original system's
 * tables and views, filled from the event log. One definition serves the DDL
 * and the README's column reference (`npm run generate`), so they cannot drift.
 */

export interface ColumnDef {
  name: string
  type: 'TEXT' | 'INTEGER'
  description: string
}

export interface TableDef {
  name: string
  description: string
  columns: readonly ColumnDef[]
  primaryKey: readonly string[]
}

export interface ViewDef {
  name: string
  description: string
  columns: readonly Omit<ColumnDef, 'type'>[]
  select: string
}

const col = (name: string, type: ColumnDef['type'], description: string): ColumnDef => ({ name, type, description })
const FEATURE = col('feature', 'TEXT', 'Spec id of the feature, e.g. 004-user-auth.')

export const TABLES: readonly TableDef[] = [
  {
    name: 'features',
    description: 'One row per feature that has events.',
    primaryKey: ['spec'],
    columns: [
      col('spec', 'TEXT', 'Spec id.'),
      col('name', 'TEXT', 'Human title (NULL when the feature was never registered).'),
      col('base_branch', 'TEXT', 'Branch the agent branches started from.'),
      col('tasks_file', 'TEXT', 'Path of tasks.md in the repository.'),
      col('registered_at', 'TEXT', 'Time of the latest registration (ISO 8601, UTC).'),
      col('event_count', 'INTEGER', 'Events recorded for the feature.'),
    ],
  },
  {
    name: 'agents',
    description: 'One row per agent branch of a feature.',
    primaryKey: ['feature', 'branch'],
    columns: [
      FEATURE,
      col('branch', 'TEXT', 'The agent branch.'),
      col('role', 'TEXT', 'overseer or implementor.'),
      col('agent_index', 'INTEGER', 'n of impl-n (NULL for the overseer).'),
      col('assigned_at', 'TEXT', 'Time of the assignment.'),
      col('last_activity', 'TEXT', 'Time of the newest event that names the branch.'),
    ],
  },
  {
    name: 'tasks',
    description: 'Every task of a feature (registered or reported by a commit) with its latest state.',
    primaryKey: ['feature', 'task_id'],
    columns: [
      FEATURE,
      col('task_id', 'TEXT', 'T012.'),
      col('phase', 'TEXT', 'Phase heading of tasks.md.'),
      col('description', 'TEXT', 'Task text.'),
      col('state', 'TEXT', 'open, in-progress or done.'),
      col('agent', 'TEXT', 'Branch whose commit last changed the state.'),
      col('commit_sha', 'TEXT', 'That commit.'),
      col('updated_at', 'TEXT', 'Time of that change (NULL while open and never mentioned).'),
      col('owner', 'TEXT', 'Agent branch the plan assigned the task to (`plan --apply`; NULL when no plan assigned it).'),
      col('wave', 'INTEGER', "The plan's wave of the task, 1 for the first (NULL when no plan recorded one)."),
    ],
  },
  {
    name: 'task_events',
    description: 'The event log: one row per event of every kind (the original system kept its events in this table).',
    primaryKey: ['key'],
    columns: [
      col('key', 'TEXT', 'Idempotency key (sha256 of the fact).'),
      col('time', 'TEXT', 'When it happened.'),
      col('kind', 'TEXT', 'Event kind, e.g. task-updated.'),
      FEATURE,
      col('actor', 'TEXT', "Who recorded it (the workflow, the agent branch, or the person's git identity)."),
      col('schema_version', 'INTEGER', 'Event format version.'),
      col('occurrence', 'INTEGER', 'Occurrence of a fact that happened before (NULL the first time).'),
      col('agent', 'TEXT', 'The agent branch the event is about, when it names one.'),
      col('task_id', 'TEXT', 'Task id (task-updated).'),
      col('task_state', 'TEXT', 'Task state (task-updated).'),
      col('commit_sha', 'TEXT', 'Commit the event is about, when there is one.'),
      col('summary', 'TEXT', 'One line of text, as in the markdown views.'),
      col('data', 'TEXT', "The kind's payload as JSON (query with json_extract)."),
    ],
  },
  {
    name: 'pull_requests',
    description: 'Latest state of each pull request.',
    primaryKey: ['feature', 'number'],
    columns: [
      FEATURE,
      col('number', 'INTEGER', 'Pull request number.'),
      col('state', 'TEXT', 'opened, updated, merged or closed (the latest pr-updated action).'),
      col('url', 'TEXT', 'Web address.'),
      col('head', 'TEXT', 'Head branch.'),
      col('base', 'TEXT', 'Base branch.'),
      col('title', 'TEXT', 'Title.'),
      col('updated_at', 'TEXT', 'Time of the latest pr-updated event.'),
    ],
  },
  {
    name: 'conflicts',
    description: 'One row per branch pair that ever conflicted, with its current status.',
    primaryKey: ['id'],
    columns: [
      col('id', 'TEXT', 'Conflict id (as `events status` shows it).'),
      FEATURE,
      col('left_branch', 'TEXT', 'First branch of the pair (sorted).'),
      col('right_branch', 'TEXT', 'Second branch of the pair.'),
      col('status', 'TEXT', 'open or resolved.'),
      col('left_sha', 'TEXT', 'Commit of the left side in the latest detection.'),
      col('right_sha', 'TEXT', 'Commit of the right side in the latest detection.'),
      col('file_count', 'INTEGER', 'Conflicting files in the latest detection.'),
      col('files', 'TEXT', 'JSON array of {path, kind, leftRanges, rightRanges}.'),
      col('detected_at', 'TEXT', 'When the open conflict began (open), or the latest detection (resolved).'),
      col('last_seen_at', 'TEXT', 'The latest scan that saw it conflict.'),
      col('resolved_at', 'TEXT', 'Time of the latest resolution (NULL if never).'),
      col('lifetime_seconds', 'INTEGER', 'How long the conflict lived before that resolution.'),
      col(
        'kind',
        'TEXT',
        'text (git reports it), or build / test (a trial: the clean merge fails to build or its tests), in the latest detection.',
      ),
      col('check_name', 'TEXT', 'For build and test conflicts: the trial check that fails on the merge.'),
    ],
  },
  {
    name: 'test_results',
    description: 'Every recorded test-result event (history, not only the latest).',
    primaryKey: ['key'],
    columns: [
      col('key', 'TEXT', 'Event key.'),
      FEATURE,
      col('time', 'TEXT', 'When the run was recorded.'),
      col('role', 'TEXT', 'overseer or implementor.'),
      col('branch', 'TEXT', 'Branch tested (NULL when not recorded).'),
      col('suite', 'TEXT', 'Check or JUnit suite name.'),
      col('passed', 'INTEGER', 'Passed tests.'),
      col('failed', 'INTEGER', 'Failed tests.'),
      col('skipped', 'INTEGER', 'Skipped tests.'),
      col('duration_ms', 'INTEGER', 'Duration in milliseconds.'),
      col('commit_sha', 'TEXT', 'Commit tested.'),
      col('run_url', 'TEXT', 'Workflow run.'),
    ],
  },
  {
    name: 'blockers',
    description: 'One row per blocker id, with its latest raise and clearing.',
    primaryKey: ['feature', 'id'],
    columns: [
      FEATURE,
      col('id', 'TEXT', 'Blocker id.'),
      col('status', 'TEXT', 'open or cleared.'),
      col('agent', 'TEXT', 'The blocked agent.'),
      col('reason', 'TEXT', 'What blocks.'),
      col('raised_at', 'TEXT', 'Time of the latest raise.'),
      col('cleared_at', 'TEXT', 'Time of the latest clearing (NULL if never).'),
      col('note', 'TEXT', 'How it was cleared.'),
    ],
  },
  {
    name: 'scope_drift',
    description: 'One row per file an implementor changed outside the paths of its tasks (role-ci), with its current status.',
    primaryKey: ['feature', 'branch', 'path'],
    columns: [
      FEATURE,
      col('branch', 'TEXT', 'The implementor branch.'),
      col('path', 'TEXT', 'The file (line breaks and control characters written as \\uXXXX).'),
      col('status', 'TEXT', 'open or cleared.'),
      col('tasks', 'TEXT', 'JSON array of {id, agent, how}: the tasks whose paths cover the file and whom they belong to.'),
      col('commit_sha', 'TEXT', 'Commit of the latest run that found it.'),
      col('detected_at', 'TEXT', 'Time of the latest detection.'),
      col('occurrences', 'INTEGER', 'How many times it drifted (after being cleared, it counts again).'),
    ],
  },
  {
    name: 'divergence',
    description: 'Latest ahead/behind measure of each branch against the branch it merges into.',
    primaryKey: ['feature', 'branch', 'against'],
    columns: [
      FEATURE,
      col('branch', 'TEXT', 'The measured branch.'),
      col('against', 'TEXT', 'Its overseer (or the default branch for an overseer).'),
      col('ahead', 'INTEGER', 'Commits on branch not on against.'),
      col('behind', 'INTEGER', 'Commits on against not on branch.'),
      col('sha', 'TEXT', 'Commit of branch measured.'),
      col('measured_at', 'TEXT', 'Time of the measure.'),
    ],
  },
  {
    name: 'predicted_conflicts',
    description:
      "check-path's warnings before an edit: an agent about to change a file a sibling changed (latest per agent, file and sibling).",
    primaryKey: ['feature', 'agent', 'path', 'sibling'],
    columns: [
      FEATURE,
      col('agent', 'TEXT', 'The agent branch about to edit.'),
      col('path', 'TEXT', "The file (git's quoted form when not plain text)."),
      col('sibling', 'TEXT', 'The sibling branch that changed it.'),
      col('sibling_sha', 'TEXT', "The sibling's commit at the latest warning."),
      col('ranges', 'TEXT', "JSON list of the changed lines in the sibling's version ({start, end})."),
      col('warned_at', 'TEXT', 'Time of the latest warning.'),
      col('warnings', 'INTEGER', 'Warnings recorded (one per sibling commit).'),
    ],
  },
  {
    name: 'agent_usage',
    description:
      "What agents' models used, one row per agent-usage event (a stretch of a session, per model). Costs are in millionths of a US dollar (exact sums); a task's share is the row's divided evenly among its tasks.",
    primaryKey: ['key'],
    columns: [
      col('key', 'TEXT', 'Event key.'),
      FEATURE,
      col('recorded_at', 'TEXT', 'Time of the event.'),
      col('agent', 'TEXT', 'The agent branch.'),
      col('session', 'TEXT', 'Session id of the agent tool (or of a hand-logged record).'),
      col('source', 'TEXT', 'claude, codex or manual.'),
      col('model', 'TEXT', 'The model (NULL when not known).'),
      col('tasks', 'TEXT', 'JSON list of the task ids in progress then.'),
      col('input_tokens', 'INTEGER', 'Input tokens (uncached).'),
      col('output_tokens', 'INTEGER', 'Output tokens.'),
      col('cache_creation_tokens', 'INTEGER', 'Input tokens written to the prompt cache.'),
      col('cache_read_tokens', 'INTEGER', 'Input tokens read from the prompt cache.'),
      col('cost_micro_usd', 'INTEGER', 'Cost in millionths of a US dollar.'),
      col('prices_date', 'TEXT', 'Date of the price table used (NULL: the cost was given by hand, or the model had no price).'),
    ],
  },
  {
    name: 'budgets_crossed',
    description: 'Budgets the usage reached: the highest crossed per scope and subject.',
    primaryKey: ['feature', 'scope', 'subject'],
    columns: [
      FEATURE,
      col('scope', 'TEXT', 'feature, agent or task.'),
      col('subject', 'TEXT', 'The feature id, agent branch or task id.'),
      col('budget_micro_usd', 'INTEGER', 'The budget, in millionths of a US dollar.'),
      col('spent_micro_usd', 'INTEGER', 'What was spent when it was crossed.'),
      col('crossed_at', 'TEXT', 'Time it was recorded.'),
    ],
  },
]

/** The latest result of each (feature, role, branch, suite), by time then key: the rule of the projection. */
const LATEST_TESTS = `SELECT *, ROW_NUMBER() OVER (PARTITION BY feature, role, IFNULL(branch, ''), suite ORDER BY time DESC, key DESC) AS rn,
  COUNT(*) OVER (PARTITION BY feature, role, IFNULL(branch, ''), suite) AS runs FROM test_results`

export const VIEWS: readonly ViewDef[] = [
  {
    name: 'v_feature_status',
    description: 'One row per feature: the numbers of `events status`.',
    columns: [
      { name: 'feature', description: 'Spec id.' },
      { name: 'name', description: 'Human title.' },
      { name: 'tasks_total', description: 'Tasks registered or reported.' },
      { name: 'tasks_done', description: 'Tasks done.' },
      { name: 'tasks_in_progress', description: 'Tasks in progress.' },
      { name: 'tasks_open', description: 'Tasks not started.' },
      { name: 'agents', description: 'Agent branches.' },
      { name: 'open_conflicts', description: 'Conflicting pairs now.' },
      { name: 'open_blockers', description: 'Blockers not cleared.' },
      { name: 'open_prs', description: 'Pull requests opened or updated, not merged or closed.' },
      { name: 'failing_suites', description: 'Suites whose latest result has failures.' },
      { name: 'last_event', description: 'Time of the newest event.' },
    ],
    select: `SELECT f.spec AS feature, f.name AS name,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec) AS tasks_total,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'done') AS tasks_done,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'in-progress') AS tasks_in_progress,
  (SELECT COUNT(*) FROM tasks t WHERE t.feature = f.spec AND t.state = 'open') AS tasks_open,
  (SELECT COUNT(*) FROM agents a WHERE a.feature = f.spec) AS agents,
  (SELECT COUNT(*) FROM conflicts c WHERE c.feature = f.spec AND c.status = 'open') AS open_conflicts,
  (SELECT COUNT(*) FROM blockers b WHERE b.feature = f.spec AND b.status = 'open') AS open_blockers,
  (SELECT COUNT(*) FROM pull_requests p WHERE p.feature = f.spec AND p.state IN ('opened', 'updated')) AS open_prs,
  (SELECT COUNT(*) FROM (${LATEST_TESTS}) r WHERE r.feature = f.spec AND r.rn = 1 AND r.failed > 0) AS failing_suites,
  (SELECT MAX(e.time) FROM task_events e WHERE e.feature = f.spec) AS last_event
FROM features f ORDER BY f.spec`,
  },
  {
    name: 'v_recent_events',
    description: 'The 100 newest events, newest first.',
    columns: [
      { name: 'time', description: 'When.' },
      { name: 'feature', description: 'Spec id.' },
      { name: 'kind', description: 'Event kind.' },
      { name: 'actor', description: 'Who recorded it.' },
      { name: 'summary', description: 'One line of text.' },
      { name: 'key', description: 'Event key.' },
    ],
    select: `SELECT time, feature, kind, actor, summary, key FROM task_events ORDER BY time DESC, key DESC LIMIT 100`,
  },
  {
    name: 'v_test_summary',
    description: 'One row per (feature, role, branch, suite): the latest result and how many runs were recorded.',
    columns: [
      { name: 'feature', description: 'Spec id.' },
      { name: 'role', description: 'Role.' },
      { name: 'branch', description: 'Branch (NULL when not recorded).' },
      { name: 'suite', description: 'Suite.' },
      { name: 'passed', description: 'Passed in the latest run.' },
      { name: 'failed', description: 'Failed in the latest run.' },
      { name: 'skipped', description: 'Skipped in the latest run.' },
      { name: 'commit_sha', description: 'Commit of the latest run.' },
      { name: 'last_run_at', description: 'Time of the latest run.' },
      { name: 'runs', description: 'Runs recorded.' },
    ],
    select: `SELECT feature, role, branch, suite, passed, failed, skipped, commit_sha, time AS last_run_at, runs
FROM (${LATEST_TESTS}) WHERE rn = 1 ORDER BY feature, role, IFNULL(branch, ''), suite`,
  },
  {
    name: 'v_agent_cost',
    description: 'One row per (feature, agent branch): tokens and cost summed over its usage, as `events status` shows them.',
    columns: [
      { name: 'feature', description: 'Spec id.' },
      { name: 'agent', description: 'The agent branch.' },
      { name: 'input_tokens', description: 'Input tokens (uncached).' },
      { name: 'output_tokens', description: 'Output tokens.' },
      { name: 'cache_creation_tokens', description: 'Tokens written to the prompt cache.' },
      { name: 'cache_read_tokens', description: 'Tokens read from the prompt cache.' },
      { name: 'cost_micro_usd', description: 'Cost in millionths of a US dollar.' },
      { name: 'records', description: 'Usage records summed.' },
    ],
    select: `SELECT feature, agent, SUM(input_tokens) AS input_tokens, SUM(output_tokens) AS output_tokens,
  SUM(cache_creation_tokens) AS cache_creation_tokens, SUM(cache_read_tokens) AS cache_read_tokens,
  SUM(cost_micro_usd) AS cost_micro_usd, COUNT(*) AS records
FROM agent_usage GROUP BY feature, agent ORDER BY feature, agent`,
  },
]

/** CREATE statements for every table and view, in a fixed order. */
export function schemaSql(): string {
  const tables = TABLES.map(
    (t) =>
      `CREATE TABLE ${t.name} (\n${t.columns.map((c) => `  ${c.name} ${c.type}`).join(',\n')},\n  PRIMARY KEY (${t.primaryKey.join(', ')})\n) WITHOUT ROWID;`,
  )
  const views = VIEWS.map((v) => `CREATE VIEW ${v.name} AS\n${v.select};`)
  return [...tables, ...views].join('\n\n')
}

/** The README's column reference. */
export function schemaMarkdown(): string {
  const out: string[] = []
  for (const t of TABLES) {
    out.push(`**\`${t.name}\`**: ${t.description}`, '', '| Column | Type | Meaning |', '| --- | --- | --- |')
    for (const c of t.columns) out.push(`| \`${c.name}\` | ${c.type} | ${c.description} |`)
    out.push('')
  }
  for (const v of VIEWS) {
    out.push(`**\`${v.name}\`** (view): ${v.description}`, '', '| Column | Meaning |', '| --- | --- |')
    for (const c of v.columns) out.push(`| \`${c.name}\` | ${c.description} |`)
    out.push('')
  }
  return out.join('\n').trim()
}
