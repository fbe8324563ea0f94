import type { Git } from '../git/git'
import type { Logger } from '../logger'
import type { BranchNaming } from '../naming/branch-pattern'
import { validateRepoPath } from '../naming/validate'
import { DEFAULT_CONFIG_PATH, loadConfig, type OrchestratorConfig } from './config'
import { readConfigAt, trustedConfig } from './trusted-config'

/**
 * Where the configuration is read from, as a value a command states once.
 * `path` is the file's path in the repository (default DEFAULT_CONFIG_PATH).
 */
export type ConfigSource = WorkTreeSource | CommitSource | TrustedConfigSource

/** The checkout's own file: a person's clone, where the work tree is theirs to trust. */
export interface WorkTreeSource {
  kind: 'work-tree'
  /** Given explicitly: then the file must exist (the default path may be absent: built-in defaults). */
  path?: string
}

/** The file as committed at one commit, through git objects (never the work tree). */
export interface CommitSource {
  kind: 'commit'
  path?: string
  commit: string
  /** How errors name the commit, e.g. the branch it is the tip of. */
  label: string
}

/**
 * A commit the branch under test cannot change: the pull request's base, else
 * (for an implementor) its overseer branch, else the default branch.
 */
export interface TrustedConfigSource {
  kind: 'trusted'
  path?: string
  pullRequestBase?: string
  /** The branch under test (its name only: nothing of its content is read). */
  branch?: string
  /**
   * A second say on the branch once the trusted naming is known (the CLI's
   * role file): a branch returned here is read instead, as that agent's own
   * branch would be.
   */
  reconsider?: (naming: BranchNaming) => Promise<string | undefined>
}

/** What reading needs: the work tree only `cwd`, a commit only `git`, a trusted commit the remote too. */
export interface ConfigAccess {
  cwd: string
  git: Git
  remote: string
  logger: Logger
}

/** Reads the configuration from where `source` says; every entrance to the file goes through here. */
export function readConfig(source: WorkTreeSource, access: Pick<ConfigAccess, 'cwd'>): Promise<OrchestratorConfig>
export function readConfig(source: CommitSource, access: Pick<ConfigAccess, 'git'>): Promise<OrchestratorConfig>
export function readConfig(source: ConfigSource, access: ConfigAccess): Promise<OrchestratorConfig>
export async function readConfig(source: ConfigSource, access: Partial<ConfigAccess>): Promise<OrchestratorConfig> {
  switch (source.kind) {
    case 'work-tree':
      return loadConfig(access.cwd!, source.path)
    case 'commit':
      return readConfigAt(access.git!, source.commit, source.path ?? DEFAULT_CONFIG_PATH, source.label)
    case 'trusted': {
      const { git, remote, logger } = access as ConfigAccess
      const read = (branch: string | undefined) =>
        trustedConfig({ git, remote, path: source.path, pullRequestBase: source.pullRequestBase, branch, logger })
      let trusted = await read(source.branch)
      const other = source.reconsider && (await source.reconsider(trusted.config.branches))
      if (other) trusted = await read(other)
      return trusted.config
    }
  }
}

/**
 * The `config` option as a source path: the default spelling means "the
 * default, absent allowed"; anything else must be a plain repository path.
 */
export function configPathOption(given: string | undefined): string | undefined {
  return given === DEFAULT_CONFIG_PATH || !given ? undefined : validateRepoPath(given, 'config')
}
