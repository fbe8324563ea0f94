import { describe, expect, it } from '@jest/globals'
import { TASK_REFERENCE_RULES, taskReferences } from '../../shared/tasks'

// [message, expected references as "T012" (done) or "~T012" (in progress), in order]
const CASES: Array<[string, string[]]> = [
  ['T012: add user model', ['T012']],
  ['T012, T013: add models', ['T012', 'T013']],
  ['T012 and T013: add models', ['T012', 'T013']],
  ['  T1042: ids above 999 work too', ['T1042']],
  ['T012 add user model', ['~T012']],
  ['wip T012', ['~T012']],
  ['refs T012', ['~T012']],
  ['Add pagination\n\npart of T014', ['~T014']],
  ['Add user model\n\ncloses T012', ['T012']],
  ['Done: T012 and T013', ['T012', 'T013']],
  ['fixes T012, T013', ['T012', 'T013']],
  ['Fixes T012, T013, and T014 in one go', ['T012', 'T013', 'T014']],
  ['RESOLVED T020 & T021', ['T020', 'T021']],
  ['completed: T030 T031 then T032', ['T030', 'T031', '~T032']],
  ['closes T012 then T013', ['T012', '~T013']],
  ['closes task T012', ['~T012']],
  ['undone T012; prefixed T013; fixing T014', ['~T012', '~T013', '~T014']],
  ['Model work\n\nTasks: T012, T013', ['T012', 'T013']],
  ['Model work\n\nTask: T012\nCo-authored-by: A <a@example.invalid>', ['T012']],
  ['Model work\n\nTask: T040\n\nSigned-off-by: A <a@example.invalid>', ['~T040']],
  // `Closes:` is also a keyword, so it counts anywhere.
  ['Model work\n\nCloses: T041\n\nSigned-off-by: A <a@example.invalid>', ['T041']],
  ['Model work\n\nTasks: T012\n\nmore prose after the trailer', ['~T012']],
  ['Model work\n\ndone: T050', ['T050']],
  ['XT0123 and T012a and T012_x are not ids', []],
  ['(T012) #T013 T014. are ids', ['~T012', '~T013', '~T014']],
  ['wip T012\n\nfinally: closes T012', ['T012']],
  ['T012: start\n\nT013 next, refs T012', ['T012', '~T013']],
  ['Revert "T012: add user model"\n\nThis reverts commit 0123abc.', ['~T012']],
  ['T012 model half done', ['~T012']],
  ['Model work\r\n\r\nTasks: T060, T061\r\n', ['T060', 'T061']],
  ['closes\nT012', ['~T012']],
  ['', []],
  ['no task ids here, not even t012', []],
]

describe('taskReferences', () => {
  it.each(CASES)('%j', (message, expected) => {
    const actual = taskReferences(message).map((ref) => (ref.done ? ref.id : `~${ref.id}`))
    expect(actual).toEqual(expected)
  })

  it('is tested on enough messages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20)
  })

  it('returns plain objects with id and done', () => {
    expect(taskReferences('T001: x, refs T002')).toEqual([
      { id: 'T001', done: true },
      { id: 'T002', done: false },
    ])
  })
})

describe('TASK_REFERENCE_RULES', () => {
  it('names every keyword and trailer that the parser accepts', () => {
    for (const word of [
      'done',
      'close',
      'closes',
      'closed',
      'fix',
      'fixes',
      'fixed',
      'complete',
      'completes',
      'completed',
      'resolve',
      'resolves',
      'resolved',
      'Tasks:',
      'Task:',
      'Done:',
      'Closes:',
    ]) {
      expect(TASK_REFERENCE_RULES).toContain(`\`${word}\``)
      const message = word.endsWith(':') ? `Work\n\n${word} T777` : `${word} T777`
      expect(taskReferences(message)).toEqual([{ id: 'T777', done: true }])
    }
  })

  it('gives examples that behave as the rules say', () => {
    const done = ['T012: add user model', 'T012, T013: add models', 'closes T012', 'Done: T012 and T013', 'fixes T012, T013']
    for (const message of done) {
      expect(TASK_REFERENCE_RULES).toContain(message)
      expect(taskReferences(message).every((ref) => ref.done)).toBe(true)
    }
    const inProgress = [
      'wip T012',
      'refs T012',
      'part of T014',
      'closes task T012',
      'T012 model half done',
      'Revert "T012: add user model"',
    ]
    for (const message of inProgress) {
      expect(TASK_REFERENCE_RULES).toContain(message)
      expect(taskReferences(message).some((ref) => ref.done)).toBe(false)
    }
    expect(taskReferences('closes T012 then T013')).toEqual([
      { id: 'T012', done: true },
      { id: 'T013', done: false },
    ])
    expect(TASK_REFERENCE_RULES).toContain('closes T012 then T013')
    expect(TASK_REFERENCE_RULES).toContain('Add the user model and its tests\n\n   Tasks: T012, T013')
  })
})
