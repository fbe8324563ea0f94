import { readIdList } from './id-list'

// Prose that announces a dependency, followed by an id list:
// `(depends on T012, T013)`, `blocked by T020`, `requires T004`, `after T010`.
const DEPENDENCY = /\b(?:depends?[ \t]+on|dependent[ \t]+on|blocked[ \t]+by|requires|after)[ \t]*:?[ \t]*/gi

/** Ids named as prerequisites in a task description, in order, without duplicates; the task's own id is kept (plan refuses it by name). */
export function dependenciesIn(description: string): string[] {
  const ids = new Set<string>()
  for (const m of description.matchAll(DEPENDENCY)) {
    // The task's own id is kept: a task that waits for itself is the planner's to refuse, by name.
    for (const id of readIdList(description, m.index + m[0].length).ids) ids.add(id)
  }
  return [...ids]
}

// Slashed or dotted words that are prose or product names, not paths.
const NOT_PATHS = words(
  'and/or either/or w/o i/o n/a read/write on/off yes/no true/false pass/fail e.g i.e etc vs',
  'node.js next.js nuxt.js vue.js express.js d3.js three.js chart.js nest.js asp.net socket.io',
)
// Well-known files that have no extension.
const BARE_FILES = words(
  'Dockerfile Containerfile Makefile Procfile Gemfile Rakefile Jenkinsfile Justfile Vagrantfile',
  'LICENSE CODEOWNERS',
)
// Slash-joined words that are not folders: `T012/T013`, `GET/POST`.
const PROSE_SEGMENT = /^(?:T\d{3,}|US\d+|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/
const PATH_CHARS = /^[\w.@~+\-/*[\]]+$/
const FILE_NAME = /^[\w@+\-.[\]]*[\w@+\-\]]\.[A-Za-z][A-Za-z0-9]{0,9}$/
const DOTFILE = /^\.[A-Za-z][\w.-]*$/
// A backticked span, or a run of characters that are neither spaces nor backticks.
const WORD = /`([^`]*)`|([^\s`]+)/g
const LEADING_PUNCTUATION = /^[([{"'<*_]+/
const TRAILING_PUNCTUATION = new Set(')]}"\'>,;:.!?*_')

/**
 * File paths named in a task description, in order, without duplicates. A
 * heuristic, because the format names paths in free prose: a word counts when
 * it contains a slash (`src/models/user.py`, `tests/unit/`), is a file name
 * with an extension (`package.json`), a dotfile or a well-known file such as
 * `Dockerfile`. Words in backticks are read whole. URLs, API routes with a
 * leading slash and a few common dotted or slashed words (`and/or`,
 * `GET/POST`, `Node.js`, `e.g.`) are left out.
 */
export function pathsIn(description: string): string[] {
  const paths = new Set<string>()
  for (const m of description.matchAll(WORD)) {
    const word = m[1] !== undefined ? m[1].trim() : m[2]
    const candidate = trimTrailingPunctuation(word.replace(LEADING_PUNCTUATION, ''))
    if (looksLikePath(candidate)) paths.add(candidate)
  }
  return [...paths]
}

function looksLikePath(word: string): boolean {
  if (word === '' || word.includes('://') || !PATH_CHARS.test(word) || !/[A-Za-z]/.test(word)) return false
  if (NOT_PATHS.has(word.toLowerCase())) return false
  // A leading slash is an API route (`/users/{id}`) far more often than a file in a task list.
  if (word.startsWith('/')) return false
  if (word.includes('/')) return !word.split('/').every((part) => part === '' || PROSE_SEGMENT.test(part))
  return FILE_NAME.test(word) || DOTFILE.test(word) || BARE_FILES.has(word)
}

// A loop, not a regex: `/[.)]+$/` backtracks quadratically on a long run of
// punctuation that is not at the end.
function trimTrailingPunctuation(word: string): string {
  let end = word.length
  while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1])) end--
  return word.slice(0, end)
}

function words(...lists: string[]): Set<string> {
  return new Set(lists.join(' ').split(' '))
}
