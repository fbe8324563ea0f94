import { lastLines } from './clip-lines'
import { RepoDeps } from '../repo-deps'
import { basename } from 'node:path'
import { NamedCommand } from '../config/commands'
import { RunContext } from '../context'
import { CONFLICT_CHECK_SUITE, planPairs, scanPairs } from '../conflicts'
import { InputError, messageOf } from '../errors'
import { fetchBranches, privateRef, remoteDefaultBranch } from '../git/remote'
import { readJUnitReports } from '../junit'
import { formatBranch } from '../naming/branch-pattern'
import { quote } from '../text/quote'
import { checkedOutBranch, fetchAgentBranches } from '../agent-branches'
import { makeEvent, OrchestratorEvent, type EventDataByKind } from '../state/events'
import type { FeatureProjection } from '../state/projection'
import { guardEvents, type FoundViolation } from './guard-state'
import { driftEvents } from './drift-state'
import { runChecks } from './checks'
import { chooseCommands } from './choose-commands'
import { checkGuard } from './guard'
import { headCommit } from './head-commit'
import { RoleCiOutcome, roleCiOutcome, RoleCiReport } from './outcome'
import { resolveRole } from './resolve-role'
import { implementorScope } from './scope-check'
import { BuiltinCheck, CheckItem, GuardResult, ResolvedRole } from './types'
import { pushOf } from './push-event'
import { refuseBranchCodeWithPen, type JobFacts } from './ring-rule'

export interface RoleCiOptions {
  role?: string
  branch?: string
  /** The feature when the branch does not tell (the CLI's role file). */
  spec?: string
  commands?: NamedCommand[]
  junit: string[]
  guardOnly: boolean
  failFast: boolean
  conflictCheck: boolean
  record: boolean
  timeoutMinutes?: number
  /** The configuration file's path: an implementor may not change it. */
  configPath?: string
  /** The job the run is in: check commands are refused where branch code could reach a token or the recording. */
  job?: JobFacts
}

export interface RoleCiRun {
  report: RoleCiReport
  outcome: RoleCiOutcome
  commit: string
  stateCommit: string | null
}

export type RoleCiDeps = RepoDeps

/**
 * The role guard first, then the role's checks (with, for an implementor,
 * the conflict check against its overseer and siblings), then JUnit reports;
 * results are recorded as test-result events.
 */
export async function runRoleCi(options: RoleCiOptions, deps: RoleCiDeps): Promise<RoleCiRun> {
  const { git, remote, config, store, ctx } = deps
  const gh = ctx.github
  const resolved = resolveRole({
    naming: config.branches,
    role: options.role,
    branch: options.branch,
    spec: options.spec,
    eventName: gh.eventName,
    event: gh.event,
    ref: gh.ref,
    headRef: gh.headRef,
    baseRef: gh.baseRef,
    checkedOut: gh.ref?.startsWith('refs/heads/') ? undefined : await checkedOutBranch(git),
  })
  const push = pushOf(gh.eventName, gh.event, gh.sha)
  if (push?.deleted) {
    const run = deletedBranchRun(resolved)
    for (const note of run.report.notes ?? []) ctx.logger.notice(note)
    return run
  }
  const head = await headCommit(git, remote, resolved, Boolean(options.branch?.trim()), push)
  const commit = head.commit
  for (const note of [resolved.note, head.note]) if (note) ctx.logger.notice(note)
  let overseerRef: string | undefined
  if (resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead) {
    const overseer = formatBranch(config.branches, resolved.spec, 'overseer')
    // Without the overseer branch the guard cannot tell what the implementor changed: stop, and say
    // why git could not fetch it (missing branch, or no access to the remote).
    const unfetched = (why: string): InputError =>
      new InputError(
        `the role guard compares implementor branch ${quote(resolved.branch)} with its overseer branch ${quote(overseer)}, which could not be fetched from ${quote(remote)}: ${why}; push the overseer branch (orchestrator init-feature creates it) and run again`,
      )
    const fetched = await fetchBranches(git, remote, [overseer]).catch((error: unknown) => {
      throw unfetched(messageOf(error))
    })
    if (!fetched.has(overseer)) throw unfetched('it is not on the remote')
    overseerRef = privateRef(overseer)
  }
  const integrationBranch = config.branches.integration ?? (await remoteDefaultBranch(git, remote).catch(() => null)) ?? 'main'
  ctx.progress?.(`Role guard for ${resolved.role} ${resolved.branch} (rules from ${config.source})...`)
  const guard: GuardResult = await checkGuard({
    git,
    role: resolved.role,
    branch: resolved.branch,
    spec: resolved.spec,
    index: resolved.index,
    naming: config.branches,
    overseerRef,
    headRef: commit,
    protectedPaths: config.protectedPaths,
    configPath: options.configPath,
    pullRequest: resolved.pullRequest,
    integrationBranch,
    nonAgentHead: resolved.nonAgentHead,
    nonAgentIntoOverseer: config.pullRequests.nonAgentIntoOverseer,
  })
  for (const note of guard.notes ?? []) ctx.logger.notice(note)
  for (const v of guard.violations) ctx.logger.error(v.detail, { title: 'Role guard', ...(v.path ? { file: v.path } : {}) })
  // Scope drift: what the implementor changed outside the paths of its tasks (tasks.md from the overseer branch).
  const { scope, projection } =
    resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead && overseerRef && guard.diffBase
      ? await implementorScope(deps, { ...resolved, spec: resolved.spec }, overseerRef, guard.diffBase, commit, guard.changed)
      : {}
  const chosen = options.guardOnly
    ? { commands: [], source: 'none' as const, note: 'guard-only: no checks run' }
    : chooseCommands({ cwd: ctx.cwd, role: resolved.role, inputCommands: options.commands, config })
  ctx.logger.info(chosen.note)
  if (options.job)
    await refuseBranchCodeWithPen(
      git,
      options.job,
      chosen.commands.map((c) => c.name),
    )
  const items: CheckItem[] = [...chosen.commands]
  if (!options.guardOnly && options.conflictCheck && resolved.role === 'implementor' && resolved.spec && !resolved.nonAgentHead)
    items.push(conflictCheck(resolved.branch, resolved.spec, commit, deps))
  const checks = await runChecks(items, {
    cwd: ctx.cwd,
    logger: ctx.logger,
    failFast: options.failFast,
    timeoutMs: options.timeoutMinutes ? options.timeoutMinutes * 60_000 : undefined,
  })
  const junit = options.junit.length ? await readJUnitReports(options.junit, ctx.cwd, ctx.logger, ctx.tempDir) : []
  const report: RoleCiReport = {
    role: resolved.role,
    branch: resolved.branch,
    pullRequest: resolved.pullRequest,
    guard,
    ...(scope ? { scope } : {}),
    checks,
    junit,
    commandsNote: chosen.note,
    notes: [resolved.note, head.note].filter((n): n is string => Boolean(n)),
  }
  const outcome = roleCiOutcome(report)
  let stateCommit: string | null = null
  // A person's branch is no agent of the feature: its results belong to no agent's row.
  if (options.record && resolved.spec && !resolved.nonAgentHead) {
    // Guard violations are state: recorded while new, cleared when a later run of the branch no longer has them.
    const known = (projection ?? (await store.read()).projection).features[resolved.spec]
    // The latest result per (branch, commit, suite) wins: one that goes back to an outcome seen before is a new occurrence.
    const events = testEvents(report, resolved.spec, commit, ctx).map((e) => asLatestResult(e, known))
    const stamp = { actor: ctx.actor, time: ctx.now() }
    events.push(...guardEvents(known, resolved.spec, resolved.branch, foundViolations(guard), commit, stamp))
    // Drift is state too; with scope.mode off (or no scope) nothing drifts, so what was open is cleared.
    if (resolved.role === 'implementor') {
      const found = (scope?.drift ?? []).map((f) => ({ path: f.path, tasks: f.owners }))
      events.push(...driftEvents(known, resolved.spec, resolved.branch, found, commit, stamp))
    }
    if (events.length) {
      ctx.progress?.(`Recording ${events.length} test result(s) on ${store.branch}...`)
      const appended = await store.append(events)
      stateCommit = appended.pushed ? appended.commit : null
    }
  }
  return { report, outcome, commit, stateCommit }
}

/** A push that deleted the branch (`after` all zeros): there is no commit to judge, and nothing is recorded. */
function deletedBranchRun(resolved: ResolvedRole): RoleCiRun {
  const note = `branch ${quote(resolved.branch)} was deleted by this push (the event's after is all zeros): nothing to judge, no check run, nothing recorded`
  const guard: GuardResult = { ok: true, violations: [], changed: [] }
  const report: RoleCiReport = {
    role: resolved.role,
    branch: resolved.branch,
    guard,
    checks: [],
    junit: [],
    commandsNote: 'no checks: the branch was deleted',
    notes: [note],
  }
  return { report, outcome: roleCiOutcome(report), commit: '', stateCommit: null }
}

/** The implementor's conflict check: this branch (at the commit under test) against its overseer and sibling implementors. */
function conflictCheck(branch: string, spec: string, commit: string, deps: RoleCiDeps): BuiltinCheck {
  return {
    name: CONFLICT_CHECK_SUITE,
    run: async () => {
      const { git, remote, config, ctx } = deps
      const all = (await fetchAgentBranches(git, remote, config.branches)).filter((b) => b.spec === spec)
      const self = { name: branch, sha: commit, spec, role: 'implementor' as const, index: all.find((b) => b.name === branch)?.index }
      const branches = [...all.filter((b) => b.name !== branch), self]
      const pairs = planPairs(branches, { scope: 'feature' }).filter((p) => p.left === branch || p.right === branch)
      const results = await scanPairs(git, pairs, { logger: ctx.logger })
      // A pair that could not be evaluated (or has no common history) fails the check too: it proves nothing.
      const bad = results.filter((r) => r.status !== 'clean')
      const detail = bad.length
        ? bad
            .map(
              (r) =>
                `${r.left} <-> ${r.right}: ${r.status === 'conflicted' ? r.files.map((f) => f.path).join(', ') : `${r.status}: ${r.error}`}`,
            )
            .join('\n')
        : `no conflicts with ${pairs.length} branch(es) of ${spec}`
      return { passed: bad.length === 0, detail }
    },
  }
}

/**
 * A test result that differs from the latest recorded for its (role, branch, suite) at the same commit is recorded
 * as the next occurrence of its fact: otherwise a result equal to an earlier one (pass, fail, pass again) would have
 * the earlier event's key, be taken as already stored, and the failure in between would stay the latest. A result
 * equal to the latest keeps the latest's occurrence, so an unchanged re-run records nothing new.
 */
function asLatestResult(event: OrchestratorEvent, feature: FeatureProjection | undefined): OrchestratorEvent {
  if (event.kind !== 'test-result' || !feature) return event
  const d = event.data as EventDataByKind['test-result']
  const latest = feature.tests[JSON.stringify([d.role, d.branch ?? null, d.suite])]
  if (!latest || latest.commit !== d.commit) return event
  const latestOccurrence = (latest as { occurrence?: number }).occurrence
  const same = latest.passed === d.passed && latest.failed === d.failed && latest.skipped === d.skipped && latest.runUrl === d.runUrl
  const occurrence = same ? latestOccurrence : (latestOccurrence ?? 1) + 1
  if (occurrence === undefined) return event
  return makeEvent('test-result', event.feature, { ...d, occurrence }, { actor: event.actor, time: event.time })
}

function foundViolations(guard: GuardResult): FoundViolation[] {
  return guard.violations.map((v) => ({
    kind: v.kind,
    subject: v.path ?? v.target ?? v.detail,
    detail: v.detail,
  }))
}

function testEvents(report: RoleCiReport, spec: string, commit: string, ctx: RunContext): OrchestratorEvent[] {
  const base = { role: report.role, branch: report.branch, commit, ...(ctx.github.runUrl ? { runUrl: ctx.github.runUrl } : {}) }
  const time = ctx.now()
  // The guard's verdict on this commit, so the health row can show it.
  const guard = report.guard.ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  const events: OrchestratorEvent[] = [
    makeEvent(
      'test-result',
      spec,
      { ...base, suite: 'guard', ...guard, skipped: 0, durationMs: 0, unit: 'check' },
      { actor: ctx.actor, time },
    ),
  ]
  events.push(
    ...report.checks.map((c) =>
      makeEvent(
        'test-result',
        spec,
        {
          ...base,
          suite: c.name,
          passed: c.passed ? 1 : 0,
          failed: !c.passed && !c.skipped ? 1 : 0,
          skipped: c.skipped ? 1 : 0,
          durationMs: Math.round(c.durationMs),
          unit: 'check',
          // What the owner's agent reads in its brief: the end of the output, bounded and already neutralised.
          ...(!c.passed && !c.skipped && c.outputTail ? { tail: lastLines(c.outputTail, 15, 200) } : {}),
        },
        { actor: ctx.actor, time },
      ),
    ),
  )
  for (const j of report.junit) {
    events.push(
      makeEvent(
        'test-result',
        spec,
        {
          ...base,
          suite: `junit:${basename(j.file)}`.slice(0, 200),
          passed: j.passed,
          failed: j.failed,
          skipped: j.skipped,
          durationMs: Math.round(j.durationMs),
          unit: 'tests',
        },
        { actor: ctx.actor, time },
      ),
    )
  }
  return events
}
