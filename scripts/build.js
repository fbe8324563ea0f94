#!/usr/bin/env node
// Builds one ncc bundle per action (and the CLI) into dist/<name>/ — or into
// the folder given as the first argument (check-dist builds into a temp folder).
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { entries } from './entries.js'

const outRoot = resolve(process.argv[2] ?? 'dist')
const ncc = resolve('node_modules/@vercel/ncc/dist/ncc/cli.js')
const list = entries()

function build(entry) {
  const out = join(outRoot, entry.name)
  rmSync(out, { recursive: true, force: true })
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entry.source, '-o', out, '--quiet', '--transpile-only', '--target', 'es2022', '--license', 'licenses.txt'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`ncc failed for ${entry.source} (exit ${code})`))))
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
