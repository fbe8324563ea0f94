import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { confineWrite, readConfined, writeConfined } from '../confine-path'
import { checkedOutBranch } from '../agent-branches'
import { DEFAULT_CONFIG_PATH } from '../config/config'
import { readConfig } from '../config/config-source'
import type { RunContext } from '../context'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { gitFile, toplevel } from '../git/refs'
import { remoteDefaultBranch } from '../git/remote'
import { parseBranch } from '../naming/branch-pattern'
import { quote, quotePath } from '../text/quote'
import { roleRules, type AgentRole, type RoleRules } from './claude-rules'
import { agentFiles, claudeHook } from './agent-files'
import { cliHookInvocation, hookInvocation } from '../text/cli-invocation'
import type { AgentKind } from './guide'
import { GUIDE_BEGIN, ourHookCommands } from './settings-file'
import { CLAUDE_ROLE_FILE, formatRoleFile, ROLE_FILE } from '../naming/role-file'
import { describeIdentity, resolveAgentIdentity } from '../naming/role-source'

export type { AgentKind }

export interface AgentsSetupOptions {
  role?: AgentRole
  agent: AgentKind
  remote: string
  configPath?: string
  dryRun: boolean
  /** Claude Code: install the check-path hook so that it denies, not warns. */
  block?: boolean
}

export interface AgentsSetupResult {
  role: AgentRole
  branch: string | null
  spec: string | null
  rules: RoleRules
  /** Every file looked at: written (or would be, in a dry run), or unchanged. */
  files: Array<{ path: string; changed: boolean; before: string | null; after: string }>
}

export { ROLE_FILE }

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
  // The files belong at the checkout's root, wherever in it the command runs.
  const root = await toplevel(git)
  const branch = await checkedOutBranch(git)
  const config = await readConfig(
    { kind: 'trusted', path: options.configPath, branch: branch ?? undefined },
    { cwd: ctx.cwd, git, remote: options.remote, logger: ctx.logger },
  )
  const parsed = branch ? parseBranch(config.branches, branch) : null
  // The flag must agree with an agent branch here (the files written describe this checkout's role);
  // the role file is checked against the branch by the one resolver every command uses.
  if (options.role && parsed && options.role !== parsed.role)
    throw new InputError(`--role says ${quote(options.role)} but branch ${quote(branch!)} is an ${parsed.role} branch; they must agree`)
  const id = resolveAgentIdentity({
    flags: { role: options.role },
    branch,
    naming: config.branches,
    cwd: root,
    readFile: ctx.localRoleFile === true,
  })
  const role = id.role
  if (id.sources.role === 'file') ctx.logger.info(describeIdentity(id))
  if (!role)
    throw new InputError(
      `cannot tell the role: branch ${quote(branch ?? '(detached)')} is not an agent branch and ${ROLE_FILE} names none; pass --role overseer or --role implementor`,
    )
  const integration = config.branches.integration ?? (await remoteDefaultBranch(git, options.remote).catch(() => null)) ?? 'main'
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH
  const rules = roleRules(config, role, configPath, integration)
  const local = role === 'implementor'
  // Every file is read and checked through the one write gate before anything is written: no link is followed.
  const sidecar = await gitFile(git, 'orchestrator/agent-rules.json')
  const previous = readSidecar(sidecar.root, sidecar.path)
  const spec = id.feature ?? null
  const hookCommand = ctx.cliScript ? hookInvocation(ctx.cliScript, root, process.env.PATH) : undefined
  const usageHookCommand = ctx.cliScript ? `${cliHookInvocation(ctx.cliScript, root, process.env.PATH)} agents record-usage` : undefined
  // Before anything is written: the hook must answer when Claude Code starts it, or every edit gets "not found".
  const ourHook = claudeHook({ hookCommand, blockingHook: options.block === true }).command
  if (options.agent === 'claude') {
    probeHook(ourHook, root)
    // Claude Code also runs the hooks of the shared (committed) settings here: say so when one of ours there cannot run.
    const shared = role === 'implementor' ? readConfined(root, join('.claude', 'settings.json')) : null
    if (shared !== null)
      for (const command of ourHookCommands(shared).filter((c) => c !== ourHook))
        try {
          probeHook(command, root)
        } catch (error) {
          ctx.logger.warning(
            `.claude/settings.json (committed) runs another hook of ours on every edit here, and it fails: ${(error as Error).message.replace(/; nothing was written.*$/, '')}. ` +
              'The overseer can run agents setup again with a CLI every clone can start and commit .claude/settings.json, or remove that entry.',
          )
        }
  }
  const files: AgentsSetupResult['files'] = agentFiles({
    role,
    agent: options.agent,
    branch,
    spec,
    rules,
    previous,
    integration,
    remote: options.remote,
    blockingHook: options.block === true,
    hookCommand,
    usageHookCommand,
    read: (path) => readConfined(root, path),
  })
  const plan = (path: string, make: (before: string | null) => string): void => {
    const before = readConfined(root, path)
    const after = make(before)
    files.push({ path, changed: before !== after, before, after })
  }
  plan(ROLE_FILE, () => formatRoleFile({ role, ...(spec ? { feature: spec } : {}), ...(id.agent ? { agent: id.agent } : {}) }))
  const exclude = await gitFile(git, 'info/exclude')
  // The older role file name is read too: if a person keeps one, it stays out of commits like ours.
  const older = existsSync(join(root, CLAUDE_ROLE_FILE)) ? [CLAUDE_ROLE_FILE] : []
  const excluded = [ROLE_FILE, ...older, ...(local ? files.map((f) => f.path) : [])]
  const current = readConfined(exclude.root, exclude.path) ?? ''
  confineWrite(sidecar.root, sidecar.path)
  if (!options.dryRun) {
    for (const f of files.filter((x) => x.changed)) writeConfined(root, f.path, f.after)
    writeConfined(sidecar.root, sidecar.path, `${JSON.stringify(rules, null, 2)}\n`)
    // The role file is among an implementor's files too: each line once, and never one already there.
    const present = new Set(current.split('\n').map((l) => l.trim()))
    const missing = [...new Set(excluded.map((p) => `/${p}`))].filter((p) => !present.has(p))
    if (missing.length) {
      writeConfined(exclude.root, exclude.path, `${current}${current && !current.endsWith('\n') ? '\n' : ''}${missing.join('\n')}\n`)
    }
  }
  return { role, branch, spec, rules, files }
}

export { GUIDE_BEGIN }

/** Our rules as last written (the sidecar in the git folder), or null; a file we cannot read as such is named. */
function readSidecar(root: string, path: string): RoleRules | null {
  const text = readConfined(root, path)
  if (text === null) return null
  let rules: unknown
  try {
    rules = JSON.parse(text)
  } catch (error) {
    rules = error
  }
  const list = (v: unknown) => Array.isArray(v) && v.every((r) => typeof r === 'string')
  if (
    !rules ||
    typeof rules !== 'object' ||
    rules instanceof Error ||
    !list((rules as RoleRules).allow) ||
    !list((rules as RoleRules).deny)
  )
    throw new InputError(
      `${quotePath(path)} (the rules agents setup wrote last time) is not ${rules instanceof Error ? `valid JSON (${rules.message})` : 'an object with "allow" and "deny" lists of rules'}; delete it and run agents setup again (it is rewritten); nothing was written`,
    )
  return rules as RoleRules
}

/**
 * Runs the hook command once as Claude Code runs it: `sh -c <command>` in the
 * project, with `CLAUDE_PROJECT_DIR` set and a PreToolUse payload on stdin (an
 * edit of the role file, which no sibling changes). Our hook always exits 0 and
 * prints nothing or one JSON answer; anything else means it did not run.
 */
export function probeHook(command: string, root: string): void {
  const payload = {
    session_id: 'agents-setup-probe',
    hook_event_name: 'PreToolUse',
    tool_name: 'Write',
    tool_input: { file_path: join(root, ROLE_FILE), content: '' },
    cwd: root,
  }
  const run = spawnSync('sh', ['-c', command], {
    cwd: root,
    env: { ...process.env, CLAUDE_PROJECT_DIR: root },
    input: JSON.stringify(payload),
    encoding: 'utf8',
    timeout: HOOK_PROBE_TIMEOUT_MS,
  })
  const out = (run.stdout ?? '').trim()
  let answered = run.status === 0
  if (answered && out !== '') {
    try {
      JSON.parse(out)
    } catch {
      answered = false
    }
  }
  if (answered) return
  // A command that exits without reading stdin leaves EPIPE in run.error: its exit status is the story.
  const why =
    run.status === null
      ? (run.error?.message ?? `killed by ${run.signal ?? 'a signal'}`)
      : `exit ${run.status}${(run.stderr ?? '').trim() ? `: ${(run.stderr ?? '').trim().split('\n').pop()}` : out ? `, output not JSON: ${out.slice(0, 200)}` : ''}`
  throw new InputError(
    `the check-path hook ${quote(command)} does not answer when Claude Code runs it (sh -c in ${quotePath(root)}: ${why}); nothing was written. ` +
      'Run agents setup with the CLI the way the agent can start it: node on PATH, and the package installed in this project (npx), globally (npm install -g), or run as node <path>/bin/orchestrator.js',
  )
}

/** Claude Code waits 10 s for a hook; the probe gives a loaded machine more before it calls the hook dead. */
const HOOK_PROBE_TIMEOUT_MS = 60_000
