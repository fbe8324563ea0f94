#!/usr/bin/env node
// Rebuilds every bundle into a temporary folder and fails, showing the
// difference, when the committed dist/ is not what the sources build.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

class CheckFailed extends Error {}

const distDir = process.argv[2] ?? 'dist'
const temp = mkdtempSync(join(tmpdir(), 'orch-check-dist-'))

function files(dir) {
  if (!existsSync(dir)) return []
  const out = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...files(p))
    else out.push(p)
  }
  return out
}

try {
  const build = spawnSync(process.execPath, ['scripts/build.js', temp], { stdio: ['ignore', 'ignore', 'inherit'] })
  // process.exit would skip the finally below and leave the temporary build behind.
  if (build.status !== 0) throw new CheckFailed('check-dist: the build failed\n')
  const built = new Set(files(temp).map((f) => relative(temp, f)))
  const committed = new Set(files(distDir).map((f) => relative(distDir, f)))
  const problems = []
  for (const f of built) {
    if (!committed.has(f)) problems.push(`missing from ${distDir}/: ${f}`)
    else if (!readFileSync(join(temp, f)).equals(readFileSync(join(distDir, f)))) {
      problems.push(`differs: ${distDir}/${f}`)
      const diff = spawnSync('git', ['diff', '--no-index', '--stat', '--', join(distDir, f), join(temp, f)], { encoding: 'utf8' })
      if (diff.stdout) problems.push(diff.stdout.trimEnd().split('\n').slice(-3).join('\n'))
    }
  }
  for (const f of committed)
    if (!built.has(f) && statSync(join(distDir, f)).isFile()) problems.push(`not built by the sources (stale): ${distDir}/${f}`)
  if (problems.length) {
    throw new CheckFailed(
      `check-dist: ${distDir}/ does not match the sources. Run "npm run build" and commit dist/.\n${problems.join('\n')}\n`,
    )
  }
  process.stdout.write(`check-dist: ${distDir}/ matches the sources (${built.size} files)\n`)
} catch (error) {
  if (!(error instanceof CheckFailed)) throw error
  process.stderr.write(error.message)
  process.exitCode = 1
} finally {
  rmSync(temp, { recursive: true, force: true })
}
