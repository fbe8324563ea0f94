import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { scanPairs, type PairSpec } from '../../shared/conflicts'
import { MemoryLogger } from '../../shared/logger'
import { cleanupTemp, makeRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

// 30 branches that all change the same lines: 435 pairs, every one merged and conflicted, enough for the
// scan to describe 4 slices of merges while git merges the next ones (2 rounds of 2 processes).
const BRANCHES = 30
const numbered = (n: number, change: Record<number, string> = {}): string =>
  Array.from({ length: n }, (_, i) => change[i + 1] ?? `line ${i + 1}`).join('\n') + '\n'

let repo: TestRepo
const pairs: PairSpec[] = []

beforeAll(async () => {
  repo = await makeRepo({ 'shared.txt': numbered(40) })
  const shas: Array<[string, string]> = []
  for (let b = 1; b <= BRANCHES; b++) {
    const name = `b${String(b).padStart(2, '0')}`
    shas.push([name, await repo.commit(name, { 'shared.txt': numbered(40, { 20: `branch ${b} was here` }) }, name, 'main')])
  }
  for (let i = 0; i < shas.length; i++)
    for (let j = i + 1; j < shas.length; j++)
      pairs.push({ left: shas[i]![0], right: shas[j]![0], leftSha: shas[i]![1], rightSha: shas[j]![1] })
}, 120_000)

describe('ranges worked out slice by slice', () => {
  it('every pair of a scan described in slices gets the ranges it gets scanned alone', async () => {
    const logger = new MemoryLogger()
    const all = await scanPairs(repo.git, pairs, { logger, maxParallel: 2 })
    expect(logger.messages('debug').filter((m) => m.startsWith('conflict scan: line ranges of')).length).toBeGreaterThan(2)
    expect(all.map((r) => r.status)).toEqual(pairs.map(() => 'conflicted'))
    for (const k of [0, 57, 230, 434]) {
      const [alone] = await scanPairs(repo.git, [pairs[k]!], { logger: new MemoryLogger(), maxParallel: 1 })
      const mine = all.find((r) => r.left === pairs[k]!.left && r.right === pairs[k]!.right)!
      expect(mine.files[0]!.leftRanges).toEqual([{ start: 20, end: 20 }])
      expect(alone).toEqual(mine)
    }
  })

  it("a slice whose blob reads fail fails the scan with git's error, after the merges, and leaves no sandbox behind", async () => {
    // git in front of the real one: the second `cat-file --batch-check` (the second slice's blob sizes) fails;
    // every call in a merge sandbox writes down the sandbox.
    const shim = tempDir('orch-git-shim-')
    const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(
      join(shim, 'git'),
      [
        '#!/bin/sh',
        `[ -n "$GIT_DIR" ] && echo "$GIT_DIR" >> "${shim}/sandboxes"`,
        'case " $* " in',
        '  *" cat-file --batch-check"*)',
        `    echo x >> "${shim}/checks"`,
        `    if [ "$(wc -l < "${shim}/checks")" -eq 2 ]; then echo "fatal: the shim refuses this read" >&2; exit 128; fi ;;`,
        'esac',
        `exec ${real} "$@"`,
        '',
      ].join('\n'),
    )
    chmodSync(join(shim, 'git'), 0o755)
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const path = process.env.PATH
    process.env.PATH = `${shim}:${path}`
    try {
      await expect(scanPairs(repo.git, pairs, { logger: new MemoryLogger(), maxParallel: 2 })).rejects.toThrow(/the shim refuses this read/)
    } finally {
      process.env.PATH = path
      process.off('unhandledRejection', onUnhandled)
    }
    // The failed slice was not the last thing to run: later slices and merges went on and ended before the
    // error came out, and the sandbox they all used is gone.
    expect(readFileSync(join(shim, 'checks'), 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(2)
    const sandboxes = [
      ...new Set(
        readFileSync(join(shim, 'sandboxes'), 'utf8')
          .split('\n')
          .filter((l) => l.includes('orch-merge-')),
      ),
    ]
    expect(sandboxes).toHaveLength(1)
    expect(existsSync(sandboxes[0]!)).toBe(false)
    expect(unhandled).toEqual([])
  })
})
