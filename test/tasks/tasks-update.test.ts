import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { InputError } from '../../shared/errors'
import { doneComment, parseTasks, updateTasks } from '../../shared/tasks'
import { renderTasksFile } from '../../shared/sync-status'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/tasks/${name}`, import.meta.url)), 'utf8')

/** The spec-kit fixture made awkward: CRLF, trailing spaces on some lines, no final newline. */
function awkwardFile(): string {
  const lines = fixture('spec-kit.md').replace(/\n$/, '').split('\n')
  return lines.map((line, i) => (i % 3 === 0 ? `${line}  ` : line)).join('\r\n')
}

/** 0-based indexes of the CRLF lines that differ between two texts of the same line count. */
function differingLines(before: string, after: string): number[] {
  const a = before.split('\r\n')
  const b = after.split('\r\n')
  expect(b).toHaveLength(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [i]))
}

const META = { time: '2026-11-23T10:00:00Z', commit: 'abc1234def5678', agent: 'impl-2' }

describe('updateTasks', () => {
  it('changes only the checkbox characters of tasks whose state changes, byte for byte', () => {
    const before = awkwardFile()
    const { text, changed, unknown } = updateTasks(before, [
      { id: 'T003', done: true },
      { id: 'T001', done: false },
      { id: 'T002', done: true }, // already done: untouched
      { id: 'T012', done: true },
    ])
    expect(changed).toEqual(['T001', 'T003', 'T012'])
    expect(unknown).toEqual([])
    // Line 22 is T001, 24 is T003, 58 is T012 (1-based).
    expect(differingLines(before, text)).toEqual([21, 23, 57])
    const expected = before.split('\r\n')
    expected[21] = expected[21].replace('- [X] T001', '- [ ] T001')
    expected[23] = expected[23].replace('- [ ] T003', '- [X] T003')
    expected[57] = expected[57].replace('  - [ ] T012', '  - [X] T012')
    expect(Buffer.from(text, 'utf8').equals(Buffer.from(expected.join('\r\n'), 'utf8'))).toBe(true)
    expect(text.endsWith('\r\n')).toBe(false)
    // The fenced examples were not touched even though their ids were not asked for.
    expect(text).toContain('- [ ] T901 [P] [US1] This example line is inside a fence')
  })

  it('leaves fenced example lines alone even when their ids are requested', () => {
    const before = awkwardFile()
    const { text, changed, unknown } = updateTasks(before, [
      { id: 'T901', done: true },
      { id: 'T903', done: false },
      { id: 'T999', done: true },
      { id: 'T901', done: true },
    ])
    expect(text).toBe(before)
    expect(changed).toEqual([])
    expect(unknown).toEqual(['T901', 'T903', 'T999'])
  })

  it('is idempotent: applying the same changes twice changes nothing the second time', () => {
    const once = updateTasks(awkwardFile(), [{ id: 'T004', done: true, meta: META }], { annotate: true })
    const twice = updateTasks(once.text, [{ id: 'T004', done: true, meta: META }], { annotate: true })
    expect(twice.text).toBe(once.text)
    expect(twice.changed).toEqual([])
  })

  it('annotates finished tasks before their trailing spaces, replacing our comment and never duplicating it', () => {
    const before = awkwardFile()
    const lineOf = (text: string, n: number) => text.split('\r\n')[n - 1]
    // Line 34 (T006) has trailing spaces in the awkward file (index 33 % 3 === 0).
    expect(lineOf(before, 34).endsWith('(depends on T004)  ')).toBe(true)
    const done = updateTasks(before, [{ id: 'T006', done: true, meta: META }], { annotate: true })
    expect(differingLines(before, done.text)).toEqual([33])
    expect(lineOf(done.text, 34)).toBe(
      '- [X] T006 [P] Configure error handling and logging in backend/src/core/errors.py (depends on T004) ' +
        '<!-- done: 2026-11-23T10:00:00Z abc1234 impl-2 -->  ',
    )
    // Reopened and finished again by someone else: still one comment, the new one.
    const reopened = updateTasks(done.text, [{ id: 'T006', done: false }])
    expect(lineOf(reopened.text, 34)).toContain('<!-- done: 2026-11-23T10:00:00Z abc1234 impl-2 -->')
    expect(lineOf(reopened.text, 34).startsWith('- [ ] T006')).toBe(true)
    const redone = updateTasks(reopened.text, [{ id: 'T006', done: true, meta: { ...META, agent: 'impl-3' } }], {
      annotate: true,
    })
    expect(lineOf(redone.text, 34).match(/<!--/g)).toHaveLength(1)
    expect(lineOf(redone.text, 34)).toMatch(/ <!-- done: 2026-11-23T10:00:00Z abc1234 impl-3 -->[ ]{2}$/)
    expect(parseTasks(redone.text).tasks.find((t) => t.id === 'T006')!.description).toBe(
      'Configure error handling and logging in backend/src/core/errors.py (depends on T004)',
    )
  })

  it('removes our comment when reopening with annotate, and restores the original line', () => {
    const before = awkwardFile()
    const done = updateTasks(before, [{ id: 'T005', done: true, meta: META }], { annotate: true })
    const open = updateTasks(done.text, [{ id: 'T005', done: false }], { annotate: true })
    expect(open.changed).toEqual(['T005'])
    expect(open.text).toBe(before)
  })

  it("un-ticks only our own tick when told so: a person's tick stays (tasks.md on the overseer branch)", () => {
    const text = '- [X] T001 Ours <!-- done: 2026-01-01T00:00:00.000Z abc1234 impl-1 -->\n- [X] T002 A person ticked it\r\n'
    const r = updateTasks(
      text,
      [
        { id: 'T001', done: false, onlyOurs: true },
        { id: 'T002', done: false, onlyOurs: true },
      ],
      { annotate: false },
    )
    expect(r.text).toBe('- [ ] T001 Ours\n- [X] T002 A person ticked it\r\n')
    expect(r.changed).toEqual(['T001'])
    // Through sync-status's renderer: a task whose state is open again loses our tick.
    const feature = { tasks: { T001: { state: 'open', commit: 'a'.repeat(40), agent: 'impl-1', time: 't', stamp: 't' } } }
    expect(renderTasksFile(text, feature as never, true).text).toBe('- [ ] T001 Ours\n- [X] T002 A person ticked it\r\n')
  })

  it('does not annotate without meta or without the option', () => {
    const before = awkwardFile()
    expect(differingLines(before, updateTasks(before, [{ id: 'T007', done: true }], { annotate: true }).text)).toEqual([49])
    const plain = updateTasks(before, [{ id: 'T007', done: true, meta: META }])
    expect(plain.text).not.toContain('<!--')
  })

  it('keeps a line without trailing spaces and a final newline intact', () => {
    const before = '# Tasks\n\n- [ ] T001 Add a model in src/a.ts\n- [ ] T002 Other\n'
    const { text } = updateTasks(before, [{ id: 'T001', done: true, meta: META }], { annotate: true })
    expect(text).toBe(
      '# Tasks\n\n- [X] T001 Add a model in src/a.ts <!-- done: 2026-11-23T10:00:00Z abc1234 impl-2 -->\n- [ ] T002 Other\n',
    )
  })

  it('sanitizes metadata so it cannot close the comment or inject lines', () => {
    const comment = doneComment({ time: '2026--11 -->\n<script>', commit: '--><!--', agent: 'impl-1 --!>\r\n# Heading' })
    expect(comment.startsWith('<!-- done: ')).toBe(true)
    expect(comment.endsWith(' -->')).toBe(true)
    const inner = comment.slice('<!-- done: '.length, -' -->'.length)
    expect(inner).not.toMatch(/--|>|<|!|\r|\n/)
    expect(inner.split(' ')).toHaveLength(3)
    expect(inner.split(' ')[1].length).toBeLessThanOrEqual(7)
    expect(doneComment({ time: '', commit: '', agent: '' })).toBe('<!-- done: unknown unknown unknown -->')
    const { text } = updateTasks('- [ ] T001 x\n', [{ id: 'T001', done: true, meta: { ...META, agent: 'a -->\nb' } }], {
      annotate: true,
    })
    expect(text.split('\n')).toHaveLength(2)
    expect(parseTasks(text).tasks[0]).toMatchObject({ done: true, description: 'x' })
  })

  it('refuses a file with duplicate ids, naming the file', () => {
    expect(() => updateTasks('- [ ] T001 a\n- [ ] T001 b\n', [{ id: 'T001', done: true }], { file: 'x/tasks.md' })).toThrow(InputError)
    expect(() => updateTasks('- [ ] T001 a\n- [ ] T001 b\n', [], { file: 'x/tasks.md' })).toThrow(/x\/tasks\.md.*line 1 and line 2/)
  })

  it('keeps non-ASCII text and a byte-order mark', () => {
    const before = '\uFEFF# Tâches\r\n- [ ] T001 Créer le modèle 📷 in src/modèle.ts\r\n'
    const { text } = updateTasks(before, [{ id: 'T001', done: true }])
    expect(Buffer.from(text)).toEqual(Buffer.from(before.replace('[ ]', '[X]')))
  })
})
