import type { ScopePath } from './task-paths'

/**
 * Which tasks' paths cover a path, without trying every task: a file or
 * folder path is found by looking up each folder prefix of the path (and
 * the path itself) in a map; only globs are tried one by one. The answer is
 * in the order the tasks were given (file order).
 */
export class TaskIndex {
  private readonly byPath = new Map<string, number[]>()
  private readonly globs: { at: number; scope: ScopePath }[] = []
  private readonly ids: string[]

  constructor(tasks: readonly { id: string; scopes: readonly ScopePath[] }[]) {
    this.ids = tasks.map((t) => t.id)
    tasks.forEach((t, at) => {
      for (const s of t.scopes) {
        if (s.glob) this.globs.push({ at, scope: s })
        else this.byPath.set(s.path, [...(this.byPath.get(s.path) ?? []), at])
      }
    })
  }

  /** Ids of the tasks covering `path`, each once, in task order. */
  covering(path: string): string[] {
    const found = new Set<number>()
    for (let i = path.indexOf('/'); ; i = path.indexOf('/', i + 1)) {
      for (const at of this.byPath.get(i < 0 ? path : path.slice(0, i)) ?? []) found.add(at)
      if (i < 0) break
    }
    for (const g of this.globs) if (!found.has(g.at) && g.scope.matches(path)) found.add(g.at)
    return [...found].sort((a, b) => a - b).map((at) => this.ids[at])
  }
}
