import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../shared/errors'
import { parseTasks, tasksProgress } from '../../shared/tasks'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/tasks/${name}`, import.meta.url)), 'utf8')

describe('parseTasks on a spec-kit tasks.md', () => {
  const doc = parseTasks(fixture('spec-kit.md'))
  const task = (id: string) => doc.tasks.find((t) => t.id === id)!

  it('reads the title and every task outside code fences, in file order', () => {
    expect(doc.title).toBe('Tasks: Photo Album Organizer')
    expect(doc.tasks.map((t) => t.id)).toEqual(Array.from({ length: 16 }, (_, i) => `T${String(i + 1).padStart(3, '0')}`))
    for (const fenced of ['T901', 'T902', 'T903', 'T904']) expect(doc.tasks.some((t) => t.id === fenced)).toBe(false)
  })

  it('reads checkboxes, labels, line numbers and the description', () => {
    expect(task('T001')).toMatchObject({ line: 22, done: true, parallel: false })
    expect(task('T002')).toMatchObject({ line: 23, done: true })
    expect(task('T003')).toMatchObject({ line: 24, done: false, parallel: true })
    expect(task('T003').story).toBeUndefined()
    expect(task('T007')).toMatchObject({ line: 50, parallel: true, story: 'US1' })
    expect(task('T010')).toMatchObject({ parallel: false, story: 'US1' })
    expect(task('T009').description).toBe('Create Album model in backend/src/models/album.py')
    expect(task('T012')).toMatchObject({ line: 58, story: 'US1' })
    expect(task('T012').description).toContain('1–120 chars, no “smart quotes” confusion')
  })

  it('places tasks in their phase and section', () => {
    expect(task('T001')).toMatchObject({ phase: 'Phase 1: Setup (Shared Infrastructure)' })
    expect(task('T001').section).toBeUndefined()
    expect(task('T007')).toMatchObject({
      phase: 'Phase 3: User Story 1 - Group photos into albums (Priority: P1) 🎯 MVP',
      section: 'Tests for User Story 1 ⚠️',
    })
    expect(task('T011').section).toBe('Implementation for User Story 1')
    expect(task('T013').section).toBe('Implementation for User Story 2')
    // A new ## heading ends the previous ### section.
    expect(task('T015').section).toBeUndefined()
  })

  it('lists phases with their tasks, leaving out prose sections', () => {
    expect(doc.phases.map((p) => [p.title, p.line, p.taskIds])).toEqual([
      ['Phase 1: Setup (Shared Infrastructure)', 18, ['T001', 'T002', 'T003']],
      ['Phase 2: Foundational (Blocking Prerequisites)', 28, ['T004', 'T005', 'T006']],
      ['Phase 3: User Story 1 - Group photos into albums (Priority: P1) 🎯 MVP', 40, ['T007', 'T008', 'T009', 'T010', 'T011', 'T012']],
      ['Phase 4: User Story 2 - Reorder albums by date (Priority: P2)', 64, ['T013', 'T014']],
      ['Phase 5: Polish & Cross-Cutting Concerns', 75, ['T015', 'T016']],
    ])
  })

  it('finds file paths named in descriptions', () => {
    expect(task('T001').paths).toEqual(['backend/', 'frontend/'])
    expect(task('T003').paths).toEqual(['backend/ruff.toml', 'frontend/.eslintrc.json'])
    expect(task('T006').paths).toEqual(['backend/src/core/errors.py'])
    // `/albums` is an API route, not a file.
    expect(task('T007').paths).toEqual(['backend/tests/contract/test_albums_post.py'])
    expect(task('T014').paths).toEqual(['frontend/src/components/AlbumList.tsx', 'frontend/src/api/client.ts'])
    expect(task('T015').paths).toEqual(['docs/albums.md', 'README.md'])
    expect(task('T016').paths).toEqual(['quickstart.md'])
    expect(task('T002').paths).toEqual(['backend/pyproject.toml'])
  })

  it('finds dependencies written in prose', () => {
    expect(task('T006').dependsOn).toEqual(['T004'])
    expect(task('T010').dependsOn).toEqual(['T009', 'T005'])
    expect(task('T014').dependsOn).toEqual(['T011'])
    expect(task('T009').dependsOn).toEqual([])
  })

  it('counts progress per phase and overall, with optional overrides', () => {
    expect(tasksProgress(doc)).toEqual({
      phases: [
        { phase: 'Phase 1: Setup (Shared Infrastructure)', done: 2, total: 3 },
        { phase: 'Phase 2: Foundational (Blocking Prerequisites)', done: 0, total: 3 },
        { phase: 'Phase 3: User Story 1 - Group photos into albums (Priority: P1) 🎯 MVP', done: 0, total: 6 },
        { phase: 'Phase 4: User Story 2 - Reorder albums by date (Priority: P2)', done: 0, total: 2 },
        { phase: 'Phase 5: Polish & Cross-Cutting Concerns', done: 0, total: 2 },
      ],
      overall: { done: 2, total: 16 },
    })
    const overridden = tasksProgress(
      doc,
      new Map([
        ['T003', true],
        ['T001', false],
        ['T999', true],
      ]),
    )
    expect(overridden.phases[0]).toEqual({ phase: 'Phase 1: Setup (Shared Infrastructure)', done: 2, total: 3 })
    expect(tasksProgress(doc, { T004: true, T005: true }).phases[1].done).toBe(2)
    expect(tasksProgress(doc, { T004: true, T005: true }).overall).toEqual({ done: 4, total: 16 })
  })
})

describe('parseTasks on an old-style tasks.md', () => {
  const doc = parseTasks(fixture('old-style.md'))

  it('reads `## Phase 3.1:` headings, ids above 999 and tasks without story labels', () => {
    expect(doc.tasks.map((t) => [t.id, t.done, t.parallel, t.story ?? null])).toEqual([
      ['T998', true, false, null],
      ['T999', false, true, null],
      ['T1000', false, true, null],
      ['T1001', false, true, null],
      ['T1002', false, false, null],
      ['T1042', false, false, null],
    ])
    expect(doc.phases.map((p) => p.title)).toEqual([
      'Phase 3.1: Setup',
      'Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3',
      'Phase 3.3: Core Implementation (ONLY after tests are failing)',
    ])
    expect(doc.tasks.find((t) => t.id === 'T1002')!.dependsOn).toEqual(['T1000', 'T1001'])
    expect(doc.tasks.find((t) => t.id === 'T1042')!.paths).toEqual(['src/cli/export.ts'])
    expect(doc.tasks.find((t) => t.id === 'T1000')!.paths).toEqual(['tests/contract/exports.get.test.ts'])
  })
})

describe('parseTasks edge cases', () => {
  it('reads CRLF files and a byte-order mark the same as LF files', () => {
    const lf = fixture('spec-kit.md')
    const crlf = parseTasks('\uFEFF' + lf.replace(/\n/g, '\r\n'))
    expect(crlf).toEqual(parseTasks(lf))
  })

  it('accepts only well-formed task lines', () => {
    const text = [
      '## Phase 1: Odd lines',
      '- [ ] T01 too few digits',
      '- [ ] T012a not an id',
      '- [ ]T013 no space',
      '- [] T014 no checkbox space',
      '- [y] T015 unknown mark',
      'T016 no checkbox',
      '* [x] T017 star bullet',
      '\t+ [ ] T018 [US2] [P] labels in the other order',
      '- [ ] T019',
      '- [ ] XT0123 prefixed',
    ].join('\n')
    const doc = parseTasks(text)
    expect(doc.tasks.map((t) => t.id)).toEqual(['T017', 'T018', 'T019'])
    expect(doc.tasks[1]).toMatchObject({ parallel: true, story: 'US2', description: 'labels in the other order' })
    expect(doc.tasks[2]).toMatchObject({ description: '', paths: [], dependsOn: [] })
  })

  it('does not treat lines in unclosed or mismatched fences as tasks', () => {
    const text = ['- [ ] T001 real', '~~~', '- [ ] T002 inside', '```', '- [ ] T003 still inside (``` does not close ~~~)'].join('\n')
    expect(parseTasks(text).tasks.map((t) => t.id)).toEqual(['T001'])
  })

  it('strips our done comment from the description', () => {
    const doc = parseTasks('- [X] T001 Add model in src/a.ts <!-- done: 2026-11-23T10:00:00Z abc1234 impl-2 -->  \n')
    expect(doc.tasks[0]).toMatchObject({ done: true, description: 'Add model in src/a.ts', paths: ['src/a.ts'] })
  })

  it('keeps prose words that merely look like paths out of paths', () => {
    const doc = parseTasks(
      '- [ ] T001 Use Node.js and/or Next.js, e.g. wire GET/POST for T002/T003 via https://example.com/x.json into `src/app.ts`, .env and Dockerfile\n',
    )
    expect(doc.tasks[0].paths).toEqual(['src/app.ts', '.env', 'Dockerfile'])
  })

  it('rejects a duplicate id, naming the file, the id and both lines', () => {
    const text = '# Tasks\n\n- [ ] T001 first\n- [ ] T002 second\n- [x] T001 again\n'
    expect(() => parseTasks(text, 'specs/004-x/tasks.md')).toThrow(InputError)
    expect(() => parseTasks(text, 'specs/004-x/tasks.md')).toThrow(
      /specs\/004-x\/tasks\.md: task id "T001" is used twice, on line 3 and line 5/,
    )
    // The same id inside a fence is an example, not a duplicate.
    expect(parseTasks('- [ ] T001 a\n```\n- [ ] T001 example\n```\n').tasks).toHaveLength(1)
  })

  it('handles empty input and headings with closing hashes', () => {
    expect(parseTasks('')).toEqual({ tasks: [], phases: [] })
    const doc = parseTasks('# Tasks: C# tools ##\n## Phase 1: Setup ##\n- [ ] T001 x\n### Sub #\n- [ ] T002 y\n')
    expect(doc.title).toBe('Tasks: C# tools')
    expect(doc.phases[0].title).toBe('Phase 1: Setup')
    expect(doc.tasks[1].section).toBe('Sub')
  })

  it('stays fast on hostile lines', () => {
    const spaces = ' '.repeat(200_000)
    const text =
      `- [ ] T001 x${spaces}<!-- done:${spaces}\n#${spaces}x\n- [ ] T002 ${'#'.repeat(200_000)}x\n` +
      `- [ ] T003 ${')'.repeat(200_000)}x depends on ${'T004 '.repeat(20_000)}\n`
    expect(parseTasks(text).tasks.map((t) => t.id)).toEqual(['T001', 'T002', 'T003'])
  })
})
