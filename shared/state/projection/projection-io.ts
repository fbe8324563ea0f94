import { sha256Hex } from '../events/digest'
import { checkProjection } from './projection-check'
import { PROJECTION_SCHEMA, type Projection } from './projection-types'

/** The content of projection.json.sha256 for the bytes of a projection.json. */
export function projectionDigest(serialized: string): string {
  return `${sha256Hex(serialized)}\n`
}

/**
 * Reads a stored projection.json, or returns null with the reason when it
 * cannot be used (the caller then rebuilds it from the events): missing,
 * not the bytes its digest file vouches for (edited by hand), not JSON, or
 * not shaped like a projection anywhere the code would look.
 */
export function parseStoredProjection(content: Buffer | null, digest?: Buffer | null): { projection: Projection | null; reason: string } {
  if (!content) return { projection: null, reason: 'missing' }
  const text = content.toString('utf8')
  if (digest !== undefined) {
    if (!digest) return { projection: null, reason: 'without its digest file (written by an older version, or removed)' }
    if (digest.toString('utf8') !== projectionDigest(text))
      return { projection: null, reason: 'not what its digest says (edited outside agent-orchestrator)' }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { projection: null, reason: 'not valid JSON' }
  }
  const p = raw as Partial<Projection> | null
  if (!p || typeof p !== 'object' || Array.isArray(p)) return { projection: null, reason: 'not a JSON object' }
  if (p.schema !== PROJECTION_SCHEMA)
    return { projection: null, reason: `of format version ${JSON.stringify(p.schema)}, not ${PROJECTION_SCHEMA}` }
  const checked = checkProjection(raw)
  if ('problem' in checked) return { projection: null, reason: `not shaped like a projection (${checked.problem})` }
  return { projection: checked.projection, reason: '' }
}

/** Whether a stored projection.json is one of ours (any version of the format): the marker of state branches written before the marker file. */
export function isOurProjection(content: Buffer | null): boolean {
  if (!content) return false
  try {
    const raw = JSON.parse(content.toString('utf8')) as Record<string, unknown> | null
    return Boolean(raw && typeof raw === 'object' && raw.schema === PROJECTION_SCHEMA && 'eventsTree' in raw && 'features' in raw)
  } catch {
    return false
  }
}
