import { InputError } from '../errors'

/** `events log-conflict --files`: the JSON array as given (the event schema checks its items), or none. */
export function parseConflictFiles(text: string | undefined): unknown {
  if (text === undefined) return []
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new InputError(
      `--files is not valid JSON: ${(e as Error).message}; expected a JSON array of {path, kind, leftRanges, rightRanges}`,
    )
  }
}
