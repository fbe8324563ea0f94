#!/usr/bin/env node
// Builds one ncc bundle per action (and the CLI) into dist/<name>/ — or into
// the folder given as the first argument (check-dist builds into a temp folder).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { entries } from './entries.js'

const outRoot = resolve(process.argv[2] ?? 'dist')
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
const list = entries()
mkdirSync(outRoot, { recursive: true })

// Each bundle is built beside its folder and swapped in with renames, so a
// test or CLI run never sees a half-written or missing bundle.
function build(entry) {
  const out = join(outRoot, entry.name)
  const next = `${out}.next-${process.pid}`
  const old = `${out}.old-${process.pid}`
  rmSync(next, { recursive: true, force: true })
  const args = [ncc, 'build', entry.source, '-o', next, '--quiet', '--transpile-only', '--target', 'es2022', '--license', 'licenses.txt']
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`ncc failed for ${entry.source} (exit ${code})`))
      if (existsSync(out)) renameSync(out, old)
      renameSync(next, out)
      rmSync(old, { recursive: true, force: true })
      done()
    })
  })
}

const started = Date.now()
const queue = [...list]
const workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 3)) }, async () => {
  while (queue.length) {
    const entry = queue.shift()
    await build(entry)
    process.stdout.write(`built dist/${entry.name}/index.js from ${entry.source}\n`)
  }
})
try {
  await Promise.all(workers)
  process.stdout.write(`${list.length} bundles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
