import { PROJECTION_SCHEMA, type Projection } from './projection-types'

/**
 * Reads a stored projection.json, or returns null with the reason when it
 * cannot be used (the caller then rebuilds it from the events).
 */
export function parseStoredProjection(content: Buffer | null): { projection: Projection | null; reason: string } {
  if (!content) return { projection: null, reason: 'missing' }
  let raw: unknown
  try {
    raw = JSON.parse(content.toString('utf8'))
  } catch {
    return { projection: null, reason: 'not valid JSON' }
  }
  const p = raw as Partial<Projection> | null
  if (!p || typeof p !== 'object') return { projection: null, reason: 'not a JSON object' }
  if (p.schema !== PROJECTION_SCHEMA)
    return { projection: null, reason: `of format version ${JSON.stringify(p.schema)}, not ${PROJECTION_SCHEMA}` }
  const shapeOk =
    typeof p.eventCount === 'number' &&
    (p.eventsTree === null || typeof p.eventsTree === 'string') &&
    p.features !== null &&
    typeof p.features === 'object' &&
    Array.isArray(p.recent) &&
    Array.isArray(p.problems)
  if (!shapeOk) return { projection: null, reason: 'not shaped like a projection' }
  return { projection: p as Projection, reason: '' }
}
