import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string }
type Job = {
  if?: string
  needs?: string | string[]
  steps: Step[]
  env?: Record<string, string>
  permissions?: Record<string, string>
}
type Workflow = { on: Record<string, unknown>; concurrency: { group: string }; jobs: Record<string, Job> }
type Event = { name: string; headRef: string }

const load = (name: string) => parse(readFileSync(`workflows-examples/${name}`, 'utf8')) as Workflow
/** Our action's step in a job, however the example names the toolkit (`owner/repo/actions/x@v1` or a local checkout). */
const ours = (name: string) => (job: Job) => job.steps.find((s) => new RegExp(`/actions/${name}(@|$)`).test(s.uses ?? ''))
const roleCi = ours('role-ci')
/** A job that runs the branch's own code: it has `run:` steps. */
const runsBranchCode = (job: Job) => job.steps.some((s) => s.run)

/**
 * Evaluates the few expression forms the examples use in `if:` for one event, the way GitHub
 * would (`==`, `!=`, `!`, `&&`, `||`, `always()`, `contains(github.head_ref, ...)`, `needs.<job>.result`,
 * a needed job being "skipped" when its own condition is false).
 */
function runs(wf: Workflow, name: string, event: Event): boolean {
  const job = wf.jobs[name]
  const needs = [job.needs ?? []].flat()
  const result = (n: string) => (runs(wf, n, event) ? 'success' : 'skipped')
  // A job whose needs were skipped is skipped too, unless its condition says always().
  if (!job.if) return needs.every((n) => result(n) === 'success')
  const js = job.if
    .replace(/always\(\)/g, 'true')
    .replace(/needs\.([a-z-]+)\.result/g, (_m, n: string) => JSON.stringify(result(n)))
    .replace(/github\.event_name/g, JSON.stringify(event.name))
    .replace(/contains\(github\.head_ref, '([^']*)'\)/g, (_m, s: string) => String(event.headRef.includes(s)))
    .replace(/'([^']*)'/g, (_m, s: string) => JSON.stringify(s))
  expect(js).toMatch(/^[\s"a-z_/!=&|()-]+$/i)
  return Boolean(new Function(`return (${js})`)())
}
const running = (wf: Workflow, event: Event) => Object.keys(wf.jobs).filter((name) => runs(wf, name, event))

describe('the example workflows', () => {
  it.each([
    ['implementor-ci.yml', 'feature/004-x/impl-1'],
    ['overseer-ci.yml', 'feature/004-x/overseer'],
  ])('%s runs the checks once per push of %s, even with an open pull request (no double run, no double record)', (file, branch) => {
    const wf = load(file)
    // The jobs that record test results: role-ci given JUnit reports to record.
    const recording = (event: Event) =>
      running(wf, event).filter((name) => roleCi(wf.jobs[name])?.with?.junit && roleCi(wf.jobs[name])?.with?.record !== false)
    const branchCode = (event: Event) => running(wf, event).filter((name) => runsBranchCode(wf.jobs[name]))
    // A push, and the pull_request synchronize event the same push causes.
    expect(recording({ name: 'push', headRef: '' })).toHaveLength(1)
    expect(branchCode({ name: 'push', headRef: '' })).toHaveLength(1)
    expect(recording({ name: 'pull_request', headRef: branch })).toHaveLength(0)
    expect(branchCode({ name: 'pull_request', headRef: branch })).toHaveLength(0)
    // The pull request's own guard still runs, and only it.
    expect(running(wf, { name: 'pull_request', headRef: branch })).toEqual(['guard'])
    expect(roleCi(wf.jobs.guard)?.with?.['guard-only']).toBe(true)
    // Push and pull request runs are in different concurrency groups: neither cancels the other.
    expect(wf.concurrency.group).toContain('github.event_name')
  })

  it("implementor-ci runs the checks of a person's pull request into the overseer branch on its head commit", () => {
    const wf = load('implementor-ci.yml')
    const event = { name: 'pull_request', headRef: 'fix/typo' }
    const jobs = running(wf, event).filter((name) => runsBranchCode(wf.jobs[name]))
    expect(jobs).toHaveLength(1)
    const checkout = wf.jobs[jobs[0]].steps.find((s) => s.uses?.startsWith('actions/checkout@'))!
    expect(String(checkout.with?.ref)).toContain('github.event.pull_request.head.sha')
    // Its results are recorded by a job that runs no branch code.
    const recorders = running(wf, event).filter((name) => roleCi(wf.jobs[name])?.with?.junit)
    expect(recorders.map((name) => runsBranchCode(wf.jobs[name]))).toEqual([false])
  })

  it.each(['implementor-ci.yml', 'overseer-ci.yml'])('%s writes its JUnit reports where role-ci reads them and uploads them', (file) => {
    const wf = load(file)
    const checks = Object.values(wf.jobs).filter(runsBranchCode)
    expect(checks).toHaveLength(1)
    const job = checks[0]
    const env = { ...job.env, ...Object.assign({}, ...job.steps.map((s) => s.env ?? {})) } as Record<string, string>
    // Every reporter is told to write under reports/, which the job uploads even when a step failed.
    expect(Object.keys(env).filter((k) => /JUNIT/.test(k)).length).toBeGreaterThan(0)
    for (const [key, value] of Object.entries(env).filter(([k]) => /JUNIT/.test(k))) {
      expect([key, value.startsWith('reports')]).toEqual([key, true])
    }
    expect(job.steps.some((s) => /--reporter=junit\s*>/.test(s.run ?? ''))).toBe(false)
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(upload?.if).toBe('always()')
    expect(upload?.with?.path).toBe('reports/')
    // The recording job downloads that artifact and gives role-ci globs inside it; it holds no branch code.
    const recorder = Object.values(wf.jobs).find((j) => roleCi(j)?.with?.junit)!
    expect(runsBranchCode(recorder)).toBe(false)
    const download = recorder.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))
    expect(download?.with?.name).toBe(upload?.with?.name)
    const globs = String(roleCi(recorder)!.with!.junit).split('\n').filter(Boolean)
    expect(globs.length).toBeGreaterThan(0)
    expect(globs.every((g) => g.startsWith(`${String(download?.with?.path)}/`))).toBe(true)
  })

  it('the scheduled conflict scan warns about conflicts instead of failing, and keeps its report', () => {
    const wf = load('conflict-scan.yml')
    const step = ours('detect-conflicts')(wf.jobs.scan)!
    expect(step.with?.['fail-on-conflict']).toBe(false)
    expect(wf.jobs.scan.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if === 'always()')).toBe(true)
  })

  it('trials run branch code only in a read-only job without credentials, and a separate job records their report', () => {
    const wf = parse(readFileSync('workflows-examples/conflict-trials.yml', 'utf8')) as Workflow & {
      permissions: Record<string, string>
      jobs: Record<string, Job>
    }
    const detect = (job: Job) => ours('detect-conflicts')(job)!
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
