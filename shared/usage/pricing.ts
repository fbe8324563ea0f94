import type { ModelPrice, UsageSettings } from '../config/usage-settings'
import type { ModelTokens } from './transcript'

/** The price of `model` in the table: the entry whose name is the longest prefix of it (dated model names match their family). */
export function priceOf(prices: UsageSettings['prices'], model: string | null): ModelPrice | null {
  if (!model) return null
  let best: string | null = null
  for (const name of Object.keys(prices.models)) if (model.startsWith(name) && (best === null || name.length > best.length)) best = name
  return best === null ? null : prices.models[best]!
}

/**
 * The cost of some tokens in millionths of a US dollar: tokens times dollars per
 * million tokens is millionths of a dollar, rounded once. Null when the model has no price.
 */
export function costMicroUsd(prices: UsageSettings['prices'], t: Omit<ModelTokens, 'messages' | 'through'>): number | null {
  const p = priceOf(prices, t.model)
  if (!p) return null
  return Math.round(
    t.inputTokens * p.input + t.outputTokens * p.output + t.cacheCreationTokens * p.cacheWrite + t.cacheReadTokens * p.cacheRead,
  )
}

/** US dollars (as given on the command line or in the config) in millionths. */
export function microUsd(usd: number): number {
  return Math.round(usd * 1_000_000)
}
