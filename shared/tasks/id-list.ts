// A task id as a whole word: `T012` in `(T012)` or `T012:`, but not in
// `XT0123`, `T012a` or `T012_x`.
const ID = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/y
const ID_ANYWHERE = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/g
// Between ids of one list: `, ` `, and ` ` and ` ` & ` or plain spaces.
// Never a newline: a list ends with its line.
const SEPARATOR = /[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]+/iy

export interface IdMention {
  id: string
  index: number
}

/** Every task id in `text`, in order, with its offset. */
export function findIds(text: string): IdMention[] {
  return [...text.matchAll(ID_ANYWHERE)].map((m) => ({ id: m[0], index: m.index }))
}

/**
 * Reads a list of ids starting exactly at `index` (`T012, T013 and T014`).
 * Returns the ids (none if no id starts there) and the offset after the last one.
 */
export function readIdList(text: string, index: number): { ids: string[]; end: number } {
  const ids: string[] = []
  let pos = index
  for (;;) {
    ID.lastIndex = pos
    const id = ID.exec(text)
    if (!id) break
    ids.push(id[0])
    pos = ID.lastIndex
    SEPARATOR.lastIndex = pos
    if (!SEPARATOR.exec(text)) break
    ID.lastIndex = SEPARATOR.lastIndex
    if (!ID.test(text)) break
    pos = SEPARATOR.lastIndex
  }
  return { ids, end: pos }
}
