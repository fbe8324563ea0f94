// Benchmark of `orchestrator check-path` (the PreToolUse hook's cost) on real history.
//   npm run bench:check-path [-- --corpus ../shared/corpora/flask-prs-2018] [--runs 21] [--path flask/app.py]
// The corpus's 64 PR branches become the siblings of one feature (feature/100-bench/overseer and impl-1..63,
// refs of a bare "remote" cloned from the bundle); the checkout is impl-1, so 63 siblings. Measured:
//   cold       in-process, no cache: 63 merge bases and diffs (what check-conflicts or --fetch pays once)
//   warm       nothing moved: the cache answers (one rev-parse, one for-each-ref)
//   moved      one sibling's remote-tracking ref moved before each answer: that pair is recomputed
//   own        the agent committed (HEAD moved): no merge base moves, nothing is diffed
// each in-process (checkPaths) and as the hook really runs: a node subprocess of the committed dist bundle with
// Claude Code's PreToolUse JSON on stdin, both the small hook bundle agents setup installs (bin/orchestrator-hook.js)
// and `orchestrator check-path --hook` (the whole CLI). The answers are checked against raw git.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkPaths } from '../../shared/check-path/check-path'
import { Git } from '../../shared/git/git'

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : process.argv[at + 1]!
}

const corpus = resolve(arg('corpus', resolve('..', 'shared', 'corpora', 'flask-prs-2018')))
const runs = Number(arg('runs', '21'))
const path = arg('path', 'flask/app.py')
// The CLI as package.json names it, read at run time (a literal path would be copied by ncc next to this bundle, away from dist/).
const bins = (JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> }).bin
const cli = resolve(bins.orchestrator!)
const hookBin = resolve(bins['orchestrator-hook']!)
const SPEC = '100-bench'

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b)
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!
  return `median ${q(0.5).toFixed(1).padStart(7)} ms   p90 ${q(0.9).toFixed(1).padStart(7)} ms   (n=${s.length})`
}

function run(args: string[], cwd: string, input: string): Promise<{ code: number; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'inherit'] })
    const out: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.on('error', fail)
    child.on('close', (code) => done({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8') }))
    child.stdin.end(input)
  })
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-check-path-'))
  try {
    const remote = join(root, 'remote.git')
    const work = join(root, 'work')
    const g = new Git(root)
    await g.run(['clone', '--quiet', '--bare', join(corpus, 'flask-prs-2018.bundle'), remote])
    const rg = new Git(remote)
    const heads = (await rg.run(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/feature/']))
      .split('\n')
      .map((l) => l.split(' ')[0]!)
    // Every PR branch becomes a sibling of one feature: the first the overseer, the rest implementors.
    const names = heads.map((_, i) => (i === 0 ? `feature/${SPEC}/overseer` : `feature/${SPEC}/impl-${i}`))
    await rg.exec(['update-ref', '--stdin'], { input: heads.map((sha, i) => `create refs/heads/${names[i]} ${sha}\n`).join('') })
    await g.run(['clone', '--quiet', '--no-checkout', remote, work])
    const git = new Git(work)
    await git.run(['checkout', '--quiet', '-b', `feature/${SPEC}/impl-1`, `origin/feature/${SPEC}/impl-1`])
    const siblings = names.length - 1
    process.stdout.write(
      `check-path on ${corpus}: ${siblings} siblings of feature/${SPEC}/impl-1, path ${path}, load ${loadavg()[0]!.toFixed(1)}\n`,
    )

    const now = () => new Date()
    const inProcess = () => checkPaths({ paths: [path], remote: 'origin', cwd: work, now: now() })
    const t = performance.now()
    const cold = await inProcess()
    process.stdout.write(`cold (in-process, ${cold.stats.diffed.length} pairs diffed):   ${(performance.now() - t).toFixed(0)} ms\n`)
    const touched = cold.answers[0]!.siblings
    // Differential check against raw git diff: the same siblings changed the path.
    const head = await git.run(['rev-parse', 'HEAD'])
    let expected = 0
    for (const name of names.slice(0, 1).concat(names.slice(2))) {
      const tip = await git.run(['rev-parse', `origin/${name}`])
      const base = await git.mergeBase(head, tip)
      if (base && (await git.run(['diff', '--name-only', base, tip, '--', `:(literal)${path}`])).trim()) expected++
    }
    if (expected !== touched.length)
      throw new Error(`mismatch: raw git says ${expected} siblings changed ${path}, check-path ${touched.length}`)
    process.stdout.write(`${touched.length} sibling(s) changed ${path} (raw git diff agrees)\n`)

    const hookInput = JSON.stringify({
      session_id: 'bench',
      transcript_path: join(work, 't.jsonl'),
      cwd: work,
      permission_mode: 'default',
      hook_event_name: 'PreToolUse',
      tool_name: 'Edit',
      tool_input: { file_path: join(work, path), old_string: 'a', new_string: 'b', replace_all: false },
      tool_use_id: 'toolu_bench',
    })
    const hook = async (full = false) => {
      const s = performance.now()
      const r = await run(full ? [cli, 'check-path', '--hook', '--no-record'] : [hookBin, '--no-record'], work, hookInput)
      const ms = performance.now() - s
      if (r.code !== 0 || (touched.length > 0 && !r.stdout.includes('hookSpecificOutput')))
        throw new Error(`hook answered ${r.code}: ${r.stdout}`)
      return ms
    }
    const bare = async (args = [cli, '--version']) => {
      const s = performance.now()
      await run(args, work, '')
      return performance.now() - s
    }
    const timed = async (fn: () => Promise<unknown>) => {
      const s = performance.now()
      await fn()
      return performance.now() - s
    }

    // One sibling moves before each answer: a commit on top of its tip touching the path's neighbour.
    const mover = `refs/remotes/origin/${names[names.length - 1]}`
    let tip = await git.run(['rev-parse', mover])
    const move = async () => {
      tip = await git.run(['commit-tree', `${tip}^{tree}`, '-p', tip, '-m', 'moved'])
      await git.run(['update-ref', mover, tip])
    }

    const results: Record<string, number[]> = {
      node: [],
      ownIn: [],
      bare: [],
      warmIn: [],
      movedIn: [],
      warmHook: [],
      movedHook: [],
      warmFull: [],
      movedFull: [],
    }
    for (let i = 0; i < runs; i++) {
      results.node!.push(await bare(['-e', '0']))
      results.bare!.push(await bare())
      results.warmIn!.push(await timed(inProcess))
      results.warmHook!.push(await hook())
      results.warmFull!.push(await hook(true))
      await move()
      const s = performance.now()
      const r = await inProcess()
      results.movedIn!.push(performance.now() - s)
      if (r.stats.diffed.length !== 1) throw new Error(`expected one sibling recomputed, got ${r.stats.diffed.join(', ')}`)
      await move()
      results.movedHook!.push(await hook())
      await move()
      results.movedFull!.push(await hook(true))
      // The agent commits: HEAD moves, no merge base does (two git calls decide that, not 63 merge bases).
      const own = await git.run(['commit-tree', 'HEAD^{tree}', '-p', 'HEAD', '-m', 'own work'])
      await git.run(['update-ref', 'HEAD', own])
      const o = performance.now()
      const mine = await inProcess()
      results.ownIn!.push(performance.now() - o)
      if (mine.stats.diffed.length !== 0) throw new Error(`an own commit recomputed ${mine.stats.diffed.join(', ')}`)
    }
    process.stdout.write(`node alone (node -e 0):                     ${stats(results.node!)}\n`)
    process.stdout.write(`node + bundle load only (--version):        ${stats(results.bare!)}\n`)
    process.stdout.write(`warm, in-process (checkPaths):              ${stats(results.warmIn!)}\n`)
    process.stdout.write(`warm, orchestrator-hook subprocess:         ${stats(results.warmHook!)}\n`)
    process.stdout.write(`warm, check-path --hook (whole CLI):        ${stats(results.warmFull!)}\n`)
    process.stdout.write(`one sibling moved, in-process:              ${stats(results.movedIn!)}\n`)
    process.stdout.write(`one sibling moved, orchestrator-hook:       ${stats(results.movedHook!)}\n`)
    process.stdout.write(`one sibling moved, check-path --hook (CLI): ${stats(results.movedFull!)}\n`)
    process.stdout.write(`own commit (HEAD moved), in-process:        ${stats(results.ownIn!)}\n`)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:check-path failed: ${error.stack ?? error.message}\n`)
  process.exit(1)
})
