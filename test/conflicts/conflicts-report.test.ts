import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { planPairs } from '../../shared/conflicts'
import { renderConflictSummary } from '../../shared/conflicts'
import { buildReport, mergeReports } from '../../shared/conflicts'
import { shardPairs } from '../../shared/conflicts'
import type { AgentBranch, ConflictReport, PairResult, PairSpec } from '../../shared/conflicts'

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const branch = (name: string, n: number, role: AgentBranch['role'] = 'implementor'): AgentBranch => ({
  name,
  sha: sha(n),
  spec: '001-demo',
  role,
  ...(role === 'implementor' ? { index: n } : {}),
})

const branches = [
  branch('feature/001-demo/overseer', 9, 'overseer'),
  branch('feature/001-demo/impl-1', 1),
  branch('feature/001-demo/impl-2', 2),
  branch('feature/001-demo/impl-3', 3),
]

/** A made-up result for a planned pair: conflicted when impl-1 is in it, an error for impl-2 + impl-3. */
function resultFor(p: PairSpec): PairResult {
  if (p.left.endsWith('impl-2') && p.right.endsWith('impl-3'))
    return { ...p, status: 'error', error: 'no common history', mergeBase: null, files: [] }
  if (p.left.endsWith('impl-1') || p.right.endsWith('impl-1')) {
    return {
      ...p,
      status: 'conflicted',
      mergeBase: sha(100),
      files: [
        {
          path: 'src/app.ts',
          kind: 'content',
          leftRanges: [{ start: 3, end: 5 }],
          rightRanges: [{ start: 4, end: 4 }],
          message: 'CONFLICT (content): Merge conflict in src/app.ts',
        },
      ],
    }
  }
  return { ...p, status: 'clean', mergeBase: sha(100), files: [] }
}

function shardReport(index: number, count: number): ConflictReport {
  const pairs = shardPairs(planPairs(branches), index, count)
  return buildReport({
    scannedAt: `2024-05-0${index}T10:00:00.000Z`,
    scope: 'feature',
    shard: { index, count },
    branches,
    pairs: pairs.map(resultFor),
  })
}

describe('buildReport', () => {
  it('sorts everything and counts the outcomes', () => {
    const pairs = planPairs(branches).map(resultFor)
    const report = buildReport({
      scannedAt: new Date('2024-05-01T10:00:00Z'),
      scope: 'feature',
      branches: [...branches].reverse(),
      pairs: [...pairs].reverse(),
    })
    expect(report.version).toBe(2)
    expect(report.scannedAt).toBe('2024-05-01T10:00:00.000Z')
    expect(report.branches.map((b) => b.name)).toEqual([
      'feature/001-demo/overseer',
      'feature/001-demo/impl-1',
      'feature/001-demo/impl-2',
      'feature/001-demo/impl-3',
    ])
    expect(report.summary).toEqual({ pairs: 6, clean: 2, conflicted: 3, unrelated: 0, errors: 1 })
    expect(JSON.stringify(buildReport({ ...report, pairs }))).toBe(JSON.stringify(report))
  })
})

describe('mergeReports', () => {
  const full = buildReport({ scannedAt: '2024-05-01T10:00:00.000Z', scope: 'feature', branches, pairs: planPairs(branches).map(resultFor) })

  it('combines the shards of one scan into the unsharded report', () => {
    const merged = mergeReports([shardReport(3, 3), shardReport(1, 3), shardReport(2, 3)])
    expect(merged).toEqual(full)
    expect(merged.shard).toBeUndefined()
  })

  it('refuses shards of different scans, repeated pairs or shards, and missing shards', () => {
    const other = { ...shardReport(2, 3), branches: branches.map((b) => (b.name.endsWith('impl-3') ? { ...b, sha: sha(33) } : b)) }
    expect(() => mergeReports([shardReport(1, 3), other, shardReport(3, 3)])).toThrow(/different branches or commits/)
    expect(() => mergeReports([shardReport(1, 3), shardReport(1, 3), shardReport(2, 3)])).toThrow(/given twice/)
    expect(() => mergeReports([shardReport(1, 3), shardReport(2, 4)])).toThrow(/shard count/)
    expect(() => mergeReports([shardReport(1, 3), shardReport(3, 3)])).toThrow(/missing shard\(s\) 2 of 3/)
    expect(mergeReports([shardReport(1, 3), shardReport(3, 3)], { allowPartial: true }).pairs.length).toBeLessThan(full.pairs.length)
    const twice = shardReport(2, 3)
    const dup = { ...shardReport(1, 3), pairs: [...shardReport(1, 3).pairs, twice.pairs[0]!] }
    expect(() => mergeReports([dup, twice, shardReport(3, 3)])).toThrow(InputError)
    expect(() => mergeReports([])).toThrow(InputError)
    expect(() => mergeReports([{ ...shardReport(1, 3), scope: 'all' }, shardReport(2, 3), shardReport(3, 3)])).toThrow(/scope/)
  })
})

describe('renderConflictSummary', () => {
  const report = buildReport({
    scannedAt: '2024-05-01T10:00:00.000Z',
    scope: 'feature',
    branches,
    pairs: planPairs(branches).map(resultFor),
    divergence: [{ branch: 'feature/001-demo/impl-1', against: 'feature/001-demo/overseer', ahead: 2, behind: 5 }],
  })

  it('shows a matrix, a mermaid graph, details with linked line ranges, errors and divergence', () => {
    const text = renderConflictSummary(report, { serverUrl: 'https://github.example', repository: 'acme/app' })
    expect(text).toContain('**3 conflicting** · 2 clean · 1 not checked')
    expect(text).toMatch(/\| \*\*2\*\* feature\/001\\-demo\/impl\\-1 \| ✗ \| — \| ✗ \| ✗ \|/)
    expect(text).toContain('```mermaid\ngraph LR\n  n1["feature/001-demo/overseer"]')
    expect(text).toContain('  n1 ---|"1 file"| n2')
    expect(text).toContain(`[3–5](https://github.example/acme/app/blob/${sha(9)}/src/app.ts#L3-L5)`)
    expect(text).toContain('| no common history |')
    expect(text).toContain('| 2 | 5 |')
    expect(renderConflictSummary(report, { serverUrl: 'https://github.example', repository: 'acme/app' })).toBe(text)
  })

  it('escapes hostile branch names and paths everywhere', () => {
    const hostile = ['x|y', '<img src=x onerror=alert(1)>', 'a`b`c', 'quote"]; click n1 call evil()']
    const evil = hostile.map((name, i) => ({ ...branch(name, i + 1), spec: '001-demo' }))
    const pairs: PairResult[] = planPairs(evil, { scope: 'all' }).map((p) => ({
      ...p,
      status: 'conflicted',
      mergeBase: sha(100),
      files: [{ path: 'docs/<script>|`x`.md', kind: 'content', leftRanges: [], rightRanges: [] }],
    }))
    const text = renderConflictSummary(buildReport({ scannedAt: '2024-05-01T10:00:00.000Z', scope: 'all', branches: evil, pairs }))
    expect(text).not.toMatch(/<img|<script/)
    expect(text).not.toContain('x|y')
    expect(text).toContain('x\\|y')
    expect(text).not.toMatch(/[^\\]`b/)
    // Every mermaid label stays inside its quotes: no raw quote, bracket, pipe or angle bracket in a label.
    const mermaid = text.slice(text.indexOf('```mermaid'), text.indexOf('```', text.indexOf('```mermaid') + 3))
    for (const line of mermaid.split('\n').filter((l) => l.startsWith('  n') && l.includes('["'))) {
      expect(line).toMatch(/^ {2}n\d+\["[^"[\]|<>`]*"\]$/)
    }
    // Table rows keep their column count despite pipes in the data.
    const rows = text.split('\n').filter((l) => l.startsWith('| docs'))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(6)
  })

  it('stays under the size limit and says what was cut', () => {
    const many = Array.from({ length: 30 }, (_, i) => branch(`feature/001-demo/impl-${i + 1}`, i + 1))
    const pairs: PairResult[] = planPairs(many, { scope: 'all' }).map((p) => ({
      ...p,
      status: 'conflicted',
      mergeBase: sha(100),
      files: Array.from({ length: 20 }, (_, f) => ({
        path: `src/file-${f}.ts`,
        kind: 'content' as const,
        leftRanges: [{ start: f + 1, end: f + 2 }],
        rightRanges: [{ start: 1, end: 1 }],
      })),
    }))
    const big = buildReport({ scannedAt: '2024-05-01T10:00:00.000Z', scope: 'all', branches: many, pairs })
    const text = renderConflictSummary(big, { maxBytes: 64 * 1024 })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(64 * 1024)
    expect(text).toMatch(/cut to fit GitHub's size limit: \d+ more section/)
    expect(Buffer.byteLength(renderConflictSummary(big))).toBeLessThanOrEqual(1024 * 1024)
  })
})
