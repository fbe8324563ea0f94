import picomatch from 'picomatch'
import { ConfigurationError } from '../errors'
import { quote, quoteValue } from '../text/quote'

/** off: not checked; warn: annotations and state, the step passes; fail: the step fails too. */
export type ScopeMode = 'off' | 'warn' | 'fail'
export const SCOPE_MODES: readonly ScopeMode[] = ['off', 'warn', 'fail']

/** The `scope:` section of the config: what counts as an implementor's drift from its tasks' paths. */
export interface ScopeSettings {
  mode: ScopeMode
  /** Globs (repository-relative) any implementor may change whatever its tasks name, e.g. `package-lock.json`. */
  allow: string[]
  /** A test file beside a file of the agent's tasks (`user.test.ts`, `test_user.py`, in its folder or a tests folder there) is in scope. */
  companionTests: boolean
}

export function defaultScopeSettings(): ScopeSettings {
  return { mode: 'warn', allow: [], companionTests: true }
}

const KEYS = ['mode', 'allow', 'companion-tests']

/** Parses `scope:`; every error names the file, the key and the bad value. */
export function parseScopeSettings(value: unknown, where: string): ScopeSettings {
  const settings = defaultScopeSettings()
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigurationError(`${where}: scope must be a mapping, got ${quoteValue(value)}`)
  const raw = value as Record<string, unknown>
  for (const key of Object.keys(raw))
    if (!KEYS.includes(key))
      throw new ConfigurationError(`${where}: unknown key ${quote(`scope.${key}`)}; expected one of ${KEYS.join(', ')}`)
  if (raw.mode !== undefined) {
    if (typeof raw.mode !== 'string' || !(SCOPE_MODES as readonly string[]).includes(raw.mode))
      throw new ConfigurationError(
        `${where}: scope.mode ${quote(typeof raw.mode === 'string' ? raw.mode : (JSON.stringify(raw.mode) ?? String(raw.mode)))} is not valid; expected off, warn or fail`,
      )
    settings.mode = raw.mode as ScopeMode
  }
  if (raw.allow !== undefined) {
    const list = raw.allow
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === ''))
      throw new ConfigurationError(`${where}: scope.allow must be a list of glob patterns (strings), got ${quote(JSON.stringify(list))}`)
    for (const p of list as string[]) {
      if (p.trim().startsWith('/') || p.split('/').includes('..'))
        throw new ConfigurationError(`${where}: scope.allow ${quote(p)} must be relative to the repository root, e.g. docs/**`)
      try {
        picomatch.makeRe(p)
      } catch {
        throw new ConfigurationError(`${where}: scope.allow ${quote(p)} is not a valid glob`)
      }
    }
    settings.allow = list as string[]
  }
  if (raw['companion-tests'] !== undefined) {
    if (typeof raw['companion-tests'] !== 'boolean')
      throw new ConfigurationError(
        `${where}: scope.companion-tests must be true or false, got ${quote(JSON.stringify(raw['companion-tests']))}`,
      )
    settings.companionTests = raw['companion-tests']
  }
  return settings
}
