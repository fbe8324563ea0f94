import { lstatSync, readFileSync } from 'node:fs'
import { confinePath } from '../confine-path'
import { join } from 'node:path'
import { ConfigurationError, messageOf } from '../errors'
import { BranchNaming, DEFAULT_NAMING, validateNaming } from '../naming/branch-pattern'
import { branchNameProblem } from '../naming/validate'
import { quote, quoteValue } from '../text/quote'
import { parseCommandList, NamedCommand } from './commands'
import { defaultNotificationSettings, parseNotifications, type NotificationSettings } from './notify-settings'
import { defaultScopeSettings, parseScopeSettings, type ScopeSettings } from './scope-settings'
import { defaultUsageSettings, parseUsageSettings, type UsageSettings } from './usage-settings'

export type { NamedCommand } from './commands'

export interface OrchestratorConfig {
  /** Where the configuration came from: a file path, or `defaults`. */
  source: string
  branches: BranchNaming & { integration?: string }
  state: { branch: string }
  tasks: { file: string }
  protectedPaths: string[]
  roles: { implementor: { commands: NamedCommand[] }; overseer: { commands: NamedCommand[] } }
  conflicts: { scope: 'feature' | 'all' }
  /** Pull requests into an overseer branch from a branch that is no agent's (a person's fix). */
  pullRequests: { nonAgentIntoOverseer: 'allow' | 'refuse' }
  notifications: NotificationSettings
  /** Scope drift: an implementor's changes outside the paths its tasks name. */
  scope: ScopeSettings
  /** What agents cost: the price table and the budgets. */
  usage: UsageSettings
}

/** The configuration file's path in the repository: the one place it is spelled. */
export const DEFAULT_CONFIG_PATH = '.github/orchestrator.yml'

export const DEFAULT_PROTECTED_PATHS = [
  '.github/workflows/**',
  '.github/actions/**',
  DEFAULT_CONFIG_PATH,
  '.claude/**',
  'CODEOWNERS',
  '.github/CODEOWNERS',
  'docs/CODEOWNERS',
  '.gitattributes',
]

export function defaultConfig(): OrchestratorConfig {
  return {
    source: 'defaults',
    branches: { ...DEFAULT_NAMING },
    state: { branch: 'orchestrator/state' },
    tasks: { file: 'specs/{spec}/tasks.md' },
    protectedPaths: [...DEFAULT_PROTECTED_PATHS],
    roles: { implementor: { commands: [] }, overseer: { commands: [] } },
    conflicts: { scope: 'feature' },
    pullRequests: { nonAgentIntoOverseer: 'allow' },
    notifications: defaultNotificationSettings(),
    scope: defaultScopeSettings(),
    usage: defaultUsageSettings(),
  }
}

const KNOWN: Record<string, readonly string[]> = {
  '': [
    'version',
    'branches',
    'state',
    'tasks',
    'protected-paths',
    'roles',
    'conflicts',
    'pull-requests',
    'notifications',
    'scope',
    'usage',
  ],
  branches: ['pattern', 'overseer', 'implementor', 'integration'],
  state: ['branch'],
  tasks: ['file'],
  roles: ['implementor', 'overseer'],
  'roles.implementor': ['commands'],
  'roles.overseer': ['commands'],
  conflicts: ['scope'],
  'pull-requests': ['non-agent-into-overseer'],
}

/**
 * Loads DEFAULT_CONFIG_PATH (or `path`) from the work tree at `cwd`; callers go through readConfig. Absent file →
 * defaults (unless the path was given explicitly). Every error names the
 * file, the key and the bad value.
 */
export async function loadConfig(cwd: string, path?: string): Promise<OrchestratorConfig> {
  const rel = path || DEFAULT_CONFIG_PATH
  const file = join(cwd, rel)
  if (!lexists(file)) {
    if (path) throw new ConfigurationError(`config file ${quote(rel)} does not exist (looked in ${cwd})`)
    return defaultConfig()
  }
  // A symlink out of the repository would be read (and its first key echoed in an error): refused unread.
  const real = confinePath(rel, 'config', { cwd, tempDir: cwd }, { mustExist: true })
  return parseConfig(readFileSync(real, 'utf8'), rel)
}

function lexists(path: string): boolean {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

/**
 * The YAML parser is loaded when a file is there to parse: a repository without a config file (the defaults) never
 * loads it, which spares every command of such a repository about 40 ms of start-up.
 */
export async function parseConfig(text: string, where: string): Promise<OrchestratorConfig> {
  const { parseDocument } = await import('yaml')
  const doc = parseDocument(text, { uniqueKeys: true })
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new ConfigurationError(`${where}: not valid YAML: ${e.message.split('\n')[0]}`)
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {}
  } catch (error) {
    // An alias bomb, or anything else the YAML library refuses while building the value.
    throw new ConfigurationError(`${where}: not usable YAML: ${messageOf(error).split('\n')[0]} (alias count is limited to 50)`)
  }
  const config = defaultConfig()
  config.source = where
  const root = object(raw, '', where)
  checkKeys(root, '', where)
  if (root.version !== undefined && root.version !== 1) {
    throw new ConfigurationError(`${where}: version ${quote(String(root.version))} is not supported; expected 1`)
  }
  if (root.branches !== undefined) {
    const b = object(root.branches, 'branches', where)
    checkKeys(b, 'branches', where)
    config.branches.pattern = str(b.pattern, 'branches.pattern', where) ?? config.branches.pattern
    config.branches.overseer = str(b.overseer, 'branches.overseer', where) ?? config.branches.overseer
    config.branches.implementor = str(b.implementor, 'branches.implementor', where) ?? config.branches.implementor
    const integration = str(b.integration, 'branches.integration', where)
    if (integration !== undefined) config.branches.integration = branch(integration, 'branches.integration', where)
    validateNaming(config.branches, where)
  }
  if (root.state !== undefined) {
    const s = object(root.state, 'state', where)
    checkKeys(s, 'state', where)
    const b = str(s.branch, 'state.branch', where)
    if (b !== undefined) config.state.branch = b === 'current' ? b : branch(b, 'state.branch', where)
  }
  if (root.tasks !== undefined) {
    const t = object(root.tasks, 'tasks', where)
    checkKeys(t, 'tasks', where)
    const f = str(t.file, 'tasks.file', where)
    if (f !== undefined) {
      if (!f.includes('{spec}') || f.startsWith('/') || f.split('/').includes('..')) {
        throw new ConfigurationError(
          `${where}: tasks.file ${quote(f)} must be a relative path containing {spec}, e.g. specs/{spec}/tasks.md`,
        )
      }
      config.tasks.file = f
    }
  }
  if (root['protected-paths'] !== undefined) {
    const list = root['protected-paths']
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new ConfigurationError(
        `${where}: protected-paths must be a list of glob patterns (strings), got ${quote(JSON.stringify(list))}`,
      )
    }
    config.protectedPaths = list as string[]
  }
  if (root.roles !== undefined) {
    const r = object(root.roles, 'roles', where)
    checkKeys(r, 'roles', where)
    for (const role of ['implementor', 'overseer'] as const) {
      if (r[role] === undefined) continue
      const o = object(r[role], `roles.${role}`, where)
      checkKeys(o, `roles.${role}`, where)
      if (o.commands !== undefined) config.roles[role].commands = parseCommandList(o.commands, `${where}: roles.${role}.commands`)
    }
  }
  if (root.conflicts !== undefined) {
    const c = object(root.conflicts, 'conflicts', where)
    checkKeys(c, 'conflicts', where)
    const scope = str(c.scope, 'conflicts.scope', where)
    if (scope !== undefined) {
      if (scope !== 'feature' && scope !== 'all')
        throw new ConfigurationError(`${where}: conflicts.scope ${quote(scope)} is not valid; expected feature or all`)
      config.conflicts.scope = scope
    }
  }
  if (root['pull-requests'] !== undefined) {
    const p = object(root['pull-requests'], 'pull-requests', where)
    checkKeys(p, 'pull-requests', where)
    const rule = str(p['non-agent-into-overseer'], 'pull-requests.non-agent-into-overseer', where)
    if (rule !== undefined) {
      if (rule !== 'allow' && rule !== 'refuse')
        throw new ConfigurationError(
          `${where}: pull-requests.non-agent-into-overseer ${quote(rule)} is not valid; expected allow or refuse`,
        )
      config.pullRequests.nonAgentIntoOverseer = rule
    }
  }
  if (root.notifications !== undefined) config.notifications = parseNotifications(root.notifications, where)
  if (root.scope !== undefined) config.scope = parseScopeSettings(root.scope, where)
  if (root.usage !== undefined) config.usage = parseUsageSettings(root.usage, where)
  return config
}

function object(value: unknown, key: string, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError(`${where}: ${key || 'the file'} must be a mapping, got ${quoteValue(value)}`)
  }
  return value as Record<string, unknown>
}

function checkKeys(value: Record<string, unknown>, key: string, where: string): void {
  for (const k of Object.keys(value)) {
    if (!KNOWN[key]?.includes(k)) {
      const at = key ? `${key}.${k}` : k
      throw new ConfigurationError(`${where}: unknown key ${quote(at)}; expected one of ${KNOWN[key]?.join(', ')}`)
    }
  }
}

function str(value: unknown, key: string, where: string): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${where}: ${key} must be a non-empty string, got ${quoteValue(value)}`)
  }
  return value
}

function branch(value: string, key: string, where: string): string {
  const problem = branchNameProblem(value)
  if (problem) throw new ConfigurationError(`${where}: ${key} ${quote(value)} is not a valid branch name: ${problem}`)
  return value
}
