import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { tempDir } from './repo'

/** Bundles a test-only TypeScript entry with ncc (as the shipped actions are) and returns the bundle's path. */
export function buildFixtureBundle(entry: string): string {
  const out = tempDir('orch-fixture-')
  const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
  const r = spawnSync(process.execPath, [ncc, 'build', resolve(entry), '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'], {
    encoding: 'utf8',
  })
  if (r.status !== 0) throw new Error(`ncc failed for ${entry}: ${r.stderr}`)
  return join(out, 'index.js')
}
