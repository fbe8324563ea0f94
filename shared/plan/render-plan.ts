import { md, table } from '../text/markdown'
import type { Plan, PlanTask } from './plan-types'

export interface PlanView {
  spec: string
  plan: Plan
  tasks: PlanTask[]
  done: string[]
  notes: string[]
  /** Owners changed by --apply (or that would be, without it). */
  ownerChanges: { id: string; from?: string; to: string; wave?: number }[]
  applied: boolean
}

/** One line per fact: how good the plan is and why. */
export function planHeadline(v: PlanView): string {
  const p = v.plan
  const waves = p.waves.length
  const quality =
    p.method === 'exact'
      ? p.optimal
        ? 'fewest waves possible (exact search)'
        : `not proven minimal: the search stopped; at least ${p.lowerBound} wave(s) are needed`
      : p.optimal
        ? 'fewest waves possible (heuristic plan meets the lower bound)'
        : `heuristic plan for ${v.tasks.length} open tasks; at least ${p.lowerBound} wave(s) are needed`
  return `${v.tasks.length} open task(s) in ${waves} wave(s) for ${p.load.length} implementor(s); ${quality}; ${p.collisions.length} shared path(s) within waves`
}

export function renderPlanText(v: PlanView): string {
  const lines = [`Plan for ${v.spec}: ${planHeadline(v)}`]
  if (v.done.length) lines.push(`Done already: ${v.done.length} task(s)`)
  const byId = new Map(v.tasks.map((t) => [t.id, t]))
  for (const [w, list] of v.plan.waves.entries()) {
    lines.push(`Wave ${w + 1}:`)
    for (const a of list) {
      const t = byId.get(a.id)!
      lines.push(`  ${a.agent.padEnd(8)} ${a.id}  ${clip(t.description, 70)}  (${a.why})`)
    }
  }
  lines.push(
    `Load: ${v.plan.load.map((l) => `${l.agent} ${l.tasks} task(s)${l.estimate !== l.tasks ? `, estimate ${l.estimate}` : ''}`).join('; ')}`,
  )
  for (const c of v.plan.collisions) lines.push(`COLLISION wave ${c.wave}: ${c.tasks.join(' and ')} share ${c.paths.join(', ')}: ${c.why}`)
  for (const b of v.plan.branchCollisions)
    lines.push(`COLLISION ${b.task} (${b.agent}) touches ${b.paths.join(', ')}, already changed on the branch of ${b.others.join(', ')}`)
  for (const n of v.notes) lines.push(`Note: ${n}`)
  if (v.ownerChanges.length)
    lines.push(
      `${v.applied ? 'Owners recorded' : 'Owners to record with --apply'}: ${v.ownerChanges.map((c) => `${c.id}→${c.to}`).join(', ')}`,
    )
  return lines.join('\n')
}

/** Job summary: headline, a table per wave, a Gantt chart, collisions and notes. */
export function renderPlanSummary(v: PlanView): string {
  const byId = new Map(v.tasks.map((t) => [t.id, t]))
  const lines = [`## Plan for ${md(v.spec)}`, '', planHeadline(v), '']
  const rows = v.plan.assignments
    .slice()
    .sort(
      (a, b) => a.wave - b.wave || v.plan.load.findIndex((l) => l.agent === a.agent) - v.plan.load.findIndex((l) => l.agent === b.agent),
    )
    .map((a) => {
      const t = byId.get(a.id)!
      return [String(a.wave), md(a.agent), md(a.id), md(t.description, 100), md(t.paths.join(', '), 120), md(a.why, 120)]
    })
  lines.push(...table(['Wave', 'Agent', 'Task', 'Description', 'Paths', 'Why here'], rows), '')
  if (v.plan.waves.length) lines.push(...ganttChart(v), '')
  lines.push(
    ...table(
      ['Agent', 'Tasks', 'Estimate'],
      v.plan.load.map((l) => [md(l.agent), String(l.tasks), String(l.estimate)]),
    ),
    '',
  )
  if (v.plan.collisions.length || v.plan.branchCollisions.length) {
    lines.push('### Unavoidable overlaps', '')
    for (const c of v.plan.collisions)
      lines.push(`- Wave ${c.wave}: ${md(c.tasks.join(' and '))} both touch ${md(c.paths.join(', '))}: ${md(c.why)}`)
    for (const b of v.plan.branchCollisions)
      lines.push(
        `- ${md(b.task)} (${md(b.agent)}) touches ${md(b.paths.join(', '))}, already changed on the branch of ${md(b.others.join(', '))}`,
      )
    lines.push('')
  }
  if (v.notes.length) lines.push('### Notes', '', ...v.notes.map((n) => `- ${md(n, 300)}`), '')
  if (v.ownerChanges.length)
    lines.push(
      `${v.applied ? 'Owners recorded' : 'Owners that `--apply` would record'}: ${md(v.ownerChanges.map((c) => `${c.id} → ${c.to}`).join(', '), 2000)}`,
      '',
    )
  return lines.join('\n')
}

/**
 * A mermaid Gantt chart with one section per agent and one bar per task,
 * wave w spanning [w-1, w). Task text is reduced to characters the Gantt
 * syntax cannot misread (`:`, `#` and `;` end or split a bar).
 */
export function ganttChart(v: PlanView): string[] {
  const byId = new Map(v.tasks.map((t) => [t.id, t]))
  const lines = ['```mermaid', 'gantt', `  title ${safe(v.spec)} in waves`, '  dateFormat X', '  axisFormat %s']
  for (const l of v.plan.load) {
    const mine = v.plan.assignments.filter((a) => a.agent === l.agent).sort((a, b) => a.wave - b.wave)
    if (!mine.length) continue
    lines.push(`  section ${safe(l.agent)}`)
    for (const a of mine)
      lines.push(`  ${a.id} ${safe(clip(byId.get(a.id)!.description, 40))} :${a.id.toLowerCase()}, ${a.wave - 1}, ${a.wave}`)
  }
  lines.push('```')
  return lines
}

function safe(text: string): string {
  return text
    .replace(/[^\p{L}\p{N} ._/()-]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
