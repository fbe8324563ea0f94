import type { AgentsSetupResult } from './setup'

/** What `agents setup` did (or, with dry-run, would do): the rules, then each file, with the lines a dry run would change. */
export function renderSetup(r: AgentsSetupResult, dryRun: boolean): string {
  const lines = [`${r.role}${r.branch ? ` on ${r.branch}` : ''}: ${r.rules.deny.length} deny and ${r.rules.allow.length} allow rule(s)`]
  for (const f of r.files) {
    lines.push(`${f.changed ? (dryRun ? 'would write' : 'wrote') : 'unchanged'} ${f.path}`)
    if (dryRun && f.changed) lines.push(...diffLines(f.before ?? '', f.after))
  }
  return lines.join('\n')
}

/** Lines only in `after` (+) and only in `before` (-), in file order: enough to review a merge of settings. */
function diffLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'))
  const now = new Set(after.split('\n'))
  return [
    ...before
      .split('\n')
      .filter((l) => l && !now.has(l))
      .map((l) => `  - ${l}`),
    ...after
      .split('\n')
      .filter((l) => l && !old.has(l))
      .map((l) => `  + ${l}`),
  ]
}
