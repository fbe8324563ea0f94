import { createHash } from 'node:crypto'
import { InputError } from '../errors'
import { quote } from '../text/quote'

// Characters a shell would read as an operator or an expansion: refused unquoted, so nobody is surprised that none happens.
const SHELL_ONLY = /[|&;<>()$`*?[\]{}~]/

/**
 * `suggest-command` as an argument vector: the line is split into words, and
 * the program is started directly (never through a shell). Words are
 * separated by blanks; '…' keeps its text as written, "…" too except that
 * \" and \\ stand for " and \; outside quotes \ keeps the next character.
 * Nothing is expanded: no variables, globs, pipes or redirections (the
 * resolver runs with an environment of its own, where $VAR would mean
 * nothing the writer meant); for a pipeline, name a script. Why not a shell:
 * the same value then means the same vector in the action and the CLI, on
 * every runner, and no word of it is ever read twice.
 */
export function splitCommandLine(line: string, what = 'suggest-command'): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quoteChar: "'" | '"' | null = null
  const bad = (why: string): never => {
    throw new InputError(
      `${what} ${quote(line)} is not valid: ${why}; expected a program and its arguments, e.g. "claude -p" or "node scripts/resolve.js"`,
    )
  }
  if (/[\r\n\0]/.test(line)) bad('it has a line break or a NUL character (one command line)')
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quoteChar === "'") {
      if (c === "'") quoteChar = null
      else word += c
    } else if (quoteChar === '"') {
      if (c === '"') quoteChar = null
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i]
      else word += c
    } else if (c === ' ' || c === '\t') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else if (c === "'" || c === '"') {
      quoteChar = c
      inWord = true
    } else if (c === '\\') {
      if (i + 1 >= line.length) bad('it ends with a lone \\')
      word += line[++i]
      inWord = true
    } else if (SHELL_ONLY.test(c)) {
      bad(`${quote(c)} (at ${i + 1}) is shell syntax, and the command runs without a shell (quote it to pass it as text)`)
    } else {
      word += c
      inWord = true
    }
  }
  if (quoteChar) bad(`a ${quoteChar} quote is never closed`)
  if (inWord) words.push(word)
  if (words.length === 0) bad('it names no program')
  return words
}

/** What the cache and the events know a resolver by: sha-256 of its argument vector (never the text itself, which may name paths). */
export function commandDigest(argv: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(argv)).digest('hex')
}
