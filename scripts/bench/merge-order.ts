// How many conflicts the suggested merge order leaves on real history, against
// every other order. Each feature of the flask corpus is 8 branches of real
// pull requests; in the corpus the implementor branches are mostly ancestors
// of the "overseer" one (it is just another pull request head), so merging
// them into it is a no-op. The benchmark therefore integrates all 8 branches
// into `main` (where they all forked from), as 8 pull requests into one
// integration branch: the conflict matrix of the 8 (the engine's scan) goes
// into the merge order, and then all 40320 orders are merged with real git,
// counting per order the merges that hit a conflict.
// Usage: npm run bench:merge-order [-- --feature 007-eta]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildReport, measureDivergence, planDivergence, planPairs, scanPairs } from '../../shared/conflicts'
import type { AgentBranch } from '../../shared/conflicts/types'
import { Git } from '../../shared/git/git'
import { mergeOrder } from '../../shared/integrate/merge-order'
import { orderInputFromReport } from '../../shared/integrate/order-input'
import { MemoryLogger } from '../../shared/logger'
import { parseBranch, DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { simulateMerge } from './merge-simulation'

const BUNDLE = resolve(process.env.ORCH_FLASK_BUNDLE ?? '../shared/corpora/flask-prs-2018/flask-prs-2018.bundle')

async function main(): Promise<number> {
  const only = process.argv.includes('--feature') ? process.argv[process.argv.indexOf('--feature') + 1] : undefined
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-order-'))
  try {
    const dir = join(root, 'flask.git')
    await new Git(root).run(['clone', '-q', '--bare', BUNDLE, dir])
    const git = new Git(dir)
    const refs = (await git.run(['for-each-ref', '--format=%(refname:short) %(objectname)', 'refs/heads/feature/'])).trim().split('\n')
    const branches: AgentBranch[] = refs.flatMap((line) => {
      const [name, sha] = line.split(' ')
      const p = parseBranch(DEFAULT_NAMING, name)
      return p ? [{ name, sha, spec: p.spec, role: p.role, ...(p.index ? { index: p.index } : {}) }] : []
    })
    const specs = [...new Set(branches.map((b) => b.spec))].sort().filter((s) => !only || s === only)
    const mainSha = (await git.resolveCommit('refs/heads/main'))!
    console.log('feature      pairs conflicting  suggested  best  worst  average  orders  predicted  merges run  time')
    let failed = false
    for (const spec of specs) {
      const started = Date.now()
      // The 8 branches as implementors 1..8 of a feature whose overseer is main.
      const mine: AgentBranch[] = branches
        .filter((b) => b.spec === spec)
        .map((b) => ({ ...b, role: 'implementor' as const, index: b.role === 'overseer' ? 8 : b.index }))
      const main = { name: `feature/${spec}/integration`, sha: mainSha, spec, role: 'overseer' as const }
      const all = [main, ...mine]
      const pairs = await scanPairs(git, planPairs(all, { scope: 'feature' }), { logger: new MemoryLogger() })
      const divergence = await measureDivergence(git, planDivergence(all))
      const report = buildReport({ scannedAt: new Date(0), scope: 'feature', branches: all, pairs, divergence })
      const order = mergeOrder(orderInputFromReport(report, spec, undefined)!)
      const heads = Object.fromEntries(order.steps.map((s) => [s.name, mine.find((b) => b.name === s.branch)!.sha]))
      const sim = new OrderSimulator(git, mainSha, heads)
      const counts = await sim.everyOrder()
      const values = [...counts.values()]
      // Names sort as impl-1..impl-8, the same key the simulator uses.
      const ours = counts.get(order.steps.map((s) => s.name).join(' '))!
      const best = Math.min(...values)
      const worst = Math.max(...values)
      const average = values.reduce((a, b) => a + b, 0) / values.length
      const predicted = order.newConflicts + order.existingConflicts
      console.log(
        `${spec.padEnd(12)} ${String(report.summary.conflicted).padStart(17)}  ${String(ours).padStart(9)}  ${String(best).padStart(4)}  ${String(worst).padStart(5)}  ${average.toFixed(2).padStart(7)}  ${String(values.length).padStart(6)}  ${String(predicted).padStart(9)}  ${String(sim.merges).padStart(10)}  ${((Date.now() - started) / 1000).toFixed(1)} s`,
      )
      if (ours !== best) {
        console.error(`FAIL ${spec}: the suggested order leaves ${ours} conflicting merge(s); the best order leaves ${best}`)
        failed = true
      }
    }
    return failed ? 1 : 0
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

/**
 * Every order of the branches, merged with real git. The result of merging a
 * branch depends only on the set merged so far and the current tree (the
 * merge base depends on the set, not on the order), so each (set, tree,
 * branch) is merged once and the 40320 orders of 8 branches cost far fewer merges.
 */
class OrderSimulator {
  merges = 0
  private readonly memo = new Map<string, { commit: string; tree: string; conflicted: boolean }>()
  constructor(
    private readonly git: Git,
    private readonly start: string,
    private readonly heads: Record<string, string>,
  ) {}

  async everyOrder(): Promise<Map<string, number>> {
    const names = Object.keys(this.heads).sort()
    const out = new Map<string, number>()
    const startTree = (await this.git.run(['rev-parse', `${this.start}^{tree}`])).trim()
    const walk = async (commit: string, tree: string, used: string[], count: number): Promise<void> => {
      if (used.length === names.length) {
        out.set(used.join(' '), count)
        return
      }
      for (const name of names) {
        if (used.includes(name)) continue
        const key = `${[...used].sort().join(',')}|${tree}|${name}`
        let step = this.memo.get(key)
        if (!step) {
          const m = await simulateMerge(this.git, commit, this.heads[name])
          this.merges++
          step = { commit: m.commit, tree: (await this.git.run(['rev-parse', `${m.commit}^{tree}`])).trim(), conflicted: m.conflicted }
          this.memo.set(key, step)
        }
        await walk(step.commit, step.tree, [...used, name], count + (step.conflicted ? 1 : 0))
      }
    }
    await walk(this.start, startTree, [], 0)
    return out
  }
}

process.exitCode = await main()
