import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { agentFiles, roleRules, type AgentFile, type AgentKind } from '../agents'
import type { OrchestratorConfig } from '../config/config'
import { InputError } from '../errors'
import { lsTreeEntry } from '../git/objects'
import { rawDates } from '../git/history'
import { commitTree, readTree, setIndexEntry, writeTree } from '../git/index-file'
import type { Git } from '../git/git'
import { quote } from '../text/quote'

export const AGENT_KINDS: readonly AgentKind[] = ['claude', 'codex', 'generic']

/** The `agents` input: empty or `none` is off; else a comma-separated list of agent kinds, each once. */
export function parseAgentKinds(value: string | undefined): AgentKind[] {
  const text = (value ?? '').trim()
  if (text === '' || text === 'none') return []
  const kinds: AgentKind[] = []
  for (const word of text.split(',').map((w) => w.trim())) {
    if (!(AGENT_KINDS as readonly string[]).includes(word))
      throw new InputError(`agents ${quote(word)} is not valid: expected none, or a comma-separated list of ${AGENT_KINDS.join(', ')}`)
    if (!kinds.includes(word as AgentKind)) kinds.push(word as AgentKind)
  }
  return kinds
}

export interface AgentSettingsCommit {
  /** The commit the new branches start from: base itself when every file was already as wanted. */
  start: string
  files: AgentFile[]
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
export async function commitAgentSettings(
  git: Git,
  options: {
    base: string
    spec: string
    kinds: readonly AgentKind[]
    config: OrchestratorConfig
    configPath: string
    remote: string
    /** The branch the overseer's pull request goes into. */
    integration: string
    /** false (a dry run): plan the files, write no object. */
    write: boolean
    /** How the Claude Code hook is started (see hookInvocation); default: the project's node_modules/.bin. */
    hookCommand?: string
    /** How the CLI's `agents record-usage` is started by the Stop and SessionEnd hooks; default: the project's node_modules/.bin. */
    usageHookCommand?: string
  },
): Promise<AgentSettingsCommit> {
  const integration = options.integration
  const rules = roleRules(options.config, 'overseer', options.configPath, integration)
  const entries = new Map<string, { mode: string; blob: string }>()
  const read = async (path: string): Promise<string | null> => {
    const line = await lsTreeEntry(git, options.base, path)
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(line ?? '')
    if (!m) return null
    if (m[2] !== 'blob' || m[1] === '120000')
      throw new InputError(`${quote(path)} on the base is not a regular file; agent settings were not written`)
    entries.set(path, { mode: m[1]!, blob: m[3]! })
    return git.readBlob(m[3]!)
  }
  // Kinds can share a file (AGENTS.md for codex and generic): each builds on the text the one before left.
  const base = new Map<string, string | null>()
  const current = new Map<string, string | null>()
  const plan = (agent: AgentKind, read: (path: string) => string | null) =>
    agentFiles({
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
    })
  for (const agent of options.kinds) {
    for (const { path } of plan(agent, () => null))
      if (!base.has(path)) {
        const text = await read(path)
        base.set(path, text)
        current.set(path, text)
      }
    for (const f of plan(agent, (path) => current.get(path) ?? null)) current.set(f.path, f.after)
  }
  const files: AgentFile[] = [...current].map(([path, after]) => {
    const before = base.get(path) ?? null
    return { path, before, after: after!, changed: before !== after }
  })
  const changed = files.filter((f) => f.changed)
  if (changed.length === 0 || !options.write) return { start: options.base, files }
  const dir = mkdtempSync(join(tmpdir(), 'orch-agents-'))
  try {
    const env = { GIT_INDEX_FILE: join(dir, 'index') }
    await readTree(git, options.base, env)
    for (const f of changed) {
      const blob = await git.writeBlob(f.after)
      await setIndexEntry(git, { mode: entries.get(f.path)?.mode ?? '100644', blob, path: f.path, add: true }, env)
    }
    const tree = await writeTree(git, env)
    const date = await rawDates(git, options.base)
    const [authorDate, committerDate] = date.split('\n')
    const who = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' }
    const start = await commitTree(git, tree, options.base, `Agent settings for feature ${options.spec} (${options.kinds.join(', ')})`, {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_AUTHOR_DATE: authorDate,
      GIT_COMMITTER_DATE: committerDate,
    })
    return { start, files }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
