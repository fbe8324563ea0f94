import { neutralize } from '../text/neutralize'
import type { HunkSide } from '../conflicts'
import type { BriefHunk, ConflictBrief, SideTask } from './build-brief'

/** Lines shown per hunk section at most; the JSON has them all. */
export const MAX_SHOWN_LINES = 60

const one = (text: string) => neutralize(text)

function range(side: HunkSide): string {
  return side.lines.length === 0
    ? `none (before line ${side.start})`
    : side.lines.length === 1
      ? `line ${side.start}`
      : `lines ${side.start}-${side.start + side.lines.length - 1}`
}

/** Section lines, each made inert (no escapes, bidi controls or workflow commands) and indented under its heading. */
function section(lines: readonly string[]): string[] {
  const shown = lines.slice(0, MAX_SHOWN_LINES).map((l) => `    ${one(l)}`)
  return lines.length > MAX_SHOWN_LINES ? [...shown, `    ... ${lines.length - MAX_SHOWN_LINES} more line(s) (see --json)`] : shown
}

function tasks(list: readonly SideTask[]): string {
  if (!list.length) return 'no task named in the commits that touched these files'
  return list.map((t) => (t.description ? `${t.id} (${one(t.description).slice(0, 120)})` : t.id)).join(', ')
}

function hunk(h: BriefHunk, k: number, brief: ConflictBrief): string[] {
  const l = one(brief.left.branch)
  const r = one(brief.right.branch)
  const out = [
    `  hunk ${k + 1}:`,
    `  <<<<<<< ours: ${l}, ${range(h.ours)}`,
    ...section(h.ours.lines),
    `  ||||||| base: ${range(h.base)}`,
    ...section(h.base.lines),
    '  =======',
    ...section(h.theirs.lines),
    `  >>>>>>> theirs: ${r}, ${range(h.theirs)}`,
  ]
  if (h.remembered)
    out.push(
      `  remembered resolution (from merge ${h.remembered.commit.slice(0, 12)} on ${one(h.remembered.branch)}):`,
      ...section(h.remembered.lines),
    )
  return out
}

/** The brief as a person or an agent reads it in a terminal. */
export function renderBriefText(brief: ConflictBrief): string {
  const l = one(brief.left.branch)
  const r = one(brief.right.branch)
  const lines = [
    `Conflict ${brief.id ?? '(not on record)'}${brief.feature ? ` in ${one(brief.feature)}` : ''}: ${l} (ours, ${brief.left.sha.slice(0, 12)}) and ${r} (theirs, ${brief.right.sha.slice(0, 12)})`,
    `merge base: ${brief.mergeBase ? brief.mergeBase.slice(0, 12) : 'none (unrelated histories)'}`,
    `tasks of ${l}: ${tasks(brief.left.tasks)}`,
    `tasks of ${r}: ${tasks(brief.right.tasks)}`,
  ]
  if (brief.clean) lines.push('', 'The branches merge cleanly now: nothing to resolve.')
  for (const f of brief.files) {
    lines.push('', `${one(f.path)} (${f.kind}${f.hunks.length ? `, ${f.hunks.length} hunk(s)` : ''})`)
    if (f.message)
      lines.push(
        ...neutralize(f.message, { multiline: true })
          .split('\n')
          .map((m) => `  git: ${m}`),
      )
    if (f.noHunks) lines.push(`  no hunks: ${one(f.noHunks)}`)
    f.hunks.forEach((h, k) => lines.push(...hunk(h, k, brief)))
  }
  for (const m of brief.messages) lines.push('', `git: ${one(m.text)}`)
  const p = brief.plan
  lines.push(
    '',
    `Who moves: ${one(p.rebases)} rebases onto ${one(p.onto)} (${one(p.reason)})`,
    ...p.commands.map((c) => `  ${one(c)}`),
    'Without rewriting history:',
    ...p.mergeCommands.map((c) => `  ${one(c)}`),
  )
  return lines.join('\n')
}

/** Hunk and remembered-resolution counts of a brief. */
export function briefCounts(brief: ConflictBrief): { files: number; hunks: number; remembered: number } {
  const hunks = brief.files.flatMap((f) => f.hunks)
  return { files: brief.files.length, hunks: hunks.length, remembered: hunks.filter((h) => h.remembered).length }
}
