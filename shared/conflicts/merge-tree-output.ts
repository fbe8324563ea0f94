/** One line of merge-tree's conflicted-file list: a path at one index stage. */
export interface StageEntry {
  mode: string
  oid: string
  /** 1 = merge base, 2 = left ("ours"), 3 = right ("theirs") */
  stage: 1 | 2 | 3
  path: string
}

/** One informational message: the paths it is about, git's short type ("CONFLICT (contents)") and its text. */
export interface MergeMessage {
  paths: string[]
  type: string
  text: string
}

export interface MergeTreeRecord {
  clean: boolean
  tree: string
  entries: StageEntry[]
  messages: MergeMessage[]
}

const OID_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const ENTRY_RE = /^([0-7]{6}) ([0-9a-f]{40}(?:[0-9a-f]{24})?) ([123])\t([\s\S]*)$/

/** Thrown when the output does not have the shape git documents; the caller reports the pair as an error. */
export class MergeTreeFormatError extends Error {}

/** Walks NUL-separated fields. */
class Fields {
  private pos = 0
  constructor(private readonly fields: readonly string[]) {}
  get done(): boolean {
    return this.pos >= this.fields.length
  }
  peek(): string | undefined {
    return this.fields[this.pos]
  }
  next(): string {
    const value = this.fields[this.pos++]
    if (value === undefined) throw new MergeTreeFormatError('merge-tree output ended early')
    return value
  }
}

function readTree(f: Fields): string {
  const tree = f.next()
  if (!OID_RE.test(tree)) throw new MergeTreeFormatError(`expected a tree id, got ${JSON.stringify(tree.slice(0, 80))}`)
  return tree
}

/** Conflicted-file lines up to the empty field (or the end of the output). */
function readEntries(f: Fields): StageEntry[] {
  const entries: StageEntry[] = []
  while (!f.done && f.peek() !== '') {
    const m = ENTRY_RE.exec(f.next())
    if (!m) throw new MergeTreeFormatError('malformed conflicted-file line in merge-tree output')
    entries.push({ mode: m[1]!, oid: m[2]!, stage: Number(m[3]) as 1 | 2 | 3, path: m[4]! })
  }
  if (!f.done) f.next()
  return entries
}

/**
 * Messages (`<count> <path>... <type> <text>`) up to the empty field or the
 * end of the output. After submodule conflicts git prints a free-text advice
 * paragraph where the empty field would be; it ends the messages as well.
 */
function readMessages(f: Fields): { messages: MergeMessage[]; terminated: boolean } {
  const messages: MergeMessage[] = []
  while (!f.done && /^\d+$/.test(f.peek()!)) {
    const count = Number(f.next())
    const paths: string[] = []
    for (let i = 0; i < count; i++) paths.push(f.next())
    const type = f.next()
    const text = f.next().replace(/\n$/, '')
    messages.push({ paths, type, text })
  }
  if (f.done) return { messages, terminated: false }
  f.next()
  return { messages, terminated: true }
}

/**
 * Output of one `git merge-tree --write-tree -z A B`; `exitCode` 0 means clean,
 * 1 conflicted. The caller has already ruled out other exit codes.
 */
export function parseMergeTree(stdout: string, exitCode: number): MergeTreeRecord {
  const f = new Fields(stdout.split('\0'))
  const tree = readTree(f)
  const entries = readEntries(f)
  const { messages } = readMessages(f)
  return { clean: exitCode === 0, tree, entries, messages }
}

/**
 * Records of `git merge-tree --stdin --write-tree -z`, in input order. Each is
 * `<status> <tree> [<entries> '' <messages>] ''`, where the status is 1 for
 * clean and 0 for conflicted (the inverse of the exit codes of a single
 * merge). A process that died part-way (e.g. "refusing to merge unrelated
 * histories") leaves only the complete records.
 */
export function parseMergeTreeBatch(stdout: string): MergeTreeRecord[] {
  const fields = stdout.split('\0')
  // The output ends with a NUL, so the last field is '' and belongs to no record.
  if (fields[fields.length - 1] === '') fields.pop()
  const f = new Fields(fields)
  const records: MergeTreeRecord[] = []
  while (!f.done) {
    const status = f.next()
    if (status !== '0' && status !== '1')
      throw new MergeTreeFormatError(`expected a merge status, got ${JSON.stringify(status.slice(0, 80))}`)
    const tree = readTree(f)
    if (status === '1') {
      if (f.done) break
      if (f.next() !== '') throw new MergeTreeFormatError('clean merge record not terminated')
      records.push({ clean: true, tree, entries: [], messages: [] })
      continue
    }
    if (f.done) break
    const entries = readEntries(f)
    if (f.done) break
    const messages = readMessagesUntilRecordEnd(f)
    if (messages === null) break
    records.push({ clean: false, tree, entries, messages })
  }
  return records
}

/** Like readMessages, but null when the output stops before the record's closing field. */
function readMessagesUntilRecordEnd(f: Fields): MergeMessage[] | null {
  try {
    const { messages, terminated } = readMessages(f)
    return terminated ? messages : null
  } catch (e) {
    if (e instanceof MergeTreeFormatError && /ended early/.test(e.message)) return null
    throw e
  }
}
