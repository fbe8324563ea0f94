import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient, type GitHubClient } from '../../shared/github'
import {
  applyConflictNotice,
  CONFLICT_MARKER,
  planConflictNotices,
  renderConflictComment,
  type NoticeConflict,
  type NoticePlan,
} from '../../shared/github'
import { silentLogger } from '../../shared/logger'
import { resourceNotAccessible, serverError, startFakeGitHub, type FakeGitHub } from '../support/fake-github'

const F = 'feature/001-x'
const I1 = `${F}/impl-1`
const I2 = `${F}/impl-2`
const I3 = `${F}/impl-3`
const O = `${F}/overseer`
const pulls = [
  { number: 1, head: I1, base: O },
  { number: 2, head: I2, base: O },
  { number: 3, head: I3, base: O },
]
const c = (left: string, right: string, ...paths: string[]): NoticeConflict => ({ left, right, files: paths.map((path) => ({ path })) })

describe('planConflictNotices', () => {
  const plan = (current: NoticeConflict[], previous: NoticeConflict[] = [], openPulls = pulls) =>
    planConflictNotices({ openPulls, current, previous }).map((p) => ({
      pull: p.pull,
      notify: p.notify,
      with: p.conflicts.map((x) => x.right),
    }))

  it.each<{ name: string; current: NoticeConflict[]; previous: NoticeConflict[]; open?: typeof pulls; expected: unknown[] }>([
    {
      name: 'a new pair notifies both pull requests',
      current: [c(I1, I2, 'a.ts')],
      previous: [],
      expected: [
        { pull: 1, notify: true, with: [I2] },
        { pull: 2, notify: true, with: [I1] },
        { pull: 3, notify: false, with: [] },
      ],
    },
    {
      name: 'the same pair again (sides swapped, files reordered) does not notify',
      current: [c(I1, I2, 'b.ts', 'a.ts')],
      previous: [c(I2, I1, 'a.ts', 'b.ts')],
      expected: [
        { pull: 1, notify: false, with: [I2] },
        { pull: 2, notify: false, with: [I1] },
        { pull: 3, notify: false, with: [] },
      ],
    },
    {
      name: 'a new file in a known pair notifies',
      current: [c(I1, I2, 'a.ts', 'c.ts')],
      previous: [c(I1, I2, 'a.ts')],
      expected: [
        { pull: 1, notify: true, with: [I2] },
        { pull: 2, notify: true, with: [I1] },
        { pull: 3, notify: false, with: [] },
      ],
    },
    {
      name: 'a shrinking set keeps the remaining conflicts without notifying',
      current: [c(I1, I2, 'a.ts')],
      previous: [c(I1, I2, 'a.ts', 'b.ts'), c(I1, I3, 'x.ts')],
      expected: [
        { pull: 1, notify: false, with: [I2] },
        { pull: 2, notify: false, with: [I1] },
        { pull: 3, notify: false, with: [] },
      ],
    },
    {
      name: 'only the pull requests of the new pair are notified',
      current: [c(I1, I2, 'a.ts'), c(I3, I1, 'z.ts')],
      previous: [c(I1, I2, 'a.ts')],
      expected: [
        { pull: 1, notify: true, with: [I2, I3] },
        { pull: 2, notify: false, with: [I1] },
        { pull: 3, notify: true, with: [I1] },
      ],
    },
    {
      name: 'a merged (no longer open) pull request gets no plan; the open one still does',
      current: [c(I1, I2, 'a.ts')],
      previous: [],
      open: [pulls[2], pulls[0]],
      expected: [
        { pull: 1, notify: true, with: [I2] },
        { pull: 3, notify: false, with: [] },
      ],
    },
    { name: 'no open pull requests, no plans', current: [c(I1, I2, 'a.ts')], previous: [], open: [], expected: [] },
  ])('$name', ({ current, previous, open, expected }) => {
    expect(plan(current, previous, open)).toEqual(expected)
  })

  it('puts the head on the left, merges duplicate pairs and sorts branches and files', () => {
    const [first]: NoticePlan[] = planConflictNotices({
      openPulls: [pulls[0]],
      current: [c(I2, I1, 'z.ts'), { left: I1, right: I2, files: [{ path: 'a.ts', ranges: '3-9' }] }, c(O, I1, 'm.ts')],
      previous: [],
    })
    expect(first).toEqual({
      pull: 1,
      head: I1,
      base: O,
      notify: true,
      conflicts: [
        { left: I1, right: I2, files: [{ path: 'a.ts', ranges: '3-9' }, { path: 'z.ts' }] },
        { left: I1, right: O, files: [{ path: 'm.ts' }] },
      ],
    })
  })
})

describe('renderConflictComment', () => {
  it('escapes branch names and paths so they cannot break the table or inject markup', () => {
    const body = renderConflictComment(
      [{ left: I1, right: 'evil|`x`<script>@boss', files: [{ path: 'a|b`<img>.md', ranges: '1-2 | 5' }] }],
      { head: I1 },
    )
    expect(body.startsWith(CONFLICT_MARKER)).toBe(true)
    const row = body.split('\n').find((l) => l.includes('evil'))!
    expect(row).toBe('| evil\\|\\`x\\`&lt;script&gt;@\u200bboss | a\\|b\\`&lt;img&gt;.md | 1-2 \\| 5 |')
    expect(row.split(/(?<!\\)\|/)).toHaveLength(5)
  })

  it('links branches when the server and repository are known, and says when conflicts are resolved', () => {
    const body = renderConflictComment([c(I2, I1, 'a.ts')], { head: I1, serverUrl: 'https://ghe.example', repository: 'o/r' })
    expect(body).toContain(`| [feature/001-x/impl-2](https://ghe.example/o/r/tree/feature/001-x/impl-2) | a.ts | — |`)
    expect(renderConflictComment([])).toMatch(/^<!-- agent-orchestrator:conflicts -->\n### ✅ Predicted merge conflicts resolved/)
  })

  it('says a trial conflict is a failing build or test of the merge, with the check escaped, and keeps it through the plan', () => {
    const trial: NoticeConflict = { left: O, right: I1, files: [], kind: 'test', check: 'unit|`x`' }
    const [plan] = planConflictNotices({ openPulls: [{ number: 1, head: I1, base: O }], current: [trial], previous: [] })
    expect(plan!.conflicts).toEqual([{ left: I1, right: O, files: [], kind: 'test', check: 'unit|`x`' }])
    const body = renderConflictComment(plan!.conflicts, { head: I1 })
    expect(body).toContain(`| ${O} | the merge fails its tests \\(check unit\\|\\\`x\\\`\\) | — |`)
  })
})

describe('applyConflictNotice', () => {
  let fake: FakeGitHub
  let client: GitHubClient
  const fakes: FakeGitHub[] = []
  beforeEach(async () => {
    fake = await startFakeGitHub()
    fakes.push(fake)
    client = createGitHubClient({ token: 't', apiUrl: fake.url, logger: silentLogger, retryDelayMs: 1 })
    for (const p of pulls) fake.addPull({ head: p.head, base: p.base, title: p.head })
  })
  afterAll(async () => {
    await Promise.all(fakes.map((f) => f.close()))
  })

  /** One scan: plan for the open pull requests and apply every plan. */
  async function scan(current: NoticeConflict[], previous: NoticeConflict[]) {
    const openPulls = fake.state.pulls
      .filter((p) => p.state === 'open')
      .map((p) => ({ number: p.number, head: p.head.ref, base: p.base.ref }))
    const results = []
    for (const plan of planConflictNotices({ openPulls, current, previous })) {
      const result = await applyConflictNotice(client, {
        owner: fake.owner,
        repo: fake.repo,
        pull: plan.pull,
        head: plan.head,
        conflicts: plan.conflicts,
      })
      results.push({ pull: plan.pull, ...result })
    }
    return results
  }
  const ours = (n: number) => fake.state.commentsOn(n).filter((x) => x.body?.startsWith(CONFLICT_MARKER))

  it('keeps one comment per pull request across three scans: added, unchanged, resolved', async () => {
    fake.addComment(1, 'A person says hello.', 'octocat')
    const conflicts = [c(I1, I2, 'src/a.ts')]

    const first = await scan(conflicts, [])
    expect(first).toEqual([
      { pull: 1, comment: 'created', duplicatesRemoved: 0, labelAdded: true, labelRemoved: false },
      { pull: 2, comment: 'created', duplicatesRemoved: 0, labelAdded: true, labelRemoved: false },
      { pull: 3, comment: 'none', duplicatesRemoved: 0, labelAdded: false, labelRemoved: false },
    ])
    expect(ours(1)[0].body).toContain(`| ${I2} | src/a.ts | — |`)
    expect(ours(2)[0].body).toContain(`| ${I1} | src/a.ts | — |`)
    expect(fake.labelsOn(1)).toEqual(['merge-conflict'])

    const writes = fake.writes().length
    const second = await scan(conflicts, conflicts)
    expect(second.map((r) => r.comment)).toEqual(['unchanged', 'unchanged', 'none'])
    expect(fake.writes().length).toBe(writes)

    const third = await scan([], conflicts)
    expect(third).toEqual([
      { pull: 1, comment: 'updated', duplicatesRemoved: 0, labelAdded: false, labelRemoved: true },
      { pull: 2, comment: 'updated', duplicatesRemoved: 0, labelAdded: false, labelRemoved: true },
      { pull: 3, comment: 'none', duplicatesRemoved: 0, labelAdded: false, labelRemoved: false },
    ])
    expect(ours(1)[0].body).toContain('resolved')
    expect(fake.labelsOn(1)).toEqual([])

    const quiet = fake.writes().length
    expect((await scan([], [])).map((r) => r.comment)).toEqual(['unchanged', 'unchanged', 'none'])
    expect(fake.writes().length).toBe(quiet)
    for (const n of [1, 2, 3]) expect(ours(n).length).toBeLessThanOrEqual(1)
    expect(fake.state.commentsOn(1).map((x) => x.user?.login)).toEqual(['octocat', 'github-actions[bot]'])
  })

  it('never comments on a merged pull request; the open side still hears about it', async () => {
    fake.mergePull(2)
    await scan([c(I1, I2, 'a.ts')], [])
    expect(fake.state.commentsOn(2)).toEqual([])
    expect(fake.labelsOn(2)).toEqual([])
    expect(ours(1)).toHaveLength(1)
    expect(fake.writes().some((r) => r.path.includes('/issues/2/'))).toBe(false)
  })

  it('finds its comment beyond the first page of comments and edits it in place', async () => {
    await scan([c(I1, I2, 'a.ts')], [])
    for (let i = 0; i < 120; i++) fake.addComment(1, `chatter ${i}`, 'octocat')
    const [result] = await scan([c(I1, I2, 'a.ts', 'b.ts')], [c(I1, I2, 'a.ts')])
    expect(result.comment).toBe('updated')
    expect(ours(1)).toHaveLength(1)
    expect(ours(1)[0].body).toContain('| b.ts |')
    expect(fake.requests.some((r) => r.path.endsWith('/issues/1/comments') && r.query.page === '2')).toBe(true)
  })

  it('treats a label already removed by someone (404) as done', async () => {
    await scan([c(I1, I2, 'a.ts')], [])
    fake.failNext({ status: 404, message: 'Label does not exist', method: 'DELETE', path: '/issues/1/labels/' })
    const [result] = await scan([], [])
    expect(result).toEqual({ pull: 1, comment: 'updated', duplicatesRemoved: 0, labelAdded: false, labelRemoved: false })
  })

  it.each([
    ['GitHub stored the comment but the answer was lost: posted once', true, 1],
    ['the comment really was not stored: posted again', false, 2],
  ])('after a 502 on creation, %s', async (_, landed, posts) => {
    fake.failNext({ ...serverError(502), method: 'POST', path: '/issues/1/comments', landed })
    const result = await applyConflictNotice(client, {
      owner: fake.owner,
      repo: fake.repo,
      pull: 1,
      head: I1,
      conflicts: [c(I1, I2, 'a.ts')],
    })
    expect(result).toMatchObject({ comment: 'created', duplicatesRemoved: 0 })
    expect(ours(1)).toHaveLength(1)
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/1/comments'))).toHaveLength(posts)
  })

  it("removes later copies of its own comment, never a person's, and keeps the oldest up to date", async () => {
    const conflicts = [c(I1, I2, 'a.ts')]
    await scan(conflicts, [])
    const [first] = ours(1)
    // What a lost answer left behind in an older version, and a person quoting the notice.
    const copy = fake.addComment(1, first.body!)
    const quoted = fake.addComment(1, `${first.body!}\n\nI am on it.`, 'octocat')
    const [result] = await scan([c(I1, I2, 'a.ts', 'b.ts')], conflicts)
    expect(result).toEqual({ pull: 1, comment: 'updated', duplicatesRemoved: 1, labelAdded: false, labelRemoved: false })
    expect(fake.state.commentsOn(1).map((x) => x.id)).toEqual([first.id, quoted.id])
    expect(fake.state.commentsOn(1).map((x) => x.id)).not.toContain(copy.id)
    expect(ours(1)[0].body).toContain('| b.ts |')

    // Removed by someone else between our read and our delete: done all the same.
    fake.addComment(1, ours(1)[0].body!)
    fake.failNext({ status: 404, message: 'Not Found', method: 'DELETE', path: '/issues/comments/' })
    const [again] = await scan([c(I1, I2, 'a.ts', 'b.ts')], conflicts)
    expect(again).toMatchObject({ comment: 'unchanged', duplicatesRemoved: 0 })
    const writes = fake.writes().length
    await scan([c(I1, I2, 'a.ts', 'b.ts')], conflicts)
    expect(fake.writes().length).toBe(writes + 1)
  })

  it('uses the given label and explains refusals', async () => {
    const result = await applyConflictNotice(client, {
      owner: fake.owner,
      repo: fake.repo,
      pull: 3,
      conflicts: [c(I3, I1, 'x')],
      label: 'conflict: x',
    })
    expect(result.labelAdded).toBe(true)
    expect(fake.labelsOn(3)).toEqual(['conflict: x'])
    fake.failNext({ ...resourceNotAccessible(), method: 'PATCH' })
    const error = await applyConflictNotice(client, { owner: fake.owner, repo: fake.repo, pull: 3, conflicts: [] }).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      /^updating the conflict comment on pull request #3 in octo-org\/widgets failed: .*`pull-requests: write`/,
    )
  })
})
