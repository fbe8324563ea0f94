import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  writeSync,
} from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { InputError } from './errors'
import { quotePath } from './text/quote'
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
  /** A file name that may hold control characters (a line break: git allows it; check-path judges such a file). */
  allowControls?: boolean
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
      `${what} ${quotePath(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`,
    )
  }
  if (typeof value !== 'string' || value.trim() === '') refuse('it is empty')
  if (!options.allowControls && CONTROL.test(value)) refuse('it contains control characters')
  if (value.includes('\u0000')) refuse('it contains a NUL character')
  if (value.split(/[/\\]/).includes('..')) refuse('it contains ".."')
  const absolute = isAbsolute(value) ? resolve(value) : resolve(roots.cwd, value)
  const real = realPathOf(absolute)
  const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(root.endsWith(sep) ? root : `${root}${sep}`))
  if (!inside)
    refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${quotePath(real)}, outside the allowed folders`)
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
      `${what}: folder ${quotePath(folder)} leads to ${quotePath(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`,
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

/**
 * The one gate for every file we create or change inside a checkout or a git
 * folder (agents setup's settings, guides, role file, `.git/info/exclude`,
 * caches, logs, reports, pages): `path` (absolute, or relative to `root`) must
 * lie inside `root`, and every component below `root` is lstat'ed: a symbolic
 * link anywhere on the way or at the leaf (a dangling one too: its target is
 * never created) is refused, so is a folder or a device where a file belongs.
 * `root` itself is ours (the checkout's top level, the git folder). Returns
 * the absolute path; InputError (exit 2) naming the path otherwise.
 */
export function confineWrite(root: string, path: string, what = 'file', given?: string): string {
  const absolute = resolve(root, path)
  const rel = relative(root, absolute)
  const shown = quotePath(given ?? absolute)
  const refuse = (why: string): never => {
    throw new InputError(`${what} ${shown} cannot be written: ${why}; nothing was written`)
  }
  if (CONTROL.test(absolute)) refuse('its path contains control characters')
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) refuse(`it is not inside ${quotePath(root)}`)
  const parts = rel.split(sep)
  let at = root
  for (const [i, part] of parts.entries()) {
    at = join(at, part)
    const stat = statOrNull(at)
    if (!stat) break
    const leaf = i === parts.length - 1
    if (stat.isSymbolicLink())
      refuse(
        `${at === absolute ? 'it' : quotePath(at)} is a symbolic link (to ${quotePath(linkTarget(at))}), and we never write through one; replace it with a real ${leaf ? 'file' : 'folder'} or remove it`,
      )
    if (!leaf && !stat.isDirectory()) refuse(`${quotePath(at)} is not a folder`)
    if (leaf && stat.isDirectory()) refuse('it is a folder, where a file belongs; move it away')
    if (leaf && !stat.isFile()) refuse('it is not a regular file')
  }
  return absolute
}

/** The text of a file we are about to change, read through the same gate (no link followed), or null when it does not exist. */
export function readConfined(root: string, path: string, what = 'file'): string | null {
  const absolute = confineWrite(root, path, what)
  if (!statOrNull(absolute)) return null
  return readFileSync(absolute, 'utf8')
}

export interface ConfinedWriteOptions {
  /** Add to the end instead of replacing. */
  append?: boolean
  mode?: number
}

/**
 * Writes `text` to `path` below `root` after confineWrite: missing folders are
 * made one at a time (each checked again once made), and the file is opened
 * with O_NOFOLLOW, so a link planted between the check and the write fails
 * instead of being followed.
 */
export function writeConfined(
  root: string,
  path: string,
  text: string | Uint8Array,
  what = 'file',
  options: ConfinedWriteOptions = {},
): string {
  const absolute = confineWrite(root, path, what)
  makeFoldersConfined(root, dirname(absolute), what)
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (options.append ? constants.O_APPEND : constants.O_TRUNC)
  let fd: number
  try {
    fd = openSync(absolute, flags, options.mode ?? 0o666)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') confineWrite(root, path, what)
    throw new InputError(`${what} ${quotePath(absolute)} could not be written: ${(error as Error).message}; nothing was written`)
  }
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text)
  } finally {
    closeSync(fd)
  }
  return absolute
}

/** Makes `folder` (inside `root`) and the missing folders above it, one at a time, refusing links on the way. */
export function makeFoldersConfined(root: string, folder: string, what = 'folder'): void {
  const rel = relative(root, resolve(root, folder))
  if (rel === '') return
  let at = root
  for (const part of rel.split(sep)) {
    at = join(at, part)
    if (!statOrNull(at)) {
      try {
        mkdirSync(at)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
    }
    const stat = statOrNull(at)
    if (!stat || stat.isSymbolicLink() || !stat.isDirectory())
      throw new InputError(
        `${what}: ${quotePath(at)} is ${stat?.isSymbolicLink() ? `a symbolic link (to ${quotePath(linkTarget(at))}), and we never write through one` : 'not a folder'}; nothing was written`,
      )
  }
}

function linkTarget(path: string): string {
  try {
    return readlinkSync(path)
  } catch {
    return '?'
  }
}

/** Replaces `path` whole (a temporary file beside it, then a rename), through the same gate: readers never see half a file. */
export function replaceConfined(root: string, path: string, text: string, what = 'file'): string {
  const absolute = confineWrite(root, path, what)
  const temporary = `${absolute}.${process.pid}.tmp`
  writeConfined(root, temporary, text, what)
  renameSync(temporary, absolute)
  return absolute
}

/**
 * A file an input names for us to write (report-path, export files, the dashboard folder): confinePath's
 * checks, and then no symbolic link between the allowed folder it lies in and the file (a link there could
 * point at a workflow or a config inside the workspace). Returns the folder and the path for writeConfined.
 */
export function confineOutput(
  value: string,
  what: string,
  roots: PathRoots,
  options: { folder?: boolean } = {},
): { root: string; path: string } {
  const real = options.folder ? null : confinePath(value, what, roots)
  const absolute = isAbsolute(value) ? resolve(value) : resolve(roots.cwd, value)
  const root = [roots.cwd, roots.tempDir].map((r) => resolve(r)).find((r) => absolute.startsWith(r.endsWith(sep) ? r : `${r}${sep}`))
  if (!root)
    throw new InputError(
      `${what} ${quotePath(value)} is not allowed: it reaches ${real ? quotePath(real) : 'the allowed folders'} through a symbolic link; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}) without links`,
    )
  if (options.folder) {
    if (
      CONTROL.test(value) ||
      value.split(/[/\\]/).includes('..') ||
      relative(root, absolute)
        .split(sep)
        .some((s) => s.toLowerCase() === '.git')
    )
      confinePath(value, what, roots)
    for (let at = absolute; at !== root; at = dirname(at)) {
      const stat = statOrNull(at)
      if (stat?.isSymbolicLink())
        throw new InputError(
          `${what} ${quotePath(value)} cannot be written: ${quotePath(at)} is a symbolic link (to ${quotePath(linkTarget(at))}), and we never write through one; nothing was written`,
        )
    }
    return { root, path: absolute }
  }
  return { root, path: confineWrite(root, absolute, what, value) }
}
