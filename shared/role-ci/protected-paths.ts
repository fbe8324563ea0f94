import { posix } from 'node:path'
import picomatch from 'picomatch'
import { LINE_BREAK_CHARS, charPattern } from '../text/controls'

const LINE_TERMINATORS = charPattern([LINE_BREAK_CHARS], { flags: 'g' })

/** Which protected pattern a path falls under, or null. */
export type ProtectedMatcher = (path: string) => string | null

/**
 * A matcher for the protected globs. Besides the paths the globs match, a
 * path that is a parent folder of a protected one counts too: replacing
 * `.github` by a symlink or a submodule changes everything below it.
 * Matching ignores case, because on a case-insensitive checkout
 * `.GitHub/Workflows/x.yml` is the same file as `.github/workflows/x.yml`.
 * A pattern without a slash (`.gitattributes`, `CODEOWNERS`) names a file
 * at any depth, as in .gitignore: `specs/.gitattributes` rules merges below
 * it just as the root one does.
 */
export function protectedMatcher(patterns: readonly string[]): ProtectedMatcher {
  const compiled = patterns
    .map((p) => p.trim().replace(/^\.?\//, ''))
    .filter((p) => p !== '' && !p.startsWith('!'))
    .map((pattern) => ({
      pattern,
      matches: picomatch(pattern, { dot: true, nocase: true, basename: !pattern.includes('/') }),
      // The fixed folder part of the glob; '' when the glob can match anywhere.
      base: picomatch.scan(pattern).base.toLowerCase(),
    }))
  return (raw) => {
    // A glob's `*` is a regular expression's `.`, which stops at line terminators: a name with
    // one of them inside would slip through. They match like any other character here.
    const path = raw.replace(LINE_TERMINATORS, '_')
    const lower = path.toLowerCase()
    for (const c of compiled) {
      if (c.matches(path)) return c.pattern
      if (c.base !== '' && (lower === '' || c.base.startsWith(`${lower}/`))) return c.pattern
    }
    return null
  }
}

/**
 * Where a symlink at `linkPath` with the text `target` points, as a path
 * from the repository root ('' for the root itself), or null when it points
 * outside the repository (absolute, or `..` past the root): the guard
 * cannot tell what is there, so such a link is treated as protected.
 */
export function linkDestination(linkPath: string, target: string): string | null {
  if (target.startsWith('/') || /^[A-Za-z]:[\\/]/.test(target) || target.startsWith('\\')) return null
  const joined = posix.normalize(posix.join(posix.dirname(linkPath), target.replace(/\\/g, '/')))
  if (joined === '..' || joined.startsWith('../')) return null
  const clean = joined.replace(/\/+$/, '')
  return clean === '.' ? '' : clean
}
