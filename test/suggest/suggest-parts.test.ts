import { describe, expect, it } from '@jest/globals'
import { commandDigest, splitCommandLine } from '../../shared/suggest/command-line'
import { claimedSuggestion } from '../../shared/suggest/claimed-suggestion'
import { leftoverMarkerLines } from '../../shared/conflicts/conflict-markers'
import { renderConflictComment } from '../../shared/github/conflict-comment'
import { InputError } from '../../shared/errors'

describe('suggest-command is an argument vector, never a shell line', () => {
  it.each([
    ['claude -p', ['claude', '-p']],
    ['  node   scripts/resolve.js  ', ['node', 'scripts/resolve.js']],
    [`node -e 'console.log("a b")'`, ['node', '-e', 'console.log("a b")']],
    ['sh -c "echo \\"hi\\" \\\\ there"', ['sh', '-c', 'echo "hi" \\ there']],
    ['a\\ b "" c', ['a b', '', 'c']],
    ['tool \'$HOME\' "*.ts"', ['tool', '$HOME', '*.ts']],
  ])('%s', (line, argv) => {
    expect(splitCommandLine(line)).toEqual(argv)
  })

  it.each([
    ['claude -p | tee x', '"|" (at 11) is shell syntax'],
    ['echo $HOME', '"$" (at 6) is shell syntax'],
    ['run > out', '">" (at 5) is shell syntax'],
    ["say 'unclosed", "a ' quote is never closed"],
    ['ends\\', 'ends with a lone \\'],
    ['   ', 'names no program'],
    ['a\nb', 'line break'],
  ])('refuses %j', (line, why) => {
    expect(() => splitCommandLine(line)).toThrow(InputError)
    expect(() => splitCommandLine(line)).toThrow(why)
  })

  it('is known by the digest of its vector: the same words however they were quoted', () => {
    expect(commandDigest(splitCommandLine(`node 'a b'`))).toBe(commandDigest(splitCommandLine('node a\\ b')))
    expect(commandDigest(['node', 'a b'])).not.toBe(commandDigest(['node', 'a', 'b']))
  })
})

describe('leftover conflict markers', () => {
  it('finds the lines of every conflict style, whatever their labels', () => {
    const merged = ['a', '<<<<<<< HEAD', 'x', '||||||| base', 'o', '=======', 'y', '>>>>>>> feature/x', '<<<<<<<', 'b'].join('\n')
    expect(leftoverMarkerLines(merged)).toEqual([2, 4, 6, 8, 9])
  })
  it('leaves out lines a side has itself (an RST heading) and lines that only start alike', () => {
    const text = 'Title\n=======\n<<<<<<<< eight\n======== eight\n'
    expect(leftoverMarkerLines(text, new Set(['=======']))).toEqual([])
    expect(leftoverMarkerLines(text)).toEqual([2])
  })
})

describe('a suggestion in a report another job wrote is checked as data', () => {
  const command = 'c'.repeat(64)
  it("keeps a proven suggestion's files and never its tree or commit", () => {
    const s = claimedSuggestion(
      { outcome: 'proven', command, commit: 'f'.repeat(40), tree: 'e'.repeat(40), files: [{ path: 'a.ts', contentBase64: 'YQo=' }] },
      'r.json pairs[0]',
    )
    expect(s).toEqual({ outcome: 'proven', command, files: [{ path: 'a.ts', contentBase64: 'YQo=' }] })
  })
  it.each([
    [{ outcome: 'merged', command }, '.outcome "merged" is not proven'],
    [{ outcome: 'proven', command: 'x' }, '.command is not a sha-256'],
    [{ outcome: 'proven', command, files: [] }, '.files is not a list of 1 to 1000 files'],
    [{ outcome: 'proven', command, files: [{ path: 'a', mode: '120000', contentBase64: '' }] }, '.files[0].mode is not 100644 or 100755'],
    [{ outcome: 'proven', command, files: [{ path: 'a', contentBase64: '<script>' }] }, '.files[0].contentBase64 is neither base64'],
  ])('refuses %j', (claim, why) => {
    expect(() => claimedSuggestion(claim, 'r.json pairs[0]')).toThrow(why)
  })
})

describe('the pull request notice links a proven resolution', () => {
  it('names the branch and the command that takes it', () => {
    const text = renderConflictComment(
      [
        {
          left: 'feature/004-a/impl-1',
          right: 'feature/004-a/impl-2',
          files: [{ path: 'a.ts', ranges: '3' }],
          suggestion: 'orchestrator/suggest/c0123abcd',
        },
      ],
      { head: 'feature/004-a/impl-2', serverUrl: 'https://github.com', repository: 'o/r' },
    )
    expect(text).toContain('**Proven resolutions**')
    expect(text).toContain('[orchestrator/suggest/c0123abcd](https://github.com/o/r/tree/orchestrator/suggest/c0123abcd)')
    expect(text).toContain('`git merge origin/orchestrator/suggest/c0123abcd`')
  })
})

describe('the dashboard says per conflict whether a proven suggestion exists', () => {
  it("links the branch of the suggestion made at the conflict's tips", async () => {
    const { allKindsLog, FEATURE_A } = await import('../support/all-kinds-log')
    const { applyEvent, emptyProjection } = await import('../../shared/state/projection')
    const { matrixSection } = await import('../../shared/dashboard/sections-conflicts')
    const page = (keep: (kind: string) => boolean) => {
      const projection = emptyProjection()
      for (const e of allKindsLog()) if (keep(e.kind)) applyEvent(projection, e)
      return matrixSection(projection, projection.features[FEATURE_A]!)
    }
    expect(page(() => true)).toContain(
      'A proven resolution (no marker left, only the conflicting files changed, the checks pass) is on <code>orchestrator/suggest/c0123abcd</code>',
    )
    expect(page((kind) => kind !== 'resolution-suggested')).toContain('No suggested resolution for these commits.')
  })
})
