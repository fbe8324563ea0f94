import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeSection } from '../../shared/resolution'
import { runCliInProcess } from '../support/cli-in-process'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

const SPEC = '028-resolve'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const overseer = `feature/${SPEC}/overseer`
const lines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} line ${i + 1}\n`).join('')
const edit = (text: string, at: Record<number, string>) =>
  text
    .split('\n')
    .map((l, i) => at[i + 1] ?? l)
    .join('\n')
// Hostile content: an ANSI colour, a bidi override, a workflow command, markdown and backticks.
const HOSTILE = '\u001b[31mred\u001b[0m \u202eevil ``` **bold** [x](http://e) ::warning::owned'

async function cli(repo: TestRepo, ...args: string[]) {
  const r = await runCliInProcess(args, repo.dir)
  if (r.code !== 0) throw new Error(`${args.join(' ')} failed (${r.code}): ${r.stderr}`)
  return r
}

afterAll(cleanupTemp)

describe('orchestrator conflicts brief (CLI bundle, real repositories)', () => {
  let repo: TestRepo
  let merge: string
  const base = { 'src/app.ts': lines(30, 'app'), 'src/notes.md': lines(10, 'note') }
  beforeAll(async () => {
    repo = await makeRepo({
      ...base,
      [`specs/${SPEC}/spec.md`]: '# Resolve\n',
      [`specs/${SPEC}/tasks.md`]: '- [ ] T001 one\n- [ ] T002 two\n- [ ] T003 three\n',
    })
    await cli(repo, 'init-feature', SPEC, '--implementors', '3')
    await repo.git.run(['fetch', '-q', 'origin'])
    const one = {
      'src/app.ts': edit(base['src/app.ts'], { 5: 'export const five = 1' }),
      'src/notes.md': edit(base['src/notes.md'], { 3: `left ${HOSTILE}` }),
    }
    const two = {
      'src/app.ts': edit(base['src/app.ts'], { 5: 'export const five = 2' }),
      'src/notes.md': edit(base['src/notes.md'], { 3: `right ${HOSTILE}` }),
    }
    await repo.commit(impl(1), one, 'T001: five is one', `origin/${impl(1)}`)
    await repo.commit(impl(2), two, 'T002 five is two', `origin/${impl(2)}`)
    // impl-3 makes impl-2's very change again: impl-1 × impl-3 is the same hunk conflict as impl-1 × impl-2.
    await repo.commit(impl(3), two, 'T003: five is two as well', `origin/${impl(3)}`)
    await repo.push(impl(1), impl(2), impl(3))
    // The overseer merges impl-1, then impl-2, resolving the conflict by hand; sync-status on the overseer push learns it.
    await repo.git.run(['checkout', '-q', '-B', overseer, `origin/${overseer}`])
    await repo.git.run(['merge', '-q', '--no-edit', impl(1)])
    await repo.git.exec(['merge', '--no-edit', impl(2)], { allowedExitCodes: [1] })
    writeFileSync(join(repo.dir, 'src/app.ts'), edit(base['src/app.ts'], { 5: 'export const five = 1 + 2' }))
    writeFileSync(join(repo.dir, 'src/notes.md'), edit(base['src/notes.md'], { 3: 'both notes' }))
    await repo.git.run(['add', 'src/app.ts', 'src/notes.md'])
    await repo.git.run(['-c', 'user.name=overseer', '-c', 'user.email=o@example.com', 'commit', '-q', '--no-edit'])
    merge = (await repo.git.run(['rev-parse', 'HEAD'])).trim()
    await repo.push(overseer)
    await cli(repo, 'sync-status', overseer)
    await runCliInProcess(['detect-conflicts', '--fail-on-conflict', 'false'], repo.dir)
  })

  it('offers the resolution remembered from the overseer merge when the same hunks conflict on another pair', async () => {
    const brief = JSON.parse((await cli(repo, 'conflicts', 'brief', impl(1), impl(3), '--json')).stdout)
    expect(brief.recorded).toBe(true)
    expect(brief.id).toMatch(/^c[0-9a-f]{8}$/)
    const app = brief.files.find((f: { path: string }) => f.path === 'src/app.ts')
    expect(app.hunks).toHaveLength(1)
    expect(app.hunks[0]).toMatchObject({
      ours: { start: 5, lines: ['export const five = 1'] },
      base: { start: 5, lines: ['app line 5'] },
      theirs: { start: 5, lines: ['export const five = 2'] },
      remembered: { lines: ['export const five = 1 + 2'], commit: merge, branch: overseer },
    })
    expect(brief.left.tasks.map((t: { id: string }) => t.id)).toEqual(['T001'])
    expect(brief.right.tasks.map((t: { id: string }) => t.id)).toEqual(['T003'])
    expect(brief.counts).toEqual({ files: 2, hunks: 2, remembered: 2 })
    // The state holds one fact per hunk, whichever pair conflicts on it later.
    const events = JSON.parse((await cli(repo, 'events', 'recent', '50', '--json')).stdout) as { kind: string }[]
    expect(events.filter((e) => e.kind === 'resolution-remembered')).toHaveLength(2)
    // By id, the text a person reads: the hunk in diff3 style, the remembered resolution and where it came from, the commands.
    const text = (await cli(repo, 'conflicts', 'brief', brief.id)).stdout
    expect(text).toContain(`<<<<<<< ours: ${impl(1)}, line 5`)
    expect(text).toContain(`remembered resolution (from merge ${merge.slice(0, 12)} on ${overseer}):`)
    expect(text).toContain('    export const five = 1 + 2')
    expect(text).toMatch(/rebases onto/)
    expect(text).toContain(`git switch ${brief.plan.rebases}`)
    expect(text).toContain(`git rebase origin/${brief.plan.onto}`)
  })

  it('keeps hostile file contents inert in text and JSON', async () => {
    const r = await cli(repo, 'conflicts', 'brief', `${impl(1)}..${impl(2)}`)
    expect(r.stdout).toContain('left ')
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).not.toContain('\u202e')
    expect(r.stdout).not.toMatch(/^\s*::warning::/m)
    const json = (await cli(repo, 'conflicts', 'brief', `${impl(1)}..${impl(2)}`, '--json')).stdout
    expect(json).not.toContain('\u202e')
    const notes = JSON.parse(json).files.find((f: { path: string }) => f.path === 'src/notes.md')
    // The data itself is kept exactly (escaped only as JSON): a resolver reads the real bytes.
    expect(notes.hunks[0].ours.lines).toEqual([`left ${HOSTILE}`])
    expect(decodeSection(Buffer.from(`left ${HOSTILE}\n`).toString('base64'))).toEqual([`left ${HOSTILE}`])
  })

  it('exits 2 with a clear message for an unknown id, an unknown branch, a malformed target', async () => {
    const unknown = await runCliInProcess(['conflicts', 'brief', 'c00000000'], repo.dir)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/conflict id "c00000000" is not an open conflict on the state branch: expected one of c[0-9a-f]{8}/)
    const branch = await runCliInProcess(['conflicts', 'brief', impl(1), 'feature/028-resolve/impl-9'], repo.dir)
    expect(branch.code).toBe(2)
    expect(branch.stderr).toMatch(/branch "feature\/028-resolve\/impl-9" is not on "origin"/)
    const bad = await runCliInProcess(['conflicts', 'brief', 'nonsense'], repo.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/is not a conflict id or a branch pair/)
  })

  it('the sync-status action remembers the hunks a new overseer merge resolved, once', async () => {
    const remembered = async () =>
      (JSON.parse((await cli(repo, 'events', 'recent', '100', '--json')).stdout) as { kind: string }[]).filter(
        (e) => e.kind === 'resolution-remembered',
      ).length
    expect(await remembered()).toBe(2)
    await repo.commit(
      impl(1),
      { 'src/app.ts': edit(edit(base['src/app.ts'], { 5: 'export const five = 1' }), { 20: 'A' }) },
      'T001: twenty is A',
    )
    await repo.commit(
      impl(3),
      { 'src/app.ts': edit(edit(base['src/app.ts'], { 5: 'export const five = 2' }), { 20: 'B' }) },
      'T003: twenty is B',
    )
    await repo.git.run(['checkout', '-q', overseer])
    await repo.git.run(['merge', '-q', '--no-edit', impl(1)])
    await repo.git.exec(['merge', '--no-edit', impl(3)], { allowedExitCodes: [1] })
    writeFileSync(join(repo.dir, 'src/app.ts'), edit(edit(base['src/app.ts'], { 5: 'export const five = 1 + 2' }), { 20: 'A and B' }))
    writeFileSync(join(repo.dir, 'src/notes.md'), edit(base['src/notes.md'], { 3: 'both notes' }))
    await repo.git.run(['add', 'src/app.ts', 'src/notes.md'])
    await repo.git.run(['-c', 'user.name=overseer', '-c', 'user.email=o@example.com', 'commit', '-q', '--no-edit'])
    await repo.push(impl(1), impl(3), overseer)
    const run = () =>
      runAction({
        bundle: 'dist/sync-status/index.js',
        cwd: repo.dir,
        inputs: { branch: overseer },
        eventName: 'push',
        ref: `refs/heads/${overseer}`,
      })
    expect((await run()).failure).toBeUndefined()
    // Three new hunks: line 5 (against the earlier resolution), line 20, and the notes line.
    expect(await remembered()).toBe(5)
    expect((await run()).failure).toBeUndefined()
    expect(await remembered()).toBe(5)
  })
})
