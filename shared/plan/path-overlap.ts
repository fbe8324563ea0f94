/**
 * When two task paths touch the same files: the same path, or one is a
 * folder that holds the other (`src/models/` and `src/models/user.py`). A
 * glob (`tests/**`, `src/*.py`) stands for the folder before its first
 * wildcard, which is cautious: it may report an overlap that is not there,
 * never miss one.
 */
export function normalizePath(path: string): string {
  let p = path.trim().replace(/\\/g, '/').replace(/^\.\//, '')
  const wildcard = p.search(/[*?[]/)
  if (wildcard >= 0) p = p.slice(0, p.lastIndexOf('/', wildcard) + 1)
  // `src/models/` and `src/models` are the same folder.
  return p.replace(/\/+/g, '/').replace(/\/$/, '')
}

export function pathsOverlap(a: string, b: string): boolean {
  const x = normalizePath(a)
  const y = normalizePath(b)
  // A glob at the root (`**`) covers everything.
  if (x === '' || y === '') return true
  if (x === y) return true
  return x.startsWith(`${y}/`) || y.startsWith(`${x}/`)
}

/** The pairs of paths of `a` and `b` that overlap, as `x ↔ y` (or just `x` when equal), sorted. */
export function sharedPaths(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>()
  for (const x of a) for (const y of b) if (pathsOverlap(x, y)) out.add(normalizePath(x) === normalizePath(y) ? x : `${x} ↔ ${y}`)
  return [...out].sort()
}
