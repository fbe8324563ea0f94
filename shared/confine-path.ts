import { lstatSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from './errors'
import { quote } from './text/quote'
import { C0, DEL, charPattern } from './text/controls'

const CONTROL = charPattern([C0, DEL])

/**
 * Where paths named by inputs may lead: the workspace and the run's temporary
 * folder (RUNNER_TEMP in a workflow, the system temp folder for the CLI).
 */
export interface PathRoots {
  cwd: string
  tempDir: string
}

export interface ConfineOptions {
  /** A file that must exist (a read); else a missing file is fine (a write). */
  mustExist?: boolean
}

/**
 * The one gate for every path an input names (report-path, junit and
 * merge-reports globs, config, export files): the path, after every symlink
 * is followed, must lie inside the workspace or the temporary folder and not
 * inside a `.git` folder; `..` is refused outright, since `link/..` means
 * something else to the kernel than to a string normaliser. Returns the
 * absolute path to use. Refusals are InputErrors (exit 2), raised before
 * anything is written; the message names the input and the value.
 */
export function confinePath(value: string, what: string, roots: PathRoots, options: ConfineOptions = {}): string {
  const refuse = (why: string): never => {
    throw new InputError(
      `${what} ${quote(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`,
    )
  }
  if (typeof value !== 'string' || value.trim() === '') refuse('it is empty')
  if (CONTROL.test(value)) refuse('it contains control characters')
  if (value.split(/[/\\]/).includes('..')) refuse('it contains ".."')
  const absolute = isAbsolute(value) ? resolve(value) : resolve(roots.cwd, value)
  const real = realPathOf(absolute)
  const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))
  if (!inside) refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${quote(real)}, outside the allowed folders`)
  if (
    relative(inside!, real)
      .split(sep)
      .some((segment) => segment.toLowerCase() === '.git')
  )
    refuse('it points into a .git folder')
  const stat = statOrNull(real)
  if (options.mustExist && !stat) refuse('no such file')
  if (stat && !stat.isFile()) refuse(`it is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}`)
  return real
}

/**
 * Checks a folder that a glob is walked from (junit, merge-reports): it must
 * resolve inside the allowed folders. Returns its real path, or null when it
 * does not exist (nothing to walk).
 */
export function confineFolder(folder: string, what: string, roots: PathRoots): string | null {
  const real = realPathOf(resolve(folder))
  if (!statOrNull(real)) return null
  const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(`${root}${sep}`))
  if (
    !inside ||
    relative(inside, real)
      .split(sep)
      .some((s) => s.toLowerCase() === '.git')
  ) {
    throw new InputError(
      `${what}: folder ${quote(folder)} leads to ${quote(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`,
    )
  }
  return real
}

function allowedRoots(roots: PathRoots): string[] {
  return [roots.cwd, roots.tempDir].map((r) => realPathOf(resolve(r)))
}

/** The real path: symlinks of the deepest existing ancestor resolved, the missing rest appended as is. */
function realPathOf(absolute: string): string {
  let existing = absolute
  const rest: string[] = []
  while (!statOrNull(existing)) {
    const parent = dirname(existing)
    if (parent === existing) break
    rest.unshift(existing.slice(parent.length).replace(/^[/\\]+/, ''))
    existing = parent
  }
  let real: string
  try {
    real = realpathSync.native(existing)
  } catch {
    // A dangling symlink: where it points is not known to be safe.
    real = join(existing, '\u0000dangling')
  }
  return rest.length ? join(real, ...rest) : real
}

/** lstat, or null when nothing is there (a real path has no symlinks left, so lstat is stat there). */
function statOrNull(path: string) {
  try {
    return lstatSync(path)
  } catch {
    return null
  }
}
