// What the scope-drift check costs. Two measurements:
// 1. the check itself (no git): a synthetic spec-kit tasks.md of 500 tasks (files, folders, globs)
//    against 5000 changed paths, as role-ci runs it for one implementor;
// 2. scopeDriftFor as check-path calls it before an edit, on the flask corpus (real history): for each
//    feature, a tasks.md committed on the overseer whose tasks name the files each implementor branch
//    changed (assigned by owner comments), then one path asked for each implementor; median of the answers.
// Usage: npm run bench:scope
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { defaultConfig } from '../../shared/config/config'
import { Git } from '../../shared/git/git'
import { scopeDrift, scopeDriftFor } from '../../shared/scope'
import { parseTasks } from '../../shared/tasks'

const BUNDLE = resolve(process.env.ORCH_FLASK_BUNDLE ?? '../shared/corpora/flask-prs-2018/flask-prs-2018.bundle')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function synthetic(): void {
  const lines = ['# Tasks: bench', '', '## Phase 3: User Story 1', '']
  for (let i = 0; i < 500; i++) {
    const id = `T${String(i + 1).padStart(3, '0')}`
    const path = i % 10 === 0 ? `src/pkg${i}/**/*.py` : i % 5 === 0 ? `src/pkg${i}/` : `src/pkg${i}/mod${i}.py`
    lines.push(`- [ ] ${id} [P] [US1] Build part ${i} in ${path} and tests/test_mod${i}.py <!-- owner: impl-${(i % 8) + 1} -->`)
  }
  const doc = parseTasks(lines.join('\n'))
  const changed = Array.from({ length: 5000 }, (_, i) => `src/pkg${i % 600}/${i % 3 ? `mod${i % 600}.py` : `sub/x${i}.py`}`)
  const who = { spec: '001-bench', branch: 'feature/001-bench/impl-1', index: 1 }
  const sources = { doc, assigned: {}, reported: {}, references: [] }
  const rules = { allow: [], companionTests: true }
  const times: number[] = []
  let drift = 0
  for (let r = 0; r < 15; r++) {
    const t = performance.now()
    drift = scopeDrift(changed, who, sources, rules).drift.length
    times.push(performance.now() - t)
  }
  console.log(`synthetic: 500 tasks, 5000 changed paths, ${drift} drifting: median ${median(times).toFixed(1)} ms (15 runs)`)
}

async function corpus(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-scope-'))
  try {
    const dir = join(root, 'flask')
    await new Git(root).run(['clone', '-q', BUNDLE, dir])
    const git = new Git(dir)
    await git.run(['config', 'user.name', 'bench'])
    await git.run(['config', 'user.email', 'bench@example.invalid'])
    const refs = (await git.run(['for-each-ref', '--format=%(refname:short)', 'refs/remotes/origin/feature/'])).trim().split('\n')
    const specs = [...new Set(refs.map((r) => r.split('/')[2]))].sort()
    const config = defaultConfig()
    const times: number[] = []
    let asked = 0
    for (const spec of specs) {
      const overseer = `origin/feature/${spec}/overseer`
      const impls = refs.filter((r) => r.startsWith(`origin/feature/${spec}/impl-`))
      const lines = [`# Tasks: ${spec}`, '', '## Phase 3: Work', '']
      let n = 1
      const firstOf: Record<string, string> = {}
      for (const impl of impls) {
        const index = Number(impl.split('impl-')[1])
        const base = await git.mergeBase(overseer, impl)
        const files = base ? (await git.run(['diff', '--name-only', '--no-renames', base, impl, '--'])).split('\n').filter(Boolean) : []
        for (const f of files.slice(0, 20))
          lines.push(`- [ ] T${String(n++).padStart(3, '0')} [P] Change ${f} <!-- owner: impl-${index} -->`)
        if (files[0]) firstOf[impl] = files[0]
      }
      // tasks.md committed on top of the overseer (in the throwaway clone's index): the commit the answers read.
      const blob = await git.run(['hash-object', '-w', '--stdin'], { input: lines.join('\n') + '\n' })
      await git.run(['read-tree', overseer])
      await git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},specs/${spec}/tasks.md`])
      const written = await git.run(['write-tree'])
      const commit = await git.run(['commit-tree', written, '-p', overseer, '-m', 'tasks'])
      for (const impl of impls) {
        const index = Number(impl.split('impl-')[1])
        const who = { spec, branch: `feature/${spec}/impl-${index}`, index }
        // A file another implementor's task names: the answer has drift to find and explain.
        const other = Object.entries(firstOf).find(([b]) => b !== impl)?.[1] ?? 'setup.py'
        for (let r = 0; r < 5; r++) {
          const t = performance.now()
          await scopeDriftFor([other], who, { git, config, overseerRef: commit, headRef: impl })
          times.push(performance.now() - t)
          asked++
        }
      }
    }
    const p90 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]
    console.log(
      `flask corpus: ${specs.length} features, ${asked} answers: median ${median(times).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms (git: tasks.md, merge base, log)`,
    )
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

synthetic()
await corpus()
