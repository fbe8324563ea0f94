// Many writers at once, as in real use: separate OS processes (the CLI bundle),
// each in its own clone of one bare remote, racing to append to the state
// branch, which none of them has when they start.
import { afterAll, describe, expect, it } from '@jest/globals'
import { eventFiles, stateHead } from '../support/agent-feature'
import { CliRun, runCliProcess } from '../support/cli'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'

const FEATURE = '009-many-writers'
// Enough writers to race on every append (each CAS loses to the others most of the time) while the
// work stays bounded: 20 × 5 processes made each append wait through up to 30 compare-and-swap rounds,
// minutes on a busy 2-core machine. Scale is the benchmark's job (`npm run bench:writers`, 50 × 4).
const WRITERS = 4
const EVENTS_EACH = 3

const blockerId = (writer: number, n: number) => `w${String(writer).padStart(2, '0')}-e${n}`

afterAll(cleanupTemp)

/** One writer: its appends one after another, each a separate `orchestrator events log` process. */
async function writer(clone: TestRepo, index: number): Promise<CliRun[]> {
  const runs: CliRun[] = []
  for (let n = 1; n <= EVENTS_EACH; n++) {
    const data = JSON.stringify({ id: blockerId(index, n), reason: `writer ${index}, event ${n}` })
    runs.push(
      await runCliProcess(
        ['events', 'log', 'blocker-raised', '--feature', FEATURE, '--agent', `writer-${index}`, '--data', data],
        clone.dir,
      ),
    )
  }
  return runs
}

describe('state branch written by concurrent CLI processes', () => {
  it(`${WRITERS} clones × ${EVENTS_EACH} appends at the same time: every event lands exactly once and the views stay consistent`, async () => {
    const origin = await makeRepo()
    const clones = await Promise.all(Array.from({ length: WRITERS }, () => origin.clone()))
    expect(await stateHead(origin)).toBeUndefined()

    const results = await Promise.all(clones.map((clone, i) => writer(clone, i + 1)))

    const runs = results.flat()
    expect(runs).toHaveLength(WRITERS * EVENTS_EACH)
    const landed = runs.flatMap((r, i) => (r.code === 0 ? [blockerId(Math.floor(i / EVENTS_EACH) + 1, (i % EVENTS_EACH) + 1)] : []))

    // What must hold whatever happened: no duplicate, a refused append left nothing behind, and
    // projection.json and every view equal a rebuild from the events.
    const files = await eventFiles(origin)
    expect(new Set(files).size).toBe(files.length)
    expect(files.every((f) => f.startsWith(`events/${FEATURE}/`))).toBe(true)
    const status = await runCliProcess(['events', 'status', FEATURE, '--json'], origin.dir)
    expect(status.code).toBe(0)
    const feature = JSON.parse(status.stdout).features[0]
    expect(feature.eventCount).toBe(files.length)
    expect(feature.blockers.map((b: { id: string }) => b.id).sort()).toEqual([...landed].sort())
    const verify = await runCliProcess(['events', 'verify'], origin.dir)
    expect(verify.stderr).not.toMatch(/error/)
    expect(verify.code).toBe(0)

    // And no writer may fail for losing a race: every process exited 0, every event landed.
    const failed = runs.filter((r) => r.code !== 0).map((r) => `${r.code}: ${r.stderr.trim().split('\n').pop()}`)
    expect(failed).toEqual([])
    expect(files).toHaveLength(WRITERS * EVENTS_EACH)
  })
})
