import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { scanPairs } from '../../shared/conflicts'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { fileLines } from '../support/merge-oracle'
import { cleanupTemp, tempDir } from '../support/repo'

// A seeded, bounded randomized differential test: thousands of three-way merges of small
// files made of few distinct lines (so lines repeat), lines that look like conflict markers,
// CRLF and missing final newlines. Each goes through our scan and through an oracle that
// shares no code with it: raw `git merge-tree --stdin` with markers longer than any line,
// read by the small parser below.
const CASES = Number(process.env.ORCH_RANDOM_CASES ?? 2000)
const SEED = Number(process.env.ORCH_RANDOM_SEED ?? 20261126)

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const POOL = [
  'a',
  'b',
  'c',
  '{',
  '}',
  '',
  'return x',
  '=======',
  '<<<<<<< HEAD',
  '>>>>>>> other',
  '|||||||',
  'Title',
  '-------',
  'x'.repeat(90),
]

interface Case {
  base: string
  left: string
  right: string
}

function generate(random: () => number): Case {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!
  const eol = random() < 0.2 ? '\r\n' : '\n'
  const lines = Array.from({ length: 3 + Math.floor(random() * 18) }, () => pick(POOL))
  const join = (ls: string[], finalNewline: boolean): string => ls.map((l, i) => (i < ls.length - 1 || finalNewline ? l + eol : l)).join('')
  const finalNewline = random() < 0.85
  const edit = (): string => {
    const out = [...lines]
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const at = Math.floor(random() * (out.length + 1))
      const r = random()
      if (r < 0.35 && out.length) out.splice(at, 1 + Math.floor(random() * 3))
      else if (r < 0.7) out.splice(at, 0, ...Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(POOL)))
      else if (out.length) out[Math.min(at, out.length - 1)] = `${pick(POOL)} ${Math.floor(random() * 5)}`
    }
    return join(out, random() < 0.1 ? !finalNewline : finalNewline)
  }
  return { base: join(lines, finalNewline), left: edit(), right: edit() }
}

/** One fast-import stream: per case a base commit and a left and right commit on it. */
function fastImport(cases: Case[]): string {
  const out: string[] = []
  const blob = (mark: number, text: string): void => {
    out.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(text)}\n${text}\n`)
  }
  const commit = (ref: string, mark: number, file: number, from?: number): void => {
    out.push(
      `commit ${ref}\nmark :${mark}\ncommitter T <t@example.invalid> 1700000000 +0000\ndata 2\nc\n${from ? `from :${from}\n` : ''}M 100644 :${file} f.txt\n\n`,
    )
  }
  cases.forEach((c, i) => {
    const m = i * 6 + 1
    blob(m, c.base)
    blob(m + 1, c.left)
    blob(m + 2, c.right)
    commit(`refs/heads/r/${i}/base`, m + 3, m)
    commit(`refs/heads/r/${i}/left`, m + 4, m + 1, m + 3)
    commit(`refs/heads/r/${i}/right`, m + 5, m + 2, m + 3)
  })
  return out.join('')
}

interface OracleMerge {
  clean: boolean
  hunks: Array<{ ours: string[]; theirs: string[] }>
}

/** `git merge-tree --stdin` with 200-character markers (every generated line is shorter), parsed here. */
async function oracle(git: Git, pairs: Array<[string, string]>, dir: string): Promise<OracleMerge[]> {
  const size = 200
  const attributes = join(dir, 'oracle-attributes')
  writeFileSync(attributes, `* conflict-marker-size=${size}\n`)
  const r = await git.execBuffer(
    ['-c', `core.attributesFile=${attributes}`, '-c', 'merge.conflictStyle=merge', 'merge-tree', '--stdin', '--write-tree', '-z'],
    {
      input: pairs.map(([l, rr]) => `${l} ${rr}\n`).join(''),
    },
  )
  const fields = r.stdout.toString('latin1').split('\0')
  const records: Array<{ clean: boolean; tree: string }> = []
  let i = 0
  while (i < fields.length - 1) {
    const status = fields[i++]!
    const tree = fields[i++]!
    if (status === '1') {
      i++ // the record's closing empty field
      records.push({ clean: true, tree })
      continue
    }
    while (fields[i] !== '') i++ // conflicted file entries
    i++
    while (fields[i] !== '') i += Number(fields[i]) + 3 // messages: count, paths, type, text
    i++
    records.push({ clean: false, tree })
  }
  const merged = await git.execBuffer(['cat-file', '--batch'], {
    input: records.map((rec) => `${rec.tree}:f.txt\n`).join(''),
  })
  const blobs = merged.stdout.toString('latin1')
  let pos = 0
  return records.map((rec, k) => {
    const header = blobs.slice(pos, blobs.indexOf('\n', pos))
    const length = Number(header.split(' ')[2])
    const content = blobs.slice(pos + header.length + 1, pos + header.length + 1 + length)
    pos += header.length + 1 + length + 1
    const hunks: OracleMerge['hunks'] = []
    let current: OracleMerge['hunks'][number] | null = null
    let side: 'ours' | 'theirs' = 'ours'
    for (const line of content.split('\n')) {
      const l = line.endsWith('\r') ? line.slice(0, -1) : line
      if (l.startsWith(`${'<'.repeat(size)} `)) {
        current = { ours: [], theirs: [] }
        side = 'ours'
      } else if (current && l === '='.repeat(size)) side = 'theirs'
      else if (current && l.startsWith(`${'>'.repeat(size)} `)) {
        hunks.push(current)
        current = null
      } else if (current) current[side].push(line)
    }
    void k
    return { clean: rec.clean, hunks }
  })
}

afterAll(cleanupTemp)

/**
 * Lines without their CR: git ends the last line of a hunk with the file's line ending even
 * when that line had none (a CRLF file without a final newline), so only the text is compared.
 */
const bare = (lines: readonly string[]): string[] => lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))

describe(`randomized differential test: ${CASES} seeded three-way merges (seed ${SEED})`, () => {
  it('our verdicts, files and line ranges agree with raw git read with markers longer than any line', async () => {
    const random = rng(SEED)
    const cases = Array.from({ length: CASES }, () => generate(random))
    const dir = tempDir('orch-random-')
    const gitDir = join(dir, 'repo.git')
    await new Git(dir).run(['init', '--quiet', '--bare', gitDir])
    const git = new Git(gitDir)
    await git.run(['fast-import', '--quiet'], { input: fastImport(cases) })
    const shas = (await git.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/r/'])).split('\n')
    const tip = new Map(shas.map((l) => l.split(' ') as [string, string]))
    const pairs = cases.map((_, i) => ({
      left: `r/${i}/left`,
      right: `r/${i}/right`,
      leftSha: tip.get(`refs/heads/r/${i}/left`)!,
      rightSha: tip.get(`refs/heads/r/${i}/right`)!,
    }))
    const ours = await scanPairs(git, pairs, { logger: new MemoryLogger(), skipDisjoint: false })
    const byName = new Map(ours.map((r) => [r.left, r]))
    const expected = await oracle(
      git,
      pairs.map((p) => [p.leftSha, p.rightSha]),
      dir,
    )
    const problems: string[] = []
    let conflicted = 0
    let withEmptySide = 0
    let withMarkerLikeLines = 0
    cases.forEach((c, i) => {
      const got = byName.get(`r/${i}/left`)!
      const want = expected[i]!
      const where = `case ${i} (seed ${SEED})`
      if (got.status !== (want.clean ? 'clean' : 'conflicted'))
        return problems.push(`${where}: ${got.status}, git says ${want.clean ? 'clean' : 'conflicted'}`)
      if (want.clean) return
      conflicted++
      if (/^(=|<|>|\|){7}/m.test(c.left + c.right)) withMarkerLikeLines++
      const file = got.files[0]
      if (got.files.length !== 1 || file?.path !== 'f.txt')
        return problems.push(`${where}: files ${JSON.stringify(got.files.map((f) => f.path))}`)
      if (file.leftRanges.length !== want.hunks.length || file.rightRanges.length !== want.hunks.length)
        return problems.push(`${where}: ${file.leftRanges.length}/${file.rightRanges.length} ranges, git has ${want.hunks.length} hunks`)
      const sides = [
        ['ours', file.leftRanges, fileLines(Buffer.from(c.left, 'latin1'))],
        ['theirs', file.rightRanges, fileLines(Buffer.from(c.right, 'latin1'))],
      ] as const
      for (const [side, ranges, lines] of sides) {
        let previousEnd = 0
        ranges.forEach((r, k) => {
          if (r.end < r.start) withEmptySide++
          const bad =
            r.start < 1 || r.end < r.start - 1 || r.start <= previousEnd || r.end > lines.length
              ? 'out of order or bounds'
              : JSON.stringify(bare(lines.slice(r.start - 1, r.end))) !== JSON.stringify(bare(want.hunks[k]![side]))
                ? `lines ${JSON.stringify(lines.slice(r.start - 1, r.end))} are not the hunk ${JSON.stringify(want.hunks[k]![side])}`
                : ''
          if (bad) problems.push(`${where}: ${side} range ${r.start}-${r.end}: ${bad}`)
          previousEnd = Math.max(previousEnd, r.end)
        })
      }
    })
    expect(problems.slice(0, 10)).toEqual([])
    // The generator must really produce the hard cases, or the test proves little.
    expect(conflicted).toBeGreaterThan(CASES / 10)
    expect(withEmptySide).toBeGreaterThan(CASES / 50)
    expect(withMarkerLikeLines).toBeGreaterThan(CASES / 20)
  }, 300_000)
})
