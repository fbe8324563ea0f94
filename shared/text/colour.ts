import { randomBytes } from 'node:crypto'
import { CSI } from './controls'
import type { Paint, Style } from './paint'

// The painters the CLI turns on. Style, Paint and noPaint live in text/paint.ts, below every renderer that paints.

// SGR codes: [on, off]. 22 ends bold and dim alike; 39 restores the default colour.
const CODES: Record<Style, readonly [string, string]> = {
  error: ['1;31', '22;39'],
  warning: ['1;33', '22;39'],
  notice: ['1;36', '22;39'],
  heading: ['1', '22'],
  ok: ['32', '39'],
  bad: ['31', '39'],
  dim: ['2', '22'],
}

/** Direct ANSI painting, for text we build around already neutralised parts (the logger's labels). */
export const ansiPaint: Paint = (style, text) => `${CSI}${CODES[style][0]}m${text}${CSI}${CODES[style][1]}m`

/**
 * Whether to colour a stream, as a modern CLI does: FORCE_COLOR decides when it
 * is set to a known value (0/false: off; 1/2/3/true: on; as in Node, it wins
 * over NO_COLOR); else NO_COLOR with any non-empty value turns colour off
 * (no-color.org); else never in a GitHub Actions log or on a dumb terminal;
 * else only when the stream is a terminal. An empty or unknown FORCE_COLOR is
 * ignored.
 */
export function colourWanted(env: Record<string, string | undefined>, isTty: boolean): boolean {
  const force = env.FORCE_COLOR?.trim().toLowerCase()
  if (force === '0' || force === 'false') return false
  if (force === '1' || force === '2' || force === '3' || force === 'true') return true
  if (env.NO_COLOR) return false
  if (env.GITHUB_ACTIONS === 'true') return false
  if (env.TERM === 'dumb') return false
  return isTty
}

const OPEN = '\ue000'
const CLOSE = '\ue001'

/** A painter whose marks survive neutralising, and `finish` to turn them into colour or nothing. */
export function markerPainter(): { paint: Paint; finish: (text: string, colour: boolean) => string } {
  const nonce = randomBytes(8).toString('hex')
  const marks = new RegExp(`${OPEN}${nonce}:(\\w+|/\\w+)${CLOSE}`, 'g')
  const paint: Paint = (style, text) => `${OPEN}${nonce}:${style}${CLOSE}${text}${OPEN}${nonce}:/${style}${CLOSE}`
  const finish = (text: string, colour: boolean) =>
    text.replace(marks, (_m, mark: string) => {
      if (!colour) return ''
      const style = (mark.startsWith('/') ? mark.slice(1) : mark) as Style
      const codes = CODES[style]
      return codes ? `${CSI}${mark.startsWith('/') ? codes[1] : codes[0]}m` : ''
    })
  return { paint, finish }
}
