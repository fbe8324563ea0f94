import { esc } from '../text/html'
import type { Series, Step } from './trend-series'

/**
 * Inline SVG charts, drawn when the page is rendered: no script, no request,
 * styled by the page's one stylesheet. Each says what it shows in its title
 * and description (read by screen readers) and carries its scale as data
 * attributes (`data-t0`, `data-t1`, `data-vmax`, `data-plot`) so that every
 * point can be read back as a time and a value.
 */

const W = 360
const H = 180
/** The plot area inside the view box: left, top, width, height. */
const PLOT = { left: 44, top: 10, width: 300, height: 130 } as const

const ms = (t: string) => Date.parse(t)
const px = (n: number) => (Math.round(n * 10) / 10).toString()
const shortTime = (t: string) => `${t.slice(5, 10)} ${t.slice(11, 16)}`

/** A round upper bound for the value axis: 1, 2, 5 × a power of ten, at least the largest value. */
export function niceMax(v: number): number {
  if (!(v > 0)) return 1
  const p = 10 ** Math.floor(Math.log10(v))
  return ([1, 2, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p) as number
}

export interface StepChartInput {
  id: string
  title: string
  desc: string
  series: Series[]
  /** The time axis: from the first step of any series to "now" (the feature's newest event). */
  now: string
  /** How a value is written on the axis (the count, or dollars). */
  format: (v: number) => string
}

/** The points of a step line: from the axis start at 0, up or down at each step, flat until `t1`. */
function stepPoints(steps: Step[], x: (t: string) => number, y: (v: number) => number, t0: string, t1: string): string {
  const pts: string[] = [`${px(x(t0))},${px(y(0))}`]
  let last = 0
  for (const s of steps) {
    pts.push(`${px(x(s.t))},${px(y(last))}`, `${px(x(s.t))},${px(y(s.v))}`)
    last = s.v
  }
  pts.push(`${px(x(t1))},${px(y(last))}`)
  return pts.join(' ')
}

export function stepChart(input: StepChartInput): string {
  const starts = input.series.flatMap((s) => s.steps.map((p) => p.t)).sort()
  if (starts.length === 0) return `<p class="none">${esc(input.desc)}: nothing recorded yet.</p>`
  const t0 = starts[0]
  const t1 = input.now > t0 ? input.now : new Date(ms(t0) + 3_600_000).toISOString()
  const vmax = niceMax(Math.max(...input.series.flatMap((s) => s.steps.map((p) => p.v))))
  const x = (t: string) => PLOT.left + ((ms(t) - ms(t0)) / (ms(t1) - ms(t0))) * PLOT.width
  const y = (v: number) => PLOT.top + PLOT.height - (v / vmax) * PLOT.height
  const bottom = PLOT.top + PLOT.height
  const lines = input.series
    .map(
      (s) =>
        `<polyline class="line s-${esc(s.id)}" data-series="${esc(s.id)}" data-name="${esc(s.name)}" points="${stepPoints(s.steps, x, y, t0, t1)}"><title>${esc(s.name)}</title></polyline>`,
    )
    .join('')
  const axes = [
    `<g class="axis"><line x1="${PLOT.left}" y1="${bottom}" x2="${PLOT.left + PLOT.width}" y2="${bottom}"/><line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${bottom}"/></g>`,
    `<g class="tick"><line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left + PLOT.width}" y2="${PLOT.top}"/></g>`,
    `<text x="${PLOT.left - 4}" y="${bottom}" text-anchor="end">0</text>`,
    `<text x="${PLOT.left - 4}" y="${PLOT.top + 8}" text-anchor="end">${esc(input.format(vmax))}</text>`,
    `<text x="${PLOT.left}" y="${bottom + 16}">${esc(shortTime(t0))}</text>`,
    `<text x="${PLOT.left + PLOT.width}" y="${bottom + 16}" text-anchor="end">${esc(shortTime(t1))} UTC</text>`,
  ].join('')
  const legend = input.series
    .map((s) => {
      const last = s.steps[s.steps.length - 1]?.v ?? 0
      return `<li><span class="key k-${esc(s.id)}" aria-hidden="true"></span> ${esc(s.name)}: <span class="num">${esc(input.format(last))}</span></li>`
    })
    .join('')
  const svg = `<svg class="chart" id="${esc(input.id)}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${esc(input.id)}-t ${esc(input.id)}-d" data-t0="${esc(t0)}" data-t1="${esc(t1)}" data-vmax="${vmax}" data-plot="${PLOT.left} ${PLOT.top} ${PLOT.width} ${PLOT.height}"><title id="${esc(input.id)}-t">${esc(input.title)}</title><desc id="${esc(input.id)}-d">${esc(input.desc)}, from ${esc(t0)} to ${esc(t1)}</desc>${axes}${lines}</svg>`
  return `<figure class="chart">${svg}<figcaption><ul class="legend">${legend}</ul></figcaption>${stepTable(input)}</figure>`
}

/** The chart as a table (its text alternative), folded away: every step of every series. */
function stepTable(input: StepChartInput): string {
  const rows = input.series
    .flatMap((s) => s.steps.map((p) => ({ s, p })))
    .sort((a, b) => (a.p.t < b.p.t ? -1 : a.p.t > b.p.t ? 1 : 0))
    .map(
      ({ s, p }) =>
        `<tr><td><time datetime="${esc(p.t)}">${esc(shortTime(p.t))}</time></td><td>${esc(s.name)}</td><td class="num">${esc(input.format(p.v))}</td></tr>`,
    )
    .join('')
  return `<details><summary>${esc(input.title)} as a table</summary><div class="scroll"><table><thead><tr><th scope="col">From (UTC)</th><th scope="col">Line</th><th scope="col">Value</th></tr></thead><tbody>${rows}</tbody></table></div></details>`
}

/** Vertical bars, one per labelled count, each with its count written above it. */
export function barChart(input: { id: string; title: string; desc: string; bars: { label: string; count: number }[] }): string {
  const total = input.bars.reduce((n, b) => n + b.count, 0)
  if (total === 0) return `<p class="none">${esc(input.desc)}: nothing recorded yet.</p>`
  const vmax = niceMax(Math.max(...input.bars.map((b) => b.count)))
  const slot = PLOT.width / input.bars.length
  const bottom = PLOT.top + PLOT.height
  const bars = input.bars
    .map((b, i) => {
      const h = (b.count / vmax) * PLOT.height
      const left = PLOT.left + i * slot
      return `<g class="bar" data-label="${esc(b.label)}" data-count="${b.count}"><rect x="${px(left + slot * 0.15)}" y="${px(bottom - h)}" width="${px(slot * 0.7)}" height="${px(h)}"><title>${esc(b.label)}: ${b.count}</title></rect><text x="${px(left + slot / 2)}" y="${px(bottom - h - 3)}" text-anchor="middle">${b.count}</text><text x="${px(left + slot / 2)}" y="${bottom + 16}" text-anchor="middle">${esc(b.label)}</text></g>`
    })
    .join('')
  const summary = input.bars.map((b) => `${b.label}: ${b.count}`).join('; ')
  return `<figure class="chart"><svg class="chart" id="${esc(input.id)}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${esc(input.id)}-t ${esc(input.id)}-d" data-vmax="${vmax}" data-plot="${PLOT.left} ${PLOT.top} ${PLOT.width} ${PLOT.height}"><title id="${esc(input.id)}-t">${esc(input.title)}</title><desc id="${esc(input.id)}-d">${esc(input.desc)}: ${esc(summary)}</desc><g class="axis"><line x1="${PLOT.left}" y1="${bottom}" x2="${PLOT.left + PLOT.width}" y2="${bottom}"/></g>${bars}</svg></figure>`
}
