import { InputError } from '../../errors'
import { assertSafeSegment } from '../events/safe-segment'

/**
 * Where things live on the state branch (see LAYOUT.md). Every path we build
 * goes through here, and every user-influenced segment is checked so that no
 * value can climb out of its folder.
 */

export { assertSafeSegment }

/** Normalises the `root` option ('' = the branch root) and refuses parent or hidden-git segments. */
export function normalizeRoot(root: string | undefined): string {
  const trimmed = (root ?? '').replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return ''
  for (const segment of trimmed.split('/')) {
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(segment) || segment === '.' || segment === '..' || segment.toLowerCase() === '.git') {
      throw new InputError(
        `state root ${JSON.stringify(root)} is not valid: expected folder names of letters, digits, ".", "_" or "-", without "..", "." or ".git"`,
      )
    }
  }
  return trimmed
}

export class StateLayout {
  /** '' or 'a/b/' */
  private readonly prefix: string

  constructor(readonly root: string) {
    this.prefix = root ? `${root}/` : ''
  }

  get eventsDir(): string {
    return `${this.prefix}events`
  }
  get projectionPath(): string {
    return `${this.prefix}projection.json`
  }
  /** sha256 of projection.json's bytes: a hand edit of the projection no longer matches it. */
  get projectionDigestPath(): string {
    return `${this.prefix}projection.json.sha256`
  }
  /** Says "this branch (or folder) is agent-orchestrator's state": nothing is written on a branch without it. */
  get markerPath(): string {
    return `${this.prefix}.agent-orchestrator-state`
  }
  get dashboardPath(): string {
    return `${this.prefix}README.md`
  }

  eventPath(feature: string, key: string): string {
    return `${this.eventsDir}/${eventRelativePath(feature, key)}`
  }

  featureDir(feature: string): string {
    return `${this.prefix}features/${assertSafeSegment(feature, 'feature id')}`
  }

  overseerViewPath(feature: string): string {
    return `${this.featureDir(feature)}/overseer.md`
  }

  implementorViewPath(feature: string, index: number): string {
    if (!Number.isSafeInteger(index) || index < 1) throw new InputError(`implementor index ${index} is not a positive whole number`)
    return `${this.featureDir(feature)}/impl-${index}.md`
  }

  /** Absolute path on the branch of a path relative to the root. */
  full(relative: string): string {
    return `${this.prefix}${relative}`
  }
}

/** `<feature>/<key[0:2]>/<key>.json`, relative to the events folder. */
export function eventRelativePath(feature: string, key: string): string {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new InputError(`event key ${JSON.stringify(key)} is not 64 lowercase hex digits`)
  return checkedEventRelativePath(assertSafeSegment(feature, 'feature id'), key)
}

/** The same for a feature and key already validated (a parsed event's): nothing is checked again. */
export function checkedEventRelativePath(feature: string, key: string): string {
  return `${feature}/${key.slice(0, 2)}/${key}.json`
}
