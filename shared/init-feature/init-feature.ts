import { RepoDeps } from '../repo-deps'
import { cliHookInvocation, hookInvocation } from '../text/cli-invocation'
import { GitError, InputError, OrchestratorError } from '../errors'
import { text, makeEvent, OrchestratorEvent } from '../state/events'
import { createBranchesAtomically, fetchBranches, remoteDefaultBranch, remoteHeads, resolveBase, ResolvedBase } from '../git/remote'
import { agentBranch } from '../naming/branch-pattern'
import { validateSpecId } from '../naming/validate'
import { quote } from '../text/quote'
import { readSpecInfo } from './spec-info'
import { assertSpecFolder } from './spec-info'
import { commitAgentSettings } from './agent-settings-commit'
import type { AgentKind } from '../agents'
import { DEFAULT_CONFIG_PATH } from '../config/config'

export interface InitFeatureOptions {
  spec: string
  implementors: number
  base?: string
  name?: string
  /** Agent kinds whose shared (overseer) settings are committed on top of base before the branches are cut; empty: none. */
  agents?: readonly AgentKind[]
  /** The configuration file's path, which implementors' rules protect. */
  configPath?: string
  /** Proceed when the repository has spec folders but none named this spec. */
  allowMissingSpec?: boolean
}

export interface BranchStatus {
  branch: string
  role: 'overseer' | 'implementor'
  index?: number
  /** `adopted`: it existed, but its agent was recorded only now (an earlier run created it and its recording failed). */
  status: 'created' | 'existing' | 'adopted' | 'would-create'
  sha: string
  /** An existing branch that does not descend from base (left alone). */
  diverged?: boolean
}

export interface InitFeatureResult {
  spec: string
  name: string
  base: ResolvedBase
  overseer: string
  implementors: string[]
  branches: BranchStatus[]
  created: string[]
  /** Branches that existed unrecorded (left by a run whose state push failed) and are recorded by this run. */
  adopted: string[]
  tasks: number
  stateCommit: string | null
  eventsAdded: number
  dryRun: boolean
  /** With `agents`: the commit the new branches start from (base plus the shared agent settings), and the files it changed. */
  agentSettings: { commit: string | null; files: string[] } | null
}

export type InitFeatureDeps = RepoDeps

/**
 * Creates the overseer and implementor branches from base in one atomic push
 * (only the missing ones; existing branches never move), then records the
 * feature and its agents.
 */
export async function initFeature(options: InitFeatureOptions, deps: InitFeatureDeps): Promise<InitFeatureResult> {
  const { git, remote, config, store, dryRun, ctx } = deps
  const spec = validateSpecId(options.spec)
  if (!Number.isInteger(options.implementors) || options.implementors < 1 || options.implementors > 20) {
    throw new InputError(`implementors ${quote(String(options.implementors))} is not valid: expected a whole number from 1 to 20`)
  }
  const naming = config.branches
  const wanted = [
    { branch: agentBranch(naming, spec, 'overseer'), role: 'overseer' as const, index: undefined as number | undefined },
    ...Array.from({ length: options.implementors }, (_, i) => ({
      branch: agentBranch(naming, spec, 'implementor', i + 1),
      role: 'implementor' as const,
      index: i + 1,
    })),
  ]
  // Everything is read and validated before anything is pushed: a bad name, spec or state branch leaves the remote as it was.
  const name = checkName(options.name)
  ctx.progress?.(`Resolving base ${options.base ?? '(default branch)'} on ${remote}...`)
  const base = await resolveBase(git, remote, options.base)
  if (!options.allowMissingSpec) await assertSpecFolder(git, base.sha, spec, config.tasks.file, base.name)
  const info = await readSpecInfo(git, base.sha, spec, config.tasks.file, ctx.logger)
  const title = name ?? info.name
  const time = ctx.now()
  const events: OrchestratorEvent[] = [
    makeEvent(
      'feature-registered',
      spec,
      { spec, name: title, baseBranch: base.name, tasks: info.tasks, tasksFile: info.tasksFile },
      { actor: ctx.actor, time },
    ),
    ...wanted.map((w) =>
      makeEvent(
        'agent-assigned',
        spec,
        { role: w.role, branch: w.branch, ...(w.index ? { index: w.index } : {}) },
        { actor: ctx.actor, time },
      ),
    ),
  ]
  await store.assertWritable()
  const settings = options.agents?.length
    ? await commitAgentSettings(git, {
        base: base.sha,
        spec,
        kinds: options.agents,
        config,
        configPath: options.configPath ?? DEFAULT_CONFIG_PATH,
        remote,
        integration: config.branches.integration ?? (await remoteDefaultBranch(git, remote).catch(() => null)) ?? 'main',
        write: !dryRun,
        // The committed hook is started the way this CLI was (in an action: from the project's node_modules).
        hookCommand: ctx.cliScript ? hookInvocation(ctx.cliScript, ctx.cwd, process.env.PATH) : undefined,
        usageHookCommand: ctx.cliScript ? `${cliHookInvocation(ctx.cliScript, ctx.cwd, process.env.PATH)} agents record-usage` : undefined,
      })
    : null
  const branches = await createMissing(wanted, base, settings?.start ?? base.sha, deps)
  ctx.progress?.('Recording the feature and its agents on the state branch...')
  const created = branches.filter((b) => b.status === 'created').map((b) => b.branch)
  let appended
  try {
    appended = await store.append(events)
  } catch (error) {
    // The branches stay (they are right, and a re-run keeps them): say exactly what exists and what did not happen.
    if (error instanceof OrchestratorError && created.length) {
      error.message = `${error.message.replace(/ ?Nothing was recorded[^.]*\./, '')} The branches ${created.join(', ')} were created on ${remote} (from ${base.name} ${base.sha.slice(0, 7)}) and are kept; the feature and its agents were not recorded. Fix the cause and run init-feature again: existing branches are reused, nothing is created twice.`
    }
    throw error
  }
  // A branch that existed and whose agent is recorded only now was left by a run whose recording failed: this run adopts it.
  const recorded = new Set(appended.added.flatMap((e) => (e.kind === 'agent-assigned' ? [(e.data as { branch: string }).branch] : [])))
  const final = branches.map((b) => (b.status === 'existing' && recorded.has(b.branch) ? { ...b, status: 'adopted' as const } : b))
  const adopted = final.filter((b) => b.status === 'adopted').map((b) => b.branch)
  if (adopted.length)
    ctx.logger.info(
      `adopted ${adopted.join(', ')}: they existed on ${remote} but were not recorded (an earlier run's recording failed); recorded now, not moved`,
    )
  const name_ = title
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
  }
}

const titleCheck = text({ max: 300 })

/** The `name` input: one line of at most 300 characters (it becomes the feature's title everywhere), or undefined. */
function checkName(value: string | undefined): string | undefined {
  const name = value?.trim()
  if (!name) return undefined
  try {
    return titleCheck(name, 'name', 'input name')
  } catch {
    throw new InputError(
      `name ${quote(name)} is not valid: expected one line of at most 300 characters without control characters (it is the feature's title)`,
    )
  }
}

interface Wanted {
  branch: string
  role: 'overseer' | 'implementor'
  index: number | undefined
}

/**
 * Creates the missing branches in one atomic push. When another init-feature
 * of the same spec wins the race (its push lands first, ours is refused), the
 * remote is read again: branches that now exist are reused, and only what is
 * still missing is pushed, so both runs succeed and nothing is created twice.
 */
async function createMissing(wanted: readonly Wanted[], base: ResolvedBase, start: string, deps: InitFeatureDeps): Promise<BranchStatus[]> {
  const { git, remote, dryRun, ctx } = deps
  const createdHere = new Set<string>()
  for (let attempt = 1; ; attempt++) {
    const existing = await remoteHeads(
      git,
      remote,
      wanted.map((w) => w.branch),
    )
    const fetched = await fetchBranches(git, remote, [...existing.keys()])
    const branches: BranchStatus[] = []
    for (const w of wanted) {
      const sha = existing.get(w.branch)
      if (sha) {
        const local = fetched.get(w.branch) ?? sha
        const diverged = !(await git.isAncestor(base.sha, local))
        if (diverged)
          ctx.logger.warning(
            `branch ${w.branch} already exists and does not descend from ${base.name} (${base.sha.slice(0, 7)}); it was left as it is`,
          )
        const status = createdHere.has(w.branch) ? 'created' : 'existing'
        branches.push({ branch: w.branch, role: w.role, index: w.index, status, sha, ...(diverged ? { diverged } : {}) })
      } else {
        branches.push({ branch: w.branch, role: w.role, index: w.index, status: dryRun ? 'would-create' : 'created', sha: start })
      }
    }
    const missing = branches.filter((b) => b.status !== 'existing' && !createdHere.has(b.branch))
    if (dryRun || missing.length === 0) return branches
    ctx.progress?.(`Creating ${missing.length} branch(es) in one atomic push...`)
    try {
      const made = await createBranchesAtomically(
        git,
        remote,
        missing.map((b) => ({ branch: b.branch, sha: b.sha })),
      )
      for (const b of made) createdHere.add(b)
      // A branch another run created a moment before, at the same commit, is existing, not ours.
      return branches.map((b) => (b.status === 'created' && !createdHere.has(b.branch) ? { ...b, status: 'existing' as const } : b))
    } catch (error) {
      // A lost race shows as a refused lease or a ref that "already exists": read again and carry on.
      const lost = error instanceof GitError && /stale info|already exists|fetch first|cannot lock ref|rejected/i.test(error.stderr)
      if (!lost || attempt >= 5) throw error
      ctx.logger.info(`another run created some of the branches at the same time; reading ${remote} again (attempt ${attempt + 1})`)
    }
  }
}
