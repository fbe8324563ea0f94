import { quote } from '../text/quote'
import { linkDestination, ProtectedMatcher } from './protected-paths'
import type { ChangedPath, EntryKind, GuardViolation } from './types'

const ADVICE = 'implementor branches may not change protected paths; ask the overseer'

/**
 * The protected-path violations one change makes. A rename counts at both
 * ends; a symlink also counts by where it points, so a link cannot be used
 * to reach into a protected folder.
 */
export function describeProtectedChange(change: ChangedPath, matcher: ProtectedMatcher, advice = ADVICE): GuardViolation[] {
  const out: GuardViolation[] = []
  const add = (path: string, detail: string) => out.push({ kind: 'protected-path', path, detail: `${detail}; ${advice}` })
  const target = matcher(change.path)
  if (target) add(change.path, `${verb(change)} (protected by ${quote(target)})`)
  if (change.fromPath !== undefined && change.status === 'R') {
    const source = matcher(change.fromPath)
    if (source) add(change.fromPath, `renamed protected ${quote(change.fromPath)} (by ${quote(source)}) to ${quote(change.path)}`)
  }
  if (change.after === 'symlink' && change.linkTarget !== undefined) {
    const destination = linkDestination(change.path, change.linkTarget)
    if (destination === null) {
      add(change.path, `symlink ${quote(change.path)} points outside the repository (${quote(change.linkTarget)})`)
    } else {
      const pattern = matcher(destination)
      if (pattern) {
        add(change.path, `symlink ${quote(change.path)} points to ${quote(change.linkTarget)}, which is protected by ${quote(pattern)}`)
      }
    }
  }
  return out
}

function verb(change: ChangedPath): string {
  const p = quote(change.path)
  switch (change.status) {
    case 'A':
      return `added ${noun(change.after)} ${p}`
    case 'D':
      return `deleted ${noun(change.before)} ${p}`
    case 'R':
      return `renamed ${quote(change.fromPath ?? '')} to ${p}`
    case 'C':
      return `copied ${quote(change.fromPath ?? '')} to ${p}`
    case 'T':
      return `changed ${p} from ${noun(change.before)} to ${noun(change.after)}`
    default:
      return `changed ${noun(change.after)} ${p}`
  }
}

function noun(kind: EntryKind): string {
  switch (kind) {
    case 'symlink':
      return 'symlink'
    case 'submodule':
      return 'submodule'
    case 'executable':
      return 'executable file'
    default:
      return 'file'
  }
}
