// The in-process harness (test/support/cli-in-process.ts) stands in for the CLI bundle in tests that check
// what a command does. Here both run the same commands on the same repository, side by side, and must say
// the same thing: exit code, stdout and stderr, byte for byte. A difference means the harness no longer
// shows what a user's `orchestrator` does (or that dist/ was not rebuilt).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { initializedFeatureRepo } from '../support/agent-feature'
import { SPEC } from '../support/feature-repo'
import { runCliProcess } from '../support/cli'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, copyRepo, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

describe('the CLI in process says what the bundle says', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await initializedFeatureRepo(2)
  })

  // Each side runs in its own copy of the repository (a scan leaves a commit-graph and a verdict cache).
  const CASES: Record<string, string[]> = {
    'main help': ['--help'],
    version: ['--version'],
    'a group without a subcommand': ['events'],
    'a command help': ['check-conflicts', '--help'],
    'a typo': ['sync-staus'],
    'feature status': ['events', 'status', SPEC],
    'feature status as JSON': ['events', 'status', SPEC, '--json'],
    'recent events': ['events', 'recent', '--feature', SPEC, '--limit', '5'],
    'a bad option value': ['events', 'recent', '--limit', 'many'],
    'an unknown option': ['events', 'status', '--colour', 'pink'],
    'an unknown feature': ['events', 'status', '999-nothing'],
    'the merge order': ['integrate-order', SPEC],
    'a path check': ['check-path', 'src/app.ts', '--json'],
  }

  it.each(Object.entries(CASES))('%s', async (_label, args) => {
    // Each in its own temporary folder, as a user's runs would be.
    const env = { TMPDIR: tempDir('orch-cli-tmp-') }
    const [one, two] = [await copyRepo(repo), await copyRepo(repo)]
    const bundle = await runCliProcess(args, one.dir, env)
    const inProcess = await runCliInProcess(args, two.dir, env)
    expect(inProcess).toEqual({
      ...bundle,
      stdout: bundle.stdout.replaceAll(one.dir, two.dir),
      stderr: bundle.stderr.replaceAll(one.dir, two.dir),
    })
  })

  it('leaves the test process as it found it: environment, exit code, working directory', async () => {
    const env = { ...process.env }
    const cwd = process.cwd()
    const r = await runCliInProcess(['events', 'status', '--colour', 'pink'], repo.dir, { ORCH_SOMETHING: 'x', HOME: tempDir() })
    expect(r.code).toBe(2)
    expect(process.env).toEqual(env)
    expect(process.exitCode).toBeUndefined()
    expect(process.cwd()).toBe(cwd)
  })
})
