import picomatch from 'picomatch'
import { C0, C1, DEL, LINE_SEPARATORS, charPattern } from '../text/controls'

/**
 * A path a task names, as scope: a file or folder covers itself and
 * everything below it (`src/models/` and `src/models` both cover
 * `src/models/user.py`, since a task line rarely says which it is), and a
 * glob (`tests/**\/test_*.py`) covers what it matches.
 */
export interface ScopePath {
  /** Cleaned: no `./`, no doubled or trailing slash. */
  path: string
  glob: boolean
  matches: (changed: string) => boolean
}

/** A task path refused as scope, and why (shown to people, never matched). */
export interface IgnoredPath {
  task: string
  path: string
  reason: string
}

const CONTROL = charPattern([C0, DEL, C1, LINE_SEPARATORS])
const GLOB = /[*?[\]{}]/

/**
 * The scope a task path gives, or the reason it gives none. Task text is
 * data: a path that climbs out of the repository (`..`), is absolute, holds
 * a backslash or a control character, or covers the whole repository is
 * ignored, so no line of tasks.md can widen a scope to everything.
 */
export function scopePath(raw: string): ScopePath | { reason: string } {
  if (raw.length > 1000) return { reason: 'longer than 1000 characters' }
  if (CONTROL.test(raw)) return { reason: 'holds a line break or control character' }
  if (raw.includes('\\')) return { reason: 'holds a backslash' }
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) return { reason: 'is absolute' }
  const path = raw
    .trim()
    .replace(/^(\.\/)+/, '')
    .replace(/\/{2,}/g, '/')
    .replace(/\/$/, '')
  const segments = path.split('/')
  if (segments.includes('..')) return { reason: 'climbs out with ..' }
  if (path === '' || path === '.' || segments.every((s) => /^\*+$/.test(s))) return { reason: 'covers the whole repository' }
  if (GLOB.test(path)) {
    const matches = picomatch(path, { dot: true })
    return { path, glob: true, matches: (changed) => matches(changed) }
  }
  const below = `${path}/`
  return { path, glob: false, matches: (changed) => changed === path || changed.startsWith(below) }
}

/** True when `changed` is a test of the file `path`: `user.test.ts`, `user.spec.js`, `test_user.py`, `user_test.go`, beside it or in a tests folder there. */
export function isCompanionTest(changed: string, path: string): boolean {
  const slash = path.lastIndexOf('/')
  const dir = slash < 0 ? '' : path.slice(0, slash + 1)
  const name = path.slice(slash + 1)
  const dot = name.indexOf('.', 1)
  if (dot <= 0) return false
  const stem = name.slice(0, dot)
  const cslash = changed.lastIndexOf('/')
  const cdir = cslash < 0 ? '' : changed.slice(0, cslash + 1)
  const cname = changed.slice(cslash + 1)
  if (![dir, `${dir}__tests__/`, `${dir}tests/`, `${dir}test/`].includes(cdir)) return false
  const ext = /\.[A-Za-z0-9]{1,10}$/
  const base = cname.replace(ext, '')
  if (base === cname) return false
  return [`${stem}.test`, `${stem}.spec`, `test_${stem}`, `${stem}_test`, `${stem}.tests`].includes(base)
}

/** A matcher for the config's `scope.allow` globs (a glob without a slash names a file at any depth). */
export function allowMatcher(globs: readonly string[]): (changed: string) => string | null {
  const compiled = globs.map((g) => ({
    glob: g,
    matches: picomatch(g.trim().replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') }),
  }))
  return (changed) => compiled.find((c) => c.matches(changed))?.glob ?? null
}
