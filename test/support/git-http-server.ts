// A git server over HTTP on 127.0.0.1: `git http-backend` behind node's http server, so that a
// test can see what a git client sends (its Authorization header) and refuse what lacks it.
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { killGroup, track } from './processes'

export interface GitHttpServer {
  url: string
  /** The Authorization header of every request, in order ('' when there was none). */
  authorizations: string[]
  close(): Promise<void>
}

/** Serves the repositories under `root` (`<url>/<owner>/<name>`); answers 401 to a request without `expected` as its Authorization. */
export async function startGitHttpServer(root: string, expected: string): Promise<GitHttpServer> {
  const authorizations: string[] = []
  const server: Server = createServer((req, res) => {
    const auth = req.headers.authorization ?? ''
    authorizations.push(auth)
    if (auth !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end()
      return
    }
    backend(root, req)
      .then(({ status, headers, body }) => res.writeHead(status, headers).end(body))
      .catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    authorizations,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

function backend(root: string, req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: 'x-access-token',
    REMOTE_ADDR: '127.0.0.1',
  }
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = String(req.headers['content-encoding'])
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol'])
  return new Promise((done, fail) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'], detached: true })
    track(child, 'git http-backend')
    const out: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.on('error', fail)
    child.on('close', () => {
      killGroup(child.pid!)
      const all = Buffer.concat(out)
      const split = all.indexOf('\r\n\r\n')
      const head = all.subarray(0, split).toString('latin1')
      const headers: Record<string, string> = {}
      let status = 200
      for (const line of head.split('\r\n')) {
        const colon = line.indexOf(':')
        if (colon < 0) continue
        const name = line.slice(0, colon).trim()
        const value = line.slice(colon + 1).trim()
        if (name.toLowerCase() === 'status') status = parseInt(value, 10)
        else headers[name] = value
      }
      done({ status, headers, body: all.subarray(split + 4) })
    })
    req.pipe(child.stdin)
  })
}
