import type { FeatureProjection, Projection, ScanState } from './projection-types'
import { agentAliases, agentsOf, countsTests, lastActivity, taskProgress } from './queries'
import { openGuards } from './findings'

/** One agent at a glance: what it last pushed, works on, and whether that passed. */
export interface AgentHealth {
  role: string
  index: number | null
  branch: string
  /** The last commit sync-status read from the branch. */
  lastCommit: string | null
  lastCommitAt: string | null
  /** The task it works on (latest in progress), else the one it finished last. */
  currentTask: { id: string; state: string } | null
  /** Checks recorded on the last commit: null when none ran on it. */
  checks: { passed: number; failed: number; tests: number; failedTests: number } | null
  /** The role guard on the last commit (its `guard` check), null when it did not run there. */
  guard: 'ok' | 'violation' | null
  pr: { number: number; action: string; url: string } | null
  lastActivity: string | null
  /** Its own budget (usage.budgets.agent), when its usage crossed it: both in millionths of a US dollar. */
  budget: { budgetMicroUsd: number; spentMicroUsd: number } | null
}

export function agentHealth(feature: FeatureProjection): AgentHealth[] {
  const tasks = taskProgress(feature).tasks
  return agentsOf(feature).map((a) => {
    const names = agentAliases(a)
    const synced = feature.synced[a.branch]
    const head = synced?.sha ?? null
    const mine = tasks.filter((t) => t.agent !== undefined && names.includes(t.agent) && t.time)
    const latest = (state: string) => mine.filter((t) => t.state === state).sort((x, y) => (x.time! < y.time! ? 1 : -1))[0]
    const task = latest('in-progress') ?? latest('done')
    const onHead = Object.values(feature.tests).filter((t) => t.branch === a.branch && head !== null && t.commit === head)
    const checks = onHead.filter((t) => !countsTests(t) && t.suite !== 'guard')
    const junit = onHead.filter(countsTests)
    const guard = onHead.find((t) => t.suite === 'guard')
    const pr = Object.values(feature.prs)
      .filter((p) => p.head === a.branch)
      .sort((x, y) => (x.stamp < y.stamp ? 1 : -1))[0]
    return {
      role: a.role,
      index: a.index ?? null,
      branch: a.branch,
      lastCommit: head,
      lastCommitAt: synced?.time ?? null,
      currentTask: task ? { id: task.id, state: task.merged ? 'merged' : task.state } : null,
      checks: onHead.length
        ? {
            passed: checks.filter((t) => t.failed === 0).length,
            failed: checks.filter((t) => t.failed > 0).length,
            tests: junit.reduce((n, t) => n + t.passed + t.failed + t.skipped, 0),
            failedTests: junit.reduce((n, t) => n + t.failed, 0),
          }
        : null,
      // An open guard-violation event of the branch counts, whatever commit its check ran on.
      guard: openGuards(feature, a.branch).length ? 'violation' : guard ? (guard.failed > 0 ? 'violation' : 'ok') : null,
      pr: pr ? { number: pr.number, action: pr.action === 'opened' || pr.action === 'updated' ? 'open' : pr.action, url: pr.url } : null,
      lastActivity: lastActivity(feature, names),
      budget: budgetOf(feature, a.branch),
    }
  })
}

/** The agent's own budget crossed (the highest recorded), or null. */
function budgetOf(feature: FeatureProjection, branch: string): AgentHealth['budget'] {
  const crossed = feature.budgets?.[JSON.stringify(['agent', branch])]
  return crossed ? { budgetMicroUsd: crossed.budgetMicroUsd, spentMicroUsd: crossed.spentMicroUsd } : null
}

/** The newest scan of `scanner` over the features (all, or one). */
export function lastScan(projection: Projection, scanner = 'conflicts', feature?: string): ScanState | null {
  let best: ScanState | null = null
  for (const [spec, f] of Object.entries(projection.features)) {
    if (feature !== undefined && spec !== feature) continue
    const s = f.scans?.[scanner]
    if (s && (!best || s.stamp > best.stamp)) best = s
  }
  return best
}

export function checksText(c: AgentHealth['checks']): string {
  if (!c) return 'not run on it'
  const parts = [`${c.passed} passed`, ...(c.failed ? [`${c.failed} failed`] : [])]
  const tests = c.tests ? `; ${c.tests} tests${c.failedTests ? `, ${c.failedTests} failing` : ''}` : ''
  return `${c.failed || c.failedTests ? '❌' : '✅'} checks ${parts.join(', ')}${tests}`
}
