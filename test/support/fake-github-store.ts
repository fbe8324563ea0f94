// The fake GitHub's in-memory repository: pull requests, comments and labels, with the validation
// GitHub applies to them. Methods return the object, or a Failure shaped like GitHub's answer.
import { notFound, validationFailed, type Failure } from './fake-github-failures'
import {
  commentObject,
  labelObject,
  makeClock,
  pullObject,
  repositoryObject,
  userObject,
  type IssueComment,
  type Label,
  type PullRequest,
  type Repository,
  type SimpleUser,
  type Urls,
} from './fake-github-objects'

const MAX_BODY = 65536

export interface StoredComment {
  issue: number
  comment: IssueComment
}

export interface NewPullInput {
  /** "branch" or "owner:branch". */
  head: string
  base?: string
  title?: string
  body?: string | null
  draft?: boolean
  labels?: string[]
  /** Login of the author (default the workflow bot). */
  user?: string
}

export class FakeStore {
  readonly pulls: PullRequest[] = []
  readonly comments: StoredComment[] = []
  /** Labels on each issue or pull request, by number. */
  readonly labels = new Map<number, Label[]>()
  readonly repository: Repository
  readonly bot: SimpleUser
  readonly now = makeClock()
  private readonly repoLabels = new Map<string, Label>()
  private nextId = 1

  constructor(
    readonly urls: Urls,
    owner: string,
    name: string,
    defaultBranch: string,
  ) {
    this.repository = repositoryObject(urls, userObject(urls, owner, 1, 'Organization'), name, defaultBranch, this.now())
    this.bot = userObject(urls, 'github-actions[bot]', 41898282, 'Bot')
  }

  pull(number: number): PullRequest | undefined {
    return this.pulls.find((p) => p.number === number)
  }

  addPull(input: NewPullInput): PullRequest | Failure {
    const owner = this.repository.owner.login
    const [headOwner, headRef] = input.head.includes(':') ? input.head.split(/:(.*)/s, 2) : [owner, input.head]
    const baseRef = input.base ?? this.repository.default_branch
    if (!headRef) return validationFailed({ resource: 'PullRequest', field: 'head', code: 'missing_field' })
    if (input.title === undefined || input.title === '') {
      return validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' })
    }
    if (headOwner !== owner) return validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' })
    if (headRef === baseRef) {
      return validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headRef}` })
    }
    if (this.pulls.some((p) => p.state === 'open' && p.head.ref === headRef && p.base.ref === baseRef)) {
      return validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${owner}:${headRef}.`,
      })
    }
    const tooLong = checkBody(input.body)
    if (tooLong) return tooLong
    const user = input.user ? userObject(this.urls, input.user, 1000 + this.nextId++) : this.bot
    const number = this.pulls.length + 1
    const pull = pullObject(this.urls, {
      number,
      title: input.title,
      body: input.body ?? null,
      headRef,
      baseRef,
      draft: input.draft ?? false,
      user,
      repo: this.repository,
      now: this.now(),
    })
    this.pulls.push(pull)
    if (input.labels?.length) this.addLabels(number, input.labels)
    return pull
  }

  updatePull(number: number, changes: { title?: string; body?: string; state?: 'open' | 'closed'; base?: string }): PullRequest | Failure {
    const pull = this.pull(number)
    if (!pull) return notFound()
    const tooLong = checkBody(changes.body)
    if (tooLong) return tooLong
    if (changes.title !== undefined) pull.title = changes.title
    if (changes.body !== undefined) pull.body = changes.body
    if (changes.base !== undefined) pull.base = { ...pull.base, ref: changes.base, label: `${this.repository.owner.login}:${changes.base}` }
    if (changes.state !== undefined && !pull.merged) {
      pull.state = changes.state
      pull.closed_at = changes.state === 'closed' ? this.now() : null
    }
    pull.updated_at = this.now()
    return pull
  }

  mergePull(number: number, mergeCommitSha?: string): PullRequest {
    const pull = this.pull(number)
    if (!pull || pull.state !== 'open') throw new Error(`fake GitHub: pull request #${number} is not open`)
    const now = this.now()
    Object.assign(pull, { state: 'closed', merged: true, merged_at: now, closed_at: now, updated_at: now, merged_by: this.bot })
    pull.merge_commit_sha = mergeCommitSha ?? pull.head.sha
    return pull
  }

  addComment(issue: number, body: string | undefined, login?: string): IssueComment | Failure {
    const pull = this.pull(issue)
    if (!pull) return notFound()
    if (body === undefined) return validationFailed({ resource: 'IssueComment', field: 'body', code: 'missing_field' })
    const tooLong = checkBody(body)
    if (tooLong) return tooLong
    const user = login ? userObject(this.urls, login, 1000 + this.nextId++) : this.bot
    const comment = commentObject(this.urls, this.repository, issue, 900000 + this.nextId++, body, user, this.now())
    this.comments.push({ issue, comment })
    pull.comments += 1
    return comment
  }

  updateComment(id: number, body: string | undefined): IssueComment | Failure {
    const stored = this.comments.find((c) => c.comment.id === id)
    if (!stored) return notFound()
    if (body === undefined) return validationFailed({ resource: 'IssueComment', field: 'body', code: 'missing_field' })
    const tooLong = checkBody(body)
    if (tooLong) return tooLong
    stored.comment.body = body
    stored.comment.updated_at = this.now()
    return stored.comment
  }

  /** Nothing when deleted, a 404 when there is no such comment. */
  deleteComment(id: number): Failure | undefined {
    const index = this.comments.findIndex((c) => c.comment.id === id)
    if (index < 0) return notFound()
    const [gone] = this.comments.splice(index, 1)
    const pull = this.pull(gone.issue)
    if (pull) pull.comments -= 1
    return undefined
  }

  commentsOn(issue: number): IssueComment[] {
    return this.comments.filter((c) => c.issue === issue).map((c) => c.comment)
  }

  labelsOn(issue: number): Label[] {
    return this.labels.get(issue) ?? []
  }

  addLabels(issue: number, names: string[]): Label[] | Failure {
    const pull = this.pull(issue)
    if (!pull) return notFound()
    const current = this.labelsOn(issue)
    for (const name of names) {
      if (current.some((l) => l.name.toLowerCase() === name.toLowerCase())) continue
      // Like GitHub, a label that does not exist in the repository yet is created.
      const label = this.repoLabels.get(name.toLowerCase()) ?? labelObject(this.urls, this.repository, name, 500 + this.nextId++)
      this.repoLabels.set(name.toLowerCase(), label)
      current.push(label)
    }
    this.labels.set(issue, current)
    pull.labels = current
    return current
  }

  removeLabel(issue: number, name: string): Label[] | Failure {
    const pull = this.pull(issue)
    const current = this.labelsOn(issue)
    const kept = current.filter((l) => l.name.toLowerCase() !== name.toLowerCase())
    if (!pull || kept.length === current.length) return { status: 404, message: 'Label does not exist' }
    this.labels.set(issue, kept)
    pull.labels = kept
    return kept
  }
}

function checkBody(body: string | null | undefined): Failure | undefined {
  if (body && [...body].length > MAX_BODY) {
    return validationFailed({
      resource: 'Issue',
      field: 'body',
      code: 'custom',
      message: `body is too long (maximum is ${MAX_BODY} characters)`,
    })
  }
  return undefined
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'status' in value && 'message' in value && !('id' in value)
}
