import { formatRanges } from '../conflicts/range-text'
import { shellWord } from '../text/cli-invocation'
import type { DemoResult } from './demo'

// The parts of the steps' JSON the closing report reads.
interface PairJson {
  status: string
  left: string
  right: string
  files: { path: string; kind: string; leftRanges: { start: number; end: number }[]; rightRanges: { start: number; end: number }[] }[]
}
interface RoleCiJson {
  branch: string
  guard: { ok: boolean; violations: { path?: string; detail: string }[] }
  checks: { name: string; passed: boolean; skipped: boolean }[]
}

const fmt = (rs: { start: number; end: number }[]) => formatRanges(rs, { empty: '-' })

/** The closing report of `orchestrator demo`: progress, predicted conflicts, the guard and checks, where things are. */
export function renderDemo(r: DemoResult, ms: number, cli = 'orchestrator'): string {
  const step = (name: string) => r.steps.find((s) => s.step === name)?.json
  const lines: string[] = ['', `Demo finished in ${(ms / 1000).toFixed(1)} s.`, '']
  const f = r.status?.features[0]
  if (f) {
    lines.push(`Feature ${f.spec} "${f.name ?? ''}": ${f.tasks.done}/${f.tasks.total} tasks done, ${f.tasks.inProgress} in progress`, '')
    lines.push(`  ${'Agent'.padEnd(34)} ${'Done'.padStart(4)}  ${'In progress'.padStart(11)}`)
    for (const a of f.agents)
      lines.push(`  ${a.branch.padEnd(34)} ${String(a.tasksDone).padStart(4)}  ${String(a.tasksInProgress).padStart(11)}`)
    lines.push('')
  }
  const pairs = ((step('detect-conflicts') as { pairs?: PairJson[] } | undefined)?.pairs ?? []).filter((p) => p.status === 'conflicted')
  lines.push(`Predicted merge conflicts: ${pairs.length}`)
  for (const p of pairs) {
    lines.push(`  ${p.left} <-> ${p.right}`)
    for (const file of p.files)
      lines.push(
        `    ${file.path} (${file.kind}): lines ${fmt(file.leftRanges)} on ${p.left.split('/').pop()}, ${fmt(file.rightRanges)} on ${p.right.split('/').pop()}`,
      )
  }
  lines.push('')
  const guard = step('role-ci impl-3') as RoleCiJson | undefined
  if (guard) {
    lines.push(`Role guard on ${guard.branch}: ${guard.guard.ok ? 'ok' : `${guard.guard.violations.length} violation(s)`}`)
    for (const v of guard.guard.violations) lines.push(`  ${v.detail}`)
    lines.push('')
  }
  const checks = step('role-ci impl-1') as RoleCiJson | undefined
  if (checks)
    lines.push(
      `Checks on ${checks.branch}: ${checks.checks.map((c) => `${c.name} ${c.skipped ? 'skipped' : c.passed ? 'passed' : 'FAILED'}`).join(', ')}`,
      '',
    )
  if (r.kept) {
    lines.push(`Everything is in ${r.dir}:`)
    lines.push(`  work/        a clone (branches: git -C ${r.work} branch -a)`)
    lines.push(`  remote.git/  the bare remote the actions pushed to`)
    lines.push(`  dashboard:   git -C ${r.work} show origin/orchestrator/state:README.md (after git fetch)`)
    // The demo folder has no node_modules: the hint names this very CLI, so it works when copied.
    lines.push(`  status:      cd ${shellWord(r.work)} && ${cli} events status`)
  } else lines.push(`The demo folder ${r.dir} was removed (--no-keep).`)
  return lines.join('\n')
}
