import { InputError } from '../errors'
import type { Git } from '../git/git'
import { credentialEntries } from '../git/config'
import { quote } from '../text/quote'

/** What a run says about the job it runs in. */
export interface JobFacts {
  /** Running in a GitHub Actions job (GITHUB_ACTIONS=true). */
  inWorkflow: boolean
  /** The record input was set to true. */
  recordAsked: boolean
  /** A token input was given. */
  token: boolean
}

export const THREE_RINGS_EXAMPLE = 'workflows-examples/implementor-ci.yml'

/**
 * Branch code (the check commands: `npm ci`'s lifecycle scripts, the branch's own lint and tests)
 * may not run in a job that records, holds a token or kept the checkout's credentials: every process
 * of a job can read the job's secrets and rewrite .git/config, the tool on disk or the environment of
 * the steps after it. Refused before any command starts, naming the shape to use instead.
 */
export async function refuseBranchCodeWithPen(git: Git, facts: JobFacts, commands: readonly string[]): Promise<void> {
  if (!facts.inWorkflow || commands.length === 0) return
  const reasons: string[] = []
  if (facts.recordAsked) reasons.push('records the results (record: true)')
  if (facts.token) reasons.push('holds a token (the token input)')
  const kept = await credentialEntries(git)
  if (kept.length)
    reasons.push(`kept the checkout's credentials (${kept.map(quote).join(', ')}; actions/checkout without persist-credentials: false)`)
  if (!reasons.length) return
  throw new InputError(
    `role-ci would run the branch's code (checks ${commands.map(quote).join(', ')}) in a job that ${reasons.join(' and ')}: ` +
      `branch code run there can take the token and change what the guard and the recording see. ` +
      `Use the three-job shape of ${THREE_RINGS_EXAMPLE}: the checks in a job with permissions: contents: read, ` +
      `actions/checkout with persist-credentials: false, no token and record: false, whose only output is an artifact; ` +
      `the guard (guard-only: true) and the recording (junit: the downloaded artifact) in jobs that run no branch code`,
  )
}
