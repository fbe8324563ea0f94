// A local stand-in for GitHub's REST API, on 127.0.0.1 and a random port, for tests that drive the real
// client (Octokit with its retry and throttling plugins) without the network. It serves one repository;
// any other repository answers 404 like GitHub does for a repository the token cannot see.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorBody, failureMatches, notFound, type Failure, type FailureSpec } from './fake-github-failures'
import { fullRepositoryObject, simplePull } from './fake-github-objects'
import type {
  AddLabelsBody,
  CreateCommentBody,
  CreatePullBody,
  IssueComment,
  PullRequest,
  UpdateCommentBody,
  UpdatePullBody,
} from './fake-github-objects'
import { FakeStore, isFailure, type NewPullInput } from './fake-github-store'

export * from './fake-github-failures'
export type { NewPullInput, StoredComment } from './fake-github-store'
export type { IssueComment, Label, PullRequest, PullRequestSimple } from './fake-github-objects'

export interface FakeGitHubOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** When set, requests must carry this token, or get 401 "Bad credentials". */
  token?: string
  /** The web address objects point to (default https://github.com). */
  serverUrl?: string
}

export interface LoggedRequest {
  method: string
  /** The path as received (including a GitHub Enterprise `/api/v3` prefix), without the query. */
  path: string
  query: Record<string, string>
  body: unknown
  /** The status the fake answered with. */
  status: number
}

export interface FakeGitHub {
  /** The API root to give the client, e.g. http://127.0.0.1:41234 (append `/api/v3` to act as GHES). */
  url: string
  owner: string
  repo: string
  state: FakeStore
  requests: LoggedRequest[]
  /** The requests that were not reads (POST, PATCH, PUT, DELETE). */
  writes(): LoggedRequest[]
  failNext(spec: FailureSpec): void
  addPull(input: NewPullInput): PullRequest
  /** Marks it merged; `mergeCommitSha` is the commit the merge made (default: the head). */
  mergePull(number: number, mergeCommitSha?: string): PullRequest
  addComment(issue: number, body: string, login?: string): IssueComment
  /** Label names on an issue or pull request. */
  labelsOn(issue: number): string[]
  close(): Promise<void>
}

type Reply = { status: number; data: unknown; headers?: Record<string, string> }

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'widgets'
  const failures: FailureSpec[] = []
  const requests: LoggedRequest[] = []
  const urls = { api: '', html: (options.serverUrl ?? 'https://github.com').replace(/\/+$/, '') }

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  urls.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Created once the port is known: the objects it builds carry the fake's own URLs.
  const store = new FakeStore(urls, owner, repo, options.defaultBranch ?? 'main')

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', urls.api)
    const method = (req.method ?? 'GET').toUpperCase()
    const entry: LoggedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 }
    requests.push(entry)
    let reply: Reply
    try {
      const text = await readBody(req)
      entry.body = text ? JSON.parse(text) : undefined
      reply = respond(req, method, url, entry.body)
    } catch {
      reply = failure({ status: 400, message: 'Problems parsing JSON' })
    }
    entry.status = reply.status
    const payload = reply.status === 204 ? '' : JSON.stringify(reply.data)
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
      'x-github-media-type': 'github.v3; format=json',
      ...reply.headers,
    })
    res.end(payload)
  }

  function respond(req: IncomingMessage, method: string, url: URL, body: unknown): Reply {
    const index = failures.findIndex((f) => failureMatches(f, method, url.pathname))
    if (index >= 0) {
      const spec = failures[index]
      spec.times = (spec.times ?? 1) - 1
      if (spec.times <= 0) failures.splice(index, 1)
      spec.sideEffect?.()
      if (spec.landed) serve(req, method, url, body)
      return failure(spec)
    }
    return serve(req, method, url, body)
  }

  function serve(req: IncomingMessage, method: string, url: URL, body: unknown): Reply {
    const auth = req.headers.authorization ?? ''
    if (options.token !== undefined && auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      return failure({ status: 401, message: 'Bad credentials' })
    }
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '')
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path)
    if (!match || decodeURIComponent(match[1]) !== owner || decodeURIComponent(match[2]) !== repo) return failure(notFound())
    return route(method, match[3] ?? '', url, body)
  }

  function route(method: string, rest: string, url: URL, body: unknown): Reply {
    const q = url.searchParams
    let m: RegExpExecArray | null
    if (method === 'GET' && rest === '') {
      const open = store.pulls.filter((p) => p.state === 'open').length
      return ok(fullRepositoryObject(store.repository, open))
    }
    if (rest === '/pulls' && method === 'GET') {
      const state = q.get('state') ?? 'open'
      const head = q.get('head')
      const base = q.get('base')
      const pulls = store.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head || (head.includes(':') ? p.head.label === head : p.head.ref === head))
        .filter((p) => !base || p.base.ref === base)
        .sort((a, b) => b.number - a.number)
      return page(pulls.map(simplePull), url)
    }
    // Pull requests associated with a commit: its head or its merge commit, as GitHub lists them.
    if ((m = /^\/commits\/([0-9a-f]{7,64})\/pulls$/.exec(rest)) && method === 'GET') {
      const sha = m[1]
      return page(store.pulls.filter((p) => p.head.sha === sha || p.merge_commit_sha === sha).map(simplePull), url)
    }
    if (rest === '/pulls' && method === 'POST') {
      const b = body as CreatePullBody
      return created(store.addPull({ head: b.head, base: b.base, title: b.title, body: b.body, draft: b.draft }))
    }
    if ((m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const number = Number(m[1])
      if (method === 'GET') return okOrFail(store.pull(number) ?? notFound())
      if (method === 'PATCH') return okOrFail(store.updatePull(number, (body ?? {}) as UpdatePullBody))
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1])
      if (!store.pull(issue)) return failure(notFound())
      if (method === 'GET') return page(store.commentsOn(issue), url)
      if (method === 'POST') return created(store.addComment(issue, (body as CreateCommentBody | undefined)?.body))
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      return okOrFail(store.updateComment(Number(m[1]), (body as UpdateCommentBody | undefined)?.body))
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'DELETE') {
      const gone = store.deleteComment(Number(m[1]))
      return gone ? failure(gone) : noContent()
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest))) {
      const issue = Number(m[1])
      if (!store.pull(issue)) return failure(notFound())
      if (method === 'GET') return page(store.labelsOn(issue), url)
      if (method === 'POST') {
        const given = ((body ?? {}) as AddLabelsBody).labels ?? []
        return okOrFail(
          store.addLabels(
            issue,
            given.map((l) => (typeof l === 'string' ? l : l.name)),
          ),
        )
      }
    }
    if ((m = /^\/issues\/(\d+)\/labels\/([^/]+)$/.exec(rest)) && method === 'DELETE') {
      return okOrFail(store.removeLabel(Number(m[1]), decodeURIComponent(m[2])))
    }
    return failure(notFound())
  }

  const fake: FakeGitHub = {
    url: urls.api,
    owner,
    repo,
    state: store,
    requests,
    writes: () => requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD'),
    failNext: (spec) => void failures.push({ ...spec }),
    addPull: (input) => orThrow(store.addPull({ title: `Pull request from ${input.head}`, ...input })),
    mergePull: (number, mergeCommitSha) => store.mergePull(number, mergeCommitSha),
    addComment: (issue, body, login) => orThrow(store.addComment(issue, body, login)),
    labelsOn: (issue) => store.labelsOn(issue).map((l) => l.name),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
  return fake
}

/** One page of `items` with GitHub's `Link` header (`per_page` default 30, at most 100). */
function page(items: unknown[], url: URL): Reply {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
  const current = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (n: number, rel: string) => {
    const next = new URL(url)
    next.searchParams.set('page', String(n))
    return `<${next.toString()}>; rel="${rel}"`
  }
  const links = [
    ...(current > 1 ? [link(current - 1, 'prev'), link(1, 'first')] : []),
    ...(current < last ? [link(current + 1, 'next'), link(last, 'last')] : []),
  ]
  const data = items.slice((current - 1) * perPage, current * perPage)
  return { status: 200, data, headers: links.length ? { link: links.join(', ') } : {} }
}

function failure(f: Failure): Reply {
  return { status: f.status, data: errorBody(f), headers: f.headers }
}

function ok(data: unknown): Reply {
  return { status: 200, data }
}

function noContent(): Reply {
  return { status: 204, data: undefined }
}

function okOrFail(result: object | Failure): Reply {
  return isFailure(result) ? failure(result) : ok(result)
}

function created(result: object | Failure): Reply {
  return isFailure(result) ? failure(result) : { status: 201, data: result }
}

function orThrow<T>(result: T | Failure): T {
  if (isFailure(result)) throw new Error(`fake GitHub refused: ${result.status} ${JSON.stringify(errorBody(result))}`)
  return result
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
