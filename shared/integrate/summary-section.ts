import type { ConflictReport } from '../conflicts/types'
import type { Projection } from '../state/projection'
import { mergeOrder } from './merge-order'
import { GuardViolations, orderInputFromProjection, orderInputFromReport } from './order-input'
import { renderOrderMarkdown } from './render-order'

/** The detect-conflicts job summary's merge-order section: one per feature of the scan that has an overseer. */
export function mergeOrderSummary(report: ConflictReport, projection: Projection | null, guard: GuardViolations = new Map()): string {
  const specs = [...new Set(report.branches.filter((b) => b.role === 'overseer').map((b) => b.spec))].sort()
  const lines: string[] = []
  for (const spec of specs) {
    const input = orderInputFromReport(report, spec, projection ?? undefined, guard)
    if (!input || !input.candidates.length) continue
    lines.push(...renderOrderMarkdown(mergeOrder(input), 3, `${spec}: merge order`))
  }
  return lines.length ? `\n${lines.join('\n')}` : ''
}

/** The same section from the state alone, for the overseer's state file and its pull request body (empty when unknown). */
export function mergeOrderFromState(projection: Projection, spec: string, level: number, guard: GuardViolations = new Map()): string[] {
  const input = orderInputFromProjection(projection, spec, guard)
  if (!input || !input.candidates.length) return []
  return renderOrderMarkdown(mergeOrder(input), level)
}
