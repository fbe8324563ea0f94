// The baseline the conflict engine is measured against: one
// `git merge-tree --write-tree --name-only` process per pair, in a plain shell
// loop, the way a workflow step would do it by hand.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BaselineResult {
  /** "left right" → conflicted paths (sorted); only conflicted pairs. */
  conflicts: Map<string, string[]>
  /** "left right" → exit code, for pairs that were neither clean nor conflicted. */
  errors: Map<string, number>
}

const LOOP = `
while read -r left right; do
  printf 'PAIR %s %s\\0' "$left" "$right"
  git merge-tree --write-tree --name-only -z "$left" "$right"
  printf '\\0EXIT %s\\0' "$?"
done < "$1"
`

export function runBaseline(repoDir: string, workDir: string, pairs: ReadonlyArray<readonly [string, string]>): BaselineResult {
  const list = join(workDir, 'pairs.txt')
  writeFileSync(list, pairs.map(([l, r]) => `${l} ${r}\n`).join(''))
  const run = spawnSync('bash', ['-c', LOOP, 'baseline', list], { cwd: repoDir, maxBuffer: 1 << 30, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`baseline loop failed: ${run.stderr}`)
  const conflicts = new Map<string, string[]>()
  const errors = new Map<string, number>()
  const fields = run.stdout.split('\0')
  let at = 0
  while (at < fields.length) {
    const header = /^PAIR (\S+) (\S+)$/.exec(fields[at++]!)
    if (!header) continue
    const output: string[] = []
    while (at < fields.length && !fields[at]!.startsWith('EXIT ')) output.push(fields[at++]!)
    const exit = Number(fields[at++]!.slice(5))
    const key = `${header[1]} ${header[2]}`
    if (exit === 1 && /^[0-9a-f]{40}$/.test(output[0] ?? '')) {
      // tree id, conflicted paths, an empty field, then messages.
      const end = output.indexOf('', 1)
      conflicts.set(key, output.slice(1, end < 0 ? undefined : end).sort())
    } else if (exit !== 0) errors.set(key, exit)
  }
  return { conflicts, errors }
}
