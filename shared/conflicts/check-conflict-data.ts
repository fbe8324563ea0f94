import type { ConflictFile, ConflictKind, ConflictMessage, LineRange } from './types'

/*
 * Conflict files and git's messages read back from untrusted JSON (the
 * verdict cache on the state branch, a trial job's report): every field is
 * checked, nothing is trusted. Kept with the engine that defines them.
 */

/** A field that is not what a conflict report holds. */
export class ConflictDataError extends Error {}

// A record, so that the compiler insists on every kind.
const KIND_NAMES: Record<ConflictKind, true> = {
  content: true,
  'add/add': true,
  'modify/delete': true,
  rename: true,
  'file/directory': true,
  'distinct types': true,
  binary: true,
  submodule: true,
  other: true,
}
const KINDS = new Set<string>(Object.keys(KIND_NAMES))

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function checkRanges(v: unknown, where: string): LineRange[] {
  if (!Array.isArray(v)) throw new ConflictDataError(`${where} is not a list`)
  return v.map((r, i) => {
    if (!isObject(r) || !Number.isSafeInteger(r.start) || !Number.isSafeInteger(r.end))
      throw new ConflictDataError(`${where}[${i}] is not a line range`)
    const start = r.start as number
    const end = r.end as number
    if (start < 1 || end < start - 1) throw new ConflictDataError(`${where}[${i}] is not a line range`)
    return { start, end }
  })
}

function checkString(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new ConflictDataError(`${where} is not text`)
  return v
}

export function checkFile(v: unknown, where: string): ConflictFile {
  if (!isObject(v)) throw new ConflictDataError(`${where} is not an object`)
  const kind = checkString(v.kind, `${where}.kind`)
  if (!KINDS.has(kind)) throw new ConflictDataError(`${where}.kind ${JSON.stringify(kind)} is not a conflict kind`)
  const file: ConflictFile = {
    path: checkString(v.path, `${where}.path`),
    ...(v.pathBase64 === undefined ? {} : { pathBase64: checkString(v.pathBase64, `${where}.pathBase64`) }),
    kind: kind as ConflictFile['kind'],
    leftRanges: checkRanges(v.leftRanges, `${where}.leftRanges`),
    rightRanges: checkRanges(v.rightRanges, `${where}.rightRanges`),
    ...(v.rangesSkipped === undefined ? {} : { rangesSkipped: checkString(v.rangesSkipped, `${where}.rangesSkipped`) }),
    ...(v.message === undefined ? {} : { message: checkString(v.message, `${where}.message`) }),
  }
  if (file.leftRanges.length !== file.rightRanges.length) throw new ConflictDataError(`${where} has unpaired ranges`)
  return file
}

export function checkMessage(v: unknown, where: string): ConflictMessage {
  if (!isObject(v) || !Array.isArray(v.paths)) throw new ConflictDataError(`${where} is not a conflict message`)
  return {
    paths: v.paths.map((p, i) => checkString(p, `${where}.paths[${i}]`)),
    type: checkString(v.type, `${where}.type`),
    text: checkString(v.text, `${where}.text`),
  }
}
