import type { GitHubRunInfo } from '../context'

/** The base branch of the pull request the run is about, if it is about one. */
export function pullRequestBase(gh: GitHubRunInfo): string | undefined {
  if (!gh.eventName?.startsWith('pull_request')) return undefined
  const pr = gh.event?.pull_request as { base?: { ref?: unknown } } | undefined
  const ref = gh.baseRef || (typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined)
  return ref || undefined
}

/** The pushed branch, by name only (its content is not read). */
export function branchOfRun(gh: GitHubRunInfo): string | undefined {
  if (gh.ref?.startsWith('refs/heads/')) return gh.ref.slice('refs/heads/'.length)
  return gh.headRef || undefined
}
