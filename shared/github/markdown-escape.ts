import { md } from '../text/markdown'

/**
 * Escapes user-provided text (branch names, paths, ranges) for a cell of a GitHub markdown table.
 * Table cells cannot hold code spans with `|` safely, so the text is escaped as plain text: markdown
 * punctuation gets a backslash, HTML gets entities, line breaks become spaces, and `@name` is broken
 * with a zero-width space so that a branch name cannot mention (and notify) someone.
 */
export function escapeTableCell(text: string): string {
  return md(text, 1000)
}

/** A link whose text is escaped and whose URL has each path segment percent-encoded. */
export function markdownLink(text: string, base: string, pathSegments: string[]): string {
  const url = `${base.replace(/\/+$/, '')}/${pathSegments.map(encodeURIComponent).join('/')}`
  return `[${escapeTableCell(text)}](${url})`
}
