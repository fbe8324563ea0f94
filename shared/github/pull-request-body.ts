/**
 * A pull request body is shared between us and people: we own only the text between two hidden
 * markers and keep everything a person wrote around them.
 */
export const BODY_BEGIN = '<!-- agent-orchestrator:begin -->'
export const BODY_END = '<!-- agent-orchestrator:end -->'

/** GitHub refuses a body longer than this many characters. */
export const MAX_BODY_CHARS = 65536

const TRUNCATED = '\n\n_(truncated: the generated text is too long for a pull request body)_'

/** The body to write: `existing` with its generated block replaced (or appended) by `generated`. */
export function mergePullRequestBody(existing: string | null | undefined, generated: string): string {
  const current = normaliseNewlines(existing ?? '')
  const begin = current.indexOf(BODY_BEGIN)
  const end = begin < 0 ? -1 : current.indexOf(BODY_END, begin + BODY_BEGIN.length)
  let before: string
  let after: string
  if (begin >= 0 && end >= 0) {
    before = current.slice(0, begin)
    after = current.slice(end + BODY_END.length)
  } else if (current.trim() === '') {
    before = ''
    after = ''
  } else {
    // A person removed (or broke) the markers: keep all their text and add a fresh block after it.
    before = `${current.trimEnd()}\n\n`
    after = ''
  }
  const room = MAX_BODY_CHARS - before.length - after.length
  return `${before}${generatedBlock(generated, room)}${after}`
}

/** True when two bodies are the same once GitHub's CRLF line endings and trailing space are ignored. */
export function sameBody(a: string | null | undefined, b: string | null | undefined): boolean {
  return normaliseNewlines(a ?? '').trimEnd() === normaliseNewlines(b ?? '').trimEnd()
}

function generatedBlock(generated: string, room: number): string {
  // Generated text can quote user content; a marker inside it would cut our block short next time.
  let text = normaliseNewlines(generated)
    .trim()
    .replace(/<!--\s*agent-orchestrator:/g, '<!-- (quoted) agent-orchestrator:')
  const overhead = BODY_BEGIN.length + BODY_END.length + 2
  if (text.length + overhead > room) {
    text = text.slice(0, Math.max(0, room - overhead - TRUNCATED.length)) + TRUNCATED
  }
  return `${BODY_BEGIN}\n${text}\n${BODY_END}`
}

function normaliseNewlines(text: string): string {
  return text.replace(/\r\n/g, '\n')
}
