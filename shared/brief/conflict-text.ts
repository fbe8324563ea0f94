import { catFileBatch } from '../git/cat-file'
import type { Git } from '../git/git'
import { isRemoteName } from '../git/remote'
import type { LineRange } from '../state/events'
import { neutralize } from '../text/neutralize'
import { shellWord } from '../text/cli-invocation'
import { clean } from './collect'
import type { BriefItem, ConflictFacts } from './items'

/** Bounds that keep a brief readable and well under what Claude Code passes whole to the model (10,000 characters). */
const MAX_FILES = 5
const MAX_HUNK_LINES = 12
const MAX_LINE = 200

/**
 * Each conflict as the agent must see it: the sibling and its tasks, every file with the line ranges of both sides
 * and the lines themselves, read from the two tips the scan saw (one `cat-file --batch` for all of them; a tip not
 * fetched here says so), and the commands that resolve it on the agent's branch.
 */
export async function conflictItems(git: Git, conflicts: readonly ConflictFacts[], remote: string, cli: string): Promise<BriefItem[]> {
  const specs: string[] = []
  for (const c of conflicts)
    for (const f of c.files.slice(0, MAX_FILES))
      if (!f.file.pathBase64 && !/[\n\r]/.test(f.file.path)) specs.push(`${c.mine}:${f.file.path}`, `${c.theirs}:${f.file.path}`)
  const blobs = new Map<string, string | null>()
  try {
    for (const r of await catFileBatch(git, specs)) blobs.set(r.spec, r.missing || r.type !== 'blob' ? null : r.content.toString('utf8'))
  } catch {
    /* the lines are a help: without them the ranges still say where */
  }
  return conflicts.map((c) => ({
    id: `conflict:${c.id}:${c.mine}:${c.theirs}`,
    kind: 'conflict',
    lines: conflictLines(c, blobs, remote, cli),
  }))
}

function conflictLines(c: ConflictFacts, blobs: Map<string, string | null>, remote: string, cli: string): string[] {
  const sibling = clean(c.sibling)
  const tasks = c.siblingTasks.length ? ` (working on ${c.siblingTasks.join(', ')})` : ''
  const what = c.trial
    ? `their merge is clean but fails the trial ${c.trial.kind}${c.trial.check ? ` (${clean(c.trial.check)})` : ''}`
    : `they conflict in ${c.files.length} file(s)`
  const lines = [`Conflict with ${sibling}${tasks}: ${what} (your tip ${c.mine.slice(0, 12)}, theirs ${c.theirs.slice(0, 12)}).`]
  for (const f of c.files.slice(0, MAX_FILES)) {
    lines.push(`  ${clean(f.file.path)} (${clean(f.file.kind)}): yours ${rangesText(f.mine)}, theirs ${rangesText(f.theirs)}`)
    lines.push(...hunk('yours', blobs.get(`${c.mine}:${f.file.path}`), f.mine))
    lines.push(...hunk(`theirs (${sibling})`, blobs.get(`${c.theirs}:${f.file.path}`), f.theirs))
  }
  if (c.files.length > MAX_FILES) lines.push(`  … and ${c.files.length - MAX_FILES} more file(s)`)
  lines.push(...resolveCommands(c, remote, cli))
  return lines
}

/** The lines of one side at its ranges, numbered; a side that removed the lines, or a tip not here, says so. */
function hunk(side: string, text: string | null | undefined, ranges: readonly LineRange[]): string[] {
  if (text === undefined) return []
  if (text === null) return [`    ${side}: (not in this clone: git fetch, then read it with git show)`]
  const all = text.split('\n')
  const out: string[] = []
  let shown = 0
  for (const r of ranges) {
    if (r.end < r.start) {
      out.push(`    ${side}: lines removed after line ${r.end}`)
      continue
    }
    out.push(`    ${side}, lines ${r.start}-${r.end}:`)
    for (let n = r.start; n <= r.end && n <= all.length; n++) {
      if (shown++ >= MAX_HUNK_LINES) {
        out.push('      …')
        return out
      }
      const line = neutralize(all[n - 1]!)
      out.push(`      ${String(n).padStart(4)} | ${line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line}`)
    }
  }
  return out
}

function rangesText(ranges: readonly LineRange[]): string {
  if (!ranges.length) return '(no line ranges)'
  return `lines ${ranges.map((r) => (r.end < r.start ? `(removed after ${r.end})` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`)).join(', ')}`
}

/** How to resolve it on the agent's own branch: bring the sibling's work in (rebase when it merges first), fix, push. */
function resolveCommands(c: ConflictFacts, remote: string, cli: string): string[] {
  const named = isRemoteName(remote)
  const branch = shellWord(c.sibling)
  const ref = named ? shellWord(`${remote}/${c.sibling}`) : 'FETCH_HEAD'
  const fetch = `git fetch ${shellWord(remote)} ${branch}`
  const [first, other] = c.siblingFirst ? [`git rebase ${ref}`, `git merge ${ref}`] : [`git merge ${ref}`, `git rebase ${ref}`]
  const why = c.siblingFirst ? `; ${clean(c.sibling)} merges before you in the merge order` : ''
  return [
    `  To resolve: ${fetch} && ${first} (or ${other}${why}), fix the lines above, commit and push your branch.`,
    `  A resolution brief (base, ours, theirs of each hunk): ${cli} conflicts brief ${c.id}`,
  ]
}
