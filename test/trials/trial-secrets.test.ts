import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runCliProcess } from '../support/cli'
import { runAction } from '../support/harness'
import { cleanupTemp, makeRepo, tempDir, TestRepo } from '../support/repo'
import { SECRET_NAME } from '../../shared/trials/trial-job'

const SPEC = '004-user-auth'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const bundle = 'dist/detect-conflicts/index.js'
const SENTINEL = 'sentinel-5ecret-7d1f'

/**
 * A trial check that does what hostile branch code would: it reads its own environment, the environ of
 * every process above it (/proc/<pid>/environ), and the workspace's .git/config, and writes down every
 * place the sentinel shows up.
 */
function snoopScript(workspace: string, out: string): string {
  return `const fs = require('fs')
const seen = []
const look = (where, text) => { if (text.includes(${JSON.stringify(SENTINEL)})) seen.push(where) }
look('env', JSON.stringify(process.env))
let pid = process.pid
for (let i = 0; i < 50 && pid > 1; i++) {
  try { look('/proc/' + pid + '/environ', fs.readFileSync('/proc/' + pid + '/environ', 'latin1')) } catch {}
  let status = ''
  try { status = fs.readFileSync('/proc/' + pid + '/status', 'utf8') } catch { break }
  pid = Number(/PPid:\\s+(\\d+)/.exec(status)?.[1] ?? 0)
}
try { look('.git/config', fs.readFileSync(${JSON.stringify(join(workspace, '.git', 'config'))}, 'utf8')) } catch {}
fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify({ seen, env: Object.keys(process.env) }))
`
}

/** The test process's own environment may hold secrets by name: no run here inherits them. */
function withoutInheritedSecrets(): Record<string, undefined> {
  return Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => SECRET_NAME.test(k))
      .map((k) => [k, undefined]),
  )
}

afterAll(cleanupTemp)

describe('trials run only in a job that holds nothing', () => {
  let repo: TestRepo
  let dir: string
  let out: string
  let commands: string
  const remoteHeads = async () => [...(await repo.git.lsRemote('origin')).entries()].sort().join('\n')
  const trialAction = (inputs: Record<string, string>, env: Record<string, string | undefined> = {}) =>
    runAction({
      bundle,
      cwd: repo.dir,
      inputs: { trial: 'test', 'trial-commands': commands, record: 'false', token: '', cache: 'false', ...inputs },
      eventName: 'schedule',
      env: { ...withoutInheritedSecrets(), ...env },
    })

  beforeAll(async () => {
    repo = await makeRepo({
      'README.md': '# app\n',
      'a.txt': 'a\n',
      [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n',
      [`specs/${SPEC}/tasks.md`]: readFileSync('test/fixtures/spec/tasks.md', 'utf8'),
    })
    const r = await runCliProcess(['init-feature', SPEC, '--implementors', '1'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(1), { 'b.txt': 'b\n' }, 'T001 b', `origin/${impl(1)}`)
    await repo.push(impl(1))
    await repo.git.run(['checkout', '-q', 'main'])
    dir = tempDir('orch-snoop-')
    out = join(dir, 'seen.json')
    writeFileSync(join(dir, 'snoop.cjs'), snoopScript(repo.dir, out))
    commands = `test: node ${JSON.stringify(join(dir, 'snoop.cjs'))}`
  })

  it('in a job that holds nothing the check runs, finds no secret, its environment carries no token or runner file, and nothing is written', async () => {
    const before = await remoteHeads()
    const run = await trialAction({ cache: 'true' }, { ACTIONS_RUNTIME_TOKEN: 'runtime-token-of-every-action-step' })
    expect(run.failure).toBeUndefined()
    // The job that ran branch code wrote nothing: no event, no verdict cache, no trial cache.
    expect(await remoteHeads()).toBe(before)
    const seen = JSON.parse(readFileSync(out, 'utf8')) as { seen: string[]; env: string[] }
    expect(seen.seen).toEqual([])
    expect(seen.env.filter((k) => /^(INPUT_|ACTIONS_|GITHUB_TOKEN$|GITHUB_OUTPUT$|GITHUB_ENV$)/.test(k) || SECRET_NAME.test(k))).toEqual([])
  })

  // Every source a check could read a secret from: the run refuses before any work (exit 2), naming the source.
  const sources: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    ['GITHUB_TOKEN in the environment', {}, { GITHUB_TOKEN: SENTINEL }, /environment variable GITHUB_TOKEN/],
    ['NPM_TOKEN', {}, { NPM_TOKEN: SENTINEL }, /environment variable NPM_TOKEN/],
    ['NODE_AUTH_TOKEN', {}, { NODE_AUTH_TOKEN: SENTINEL }, /environment variable NODE_AUTH_TOKEN/],
    ['AWS_SECRET_ACCESS_KEY', {}, { AWS_SECRET_ACCESS_KEY: SENTINEL }, /environment variable AWS_SECRET_ACCESS_KEY/],
    ['an OIDC request token', {}, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: SENTINEL }, /environment variable ACTIONS_ID_TOKEN_REQUEST_TOKEN/],
    ['a custom secret', {}, { DEPLOY_PASSWORD: SENTINEL }, /environment variable DEPLOY_PASSWORD/],
    ['the token input (in /proc/<ppid>/environ)', { token: SENTINEL }, {}, /token is given/],
    ['the notify-webhook input', { 'notify-webhook': `https://hooks.example.com/${SENTINEL}` }, {}, /notify-webhook is given/],
    ['record: true (the default)', { record: 'true' }, {}, /record is true \(the run would push to the state branch\)/],
  ]
  for (const [what, inputs, env, named] of sources) {
    it(`refuses a trial in a job that holds ${what}, and runs no check`, async () => {
      const before = await remoteHeads()
      rmSync(out, { force: true })
      const run = await trialAction(inputs, env)
      expect(run.exitCode).not.toBe(0)
      expect(run.failure).toMatch(named)
      expect(run.failure).toMatch(/workflows-examples\/conflict-trials\.yml/)
      expect(run.failure).not.toContain(SENTINEL)
      expect(existsSync(out)).toBe(false)
      expect(await remoteHeads()).toBe(before)
    })
  }

  for (const [what, key, value, named] of [
    [
      'an auth header persisted by actions/checkout',
      'http.https://github.com/.extraheader',
      `AUTHORIZATION: basic ${SENTINEL}`,
      /git configuration http\.https:\/\/github\.com\/\.extraheader/,
    ],
    [
      'a remote URL with a password',
      'remote.mirror.url',
      `https://x-access-token:${SENTINEL}@github.com/o/r.git`,
      /git configuration remote\.mirror\.url/,
    ],
  ] as const) {
    it(`refuses a trial when the workspace's .git/config holds ${what}`, async () => {
      await repo.git.run(['config', key, value])
      try {
        rmSync(out, { force: true })
        const run = await trialAction({})
        expect(run.exitCode).not.toBe(0)
        expect(run.failure).toMatch(named)
        expect(run.failure).not.toContain(SENTINEL)
        expect(existsSync(out)).toBe(false)
      } finally {
        await repo.git.run(['config', '--unset', key])
      }
    })
  }

  it('the CLI refuses the same way (exit 2): --trial with recording on, or with a secret in the shell', async () => {
    const recording = await runCliProcess(
      ['check-conflicts', '--trial', 'test', '--trial-commands', commands],
      repo.dir,
      withoutInheritedSecrets(),
    )
    expect(recording.code).toBe(2)
    expect(recording.stderr).toMatch(/record is true/)
    const secret = await runCliProcess(['check-conflicts', '--trial', 'test', '--trial-commands', commands, '--record=false'], repo.dir, {
      ...withoutInheritedSecrets(),
      NPM_TOKEN: SENTINEL,
    })
    expect(secret.code).toBe(2)
    expect(secret.stderr).toMatch(/environment variable NPM_TOKEN/)
    expect(secret.stderr).not.toContain(SENTINEL)
    const clean = await runCliProcess(
      ['check-conflicts', '--trial', 'test', '--trial-commands', commands, '--record=false', '--cache=false', '--json'],
      repo.dir,
      withoutInheritedSecrets(),
    )
    expect(clean.code).toBe(0)
    expect(JSON.parse(clean.stdout).trials).toMatchObject({ tried: 1 })
  })
})
