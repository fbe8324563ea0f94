import type { Git } from '../../git/git'
import { parseEvent } from '../events/events'
import type { OrchestratorEvent } from '../events/event-schema'
import { unquoteGitPath } from '../../git/quoted-path'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StateError } from '../../errors'
import type { BatchResult } from '../../git/cat-file'
import { followCatFile } from '../../git/follow-cat-file'
import { runToFile, withTempDir } from '../../git/temp-output'
import { InvalidEventError } from '../events/field-checks'
import { checkedEventRelativePath, type StateLayout } from './paths'
import { applyEvent, emptyProjection } from '../projection/projection'
import type { Projection, StateProblem } from '../projection/projection-types'
import { C0, C1, DEL, charPattern } from '../../text/controls'

const EVENT_FILE = /^([A-Za-z0-9_][A-Za-z0-9._-]{0,99})\/([0-9a-f]{2})\/([0-9a-f]{64})\.json$/
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })
/** One line per file: what `cat-file` reads (the id first) and what we report (mode, type, path). */
const LISTING_FORMAT = '--format=%(objectname) %(objectmode) %(objecttype)%x09%(path)'

/**
 * Reads every event file of the events tree with two git processes: `ls-tree
 * -r` lists the files, and one `cat-file --batch` reads them while we parse
 * what it has written so far, so that git's work and ours overlap. Files that
 * cannot be read are reported with their path and the reason, and the rest
 * is kept.
 */
export async function readEventLog(
  git: Git,
  layout: StateLayout,
  eventsTree: string | null,
  onEvent: (event: OrchestratorEvent) => void,
): Promise<StateProblem[]> {
  const problems: StateProblem[] = []
  if (!eventsTree) return problems
  // `relative` is the path under the events folder. It is checked only where an event is
  // not at home: a valid event whose own path is `relative` vouches for the path.
  const problem = (relative: string, reason: string) => {
    const m = EVENT_FILE.exec(relative)
    const path = `${layout.eventsDir}/${relative}`
    if (m && m[2] === m[3].slice(0, 2)) problems.push({ path, reason })
    else problems.push({ path: shown(path), reason: 'not where an event file belongs (events/<feature>/<key[0:2]>/<key>.json)' })
  }
  const handle = (relative: string, blob: BatchResult) => {
    if (blob.missing) return problem(relative, 'the blob is missing from the repository')
    try {
      // Invalid UTF-8 decodes to U+FFFD: only then pay for the strict check.
      const text = blob.content.toString('utf8')
      if (text.includes('\uFFFD') && !isUtf8(blob.content)) return problem(relative, 'not valid UTF-8 text')
      const event = parseEvent(text, relative)
      const home = checkedEventRelativePath(event.feature, event.key)
      if (home !== relative)
        return problem(relative, `holds event ${event.key} of feature ${event.feature}, which belongs at ${layout.eventsDir}/${home}`)
      onEvent(event)
    } catch (error) {
      problem(relative, reasonOf(error, relative))
    }
  }
  await withTempDir('orch-events-', async (dir) => {
    const listFile = join(dir, 'listing')
    await runToFile(git, ['-c', 'core.quotePath=false', 'ls-tree', '-r', LISTING_FORMAT, eventsTree], listFile)
    // Parsed while cat-file starts reading. Entries that are not plain files stay null (and are problems).
    let files: (string | null)[] = []
    const count = await followCatFile(git, listFile, {
      onStart: () => {
        files = parseListing(readFileSync(listFile, 'utf8'), layout, problems)
      },
      onObject: (blob, i) => {
        const relative = files[i]
        if (relative !== null && relative !== undefined) handle(relative, blob)
      },
    })
    if (count !== files.length) throw new StateError(`git cat-file read ${count} objects of the ${files.length} files of the events tree`)
  })
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return problems
}

const CONTROL = charPattern([C0, DEL, C1])

/** A name made by hand may hold line breaks or escapes: quote it, it ends up in logs and markdown. */
function shown(path: string): string {
  return CONTROL.test(path) ? JSON.stringify(path) : path
}

const REGULAR_FILE = ' 100644 blob\t'

/**
 * The listing's paths (under the events folder) in order, null for entries
 * that are not regular files, which are reported as problems. Runs once per
 * file of a rebuild, so it only cuts the lines.
 */
function parseListing(listing: string, layout: StateLayout, problems: StateProblem[]): (string | null)[] {
  const files: (string | null)[] = []
  let start = 0
  while (start < listing.length) {
    let end = listing.indexOf('\n', start)
    if (end < 0) end = listing.length
    const space = listing.indexOf(' ', start)
    if (listing.startsWith(REGULAR_FILE, space)) {
      files.push(unquoteGitPath(listing.slice(space + REGULAR_FILE.length, end)))
    } else {
      const tab = listing.indexOf('\t', start)
      const [, mode, type] = listing.slice(start, tab).split(' ')
      const path = shown(`${layout.eventsDir}/${unquoteGitPath(listing.slice(tab + 1, end))}`)
      files.push(null)
      problems.push({ path, reason: `not a regular file (mode ${mode}, ${type}); event files are plain JSON files` })
    }
    start = end + 1
  }
  return files
}

/** Kept under its old name for its test; the one implementation is git's. */

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
