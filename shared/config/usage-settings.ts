import { ConfigurationError } from '../errors'
import { quote, quoteValue } from '../text/quote'

/** What one model costs, in US dollars per million tokens of each kind. */
export interface ModelPrice {
  input: number
  output: number
  /** Writing the prompt cache (Claude's cache_creation_input_tokens). */
  cacheWrite: number
  /** Reading the prompt cache (Claude's cache_read_input_tokens, Codex's cached_input_tokens). */
  cacheRead: number
}

/**
 * The `usage:` section: the price table (by model name prefix, the longest
 * prefix wins; `date` says when the prices were read) and budgets in US dollars
 * per feature, per agent branch and per task (absent: none).
 */
export interface UsageSettings {
  prices: { date: string; models: Record<string, ModelPrice> }
  budgets: { feature?: number; agent?: number; task?: number }
}

/** The list prices of the vendors on DEFAULT_PRICES_DATE (USD per million tokens); override under usage.prices. */
export const DEFAULT_PRICES_DATE = '2025-12-01'
const DEFAULT_PRICES: Record<string, [number, number, number, number]> = {
  // Anthropic: input, output, 5-minute cache write, cache read.
  'claude-opus-4-5': [5, 25, 6.25, 0.5],
  'claude-opus-4': [15, 75, 18.75, 1.5],
  'claude-sonnet-4': [3, 15, 3.75, 0.3],
  'claude-3-7-sonnet': [3, 15, 3.75, 0.3],
  'claude-haiku-4-5': [1, 5, 1.25, 0.1],
  'claude-3-5-haiku': [0.8, 4, 1, 0.08],
  // OpenAI (Codex): no cache write charge; cached input is read.
  'gpt-5-codex': [1.25, 10, 0, 0.125],
  'gpt-5-mini': [0.25, 2, 0, 0.025],
  'gpt-5': [1.25, 10, 0, 0.125],
}

export function defaultUsageSettings(): UsageSettings {
  const models: Record<string, ModelPrice> = Object.create(null) as Record<string, ModelPrice>
  for (const [model, [input, output, cacheWrite, cacheRead]] of Object.entries(DEFAULT_PRICES))
    models[model] = { input, output, cacheWrite, cacheRead }
  return { prices: { date: DEFAULT_PRICES_DATE, models }, budgets: {} }
}

const PRICE_KEYS: Record<string, keyof ModelPrice> = {
  input: 'input',
  output: 'output',
  'cache-write': 'cacheWrite',
  'cache-read': 'cacheRead',
}
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/
const MAX_USD = 1_000_000

/**
 * Parses `usage:`. Models given under `prices.models` are added to the shipped
 * table (or replace a model of the same name); a table with models of its own
 * must say the date of its prices. Every error names the file, the key and the value.
 */
export function parseUsageSettings(value: unknown, where: string): UsageSettings {
  const settings = defaultUsageSettings()
  const root = mapping(value, 'usage', where)
  for (const key of Object.keys(root))
    if (key !== 'prices' && key !== 'budgets')
      throw new ConfigurationError(`${where}: unknown key ${quote(`usage.${key}`)}; expected prices or budgets`)
  if (root.prices !== undefined) {
    const prices = mapping(root.prices, 'usage.prices', where)
    for (const key of Object.keys(prices))
      if (key !== 'date' && key !== 'models')
        throw new ConfigurationError(`${where}: unknown key ${quote(`usage.prices.${key}`)}; expected date or models`)
    const date = prices.date instanceof Date ? prices.date.toISOString().slice(0, 10) : prices.date
    if (date !== undefined) {
      if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
        throw new ConfigurationError(`${where}: usage.prices.date must be the date of the prices like 2026-01-31, got ${shown(date)}`)
      settings.prices.date = date
    }
    if (prices.models !== undefined) {
      if (date === undefined)
        throw new ConfigurationError(
          `${where}: usage.prices.models needs usage.prices.date, the date the prices were read (e.g. 2026-01-31)`,
        )
      for (const [model, price] of Object.entries(mapping(prices.models, 'usage.prices.models', where))) {
        const at = `usage.prices.models.${model}`
        if (!MODEL.test(model))
          throw new ConfigurationError(`${where}: ${quote(at)}: a model name is letters, digits and . _ : @ / - (at most 100)`)
        const p = mapping(price, at, where)
        const parsed: ModelPrice = { input: 0, output: 0, cacheWrite: 0, cacheRead: 0 }
        for (const [key, v] of Object.entries(p)) {
          if (!(key in PRICE_KEYS))
            throw new ConfigurationError(`${where}: unknown key ${quote(`${at}.${key}`)}; expected ${Object.keys(PRICE_KEYS).join(', ')}`)
          parsed[PRICE_KEYS[key]] = usd(v, `${at}.${key}`, where, 0)
        }
        for (const key of ['input', 'output'])
          if (p[key] === undefined) throw new ConfigurationError(`${where}: ${at}.${key} is required (US dollars per million tokens)`)
        settings.prices.models[model] = parsed
      }
    }
  }
  if (root.budgets !== undefined) {
    const budgets = mapping(root.budgets, 'usage.budgets', where)
    for (const [key, v] of Object.entries(budgets)) {
      if (key !== 'feature' && key !== 'agent' && key !== 'task')
        throw new ConfigurationError(`${where}: unknown key ${quote(`usage.budgets.${key}`)}; expected feature, agent or task`)
      settings.budgets[key] = usd(v, `usage.budgets.${key}`, where, 0.000001)
    }
  }
  return settings
}

function mapping(value: unknown, key: string, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
    throw new ConfigurationError(`${where}: ${key} must be a mapping, got ${quoteValue(value)}`)
  return value as Record<string, unknown>
}

function usd(value: unknown, key: string, where: string, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_USD)
    throw new ConfigurationError(`${where}: ${key} must be an amount in US dollars from ${min} to ${MAX_USD}, got ${shown(value)}`)
  return value
}

function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value) : quoteValue(value)
}
