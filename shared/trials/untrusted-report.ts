import { checkFile, checkMessage } from '../conflicts/check-conflict-data'
import type { AgentBranch, ConflictReport, Divergence, PairResult } from '../conflicts/types'
import { InputError, messageOf } from '../errors'
import { branchNameProblem } from '../naming/validate'
import { quote } from '../text/quote'
import { checkFailure } from './trial-cache'
import { TRIAL_COUNTS, type TrialCount } from '../conflicts/trial-summaries'
import type { PairTrial, TrialSummary } from './types'

const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const STATUSES = new Set(['clean', 'conflicted', 'unrelated', 'error'])
const VERDICTS = new Set(['passed', 'build-conflict', 'test-conflict', 'untested', 'flaky', 'skipped', 'error'])
const SETUPS = new Set(['none', 'ran', 'reused-left', 'reused-right'])

class Bad extends Error {}

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Bad(`${where} is not an object`)
  return v as Record<string, unknown>
}
function list(v: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(v) || v.length > max) throw new Bad(`${where} is not a list of at most ${max}`)
  return v
}
function str(v: unknown, where: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new Bad(`${where} is not text of at most ${max} characters`)
  return v
}
function oid(v: unknown, where: string): string {
  if (typeof v !== 'string' || !OID.test(v)) throw new Bad(`${where} is not a commit id`)
  return v
}
function int(v: unknown, where: string): number {
  if (!Number.isSafeInteger(v) || (v as number) < 0) throw new Bad(`${where} is not a whole number`)
  return v as number
}
function optional<T>(v: unknown, check: (v: unknown) => T): T | undefined {
  return v === undefined ? undefined : check(v)
}

function branch(v: unknown, i: number): AgentBranch {
  const b = obj(v, `branches[${i}]`)
  const name = str(b.name, `branches[${i}].name`, 255)
  const problem = branchNameProblem(name)
  if (problem) throw new Bad(`branches[${i}].name ${quote(name)}: ${problem}`)
  if (b.role !== 'overseer' && b.role !== 'implementor') throw new Bad(`branches[${i}].role is not overseer or implementor`)
  return {
    name,
    sha: oid(b.sha, `branches[${i}].sha`),
    spec: str(b.spec, `branches[${i}].spec`, 200),
    role: b.role,
    ...(b.index !== undefined ? { index: int(b.index, `branches[${i}].index`) } : {}),
  }
}

function trial(v: unknown, where: string, pair: { left: string; right: string }): PairTrial {
  const t = obj(v, where)
  const verdict = str(t.verdict, `${where}.verdict`, 40)
  if (!VERDICTS.has(verdict)) throw new Bad(`${where}.verdict ${quote(verdict)} is not a trial verdict`)
  const setup = optional(t.setup, (s) => str(s, `${where}.setup`, 20))
  if (setup !== undefined && !SETUPS.has(setup)) throw new Bad(`${where}.setup is not a setup outcome`)
  const brokenSides = optional(t.brokenSides, (s) =>
    list(s, `${where}.brokenSides`, 2).map((x, i) => {
      const b = obj(x, `${where}.brokenSides[${i}]`)
      const side = b.side
      if (side !== 'left' && side !== 'right') throw new Bad(`${where}.brokenSides[${i}].side is not left or right`)
      return {
        side: side as 'left' | 'right',
        branch: pair[side as 'left' | 'right'],
        failure: checkFailure(b.failure, `${where}.brokenSides[${i}].failure`),
      }
    }),
  )
  if ((verdict === 'build-conflict' || verdict === 'test-conflict') && t.failure === undefined) throw new Bad(`${where} has no failure`)
  return {
    verdict: verdict as PairTrial['verdict'],
    ...(t.failure !== undefined ? { failure: checkFailure(t.failure, `${where}.failure`) } : {}),
    ...(brokenSides ? { brokenSides } : {}),
    ...(t.reason !== undefined ? { reason: str(t.reason, `${where}.reason`, 4000) } : {}),
    ...(t.cached === true ? { cached: true } : {}),
    ...(t.durationMs !== undefined ? { durationMs: int(t.durationMs, `${where}.durationMs`) } : {}),
    ...(setup ? { setup: setup as PairTrial['setup'] } : {}),
  }
}

function pair(v: unknown, i: number, names: ReadonlySet<string>): PairResult {
  const where = `pairs[${i}]`
  const p = obj(v, where)
  const left = str(p.left, `${where}.left`, 255)
  const right = str(p.right, `${where}.right`, 255)
  if (!names.has(left) || !names.has(right)) throw new Bad(`${where} names a branch that is not in the report's branches`)
  const status = str(p.status, `${where}.status`, 20)
  if (!STATUSES.has(status)) throw new Bad(`${where}.status ${quote(status)} is not a verdict`)
  const mergeBase = p.mergeBase === undefined || p.mergeBase === null ? p.mergeBase : oid(p.mergeBase, `${where}.mergeBase`)
  const files = list(p.files, `${where}.files`, 10_000).map((f, j) => checkFile(f, `${where}.files[${j}]`))
  const messages = optional(p.messages, (m) => list(m, `${where}.messages`, 1000).map((x, j) => checkMessage(x, `${where}.messages[${j}]`)))
  if (p.trial !== undefined && status !== 'clean') throw new Bad(`${where} has a trial but does not merge cleanly`)
  return {
    left,
    right,
    leftSha: oid(p.leftSha, `${where}.leftSha`),
    rightSha: oid(p.rightSha, `${where}.rightSha`),
    status: status as PairResult['status'],
    ...(p.error !== undefined ? { error: str(p.error, `${where}.error`, 4000) } : {}),
    ...(mergeBase !== undefined ? { mergeBase: mergeBase as string | null } : {}),
    files,
    ...(messages?.length ? { messages } : {}),
    ...(p.trial !== undefined ? { trial: trial(p.trial, `${where}.trial`, { left, right }) } : {}),
  }
}

function divergence(v: unknown, i: number): Divergence {
  const d = obj(v, `divergence[${i}]`)
  const count = (x: unknown, w: string) => (x === null ? null : int(x, w))
  return {
    branch: str(d.branch, `divergence[${i}].branch`, 255),
    against: str(d.against, `divergence[${i}].against`, 255),
    ahead: count(d.ahead, `divergence[${i}].ahead`),
    behind: count(d.behind, `divergence[${i}].behind`),
    ...(d.error !== undefined ? { error: str(d.error, `divergence[${i}].error`, 4000) } : {}),
  }
}

function time(v: unknown): string {
  const text = str(v, 'scannedAt', 40)
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z$/.test(text) || Number.isNaN(Date.parse(text)))
    throw new Bad(`scannedAt ${quote(text)} is not a UTC time such as 2026-01-31T12:00:00.000Z`)
  return text
}

function fingerprint(v: unknown): string {
  if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) throw new Bad('trials.fingerprint is not a sha-256 in hex')
  return v
}

function trialSummary(v: unknown): TrialSummary {
  const t = obj(v, 'trials')
  if (t.mode !== 'build' && t.mode !== 'test') throw new Bad('trials.mode is not build or test')
  if (t.scope !== 'overseer' && t.scope !== 'all') throw new Bad('trials.scope is not overseer or all')
  const commands = list(t.commands, 'trials.commands', 100).map((c, i) => {
    const o = obj(c, `trials.commands[${i}]`)
    const kind = o.kind
    if (kind !== 'build' && kind !== 'test') throw new Bad(`trials.commands[${i}].kind is not build or test`)
    return {
      kind: kind as 'build' | 'test',
      name: str(o.name, `trials.commands[${i}].name`, 64),
      command: str(o.command, `trials.commands[${i}].command`, 4000),
    }
  })
  const counts = Object.fromEntries(TRIAL_COUNTS.map((k) => [k, int(t[k], `trials.${k}`)])) as Record<TrialCount, number>
  return {
    mode: t.mode,
    scope: t.scope,
    commands,
    ...(t.setup !== undefined ? { setup: str(t.setup, 'trials.setup', 4000) } : {}),
    ...counts,
    ...(t.fingerprint !== undefined ? { fingerprint: fingerprint(t.fingerprint) } : {}),
  }
}

/**
 * A conflict report read from a file another job wrote (a shard, or a trial
 * job that ran implementor code): every field the recording step uses is
 * checked and rebuilt from scratch, so nothing unexpected rides along; text is
 * neutralised where it is shown, never here. Throws InputError naming the file
 * and the first bad field.
 */
export function checkUntrustedReport(data: unknown, file: string): ConflictReport {
  try {
    const r = obj(data, 'the report')
    if (r.version !== 2) throw new Bad(`version ${quote(String(r.version))} is not 2`)
    if (r.scope !== 'feature' && r.scope !== 'all') throw new Bad('scope is not feature or all')
    const branches = list(r.branches, 'branches', 2_000).map(branch)
    const names = new Set(branches.map((b) => b.name))
    const shard = optional(r.shard, (s) => {
      const o = obj(s, 'shard')
      return { index: int(o.index, 'shard.index'), count: int(o.count, 'shard.count') }
    })
    return {
      version: 2,
      scannedAt: time(r.scannedAt),
      scope: r.scope,
      ...(shard ? { shard } : {}),
      branches,
      pairs: list(r.pairs, 'pairs', 50_000).map((p, i) => pair(p, i, names)),
      divergence: list(r.divergence, 'divergence', 4_000).map(divergence),
      summary: { pairs: 0, clean: 0, conflicted: 0, unrelated: 0, errors: 0 },
      ...(r.trials !== undefined ? { trials: trialSummary(r.trials) } : {}),
    }
  } catch (error) {
    throw new InputError(`conflict report ${quote(file)} is not a valid report: ${messageOf(error)}`)
  }
}
