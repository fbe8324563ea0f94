// The dashboard's trend charts in headless Chromium: every point of every line, read back from the SVG
// through the scale the chart carries, is the value the event log gives at that time, worked out here from
// the raw events by a route of its own (not the projection's trends); the charts fit a 390 px phone, say
// what they show in words, escape what events hold, and load nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent, stampOf, type EventOf, type OrchestratorEvent } from '../../shared/state/events'
import { StateStore } from '../../shared/views/state-store'
import { findChromium, oneLineError } from '../support/chromium'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'
import { at, F, I1, scriptedHistory } from '../metrics/metrics-scripted'

// The callbacks given to page.evaluate run in the page (the project compiles without the DOM library).
interface El {
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): El[]
  textContent: string | null
}
declare const document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelectorAll(s: string): El[] }

/** An agent whose branch name is markup: it must show as text. */
const HOSTILE = `feature/${F}/impl-<img-src=x>&"q"`

function history(): OrchestratorEvent[] {
  const usage = makeEvent(
    'agent-usage',
    F,
    {
      agent: HOSTILE,
      session: 'sess-hostile',
      source: 'manual',
      inputTokens: 10,
      outputTokens: 10,
      cacheCreationTokens: 0,
      cacheReadTokens: 0,
      costMicroUsd: 2_500_000,
      through: 'line-1',
    },
    { actor: 'cli bob', time: at(185) },
  )
  return [...scriptedHistory(), usage]
}

interface Line {
  series: string
  name: string
  points: [number, number][]
}
interface Chart {
  t0: string
  t1: string
  vmax: number
  plot: number[]
  lines: Line[]
}

/** Reference: a step function as (time, value) changes, from (time, delta) pairs. */
function steps(deltas: [string, number][]): [string, number][] {
  const out: [string, number][] = []
  let v = 0
  for (const [t, d] of [...deltas].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    v += d
    if (out.length && out[out.length - 1][0] === t) out[out.length - 1][1] = v
    else out.push([t, v])
  }
  return out
}

const of = <K extends OrchestratorEvent['kind']>(events: OrchestratorEvent[], kind: K) =>
  events.filter((e) => e.kind === kind && e.feature === F) as unknown as EventOf<K>[]
const hourStart = (t: string) => `${t.slice(0, 13)}:00:00.000Z`
const latest = <T extends OrchestratorEvent>(list: T[]) => [...list].sort((a, b) => (stampOf(a) < stampOf(b) ? -1 : 1)).pop()

/** From the raw events: each series of each chart as its changes. */
function expected(events: OrchestratorEvent[]): Record<string, Record<string, [string, number][]>> {
  const updates = of(events, 'task-updated')
  const taskIds = [...new Set(updates.map((e) => e.data.taskId))]
  const done: [string, number][] = []
  const merged: [string, number][] = []
  for (const id of taskIds) {
    const mine = updates.filter((e) => e.data.taskId === id)
    const last = latest(mine)!
    if (last.data.state === 'done')
      done.push([
        mine
          .filter((e) => e.data.state === 'done')
          .map((e) => e.time)
          .sort()[0],
        1,
      ])
    const merges = of(events, 'task-merged').filter((e) => e.data.taskId === id && e.data.commit === last.data.commit)
    if (last.data.state === 'done' && merges.length) merged.push([merges.map((e) => e.time).sort()[0], 1])
  }
  const scope = of(events, 'feature-registered').map((e): [string, number] => [e.time, e.data.tasks?.length ?? 0])
  // Conflict occurrences, walked pair by pair in stamp order: [start, end or null].
  const pairs = new Map<string, OrchestratorEvent[]>()
  for (const e of [...of(events, 'conflict-detected'), ...of(events, 'conflict-resolved')]) {
    const key = [e.data.left, e.data.right].sort().join(' ')
    pairs.set(key, [...(pairs.get(key) ?? []), e])
  }
  const intervals: [string, string | null][] = []
  for (const list of pairs.values()) {
    let open: string | null = null
    for (const e of list.sort((a, b) => (stampOf(a) < stampOf(b) ? -1 : 1))) {
      if (e.kind === 'conflict-detected') open ??= e.time
      else if (e.kind === 'conflict-resolved') {
        intervals.push([e.data.detectedAt, e.time])
        open = null
      }
    }
    if (open) intervals.push([open, null])
  }
  const hours = [...new Set(intervals.flatMap(([s, e]) => [hourStart(s), ...(e ? [hourStart(e)] : [])]))].sort()
  const endOf = (hour: string) => new Date(Date.parse(hour) + 3_600_000).toISOString()
  const open = hours.map((h): [string, number] => [h, intervals.filter(([s, e]) => s < endOf(h) && (e === null || e >= endOf(h))).length])
  const cost: Record<string, [string, number][]> = {}
  const agents = [...new Set(of(events, 'agent-usage').map((e) => e.data.agent))].sort()
  agents.forEach((agent, i) => {
    const mine = of(events, 'agent-usage').filter((e) => e.data.agent === agent)
    cost[`a${i}`] = steps(mine.map((e) => [hourStart(e.time), e.data.costMicroUsd / 1_000_000]))
  })
  return { 'chart-burnup': { scope, done: steps(done), merged: steps(merged) }, 'chart-conflicts': { open }, 'chart-cost': cost }
}

afterAll(cleanupTemp)

describe('dashboard trend charts in headless Chromium', () => {
  let browser: Browser
  let page: Page
  let site: string
  let events: OrchestratorEvent[]
  const requests: string[] = []

  beforeAll(async () => {
    const chromium = findChromium()
    if ('missing' in chromium) throw oneLineError(chromium.missing)
    const repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    events = history()
    const r = await store.append(events)
    site = tempDir('orch-charts-')
    writeFileSync(join(site, 'docs.tar'), execFileSync('git', ['archive', '--format=tar', r.commit!, 'docs'], { cwd: repo.dir }))
    execFileSync('tar', ['-xf', 'docs.tar'], { cwd: site })
    browser = await puppeteer.launch({ executablePath: chromium.path, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
    page = await browser.newPage()
    page.on('request', (req) => void requests.push(req.url()))
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 })
    await page.goto(`file://${site}/docs/features/${F}.html`)
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  async function chart(id: string): Promise<Chart> {
    return page.$eval(`svg#${id}`, (svg) => {
      const el = svg as unknown as El
      return {
        t0: el.getAttribute('data-t0')!,
        t1: el.getAttribute('data-t1')!,
        vmax: Number(el.getAttribute('data-vmax')),
        plot: el.getAttribute('data-plot')!.split(' ').map(Number),
        lines: [...el.querySelectorAll('polyline')].map((p) => ({
          series: p.getAttribute('data-series')!,
          name: p.getAttribute('data-name')!,
          points: p
            .getAttribute('points')!
            .split(' ')
            .map((xy) => xy.split(',').map(Number) as [number, number]),
        })),
      }
    })
  }

  /** The points of a line mapped back through the chart's scale: [ms since epoch, value]. */
  const readBack = (c: Chart, line: Line) => {
    const [left, top, width, height] = c.plot
    const t0 = Date.parse(c.t0)
    const span = Date.parse(c.t1) - t0
    return line.points.map(([x, y]) => [t0 + ((x - left) / width) * span, (c.vmax * (top + height - y)) / height])
  }

  /** The polyline a step function must draw: 0 at the start, each change as a vertical step, flat to the end. */
  const drawn = (c: Chart, changes: [string, number][]) => {
    const pts: [number, number][] = [[Date.parse(c.t0), 0]]
    let last = 0
    for (const [t, v] of changes) {
      pts.push([Date.parse(t), last], [Date.parse(t), v])
      last = v
    }
    pts.push([Date.parse(c.t1), last])
    return pts
  }

  it.each(['chart-burnup', 'chart-conflicts', 'chart-cost'])('%s: every point is the event log’s value at its time', async (id) => {
    const c = await chart(id)
    const want = expected(events)[id]
    expect(c.lines.map((l) => l.series).sort()).toEqual(Object.keys(want).sort())
    // The axis runs from the first change of any line to the feature's newest event.
    const firsts = Object.values(want).flatMap((changes) => changes.map(([t]) => t))
    expect(c.t0).toBe(firsts.sort()[0])
    expect(c.t1).toBe(
      events
        .filter((e) => e.feature === F)
        .map((e) => e.time)
        .sort()
        .pop(),
    )
    // Coordinates are written to 0.1 of a unit: a point is off by at most 0.05 of a unit on each axis.
    const tTolerance = ((Date.parse(c.t1) - Date.parse(c.t0)) / c.plot[2]) * 0.06
    const vTolerance = (c.vmax / c.plot[3]) * 0.06
    for (const line of c.lines) {
      const got = readBack(c, line)
      const exp = drawn(c, want[line.series])
      expect(got).toHaveLength(exp.length)
      got.forEach(([t, v], i) => {
        expect(Math.abs(t - exp[i][0])).toBeLessThanOrEqual(tTolerance)
        expect(Math.abs(v - exp[i][1])).toBeLessThanOrEqual(vTolerance)
      })
    }
  })

  it('the burn-up ends where the progress bar is, and the hand-worked steps are the ones drawn', () => {
    const want = expected(events)['chart-burnup']
    // T001 done 35, T002 120, T003 200; T001 merged 60, T002 240; four tasks registered at 0.
    expect(want.done).toEqual([
      [at(35), 1],
      [at(120), 2],
      [at(200), 3],
    ])
    expect(want.merged).toEqual([
      [at(60), 1],
      [at(240), 2],
    ])
    expect(want.scope).toEqual([[at(0), 4]])
  })

  it('open conflicts: hour by hour, as the script says', () => {
    // C1 0..30 and C2 20..80 both begin in hour 10; C1 ends in 10 (C2 open at 11:00); C2 ends at 11:20, C3 runs 11:40..11:45
    // (both in hour 11: none open at 12:00); C3 again from 13:20, still open.
    expect(expected(events)['chart-conflicts'].open).toEqual([
      ['2026-03-01T10:00:00.000Z', 1],
      ['2026-03-01T11:00:00.000Z', 0],
      ['2026-03-01T13:00:00.000Z', 1],
    ])
  })

  it('the lead-time bars are the resolved conflicts by their lifetime', async () => {
    const bars = await page.$$eval('svg#chart-lead g.bar', (gs) =>
      gs.map((g) => [(g as unknown as El).getAttribute('data-label'), Number((g as unknown as El).getAttribute('data-count'))]),
    )
    // Lifetimes: 30 min, 60 min (1 h: the 1–4 h bucket), 5 min.
    const lifetimes = of(events, 'conflict-resolved').map((e) => e.data.lifetimeSeconds)
    expect(lifetimes.sort((a, b) => a - b)).toEqual([300, 1800, 3600])
    expect(bars).toEqual([
      ['< 15 min', 1],
      ['15–60 min', 1],
      ['1–4 h', 1],
      ['4–24 h', 0],
      ['1–3 d', 0],
      ['≥ 3 d', 0],
    ])
  })

  it('each chart says what it shows (title, description, a table) and escapes what events hold', async () => {
    const labels = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => {
        const el = s as unknown as El
        return {
          role: el.getAttribute('role'),
          title: el.querySelectorAll('title')[0]?.textContent,
          desc: el.querySelectorAll('desc')[0]?.textContent,
        }
      }),
    )
    expect(labels).toHaveLength(4)
    for (const l of labels) {
      expect(l.role).toBe('img')
      expect(l.title).toBeTruthy()
      expect(l.desc).toBeTruthy()
    }
    const costLegend = await page.$$eval('#trends .legend li', (lis) => lis.map((li) => (li as unknown as El).textContent?.trim()))
    expect(costLegend).toContain(`${HOSTILE}: $2.50`)
    expect(costLegend).toContain(`${I1}: $2.00`)
    expect(await page.$$eval('#trends img', (imgs) => imgs.length)).toBe(0)
    // The burn-up's table: one row per change of each line.
    const rows = await page.$$eval('#trends figure:first-of-type details tbody tr', (trs) => trs.length)
    expect(rows).toBe(1 + 3 + 2)
  })

  it('fits a 390 px phone, loads nothing but the page, and keeps the page’s policy', async () => {
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.client)
    const svgWidths = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => (s as unknown as { getBoundingClientRect(): { right: number } }).getBoundingClientRect().right),
    )
    for (const right of svgWidths) expect(right).toBeLessThanOrEqual(390)
    expect(requests).toEqual([`file://${site}/docs/features/${F}.html`])
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => (m as unknown as El).getAttribute('content'))
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'; base-uri 'none'; form-action 'none'$/)
    expect(await page.$$eval('script', (s) => s.length)).toBe(0)
  })
})
