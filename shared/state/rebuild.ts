import type { Git } from '../git/git'
import { parseEvent } from './events'
import type { OrchestratorEvent } from './event-schema'
import { catFileBatch, execToBuffer, type BatchResult } from './git-objects'
import { hasControlCharacter, InvalidEventError } from './field-checks'
import type { StateLayout } from './paths'
import { applyEvent, emptyProjection } from './projection'
import type { Projection, StateProblem } from './projection-types'

const EVENT_FILE = /^([A-Za-z0-9_][A-Za-z0-9._-]{0,99})\/([0-9a-f]{2})\/([0-9a-f]{64})\.json$/
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
/** Event files per `cat-file --batch` process during a rebuild. */
const CHUNK = 25_000

/**
 * Reads every event file of the events tree with two git
 * processes (`ls-tree -r` and one `cat-file --batch`). Files that cannot be
 * read are reported with their path and the reason, and the rest is kept.
 */
export async function readEventLog(
  git: Git,
  layout: StateLayout,
  eventsTree: string | null,
  onEvent: (event: OrchestratorEvent) => void,
): Promise<StateProblem[]> {
  const problems: StateProblem[] = []
  if (!eventsTree) return problems
  const listing = await execToBuffer(git, ['ls-tree', '-r', '-z', eventsTree])
  const files: { path: string; oid: string; feature: string; key: string }[] = []
  for (const record of listing.toString('utf8').split('\0')) {
    if (!record) continue
    const tab = record.indexOf('\t')
    const [mode, type, oid] = record.slice(0, tab).split(' ')
    const relative = record.slice(tab + 1)
    const path = `${layout.eventsDir}/${relative}`
    const m = EVENT_FILE.exec(relative)
    if (type === 'blob' && mode === '100644' && m && m[2] === m[3].slice(0, 2)) {
      files.push({ path, oid, feature: m[1], key: m[3] })
      continue
    }
    // A name made by hand may hold line breaks or escapes: quote it, it ends up in logs and markdown.
    const shown = /[\t\n\r]/.test(path) || hasControlCharacter(path) ? JSON.stringify(path) : path
    if (type !== 'blob' || mode !== '100644')
      problems.push({ path: shown, reason: `not a regular file (mode ${mode}, ${type}); event files are plain JSON files` })
    else problems.push({ path: shown, reason: 'not where an event file belongs (events/<feature>/<key[0:2]>/<key>.json)' })
  }
  const handle = (file: (typeof files)[number], blob: BatchResult) => {
    if (blob.missing) {
      problems.push({ path: file.path, reason: 'the blob is missing from the repository' })
      return
    }
    try {
      // Invalid UTF-8 decodes to U+FFFD: only then pay for the strict check.
      const text = blob.content.toString('utf8')
      if (text.includes('\uFFFD') && !isUtf8(blob.content)) {
        problems.push({ path: file.path, reason: 'not valid UTF-8 text' })
        return
      }
      const event = parseEvent(text, file.path)
      if (event.key !== file.key || event.feature !== file.feature) {
        problems.push({
          path: file.path,
          reason: `holds event ${event.key} of feature ${event.feature}, which belongs at ${layout.eventPath(event.feature, event.key)}`,
        })
        return
      }
      onEvent(event)
    } catch (error) {
      problems.push({ path: file.path, reason: reasonOf(error, file.path) })
    }
  }
  // Read in chunks by two git processes at a time, parsing each chunk while git reads the next:
  // on a large log this overlaps git's work with ours instead of adding them up.
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const chunk = files.slice(next, next + CHUNK)
      next += CHUNK
      const blobs = await catFileBatch(
        git,
        chunk.map((f) => f.oid),
      )
      blobs.forEach((blob, i) => handle(chunk[i], blob))
    }
  }
  await Promise.all([worker(), worker()])
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return problems
}

/** The projection of all readable events, with the unreadable files listed as problems. */
export async function rebuildProjection(git: Git, layout: StateLayout, eventsTree: string | null): Promise<Projection> {
  const projection = emptyProjection()
  // Folded as they are parsed: 100k parsed events need not all live at once.
  const problems = await readEventLog(git, layout, eventsTree, (event) => applyEvent(projection, event))
  projection.eventsTree = eventsTree
  projection.problems = problems
  return projection
}

export function reasonOf(error: unknown, where: string): string {
  if (error instanceof InvalidEventError) return error.message.slice(where.length + 2)
  return error instanceof Error ? error.message : String(error)
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes)
    return true
  } catch {
    return false
  }
}
