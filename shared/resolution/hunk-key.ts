import { canonicalJson, sha256Hex } from '../state/events'

/** The lines of a hunk section as they are compared: no trailing blanks, no carriage return. */
function normalised(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/[ \t\r]+$/, ''))
}

/**
 * The key of a conflict hunk: a hash of its normalised base and of its two
 * sides as an unordered pair, so the same hunk between any two branches, in
 * either order, is the same fact (as `git rerere` keys a conflict by its text).
 */
export function hunkKey(hunk: { base: readonly string[]; ours: readonly string[]; theirs: readonly string[] }): string {
  const sides = [normalised(hunk.ours), normalised(hunk.theirs)].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1))
  return sha256Hex(canonicalJson(['hunk', normalised(hunk.base), sides]))
}

/** Lines as the event stores a section: base64 of the text (each line ended), absent when there are none. */
export function encodeSection(lines: readonly string[]): string | undefined {
  return lines.length ? Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8').toString('base64') : undefined
}

export function decodeSection(section: string | undefined): string[] {
  if (!section) return []
  const text = Buffer.from(section, 'base64').toString('utf8')
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
