import { RepoDeps } from '../repo-deps'
import { InputError } from '../errors'
import { remoteDefaultBranch, remoteUrl } from '../git/remote'
import { createGitHubClient } from '../github/client'
import { upsertPullRequest } from '../github/pull-requests'
import { resolveRepository } from '../github/repository'
import { formatBranch, parseBranch } from '../naming/branch-pattern'
import { validateBranchName } from '../naming/validate'
import { quote } from '../text/quote'
import { makeEvent } from '../state/events'
import { runBranch } from '../agent-branches'
import { renderPullRequestBody } from './pr-body'
import { ClosedPullRequest, closedPullRequest } from './record-closed'

export interface OpenPrOptions {
  branch?: string
  draft: boolean
  title?: string
  bodyExtra?: string
  labels: string[]
  token?: string
}

export interface OpenPrResult {
  head: string
  base: string
  number: number | null
  url: string | null
  created: boolean
  updated: boolean
  title: string
  body: string
  stateCommit: string | null
  dryRun: boolean
  /** Set when the run recorded a pull request that was merged or closed (a `pull_request` closed event). */
  closed?: 'merged' | 'closed'
}

export type OpenPrDeps = RepoDeps

/**
 * Opens (or brings up to date) the pull request of an agent branch: an
 * implementor's goes to its own overseer branch, an overseer's to the
 * integration branch; nothing else is allowed.
 */
export async function openPullRequest(options: OpenPrOptions, deps: OpenPrDeps): Promise<OpenPrResult> {
  const { git, remote, config, store, dryRun, ctx } = deps
  const closed = closedPullRequest(config.branches, ctx)
  if (closed || (ctx.github.eventName?.startsWith('pull_request') && ctx.github.event?.action === 'closed'))
    return recordClosed(closed, deps)
  const head = options.branch ?? (await runBranch(git, ctx))
  if (!head) throw new InputError('no branch given and HEAD is detached: pass branch')
  validateBranchName(head, 'branch')
  const parsed = parseBranch(config.branches, head)
  if (!parsed) {
    throw new InputError(
      `branch ${quote(head)} is not an agent branch (expected ${config.branches.pattern}, e.g. ${formatBranch(config.branches, '004-user-auth', 'implementor', 1)}): open-pr only opens implementor → overseer and overseer → integration pull requests`,
    )
  }
  const base =
    parsed.role === 'implementor'
      ? formatBranch(config.branches, parsed.spec, 'overseer')
      : (config.branches.integration ?? (await remoteDefaultBranch(git, remote)) ?? 'main')
  const snapshot = await store.read()
  const feature = snapshot.projection.features[parsed.spec]
  const who = parsed.role === 'implementor' ? `impl-${parsed.index}` : 'overseer'
  const title = options.title?.trim() || `[${parsed.spec}] ${feature?.registration?.name ?? parsed.spec}: ${who}`
  const body = renderPullRequestBody(snapshot.projection, parsed.spec, head, options.bodyExtra)
  if (dryRun) return { head, base, number: null, url: null, created: false, updated: false, title, body, stateCommit: null, dryRun }
  const ref = resolveRepository(ctx.github.repository, remote, ctx.github.repository ? null : await remoteUrl(git, remote))
  if (!options.token)
    throw new InputError('open-pr needs a token with pull-requests: write (pass token: ${{ github.token }}; locally set GITHUB_TOKEN)')
  const client = createGitHubClient({ token: options.token, apiUrl: ctx.github.apiUrl ?? 'https://api.github.com', logger: ctx.logger })
  ctx.progress?.(`Opening or updating the pull request ${head} → ${base}...`)
  const pr = await upsertPullRequest(client, {
    ...ref,
    head,
    base,
    title,
    generatedBody: body,
    draft: options.draft,
    labels: options.labels,
  })
  let stateCommit: string | null = null
  if (pr.created || pr.updated) {
    const event = makeEvent(
      'pr-updated',
      parsed.spec,
      { action: pr.created ? 'opened' : 'updated', number: pr.number, url: pr.url, head, base, title: title.slice(0, 200) },
      { actor: ctx.actor, time: ctx.now() },
    )
    const appended = await store.append([event])
    stateCommit = appended.pushed ? appended.commit : null
  }
  return { head, base, number: pr.number, url: pr.url, created: pr.created, updated: pr.updated, title, body, stateCommit, dryRun }
}

/** A closed pull request is recorded (merged or closed), never reopened or edited. */
async function recordClosed(closed: ClosedPullRequest | null, deps: OpenPrDeps): Promise<OpenPrResult> {
  const { store, dryRun, ctx } = deps
  if (!closed) {
    ctx.logger.notice('the closed pull request is not from or into an agent branch; nothing to record')
    return { head: '', base: '', number: null, url: null, created: false, updated: false, title: '', body: '', stateCommit: null, dryRun }
  }
  // A merged pull request merged every task its head had done (squash and rebase merges too).
  const feature = closed.action === 'merged' ? (await store.read()).projection.features[closed.spec] : undefined
  const merged = Object.entries(feature?.tasks ?? {})
    .filter(([id, t]) => t.state === 'done' && t.agent === closed.head && !feature?.merged?.[id]?.[t.commit])
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([taskId, t]) =>
      makeEvent(
        'task-merged',
        closed.spec,
        { taskId, commit: t.commit, into: closed.base, pr: closed.number },
        { actor: ctx.actor, time: closed.event.time },
      ),
    )
  const appended = await store.append([closed.event, ...merged])
  const title = (closed.event.data as { title?: string }).title ?? ''
  const stateCommit = appended.pushed ? appended.commit : null
  return { ...closed, created: false, updated: false, title, body: '', stateCommit, dryRun, closed: closed.action }
}
