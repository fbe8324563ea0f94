import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { featureStatusJson, impl, initFeature, overseer, STATE_BRANCH } from '../support/agent-feature'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'
import { adaptPayload, webhookExample } from '../support/webhook-examples'
import { JobRun, runWorkflow, StepRun } from '../support/workflow-runner'

// The shipped example workflows, run job by job and step by step as a runner would (see
// test/support/workflow-runner.ts), with a hostile step in the job that runs branch code: it points
// origin at a look-alike whose overseer branch is the implementor's head, moves the local refs,
// rewrites .git/config, redirects git's URLs for the job's later steps and puts a fake tool on PATH.
// The guard and the recording must not notice: they run in jobs of their own.
const WORKFLOW = '.github/workflows/ci.yml'
const REPOSITORY = 'acme/app'
const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="2" failures="0" errors="0" time="0.1">
  <testsuite name="model" errors="0" failures="0" skipped="0" time="0.1" tests="2">
    <testcase classname="model works" name="model works" time="0.05"></testcase>
    <testcase classname="model still works" name="model still works" time="0.05"></testcase>
  </testsuite>
</testsuites>
`
const HOSTILE = `
git remote set-url origin "file://$LOOKALIKE"
git update-ref "refs/remotes/origin/$OVERSEER" HEAD
git update-ref "refs/orchestrator/heads/$OVERSEER" HEAD
git config --local "url.file://$LOOKALIKE.insteadOf" "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY"
printf '[url "file://%s"]\\n\\tinsteadOf = %s/%s\\n' "$LOOKALIKE" "$GITHUB_SERVER_URL" "$GITHUB_REPOSITORY" > "$RUNNER_TEMP/evil.gitconfig"
echo "GIT_CONFIG_GLOBAL=$RUNNER_TEMP/evil.gitconfig" >> "$GITHUB_ENV"
mkdir -p "$RUNNER_TEMP/evil-bin"
printf '#!/bin/sh\\necho "fake $0"\\nexit 0\\n' > "$RUNNER_TEMP/evil-bin/orchestrator"
chmod +x "$RUNNER_TEMP/evil-bin/orchestrator"
echo "$RUNNER_TEMP/evil-bin" >> "$GITHUB_PATH"
echo hostile step done
`

let repo: TestRepo
let server: string
let lookalike: string
let tools: string
let before: string
let pushed: string

afterAll(cleanupTemp)

beforeAll(async () => {
  repo = await makeFeatureRepo()
  await repo.commit('main', { [WORKFLOW]: 'on: push\njobs: {}\n', 'package.json': '{"name":"app","private":true}\n' }, 'add CI')
  await repo.push('main')
  await initFeature(repo, 2)
  before = await repo.git.run(['rev-parse', `origin/${impl(1)}`])
  pushed = await repo.commit(impl(1), { [WORKFLOW]: 'on: [push]\njobs: {pwn: {}}\n' }, 'T001 tweak CI', `origin/${impl(1)}`)
  await repo.push(impl(1))
  server = tempDir('orch-server-')
  mkdirSync(join(server, 'acme'))
  symlinkSync(repo.remote, join(server, 'acme', 'app'))
  // The look-alike: the same repository, but its overseer branch is the implementor's head.
  lookalike = join(tempDir('orch-lookalike-'), 'app.git')
  await repo.git.run(['clone', '-q', '--mirror', repo.remote, lookalike])
  await repo.git.run(['--git-dir', lookalike, 'update-ref', `refs/heads/${overseer}`, pushed])
  // Stand-ins for npm and npx: they run nothing of the network, and jest / playwright write JUnit.
  tools = tempDir('orch-tools-')
  writeFileSync(join(tools, 'npm'), '#!/bin/sh\necho "npm $*"\n')
  writeFileSync(
    join(tools, 'npx'),
    `#!/bin/sh
case "$*" in
  *jest*) mkdir -p "\${JEST_JUNIT_OUTPUT_DIR:-.}" && cat > "\${JEST_JUNIT_OUTPUT_DIR:-.}/junit.xml" <<'XML'
${JUNIT}XML
  ;;
  *"playwright test"*) mkdir -p "$(dirname "$PLAYWRIGHT_JUNIT_OUTPUT_NAME")" && cat > "$PLAYWRIGHT_JUNIT_OUTPUT_NAME" <<'XML'
${JUNIT}XML
  ;;
esac
echo "npx $*"
`,
  )
  for (const t of ['npm', 'npx']) chmodSync(join(tools, t), 0o755)
})

function pushEvent(): { name: string; payload: Record<string, unknown>; ref: string; sha: string } {
  const example = webhookExample('push', (p) => p.created === true && String(p.ref).startsWith('refs/heads/'))
  const payload = adaptPayload(
    example,
    { 'Codertocat/Hello-World': REPOSITORY, Codertocat: 'acme', 'Hello-World': 'app', master: 'main' },
    { ref: `refs/heads/${impl(1)}`, before, after: pushed, created: false },
  )
  return { name: 'push', payload, ref: `refs/heads/${impl(1)}`, sha: pushed }
}

function roleCiRuns(job: JobRun | undefined): StepRun[] {
  return (job?.steps ?? []).filter((s) => s.action === 'role-ci')
}

function violations(step: StepRun): string[] {
  return (
    JSON.parse(step.run!.outputs.results || '{"guard":{"violations":[]}}') as { guard: { violations: { path?: string }[] } }
  ).guard.violations.map((v) => v.path ?? '')
}

describe('implementor-ci.yml: three jobs, a hostile step in the one that runs branch code', () => {
  let jobs: Record<string, JobRun>
  let lookalikeState: string
  beforeAll(async () => {
    lookalikeState = await repo.git.run(['--git-dir', lookalike, 'rev-parse', `refs/heads/${STATE_BRANCH}`])
    jobs = await runWorkflow({
      yaml: readFileSync('workflows-examples/implementor-ci.yml', 'utf8'),
      event: pushEvent(),
      server,
      repository: REPOSITORY,
      toolPath: [tools],
      preSteps: [{ name: 'hostile', run: HOSTILE, env: { LOOKALIKE: lookalike, OVERSEER: overseer } }],
    })
  })

  it('the hostile step ran, in the job that runs branch code, and nowhere else', () => {
    const hostile = Object.values(jobs).flatMap((j) => j.steps.filter((s) => s.name === 'hostile').map((s) => [j.name, s.outcome]))
    expect(hostile).toEqual([[expect.any(String), 'success']])
    const [job] = hostile[0] as [string]
    expect(roleCiRuns(jobs[job])).toEqual([]) // no guard, no pen where branch code runs
  })

  it('the guard still fails the protected-path change to .github/workflows/ci.yml', () => {
    const guards = Object.values(jobs).flatMap(roleCiRuns)
    expect(guards.length).toBeGreaterThan(0)
    for (const g of guards) {
      expect(g.run!.exitCode).not.toBe(0)
      expect(violations(g)).toEqual([WORKFLOW])
      expect(JSON.parse(g.run!.outputs.results).commit).toBe(pushed)
    }
  })

  it("the recording lands on the repository's own state branch: the guard's failure and the JUnit results of the artifact", async () => {
    await repo.git.run(['fetch', '-q', 'origin'])
    const status = await featureStatusJson(repo)
    const rows = status.tests.filter((t) => t.branch === impl(1) && t.commit === pushed)
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ suite: 'guard', passed: 0, failed: 1 }),
        expect.objectContaining({ suite: 'junit:junit.xml', passed: 2, failed: 0, unit: 'tests' }),
      ]),
    )
    // Nothing was written to the look-alike the hostile step pointed origin at.
    expect(await repo.git.run(['--git-dir', lookalike, 'rev-parse', `refs/heads/${STATE_BRANCH}`])).toBe(lookalikeState)
  })
})

describe('overseer-ci.yml: the branch code job records nothing; the record job ingests its artifact', () => {
  it('records the JUnit reports of the integration job on the state branch, despite the hostile step', async () => {
    const tip = await repo.git.run(['rev-parse', `origin/${overseer}`])
    const event = pushEvent()
    const payload = { ...event.payload, ref: `refs/heads/${overseer}`, before: tip, after: tip }
    const jobs = await runWorkflow({
      yaml: readFileSync('workflows-examples/overseer-ci.yml', 'utf8'),
      event: { name: 'push', payload, ref: `refs/heads/${overseer}`, sha: tip },
      server,
      repository: REPOSITORY,
      toolPath: [tools],
      preSteps: [{ name: 'hostile', run: HOSTILE, env: { LOOKALIKE: lookalike, OVERSEER: overseer } }],
    })
    expect(Object.values(jobs).map((j) => [j.name, j.result])).toEqual([
      ['guard', 'success'],
      ['integration', 'success'],
      ['record', 'success'],
    ])
    expect(roleCiRuns(jobs.integration)).toEqual([])
    await repo.git.run(['fetch', '-q', 'origin'])
    const rows = (await featureStatusJson(repo)).tests.filter((t) => t.role === 'overseer' && t.commit === tip)
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ suite: 'junit:results.xml', passed: 2 })]))
  })
})
