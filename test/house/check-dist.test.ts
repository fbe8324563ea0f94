import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

// A copy of the project (sources, scripts, committed dist/ of one bundle) in
// which check-dist must pass, and must fail once a source changes unrebuilt.
function copyProject(): string {
  const dir = tempDir('orch-check-dist-project-')
  for (const item of ['shared', 'actions', 'scripts', 'package.json', 'tsconfig.json'])
    cpSync(resolve(item), join(dir, item), { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'))
  return dir
}

// check-dist builds every bundle it compares: the test limits it to the hook's, the smallest bundle (a
// quarter of the CLI's build time), since what it proves, a fresh build passes and an unrebuilt change
// fails naming the bundle, is the same for every bundle.
function run(dir: string, script: string) {
  return spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8', env: { ...process.env, ORCH_BUILD_ONLY: 'check-path-hook' } })
}

describe('npm run check-dist', () => {
  it('passes on a fresh build and fails, naming the bundle, when a source change is not rebuilt', () => {
    const dir = copyProject()
    expect(run(dir, 'scripts/build.js').status).toBe(0)
    const ok = run(dir, 'scripts/check-dist.js')
    expect(ok.stdout).toContain('dist/ matches the sources')
    expect(ok.status).toBe(0)
    appendFileSync(
      join(dir, 'shared/check-path/hook-main.ts'),
      '\nexport const changedAfterBuild = "yes"\nconsole.log(changedAfterBuild)\n',
    )
    const stale = run(dir, 'scripts/check-dist.js')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('does not match the sources')
    expect(stale.stderr).toContain('differs: dist/check-path-hook/index.js')
  }, 180_000)
})

describe('the committed bundles', () => {
  // ncc's asset relocation rewrites calls it takes for file references (path.resolve(dir, 'index.html') became a
  // path inside the bundle once): every asset a bundle names must be a file shipped beside it.
  it('name no relocated asset that is not shipped beside them', () => {
    const problems: string[] = []
    for (const name of readdirSync('dist')) {
      const bundle = join('dist', name, 'index.js')
      if (!existsSync(bundle)) continue
      const text = readFileSync(bundle, 'utf8')
      for (const m of text.matchAll(/__nccwpck_require__\.ab \+ "([^"]*)"( \+)?/g)) {
        if (m[2] || !existsSync(join('dist', name, m[1]))) problems.push(`${bundle}: ${m[0]}`)
      }
    }
    expect(problems).toEqual([])
  })
})
