import { InputError } from '../errors'
import type { Git } from '../git/git'
import { credentialEntries } from '../git/config'
import type { TrialMode } from './types'

/**
 * Names that carry a secret, in a runner or a shell: GITHUB_TOKEN, NPM_TOKEN, NODE_AUTH_TOKEN, npm's
 * `_authToken`, AWS_SECRET_ACCESS_KEY, ACTIONS_ID_TOKEN_REQUEST_TOKEN, any *_PASSWORD or *_API_KEY.
 */
export const SECRET_NAME = /(?:TOKEN|PASSWORD|PASSWD|PASSPHRASE|CREDENTIALS?|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY)(?:_|$)|SECRET/i

/**
 * What the runner gives every JavaScript action step, whatever the workflow says: it reaches this run's
 * artifacts and cache only. Not a reason to refuse (no action could run trials), and hidden from the checks'
 * environment (run-checks.ts); a workflow must not restore a cache a trial job saved.
 */
const EVERY_ACTION_STEP = new Set(['ACTIONS_RUNTIME_TOKEN'])

export interface TrialJob {
  trial: TrialMode
  /** What runs untrusted code, when it is not the trial (e.g. the resolver of `--suggest`), and the example workflow to follow. */
  subject?: { what: string; example: string }
  /** The run would push to the state branch. */
  record: boolean
  /** Secret inputs (token, notify-webhook) that were given a value. */
  secretInputs: readonly string[]
  git: Git
  env?: Record<string, string | undefined>
}

/** Everything this job holds that branch code must not see, each named (never its value). */
export async function trialJobHoldings(job: TrialJob): Promise<string[]> {
  const env = job.env ?? process.env
  const held: string[] = []
  if (job.record) held.push('record is true (the run would push to the state branch)')
  for (const name of job.secretInputs) held.push(`${name} is given`)
  // Inputs are named above by their option; every other variable by its name.
  const names = Object.keys(env)
    .filter((k) => env[k] && !k.startsWith('INPUT_') && !EVERY_ACTION_STEP.has(k) && SECRET_NAME.test(k))
    .sort()
  for (const name of names) held.push(`environment variable ${name}`)
  for (const entry of await credentialEntries(job.git)) held.push(`git configuration ${entry}`)
  return held
}

/**
 * Trials run branch code, and every process of a job can read what the job holds: its environment, the
 * other processes' /proc/<pid>/environ, the checkout's .git/config. So they run only in a job that holds
 * nothing, and a job that holds anything is refused before any work (exit 2), saying what it holds.
 */
export async function refuseTrialsInHoldingJob(job: TrialJob): Promise<void> {
  const held = await trialJobHoldings(job)
  if (held.length === 0) return
  const what = job.subject?.what ?? `trial ${JSON.stringify(job.trial)} runs branch code`
  const example = job.subject?.example ?? 'workflows-examples/conflict-trials.yml'
  throw new InputError(
    `${what}, which can read everything its job holds, and this run holds: ${held.join('; ')}. ` +
      'Expected a job that holds nothing: permissions contents: read, actions/checkout with persist-credentials: false, ' +
      "token: '' and record: false (CLI: --record=false, no --token), no secret in its environment; it uploads its report, " +
      `and a second job that runs no branch code records it with merge-reports (see ${example})`,
  )
}
