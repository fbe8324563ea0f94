import { readdir } from 'node:fs/promises'
import { isAbsolute, join, posix } from 'node:path'
import picomatch from 'picomatch'
import { InputError, messageOf } from '../errors'
import type { Logger } from '../logger'
import { confineFolder, type PathRoots } from '../confine-path'

const SKIPPED_FOLDERS = new Set(['node_modules', '.git'])

/**
 * Files under `cwd` that match the glob patterns, as sorted relative paths
 * with `/`. A pattern starting with `!` excludes. Matching uses picomatch
 * with dotfiles included. The tree is walked only below each pattern's
 * fixed leading folders; `node_modules` and `.git` folders and symbolic links
 * are never entered or returned.
 */
export async function findFiles(
  patterns: readonly string[],
  cwd: string,
  logger: Logger,
  options: { roots?: PathRoots; what?: string } = {},
): Promise<string[]> {
  const roots = options.roots ?? { cwd, tempDir: cwd }
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => relativePattern(p, cwd))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => relativePattern(p.slice(1), cwd))
  if (include.length === 0) return []
  const matches = picomatch(include, { dot: true })
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false
  const found = new Set<string>()
  for (const start of walkRoots(include)) {
    // A folder of the pattern that is a symlink would lead the walk out of the workspace.
    if (!confineFolder(join(cwd, start), options.what ?? 'report pattern', roots)) continue
    for (const file of await walk(cwd, start, logger)) if (matches(file) && !excluded(file)) found.add(file)
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

function relativePattern(pattern: string, cwd: string): string {
  let relative = pattern.trim()
  const root = cwd.endsWith('/') ? cwd : `${cwd}/`
  if (isAbsolute(relative) && relative.startsWith(root)) relative = relative.slice(root.length)
  if (relative.startsWith('./')) relative = relative.slice(2)
  if (relative === '' || isAbsolute(relative) || relative.split('/').includes('..')) {
    throw new InputError(
      `report pattern ${JSON.stringify(pattern)} is not valid: expected a glob relative to ${cwd} that stays inside it, such as "test-results/**/*.xml"`,
    )
  }
  return relative
}

/** The folders to walk: each pattern's fixed prefix, without folders inside another one. */
function walkRoots(patterns: string[]): string[] {
  const roots = patterns.map((pattern) => {
    const scan = picomatch.scan(pattern)
    const base = scan.isGlob ? scan.base : posix.dirname(scan.base)
    return base === '.' ? '' : base
  })
  const kept: string[] = []
  for (const root of [...new Set(roots)].sort()) {
    if (!kept.some((k) => k === '' || root === k || root.startsWith(`${k}/`))) kept.push(root)
  }
  return kept
}

async function walk(cwd: string, folder: string, logger: Logger): Promise<string[]> {
  let entries
  try {
    entries = await readdir(join(cwd, folder), { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOENT' && code !== 'ENOTDIR') logger.warning(`Could not list ${folder || '.'}: ${messageOf(error)}`)
    return []
  }
  const files: string[] = []
  for (const entry of entries) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
      for (const file of await walk(cwd, path, logger)) files.push(file)
    } else if (entry.isFile()) files.push(path)
  }
  return files
}
