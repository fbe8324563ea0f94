import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

/** Entries at the top of `dir` now that were not in `before`: what a setup made (node_modules, .venv, target...). */
export function newEntries(dir: string, before: ReadonlySet<string>): string[] {
  return readdirSync(dir)
    .filter((name) => !before.has(name))
    .sort()
}

/** Files and symlinks under `dir`, leaving out the top-level entries in `skip` (what a setup made there). */
export function countFiles(dir: string, skip: ReadonlySet<string> = new Set()): number {
  let count = 0
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue
    const path = join(dir, name)
    count += lstatSync(path).isDirectory() ? countFiles(path) : 1
  }
  return count
}

/**
 * Makes `names` of `from` appear in `to` without copying their bytes: files
 * are hard-linked (one inode, no data written), folders re-created, symlinks
 * re-made; where a link is refused (another file system) the file is copied.
 * Returns how many files were linked and copied.
 */
export function linkProducts(from: string, to: string, names: readonly string[]): { linked: number; copied: number } {
  const counts = { linked: 0, copied: 0 }
  const walk = (src: string, dst: string): void => {
    const st = lstatSync(src)
    if (st.isDirectory()) {
      mkdirSync(dst, { recursive: true })
      for (const name of readdirSync(src)) walk(join(src, name), join(dst, name))
    } else if (st.isSymbolicLink()) {
      symlinkSync(readlinkSync(src), dst)
    } else if (st.isFile()) {
      try {
        linkSync(src, dst)
        counts.linked++
      } catch {
        copyFileSync(src, dst)
        counts.copied++
      }
    }
  }
  for (const name of names) walk(join(from, name), join(to, name))
  return counts
}
