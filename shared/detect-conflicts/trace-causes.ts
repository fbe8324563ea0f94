import type { ConflictReport } from '../conflicts/types'
import { listOpenPulls, parseRepository } from '../github/repository'
import type { RepoDeps } from '../repo-deps'
import type { Projection } from '../state/projection'
import { conflictCauses, type ConflictCause } from './attribute'
import { postCauseNotices, pullsOfCommitFromApi, type CauseNotice } from './cause-notices'

export interface TraceOptions {
  /** Used to map commits to pull requests (a read) and, with `post`, to comment. */
  token?: string
  post: boolean
}

/**
 * The causes of the conflicts with an overseer that appeared since the last
 * scan (`before` is the state as it was before this scan is recorded), and,
 * with `post`, one comment on each affected pull request.
 */
export async function traceConflictCauses(
  report: ConflictReport,
  before: Projection,
  options: TraceOptions,
  deps: Pick<RepoDeps, 'git' | 'ctx'>,
): Promise<{ causes: ConflictCause[]; notices: CauseNotice[] }> {
  const { git, ctx } = deps
  const repository = ctx.github.repository
  // Octokit (with undici) is loaded only when a token asks for it: most scans make no GitHub call.
  const client =
    options.token && repository
      ? (await import('../github/client')).createGitHubClient({
          token: options.token,
          apiUrl: ctx.github.apiUrl ?? 'https://api.github.com',
          logger: ctx.logger,
        })
      : null
  const ref = repository && client ? parseRepository(repository) : null
  const causes = await conflictCauses(git, report, before, client && ref ? pullsOfCommitFromApi(client, ref, ctx) : null)
  for (const c of causes) ctx.logger.notice(`${c.branch}: ${c.message}`)
  if (!options.post || !client || !ref || !causes.length) return { causes, notices: [] }
  const open = await listOpenPulls(client, ref)
  return { causes, notices: await postCauseNotices(client, ref, causes, open) }
}
