import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Git } from '../../shared/git/git'
import { runCliProcess, showFile } from '../support/cli'
import { SCENARIOS, type MergeScenario } from '../support/merge-scenarios'
import { fileLines, mergeFileHunks, rawMergeTree, type RawMerge } from '../support/merge-oracle'
import { CommitBuilder } from '../support/plumbing'
import { cleanupTemp, tempDir } from '../support/repo'

interface ReportedFile {
  path: string
  pathBase64?: string
  kind: string
  leftRanges: Array<{ start: number; end: number }>
  rightRanges: Array<{ start: number; end: number }>
}
interface ReportedPair {
  left: string
  right: string
  leftSha: string
  rightSha: string
  status: string
  error?: string
  files: ReportedFile[]
  messages?: Array<{ paths: string[]; type: string; text: string }>
}

const specOf = (i: number, s: MergeScenario): string => `${101 + i}-${s.name}`

/** Bytes of a reported path: base64 when it was quoted, else its text. */
const bytesOf = (f: { path: string; pathBase64?: string }): Buffer =>
  f.pathBase64 === undefined ? Buffer.from(f.path, 'utf8') : Buffer.from(f.pathBase64, 'base64')

describe(`${SCENARIOS.length} merge scenarios: our scan against raw git merge-tree, in a hostile clone, with recording on`, () => {
  let builder: CommitBuilder
  const tips = new Map<string, { left: string; right: string }>()
  let pairs: ReportedPair[]
  let stateCommit: string
  let cliCode: number
  let raw: Map<string, RawMerge>

  beforeAll(async () => {
    builder = await CommitBuilder.init()
    for (const [i, s] of SCENARIOS.entries()) {
      const spec = specOf(i, s)
      const base = await builder.commit(s.base, [], `${spec} base`)
      let left: string
      let right: string
      if (s.shape === 'criss-cross') {
        // Two merge bases: each branch merged the other's first commit.
        const a = await builder.commit({ 'side-a.txt': 'a\n' }, [base], 'a')
        const c = await builder.commit({ 'side-c.txt': 'c\n' }, [base], 'c')
        left = await builder.commit({ ...s.left, 'side-c.txt': 'c\n' }, [a, c], 'left merges c')
        right = await builder.commit({ ...s.right, 'side-a.txt': 'a\n' }, [c, a], 'right merges a')
      } else if (s.shape === 'unrelated') {
        left = await builder.commit(s.left, [base], 'left')
        right = await builder.commit(s.right, [], 'an unrelated root')
      } else {
        left = await builder.commit(s.left, [base], 'left')
        right = await builder.commit(s.right, [base], 'right')
      }
      if (i === 0) await builder.branch('main', base)
      await builder.branch(`feature/${spec}/overseer`, base)
      await builder.branch(`feature/${spec}/impl-1`, left)
      await builder.branch(`feature/${spec}/impl-2`, right)
      tips.set(spec, { left, right })
    }
    await builder.git.run(['symbolic-ref', 'HEAD', 'refs/heads/main'])

    // The oracle: raw git in the plain bare repository, default settings.
    raw = new Map()
    for (const [spec, t] of tips) raw.set(spec, await rawMergeTree(builder.git, t.left, t.right))

    // The scanning clone does everything it can to change verdicts: union merges in the work
    // tree, in .git/info/attributes and in the user's attributes file, zdiff3, renames off.
    const root = tempDir('orch-hostile-')
    const work = join(root, 'work')
    await new Git(root).run(['clone', '--quiet', '--no-checkout', builder.git.cwd, work])
    writeFileSync(join(work, '.gitattributes'), '* merge=union\n')
    mkdirSync(join(work, '.git', 'info'), { recursive: true })
    writeFileSync(join(work, '.git', 'info', 'attributes'), '* merge=union\n* conflict-marker-size=3\n')
    const userAttributes = join(root, 'attributes')
    writeFileSync(userAttributes, '* merge=union\n')
    const userConfig = join(root, 'gitconfig')
    writeFileSync(
      userConfig,
      [
        '[user]\n\tname = Hostile\n\temail = h@example.invalid',
        `[core]\n\tattributesFile = ${userAttributes}`,
        '[merge]\n\tconflictStyle = zdiff3\n\trenames = false\n\tdirectoryRenames = false',
        '[diff]\n\trenames = false',
        '',
      ].join('\n'),
    )
    const run = await runCliProcess(['check-conflicts', '--json'], work, { GIT_CONFIG_GLOBAL: userConfig })
    if (!run.stdout.startsWith('{')) throw new Error(`check-conflicts failed (${run.code}): ${run.stderr}`)
    const report = JSON.parse(run.stdout) as { pairs: ReportedPair[]; stateCommit: string }
    cliCode = run.code
    pairs = report.pairs
    stateCommit = report.stateCommit
  }, 240_000)
  afterAll(cleanupTemp)

  const pairOf = (spec: string): ReportedPair =>
    pairs.find((p) => p.left === `feature/${spec}/impl-1` && p.right === `feature/${spec}/impl-2`) ??
    pairs.find((p) => p.right === `feature/${spec}/impl-1` && p.left === `feature/${spec}/impl-2`)!

  it('exits 1 (conflicts, no errors) and evaluates every pair', () => {
    expect(cliCode).toBe(1)
    expect(pairs.filter((p) => p.status === 'error')).toEqual([])
    expect(pairs).toHaveLength(SCENARIOS.length * 3)
  })

  it.each(SCENARIOS.map((s, i) => [s.name, i] as const))('%s: verdict, files and kinds as git says', async (_name, i) => {
    const s = SCENARIOS[i]!
    const spec = specOf(i, s)
    const expected = raw.get(spec)!
    const pair = pairOf(spec)
    const flipped = pair.left.endsWith('impl-2')
    if (expected.exit === 128) {
      expect(pair.status).toBe('unrelated')
      return
    }
    expect(pair.status).toBe(expected.exit === 1 ? 'conflicted' : 'clean')
    expect(pair.files.map((f) => bytesOf(f).toString('latin1'))).toEqual(expected.paths.map((p) => p.toString('latin1')))
    if (s.kinds) expect(Object.fromEntries(pair.files.map((f) => [f.path.replace(/~[0-9a-f]{40}$/, '~SIDE'), f.kind]))).toEqual(s.kinds)
    if (s.messageOnly) {
      expect(pair.files).toEqual([])
      expect(pair.messages?.map((m) => `${m.type} ${m.text}`).join(' ')).toMatch(
        /CONFLICT \(implicit dir rename\): Existing file\/dir at z\/c.txt in the way/,
      )
      expect(expected.messages).toMatch(/implicit dir rename/)
    }
    // Ranges: the lines each side has at the reported range are the hunk git's own merge-file
    // gives for the same three versions, with markers longer than any line.
    for (const f of pair.files) {
      const st = expected.stages.get(bytesOf(f).toString('latin1'))!
      const text = st.modes.every((m) => m === '100644' || m === '100755') && st[2] && st[3] && !['binary'].includes(f.kind)
      if (!text) {
        expect([f.leftRanges, f.rightRanges]).toEqual([[], []])
        continue
      }
      const blob = async (oid?: string): Promise<Buffer> =>
        oid ? (await builder.git.execBuffer(['cat-file', 'blob', oid])).stdout : Buffer.alloc(0)
      const [base, ours, theirs] = await Promise.all([blob(st[1]), blob(st[2]), blob(st[3])])
      const hunks = await mergeFileHunks(builder.git, { base, ours, theirs })
      const [leftRanges, rightRanges] = flipped ? [f.rightRanges, f.leftRanges] : [f.leftRanges, f.rightRanges]
      expect(leftRanges).toHaveLength(hunks.length)
      expect(rightRanges).toHaveLength(hunks.length)
      for (const [side, ranges, content] of [
        ['ours', leftRanges, fileLines(ours)],
        ['theirs', rightRanges, fileLines(theirs)],
      ] as const) {
        let previousEnd = 0
        ranges.forEach((r, k) => {
          expect(r.start).toBeGreaterThanOrEqual(1)
          expect(r.end).toBeGreaterThanOrEqual(r.start - 1)
          expect(r.start).toBeGreaterThan(previousEnd)
          expect(r.end).toBeLessThanOrEqual(content.length)
          previousEnd = r.end
          expect({ side, lines: content.slice(r.start - 1, r.end) }).toEqual({ side, lines: hunks[k]![side] })
        })
      }
    }
  })

  it('records every conflict, empty ranges, quoted paths and git messages included, on the state branch', async () => {
    expect(stateCommit).toMatch(/^[0-9a-f]{40}$/)
    const projection = JSON.parse((await showFile(builder.git, stateCommit, 'projection.json'))!) as {
      features: Record<
        string,
        {
          conflicts: Record<string, { openSince: string[]; detected: { files: ReportedFile[]; messages?: Array<{ text: string }> } | null }>
        }
      >
    }
    for (const [i, s] of SCENARIOS.entries()) {
      const spec = specOf(i, s)
      const pair = pairOf(spec)
      const open = Object.values(projection.features[spec]?.conflicts ?? {}).filter((c) => c.openSince.length)
      if (pair.status !== 'conflicted') {
        expect({ spec, open: open.length }).toEqual({ spec, open: 0 })
        continue
      }
      expect({ spec, open: open.length }).toEqual({ spec, open: 1 })
      const recorded = open[0]!.detected!
      expect(recorded.files.map((f) => [f.path, f.pathBase64 ?? null, f.kind, f.leftRanges, f.rightRanges])).toEqual(
        pair.files.map((f) => [f.path, f.pathBase64 ?? null, f.kind, f.leftRanges, f.rightRanges]),
      )
      if (s.messageOnly) expect(recorded.messages?.[0]?.text).toMatch(/implicit dir rename|in the way/)
    }
    // The three deletion scenarios of the original report are recorded with empty ranges.
    const deleted = pairOf(
      specOf(
        SCENARIOS.findIndex((s) => s.name === 'delete-middle'),
        SCENARIOS.find((s) => s.name === 'delete-middle')!,
      ),
    )
    const side = deleted.left.endsWith('impl-1') ? deleted.files[0]!.leftRanges : deleted.files[0]!.rightRanges
    expect(side).toEqual([{ start: 3, end: 2 }])
  })
})
