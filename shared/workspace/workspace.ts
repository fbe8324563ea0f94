import { checkedOutBranch, runBranch } from '../agent-branches'
import type { OrchestratorConfig } from '../config/config'
import { configPathOption, readConfig, type ConfigSource } from '../config/config-source'
import { RunContext } from '../context'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { checkoutFactArgs } from '../git/refs'
import { validateBranchName } from '../naming/validate'
import { quote } from '../text/quote'
import { validateRemote } from '../git/remote'
import { StateStore, type AppendResult } from '../views'
import type { Logger } from '../logger'
import { stateOutbox } from './notify-outbox'
import type { WorkspaceSettings } from './settings'

/** Everything a command needs about the repository it runs in. */
export interface Workspace {
  git: Git
  config: OrchestratorConfig
  remote: string
  stateBranch: string
  /** Folder of the state inside the branch ('' for a dedicated state branch). */
  stateRoot: string
  dryRun: boolean
  store: StateStore
  /** With `checkoutFacts`: the checkout's facts (`checkoutFacts`' lines), null when there is no checkout with a commit. */
  checkout?: string[] | null
}

/** Folder used when state lives on a code branch (`state-branch: current`). */
export const CURRENT_BRANCH_STATE_ROOT = '.orchestrator'

/**
 * Makes what announces committed events to a webhook (the notify capability's createNotifier).
 * Passed in by the command layer so that the workspace, which capabilities use, imports no capability.
 */
export type NotifierFactory = (
  webhook: string,
  settings: OrchestratorConfig['notifications'],
  logger: Logger,
) => {
  announce(events: AppendResult['added'], projection: AppendResult['projection'], outbox?: ReturnType<typeof stateOutbox>): Promise<unknown>
}

export interface OpenWorkspaceOptions {
  /** Needed to announce to `notify-webhook`; without it nothing is announced. */
  createNotifier?: NotifierFactory
  /**
   * Where the configuration comes from instead of the work tree (role-ci: a
   * trusted commit, since the work tree belongs to the branch under test); its
   * path is the `config` option's. A function when saying where needs the repository.
   */
  config?: ConfigSource | ((git: Git) => Promise<ConfigSource>)
  /**
   * The remote to read and push, instead of the `remote` option's, with git's extra environment for it
   * (role-ci with a token: the run's own repository, the token as an extra header).
   */
  remote?: { url: string; gitEnv: Record<string, string> }
  /**
   * Also ask the checkout's facts for this file in the git folder (`checkoutFacts`' lines: the work tree, where
   * the file and FETCH_HEAD are, HEAD's commit and ref), in the same rev-parse that opens the repository.
   */
  checkoutFacts?: string
}

export async function openWorkspace(settings: WorkspaceSettings, ctx: RunContext, options: OpenWorkspaceOptions = {}): Promise<Workspace> {
  const git = new Git(ctx.cwd, options.remote?.gitEnv)
  // The repository first: its rev-parse brings git's version along, and the checkout's facts when asked
  // (one process at start-up, not three).
  const probe = await git.isRepositoryWith(options.checkoutFacts ? checkoutFactArgs(options.checkoutFacts) : [])
  await git.assertVersion()
  if (!probe.repository)
    throw new InputError(`${quote(ctx.cwd)} is not a git repository; run inside a clone (in a workflow: after actions/checkout)`)
  const remote = options.remote?.url ?? settings.remote
  validateRemote(remote)
  const path = configPathOption(settings.configPath)
  const source = typeof options.config === 'function' ? await options.config(git) : (options.config ?? { kind: 'work-tree' })
  const config = await readConfig({ ...source, path }, { cwd: ctx.cwd, git, remote, logger: ctx.logger })
  let stateBranch = settings.stateBranch ?? config.state.branch
  let stateRoot = ''
  if (stateBranch === 'current') {
    stateBranch = await currentBranch(git, ctx)
    stateRoot = CURRENT_BRANCH_STATE_ROOT
  }
  validateBranchName(stateBranch, 'state-branch')
  const { dryRun } = settings
  // Only what this run's compare-and-swap added is announced: a re-run, a shard or a concurrent run adds nothing twice.
  const webhook = settings.notifyWebhook
  const notifier = webhook && !dryRun ? options.createNotifier?.(webhook, config.notifications, ctx.logger) : undefined
  const onCommitted =
    notifier && (async (r: AppendResult) => void (await notifier.announce(r.added, r.projection, stateOutbox(store, ctx, r.commit))))
  const store: StateStore = new StateStore({
    git,
    remote,
    branch: stateBranch,
    root: stateRoot || undefined,
    logger: ctx.logger,
    dryRun,
    adoptForeign: settings.adoptStateBranch,
    onCommitted,
  })
  return { git, config, remote, stateBranch, stateRoot, dryRun, store, ...(options.checkoutFacts ? { checkout: probe.extra } : {}) }
}

/** For `state-branch: current`: the checked-out branch, else the branch the run is about (a detached CI checkout). */
async function currentBranch(git: Git, ctx: RunContext): Promise<string> {
  const branch = (await checkedOutBranch(git)) ?? (await runBranch(git, ctx))
  if (branch) return branch
  throw new InputError('state-branch "current" needs a checked-out branch, but HEAD is detached; name the state branch instead')
}
