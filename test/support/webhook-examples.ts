// The community's example webhook payloads (@octokit/webhooks-examples), adapted to a test
// repository: the shapes GitHub really sends, with the test's commits, refs and names in them.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

interface WebhookExamples {
  name: string
  examples: Record<string, unknown>[]
}

let cache: WebhookExamples[] | undefined

function all(): WebhookExamples[] {
  const path = createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json')
  cache ??= JSON.parse(readFileSync(path, 'utf8')) as WebhookExamples[]
  return cache
}

/** The first example of `event` that `pick` accepts (a deep copy); throws when the package has none. */
export function webhookExample(event: string, pick: (payload: Record<string, unknown>) => boolean): Record<string, unknown> {
  const found = all()
    .find((e) => e.name === event)
    ?.examples.find(pick)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} example that fits`)
  return structuredClone(found)
}

/**
 * The payload with every string that equals (or contains, for the repository's full name) a key
 * replaced by its value, and the listed fields set: the example's shas, refs and names become the
 * test repository's, its shape stays GitHub's.
 */
export function adaptPayload(
  payload: Record<string, unknown>,
  replace: Record<string, string>,
  set: Record<string, unknown> = {},
): Record<string, unknown> {
  const keys = Object.keys(replace).sort((a, b) => b.length - a.length)
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return keys.reduce((s, k) => s.split(k).join(replace[k]!), value)
    if (Array.isArray(value)) return value.map(walk)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
    return value
  }
  const out = walk(payload) as Record<string, unknown>
  for (const [path, value] of Object.entries(set)) {
    const parts = path.split('.')
    let node = out as Record<string, unknown>
    for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>
    node[parts[parts.length - 1]!] = value
  }
  return out
}
