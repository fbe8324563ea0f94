// Merging branches one after another into a starting commit with real git,
// as an overseer would: a merge that conflicts is resolved by taking the
// branch's side of every conflicted file (the author resolves in favour of
// their change), so the next merges build on a real result. Used by the
// merge-order test (every order for small N) and the flask benchmark.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Git } from '../../shared/git/git'

export interface MergeOutcome {
  commit: string
  conflicted: boolean
}

/** Merges `branch` (a commit) into `into`; returns the merge commit and whether git reported a conflict. */
export async function simulateMerge(git: Git, into: string, branch: string): Promise<MergeOutcome> {
  const r = await git.exec(['merge-tree', '--write-tree', '--name-only', '-z', into, branch], { allowedExitCodes: [0, 1] })
  const parts = r.stdout.split('\0')
  let tree = parts[0]
  const conflicted = r.exitCode === 1
  if (conflicted) {
    // After the tree: the conflicted paths, then an empty entry before the messages.
    const paths: string[] = []
    for (const p of parts.slice(1)) {
      if (p === '') break
      paths.push(p)
    }
    tree = await takeSide(git, tree, branch, [...new Set(paths)])
  }
  const commit = (
    await git.run(['commit-tree', tree, '-p', into, '-p', branch, '-m', 'merge'], {
      env: { GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    })
  ).trim()
  return { commit, conflicted }
}

async function takeSide(git: Git, tree: string, branch: string, paths: string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'orch-merge-'))
  const env = { GIT_INDEX_FILE: join(dir, 'index') }
  try {
    await git.run(['read-tree', tree], { env })
    // The branch's entry of every conflicted path (one ls-tree), then every index change at once: the
    // entries it has replace the merge's, the paths it lacks are removed (mode 0).
    const entries = new Map<string, string>()
    for (const line of (await git.run(['ls-tree', '-z', '--full-tree', branch, '--', ...paths])).split('\0')) {
      const tab = line.indexOf('\t')
      if (tab > 0) entries.set(line.slice(tab + 1), line.slice(0, tab))
    }
    const zero = '0'.repeat(tree.length)
    const info = paths.map((path) => {
      const [mode, , oid] = (entries.get(path) ?? `0 blob ${zero}`).split(' ')
      return `${mode} ${oid}\t${path}\0`
    })
    await git.run(['update-index', '-z', '--index-info'], { env, input: info.join('') })
    return (await git.run(['write-tree'], { env })).trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The number of conflicting merges of every order of `branches` (keys: the
 * order joined with spaces), merging into `start`. Prefixes are shared, so n
 * branches cost sum over k of n!/(n-k)! merges rather than n * n!.
 */
export async function conflictsOfEveryOrder(git: Git, start: string, branches: Record<string, string>): Promise<Map<string, number>> {
  const names = Object.keys(branches).sort()
  const out = new Map<string, number>()
  const walk = async (commit: string, used: string[], count: number): Promise<void> => {
    if (used.length === names.length) {
      out.set(used.join(' '), count)
      return
    }
    for (const name of names) {
      if (used.includes(name)) continue
      const m = await simulateMerge(git, commit, branches[name])
      await walk(m.commit, [...used, name], count + (m.conflicted ? 1 : 0))
    }
  }
  await walk(start, [], 0)
  return out
}

/** Conflicting merges of one order. */
export async function conflictsOfOrder(git: Git, start: string, order: string[]): Promise<number> {
  let commit = start
  let count = 0
  for (const sha of order) {
    const m = await simulateMerge(git, commit, sha)
    commit = m.commit
    if (m.conflicted) count++
  }
  return count
}
