// The root action (`uses: owner/agent-orchestrator@v1` with `command:`) must
// accept every input of every sub-action and hand it to the same code. Each
// input is proved to arrive: an invalid value must fail naming it, and the
// inputs no value can make invalid are observed in successful runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ACTION_COMMANDS } from '../../shared/commands/registry'
import { OptionSpec } from '../../shared/options/options'
import { impl, initFeature, overseer, stateHead } from '../support/agent-feature'
import { FakeGitHub, startFakeGitHub } from '../support/fake-github'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { ActionRun, runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/root/index.js'
const app = (edit: string) => Array.from({ length: 20 }, (_, i) => `${i === 9 ? edit : `export const line${i + 1} = ${i + 1}`}\n`).join('')

interface Probe {
  command: string
  option: string
  value: string
  /** Text the failure must contain besides `<command> failed: `. */
  expected: string[]
}

/** Inputs a command needs before it gets as far as the probed input. */
const BASE: Record<string, Record<string, string>> = {
  'init-feature': { 'spec-id': SPEC },
  'role-ci': { branch: impl(1), record: 'false', 'conflict-check': 'false' },
  plan: { 'spec-id': SPEC },
  'integrate-order': { 'spec-id': SPEC },
}

/** Invalid values the option parser itself rejects, from each option's declared type. */
function typeProbe(command: string, o: OptionSpec): Probe | undefined {
  if (o.type === 'integer') {
    const value = String((o.max ?? 999_999) + 1)
    return { command, option: o.name, value, expected: [`input "${o.name}" is "${value}": expected a whole number`] }
  }
  if (o.type === 'boolean')
    return { command, option: o.name, value: 'maybe', expected: [`input "${o.name}" is "maybe": expected true or false`] }
  if (o.choices)
    return { command, option: o.name, value: 'nope', expected: [`input "${o.name}" is "nope": expected one of ${o.choices.join(', ')}`] }
  return undefined
}

/** Invalid values the command's own code rejects (text inputs). */
const COMMON_TEXT: Omit<Probe, 'command'>[] = [
  { option: 'config', value: '../outside.yml', expected: ['config "../outside.yml" is not valid'] },
  { option: 'state-branch', value: 'bad..branch', expected: ['state-branch "bad..branch" is not valid'] },
  { option: 'remote', value: '-x', expected: ['remote "-x" is not valid'] },
  // A secret: the failure names the input but never shows the value.
  {
    option: 'notify-webhook',
    value: 'not-an-address',
    expected: ['notify-webhook is not a valid URL (its value is a secret and is not shown)'],
  },
]
const TEXT: Probe[] = [
  ...ACTION_COMMANDS.flatMap((c) => COMMON_TEXT.map((p) => ({ ...p, command: c.name }))),
  { command: 'init-feature', option: 'spec-id', value: '../etc', expected: ['spec-id "../etc" is not valid'] },
  { command: 'init-feature', option: 'base', value: 'no-such-branch', expected: ['base "no-such-branch" is not a branch, tag or commit'] },
  { command: 'init-feature', option: 'agents', value: 'claude,vim', expected: ['agents "vim" is not valid'] },
  { command: 'detect-conflicts', option: 'shard', value: '3/2', expected: ['shard', '"3/2"'] },
  {
    command: 'detect-conflicts',
    option: 'merge-reports',
    value: 'none/*.json',
    expected: ['merge-reports "none/*.json" matched no report files'],
  },
  {
    command: 'detect-conflicts',
    option: 'trial-commands',
    value: 'no colon here',
    expected: ['input "trial-commands" line 1 "no colon here" is not valid'],
  },
  {
    command: 'detect-conflicts',
    option: 'trial-setup',
    value: 'npm ci\nrm -rf /',
    expected: ['trial-setup "npm ci\\nrm -rf /" is not valid: expected one command line'],
  },
  {
    command: 'detect-conflicts',
    option: 'suggest-command',
    value: 'claude -p | tee out.txt',
    expected: ['"claude -p | tee out.txt" is not valid', 'expected a program and its arguments'],
  },
  { command: 'sync-status', option: 'branch', value: 'bad..branch', expected: ['branch "bad..branch" is not valid'] },
  // Without all, --feature and --branches have nothing to select among.
  { command: 'sync-status', option: 'feature', value: '004-user-auth', expected: ['select among the branches of --all'] },
  { command: 'sync-status', option: 'branches', value: 'feature/*/impl-1', expected: ['select among the branches of --all'] },
  { command: 'role-ci', option: 'branch', value: 'main', expected: ['branch "main" is not an agent branch'] },
  { command: 'role-ci', option: 'commands', value: 'no colon here', expected: ['input "commands" line 1 "no colon here" is not valid'] },
  { command: 'role-ci', option: 'junit', value: '../reports/*.xml', expected: ['"../reports/*.xml" is not valid'] },
  { command: 'open-pr', option: 'branch', value: 'main', expected: ['branch "main" is not an agent branch'] },
  { command: 'plan', option: 'spec-id', value: '../etc', expected: ['spec-id "../etc" is not valid'] },
  { command: 'integrate-order', option: 'spec-id', value: '../etc', expected: ['spec-id "../etc" is not valid'] },
]

const PROBES: Probe[] = [
  ...ACTION_COMMANDS.flatMap((c) => c.options.map((o) => typeProbe(c.name, o)).filter((p): p is Probe => p !== undefined)),
  ...TEXT,
]

/** Inputs no value makes invalid; each is checked by a successful run below (`command option`). */
const OBSERVED = new Set([
  'init-feature name',
  // A glob that matches no branch is not an error: the scan is empty.
  'detect-conflicts branches',
  'detect-conflicts label',
  'detect-conflicts report-path',
  'open-pr title',
  'open-pr body-extra',
  'open-pr labels',
  'open-pr token',
  'detect-conflicts token',
  // Any text is a token; role-ci's use of it is test/role-ci/role-ci-push-payloads.test.ts's.
  'role-ci token',
])

function failureOf(run: ActionRun, command: string): string | undefined {
  return run.annotations.find((a) => a.level === 'error' && a.message.startsWith(`${command} failed: `))?.message
}

afterAll(cleanupTemp)

describe('root action', () => {
  let repo: TestRepo
  let gh: FakeGitHub
  const root = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction({ bundle, cwd: repo.dir, inputs, env: { GITHUB_API_URL: gh.url, ...env } })

  beforeAll(async () => {
    gh = await startFakeGitHub({ owner: 'octo-org', repo: 'octo-repo', token: 'root-token' })
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    // impl-1 and impl-2 edit the same line: one conflicting pair.
    await repo.commit(impl(2), { 'src/app.ts': app('export const line10 = "two"') }, 'T004 two', `origin/${impl(2)}`)
    await repo.commit(impl(1), { 'src/app.ts': app('export const line10 = "one"') }, 'T003 one', `origin/${impl(1)}`)
    await repo.push(impl(1), impl(2))
  })
  afterAll(async () => gh.close())

  it('has a probe or an observation for every input of every sub-action, and nothing else', () => {
    const all = ACTION_COMMANDS.flatMap((c) => c.options.map((o) => `${c.name} ${o.name}`)).sort()
    const covered = new Set([...PROBES.map((p) => `${p.command} ${p.option}`), ...OBSERVED])
    expect([...covered].sort()).toEqual(all)
  })

  it.each(PROBES.map((p) => [`${p.command} ${p.option}: ${JSON.stringify(p.value)}`, p] as const))(
    'fails naming the input for %s',
    async (_name, probe) => {
      const before = await stateHead(repo)
      const run = await root({ command: probe.command, ...BASE[probe.command], [probe.option]: probe.value })
      expect(run.exitCode).toBe(1)
      const failure = failureOf(run, probe.command)
      expect(failure).toBeDefined()
      for (const text of probe.expected) expect(failure).toContain(text)
      expect(await stateHead(repo)).toBe(before)
    },
  )

  it('fails on an unknown command, listing the commands', async () => {
    const run = await root({ command: 'nope' })
    expect(run.exitCode).toBe(1)
    expect(run.failure).toBe(
      `agent-orchestrator failed: input "command" is "nope": expected one of ${ACTION_COMMANDS.map((c) => c.name).join(', ')}`,
    )
  })

  it('runs init-feature (dry run) with a name', async () => {
    const before = await repo.git.lsRemote('origin')
    const run = await root({
      command: 'init-feature',
      'spec-id': '005-root-check',
      name: 'Root Check Feature',
      // The repository has spec folders and none is 005-root-check: said on purpose.
      'allow-missing-spec': 'true',
      'dry-run': 'true',
    })
    expect(failureOf(run, 'init-feature')).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.outputs['overseer-branch']).toBe('feature/005-root-check/overseer')
    expect(run.summary).toContain('**Root Check Feature**')
    expect(await repo.git.lsRemote('origin')).toEqual(before)
  })

  it('runs sync-status on main (not an agent branch: nothing to sync)', async () => {
    const run = await root({ command: 'sync-status', branch: 'main' })
    expect(failureOf(run, 'sync-status')).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.annotations.some((a) => a.level === 'notice' && /main is not an agent branch/.test(a.message))).toBe(true)
  })

  it('runs detect-conflicts with its text inputs: branches, report-path, notify with label and token', async () => {
    const pr = gh.addPull({ head: impl(2), base: overseer, title: 'impl-2' })
    // Inside the workspace: a report-path outside it and RUNNER_TEMP is refused.
    const reportPath = join(repo.dir, 'out', 'report.json')
    const run = await root({
      command: 'detect-conflicts',
      'fail-on-conflict': 'false',
      branches: `${impl(1)}, ${impl(2)}`,
      'report-path': reportPath,
      notify: 'pr',
      label: 'root-conflict',
      token: 'root-token',
    })
    expect(failureOf(run, 'detect-conflicts')).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.outputs['conflict-count']).toBe('1')
    expect(run.outputs['report-path']).toBe(reportPath)
    // Only the two branches named: one pair, not the three of the whole feature.
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).summary.pairs).toBe(1)
    expect(gh.labelsOn(pr.number)).toEqual(['root-conflict'])
    expect(run.stdout).toContain('::add-mask::root-token')
  })

  it('runs plan (apply as a dry run) and integrate-order', async () => {
    const before = await stateHead(repo)
    const plan = await root({ command: 'plan', 'spec-id': SPEC, apply: 'true', 'dry-run': 'true' })
    expect(failureOf(plan, 'plan')).toBeUndefined()
    expect(Number(plan.outputs.waves)).toBeGreaterThan(0)
    expect(plan.outputs['state-commit']).toBe('')
    expect(await stateHead(repo)).toBe(before)
    const order = await root({ command: 'integrate-order', 'spec-id': SPEC })
    expect(failureOf(order, 'integrate-order')).toBeUndefined()
    expect(JSON.parse(order.outputs.order).map((s: { name: string }) => s.name)).toEqual(['impl-1', 'impl-2'])
    expect(order.outputs['new-conflicts']).toBe('1')
  })

  it('runs role-ci guard-only', async () => {
    await repo.git.run(['checkout', '-q', impl(1)])
    const run = await root({ command: 'role-ci', branch: impl(1), 'guard-only': 'true', commands: 'x: exit 1' })
    expect(failureOf(run, 'role-ci')).toBeUndefined()
    expect(run.exitCode).toBe(0)
    expect(run.outputs.role).toBe('implementor')
    expect(JSON.parse(run.outputs.results).checks).toEqual([])
  })

  it('runs open-pr as a dry run with title and body-extra, then for real with labels and the token', async () => {
    const dry = await root({
      command: 'open-pr',
      branch: impl(1),
      'dry-run': 'true',
      title: 'Root title',
      'body-extra': 'Extra *from* root',
    })
    expect(failureOf(dry, 'open-pr')).toBeUndefined()
    expect(dry.summary).toContain('Root title (would open or update)')
    expect(dry.summary).toContain('Extra *from* root')
    expect(gh.state.pulls.some((p) => p.head.ref === impl(1))).toBe(false)

    const wrongToken = await root({ command: 'open-pr', branch: impl(1), token: 'not-the-token' })
    expect(failureOf(wrongToken, 'open-pr')).toMatch(/GitHub rejected the token \(401 Bad credentials\)/)

    const real = await root({ command: 'open-pr', branch: impl(1), title: 'Root title', labels: 'one,two', token: 'root-token' })
    expect(failureOf(real, 'open-pr')).toBeUndefined()
    const pr = gh.state.pull(Number(real.outputs['pr-number']))!
    expect(pr.title).toBe('Root title')
    expect(gh.labelsOn(pr.number)).toEqual(['one', 'two'])
  })
})
