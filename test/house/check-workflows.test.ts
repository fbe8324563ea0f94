import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

function check(root: string) {
  return spawnSync(process.execPath, [resolve('scripts/check-workflows.js'), root], { encoding: 'utf8' })
}

const ACTION = `name: x\ndescription: x\ninputs:\n  spec-id:\n    description: The spec.\noutputs:\n  out:\n    description: Out.\nruns:\n  using: node24\n  main: ../../dist/x/index.js\n`

describe('check-workflows', () => {
  it('passes on the repository', () => {
    const r = check(process.cwd())
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
  it('finds untrusted interpolation, missing permissions, unpinned or unknown inputs, actionlint errors and metadata gaps', () => {
    const root = tempDir('orch-wf-')
    mkdirSync(join(root, 'actions/init-feature'), { recursive: true })
    mkdirSync(join(root, 'workflows-examples'))
    writeFileSync(join(root, 'actions/init-feature/action.yml'), ACTION)
    writeFileSync(join(root, 'action.yml'), ACTION.replace('node24', 'node20').replace('    description: Out.\n', '    description: ""\n'))
    writeFileSync(
      join(root, 'workflows-examples/bad.yml'),
      [
        'name: bad',
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      spec-id:',
        '        type: string',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ inputs.spec-id }}"',
        '      - run: echo ${{ github.head_ref }}',
        '      - uses: your-org/agent-orchestrator/actions/init-feature@main',
        '        with:',
        '          spec-id: x',
        '          implementers: 3',
        '      - uses: actions/checkout@v4',
        '        with:',
        '          fetch-dept: 0',
        '',
      ].join('\n'),
    )
    const r = check(root)
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('steps.0.run interpolates ${{ inputs.')
    expect(r.stderr).toContain('steps.1.run interpolates ${{ github.head_ref')
    expect(r.stderr).toContain('no top-level permissions')
    expect(r.stderr).toContain('no top-level concurrency')
    expect(r.stderr).toContain('should pin @v1')
    expect(r.stderr).toContain('input "implementers" is not an input of init-feature')
    expect(r.stderr).toContain('input "fetch-dept" is not defined')
    expect(r.stderr).toContain('different runs.using')
    expect(r.stderr).toContain('output "out" has no description')
  })
})
