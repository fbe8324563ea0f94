import type { OrchestratorConfig } from '../config/config'
import { preApprovedCommands } from './authority'

/**
 * Claude Code permission rules for one role, derived from the configuration.
 * Facts of Claude Code's rule syntax this relies on: a rule is `Tool` or
 * `Tool(specifier)`; deny is evaluated before ask and allow; path rules are
 * consulted for `Edit(...)` and `Read(...)` only (an `Edit` rule covers every
 * tool that writes files; `Write(...)` rules are not consulted); a path that
 * starts with `/` is relative to the project root, `//` is the filesystem
 * root; `*` in a Bash rule matches any characters, spaces included.
 *
 * These rules are advisory: an agent can get around a Bash rule (`git -C .
 * push -f`, an alias). The role guard in CI is what enforces.
 */
export type AgentRole = 'overseer' | 'implementor'

export interface RoleRules {
  allow: string[]
  deny: string[]
}

/** `Edit(...)` specifiers for a protected path glob: root-anchored, and at any depth when the glob has no slash. */
export function editRulesFor(glob: string): string[] {
  const path = glob.replace(/^\/+/, '')
  if (!path) return []
  // A pattern without a slash (CODEOWNERS, .gitattributes) protects that name in every folder.
  return path.includes('/') ? [`Edit(/${path})`] : [`Edit(/${path})`, `Edit(/**/${path})`]
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
]

/** Bash rules that pre-approve our own commands: all of them for the overseer, only those no rule refuses for an implementor. */
function orchestratorRules(role: AgentRole): string[] {
  const commands = preApprovedCommands(role)
  if (!commands) return ['Bash(npx orchestrator *)', 'Bash(orchestrator *)']
  return commands.flatMap((c) => [
    `Bash(npx orchestrator ${c})`,
    `Bash(npx orchestrator ${c} *)`,
    `Bash(orchestrator ${c})`,
    `Bash(orchestrator ${c} *)`,
  ])
}

/**
 * The rules of a role. Implementors: no edit of a protected path (the
 * configuration file included), no destructive git, no merging pull requests,
 * no push to the integration branch. The overseer integrates: it may merge,
 * but not force-push or reset either.
 */
export function roleRules(config: OrchestratorConfig, role: AgentRole, configPath: string, integration: string): RoleRules {
  const deny = [...DESTRUCTIVE_GIT]
  if (role === 'implementor') {
    const protectedPaths = [...new Set([...config.protectedPaths, configPath])]
    deny.push(...protectedPaths.flatMap(editRulesFor))
    deny.push('Bash(gh pr merge *)', `Bash(git push * ${integration})`, `Bash(git push * HEAD:${integration})`)
  }
  return { allow: orchestratorRules(role), deny: [...new Set(deny)].sort() }
}

/** A rule as Claude Code reads it: a tool name, and an optional specifier in parentheses. */
export const RULE_SYNTAX = /^(?:Bash|Edit|Read|WebFetch|WebSearch|Glob|Grep|mcp__[\w-]+)(?:\((?:[^()]|\([^()]*\))+\))?$/
