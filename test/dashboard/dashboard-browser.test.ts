import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { MemoryLogger } from '../../shared/logger'
import type { Projection } from '../../shared/state/projection/projection-types'
import { agentAliases, agentsOf, taskProgress } from '../../shared/state/projection/queries'
import { StateStore } from '../../shared/views'
import { allKindsLog, FEATURE_A, FEATURE_B, HOSTILE_NAME, implOf } from '../support/all-kinds-log'
import { findChromium, oneLineError } from '../support/chromium'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'

// Debian's chromium (.ci/run installs it) or CHROMIUM_PATH, driven by puppeteer-core: no browser download.
// Without one, the file fails once, with one line saying how to install it (not once per test).
const chromium = findChromium()
const CHROMIUM = 'path' in chromium ? chromium.path : ''
if ('missing' in chromium)
  it('needs a Chromium to drive', () => {
    throw oneLineError(chromium.missing)
  })

/** Width, height and the number of distinct colours of an 8-bit RGB(A) PNG. */
function pngFacts(png: Uint8Array): { width: number; height: number; colours: number } {
  const buf = Buffer.from(png)
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG')
  const width = buf.readUInt32BE(16)
  const height = buf.readUInt32BE(20)
  const channels = buf[25] === 6 ? 4 : 3
  const idat: Buffer[] = []
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at)
    if (buf.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  // Sampled from unfiltered rows' bytes: enough to tell a page from a blank one.
  const colours = new Set<number>()
  const stride = width * channels + 1
  for (let y = 0; y < height; y += 7) {
    for (let x = 1; x < stride; x += channels * 5) colours.add(raw[y * stride + x])
  }
  return { width, height, colours: colours.size }
}

// The callbacks given to page.evaluate run in the page, where these exist (the project compiles without the DOM library).
interface PageNode {
  getAttribute(name: string): string | null
  textContent: string | null
}
declare const document: {
  activeElement: PageNode | null
  querySelector(selector: string): PageNode | null
  createElement(tag: string): PageNode & { src: string; onerror: (() => void) | null; onload: (() => void) | null }
  body: { append(node: unknown): void }
  documentElement: { scrollWidth: number }
}
declare function getComputedStyle(element: unknown): { visibility: string; backgroundColor: string }

afterAll(cleanupTemp)

const describeWithBrowser = CHROMIUM ? describe : describe.skip
describeWithBrowser('web dashboard in a real browser (headless Chromium)', () => {
  let browser: Browser
  let page: Page
  let site: string
  let projection: Projection
  let server: Server
  let hits = 0
  const requests: string[] = []

  beforeAll(async () => {
    const repo = await makeRepo()
    const store = new StateStore({ git: repo.git, remote: 'origin', logger: new MemoryLogger() })
    const r = await store.append(allKindsLog())
    projection = r.projection
    // Published as GitHub Pages would: the docs/ folder of the state branch alone.
    site = tempDir('orch-site-')
    const archive = execFileSync('git', ['archive', '--format=tar', r.commit!, 'docs'], { cwd: repo.dir })
    writeFileSync(join(site, 'docs.tar'), archive)
    execFileSync('tar', ['-xf', 'docs.tar'], { cwd: site })
    // A server an injected resource would reach, if the page's CSP let it.
    server = createServer((_req, res) => {
      hits++
      res.end('x')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
    page = await browser.newPage()
    page.on('request', (req) => requests.push(req.url()))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await new Promise((done) => server?.close(done))
  })

  it('the index lists every feature with the projection progress, and nothing leaves the page', async () => {
    await page.goto(`file://${site}/docs/index.html`)
    const cards = await page.$$eval('[data-feature]', (els) =>
      els.map((e) => ({ spec: e.getAttribute('data-feature'), progress: e.querySelector('.num')?.textContent })),
    )
    expect(cards).toEqual(
      [FEATURE_A, FEATURE_B].map((spec) => {
        const p = taskProgress(projection.features[spec])
        return { spec, progress: `${p.done}/${p.total}` }
      }),
    )
    expect(await page.$$eval('script', (s) => s.length)).toBe(0)
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true)
  })

  it('a feature page shows the conflicting pair in the matrix, per-agent progress, and files on keyboard focus', async () => {
    await page.setViewport({ width: 1200, height: 900 })
    await page.goto(`file://${site}/docs/features/${FEATURE_A}.html`)
    expect(await page.$eval('h1', (h) => h.textContent)).toBe(`${FEATURE_A}: ${HOSTILE_NAME}`)
    const pair = `a[data-pair="${implOf(FEATURE_A, 1)}|${implOf(FEATURE_A, 2)}"]`
    expect(await page.$eval(pair, (a) => a.firstChild?.textContent)).toBe('2')
    expect(await page.$eval(pair, (a) => getComputedStyle(a.parentElement!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)') // the style passed the CSP
    const feature = projection.features[FEATURE_A]
    const done = await page.$$eval('[data-agent-done]', (els) => els.map((e) => [e.getAttribute('data-agent-done'), Number(e.textContent)]))
    const progress = taskProgress(feature)
    expect(done).toEqual(
      agentsOf(feature).map((a) => [
        a.branch,
        progress.tasks.filter((t) => t.state === 'done' && agentAliases(a).includes(t.agent ?? '')).length,
      ]),
    )
    expect(done.some(([, n]) => (n as number) > 0)).toBe(true)
    // Keyboard: Tab reaches the cell, its file list shows, Enter opens the detail with line ranges.
    let focused = ''
    for (let i = 0; i < 80 && !focused; i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-pair') ?? '')
    }
    expect(focused).toBe(`${implOf(FEATURE_A, 1)}|${implOf(FEATURE_A, 2)}`)
    expect(await page.$eval(`${pair} .tip`, (t) => [getComputedStyle(t).visibility, t.textContent])).toEqual([
      'visible',
      'src/app.tssrc/<b>.ts',
    ])
    await page.keyboard.press('Enter')
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')
    expect(target).toContain('deleted at line 7')
    expect(target).toContain('src/<b>.ts')
  })

  it('the CSP stops an injected request, the page fits a phone, and the screenshot is a real page', async () => {
    await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 })
    await page.goto(`file://${site}/docs/features/${FEATURE_A}.html`)
    const port = (server.address() as AddressInfo).port
    // Waits on the page's own events, not the clock: the image settles (an error when the CSP blocks it,
    // after the server answered when it does not) and the fetch settles likewise.
    const settled = await page.evaluate(async (p) => {
      const img = document.createElement('img')
      const image = new Promise<string>((done) => {
        img.onerror = () => done('image blocked')
        img.onload = () => done('image loaded')
      })
      img.src = `http://127.0.0.1:${p}/leak.png`
      document.body.append(img)
      const request = fetch(`http://127.0.0.1:${p}/leak`).then(
        () => 'fetch answered',
        () => 'fetch blocked',
      )
      return Promise.all([image, request])
    }, port)
    expect(settled).toEqual(['image blocked', 'fetch blocked'])
    expect(hits).toBe(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391)
    const dir = join(tempDir('orch-shot-'), 'shots')
    mkdirSync(dir)
    const shot = await page.screenshot({ fullPage: true, path: join(dir, 'feature-phone.png') })
    const facts = pngFacts(shot)
    expect(facts.width).toBe(390)
    expect(facts.height).toBeGreaterThan(2000)
    expect(facts.colours).toBeGreaterThan(8)
  })
})
