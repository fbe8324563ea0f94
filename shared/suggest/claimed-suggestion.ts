import { InputError } from '../errors'
import { quote } from '../text/quote'
import { MAX_RESOLUTION_BYTES } from './resolution'
import type { PairSuggestion, ResolvedFile, SuggestionOutcome } from './types'

const OUTCOMES = new Set<SuggestionOutcome>(['proven', 'rejected', 'skipped', 'error'])
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * A pair's `suggestion` as a report another job wrote says it: that job ran
 * the resolver and branch code, so the shape is checked, never assumed, and
 * only data is kept (never a tree or a commit id: the recording job makes
 * the commit again from the tips and the files).
 */
export function claimedSuggestion(v: unknown, where: string): PairSuggestion {
  const bad = (field: string, why: string): never => {
    throw new InputError(`conflict report ${where}.suggestion${field} ${why}`)
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return bad('', 'is not an object')
  const s = v as Record<string, unknown>
  const outcome = s.outcome as SuggestionOutcome
  if (!OUTCOMES.has(outcome)) return bad('.outcome', `${quote(String(s.outcome))} is not proven, rejected, skipped or error`)
  if (typeof s.command !== 'string' || !/^[0-9a-f]{64}$/.test(s.command)) return bad('.command', 'is not a sha-256 in hex')
  if (s.reason !== undefined && (typeof s.reason !== 'string' || s.reason.length > 2000))
    bad('.reason', 'is not a text of at most 2000 characters')
  const out: PairSuggestion = { outcome, command: s.command, ...(typeof s.reason === 'string' ? { reason: s.reason } : {}) }
  if (s.cached === true) out.cached = true
  if (outcome !== 'proven') return out
  if (!Array.isArray(s.files) || s.files.length === 0 || s.files.length > 1000) return bad('.files', 'is not a list of 1 to 1000 files')
  let bytes = 0
  out.files = s.files.map((f: unknown, i: number): ResolvedFile => {
    const at = `.files[${i}]`
    if (f === null || typeof f !== 'object') return bad(at, 'is not an object')
    const { path, mode, contentBase64 } = f as Record<string, unknown>
    if (typeof path !== 'string' || path === '' || path.length > 4096 || /\0/.test(path)) return bad(`${at}.path`, 'is not a path')
    if (mode !== undefined && mode !== '100644' && mode !== '100755') return bad(`${at}.mode`, 'is not 100644 or 100755')
    if (contentBase64 !== null && (typeof contentBase64 !== 'string' || !BASE64.test(contentBase64)))
      return bad(`${at}.contentBase64`, 'is neither base64 nor null (deleted)')
    bytes += typeof contentBase64 === 'string' ? contentBase64.length : 0
    if (bytes > (MAX_RESOLUTION_BYTES * 4) / 3 + 4) bad('.files', `exceed ${MAX_RESOLUTION_BYTES} bytes`)
    return { path, ...(mode ? { mode } : {}), contentBase64 }
  })
  return out
}
