// Benchmark of `orchestrator agents brief --hook` (the SessionStart / UserPromptSubmit hook's cost per prompt).
//   npm run bench:brief [-- --runs 11] [--implementors 8]
// A feature of N implementors on a local bare remote, its state branch holding a conflict of impl-1 with every
// other implementor, failing checks, a blocker and plan assignments. The checkout is impl-1. Each call runs as
// Claude Code runs the hook (a node subprocess of the committed CLI bundle, the prompt payload on stdin):
//   quiet        nothing new since the last prompt (the cursor has seen it all): the common case, prints nothing
//   news         the cursor forgotten before each call: every fact read, hunks read from the tips, printed
//   fetch        quiet, with the one bounded fetch of the state and feature branches first (the default)
// beside `node -e 0` (a process start, the floor of any hook), at rest and under load (busy loops on every core),
// printed as medians and as ratios to the baseline measured in the same condition, in one run.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { makeEvent } from '../../shared/state/events/events'
import { StateStore } from '../../shared/views'

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : process.argv[at + 1]!
}

const runs = Number(arg('runs', '11'))
const implementors = Number(arg('implementors', '8'))
const bins = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin
const cli = resolve(bins.orchestrator!)
const SPEC = '100-bench'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`

function run(args: string[], cwd: string, input: string): Promise<{ code: number; stdout: string; ms: number }> {
  const started = performance.now()
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'inherit'] })
    const out: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), ms: performance.now() - started }))
    child.stdin.end(input)
  })
}

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!

async function setUp(root: string): Promise<string> {
  const remote = join(root, 'remote.git')
  const work = join(root, 'work')
  const g = new Git(root)
  await g.run(['init', '--bare', '-q', '-b', 'main', remote])
  await g.run(['init', '-q', '-b', 'main', work])
  const git = new Git(work)
  await git.run(['remote', 'add', 'origin', remote])
  const lines = Array.from({ length: 200 }, (_, i) => `export const line${i + 1} = ${i + 1}`)
  writeFileSync(join(work, 'app.ts'), `${lines.join('\n')}\n`)
  await git.run(['add', '-A'])
  await git.run(['-c', 'user.name=bench', '-c', 'user.email=b@x', 'commit', '-q', '-m', 'initial'])
  const tips: string[] = []
  for (let n = 0; n <= implementors; n++) {
    const branch = n === 0 ? `feature/${SPEC}/overseer` : impl(n)
    await git.run(['checkout', '-q', '-B', branch, 'main'])
    const edited = lines.map((l, i) => (i >= 10 && i < 20 && n > 0 ? `${l} // impl-${n}` : l))
    writeFileSync(join(work, 'app.ts'), `${edited.join('\n')}\n`)
    await git.run(['-c', 'user.name=bench', '-c', 'user.email=b@x', 'commit', '-q', '-a', '--allow-empty', '-m', `T00${n} work`])
    tips.push(await git.run(['rev-parse', 'HEAD']))
  }
  await git.run(['push', '-q', 'origin', '--all'])
  const at = (m: number) => ({ actor: 'workflow ci', time: new Date(Date.UTC(2026, 11, 7, 12, m)).toISOString() })
  const range = [{ start: 11, end: 20 }]
  const tasks = Array.from({ length: implementors }, (_, i) => ({ id: `T${String(i + 1).padStart(3, '0')}`, description: `task ${i + 1}` }))
  await new StateStore({ git, remote: 'origin', logger: new MemoryLogger() }).append([
    makeEvent('feature-registered', SPEC, { spec: SPEC, name: 'Bench', tasks }, at(0)),
    makeEvent('agent-assigned', SPEC, { role: 'overseer', branch: `feature/${SPEC}/overseer` }, at(0)),
    ...Array.from({ length: implementors }, (_, i) =>
      makeEvent('agent-assigned', SPEC, { role: 'implementor', branch: impl(i + 1), index: i + 1 }, at(0)),
    ),
    ...tasks.map((t, i) => makeEvent('task-assigned', SPEC, { taskId: t.id, agent: impl(i + 1), wave: 1 }, at(1))),
    ...Array.from({ length: implementors - 1 }, (_, i) =>
      makeEvent(
        'conflict-detected',
        SPEC,
        {
          left: impl(1),
          right: impl(i + 2),
          leftSha: tips[1]!,
          rightSha: tips[i + 2]!,
          files: [{ path: 'app.ts', kind: 'content', leftRanges: range, rightRanges: range }],
        },
        at(2),
      ),
    ),
    makeEvent(
      'test-result',
      SPEC,
      {
        role: 'implementor',
        branch: impl(1),
        suite: 'unit',
        passed: 0,
        failed: 1,
        skipped: 0,
        durationMs: 9,
        commit: tips[1]!,
        unit: 'check',
        tail: 'FAIL app.test.ts',
      },
      at(3),
    ),
    makeEvent('blocker-raised', SPEC, { id: 'B1', agent: impl(1), reason: 'waiting for the schema' }, at(4)),
  ])
  await git.run(['checkout', '-q', impl(1)])
  await git.run(['fetch', '-q', 'origin'])
  return work
}

async function measure(work: string): Promise<Record<string, number>> {
  const payload = JSON.stringify({
    session_id: 'bench',
    transcript_path: '/dev/null',
    cwd: work,
    hook_event_name: 'UserPromptSubmit',
    prompt: 'go on',
  })
  const cursor = join(work, '.git', 'orchestrator', 'brief-cursor.json')
  const brief = (fetch: boolean) => [cli, 'agents', 'brief', '--hook', '--no-record', '--fetch-timeout', fetch ? '3' : '0']
  const out: Record<string, number[]> = { baseline: [], quiet: [], news: [], fetch: [] }
  await run(brief(false), work, payload)
  for (let i = 0; i < runs; i++) {
    out.baseline!.push((await run(['-e', '0'], work, '')).ms)
    const quiet = await run(brief(false), work, payload)
    if (quiet.stdout.trim() !== '') throw new Error(`quiet call printed: ${quiet.stdout.slice(0, 200)}`)
    out.quiet!.push(quiet.ms)
    rmSync(cursor, { force: true })
    const news = await run(brief(false), work, payload)
    if (!news.stdout.includes('Conflict with')) throw new Error(`news call did not tell the conflicts: ${news.stdout.slice(0, 200)}`)
    out.news!.push(news.ms)
    out.fetch!.push((await run(brief(true), work, payload)).ms)
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, median(v)]))
}

function busyLoops(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-brief-'))
  let loops: ChildProcess[] = []
  try {
    const work = await setUp(root)
    process.stdout.write(
      `agents brief --hook: impl-1 of ${implementors} implementors (${implementors - 1} conflicts), ${runs} runs each, load ${loadavg()[0]!.toFixed(1)}\n`,
    )
    const rest = await measure(work)
    loops = busyLoops(availableParallelism())
    const load = await measure(work)
    const row = (name: string, what: string) =>
      `${what.padEnd(44)} ${rest[name]!.toFixed(0).padStart(6)} ms ${(rest[name]! / rest.baseline!).toFixed(2).padStart(6)}x ` +
      `${load[name]!.toFixed(0).padStart(8)} ms ${(load[name]! / load.baseline!).toFixed(2).padStart(6)}x`
    process.stdout.write(`${''.padEnd(44)} ${'at rest'.padStart(16)} ${'under load'.padStart(17)} (${availableParallelism()} busy loops)\n`)
    process.stdout.write(`${row('baseline', 'node -e 0 (process start)')}\n`)
    process.stdout.write(`${row('quiet', 'brief, nothing new (prints nothing)')}\n`)
    process.stdout.write(`${row('news', `brief, ${implementors + 1} facts with hunks`)}\n`)
    process.stdout.write(`${row('fetch', 'brief, nothing new, one fetch first')}\n`)
  } finally {
    for (const l of loops) l.kill('SIGKILL')
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
