import { randomBytes } from 'node:crypto'
import { InputError } from '../errors'
import type { OptionValues } from '../options/options'
import { makeEvent, text, type EventDataByKind } from '../state/events'
import type { AppendResult } from '../state/log'
import { quote } from '../text/quote'
import { microUsd, recordCrossings } from '../usage'
import type { Workspace } from '../workspace/workspace'

type Usage = Omit<EventDataByKind['agent-usage'], 'agent' | 'through'>

const TASK = /^T\d{3,10}$/
const MAX_USD = 1_000_000

/** The flags of `events log-usage`, checked before anything is opened: a clear error (exit 2) for each bad value. */
export function usageSettings(v: OptionValues): Usage {
  const costText = v.requireString('cost-usd').trim()
  const cost = Number(costText)
  if (!/^\d+(\.\d+)?$/.test(costText) || !Number.isFinite(cost) || cost > MAX_USD)
    throw new InputError(`--cost-usd is ${quote(costText)}: expected an amount in US dollars from 0 to ${MAX_USD}, e.g. 0.42`)
  const tasks = v.list('task') ?? []
  for (const t of tasks) if (!TASK.test(t)) throw new InputError(`--task ${quote(t)} is not a task id: expected one like T012`)
  if (tasks.length > 50) throw new InputError(`--task names ${tasks.length} tasks: at most 50`)
  const model = v.string('model')
  const session = v.string('session') ?? `manual-${randomBytes(8).toString('hex')}`
  const check = (value: string, flag: string, max: number, pattern: RegExp, expected: string) => {
    try {
      text({ max, pattern, expected })(value, flag, `--${flag}`)
    } catch {
      throw new InputError(`--${flag} is ${quote(value)}: ${expected}`)
    }
  }
  if (model !== undefined) check(model, 'model', 100, /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, 'expected a model name like gpt-5-codex')
  check(session, 'session', 200, /^[A-Za-z0-9][A-Za-z0-9._:@/+=-]*$/, 'expected an id of letters, digits and . _ : @ / + = -')
  return {
    session,
    source: 'manual',
    ...(model ? { model } : {}),
    ...(tasks.length ? { tasks: [...new Set(tasks)].sort() } : {}),
    inputTokens: v.int('tokens-in')!,
    outputTokens: v.int('tokens-out')!,
    cacheCreationTokens: v.int('cache-write') ?? 0,
    cacheReadTokens: v.int('cache-read') ?? 0,
    costMicroUsd: microUsd(cost),
  }
}

/**
 * Records one hand-logged usage, then the budgets it crossed: announced by this run
 * when it holds the webhook (`announced`), else parked in the outbox for one that does.
 */
export async function logUsage(
  ws: Workspace,
  u: Usage & { feature: string; agent: string; actor: string; now: Date; announced: boolean },
): Promise<AppendResult> {
  const { feature, agent, actor, now, announced, ...usage } = u
  const event = makeEvent('agent-usage', feature, { ...usage, agent, through: usage.session }, { actor, time: now })
  const result = await ws.store.append([event])
  if (!ws.dryRun) await recordCrossings(ws.store, result.projection, new Set([feature]), ws.config, now, actor, !announced)
  return result
}
