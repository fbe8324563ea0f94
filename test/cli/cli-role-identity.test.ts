import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature, overseer } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'
import { describeIdentity, resolveAgentIdentity } from '../../shared/naming/role-source'

// Role detection (issue 17, item 2) through the CLI bundle in a real clone:
// flag, then branch, then the local role file; a file that contradicts the
// branch is an error naming both; actions never read the file; it never
// relaxes the guard; it is untrusted input.

afterAll(cleanupTemp)

const ROLE_FILE = '.orchestrator/agent.local'
const CLAUDE_FILE = '.claude/agent-role.local'

function writeRole(repo: TestRepo, text: string, path = ROLE_FILE): void {
  mkdirSync(join(repo.dir, path, '..'), { recursive: true })
  writeFileSync(join(repo.dir, path), text)
}

function clearRole(repo: TestRepo): void {
  for (const p of [ROLE_FILE, CLAUDE_FILE]) rmSync(join(repo.dir, p), { force: true })
}

/** A blocker raised in a dry run: the event says which feature and agent the CLI resolved. */
async function blocker(repo: TestRepo, ...flags: string[]) {
  const r = await runCliInProcess(['events', 'raise-blocker', 'b1', 'waiting', '--dry-run', '--json', ...flags], repo.dir, {
    GITHUB_ACTIONS: undefined,
  })
  const events = r.code === 0 ? (JSON.parse(r.stdout).events as Array<{ feature: string; data: { agent?: string } }>) : []
  return { ...r, feature: events[0]?.feature, agent: events[0]?.data.agent }
}

describe('role detection: flag, then branch, then the role file', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 3)
  })
  beforeEach(() => clearRole(repo))

  it('takes the feature and agent from the role file when the branch does not tell (detached HEAD)', async () => {
    await repo.git.run(['checkout', '-q', '--detach', `origin/${impl(2)}`])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-2\n`)
    const r = await blocker(repo)
    expect([r.code, r.feature, r.agent]).toEqual([0, SPEC, impl(2)])
    // The text output says where the identity came from (stderr; --json stays data only).
    const told = await runCliInProcess(['events', 'raise-blocker', 'b1', 'waiting', '--dry-run'], repo.dir)
    expect(told.stderr).toContain(`working as implementor impl-2 (from the role file ${ROLE_FILE}), feature ${SPEC}`)
    // From a folder inside the checkout too.
    const inside = await runCliInProcess(['events', 'raise-blocker', 'b1', 'waiting', '--dry-run', '--json'], join(repo.dir, 'src'))
    expect([inside.code, JSON.parse(inside.stdout).events[0]?.data.agent]).toEqual([0, impl(2)])
    // sync-status and open-pr act on the agent branch the file names.
    const sync = await runCliInProcess(['sync-status', '--dry-run', '--json'], repo.dir)
    expect([sync.code, JSON.parse(sync.stdout).branches.map((b: { branch: string }) => b.branch)]).toEqual([0, [impl(2)]])
    const pr = await runCliInProcess(['open-pr', '--dry-run', '--json'], repo.dir, { GITHUB_TOKEN: undefined, GH_TOKEN: undefined })
    expect(pr.stdout + pr.stderr).toContain(impl(2))
    // Without the file nothing tells: the error says what is missing.
    clearRole(repo)
    const none = await blocker(repo)
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/--feature is required: HEAD is detached and no role file .* names a feature/)
  })

  it('the branch wins over nothing and agrees with a matching file; the flag wins over both', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(1), `origin/${impl(1)}`])
    const plain = await blocker(repo)
    expect([plain.code, plain.feature, plain.agent]).toEqual([0, SPEC, impl(1)])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: ${impl(1)}\n`)
    const agreeing = await blocker(repo)
    expect([agreeing.code, agreeing.feature, agreeing.agent]).toEqual([0, SPEC, impl(1)])
    const flagged = await blocker(repo, '--feature', '005-other-thing', '--agent', 'impl-1')
    expect([flagged.code, flagged.feature, flagged.agent]).toEqual([0, '005-other-thing', 'impl-1'])
    // An implementor raises blockers against itself only (see test/agents/authority.test.ts).
    const someone = await blocker(repo, '--agent', 'someone')
    expect([someone.code, someone.stderr]).toEqual([2, expect.stringMatching(/may raise a blocker only against its own branch/)])
    const otherFeature = await blocker(repo, '--feature', '005-other-thing')
    expect([otherFeature.code, otherFeature.feature, otherFeature.agent]).toEqual([0, '005-other-thing', impl(1)])
    clearRole(repo)
  })

  it('a role file that contradicts the branch is an error naming both (exit 2), in every command that asks', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(3), `origin/${impl(3)}`])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-2\n`)
    for (const args of [
      ['events', 'raise-blocker', 'b1', 'waiting', '--dry-run'],
      ['run-tests', '--guard-only', '--no-conflict-check'],
      ['sync-status', '--dry-run'],
      ['plan', '--dry-run'],
      ['check-conflicts', '--dry-run'],
    ]) {
      const r = await runCliInProcess(args, repo.dir)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toContain(`${ROLE_FILE} says role "implementor", feature "${SPEC}", agent "impl-2"`)
      expect(r.stderr).toContain(`branch "${impl(3)}" is the implementor 3 branch of feature "${SPEC}"`)
    }
    writeRole(repo, `role: overseer\nfeature: ${SPEC}\n`)
    const role = await runCliInProcess(['agents', 'setup', '--dry-run'], repo.dir)
    expect(role.code).toBe(2)
    expect(role.stderr).toContain(
      `${ROLE_FILE} says role "overseer", feature "${SPEC}", but branch "${impl(3)}" is the implementor 3 branch`,
    )
    clearRole(repo)
  })

  it("check-conflicts in an agent's checkout scans its own feature; --branches '**' and a plain checkout scan all", async () => {
    await repo.commit('feature/005-other-thing/overseer', { 'src/other.ts': 'x\n' }, 'other', 'origin/main')
    await repo.commit('feature/005-other-thing/impl-1', { 'src/other.ts': 'y\n' }, 'other 1', 'feature/005-other-thing/overseer')
    await repo.push('feature/005-other-thing/overseer', 'feature/005-other-thing/impl-1')
    const features = async (...args: string[]) => {
      const r = await runCliInProcess(['check-conflicts', '--dry-run', '--json', '--no-fail-on-conflict', ...args], repo.dir)
      expect({ args, code: r.code }).toEqual({ args, code: 0 })
      const pairs = JSON.parse(r.stdout).pairs as Array<{ left: string; right: string }>
      return [...new Set(pairs.flatMap((p) => [p.left, p.right]).map((b) => b.split('/')[1]))].sort()
    }
    await repo.git.run(['checkout', '-q', '-B', impl(1), `origin/${impl(1)}`])
    expect(await features()).toEqual([SPEC])
    expect(await features('--branches', '**')).toEqual([SPEC, '005-other-thing'])
    await repo.git.run(['checkout', '-q', 'main'])
    expect(await features()).toEqual([SPEC, '005-other-thing'])
    // A role file names the feature where the branch does not.
    writeRole(repo, `role: overseer\nfeature: 005-other-thing\n`)
    expect(await features()).toEqual(['005-other-thing'])
  })

  it('reads .claude/agent-role.local too; both files must agree', async () => {
    await repo.git.run(['checkout', '-q', '--detach', `origin/${impl(2)}`])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-3\n`, CLAUDE_FILE)
    const claude = await blocker(repo)
    expect([claude.code, claude.feature, claude.agent]).toEqual([0, SPEC, impl(3)])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-2\n`)
    const both = await blocker(repo)
    expect(both.code).toBe(2)
    expect(both.stderr).toContain(`${ROLE_FILE} and ${CLAUDE_FILE} disagree: agent "impl-2" versus "impl-3"`)
    clearRole(repo)
  })

  it('refuses a bad role file with exit 2, quoting the bad value', async () => {
    await repo.git.run(['checkout', '-q', '--detach', `origin/${impl(2)}`])
    const cases: Array<[string, string]> = [
      ['role: admin\n', 'role "admin" is not valid; expected overseer or implementor'],
      ['role: implementor\nfeature: ../../etc\n', 'feature "../../etc" is not valid'],
      ['role: implementor\nagent: impl-1\u001b[31m\n', 'agent "impl-1\\u001b[31m" is not valid'],
      ['role: implementor\nagent: impl-0\n', 'agent "impl-0" is not an agent of the naming'],
      ['role: overseer\nagent: impl-2\n', 'agent "impl-2" is an implementor, but the file says role "overseer"'],
      ['role: implementor\nrole: overseer\n', 'role is given twice'],
      ['colour: red\n', 'unknown key "colour"'],
      ['just text\n', '"just text" is not "key: value"'],
      [`role: implementor\n# ${'x'.repeat(5000)}\n`, 'more than the 4096 a role file may have'],
    ]
    for (const [text, message] of cases) {
      writeRole(repo, text)
      const r = await blocker(repo)
      expect({ text, code: r.code }).toEqual({ text, code: 2 })
      expect(r.stderr).toContain(message)
      expect(r.stderr).not.toContain('\u001b[31m')
    }
    // A link is not read through (it could point at a device or a secret).
    clearRole(repo)
    symlinkSync('/dev/zero', join(repo.dir, ROLE_FILE))
    const linked = await blocker(repo)
    expect(linked.code).toBe(2)
    expect(linked.stderr).toContain(`${ROLE_FILE} is not a regular file`)
    clearRole(repo)
  })

  it('agents setup writes the role file in the format it reads, git-excluded, and every command can use it', async () => {
    await repo.git.run(['checkout', '-q', '-B', impl(2), `origin/${impl(2)}`])
    const setup = await runCliInProcess(['agents', 'setup'], repo.dir)
    expect(setup.code).toBe(0)
    expect((await repo.git.run(['show', `HEAD:specs/${SPEC}/spec.md`])).length).toBeGreaterThan(0)
    const ignored = await repo.git.exec(['check-ignore', '-q', '--no-index', ROLE_FILE], { allowedExitCodes: [0, 1] })
    expect(ignored.exitCode).toBe(0)
    expect((await repo.git.run(['status', '--porcelain'])).trim()).toBe('')
    await repo.git.run(['checkout', '-q', '--detach'])
    const r = await blocker(repo)
    expect([r.code, r.feature, r.agent]).toEqual([0, SPEC, impl(2)])
    clearRole(repo)
  })
})

describe('the role file never relaxes the guard and is never read by an action', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    // An implementor that edits a protected path.
    await repo.commit(impl(1), { '.github/workflows/ci.yml': 'on: push\n' }, 'T001 ci', `origin/${impl(1)}`)
    await repo.push(impl(1))
    // A person's branch (not an agent branch) with the same edit.
    await repo.commit('topic', { '.github/workflows/ci.yml': 'on: push\n' }, 'ci', `origin/${overseer}`)
  })

  it('on an implementor branch, a role file saying overseer is an error, never a pass', async () => {
    await repo.git.run(['checkout', '-q', impl(1)])
    const without = await runCliInProcess(['run-tests', '--guard-only', '--no-conflict-check'], repo.dir)
    expect(without.code).toBe(1)
    expect(without.stdout).toContain('.github/workflows/ci.yml')
    writeRole(repo, `role: overseer\nfeature: ${SPEC}\nagent: overseer\n`)
    const lying = await runCliInProcess(['run-tests', '--guard-only', '--no-conflict-check'], repo.dir)
    expect(lying.code).toBe(2)
    expect(lying.stdout).not.toMatch(/Result: passed/)
    expect(lying.stderr).toContain(`${ROLE_FILE} says role "overseer"`)
    // An agreeing file changes nothing: the branch decides.
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-1\n`)
    const agreeing = await runCliInProcess(['run-tests', '--guard-only', '--no-conflict-check'], repo.dir)
    expect(agreeing.code).toBe(1)
    clearRole(repo)
  })

  it('where the branch does not tell, the CLI takes the role from the file; GITHUB_ACTIONS=true and the action do not', async () => {
    await repo.git.run(['checkout', '-q', 'topic'])
    writeRole(repo, `role: implementor\nfeature: ${SPEC}\nagent: impl-1\n`)
    const cli = await runCliInProcess(['run-tests', '--guard-only', '--no-conflict-check'], repo.dir)
    expect(cli.stderr).toContain(`working as implementor impl-1 (from the role file ${ROLE_FILE})`)
    // The file's feature names the overseer to compare with: the implementor guard runs and refuses the edit.
    expect(cli.stdout).toContain('Role CI: implementor on topic')
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain('.github/workflows/ci.yml')
    const inActions = await runCliInProcess(['run-tests', '--guard-only', '--no-conflict-check'], repo.dir, { GITHUB_ACTIONS: 'true' })
    expect(inActions.code).toBe(2)
    expect(inActions.stderr).toContain('"topic" is not an agent branch')
    expect(inActions.stderr).not.toContain('role file')
    const action = await runAction({
      bundle: 'dist/role-ci/index.js',
      cwd: repo.dir,
      eventName: 'push',
      ref: 'refs/heads/topic',
      inputs: { 'guard-only': 'true', 'conflict-check': 'false' },
    })
    expect(action.exitCode).toBe(1)
    expect(action.failure).toContain('"topic" is not an agent branch')
    // A file that would contradict an agent branch is not even read by the action.
    await repo.git.run(['checkout', '-q', impl(1)])
    writeRole(repo, 'role: overseer\n')
    const onImpl = await runAction({
      bundle: 'dist/role-ci/index.js',
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { 'guard-only': 'true', 'conflict-check': 'false' },
    })
    expect(onImpl.exitCode).toBe(1)
    expect(onImpl.outputs.role).toBe('implementor')
    expect(onImpl.failure).toContain('.github/workflows/ci.yml')
    clearRole(repo)
  })

  it("an action's default feature comes from the run's branch only, never from a role file", async () => {
    await repo.git.run(['checkout', '-q', 'main'])
    writeRole(repo, `role: overseer\nfeature: ${SPEC}\n`)
    const plan = (ref: string) =>
      runAction({ bundle: 'dist/plan/index.js', cwd: repo.dir, eventName: 'push', ref, inputs: { 'dry-run': 'true' } })
    const onMain = await plan('refs/heads/main')
    expect(onMain.exitCode).toBe(1)
    expect(onMain.failure).toContain('input "spec-id" is required: branch "main" is not an agent branch; e.g. 004-user-auth')
    const onOverseer = await plan(`refs/heads/${overseer}`)
    expect([onOverseer.exitCode, onOverseer.failure]).toEqual([0, undefined])
    expect(onOverseer.summary).toContain(SPEC)
    // The CLI in the same checkout takes the file's feature.
    const cli = await runCliInProcess(['plan', '--dry-run', '--json'], repo.dir)
    expect([cli.code, JSON.parse(cli.stdout).spec]).toEqual([0, SPEC])
    clearRole(repo)
  })
})

describe('resolveAgentIdentity (library)', () => {
  const naming = { pattern: 'agents/{role}/{spec}', overseer: 'lead', implementor: 'worker{n}' }
  const withFile = (text: string | null) => {
    const dir = tempDir('orch-role-')
    if (text !== null) {
      mkdirSync(join(dir, '.orchestrator'))
      writeFileSync(join(dir, ROLE_FILE), text)
    }
    return dir
  }

  it('reads agents by the configured naming, short or as a branch, and records where each part came from', () => {
    const cwd = withFile(`role: implementor\nfeature: ${SPEC}\nagent: worker4\n`)
    const detached = resolveAgentIdentity({ branch: null, naming, cwd, readFile: true })
    expect(detached).toMatchObject({ role: 'implementor', feature: SPEC, agent: 'worker4', index: 4, branch: `agents/worker4/${SPEC}` })
    expect(detached.sources).toEqual({ role: 'file', feature: 'file', agent: 'file' })
    const full = resolveAgentIdentity({ branch: 'main', naming, cwd: withFile(`agent: agents/lead/${SPEC}\n`), readFile: true })
    expect(full).toMatchObject({ role: 'overseer', feature: SPEC, agent: 'lead', branch: `agents/lead/${SPEC}` })
    // The default naming's impl-2 is no agent of this naming.
    expect(() => resolveAgentIdentity({ branch: null, naming, cwd: withFile('agent: impl-2\n'), readFile: true })).toThrow(
      /agent "impl-2" is not an agent of the naming \(expected "lead", "worker2"/,
    )
  })

  it('a flag wins over the branch and says so; the file is not read unless allowed', () => {
    const cwd = withFile('role: overseer\n')
    const id = resolveAgentIdentity({ flags: { role: 'overseer' }, branch: `agents/worker1/${SPEC}`, naming, cwd, readFile: false })
    expect(id).toMatchObject({ role: 'overseer', feature: SPEC, source: 'flag' })
    expect(id.agent).toBeUndefined()
    expect(id.file).toBeUndefined()
    expect(describeIdentity(id)).toBe(`working as overseer (from the command line), feature ${SPEC} (from branch "agents/worker1/${SPEC}")`)
    // Read, the same file contradicts the branch.
    expect(() => resolveAgentIdentity({ branch: `agents/worker1/${SPEC}`, naming, cwd, readFile: true })).toThrow(
      `${ROLE_FILE} says role "overseer", but branch "agents/worker1/${SPEC}" is the implementor 1 branch of feature "${SPEC}"`,
    )
  })
})
