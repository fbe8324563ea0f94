import { trialCell, TRIAL_LEGEND } from './trial-cells'
import { compareBranches, pairKey } from './plan-pairs'
import { formatRange, isEmptyRange } from './range-text'
import { encodePath, mdStrict, mermaidLabel } from '../text/markdown'
import type { ConflictFile, ConflictReport, LineRange, PairResult } from './types'

export interface RenderSummaryOptions {
  /** With `repository` ("owner/name"), line ranges link to the files, e.g. https://github.com. */
  serverUrl?: string
  repository?: string
  /** Size limit in bytes (GitHub allows 1 MiB per step summary). */
  maxBytes?: number
}

const DEFAULT_MAX_BYTES = 1024 * 1024 - 16 * 1024
/** Beyond this many branches the matrix keeps only those with conflicts or errors. */
const MATRIX_MAX_BRANCHES = 40
const MERMAID_MAX_EDGES = 200
const MAX_FILES_PER_PAIR = 100
const CELL = { clean: '✓', conflicted: '✗', unrelated: '∅', error: '⚠' } as const

/** Collects sections until the byte budget is spent. */
class Budget {
  readonly parts: string[] = []
  private used = 0
  constructor(private readonly max: number) {}
  /** Adds the text if it fits (keeping room for a closing note); false when it does not. */
  add(text: string, reserve = 512): boolean {
    const size = Buffer.byteLength(text, 'utf8') + 1
    if (this.used + size + reserve > this.max) return false
    this.parts.push(text)
    this.used += size
    return true
  }
}

/**
 * Markdown for the job summary: a conflict matrix, a mermaid graph of the
 * conflicting pairs, each conflict's files with kinds and line ranges, the
 * pairs that could not be checked, and divergence. Deterministic; every
 * branch name, path and message is escaped; never larger than `maxBytes`.
 */
export function renderConflictSummary(report: ConflictReport, options: RenderSummaryOptions = {}): string {
  const out = new Budget(options.maxBytes ?? DEFAULT_MAX_BYTES)
  const s = report.summary
  const shard = report.shard ? `, shard ${Number(report.shard.index)}/${Number(report.shard.count)}` : ''
  out.add('## Merge conflict forecast\n', 0)
  out.add(
    `${s.conflicted ? `**${s.conflicted} conflicting**` : 'No conflicts'} · ${s.clean} clean` +
      `${s.unrelated ? ` · **${s.unrelated} without common history**` : ''} · ${s.errors} not checked — ` +
      `${s.pairs} pairs of ${report.branches.length} branches (scope ${mdStrict(report.scope)}${shard}), scanned ${/^[\d:.TZ+-]+$/.test(report.scannedAt) ? report.scannedAt : mdStrict(report.scannedAt)}\n`,
    0,
  )
  const sections = [
    matrix(report),
    graph(report),
    ...details(report, options),
    unrelated(report),
    errors(report),
    divergence(report),
  ].filter((x) => x)
  let shown = 0
  for (const section of sections) {
    if (!out.add(section)) break
    shown++
  }
  if (shown < sections.length) {
    out.add(
      `> [!NOTE]\n> The summary was cut to fit GitHub's size limit: ${sections.length - shown} more section(s) are in the JSON report.\n`,
      0,
    )
  }
  return out.parts.join('\n')
}

function branchNumbers(report: ConflictReport): Map<string, number> {
  const names = new Set([...report.branches].sort(compareBranches).map((b) => b.name))
  for (const p of report.pairs) names.add(p.left).add(p.right)
  return new Map([...names].map((name, i) => [name, i + 1]))
}

function matrix(report: ConflictReport): string {
  if (report.pairs.length === 0) return ''
  const numbers = branchNumbers(report)
  let names = [...numbers.keys()]
  let note = ''
  if (names.length > MATRIX_MAX_BRANCHES) {
    const involved = new Set(report.pairs.filter((p) => p.status !== 'clean' || trialCell(p.trial)).flatMap((p) => [p.left, p.right]))
    note = `\n${names.length - [...involved].length} branches whose pairs all merge cleanly are left out.\n`
    names = names.filter((n) => involved.has(n))
    if (names.length === 0) return `### Conflict matrix\n\nAll ${report.pairs.length} pairs merge cleanly.\n`
  }
  const status = new Map(report.pairs.map((p) => [pairKey(p), p]))
  const header = `| | ${names.map((n) => `**${numbers.get(n)}**`).join(' | ')} |`
  const rule = `|---|${names.map(() => ':-:').join('|')}|`
  const rows = names.map((row) => {
    const cells = names.map((col) => {
      const cell = status.get(pairKey({ left: row, right: col }))
      return row === col ? '—' : cell ? (trialCell(cell.trial) ?? CELL[cell.status]) : ' '
    })
    return `| **${numbers.get(row)}** ${mdStrict(row)} | ${cells.join(' | ')} |`
  })
  const legend =
    '✓ merges cleanly · ✗ conflicts · ∅ no common history · ⚠ could not be checked · blank: not scanned' +
    (report.trials ? ` · ${TRIAL_LEGEND}` : '')
  return ['### Conflict matrix', '', header, rule, ...rows, '', legend, note].join('\n')
}

function graph(report: ConflictReport): string {
  const bad = report.pairs.filter((p) => p.status === 'conflicted')
  if (bad.length === 0) return ''
  const numbers = branchNumbers(report)
  const shown = bad.slice(0, MERMAID_MAX_EDGES)
  const nodes = [...new Set(shown.flatMap((p) => [p.left, p.right]))].sort((a, b) => numbers.get(a)! - numbers.get(b)!)
  const lines = ['### Conflict graph', '', '```mermaid', 'graph LR']
  for (const name of nodes) lines.push(`  n${numbers.get(name)}["${mermaidLabel(name)}"]`)
  for (const p of shown) {
    const label = `${p.files.length} file${p.files.length === 1 ? '' : 's'}`
    lines.push(`  n${numbers.get(p.left)} ---|"${mermaidLabel(label)}"| n${numbers.get(p.right)}`)
  }
  lines.push('```')
  if (bad.length > shown.length) lines.push('', `${bad.length - shown.length} more conflicting pairs are not drawn.`)
  return lines.join('\n') + '\n'
}

function rangesCell(ranges: readonly LineRange[], sha: string, file: ConflictFile, options: RenderSummaryOptions): string {
  if (ranges.length === 0) return '—'
  const path = file.path
  // A quoted path (not plain text) names no file a link could reach.
  const link =
    options.serverUrl && options.repository && file.pathBase64 === undefined
      ? `${options.serverUrl.replace(/\/+$/, '')}/${encodePath(options.repository)}/blob/${sha}/${encodePath(path)}`
      : ''
  return ranges
    .map((r) => {
      const text = formatRange(r, '–')
      if (!link || isEmptyRange(r)) return text
      return `[${text}](${link}#L${r.start}${r.end > r.start ? `-L${r.end}` : ''})`
    })
    .join(', ')
}

function fileRow(p: PairResult, f: ConflictFile, options: RenderSummaryOptions): string {
  const message = f.message ? `<br>${mdStrict(f.message.split('\n')[0]!.slice(0, 300))}` : ''
  return `| ${mdStrict(f.path)}${message} | ${f.kind} | ${rangesCell(f.leftRanges, p.leftSha, f, options)} | ${rangesCell(f.rightRanges, p.rightSha, f, options)} |`
}

/** One section per conflicting pair, so the size budget can stop between pairs. */
function details(report: ConflictReport, options: RenderSummaryOptions): string[] {
  const bad = report.pairs.filter((p) => p.status === 'conflicted')
  return bad.map((p, i) => {
    const lines = [
      ...(i === 0 ? ['### Conflicts', ''] : []),
      `#### ${mdStrict(p.left)} ↔ ${mdStrict(p.right)}`,
      '',
      `| File | Kind | Lines in ${mdStrict(p.left)} | Lines in ${mdStrict(p.right)} |`,
      '| --- | --- | --- | --- |',
      ...p.files.slice(0, MAX_FILES_PER_PAIR).map((f) => fileRow(p, f, options)),
      ...(p.messages ?? []).map(
        (m) => `| ${m.paths.map((x) => mdStrict(x)).join(', ')}<br>${mdStrict(m.text.slice(0, 300))} | ${mdStrict(m.type)} | — | — |`,
      ),
      ...(p.files.length > MAX_FILES_PER_PAIR ? ['', `…and ${p.files.length - MAX_FILES_PER_PAIR} more files.`] : []),
    ]
    return lines.join('\n') + '\n'
  })
}

function unrelated(report: ConflictReport): string {
  const pairs = report.pairs.filter((p) => p.status === 'unrelated')
  if (pairs.length === 0) return ''
  const rows = pairs.map((p) => `| ${mdStrict(p.left)} | ${mdStrict(p.right)} |`)
  return (
    [
      '### No common history',
      '',
      'git refuses to merge these pairs: they share no commit (e.g. one was created with `--orphan`). They count as a failed check.',
      '',
      '| Left | Right |',
      '| --- | --- |',
      ...rows,
    ].join('\n') + '\n'
  )
}

function errors(report: ConflictReport): string {
  const failed = report.pairs.filter((p) => p.status === 'error')
  if (failed.length === 0) return ''
  const rows = failed.map((p) => `| ${mdStrict(p.left)} | ${mdStrict(p.right)} | ${mdStrict(p.error ?? 'unknown error')} |`)
  return ['### Could not be checked', '', '| Left | Right | Reason |', '| --- | --- | --- |', ...rows].join('\n') + '\n'
}

function divergence(report: ConflictReport): string {
  if (report.divergence.length === 0) return ''
  const rows = report.divergence.map(
    (d) =>
      `| ${mdStrict(d.branch)} | ${mdStrict(d.against)} | ${d.ahead ?? '?'} | ${d.behind ?? '?'} |${d.error ? ` ${mdStrict(d.error)} |` : ' |'}`,
  )
  return (
    ['### Divergence', '', '| Branch | Against | Ahead | Behind | Note |', '| --- | --- | --- | ---: | --- |', ...rows].join('\n') + '\n'
  )
}
