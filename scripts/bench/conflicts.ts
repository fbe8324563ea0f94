// Benchmark of the conflict engine against one `git merge-tree` per pair, side by side in one run.
//   npm run bench:conflicts -- --corpus ../shared/corpora/flask-prs-2018     real history (a bundle of branches)
//   npm run bench:conflicts [-- --case generated|forks] [--branches 64] [--commits 3000] [--files 3000] [--overlap 0.15] [--seed 7]
// For each case, from a bare "remote", what a schedule runs: the CLI bundle (bin/orchestrator.js
// check-conflicts --scope all --json, recording on) in a fresh clone of the remote:
//   loop   one `git merge-tree --write-tree --name-only` per pair, commit-graph present (the reference)
//   cold   no state branch yet: listing, fetch, commit-graph, scan, recording, cache write
//   again  nothing moved: the state branch's cache answers everything
//   later  nothing moved, 30 minutes later, as a schedule every 30 minutes meets it: the heartbeat (one
//          scan-completed event per feature, at most one per 15 minutes) is due, so the scan records and
//          renders the views again. node's clock is moved forward by a preloaded module (--require); the
//          bundle and everything else are the same.
//   moved  after one branch got a commit touching files other branches touch
// again, later and moved run --runs times (default 3), each in a fresh clone (later k: the clock k x 30 minutes on, so
// each finds the heartbeat due; moved k: the same branch one commit further): a run of 0.4 s on a shared machine
// varies by a tenth, and one of 1.5 s by as much, so their median is compared with the target and every time is
// printed. The loop and cold run once (seconds to minutes).
// The three ratios print on one line, each run's phases and git processes (--json timings) below;
// then the engine alone, in process, cold (skip it with --cli-only). Rebuild the CLI bundle first.
// A corpus is a folder <dir>/<dir>.bundle (+ branches.txt, truth.txt when there is one): see
// ../shared/corpora/flask-prs-2018 and scripts/bench/build-large-corpus.ts.
// Every result is checked (against the loop, truth.txt, and the cold scan); exits 1 on a mismatch or a missed target.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { PairResult } from '../../shared/conflicts/types'
import { Git } from '../../shared/git/git'
import { runBaseline, type BaselineResult } from './conflicts-baseline'
import { SCAN_PHASES, type ScanTimings } from '../../shared/conflicts/phase-clock'
import { agentBranches, freshClone, moveBranch, timedScan, type FlowResult } from './conflicts-flow'
import { generateRepo, type RepoShape } from './conflicts-repo'
import { compareTruth } from './conflicts-truth'

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  if (at < 0) return fallback
  const value = Number(process.argv[at + 1])
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`--${name} ${JSON.stringify(process.argv[at + 1])} is not valid: expected a number`)
  return value
}

function text(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? undefined : process.argv[at + 1]
}

const secs = (s: number): string => `${s.toFixed(2).padStart(7)} s`

/** Differences between the engine's conflicts and the loop's (empty when they agree). */
function compare(results: readonly PairResult[], baseline: BaselineResult): string[] {
  const problems: string[] = []
  const ours = new Map<string, string[]>()
  for (const r of results) {
    if (r.status === 'error') problems.push(`engine error on ${r.left} ${r.right}: ${r.error}`)
    if (r.status === 'conflicted') ours.set(`${r.leftSha} ${r.rightSha}`, r.files.map((f) => f.path).sort())
  }
  for (const [key, code] of baseline.errors) problems.push(`baseline error (exit ${code}) on ${key}`)
  for (const [key, files] of baseline.conflicts) {
    const mine = ours.get(key)
    if (!mine) problems.push(`baseline conflict missed by the engine: ${key} (${files.join(', ')})`)
    else if (JSON.stringify(mine) !== JSON.stringify(files))
      problems.push(`files differ on ${key}: baseline ${files.join(', ')}; engine ${mine.join(', ')}`)
  }
  for (const key of ours.keys()) if (!baseline.conflicts.has(key)) problems.push(`engine conflict the baseline does not have: ${key}`)
  return problems
}

function phaseLine(flow: FlowResult): string {
  const other = flow.seconds - Object.values(flow.phases).reduce((a, b) => a + b, 0)
  return [...Object.entries(flow.phases), ['other', other] as const]
    .filter(([, s]) => s >= 0.005)
    .map(([k, s]) => `${k} ${s.toFixed(2)}`)
    .join(', ')
}

/** The file most conflicting pairs share, and a branch of such a pair (the branch to move). */
function hotFile(results: readonly PairResult[]): { branch: string; path: string } {
  const count = new Map<string, { n: number; branch: string }>()
  for (const r of results)
    for (const f of r.files)
      if (f.kind === 'content' && f.pathBase64 === undefined)
        count.set(f.path, { n: (count.get(f.path)?.n ?? 0) + 1, branch: count.get(f.path)?.branch ?? r.left })
  const [path, best] = [...count].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0] ?? []
  if (!path || !best) throw new Error('no conflicting text file to move a branch over')
  return { branch: best.branch, path }
}

interface Targets {
  cold: number
  again: number
  moved: number
}

/** One CLI run as a schedule runs it: `check-conflicts --scope all --json`, recording on, in the clone `dir`. */
interface CliRun {
  seconds: number
  results: PairResult[]
  timings: ScanTimings
}

// Built from parts: a literal path would be copied into the benchmark's own bundle (ncc), not the committed CLI.
const CLI_BUNDLE = `${process.cwd()}/${String(process.env.ORCH_BENCH_CLI ?? ['bin', 'orchestrator.js'].join('/'))}`

/** A module that moves node's clock `minutes` forward, for `node --require` (Date.now and new Date() only). */
function clockModule(root: string, minutes: number): string {
  const file = join(root, `clock-plus-${minutes}-minutes.cjs`)
  writeFileSync(
    file,
    `const shift = ${minutes * 60_000}\nconst Real = Date\nconst now = Real.now\n` +
      `globalThis.Date = class extends Real {\n  constructor(...a) { if (a.length === 0) super(now() + shift); else super(...a) }\n` +
      `  static now() { return now() + shift }\n}\n`,
  )
  return file
}

function runCli(dir: string, preload?: string): CliRun {
  const start = performance.now()
  const run = spawnSync(
    process.execPath,
    [...(preload ? ['--require', preload] : []), CLI_BUNDLE, 'check-conflicts', '--scope', 'all', '--json'],
    {
      cwd: dir,
      maxBuffer: 1 << 30,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  )
  const seconds = (performance.now() - start) / 1000
  if (run.status !== 0 && run.status !== 1) throw new Error(`check-conflicts failed (exit ${run.status}): ${run.stderr.slice(-2000)}`)
  if (!run.stdout.trim()) throw new Error(`check-conflicts printed nothing (exit ${run.status}): ${run.stderr.slice(-2000)}`)
  const json = JSON.parse(run.stdout) as { pairs: PairResult[]; timings: ScanTimings }
  return { seconds, results: json.pairs, timings: json.timings }
}

/** The run of median time (the lower middle one of an even number). */
function median(runs: readonly CliRun[]): CliRun {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]!
}

function cliPhases(t: ScanTimings): string {
  return SCAN_PHASES.filter((p) => t[p].ms >= 5 || t[p].git)
    .map((p) => `${p} ${(t[p].ms / 1000).toFixed(2)}/${t[p].git}`)
    .join(', ')
}

async function runCase(name: string, root: string, remote: string, targets: Targets | null, truthDir?: string): Promise<string[]> {
  const outside = new Git(root)
  const problems: string[] = []
  // What a schedule runs: the CLI bundle in a fresh clone, recording on (the first run creates the state branch).
  await freshClone(outside, remote, join(root, 'cold'))
  const cold = runCli(join(root, 'cold'))
  const branches = await agentBranches(new Git(join(root, 'cold')))
  const pairs = cold.results.map((r) => [r.leftSha, r.rightSha] as const)
  // The loop gets a commit-graph of its own, written before it is timed.
  const loopGit = await freshClone(outside, remote, join(root, 'loop'))
  await loopGit.run(['commit-graph', 'write', '--reachable', '--no-progress'])
  const loopStart = performance.now()
  const loop = runBaseline(join(root, 'loop'), root, pairs)
  const loopTime = (performance.now() - loopStart) / 1000
  problems.push(...compare(cold.results, loop))
  if (truthDir && existsSync(join(truthDir, 'truth.txt'))) problems.push(...compareTruth(cold.results, truthDir))

  const runs = Math.max(1, Math.round(option('runs', 3)))
  const agains: CliRun[] = []
  for (let k = 1; k <= runs; k++) {
    await freshClone(outside, remote, join(root, `again-${k}`))
    agains.push(runCli(join(root, `again-${k}`)))
  }
  if (agains.some((a) => JSON.stringify(a.results) !== JSON.stringify(cold.results)))
    problems.push('the re-scan with nothing moved differs from the cold scan')
  const laters: CliRun[] = []
  for (let k = 1; k <= runs; k++) {
    await freshClone(outside, remote, join(root, `later-${k}`))
    laters.push(runCli(join(root, `later-${k}`), clockModule(root, 30 * k)))
  }
  if (laters.some((l) => JSON.stringify(l.results) !== JSON.stringify(cold.results)))
    problems.push('the re-scan 30 minutes later with nothing moved differs from the cold scan')
  if (laters.some((l) => l.timings.recording.git === 0)) problems.push('a re-scan 30 minutes later recorded no heartbeat')
  const again = median(agains)
  const later = median(laters)

  // One branch moved, --runs times: each run moves the same branch once more (one new commit on the tip the
  // previous run recorded), so every run sees exactly one moved branch; the median is reported, as above.
  const hot = hotFile(cold.results)
  const afters: CliRun[] = []
  let before = cold.results
  for (let k = 1; k <= runs; k++) {
    const moved = await moveBranch(outside, remote, join(root, `mover-${k}`), hot.branch, [hot.path])
    await freshClone(outside, remote, join(root, `moved-${k}`))
    const run = runCli(join(root, `moved-${k}`))
    const touched = run.results.filter((r) => r.leftSha === moved || r.rightSha === moved)
    problems.push(
      ...compare(
        touched,
        runBaseline(
          join(root, `moved-${k}`),
          root,
          touched.map((r) => [r.leftSha, r.rightSha] as const),
        ),
      ),
    )
    const untouched = JSON.stringify(run.results.filter((r) => r.leftSha !== moved && r.rightSha !== moved))
    if (untouched !== JSON.stringify(before.filter((r) => r.left !== hot.branch && r.right !== hot.branch)))
      problems.push(`after move ${k}, pairs without the moved branch differ from the scan before it`)
    afters.push(run)
    before = run.results
  }
  const after = median(afters)

  const conflicted = cold.results.filter((r) => r.status === 'conflicted')
  const files = conflicted.flatMap((r) => r.files)
  console.log(
    `\n== ${name}: ${branches.length} branches, ${pairs.length} pairs, ${conflicted.length} conflicting (${files.length} files, ` +
      `${files.filter((f) => f.leftRanges.length).length} with line ranges, ${files.filter((f) => f.rangesSkipped).length} skipped)`,
  )
  const ratio = (s: number): string => (s / loopTime).toFixed(3)
  console.log(`loop   merge-tree per pair, commit-graph : ${secs(loopTime)}   1.000`)
  console.log(
    `CLI in a fresh clone, recording on       : cold ${ratio(cold.seconds)}   nothing moved ${ratio(again.seconds)}` +
      ` (30 min later, heartbeat due: ${ratio(later.seconds)})   one moved ${ratio(after.seconds)}`,
  )
  for (const [label, run, all] of [
    ['cold ', cold, [cold]],
    ['again', again, agains],
    ['later', later, laters],
    ['moved', after, afters],
  ] as const)
    console.log(
      `  ${label} ${secs(run.seconds)}${all.length > 1 ? ` (median of ${all.map((r) => r.seconds.toFixed(2)).join(', ')})` : ''}, ` +
        `${run.timings.total.git} git processes: ${cliPhases(run.timings)}`,
    )
  if (!process.argv.includes('--cli-only')) {
    // The engine alone in a clone that has everything (no process start, no fetch, no recording): the second line.
    const inProcess = await timedScan(await freshClone(outside, remote, join(root, 'engine')), branches, false)
    console.log(
      `engine in process, no cache (cold)       : ${ratio(inProcess.seconds)}   (${secs(inProcess.seconds)}; ${phaseLine(inProcess)})`,
    )
  }
  if (targets) {
    for (const [label, run, target] of [
      ['cold', cold, targets.cold],
      ['nothing moved', again, targets.again],
      ['nothing moved, 30 minutes later (heartbeat due)', later, targets.again],
      ['one moved', after, targets.moved],
    ] as const) {
      if (run.seconds > target * loopTime) problems.push(`${name}: ${label} took ${ratio(run.seconds)} x the loop; the target is ${target}`)
    }
  }
  return problems
}

async function main(): Promise<number> {
  const corpus = text('corpus')
  const cases = corpus ? ['corpus'] : text('case') ? [text('case')!] : ['generated', 'forks']
  const problems: string[] = []
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; git ${(await new Git('.').version()).text}`,
  )
  for (const name of cases) {
    const root = mkdtempSync(join(tmpdir(), 'orch-bench-conflicts-'))
    try {
      const remote = join(root, 'remote.git')
      if (name === 'corpus') {
        const dir = resolve(corpus!)
        await new Git(root).run(['clone', '--quiet', '--bare', join(dir, `${dir.split('/').pop()}.bundle`), remote])
        problems.push(...(await runCase(`corpus ${dir}`, root, remote, { cold: 0.25, again: 0.03, moved: 0.06 }, dir)))
      } else if (name === 'generated' || name === 'forks') {
        const shape: RepoShape = {
          branches: option('branches', 64),
          commits: option('commits', 3000),
          files: option('files', 3000),
          overlap: option('overlap', 0.15),
          seed: option('seed', 7),
          // "forks": branches fork anywhere on the long main line, as real topic branches do.
          ...(name === 'forks' ? { forkWindow: option('commits', 3000) } : {}),
        }
        await new Git(root).run(['init', '--quiet', '--bare', '-b', 'main', remote])
        const t = performance.now()
        await generateRepo(new Git(remote), shape)
        console.log(
          `\n${name}: generated ${shape.commits} commits on main, ${shape.files} files in ${((performance.now() - t) / 1000).toFixed(2)} s`,
        )
        problems.push(...(await runCase(name, root, remote, name === 'generated' ? { cold: 0.25, again: 0.03, moved: 0.06 } : null)))
      } else throw new Error(`--case ${JSON.stringify(name)} is not valid: expected generated or forks`)
    } finally {
      if (process.argv.includes('--keep')) console.log(`kept ${root}`)
      else rmSync(root, { recursive: true, force: true })
    }
  }
  console.log(
    `load average at end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  for (const p of problems.slice(0, 20)) console.error(`FAIL ${p}`)
  if (problems.length) return 1
  console.log('OK: verdicts and files identical to the loop (and truth.txt), every target met')
  return 0
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 2
  },
)
