// The layer lint holds: the repository passes it, and each kind of bad import
// planted in a copy of the library makes it fail, naming the rule and the file.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const CRUISER = resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs')

function lint(root: string) {
  return spawnSync(process.execPath, [CRUISER, '--config', '.dependency-cruiser.cjs', '--output-type', 'err', 'shared', 'actions'], {
    cwd: root,
    encoding: 'utf8',
  })
}

function copyOfLibrary(): string {
  const root = tempDir('orch-house-')
  for (const part of ['shared', 'actions', 'scripts/layers.cjs', '.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'])
    cpSync(resolve(part), join(root, part), { recursive: true })
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'))
  return root
}

describe('the layer lint', () => {
  it('passes on the repository', () => {
    const r = lint(process.cwd())
    expect(r.stdout + r.stderr).toContain('no dependency violations found')
    expect(r.status).toBe(0)
  })

  it('fails on an upward import, a reach into another capability, a circle and a file on no tier', () => {
    const root = copyOfLibrary()
    // A foundation importing a command: upward (a new file, so that no circle hides the point).
    writeFileSync(join(root, 'shared/text/planted.ts'), "export * as planted from '../commands/registry'\n")
    // One capability reaching into another's internals.
    const internal = readdirSync(join(root, 'shared/role-ci')).find((f) => f.endsWith('.ts') && f !== 'index.ts')!
    writeFileSync(join(root, 'shared/plan/planted.ts'), `export * from '../role-ci/${internal.replace(/\.ts$/, '')}'\n`)
    // A circle of two files.
    writeFileSync(join(root, 'shared/tasks/circle-a.ts'), "import { b } from './circle-b'\nexport const a = () => b\n")
    writeFileSync(join(root, 'shared/tasks/circle-b.ts'), "import { a } from './circle-a'\nexport const b = () => a\n")
    // A folder the map does not place.
    mkdirSync(join(root, 'shared/stray'))
    writeFileSync(join(root, 'shared/stray/thing.ts'), "export { InputError } from '../errors'\n")
    const r = lint(root)
    const out = r.stdout + r.stderr
    expect(r.status).not.toBe(0)
    expect(out).toContain('upward-from-foundations: shared/text/planted.ts → shared/commands/registry.ts')
    expect(out).toContain(`cross-capabilities: shared/plan/planted.ts → shared/role-ci/${internal}`)
    expect(out).toMatch(/no-circular: shared\/tasks\/circle-[ab]\.ts/)
    expect(out).toMatch(/unmapped: shared\/stray\/thing\.ts → shared\/errors\.ts/)
    // The clean files of the copy raise nothing else.
    const errors = out.split('\n').filter((line) => /^\s*error /.test(line))
    expect(errors.filter((line) => !/planted|circle-|stray/.test(line))).toEqual([])
    expect(errors.length).toBeGreaterThanOrEqual(4)
  })
})
