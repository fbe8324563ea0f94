import { compareText } from './plan-pairs'
import type { MergeMessage, MergeTreeRecord, StageEntry } from './merge-tree-output'
import { decodeBytes, displayPath } from './raw-path'
import type { ConflictKind, ConflictMessage } from './types'

/** A conflicted path of one merge, before line ranges are added. */
export interface ClassifiedFile {
  /** The path's bytes as a latin1 string (for reading its blobs). */
  rawPath: string
  /** The path as shown (see displayPath). */
  path: string
  pathBase64?: string
  kind: ConflictKind
  message?: string
  base?: StageEntry
  left?: StageEntry
  right?: StageEntry
}

export interface ClassifiedMerge {
  files: ClassifiedFile[]
  /** Conflict messages about no conflicted file entry (e.g. an implicit directory rename in the way). */
  messages: ConflictMessage[]
}

/**
 * How git names the conflict, most specific first: a path with both a
 * file/directory and a modify/delete message is a file/directory conflict, a
 * binary file also gets a "contents" message, and so on. Matched against the
 * words in parentheses of git's short type ("CONFLICT (rename/delete)") and of
 * the message text ("CONFLICT (add/add): ..."), never against paths.
 */
const KIND_RULES: ReadonlyArray<readonly [ConflictKind, RegExp]> = [
  ['binary', /binary/i],
  ['submodule', /submodule/i],
  // A file on one side, a symlink (or submodule) on the other: git keeps both under new names.
  ['distinct types', /distinct types/i],
  ['file/directory', /file\/directory|directory\/file/i],
  ['rename', /rename|file location/i],
  ['modify/delete', /modify\/delete/i],
  ['add/add', /add\/add/i],
  ['content', /^contents?$/i],
]

function isConflictMessage(m: MergeMessage): boolean {
  return /^CONFLICT/i.test(m.type) || /^CONFLICT/i.test(m.text) || /^warning: Cannot merge binary files/i.test(m.text)
}

/** "CONFLICT (rename/delete)" → "rename/delete"; a binary warning → "binary". */
function tagsOf(m: MergeMessage): string[] {
  const tags: string[] = []
  const fromType = /^CONFLICT ?\(([^)]*)\)/i.exec(m.type)
  const fromText = /^CONFLICT ?\(([^)]*)\)/i.exec(m.text)
  if (fromType) tags.push(fromType[1]!)
  if (fromText) tags.push(fromText[1]!)
  if (/^warning: Cannot merge binary files/i.test(m.text)) tags.push('binary')
  return tags
}

function kindOf(messages: readonly MergeMessage[], stages: Pick<ClassifiedFile, 'base' | 'left' | 'right'>): ConflictKind {
  const tags = messages.flatMap(tagsOf)
  for (const [kind, re] of KIND_RULES) {
    if (!tags.some((t) => re.test(t))) continue
    // A content conflict with no base version is two different additions.
    if (kind === 'content' && !stages.base && stages.left && stages.right) return 'add/add'
    return kind
  }
  if ([stages.base, stages.left, stages.right].some((s) => s?.mode === '160000')) return 'submodule'
  if (stages.base && (!stages.left || !stages.right)) return 'modify/delete'
  if (!stages.base && stages.left && stages.right) return 'add/add'
  return 'other'
}

/**
 * The conflicted paths of a merge with their kind, git's message and their
 * index stages, sorted by path; and the conflict messages that belong to no
 * conflicted path. Paths and messages in `record` are latin1 byte strings.
 */
export function classifyConflicts(record: MergeTreeRecord): ClassifiedMerge {
  const byPath = new Map<string, Pick<ClassifiedFile, 'base' | 'left' | 'right'>>()
  for (const e of record.entries) {
    const stages = byPath.get(e.path) ?? {}
    if (e.stage === 1) stages.base = e
    else if (e.stage === 2) stages.left = e
    else stages.right = e
    byPath.set(e.path, stages)
  }
  const conflictMessages = record.messages.filter(isConflictMessage)
  const used = new Set<MergeMessage>()
  const files: ClassifiedFile[] = []
  for (const [rawPath, stages] of byPath) {
    const about = conflictMessages.filter((m) => m.paths.includes(rawPath))
    for (const m of about) used.add(m)
    const message = [...new Set(about.map((m) => decodeBytes(m.text).trim()))].join('\n')
    files.push({ rawPath, ...displayPath(rawPath), kind: kindOf(about, stages), ...(message ? { message } : {}), ...stages })
  }
  const messages = conflictMessages
    .filter((m) => !used.has(m))
    .map((m) => ({ paths: m.paths.map((p) => displayPath(p).path), type: decodeBytes(m.type), text: decodeBytes(m.text).trim() }))
  // Byte order, as git lists them.
  return { files: files.sort((a, b) => compareText(a.rawPath, b.rawPath)), messages }
}
