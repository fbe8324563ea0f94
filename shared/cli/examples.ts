/**
 * Examples for each command's --help: the arguments after the CLI's name and
 * what they do. A test parses every one with the command's own options, so an
 * example cannot name an option that does not exist.
 */
export interface CommandExample {
  args: string
  says: string
}

export const COMMAND_EXAMPLES: Readonly<Record<string, readonly CommandExample[]>> = {
  demo: [{ args: 'demo --keep', says: 'Run the whole loop offline and keep the folder to look around in.' }],
  'init-feature': [
    { args: 'init-feature 004-user-auth --implementors 3', says: 'The overseer branch and impl-1..3 for specs/004-user-auth/.' },
    {
      args: 'init-feature 004-user-auth --agents claude --dry-run',
      says: 'Show the branches and the shared Claude Code files it would commit.',
    },
  ],
  'detect-conflicts': [
    { args: 'check-conflicts', says: "Scan this checkout's feature: every implementor against the others and its overseer." },
    {
      args: "check-conflicts --branches '**' --no-fail-on-conflict --json",
      says: 'Every agent branch of every feature, as JSON, exit 0 even when pairs conflict.',
    },
  ],
  'sync-status': [
    { args: 'sync-status', says: 'Record the task progress of the branch checked out here.' },
    { args: 'sync-status --all --dry-run', says: 'Show what every agent branch would tick, recording nothing.' },
  ],
  'role-ci': [
    { args: 'run-tests', says: "Guard this branch's role, then run the checks that fit it." },
    { args: 'run-tests --guard-only --conflict-check false', says: 'Only the role guard, without the conflict check.' },
  ],
  'open-pr': [{ args: 'open-pr --draft', says: 'Open (or update) the pull request of this implementor branch as a draft.' }],
  plan: [
    { args: 'plan 004-user-auth', says: "Show the waves and each implementor's tasks." },
    { args: 'plan 004-user-auth --apply', says: 'Record the assignment (task-assigned events) and owner comments in tasks.md.' },
  ],
  'integrate-order': [
    { args: 'integrate-order 004-user-auth', says: 'The order in which to merge the implementor pull requests into the overseer.' },
  ],
  hooks: [{ args: 'hooks install', says: 'Record task progress for every branch this clone pushes.' }],
  agents: [
    { args: 'agents setup --agent claude', says: "Write this agent's Claude Code rules and guide for its role." },
    { args: 'agents setup --agent codex --dry-run', says: 'Show the Codex rules and guide it would write.' },
  ],
  'check-path': [
    { args: 'check-path src/auth/login.ts', says: 'Which sibling branches changed this file since the merge base, and which lines.' },
    { args: 'check-path --fetch src/auth/login.ts src/auth/session.ts', says: "Fetch the feature's branches first, then answer." },
  ],
  dashboard: [{ args: 'dashboard --open', says: 'Render the web dashboard from the current state and open it.' }],
  'events add-feature': [{ args: "events add-feature 004-user-auth 'User authentication'", says: 'Register a feature by hand.' }],
  'events log': [
    { args: 'events log note --data \'{"text":"waiting for the schema"}\'', says: 'Record an event of any kind with its payload.' },
  ],
  'events recent': [{ args: 'events recent 50 --feature 004-user-auth', says: 'The 50 newest events of one feature.' }],
  'events status': [{ args: 'events status 004-user-auth', says: 'Tasks, agents, open conflicts, tests, pull requests and blockers.' }],
  'events log-conflict': [
    {
      args: "events log-conflict --left feature/004-user-auth/impl-1 --right feature/004-user-auth/impl-2 --reason 'both change the session format'",
      says: 'Record a semantic conflict a scan cannot see.',
    },
  ],
  'events resolve-conflict': [{ args: 'events resolve-conflict C3', says: 'Mark conflict C3 (as events status shows it) resolved.' }],
  'events raise-blocker': [
    { args: "events raise-blocker db-schema 'waiting for the migration'", says: 'Record a blocker for this agent.' },
  ],
  'events clear-blocker': [{ args: "events clear-blocker db-schema --note 'migration merged'", says: 'Clear it, saying how.' }],
  'events export': [
    { args: 'events export 004-user-auth report.md', says: 'A markdown report of one feature.' },
    { args: 'events export --format sqlite events.db', says: 'The whole log as a SQLite database.' },
  ],
  'events sql': [{ args: "events sql 'select kind, count(*) from events group by kind'", says: 'One read-only query over the log.' }],
  'events import': [
    { args: 'events import --from-sqlite old-orchestrator.db', says: 'Import a history: good rows in, bad rows named (exit 2).' },
    { args: 'events import --from-sqlite old-orchestrator.db --strict', says: 'All rows or none.' },
  ],
  'events log-usage': [
    {
      args: 'events log-usage --tokens-in 12000 --tokens-out 3400 --cost-usd 0.42 --model gpt-5-codex --task T012',
      says: "Record what another agent's session used, for this checkout's agent branch and task T012.",
    },
  ],
  metrics: [
    { args: 'metrics', says: 'Lead times, cycle times, pass rates and cost per done task for every feature, from the log alone.' },
    { args: 'metrics --feature 004-user-auth --since 2026-03-01 --json', says: 'One feature, since a day, as JSON.' },
  ],
  'conflicts brief': [
    {
      args: 'conflicts brief c1a2b3c4d',
      says: 'Hunks (base, ours, theirs), tasks, who rebases onto whom and the commands, for one conflict.',
    },
    {
      args: 'conflicts brief feature/004-user-auth/impl-1 feature/004-user-auth/impl-2 --json',
      says: 'The same for a branch pair, as JSON.',
    },
  ],
  'events verify': [{ args: 'events verify', says: 'Check projection.json and every view against a full rebuild.' }],
}
