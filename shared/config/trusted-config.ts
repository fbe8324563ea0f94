import { defaultConfig, DEFAULT_CONFIG_PATH, OrchestratorConfig, parseConfig } from './config'
import { ConfigurationError, messageOf } from '../errors'
import { Git } from '../git/git'
import { lsTreeRootEntry } from '../git/objects'
import { fetchBranches, privateRef, remoteDefaultBranch } from '../git/remote'
import type { Logger } from '../logger'
import { formatBranch, parseBranch } from '../naming/branch-pattern'
import { validateRepoPath } from '../naming/validate'
import { quote } from '../text/quote'

/** Where the guard's rules were read: a branch of the remote at one commit, or nowhere (built-in defaults). */
export interface TrustedSource {
  /** `pull request base`, `overseer branch` or `default branch`. */
  kind: 'pull request base' | 'overseer branch' | 'default branch' | 'none'
  branch?: string
  commit?: string
}

export interface TrustedConfig {
  config: OrchestratorConfig
  source: TrustedSource
}

export interface TrustedConfigOptions {
  git: Git
  remote: string
  /** The configuration file's path in the repository (the `config` input, itself part of the protected workflow). */
  path?: string
  /** The pull request's base branch, when the run is about one. */
  pullRequestBase?: string
  /** The branch under test (its name only: nothing of its content is read). */
  branch?: string
  logger: Logger
}

/**
 * The configuration the role guard trusts, read from git objects of a commit
 * the branch under test cannot change: the pull request's base, else (for an
 * implementor) its overseer branch, else the default branch. The work tree is
 * never read: it is the implementor's, and its copy of the file could switch
 * the guard off or run its own commands with the run's write token.
 */
export async function trustedConfig(options: TrustedConfigOptions): Promise<TrustedConfig> {
  const { git, remote, logger } = options
  const path = validateRepoPath(options.path || DEFAULT_CONFIG_PATH, 'config')
  const at = async (kind: TrustedSource['kind'], branch: string): Promise<TrustedConfig | null> => {
    const commit = (await fetchBranches(git, remote, [branch]).catch(() => new Map<string, string>())).get(branch)
    if (!commit) return null
    return {
      config: await readConfigAt(git, privateRef(branch), path, `${branch} (${commit.slice(0, 12)})`),
      source: { kind, branch, commit },
    }
  }
  if (options.pullRequestBase) {
    const found = await at('pull request base', options.pullRequestBase)
    if (found) return found
    logger.warning(`the pull request's base ${quote(options.pullRequestBase)} could not be fetched from ${quote(remote)}`)
  }
  const defaultBranch = await remoteDefaultBranch(git, remote).catch(() => null)
  const fromDefault = defaultBranch ? await at('default branch', defaultBranch) : null
  const bootstrap = fromDefault?.config ?? defaultConfig()
  if (!options.pullRequestBase && options.branch) {
    const parsed = parseBranch(bootstrap.branches, options.branch)
    if (parsed?.role === 'implementor') {
      const fromOverseer = await at('overseer branch', formatBranch(bootstrap.branches, parsed.spec, 'overseer'))
      if (fromOverseer) return fromOverseer
    }
  }
  if (fromDefault) return fromDefault
  logger.warning(
    `no trusted commit to read ${quote(path)} from (the remote ${quote(remote)} names no default branch): the role guard uses the built-in defaults`,
  )
  return { config: defaultConfig(), source: { kind: 'none' } }
}

/**
 * The configuration file as committed at `commit`, through git objects.
 * Absent → the defaults. A symlink, folder or submodule in its place is
 * refused: following it could read anything.
 */
export async function readConfigAt(git: Git, commit: string, path: string, label: string): Promise<OrchestratorConfig> {
  const where = `${path} at ${label}`
  const entry = await lsTreeRootEntry(git, commit, path).catch((error: unknown) => {
    throw new ConfigurationError(`cannot read ${where}: ${messageOf(error)}`)
  })
  const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(entry)
  if (!m) {
    const config = defaultConfig()
    config.source = `defaults (no ${path} at ${label})`
    return config
  }
  const [, mode, type, oid] = m
  if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
    const what = mode === '120000' ? 'a symlink' : type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : `mode ${mode}`
    throw new ConfigurationError(`${where} is ${what}, not a regular file; the configuration must be a plain file`)
  }
  const text = await git.readBlob(oid)
  return parseConfig(text, where)
}
