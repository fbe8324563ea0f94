import { EVENT_SCHEMA, type OrchestratorEvent, type RegisteredTask } from '../state/events'
import type { ImportTable } from './import-read'
import { RowProblem, type RowReader } from './import-row-reader'

// One function per table of the original system's store: a row becomes the events that
// record the same facts (column names: ours first, then the variants a hand-made store uses).

export const FEATURE_COL = ['feature', 'feature_id', 'spec', 'spec_id']
const TASK_ID = ['task_id', 'task', 'id']
const COMMIT = ['commit_sha', 'commit', 'sha']

/** The identity of a row within its table (two rows with one identity are duplicates), or null where a table is history. */
export const ROW_IDENTITY: Record<ImportTable, readonly (readonly string[])[] | null> = {
  features: [['spec', 'spec_id', 'feature', 'id']],
  tasks: [FEATURE_COL, TASK_ID],
  agents: [FEATURE_COL, ['branch', 'agent']],
  task_events: [['key']],
  pull_requests: [FEATURE_COL, ['number', 'pr_number', 'id']],
  // A pair may conflict again at other commits: each detection is its own row.
  conflicts: [FEATURE_COL, ['left_branch', 'left'], ['right_branch', 'right'], ['left_sha'], ['right_sha']],
  test_results: [['key']],
  blockers: [FEATURE_COL, ['id', 'blocker_id']],
}

export interface RowContext {
  /** Registered tasks of each feature, from the tasks table (for feature-registered). */
  tasksOf: (feature: string) => RegisteredTask[] | undefined
}

type Mapper = (r: RowReader, feature: string, ctx: RowContext) => OrchestratorEvent[]

const features: Mapper = (r, spec, ctx) => {
  const name = r.text(['name', 'title'])
  // A feature with events but never registered (our export writes no name for it) has nothing to register.
  if (name === undefined) return []
  const data = {
    spec,
    name,
    baseBranch: r.text(['base_branch']),
    tasksFile: r.text(['tasks_file']),
    tasks: ctx.tasksOf(spec),
  }
  const columns = {
    feature: r.cell(['spec', 'spec_id', 'feature', 'id']).column,
    spec: 'spec',
    name: r.cell(['name', 'title']).column,
    baseBranch: 'base_branch',
    tasksFile: 'tasks_file',
    tasks: 'tasks',
  }
  return [r.event('feature-registered', spec, data, r.time(['registered_at', 'created_at']), columns)]
}

const tasks: Mapper = (r, feature) => {
  const taskId = r.text(TASK_ID, true)
  const out: OrchestratorEvent[] = []
  const state = r.text(['state', 'status'])
  if (state !== undefined && state !== 'open') {
    const commit = r.text(COMMIT)
    if (commit === undefined)
      throw new RowProblem(r.cell(COMMIT).column, null, `is required for a task that is ${state}: the commit that changed it`)
    const data = { taskId, state: state as 'done', commit, agent: r.text(['agent', 'branch'], true) }
    const columns = {
      taskId: r.cell(TASK_ID).column,
      state: r.cell(['state', 'status']).column,
      commit: r.cell(COMMIT).column,
      agent: 'agent',
    }
    out.push(r.event('task-updated', feature, data, r.time(['updated_at', 'time']), columns))
  }
  const owner = r.text(['owner'])
  if (owner !== undefined)
    out.push(
      r.event('task-assigned', feature, { taskId, agent: owner, wave: r.int(['wave'], { min: 1 }) }, r.time(['updated_at', 'time']), {
        agent: 'owner',
        wave: 'wave',
      }),
    )
  return out
}

const agents: Mapper = (r, feature) => {
  const branch = r.text(['branch', 'agent'], true)
  const role = r.text(['role']) ?? (/(^|\/)overseer$/.test(branch) ? 'overseer' : /impl-\d+$/.test(branch) ? 'implementor' : undefined)
  if (role === undefined) throw new RowProblem('role', null, 'is required when the branch does not end in /overseer or impl-N')
  const index =
    r.int(['agent_index', 'index'], { min: 1 }) ??
    (role === 'implementor' ? Number(/impl-(\d+)$/.exec(branch)?.[1]) || undefined : undefined)
  const data = { role: role as 'overseer', branch, index }
  return [
    r.event('agent-assigned', feature, data, r.time(['assigned_at', 'created_at']), {
      role: 'role',
      branch: r.cell(['branch', 'agent']).column,
      index: 'agent_index',
    }),
  ]
}

/** A task_events row: a whole event when it carries `data` (our export), else a task update described by its columns. */
const taskEvents: Mapper = (r, feature) => {
  const time = r.time(['time', 'timestamp', 'created_at', 'at'], { required: true })
  const kind = r.text(['kind', 'event_type', 'type'])
  const payload = r.json(['data'])
  if (payload !== undefined) return [wholeEvent(r, feature, kind, payload, time)]
  if (kind !== undefined && kind !== 'task-updated')
    throw new RowProblem('data', null, `is required for a ${kind} event (only task-updated rows can be told by their columns)`)
  const columns = {
    taskId: 'task_id',
    state: r.cell(['task_state', 'state', 'status']).column,
    commit: r.cell(COMMIT).column,
    agent: r.cell(['agent', 'branch']).column,
    message: 'message',
  }
  const data = {
    taskId: r.text(['task_id'], true),
    state: r.text(['task_state', 'state', 'status'], true) as 'done',
    commit: r.text(COMMIT, true),
    agent: r.text(['agent', 'branch'], true),
    message: r.text(['message', 'summary']),
  }
  return [r.event('task-updated', feature, data, time, columns)]
}

function wholeEvent(r: RowReader, feature: string, kind: string | undefined, payload: unknown, time: string): OrchestratorEvent {
  if (kind === undefined) throw new RowProblem('kind', null, 'is required with data (the event kind, e.g. task-updated)')
  const schema = r.int(['schema_version']) ?? EVENT_SCHEMA
  const key = r.text(['key'])
  const raw = { schema, kind, key, time, feature, actor: r.actor(), data: payload }
  return r.validated(raw, key === undefined)
}

const pullRequests: Mapper = (r, feature) => {
  const stateCol = r.cell(['state', 'action', 'status']).column
  const given = r.text(['state', 'action', 'status'], true).toLowerCase()
  const action = given === 'open' ? 'opened' : given
  const base = {
    number: r.int(['number', 'pr_number', 'id'], { required: true, min: 1 })!,
    url: r.text(['url', 'html_url'], true),
    head: r.text(['head', 'head_branch'], true),
    base: r.text(['base', 'base_branch'], true),
    title: r.text(['title']),
  }
  const columns = {
    action: stateCol,
    number: r.cell(['number', 'pr_number', 'id']).column,
    url: 'url',
    head: 'head',
    base: 'base',
    title: 'title',
  }
  const opened = r.optionalTime(['created_at', 'opened_at'])
  const at =
    r.optionalTime([action === 'merged' ? 'merged_at' : action === 'closed' ? 'closed_at' : 'updated_at']) ?? r.time(['updated_at'])
  const out = [r.event('pr-updated', feature, { ...base, action: action as 'merged' }, at, columns)]
  // A store that kept when the PR was opened gives its opening too (time to merge needs it).
  if (opened !== undefined && action !== 'opened')
    out.unshift(r.event('pr-updated', feature, { ...base, action: 'opened' }, opened, columns))
  return out
}

const conflicts: Mapper = (r, feature) => {
  const left = r.text(['left_branch', 'left'], true)
  const right = r.text(['right_branch', 'right'], true)
  const files = r.json(['files']) ?? []
  const kind = r.text(['kind'])
  const detectedAt = r.time(['detected_at', 'time'])
  const data = {
    left,
    right,
    leftSha: r.text(['left_sha'], true),
    rightSha: r.text(['right_sha'], true),
    files: files as [],
    kind: kind === 'text' ? undefined : (kind as 'build'),
    check: r.text(['check_name', 'check']),
  }
  const columns = {
    left: 'left_branch',
    right: 'right_branch',
    leftSha: 'left_sha',
    rightSha: 'right_sha',
    files: 'files',
    kind: 'kind',
    check: 'check_name',
  }
  const out = [r.event('conflict-detected', feature, data, detectedAt, columns)]
  const status = r.text(['status']) ?? 'open'
  if (status !== 'open' && status !== 'resolved') throw new RowProblem('status', status, 'must be "open" or "resolved"')
  if (status === 'resolved') {
    const resolvedAt = r.time(['resolved_at'], { fallback: r.time(['last_seen_at'], { fallback: detectedAt }) })
    const lifetime = r.int(['lifetime_seconds']) ?? Math.max(0, Math.floor((Date.parse(resolvedAt) - Date.parse(detectedAt)) / 1000))
    out.push(
      r.event('conflict-resolved', feature, { left, right, detectedAt, lifetimeSeconds: lifetime }, resolvedAt, {
        lifetimeSeconds: 'lifetime_seconds',
        detectedAt: 'detected_at',
      }),
    )
  }
  return out
}

const testResults: Mapper = (r, feature) => {
  const data = {
    role: r.text(['role']) ?? 'implementor',
    branch: r.text(['branch', 'agent']),
    suite: r.text(['suite', 'name'], true),
    passed: r.int(['passed'], { required: true })!,
    failed: r.int(['failed'], { required: true })!,
    skipped: r.int(['skipped']) ?? 0,
    durationMs: r.int(['duration_ms']) ?? 0,
    commit: r.text(COMMIT, true),
    runUrl: r.text(['run_url']),
  }
  const columns = {
    role: 'role',
    branch: 'branch',
    suite: 'suite',
    commit: r.cell(COMMIT).column,
    runUrl: 'run_url',
    durationMs: 'duration_ms',
  }
  return [r.event('test-result', feature, data, r.time(['time', 'run_at', 'created_at']), columns)]
}

const blockers: Mapper = (r, feature) => {
  const id = r.text(['id', 'blocker_id'], true)
  const raisedAt = r.time(['raised_at', 'created_at'])
  const clearedAt = r.optionalTime(['cleared_at'])
  const status = r.text(['status']) ?? (clearedAt ? 'cleared' : 'open')
  if (status !== 'open' && status !== 'cleared') throw new RowProblem('status', status, 'must be "open" or "cleared"')
  const out = [
    r.event('blocker-raised', feature, { id, agent: r.text(['agent', 'branch']), reason: r.text(['reason'], true) }, raisedAt, {
      id: 'id',
      agent: 'agent',
      reason: 'reason',
    }),
  ]
  if (status === 'cleared')
    out.push(r.event('blocker-cleared', feature, { id, note: r.text(['note']) }, clearedAt ?? raisedAt, { note: 'note' }))
  return out
}

export const MAPPERS: Record<ImportTable, Mapper> = {
  features,
  tasks,
  agents,
  task_events: taskEvents,
  pull_requests: pullRequests,
  conflicts,
  test_results: testResults,
  blockers,
}
