// Benchmark of the state store on logs of 1k, 10k and 100k events across 50
// features. Run: node scripts/run-ts.js scripts/bench/events.ts [--sizes 1000,10000,100000]
// Each log is generated straight into git with `git fast-import` (the
// projection and views computed by our own code), pushed to a bare remote,
// then timed through the public API, in a fresh process, next to a bare git
// operation of the same size. --keep leaves the repositories for a look.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Git, type ExecOptions } from '../../shared/git/git'
import { silentLogger } from '../../shared/logger'
import { makeEvent, serializeEvent, type OrchestratorEvent } from '../../shared/state/events'
import { execToBuffer } from '../../shared/git/temp-output'
import { StateLayout } from '../../shared/state/log'
import { applyEvent, emptyProjection, serializeProjection } from '../../shared/state/projection'
import { renderSite, siteNow } from '../../shared/dashboard/site'
import { trendsSection } from '../../shared/dashboard/sections-trends'
import { renderViews } from '../../shared/views/render'
import { featureStatus } from '../../shared/views/status'
import { StateStore } from '../../shared/views/state-store'

const FEATURES = 50
const BRANCH = 'orchestrator/state'
const layout = new StateLayout('')

function hex(n: number): string {
  return n.toString(16).padStart(40, '0')
}

/** A plausible mix: mostly task updates and test results, some syncs, divergence, PRs, conflicts and blockers. */
function generate(total: number): OrchestratorEvent[] {
  // The same fact twice has the same key and is stored once: keep only new keys.
  const keys = new Set<string>()
  const events = {
    list: [] as OrchestratorEvent[],
    get length() {
      return this.list.length
    },
    push(e: OrchestratorEvent) {
      if (!keys.has(e.key)) this.list.push(e)
      keys.add(e.key)
    },
  }
  const t0 = Date.UTC(2026, 0, 1)
  const opts = (i: number) => ({ actor: 'bench', time: new Date(t0 + i * 1000) })
  for (let f = 0; f < FEATURES && events.length < total; f++) {
    const spec = `${String(f + 1).padStart(3, '0')}-feature-${f}`
    const tasks = Array.from({ length: 40 }, (_, t) => ({
      id: `T${String(t + 1).padStart(3, '0')}`,
      description: `Task ${t + 1} of ${spec} in src/f${f}/t${t}.ts`,
    }))
    events.push(makeEvent('feature-registered', spec, { spec, name: `Feature ${f}`, baseBranch: 'main', tasks }, opts(events.length)))
    events.push(makeEvent('agent-assigned', spec, { role: 'overseer', branch: `feature/${spec}/overseer` }, opts(events.length)))
    for (let a = 1; a <= 3; a++)
      events.push(
        makeEvent('agent-assigned', spec, { role: 'implementor', branch: `feature/${spec}/impl-${a}`, index: a }, opts(events.length)),
      )
  }
  for (let i = events.length; events.length < total; i++) {
    // i % 10 picks the kind: a feature gets ten events in a row, and the order of features shifts by one every
    // 500 events, so that every feature gets every kind (its page draws all four trend charts).
    const f = (Math.floor(i / 10) + Math.floor(i / 500)) % FEATURES
    const spec = `${String(f + 1).padStart(3, '0')}-feature-${f}`
    const a = 1 + (i % 3)
    const branch = `feature/${spec}/impl-${a}`
    const o = opts(i)
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
      case 3:
        events.push(
          makeEvent(
            'task-updated',
            spec,
            { taskId: `T${String(1 + (i % 40)).padStart(3, '0')}`, state: i % 3 ? 'done' : 'in-progress', commit: hex(i), agent: branch },
            o,
          ),
        )
        break
      case 4:
      case 5:
        events.push(
          makeEvent(
            'test-result',
            spec,
            {
              role: 'implementor',
              branch,
              suite: `suite-${i % 4}`,
              passed: i % 100,
              failed: i % 7 === 0 ? 1 : 0,
              skipped: 0,
              durationMs: i % 5000,
              commit: hex(i),
            },
            o,
          ),
        )
        break
      case 6:
        events.push(makeEvent('branch-synced', spec, { branch, sha: hex(i) }, o))
        break
      case 7:
        events.push(
          makeEvent(
            'divergence-measured',
            spec,
            { branch, against: `feature/${spec}/overseer`, ahead: i % 9, behind: i % 4, sha: hex(i) },
            o,
          ),
        )
        break
      case 8: {
        const other = `feature/${spec}/impl-${1 + (a % 3)}`
        const files = [
          {
            path: `src/f${f}/shared.ts`,
            kind: 'content',
            leftRanges: [{ start: 1 + (i % 50), end: 5 + (i % 50) }],
            rightRanges: [{ start: 3, end: 9 }],
          },
        ]
        if (i % 20 === 8)
          events.push(makeEvent('conflict-detected', spec, { left: branch, right: other, leftSha: hex(i), rightSha: hex(i + 1), files }, o))
        else
          events.push(
            makeEvent(
              'conflict-resolved',
              spec,
              { left: branch, right: other, detectedAt: new Date(t0 + (i - 10) * 1000).toISOString(), lifetimeSeconds: 10 },
              o,
            ),
          )
        break
      }
      default:
        if (i % 20 === 9)
          events.push(
            makeEvent(
              'pr-updated',
              spec,
              {
                action: i % 40 === 9 ? 'opened' : 'merged',
                number: 1 + (i % 500),
                url: `https://github.com/o/r/pull/${1 + (i % 500)}`,
                head: branch,
                base: `feature/${spec}/overseer`,
                title: `PR ${i}`,
              },
              o,
            ),
          )
        else if (i % 40 === 39)
          events.push(
            makeEvent(
              'agent-usage',
              spec,
              {
                agent: branch,
                session: `s-${a}`,
                source: 'claude',
                model: 'claude-sonnet-4-5',
                inputTokens: 1000 + (i % 900),
                outputTokens: 300,
                cacheCreationTokens: 0,
                cacheReadTokens: 5000,
                costMicroUsd: 20_000 + (i % 7000),
                through: `msg_${i}`,
              },
              o,
            ),
          )
        else if (i % 30 === 19) events.push(makeEvent('blocker-cleared', spec, { id: `b${i % 13}` }, o))
        else events.push(makeEvent('blocker-raised', spec, { id: `b${i % 13}`, agent: branch, reason: `waiting for ${i}` }, o))
    }
  }
  return events.list
}

function fastImportStream(files: [string, string][], ref: string, message: string, from?: string): Buffer {
  const parts: Buffer[] = []
  const who = 'bench <bench@example.invalid> 1767225600 +0000'
  parts.push(
    Buffer.from(`commit ${ref}\ncommitter ${who}\ndata ${Buffer.byteLength(message)}\n${message}\n${from ? `from ${from}\n` : ''}`),
  )
  for (const [path, content] of files) {
    const body = Buffer.from(content, 'utf8')
    parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${body.length}\n`), body, Buffer.from('\n'))
  }
  parts.push(Buffer.from('\n'))
  return Buffer.concat(parts)
}

/** Counts the time spent in `git push`, to tell our own work from git's server side. */
class PushTimingGit extends Git {
  pushMs = 0
  override async execBuffer(args: readonly string[], options?: ExecOptions) {
    const started = performance.now()
    try {
      return await super.execBuffer(args, options)
    } finally {
      if (args[0] === 'push') this.pushMs += performance.now() - started
    }
  }
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await fn()
  return { ms: performance.now() - start, value }
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms)
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]
}

const keep = process.argv.includes('--keep')

/** Generates `total` events, writes them with their projection and views to the state branch, and pushes it. */
async function buildLog(git: Git, total: number): Promise<number> {
  const gen = await timed(() => generate(total))
  const events = gen.value
  const eventFiles = events.map((e): [string, string] => [layout.eventPath(e.feature, e.key), serializeEvent(e)])
  await git.run(['fast-import', '--quiet'], { input: fastImportStream(eventFiles, `refs/heads/${BRANCH}`, 'bench: events') })
  const projection = emptyProjection()
  for (const e of events) applyEvent(projection, e)
  projection.eventsTree = await git.run(['rev-parse', `refs/heads/${BRANCH}:events`])
  const generated: [string, string][] = [[layout.projectionPath, serializeProjection(projection)], ...renderViews(projection, layout)]
  await git.run(['fast-import', '--quiet', '--force'], {
    input: fastImportStream(generated, `refs/heads/${BRANCH}`, 'bench: views', `refs/heads/${BRANCH}^0`),
  })
  await git.run(['push', '-q', 'origin', `refs/heads/${BRANCH}:refs/heads/${BRANCH}`])
  await git.run(['update-ref', '-d', `refs/heads/${BRANCH}`])
  // fast-import chains every blob as a delta of the one before; a clone would hold a normally packed repository.
  await git.run(['repack', '-a', '-d', '-f', '-q'])
  return gen.ms
}

const ENV = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }

/** Builds a log of `total` events in a temporary folder, then times it in a fresh process (a small heap, as the CLI has). */
function bench(total: number): Record<string, number> {
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-'))
  try {
    const built = spawnSync(process.execPath, [process.argv[1], '--build', root, String(total)], { stdio: ['ignore', 'pipe', 'inherit'] })
    if (built.status !== 0) throw new Error(`building the log of ${total} events failed`)
    const measured = spawnSync(process.execPath, [process.argv[1], '--measure', root, String(total)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    if (measured.status !== 0) throw new Error(`measuring the log of ${total} events failed`)
    return { ...JSON.parse(built.stdout.toString()), ...JSON.parse(measured.stdout.toString()) }
  } finally {
    if (keep) process.stderr.write(`kept ${root}\n`)
    else rmSync(root, { recursive: true, force: true })
  }
}

async function build(root: string, total: number): Promise<Record<string, number>> {
  const remote = join(root, 'remote.git')
  const dir = join(root, 'work')
  const top = new Git(root, ENV)
  await top.run(['init', '-q', '--bare', remote])
  await top.run(['init', '-q', dir])
  const git = new Git(dir, ENV)
  await git.run(['remote', 'add', 'origin', remote])
  return { generateMs: await buildLog(git, total) }
}

async function measure(root: string, total: number): Promise<Record<string, number>> {
  const dir = join(root, 'work')
  const git = new Git(dir, ENV)
  const timedGit = new PushTimingGit(dir, ENV)
  const store = new StateStore({
    git: timedGit,
    remote: 'origin',
    logger: silentLogger,
    identity: { name: 'bench', email: 'bench@example.invalid' },
  })
  const firstFetch = await timed(() => store.fetch())
  const head = firstFetch.value!
  const eventsTree = await git.run(['rev-parse', `${head}:events`])

  // (a) first, while the heap is small as in a CLI run: appending one event (projection + views + push), vs a bare fetch + commit of one new file + push;
  // both pay git's server-side connectivity check of the pushed tree, which grows with the tree.
  // New facts on every run (a kept log may be measured again): commits numbered from the log's size.
  let n = (await store.read()).projection.eventCount
  const outsidePush: number[] = []
  const append = await median(7, async () => {
    timedGit.pushMs = 0
    const started = performance.now()
    const r = await store.append([
      makeEvent(
        'task-updated',
        '001-feature-0',
        { taskId: 'T001', state: 'done', commit: hex(10_000_000 + n++), agent: 'impl-1' },
        { actor: 'bench' },
      ),
    ])
    if (!r.pushed) throw new Error('bench append did not push')
    outsidePush.push(performance.now() - started - timedGit.pushMs)
  })
  // (d) the web dashboard's share of an append: docs/index.html and the page of the feature the event belongs to,
  // measured here, with the heap as small as an append's (after the rebuilds below, garbage collection dominates).
  const current = (await store.read()).projection
  const site = await median(31, async () => void renderSite(current, ['001-feature-0']))
  // (e) the trend charts alone (part of the feature page above): burn-up, open conflicts, cost per agent, lead times.
  const feature = current.features['001-feature-0']
  const drawn = trendsSection(feature, siteNow(feature))
  // Time only charts that draw something: each of the four has data in this log.
  if ((drawn.match(/<svg class="chart"/g) ?? []).length !== 4) throw new Error('the bench log does not fill the four trend charts')
  const charts = await median(31, async () => void trendsSection(feature, siteNow(feature)))
  const identity = { GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' }
  const bareAppend = await median(7, async () => {
    await git.run(['fetch', '-q', '--no-write-fetch-head', 'origin', `+refs/heads/${BRANCH}:refs/bench/tmp`])
    const parent = await git.run(['rev-parse', 'refs/bench/tmp'])
    const blob = await git.writeBlob(`bare ${n++}\n`)
    const entries = await git.run(['ls-tree', parent])
    const tree = await git.run(['mktree'], { input: `${entries}\n100644 blob ${blob}\tbare.txt\n` })
    const c = await git.run(['commit-tree', tree, '-p', parent, '-m', 'bare'], { env: identity })
    await git.run(['push', '-q', 'origin', `${c}:refs/heads/bench-bare`, '--force'])
  })
  // (c) status: read (fetch + projection) + featureStatus, vs a bare no-op fetch + cat-file of projection.json
  const status = await median(5, async () => featureStatus(await store.read()))
  const bareStatus = await median(5, async () => {
    await git.run(['fetch', '-q', '--no-write-fetch-head', 'origin', `+refs/heads/${BRANCH}:refs/bench/tmp`])
    await git.run(['cat-file', 'blob', `${head}:projection.json`])
  })
  // (b) full rebuild from every event file + rendering every view, vs ls-tree -r + cat-file --batch of all events
  let views = 0
  const expected = (await store.read()).projection.eventCount // the log plus the events appended above
  const rebuild = await median(3, async () => {
    const projection = await store.rebuild()
    if (projection.eventCount !== expected) throw new Error(`rebuild found ${projection.eventCount} events, expected ${expected}`)
  })
  const projection = await store.rebuild()
  const render = await median(3, async () => void (views = renderViews(projection, layout).size))
  let oids: string[] = []
  const lsTree = await median(3, async () => {
    const out = await execToBuffer(git, ['ls-tree', '-r', eventsTree])
    oids = out
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ')[2].split('\t')[0])
  })
  const catFile = await median(3, () => execToBuffer(git, ['cat-file', '--batch', '--buffer'], `${oids.join('\n')}\n`))
  return {
    events: total,
    firstFetchMs: firstFetch.ms,
    appendMs: append,
    appendOutsidePushMs: outsidePush.sort((a, b) => a - b)[Math.floor(outsidePush.length / 2)],
    bareAppendMs: bareAppend,
    statusMs: status,
    bareStatusMs: bareStatus,
    rebuildMs: rebuild,
    renderAllMs: render,
    siteMs: site,
    chartsMs: charts,
    appendTotalMs: append,
    lsTreeMs: lsTree,
    catFileMs: catFile,
    views,
  }
}

async function main(): Promise<void> {
  const [mode, root, total] = process.argv.slice(2)
  if (mode === '--build' || mode === '--measure') {
    const result = await (mode === '--build' ? build : measure)(root, Number(total))
    process.stdout.write(JSON.stringify(result))
    return
  }
  const i = process.argv.indexOf('--sizes')
  const sizes = i > 0 ? process.argv[i + 1].split(',').map(Number) : [1000, 10000, 100000]
  const rows: Record<string, number>[] = []
  for (const size of sizes) {
    process.stderr.write(`building a log of ${size} events...\n`)
    rows.push(bench(size))
  }
  const f = (ms: number) => `${ms.toFixed(0)} ms`
  const lines = [
    '| events | (a) append 1 event [bare: fetch+commit+push] | (a) same, outside git push | (c) status: read + featureStatus [bare: fetch + cat-file] | (b) full rebuild [bare: ls-tree -r + cat-file --batch] | (b) render all views | views |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.events} | ${f(r.appendMs)} [${f(r.bareAppendMs)}] | ${f(r.appendOutsidePushMs)} | ${f(r.statusMs)} [${f(r.bareStatusMs)}] | ${f(r.rebuildMs)} [${f(r.lsTreeMs)} + ${f(r.catFileMs)}] | ${f(r.renderAllMs)} | ${r.views} |`,
    ),
  ]
  // The issue's targets, on the largest log measured: status, and a full rebuild plus rendering every view, each under 2 s.
  const largest = rows[rows.length - 1]
  const verdict = (label: string, ms: number) => `${label} ${f(ms)} (target < 2000 ms: ${ms < 2000 ? 'met' : 'NOT met'})`
  lines.push(
    '',
    `${largest.events} events: ${verdict('status', largest.statusMs)}; ${verdict('full rebuild + render', largest.rebuildMs + largest.renderAllMs)}; rebuild / bare git read = ${(largest.rebuildMs / (largest.lsTreeMs + largest.catFileMs)).toFixed(2)}`,
    `web dashboard (index + 1 feature page) per append: ${largest.siteMs.toFixed(1)} ms of ${f(largest.appendOutsidePushMs)} outside git push; append with the site / without = ${(largest.appendOutsidePushMs / (largest.appendOutsidePushMs - largest.siteMs)).toFixed(2)} (target <= 1.2)`,
    siteShare(largest),
  )
  process.stdout.write(`${lines.join('\n')}\n`)
}

/** The site's share of an append (#29: under 5 %), with the trend charts' part of it, on the largest log. */
function siteShare(r: Record<string, number>): string {
  const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(2)} %`
  const share = r.siteMs / r.appendTotalMs
  return `trend charts: ${r.chartsMs.toFixed(2)} ms per feature page; the site (charts included) is ${pct(r.siteMs, r.appendTotalMs)} of an append (${r.siteMs.toFixed(1)} of ${f0(r.appendTotalMs)}; ${pct(r.siteMs, r.appendOutsidePushMs)} of its work outside git push), the charts ${pct(r.chartsMs, r.appendTotalMs)} (target: site < 5 % of an append: ${share < 0.05 ? 'met' : 'NOT met'})`
}

const f0 = (ms: number) => `${ms.toFixed(0)} ms`

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
