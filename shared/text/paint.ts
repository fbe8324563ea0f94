/**
 * Colour for the CLI's own framing (labels, headings, status words), never for
 * text that came from users or agents: that is neutralised, and neutralising
 * removes every escape sequence. So a renderer paints with markers that
 * survive `neutralize()` (private-use characters around a per-process random
 * nonce that no input can know), and the CLI turns the markers into ANSI codes
 * (or removes them) after the text has been neutralised.
 */
export type Style = 'error' | 'warning' | 'notice' | 'heading' | 'ok' | 'bad' | 'dim'

/** Wraps our own framing in a style; the identity when colour is off or in an action. */
export type Paint = (style: Style, text: string) => string

export const noPaint: Paint = (_style, text) => text
