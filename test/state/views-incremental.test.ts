// The views a re-scan writes are re-rendered only for the features its events touch, with memoized escaping and a
// matrix looked up by pair: after appends of every shape (new conflicts, moved tips, resolutions, hostile names),
// every stored view must equal a full re-render of the rebuilt projection, and the matrix must show exactly the
// open conflicts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeEvent } from '../../shared/state/events/events'
import type { OrchestratorEvent } from '../../shared/state/events/event-schema'
import { openConflicts } from '../../shared/state/projection/queries'
import { StateStore } from '../../shared/views'
import { MemoryLogger } from '../../shared/logger'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const sha = (n: number) => n.toString(16).padStart(40, '0')
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString()
const SPECS = ['001-alpha', '002-beta', '003-gamma']
// Names the escapers must treat alike whether memoized or not: markdown and HTML specials, a mention, a bidi mark.
const WHO = ['overseer', 'impl-1', 'impl-2', 'impl-3', 'impl-4', 'impl-5']
const branch = (spec: string, who: string) => `feature/${spec}/${who}`
const PATHS = ['src/app.py', 'docs/<b>&"q\'.md', 'a_b*c[1](x)#.txt', '@team/notes.md', 'rtl\u202ename.txt']

function setup(): OrchestratorEvent[] {
  const o = { actor: 'ci', time: at(0) }
  return SPECS.flatMap((spec) => [
    makeEvent('feature-registered', spec, { spec, name: `${spec} <name> @someone`, tasks: [] }, o),
    ...WHO.map((who, i) =>
      makeEvent(
        'agent-assigned',
        spec,
        who === 'overseer' ? { role: 'overseer', branch: branch(spec, who) } : { role: 'implementor', branch: branch(spec, who), index: i },
        o,
      ),
    ),
  ])
}

/** One scan's events: conflicts between some pairs at tips `tip`, with files and ranges. */
function scan(minute: number, tip: number, pairs: [string, string][]): OrchestratorEvent[] {
  return pairs.map(([l, r], i) =>
    makeEvent(
      'conflict-detected',
      l.split('/')[1]!,
      {
        left: l,
        right: r,
        leftSha: sha(tip + i),
        rightSha: sha(tip + 100 + i),
        files: PATHS.slice(0, 1 + (i % PATHS.length)).map((path, k) => ({
          path,
          kind: 'content',
          leftRanges: [{ start: 1 + k, end: 3 + k }],
          rightRanges: k % 2 ? [] : [{ start: 2, end: 2 }],
        })),
      },
      { actor: 'ci', time: at(minute) },
    ),
  )
}

describe('views written by appends equal a full re-render', () => {
  let repo: TestRepo
  let store: StateStore
  beforeAll(async () => {
    repo = await makeRepo()
    store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    await store.append(setup())
  }, 60_000)

  it('after each append: new conflicts, a moved tip, a resolution, a cross-feature pair', async () => {
    const [a, b] = SPECS
    const all = (spec: string) => WHO.flatMap((l, i) => WHO.slice(i + 1).map((r) => [branch(spec, l), branch(spec, r)] as [string, string]))
    const steps: OrchestratorEvent[][] = [
      scan(1, 1000, all(a!).slice(0, 9)),
      scan(2, 2000, all(b!).slice(3, 7)),
      // One branch moved: its pairs detected again at new tips; only feature a's views change.
      scan(
        3,
        3000,
        all(a!).filter(([l]) => l.endsWith('/overseer')),
      ),
      [
        makeEvent(
          'conflict-resolved',
          a!,
          { left: branch(a!, 'impl-1'), right: branch(a!, 'impl-2'), detectedAt: at(1), lifetimeSeconds: 180 },
          { actor: 'ci', time: at(4) },
        ),
      ],
      scan(5, 5000, [[branch(a!, 'impl-3'), branch(b!, 'impl-3')]]),
    ]
    for (const events of steps) {
      const result = await store.append(events)
      expect(result.pushed).toBe(true)
      const verified = await store.verify()
      expect(verified.mismatches).toEqual([])
      expect(verified.ok).toBe(true)
      // The matrix of each feature page: a cell per open conflict, both ways round, and no other.
      const snapshot = await store.read(SPECS.map((s) => `docs/features/${s}.html`))
      let shown = 0
      for (const spec of SPECS) {
        const page = snapshot.files!.get(`docs/features/${spec}.html`)!.toString('utf8')
        const cells = [...page.matchAll(/data-pair="([^"]*)">(\d+)</g)].map((m) => `${m[1]} ${m[2]}`).sort()
        const expected = openConflicts(snapshot.projection, spec)
          .filter((c) => !c.kind)
          .flatMap((c) => [`${c.left}|${c.right} ${c.files.length}`, `${c.left}|${c.right} ${c.files.length}`])
          .map((s) => s.replace(/&/g, '&amp;'))
          .sort()
        expect(cells).toEqual(expected)
        shown += cells.length
      }
      expect(shown).toBeGreaterThan(0)
    }
  }, 120_000)
})
