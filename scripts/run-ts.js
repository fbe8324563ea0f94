#!/usr/bin/env node
// Runs a TypeScript script of this repository (benchmarks, generators): bundles
// it with ncc into a temporary folder, then runs the bundle with the same
// arguments. Usage: node scripts/run-ts.js scripts/bench/events.ts [args...]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.js <file.ts> [args...]\n')
  process.exit(2)
}
const out = mkdtempSync(join(tmpdir(), 'orch-run-ts-'))
try {
  const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
  const build = spawnSync(
    process.execPath,
    [ncc, 'build', resolve(entry), '-o', out, '--quiet', '--transpile-only', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  )
  // Not process.exit: the finally below removes the bundle.
  if (build.status !== 0) process.exitCode = build.status ?? 2
  else process.exitCode = spawnSync(process.execPath, [join(out, 'index.js'), ...args], { stdio: 'inherit' }).status ?? 2
} finally {
  rmSync(out, { recursive: true, force: true })
}
