import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the server does with one request: answer with a status (and Retry-After), or never answer. */
export type Behaviour = { status: number; retryAfter?: string } | { hang: true }

export interface Delivery {
  path: string
  contentType: string | undefined
  /** The Idempotency-Key header, when the sender gave one. */
  idempotencyKey: string | undefined
  body: Record<string, unknown>
  at: number
}

/**
 * A webhook receiver on 127.0.0.1: records every JSON delivery, answers each
 * request with the next scripted behaviour (then 200), so tests can inject
 * 429s, 500s and timeouts.
 */
export class WebhookServer {
  readonly deliveries: Delivery[] = []
  readonly script: Behaviour[] = []
  private server!: Server
  private hanging: ServerResponse[] = []
  url = ''

  async start(path = '/hooks/T000/B000/secret-token-XYZ'): Promise<this> {
    this.server = createServer((req, res) => this.handle(req, res))
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`
    return this
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const behaviour = this.script.shift() ?? { status: 200 }
      let body: Record<string, unknown>
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        body = { unparsable: true }
      }
      this.deliveries.push({
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        body,
        at: Date.now(),
      })
      if ('hang' in behaviour) {
        this.hanging.push(res)
        return
      }
      res.writeHead(behaviour.status, behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {})
      res.end(behaviour.status === 200 ? 'ok' : 'error')
    })
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((r) => this.server.close(() => r()))
  }
}
