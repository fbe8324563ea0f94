// Shared steps of the end-to-end tests: a feature set up by the real CLI, and
// what the state branch holds afterwards.
import { existsSync } from 'node:fs'
import { runCliProcess } from './cli'
import { makeFeatureRepo, SPEC } from './feature-repo'
import { copyRepo, TestRepo } from './repo'
import type { FeatureStatus } from '../../shared/views/status'

export const STATE_BRANCH = 'orchestrator/state'
export const overseer = `feature/${SPEC}/overseer`
export const impl = (n: number) => `feature/${SPEC}/impl-${n}`

/** `orchestrator init-feature <SPEC>` in the clone, then a fetch so the branches are known locally. */
export async function initFeature(repo: TestRepo, implementors: number): Promise<void> {
  const r = await runCliProcess(['init-feature', SPEC, '--implementors', String(implementors)], repo.dir)
  if (r.code !== 0) throw new Error(`init-feature failed (${r.code}): ${r.stderr}`)
  await repo.git.run(['fetch', '-q', 'origin'])
}

// One prepared repository per test file (jest gives each file its own module instances) and count of
// implementors, copied for each caller: init-feature runs once, not once per test.
const prepared = new Map<number, Promise<TestRepo>>()

/** makeFeatureRepo() then initFeature(repo, implementors), as a fresh copy of a repository built once per test file. */
export async function initializedFeatureRepo(implementors: number): Promise<TestRepo> {
  let template = prepared.get(implementors)
  // A file that cleans its temporary folders between tests removed it: build it again.
  if (!template || !existsSync((await template).dir)) {
    template = makeFeatureRepo().then(async (repo) => {
      await initFeature(repo, implementors)
      return repo
    })
    prepared.set(implementors, template)
  }
  return copyRepo(await template)
}

/** The state branch's commit on the remote, or undefined. */
export async function stateHead(repo: TestRepo): Promise<string | undefined> {
  return (await repo.git.lsRemote('origin', [STATE_BRANCH])).get(`refs/heads/${STATE_BRANCH}`)
}

/** Paths of the event files on the remote state branch (`git ls-tree -r` under events/). */
export async function eventFiles(repo: TestRepo): Promise<string[]> {
  const head = await stateHead(repo)
  if (!head) return []
  await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
  return (await repo.git.run(['ls-tree', '-r', '--name-only', head, '--', 'events/'])).split('\n').filter(Boolean)
}

/** `orchestrator events status <spec> --json`, parsed; throws when the CLI fails. */
export async function featureStatusJson(repo: TestRepo, spec = SPEC): Promise<Record<string, unknown> & { tests: TestRow[] }> {
  const r = await runCliProcess(['events', 'status', spec, '--json'], repo.dir)
  if (r.code !== 0) throw new Error(`events status failed (${r.code}): ${r.stderr}`)
  return JSON.parse(r.stdout).features[0]
}

/** A test row of `events status --json`, as the CLI prints it. */
export type TestRow = FeatureStatus['tests'][number]
