import { ROLE_FILE } from '../naming/role-file'
import { AUTHORITY_RULES } from './authority'
import { TASK_REFERENCE_RULES } from '../tasks'
import type { AgentRole, RoleRules } from './claude-rules'

export type AgentKind = 'claude' | 'codex' | 'generic'

/** A role's refusals in words, for agents (and people) that do not read a permission file. */
export function refusalsInWords(rules: RoleRules): string[] {
  const paths: string[] = []
  const commands: string[] = []
  for (const rule of rules.deny) {
    const edit = /^Edit\(\/(?:\*\*\/)?(.+)\)$/.exec(rule)
    const bash = /^Bash\((.+)\)$/.exec(rule)
    if (edit && !paths.includes(edit[1]!)) paths.push(edit[1]!)
    else if (bash) commands.push(bash[1]!.replace(/ \*$/, ' …').replace(/ \* /g, ' <remote> '))
  }
  return [
    ...(paths.length
      ? [`- Do not edit these paths (any folder, for a name without a slash): ${paths.map((p) => `\`${p}\``).join(', ')}.`]
      : []),
    ...(commands.length ? [`- Do not run: ${commands.map((c) => `\`${c}\``).join(', ')}.`] : []),
  ]
}

/** Where each agent kind reads its guide: shared (committed) for the overseer, local for an implementor. */
export function guideFile(agent: AgentKind, role: AgentRole): string {
  const local = role === 'implementor'
  if (agent === 'claude') return local ? 'CLAUDE.local.md' : 'CLAUDE.md'
  // Codex reads one file per folder, AGENTS.override.md before AGENTS.md: the section says to read the other too.
  if (agent === 'codex') return local ? 'AGENTS.override.md' : 'AGENTS.md'
  return local ? 'AGENTS.local.md' : 'AGENTS.md'
}

export interface GuideFacts {
  role: AgentRole
  branch: string | null
  spec: string | null
  rules: RoleRules
  integration: string
  agent: AgentKind
}

/**
 * The agent-facing section: the role, the branch, how to name tasks in commits, what to run, what the guard forbids.
 * An implementor's is local (git-excluded) and names its role and branch. The overseer's is the shared, committed
 * one that every implementor branch inherits, so it says only what is true on every branch of the feature.
 */
export function guideSection(f: GuideFacts): string {
  const shared = f.role !== 'implementor'
  const feature = f.spec ? ` feature ${f.spec}` : ' this feature'
  const lines = [
    shared ? `## Working on${feature}` : `## Working as the implementor${f.spec ? ` of feature ${f.spec}` : ''}`,
    '',
    ...(shared
      ? [
          `Each agent of${feature} works on its own branch. The overseer integrates: it merges the implementors' pull requests into its branch, then opens its own into \`${f.integration}\`. An implementor works only on its own branch, and its pull request goes into the overseer branch, never anywhere else.`,
          `Your role and branch: \`npx orchestrator agents setup\` in your clone writes them to \`${ROLE_FILE}\`, and an implementor's own section to its local guide (\`${guideFile(f.agent, 'implementor')}\`); where that differs from this one, it wins.`,
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
          `- The orchestrator refuses you (exit 2) what is another's to change: ${AUTHORITY_RULES.map(
            (r) => `\`${r.command}\`: ${r.rule}`,
          ).join('; ')}.`,
        ]
      : []),
    '',
    f.agent === 'generic'
      ? 'Nothing enforces these on your side: the role guard in CI refuses protected paths and wrong pull request targets.'
      : 'Your permission settings refuse these too, but only advisorily (a command can be spelled around them); the role guard in CI enforces the protected paths and pull request targets.',
  ]
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n')
}
