/**
 * Who may change whose facts: the one table the `events` commands check and
 * `agents setup` derives its allow list from (the README's "Who may change
 * what" says the same). A caller is the role its checkout resolves to (flag,
 * branch, role file); no role is a person, who may do anything, as may the
 * overseer. An implementor may write only facts about itself.
 *
 * `own`: allowed when the fact is the implementor's own (the rule says which);
 * `never`: refused. Commands not in the table are free for every role.
 */
export type Authority = 'own' | 'never'

export interface AuthorityRule {
  /** The command as the CLI names it, e.g. `events clear-blocker`. */
  command: string
  implementor: Authority
  /** The rule in words, quoted in the refusal. */
  rule: string
}

export const AUTHORITY_RULES: readonly AuthorityRule[] = [
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
]

/** The event kinds an implementor may record with `events log`, for its own branch. */
export const IMPLEMENTOR_LOG_KINDS: readonly string[] = ['task-updated', 'test-result', 'blocker-raised', 'agent-usage']

/** The rule of a command, if it has one. */
export function authorityRule(command: string): AuthorityRule | undefined {
  return AUTHORITY_RULES.find((r) => r.command === command)
}

/**
 * The CLI commands `agents setup` pre-approves for an implementor: those no
 * rule can refuse it. The rest (and `init-feature`, `plan`, which shape the
 * whole feature) ask first. The overseer's list is every command.
 */
export const IMPLEMENTOR_COMMANDS: readonly string[] = [
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
]

/** The commands a role may run without asking, as command words (empty list: every command). */
export function preApprovedCommands(role: 'overseer' | 'implementor'): readonly string[] | null {
  return role === 'implementor' ? IMPLEMENTOR_COMMANDS : null
}
