import { StateError } from '../../errors'
import { treeContent, type ObjectWriter, type TreeEntry } from './git-objects'

/** A file (or subtree) to put at `path`. */
export interface TreeChange {
  path: string
  mode: string
  type: 'blob' | 'tree'
  oid: string
}

/** '' for a top-level name, else the folder part of a path. */
export function parentDir(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

/** Every folder that contains `path`, from the root ('') down. */
export function foldersOf(path: string): string[] {
  const out = ['']
  const parts = path.split('/')
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'))
  return out
}

/**
 * Builds the tree of folder `top` with `changes` applied, rewriting ONLY the
 * folders on the changed paths (read through `listing`: a folder's current
 * entries, or null when it does not exist). The cost depends on how many
 * folders change, never on how many files the branch holds. Returns the new
 * tree id; the objects go to `writer`.
 */
export function buildTree(
  writer: ObjectWriter,
  listing: (dir: string) => TreeEntry[] | null,
  changes: readonly TreeChange[],
  top = '',
): string {
  const under = (path: string) => top === '' || path === top || path.startsWith(`${top}/`)
  const perDir = new Map<string, TreeChange[]>()
  const dirs = new Set<string>([top])
  for (const change of changes) {
    if (change.path === top || !under(change.path)) throw new StateError(`internal error: ${change.path} is not inside "${top}"`)
    const dir = parentDir(change.path)
    perDir.set(dir, [...(perDir.get(dir) ?? []), change])
    for (const d of foldersOf(change.path)) if (under(d)) dirs.add(d)
  }
  const children = new Map<string, string[]>()
  for (const d of dirs) if (d !== top) children.set(parentDir(d), [...(children.get(parentDir(d)) ?? []), d])

  const build = (dir: string): string => {
    const entries = new Map<string, TreeEntry>()
    for (const e of listing(dir) ?? []) entries.set(e.name, e)
    const put = (name: string, entry: TreeEntry) => {
      const existing = entries.get(name)
      if (existing && existing.type !== entry.type) {
        const where = dir ? `${dir}/${name}` : name
        throw new StateError(
          `the state branch has a ${describe(existing.type)} at "${where}" where a ${describe(entry.type)} belongs; move it away and retry`,
        )
      }
      entries.set(name, entry)
    }
    for (const c of perDir.get(dir) ?? []) put(baseName(c.path), { mode: c.mode, type: c.type, oid: c.oid, name: baseName(c.path) })
    for (const child of children.get(dir) ?? [])
      put(baseName(child), { mode: '40000', type: 'tree', oid: build(child), name: baseName(child) })
    return writer.add('tree', treeContent(entries.values()))
  }
  return build(top)
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function describe(type: string): string {
  return type === 'tree' ? 'folder' : type === 'commit' ? 'submodule' : 'file'
}
