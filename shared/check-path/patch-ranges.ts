import { unquoteGitPath } from '../git/quoted-path'
import { diffTreeNames, diffTreeZeroContext } from '../git/diff'
import type { Git } from '../git/git'
import type { LineRange } from '../state/events'

/** What one sibling changed in one file: the lines in the sibling's version, or a binary file (no lines to name). */
export interface PathChange {
  ranges: LineRange[]
  binary?: true
}

/**
 * Every path `tip` changed since `base`, with the changed lines in `tip`'s
 * version. Paths are byte strings (latin1: one character per byte, see
 * conflicts/raw-path.ts), so names with spaces, line breaks or any other bytes
 * survive. The set of paths comes from `diff-tree -z` (exact bytes); the lines
 * from git's own zero-context patch, so they are what `git diff` says, not a
 * second opinion. A path with no hunk (mode change, empty file) has no ranges.
 */
export async function changedPaths(git: Git, base: string, tip: string): Promise<Map<string, PathChange>> {
  const [names, patch] = await Promise.all([diffTreeNames(git, base, tip), diffTreeZeroContext(git, base, tip)])
  const out = new Map<string, PathChange>()
  for (const name of names.toString('latin1').split('\0')) if (name) out.set(name, { ranges: [] })
  for (const [path, change] of parsePatch(patch.toString('latin1'))) {
    const known = out.get(path)
    if (known) {
      known.ranges.push(...change.ranges)
      if (change.binary) known.binary = true
    }
  }
  return out
}

/** Files of a `-U0` patch (latin1 text) → their hunks' line ranges in the new version. */
export function parsePatch(text: string): Map<string, PathChange> {
  const out = new Map<string, PathChange>()
  const lines = text.split('\n')
  let oldPath: string | null = null
  let current: PathChange | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('diff --git ')) {
      oldPath = null
      current = null
    } else if (line.startsWith('--- ')) {
      oldPath = headerPath(line.slice(4), 'a/')
    } else if (line.startsWith('+++ ')) {
      const path = headerPath(line.slice(4), 'b/') ?? oldPath
      if (path === null) continue
      current = out.get(path) ?? { ranges: [] }
      out.set(path, current)
    } else if (line.startsWith('Binary files ')) {
      const path = binaryPath(line)
      if (path !== null) out.set(path, { ranges: [], binary: true })
    } else if (line.startsWith('@@ ') && current) {
      const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (!m) continue
      const removed = m[1] === undefined ? 1 : Number(m[1])
      const start = Number(m[2])
      const added = m[3] === undefined ? 1 : Number(m[3])
      // An empty range (lines removed only) is the gap after line `start`: {start + 1, start}.
      current.ranges.push(added > 0 ? { start, end: start + added - 1 } : { start: start + 1, end: start })
      // Skip the hunk's own lines: a removed line "-- a/x" must not read as a header.
      let body = removed + added
      while (body > 0 && i + 1 < lines.length) {
        const next = lines[i + 1]!
        if (next.startsWith('\\')) {
          i++
          continue
        }
        if (!next.startsWith('+') && !next.startsWith('-')) break
        i++
        body--
      }
      while (i + 1 < lines.length && lines[i + 1]!.startsWith('\\')) i++
    }
  }
  return out
}

/** The path of a `---`/`+++` header (after the marker), or null for /dev/null. */
function headerPath(rest: string, prefix: string): string | null {
  // git ends the name with a tab when it contains a space (for patch(1)); the tab itself would be quoted.
  const value = rest.endsWith('\t') ? rest.slice(0, -1) : rest
  if (value === '/dev/null') return null
  const name = value.startsWith('"') ? unquoteGitPath(value, 'latin1') : value
  return name.startsWith(prefix) ? name.slice(prefix.length) : name
}

/** "Binary files a/x and b/y differ": the new side's name (the old one for a deletion). */
function binaryPath(line: string): string | null {
  const body = line.slice('Binary files '.length, line.length - ' differ'.length)
  const quotedNew = /(?:^| and )("b\/(?:[^"\\]|\\.)*")$/.exec(body)
  if (quotedNew) return unquoteGitPath(quotedNew[1]!, 'latin1').slice(2)
  const plainNew = / and b\/(.*)$/.exec(body)
  if (plainNew) return plainNew[1]!
  const deleted = /^(?:"a\/((?:[^"\\]|\\.)*)"|a\/(.*)) and \/dev\/null$/.exec(body)
  if (deleted) return deleted[1] !== undefined ? unquoteGitPath(`"a/${deleted[1]}"`, 'latin1').slice(2) : deleted[2]!
  return null
}
