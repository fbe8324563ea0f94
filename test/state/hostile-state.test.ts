// The state branch and every sink under attack: a malformed or forged
// projection.json never stops a write and is rebuilt (or, digest recomputed,
// caught by events verify); one hostile string goes through every sink and
// comes out neutralised.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature, STATE_BRANCH } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, TestRepo } from '../support/repo'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { neutralize } from '../../shared/text/neutralize'
import { renderPullRequestBody } from '../../shared/open-pr/pr-body'
import { makeEvent } from '../../shared/state/events/events'
import { projectionDigest } from '../../shared/state/projection/projection-io'
import { StateStore } from '../../shared/views'

afterAll(cleanupTemp)

const F = '001-a'
let n = 0
const blocker = () => makeEvent('blocker-raised', F, { id: `b${++n}`, reason: 'r' }, { actor: 'test' })

/** Rewrites projection.json on the remote state branch as a person would (a commit on top), optionally with a matching digest. */
async function forge(repo: TestRepo, edit: (projection: Record<string, unknown>) => string, digest: 'keep' | 'recompute' = 'keep') {
  const other = await repo.clone()
  await other.git.run(['checkout', '-q', STATE_BRANCH])
  const text = edit(JSON.parse(await other.git.run(['show', 'HEAD:projection.json'])))
  const files: Record<string, string> = { 'projection.json': text }
  if (digest === 'recompute') files['projection.json.sha256'] = projectionDigest(text)
  await other.commit(STATE_BRANCH, files, 'hand edit')
  await other.git.run(['push', '-q', 'origin', STATE_BRANCH])
}

describe('projection.json is a cache, never an authority', () => {
  let repo: TestRepo
  let store: StateStore
  let logger: MemoryLogger
  beforeAll(async () => {
    repo = await makeRepo()
    logger = new MemoryLogger()
    store = new StateStore({ git: new Git(repo.dir), remote: 'origin', logger })
    await store.append([makeEvent('feature-registered', F, { spec: F, name: 'A' }, { actor: 'test' }), blocker()])
  })

  const CORRUPTIONS: Record<string, (p: Record<string, unknown>) => string> = {
    'a record that is a string': (p) => {
      ;(p.features as Record<string, Record<string, unknown>>)[F].blockers = 'x'
      return JSON.stringify(p)
    },
    'a feature that is null': (p) => {
      ;(p.features as Record<string, unknown>)[F] = null
      return JSON.stringify(p)
    },
    'a __proto__ key among the features': (p) => JSON.stringify(p).replace('"features":{', '"features":{"__proto__":{"polluted":true},'),
    'a constructor feature of the wrong shape': (p) => {
      const key: string = 'constructor'
      ;(p.features as Record<string, unknown>)[key] = { spec: 'constructor' }
      return JSON.stringify(p)
    },
    'not JSON at all': () => '{"schema": 1, ',
    'a format version from the future': (p) => JSON.stringify({ ...p, schema: 99 }),
    'counts of the wrong type': (p) => {
      ;(p.features as Record<string, Record<string, unknown>>)[F].counts = { 'blocker-raised': 'many' }
      return JSON.stringify(p)
    },
    'a hand edit that keeps eventsTree (forged data)': (p) => {
      ;(p.features as Record<string, Record<string, Record<string, unknown>>>)[F].registration!.name = 'Forged'
      return `${JSON.stringify(p, null, 1)}\n`
    },
  }

  it.each(Object.entries(CORRUPTIONS))(
    '%s: the next write succeeds, warns, rebuilds, and leaves events verify clean',
    async (_label, edit) => {
      await forge(repo, edit)
      logger.entries.length = 0
      const r = await store.append([blocker()])
      expect(r.pushed).toBe(true)
      expect(logger.messages('warning').join('\n')).toMatch(/projection\.json at [0-9a-f]{12} is .*rebuilding it from all events/)
      expect(Object.prototype).not.toHaveProperty('polluted')
      expect(await store.verify()).toMatchObject({ ok: true, mismatches: [] })
      const status = await runCliInProcess(['events', 'status', F, '--json'], repo.dir)
      expect(status.code).toBe(0)
      expect(JSON.parse(status.stdout).features[0].name).toBe('A')
    },
  )

  it('a reader of a corrupt projection (events status) rebuilds instead of crashing', async () => {
    await forge(repo, CORRUPTIONS['a record that is a string'])
    const status = await runCliInProcess(['events', 'status', F], repo.dir)
    expect(status.code).toBe(0)
    expect(status.stderr).toContain('rebuilding it from all events')
  })

  it('someone who recomputes the digest is caught by events verify, not by every append', async () => {
    await store.append([blocker()])
    await forge(repo, CORRUPTIONS['a hand edit that keeps eventsTree (forged data)'], 'recompute')
    logger.entries.length = 0
    expect((await store.append([blocker()])).pushed).toBe(true)
    expect(logger.messages('warning')).toEqual([])
    const verify = await runCliInProcess(['events', 'verify'], repo.dir)
    expect(verify.code).toBe(1)
    expect(verify.stdout).toContain('projection.json')
  })
})

// One string with everything that could break a line, start a workflow command,
// colour a terminal or reorder what a reader sees.
const HOSTILE = 'x\r::warning::INJECTED\u2028##[error]y\u202eevil\u001b[31mred\u0085\u2029z\n  ::error::again'
/** What event data may hold (it refuses C0/C1 controls itself): still line breaks, commands and bidi. */
const HOSTILE_DATA = 'x\r::warning::INJECTED\u2028##[error]y\u202eevil\n::error::again'

function expectNeutral(text: string, where: string): void {
  const raw = /[\r\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069\u001b]/.exec(text)
  expect({ where, raw: raw?.[0] ?? null }).toEqual({ where, raw: null })
  for (const line of text.split('\n')) {
    expect({ where, line, command: /^\s*::/.test(line) || line.includes('##[') }).toEqual({ where, line, command: false })
  }
}

describe('nothing raw reaches the runner or a reader', () => {
  it('the one function: every line break, control, bidi and command marker', () => {
    const one = neutralize(HOSTILE)
    expect(one.split('\n')).toHaveLength(1)
    expectNeutral(one, 'one line')
    expectNeutral(neutralize(HOSTILE, { multiline: true }), 'lines kept')
    expect(neutralize(HOSTILE, { multiline: true })).toContain('INJECTED')
  })

  it('through role-ci: log, annotations, summary and outputs', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    await repo.commit(impl(1), { 'src/x.ts': 'x\n' }, 'T001', `origin/${impl(1)}`)
    await repo.push(impl(1))
    mkdirSync(join(repo.dir, 'reports'))
    const xmlText = HOSTILE.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
    writeFileSync(
      join(repo.dir, 'reports', 'r.xml'),
      `<testsuite name="s" tests="1" failures="1"><testcase name="${xmlText.replace(/"/g, '&quot;')}"><failure message="${xmlText.replace(/"/g, '&quot;')}">${xmlText}</failure></testcase></testsuite>`,
    )
    const printer = `node -e "process.stdout.write(Buffer.from('${Buffer.from(HOSTILE).toString('base64')}', 'base64').toString()); process.exit(1)"`
    const run = await runAction({
      bundle: 'dist/role-ci/index.js',
      cwd: repo.dir,
      eventName: 'push',
      ref: `refs/heads/${impl(1)}`,
      inputs: { commands: `hostile: ${printer}`, junit: 'reports/*.xml', 'conflict-check': 'false' },
    })
    expect(run.exitCode).toBe(1)
    // The runner splits the log on \r and \n alike: no line of it may be a command we did not write.
    const ours = /^::(?:error|warning|notice|debug|group|endgroup|set-output|add-mask)(?: [^:]*)?::/
    for (const line of run.stdout.split(/\r\n|\r|\n/)) {
      if (ours.test(line)) continue
      expect({ line, command: /^\s*::/.test(line) }).toEqual({ line, command: false })
    }
    expect(run.annotations.filter((a) => /INJECTED|again/.test(a.message) && a.message.startsWith('INJECTED'))).toEqual([])
    for (const a of run.annotations) expectNeutral(a.message, `annotation ${a.level}`)
    expectNeutral(run.summary, 'summary')
    for (const [name, value] of Object.entries(run.outputs)) expectNeutral(value, `output ${name}`)
    expect(run.summary).toContain('INJECTED')
  })

  it('through the state views, the CLI (text and --json) and a pull request body', async () => {
    const repo = await makeRepo()
    await runCliInProcess(['events', 'add-feature', F, 'A'], repo.dir)
    const raised = await runCliInProcess(['events', 'raise-blocker', 'b1', HOSTILE_DATA, '--feature', F], repo.dir)
    expect(raised.code).toBe(0)
    for (const args of [
      ['events', 'recent'],
      ['events', 'status', F],
      ['events', 'status', F, '--json'],
      ['events', 'export', F],
    ]) {
      const r = await runCliInProcess(args, repo.dir)
      expect(r.code).toBe(0)
      expectNeutral(r.stdout, `CLI ${args.join(' ')}`)
      expectNeutral(r.stderr, `CLI ${args.join(' ')} (stderr)`)
    }
    await repo.git.run(['fetch', '-q', 'origin', STATE_BRANCH])
    for (const path of ['README.md', `features/${F}/overseer.md`]) {
      const view = await repo.git.run(['show', `FETCH_HEAD:${path}`])
      expectNeutral(view, path)
    }
    const projection = JSON.parse(await repo.git.run(['show', 'FETCH_HEAD:projection.json']))
    expectNeutral(renderPullRequestBody(projection, F, 'feature/001-a/impl-1', HOSTILE), 'pull request body')
  })
})
