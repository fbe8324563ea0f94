/** Replaces the text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; the markers must exist. */
export function replaceGenerated(text: string, name: string, content: string): string {
  const open = `<!-- generated:${name} -->`
  const close = `<!-- /generated:${name} -->`
  const a = text.indexOf(open)
  const b = text.indexOf(close)
  if (a === -1 || b === -1 || b < a) throw new Error(`README.md has no ${open} ... ${close} section`)
  return `${text.slice(0, a + open.length)}\n${content}\n${text.slice(b)}`
}
