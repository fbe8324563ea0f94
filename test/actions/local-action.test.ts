import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { overseer } from '../support/agent-feature'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

const ACTIONS = readdirSync('actions', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

describe('running an action with @github/local-action', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await repo.commit(overseer, { 'src/o.ts': 'o\n' }, 'overseer work', 'main')
    await repo.push(overseer)
  })

  it.each(ACTIONS)('actions/%s/main.ts exports run(), and index.ts only calls it', (name) => {
    expect(readFileSync(`actions/${name}/main.ts`, 'utf8')).toMatch(/^export async function run\(\): Promise<void> \{$/m)
    expect(readFileSync(`actions/${name}/index.ts`, 'utf8')).toMatch(/^import \{ run \} from '\.\/main'\n\nawait run\(\)\n$/m)
  })

  it('.env, which holds the settings of a user, is ignored by git', () => {
    const r = spawnSync('git', ['check-ignore', '--no-index', '-q', '.env'], { encoding: 'utf8' })
    expect(r.status).toBe(0)
  })

  it('runs role-ci from its run() with the command and settings of .env.example', () => {
    const dir = tempDir('orch-local-action-')
    const summary = join(dir, 'summary.md')
    writeFileSync(summary, '')
    // .env.example as a user copies it, pointed at the test clone.
    const env = readFileSync('.env.example', 'utf8')
      .replace(/^GITHUB_WORKSPACE=.*$/m, `GITHUB_WORKSPACE=${repo.dir}`)
      .replace(/^GITHUB_REF=.*$/m, `GITHUB_REF=refs/heads/${overseer}`)
      .concat(`GITHUB_STEP_SUMMARY=${summary}\nRUNNER_TEMP=${dir}\n`)
    writeFileSync(join(dir, '.env'), env)
    // The command exactly as .env.example's comment gives it, with the .env file it names put here.
    const line = /^#\s+npx local-action (run \S+ \S+ \.env)\b/m.exec(env)?.[1]
    expect(line).toBeDefined()
    const args = line!.split(' ').map((arg) => (arg === '.env' ? join(dir, '.env') : arg))
    const cli = resolve('node_modules/@github/local-action/bin/local-action.js')
    const r = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(r.stderr).not.toMatch(/does not export|run\(\) function|Error:/)
    expect(r.stdout).toContain('::set-output name=role::overseer')
    expect(r.stdout).toMatch(/::set-output name=results::\{"role":"overseer","branch":"feature\/004-user-auth\/overseer"/)
    expect(readFileSync(summary, 'utf8')).toContain('## Role CI: ✅ passed')
  })
})
