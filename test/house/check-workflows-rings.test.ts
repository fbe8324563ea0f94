import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cleanupTemp, tempDir } from '../support/repo'

// check-workflows holds the examples to the three rings and to running unchanged: the implementor
// workflow as shipped before (branch code, guard and recording in one job with contents: write, a
// your-org placeholder) is refused; the shipped examples pass.
afterAll(cleanupTemp)

function check(root: string) {
  return spawnSync(process.execPath, [resolve('scripts/check-workflows.js'), root], { encoding: 'utf8' })
}

describe('check-workflows: three rings and no placeholder', () => {
  it('refuses a job that runs commands with write permissions, and a your-org placeholder', () => {
    const root = tempDir('orch-wf-')
    mkdirSync(join(root, 'actions/role-ci'), { recursive: true })
    mkdirSync(join(root, 'workflows-examples'))
    copyFileSync('actions/role-ci/action.yml', join(root, 'actions/role-ci/action.yml'))
    const before = execFileSync('git', ['show', '413199e:workflows-examples/implementor-ci.yml'], { encoding: 'utf8' })
    writeFileSync(join(root, 'workflows-examples/implementor-ci.yml'), before)
    const r = check(root)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('job "checks" runs commands (run:) with write permissions')
    expect(r.stderr).toContain('a your-org/ placeholder is left')
  })

  it('a job that runs commands with contents: read passes', () => {
    const root = tempDir('orch-wf-')
    mkdirSync(join(root, 'workflows-examples'))
    writeFileSync(
      join(root, 'workflows-examples/ok.yml'),
      [
        'name: ok',
        'on: push',
        'permissions: {}',
        'concurrency: ok',
        'jobs:',
        '  checks:',
        '    runs-on: ubuntu-latest',
        '    permissions:',
        '      contents: read',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          persist-credentials: false',
        '      - run: npm ci',
        '',
      ].join('\n'),
    )
    const r = check(root)
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})
