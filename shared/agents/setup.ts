import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { checkedOutBranch } from '../agent-branches'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import type { RunContext } from '../context'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { remoteDefaultBranch } from '../git/remote'
import { parseBranch } from '../naming/branch-pattern'
import { quote } from '../naming/validate'
import { trustedConfig } from '../role-ci/trusted-config'
import { TASK_REFERENCE_RULES } from '../tasks'
import { roleRules, type AgentRole, type RoleRules } from './claude-rules'
import { CHECK_PATH_HOOK, GUIDE_BEGIN, mergeGuide, mergeSettings } from './settings-file'

export type AgentKind = 'claude' | 'generic'

export interface AgentsSetupOptions {
  role?: AgentRole
  agent: AgentKind
  remote: string
  configPath?: string
  dryRun: boolean
}

export interface AgentsSetupResult {
  role: AgentRole
  branch: string | null
  spec: string | null
  rules: RoleRules
  /** Every file looked at: written (or would be, in a dry run), or unchanged. */
  files: Array<{ path: string; changed: boolean; before: string | null; after: string }>
}

/** The local role file (git-excluded): what `agents setup` found, for the CLI when the branch does not tell. */
export const ROLE_FILE = '.orchestrator/agent.local'

/**
 * Writes the agent's side of a role: its permission settings (Claude Code) and
 * the section of its guide, merged into what a person wrote, plus the local
 * role file. An implementor's files are local and git-excluded (its branch
 * must not change `.claude/**`); the overseer's are the shared ones, to be
 * committed on the overseer branch before implementor branches are cut. The
 * rules come from the configuration on a trusted commit (never this work tree).
 */
export async function setupAgents(options: AgentsSetupOptions, ctx: RunContext): Promise<AgentsSetupResult> {
  const git = await Git.open(ctx.cwd)
  const branch = await checkedOutBranch(git)
  const trusted = await trustedConfig({
    git,
    remote: options.remote,
    path: options.configPath,
    branch: branch ?? undefined,
    logger: ctx.logger,
  })
  const config = trusted.config
  const parsed = branch ? parseBranch(config.branches, branch) : null
  const fromFile = readRoleFile(ctx.cwd)
  const role = options.role ?? parsed?.role ?? fromFile?.role
  if (!role)
    throw new InputError(
      `cannot tell the role: branch ${quote(branch ?? '(detached)')} is not an agent branch and ${ROLE_FILE} names none; pass --role overseer or --role implementor`,
    )
  for (const [what, other] of [
    ['--role', options.role],
    [ROLE_FILE, fromFile?.role],
  ] as const) {
    if (other && parsed && other !== parsed.role)
      throw new InputError(
        `${what} says ${quote(other)} but branch ${quote(branch!)} is an ${parsed.role} branch; they must agree${what === ROLE_FILE ? ` (remove ${ROLE_FILE} if this checkout changed roles)` : ''}`,
      )
  }
  const integration = config.branches.integration ?? (await remoteDefaultBranch(git, options.remote).catch(() => null)) ?? 'main'
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH
  const rules = roleRules(config, role, configPath, integration)
  const local = role === 'implementor'
  const gitPath = async (p: string) => {
    const rel = await git.run(['rev-parse', '--git-path', p])
    return isAbsolute(rel) ? rel : join(ctx.cwd, rel)
  }
  const sidecar = await gitPath('orchestrator/agent-rules.json')
  const previous = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as RoleRules) : null
  const spec = parsed?.spec ?? fromFile?.feature ?? null
  const files: AgentsSetupResult['files'] = []
  const plan = (path: string, make: (before: string | null) => string): void => {
    const full = join(ctx.cwd, path)
    const before = existsSync(full) ? readFileSync(full, 'utf8') : null
    const after = make(before)
    files.push({ path, changed: before !== after, before, after })
  }
  if (options.agent === 'claude') {
    const settings = local ? '.claude/settings.local.json' : '.claude/settings.json'
    plan(settings, (before) => mergeSettings(before, rules, previous, settings, CHECK_PATH_HOOK))
  }
  const guideFile = options.agent === 'claude' ? (local ? 'CLAUDE.local.md' : 'CLAUDE.md') : local ? 'AGENTS.local.md' : 'AGENTS.md'
  plan(guideFile, (before) => mergeGuide(before, guideSection(role, branch, spec, rules, integration)))
  plan(ROLE_FILE, () => `role: ${role}\n${spec ? `feature: ${spec}\n` : ''}${branch && parsed ? `agent: ${branch}\n` : ''}`)
  const exclude = await gitPath('info/exclude')
  const excluded = [ROLE_FILE, ...(local ? files.map((f) => f.path) : [])]
  if (!options.dryRun) {
    for (const f of files.filter((x) => x.changed)) {
      mkdirSync(dirname(join(ctx.cwd, f.path)), { recursive: true })
      writeFileSync(join(ctx.cwd, f.path), f.after)
    }
    mkdirSync(dirname(sidecar), { recursive: true })
    writeFileSync(sidecar, `${JSON.stringify(rules, null, 2)}\n`)
    const current = existsSync(exclude) ? readFileSync(exclude, 'utf8') : ''
    const missing = excluded.map((p) => `/${p}`).filter((p) => !current.split('\n').includes(p))
    if (missing.length) {
      mkdirSync(dirname(exclude), { recursive: true })
      writeFileSync(exclude, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`)
    }
  }
  return { role, branch, spec, rules, files }
}

function readRoleFile(cwd: string): { role?: AgentRole; feature?: string } | null {
  const path = join(cwd, ROLE_FILE)
  if (!existsSync(path)) return null
  const out: { role?: AgentRole; feature?: string } = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^(role|feature):\s*(\S+)\s*$/.exec(line)
    if (!m) continue
    if (m[1] === 'role') {
      if (m[2] !== 'overseer' && m[2] !== 'implementor')
        throw new InputError(`${ROLE_FILE}: role ${quote(m[2]!)} is not overseer or implementor`)
      out.role = m[2]
    } else out.feature = m[2]
  }
  return out
}

/** The agent-facing section: the role, the branch, how to name tasks in commits, what to run, what the guard forbids. */
export function guideSection(role: AgentRole, branch: string | null, spec: string | null, rules: RoleRules, integration: string): string {
  const lines = [
    `## Working as the ${role}${spec ? ` of feature ${spec}` : ''}`,
    '',
    `Your branch: \`${branch ?? '(not an agent branch)'}\`.`,
    role === 'implementor'
      ? 'Work only on your branch; your pull request goes into your overseer branch, never anywhere else.'
      : `You integrate: merge the implementors' pull requests into your branch, then open yours into \`${integration}\`.`,
    '',
    TASK_REFERENCE_RULES.trim().replace(/^### /, '### '),
    '',
    '### Commands',
    '',
    '- Before you start editing files a sibling may touch: `npx orchestrator check-conflicts` (exit 1: a conflict is predicted).',
    '- Before you edit a file: `npx orchestrator check-path <file>` (exit 1: a sibling changed it since your branches diverged; it names the lines). With Claude Code the PreToolUse hook asks for you.',
    '- After you push: `npx orchestrator sync-status` records your task progress.',
    '- Run your checks as CI will: `npx orchestrator run-tests`.',
    '- When your work is ready: `npx orchestrator open-pr` (implementors: into your overseer branch).',
    role === 'overseer' ? '- The order to merge in: `npx orchestrator integrate-order <spec-id>`.' : '',
    '',
    '### What is refused',
    '',
    ...rules.deny.map((r) => `- \`${r}\``),
    '',
    'These settings are advisory (a command can be spelled around them); the role guard in CI enforces the protected paths and pull request targets.',
  ]
  return lines.filter((l, i, all) => !(l === '' && all[i - 1] === '')).join('\n')
}

export { GUIDE_BEGIN }
