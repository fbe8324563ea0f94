import { RunContext } from '../context'
import { describeRecorded, describeVerify, parseConflictFiles, renderRecent } from '../events'
import { validateSpecId } from '../naming/validate'
import { OptionSpec, OptionValues } from '../options/options'
import { AppendResult } from '../state/log'
import {
  addFeature,
  clearBlocker,
  featureStatus,
  formatStatus,
  logConflict,
  logEvent,
  raiseBlocker,
  recentEvents,
  resolveConflict,
} from '../views'
import { logTaskEvent } from '../sync-status/log-task'
import { type EventOf, type OrchestratorEvent, conflictId } from '../state/events'
import { CommandDefinition, CommandOutcome } from './command'
import { exportCommand, sqlCommand } from './events-export'
import { importCommand } from './events-import'
import type { Workspace } from '../workspace/workspace'
import { openCommandWorkspace } from './open-workspace'
import { featureOrIdentity } from './identity'
import { checkAuthority, commandCaller, implementorMayLog, isCaller, type Caller } from './caller'
import { commitForBranch } from '../detect-conflicts/manual-conflict'
import { COMMON_OPTIONS } from '../workspace/common-options'
import { InputError } from '../errors'
import { logUsage, usageSettings } from './log-usage'

type TaskEvent = EventOf<'task-updated'>

// `orchestrator events <sub>`: the event store from the command line. State
// options are shared; there is no token (no GitHub call).
const STATE_OPTIONS: readonly OptionSpec[] = COMMON_OPTIONS
const FEATURE: OptionSpec = {
  name: 'feature',
  type: 'string',
  description:
    'The spec id of the feature, e.g. 004-user-auth (default: the feature of the checked-out agent branch, else of the local role file).',
}

function recorded(r: AppendResult, what: string): CommandOutcome {
  return { exitCode: 0, outputs: {}, ...describeRecorded(r, what) }
}

/** --feature, else the feature of this checkout (agent branch, then the local role file). */
async function feature(values: OptionValues, ctx: RunContext, ws: Workspace): Promise<string> {
  return featureOrIdentity(values, 'feature', ctx, ws)
}

/** --agent, else this checkout's agent branch (as sync-status names agents), else `fallback`. */
function agentOf(values: OptionValues, caller: Caller, fallback?: string): string | undefined {
  return values.string('agent') ?? caller.identity.branch ?? fallback
}

/** A payload's own `agent` field (blocker-raised, task-updated), when there is one, must be the caller too. */
function dataAgentIsCaller(event: OrchestratorEvent, caller: Caller): boolean {
  const agent = (event.data as { agent?: unknown }).agent
  return agent === undefined || (typeof agent === 'string' && isCaller(caller, agent))
}

function define(
  sub: string,
  summary: string,
  options: OptionSpec[],
  run: (values: OptionValues, ctx: RunContext) => Promise<CommandOutcome>,
): CommandDefinition {
  return { name: `events ${sub}`, summary, options: [...options, ...STATE_OPTIONS], outputs: [], run }
}

async function store(values: OptionValues, ctx: RunContext) {
  return (await openCommandWorkspace(values, ctx)).store
}

export const EVENTS_COMMANDS: readonly CommandDefinition[] = [
  define(
    'add-feature',
    'Register a feature (spec id and human name).',
    [
      { name: 'spec-id', type: 'string', required: true, positional: 0, description: 'The spec id, e.g. 004-user-auth.' },
      { name: 'name', type: 'string', required: true, positional: 1, description: 'Human title of the feature.' },
    ],
    async (v, ctx) => {
      const spec = validateSpecId(v.requireString('spec-id'))
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      checkAuthority('events add-feature', caller)
      return recorded(
        await addFeature(ws.store, { spec, name: v.requireString('name'), actor: caller.actor, time: ctx.now() }),
        `feature ${spec}`,
      )
    },
  ),
  define(
    'log',
    'Record an event of any kind; --data is the JSON payload of that kind.',
    [
      { name: 'kind', type: 'string', required: true, positional: 0, description: 'Event kind, e.g. blocker-raised.' },
      FEATURE,
      { name: 'agent', type: 'string', description: "Who records it (default: this checkout's agent branch, else your git identity)." },
      { name: 'data', type: 'string', default: '{}', description: 'The kind-specific payload as JSON.' },
    ],
    async (v, ctx) => {
      const kind = v.requireString('kind')
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      const agent = agentOf(v, caller, caller.actor)!
      const input = {
        kind,
        feature: await feature(v, ctx, ws),
        agent,
        data: v.requireString('data'),
        time: ctx.now(),
      }
      // Checked on the validated event (an unknown kind or bad payload is said first), before anything is appended.
      // A task update is checked against the feature's tasks and re-renders its tasks.md, as sync-status does.
      const check = (e: OrchestratorEvent) => {
        checkAuthority('events log', caller, () => implementorMayLog(kind) && isCaller(caller, agent) && dataAgentIsCaller(e, caller))
        return kind === 'task-updated' ? logTaskEvent(ws, e as TaskEvent, ctx) : ws.store.append([e])
      }
      return recorded(await logEvent(ws.store, input, check), `${kind} event`)
    },
  ),
  define(
    'recent',
    'The newest events (all features, or one with --feature).',
    [
      { name: 'count', type: 'integer', min: 1, max: 1000, default: '20', positional: 0, description: 'How many events.' },
      { ...FEATURE, description: 'Only events of this feature (default: all features).' },
    ],
    async (v, ctx) => {
      const spec = v.string('feature')
      const list = await recentEvents(
        await store(v, ctx),
        v.int('count') ?? 20,
        spec === undefined ? undefined : validateSpecId(spec, '--feature'),
      )
      return { exitCode: 0, outputs: {}, text: renderRecent(list), json: list }
    },
  ),
  define(
    'status',
    'Feature status: tasks, agents, open conflicts, tests, pull requests, blockers.',
    [{ name: 'spec-id', type: 'string', positional: 0, description: 'One feature (default: all).' }],
    async (v, ctx) => {
      const spec = v.string('spec-id')
      const report = featureStatus(await (await store(v, ctx)).read(), spec === undefined ? undefined : validateSpecId(spec))
      return { exitCode: 0, outputs: {}, text: formatStatus(report, ctx.paint), json: report }
    },
  ),
  define(
    'log-conflict',
    'Record a conflict between two branches by hand (a semantic conflict a scan cannot see, say); scans never resolve it, resolve-conflict does.',
    [
      FEATURE,
      { name: 'left', type: 'string', required: true, description: 'First branch.' },
      { name: 'right', type: 'string', required: true, description: 'Second branch.' },
      { name: 'left-sha', type: 'string', description: "Commit of the first branch, full or short (default: the branch's tip)." },
      { name: 'right-sha', type: 'string', description: "Commit of the second branch, full or short (default: the branch's tip)." },
      { name: 'files', type: 'string', description: 'JSON array of {path, kind, leftRanges, rightRanges} (default: none).' },
      { name: 'reason', type: 'string', description: 'Why they conflict, e.g. "both change the session format".' },
    ],
    async (v, ctx) => {
      const files = parseConflictFiles(v.string('files'))
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      checkAuthority('events log-conflict', caller)
      const left = v.requireString('left')
      const right = v.requireString('right')
      const spec = await feature(v, ctx, ws)
      const reason = v.string('reason')
      const r = await logConflict(ws.store, {
        feature: spec,
        left,
        right,
        leftSha: await commitForBranch(ws.git, ws.remote, left, v.string('left-sha'), 'left-sha'),
        rightSha: await commitForBranch(ws.git, ws.remote, right, v.string('right-sha'), 'right-sha'),
        files: files as never,
        ...(reason ? { reason } : {}),
        actor: caller.actor,
        time: ctx.now(),
      })
      const id = conflictId(spec, left, right)
      const outcome = recorded(r, `conflict ${id} between ${left} and ${right}`)
      return {
        ...outcome,
        text: `${outcome.text}\nResolve it with: orchestrator events resolve-conflict ${id}`,
        json: { ...(outcome.json as object), id },
      }
    },
  ),
  define(
    'resolve-conflict',
    'Mark an open conflict (id as shown by status) resolved. A scan that still sees it opens it again.',
    [{ name: 'id', type: 'string', required: true, positional: 0, description: 'The conflict id.' }],
    async (v, ctx) => {
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      checkAuthority('events resolve-conflict', caller)
      return recorded(
        await resolveConflict(ws.store, v.requireString('id'), { actor: caller.actor, time: ctx.now() }),
        `resolution of ${v.requireString('id')}`,
      )
    },
  ),
  define(
    'raise-blocker',
    'Record a blocker for a feature.',
    [
      FEATURE,
      { name: 'id', type: 'string', required: true, positional: 0, description: 'A short id for the blocker, e.g. db-schema.' },
      { name: 'reason', type: 'string', required: true, positional: 1, description: 'What blocks.' },
      { name: 'agent', type: 'string', description: "The blocked agent (branch or impl-N; default: this checkout's agent branch)." },
    ],
    async (v, ctx) => {
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      const agent = agentOf(v, caller)
      checkAuthority('events raise-blocker', caller, () => isCaller(caller, agent))
      return recorded(
        await raiseBlocker(ws.store, {
          feature: await feature(v, ctx, ws),
          id: v.requireString('id'),
          reason: v.requireString('reason'),
          agent,
          actor: caller.actor,
          time: ctx.now(),
        }),
        `blocker ${v.requireString('id')}`,
      )
    },
  ),
  define(
    'clear-blocker',
    'Clear an open blocker.',
    [
      FEATURE,
      { name: 'id', type: 'string', required: true, positional: 0, description: 'The blocker id.' },
      { name: 'note', type: 'string', description: 'How it was cleared.' },
    ],
    async (v, ctx) => {
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      const spec = await feature(v, ctx, ws)
      const id = v.requireString('id')
      // Whose blocker it is: the agent it was raised against (an implementor raises only against itself).
      const against = (await ws.store.read()).projection.features[spec]?.blockers[id]?.raised?.agent
      checkAuthority('events clear-blocker', caller, () => isCaller(caller, against))
      return recorded(
        await clearBlocker(ws.store, {
          feature: spec,
          id,
          note: v.string('note'),
          actor: caller.actor,
          time: ctx.now(),
        }),
        `clearing of ${v.requireString('id')}`,
      )
    },
  ),
  define(
    'log-usage',
    "Record what an agent's model used (any agent without a hook): tokens and cost in US dollars; checks the budgets.",
    [
      FEATURE,
      { name: 'tokens-in', type: 'integer', min: 0, required: true, description: 'Input tokens (uncached).' },
      { name: 'tokens-out', type: 'integer', min: 0, required: true, description: 'Output tokens.' },
      { name: 'cost-usd', type: 'string', required: true, description: 'What they cost in US dollars, e.g. 0.42.' },
      { name: 'cache-read', type: 'integer', min: 0, default: '0', description: 'Input tokens read from the prompt cache.' },
      { name: 'cache-write', type: 'integer', min: 0, default: '0', description: 'Input tokens written to the prompt cache.' },
      { name: 'model', type: 'string', description: 'The model, e.g. gpt-5-codex.' },
      { name: 'task', type: 'list', description: 'The task ids the usage was for, e.g. T012,T013 (default: none).' },
      { name: 'session', type: 'string', description: 'An id of the session or run (default: a new one each call).' },
      { name: 'agent', type: 'string', description: "The agent branch (default: this checkout's agent branch)." },
    ],
    async (v, ctx) => {
      const usage = usageSettings(v)
      const ws = await openCommandWorkspace(v, ctx)
      const caller = await commandCaller(ctx, ws)
      const agent = agentOf(v, caller)
      if (!agent) throw new InputError('events log-usage needs --agent (the agent branch) outside an agent checkout')
      checkAuthority('events log-usage', caller, () => isCaller(caller, agent))
      const spec = await feature(v, ctx, ws)
      const result = await logUsage(ws, {
        ...usage,
        feature: spec,
        agent,
        actor: caller.actor,
        now: ctx.now(),
        announced: v.string('notify-webhook') !== undefined,
      })
      return recorded(result, `usage of ${agent}`)
    },
  ),
  exportCommand,
  sqlCommand,
  importCommand,
  define(
    'verify',
    'Check that projection.json and every view equal a full rebuild from the events (exit 1 when not).',
    [],
    async (v, ctx) => {
      const r = await (await store(v, ctx)).verify()
      const text = describeVerify(r)
      return { exitCode: r.ok ? 0 : 1, failure: 'the stored projection or views differ from a rebuild', outputs: {}, text, json: r }
    },
  ),
]
