import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
type Job = { if?: string; steps: Step[]; env?: Record<string, string> }
type Workflow = { on: Record<string, unknown>; concurrency: { group: string }; jobs: Record<string, Job> }

const load = (name: string) => parse(readFileSync(`workflows-examples/${name}`, 'utf8')) as Workflow
const roleCi = (job: Job) => job.steps.find((s) => s.uses?.includes('/actions/role-ci@'))

/**
 * Evaluates the few expression forms the examples use in `if:` for one event,
 * the way GitHub would (`==`, `!`, `&&`, `||`, `contains(github.head_ref, ...)`).
 */
function runs(condition: string | undefined, event: { name: string; headRef: string }): boolean {
  if (!condition) return true
  const js = condition
    .replace(/github\.event_name/g, JSON.stringify(event.name))
    .replace(/contains\(github\.head_ref, '([^']*)'\)/g, (_m, s: string) => String(event.headRef.includes(s)))
    .replace(/'([^']*)'/g, (_m, s: string) => JSON.stringify(s))
  expect(js).toMatch(/^[\s"a-z_/!=&|()-]+$/i)
  return Boolean(new Function(`return (${js})`)())
}

describe('the example workflows', () => {
  it.each([
    ['implementor-ci.yml', 'feature/004-x/impl-1'],
    ['overseer-ci.yml', 'feature/004-x/overseer'],
  ])('%s runs the checks once per push of %s, even with an open pull request (no double run, no double record)', (file, branch) => {
    const wf = load(file)
    const recording = (event: { name: string; headRef: string }) =>
      Object.values(wf.jobs).filter(
        (j) => runs(j.if, event) && roleCi(j) && roleCi(j)!.with?.record !== false && !roleCi(j)!.with?.['guard-only'],
      )
    // A push, and the pull_request synchronize event the same push causes.
    expect(recording({ name: 'push', headRef: '' })).toHaveLength(1)
    expect(recording({ name: 'pull_request', headRef: branch })).toHaveLength(0)
    // The pull request's own guard still runs.
    expect(Object.values(wf.jobs).filter((j) => runs(j.if, { name: 'pull_request', headRef: branch }))).toHaveLength(1)
    // Push and pull request runs are in different concurrency groups: neither cancels the other.
    expect(wf.concurrency.group).toContain('github.event_name')
  })

  it("implementor-ci runs the checks of a person's pull request into the overseer branch on its head commit", () => {
    const wf = load('implementor-ci.yml')
    const jobs = Object.values(wf.jobs).filter((j) => runs(j.if, { name: 'pull_request', headRef: 'fix/typo' }))
    expect(jobs).toHaveLength(1)
    const checkout = jobs[0].steps.find((s) => s.uses?.startsWith('actions/checkout@'))!
    expect(String(checkout.with?.ref)).toContain('github.event.pull_request.head.sha')
  })

  it.each(['implementor-ci.yml', 'overseer-ci.yml'])('%s writes its JUnit reports where role-ci reads them and uploads them', (file) => {
    const wf = load(file)
    const job = Object.values(wf.jobs).find((j) => roleCi(j) && !roleCi(j)!.with?.['guard-only'])!
    const step = roleCi(job)!
    const env = { ...job.env, ...step.env }
    const globs = String(step.with?.junit).split('\n').filter(Boolean)
    // Every reporter is told to write under reports/, which the junit globs cover.
    expect(Object.keys(env).filter((k) => /JUNIT/.test(k)).length).toBeGreaterThan(0)
    for (const [key, value] of Object.entries(env).filter(([k]) => /JUNIT/.test(k))) {
      expect([key, value.startsWith('reports')]).toEqual([key, true])
    }
    expect(globs.every((g) => g.startsWith('reports/'))).toBe(true)
    expect(String(step.with?.commands)).not.toMatch(/--reporter=junit\s*>/)
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.if).toBe('always()')
    expect(upload?.with?.path).toBe('reports/')
  })

  it('the scheduled conflict scan warns about conflicts instead of failing, and keeps its report', () => {
    const wf = load('conflict-scan.yml')
    const step = wf.jobs.scan.steps.find((s) => s.uses?.includes('/actions/detect-conflicts@'))!
    expect(step.with?.['fail-on-conflict']).toBe(false)
    expect(wf.jobs.scan.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if === 'always()')).toBe(true)
  })

  it('trials run branch code only in a read-only job without credentials, and a separate job records their report', () => {
    const wf = parse(readFileSync('workflows-examples/conflict-trials.yml', 'utf8')) as Workflow & {
      permissions: Record<string, string>
      jobs: Record<string, Job & { permissions?: Record<string, string>; needs?: string }>
    }
    const detect = (job: Job) => job.steps.find((s) => s.uses?.includes('/actions/detect-conflicts@'))!
    const trial = wf.jobs.trial
    expect(wf.permissions).toEqual({ contents: 'read' })
    expect(trial.permissions).toEqual({ contents: 'read' })
    expect(trial.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['persist-credentials']).toBe(false)
    expect(detect(trial).with).toMatchObject({ trial: 'test', record: false })
    expect(trial.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if === 'always()')).toBe(true)
    // Only the trial job runs branch code; the job that can write never does.
    const writers = Object.entries(wf.jobs).filter(([, j]) => Object.values(j.permissions ?? {}).includes('write'))
    expect(writers.map(([name]) => name)).toEqual(['record'])
    for (const [, job] of writers) {
      expect(detect(job).with?.trial).toBeUndefined()
      expect(String(detect(job).with?.['merge-reports'])).toMatch(/trial-report/)
      expect(job.steps.some((s) => s.run)).toBe(false)
    }
    expect(wf.on.schedule).toEqual([{ cron: expect.not.stringMatching(/\*\/30/) }])
  })

  it('a merged or closed pull request triggers open-pr, which records it', () => {
    const wf = load('open-pr.yml')
    expect(wf.on.pull_request).toEqual({ types: ['closed'] })
  })

  it('overseer-ci says where the results really go', () => {
    const text = readFileSync('workflows-examples/overseer-ci.yml', 'utf8')
    expect(text).not.toContain('state/overseer.md')
    expect(text).toContain('features/<spec>/overseer.md')
  })
})
