import { messageOf, StateError } from '../../errors'
import { compareAndSwapLoop } from './compare-and-swap'
import { catFileBatch } from '../../git/cat-file'
import { commitContent, ObjectWriter, parseTree, type TreeEntry } from './git-objects'
import { pushWithLease } from './remote-branch'
import { objectName } from './state-at-commit'
import type { StateStore } from './store'
import { buildTree, foldersOf } from './tree-edit'
import { objectFormat, updateRefIfAt } from '../../git/refs'

/**
 * A derived file on the state branch that is not part of the event log (the
 * caches of state-cache.ts): read at the branch head, written by its own
 * compare-and-swap commit on top of the exact head read, through the same
 * loop as every other state write (compare-and-swap.ts). Losing a race means
 * re-reading and writing again; nothing else on the branch is touched. The
 * file lives under the state root.
 */

const DEFAULT_IDENTITY = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' }

export interface StateFileRead {
  /** The state commit read (null: the branch does not exist). */
  commit: string | null
  /** The file's bytes; null when it is not there. */
  content: Buffer | null
}

/**
 * The file at the state branch's head, fetched now; or as this run already
 * read it (`known`: the commit, null when no branch, and the file's bytes, null when absent).
 */
export async function readStateFile(store: StateStore, relative: string, known?: StateFileRead): Promise<StateFileRead> {
  if (known) return known
  const commit = await store.fetch()
  if (!commit) return { commit, content: null }
  const [found] = await catFileBatch(store.git, [objectName(commit, store.layout.full(relative))])
  return { commit, content: found && !found.missing && found.type === 'blob' ? found.content : null }
}

export interface StateFileWrite {
  /** The commit that holds the file now (ours when `pushed`); null when nothing was written. */
  commit: string | null
  pushed: boolean
  /** Why nothing was written, when so. */
  reason?: string
}

export interface StateFileOptions {
  message: string
  identity?: { name: string; email: string }
  maxAttempts?: number
  now?: () => Date
  /** The waits between attempts are the store's backoff (compare-and-swap.ts); these replace its randomness and its sleep, in tests. */
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  /** The head this run read the file at (readStateFile's commit): the first attempt builds on it without fetching again. */
  head?: string | null
}

/**
 * Puts `content` at `relative` on the state branch. Writes nothing when the
 * file already holds it, or when the branch does not exist yet (only an
 * event append creates the branch).
 */
export async function writeStateFile(
  store: StateStore,
  relative: string,
  content: string,
  options: StateFileOptions,
): Promise<StateFileWrite> {
  const { git } = store
  const path = store.layout.full(relative)
  const folders = foldersOf(path)
  const algorithm = /^[0-9a-f]{64}$/.test(options.head ?? '')
    ? 'sha256'
    : options.head
      ? 'sha1'
      : (await objectFormat(git)) === 'sha256'
        ? 'sha256'
        : 'sha1'
  const maxAttempts = options.maxAttempts ?? 5
  // A derived file is never written onto a branch that is not ours (a code branch named by mistake).
  try {
    await store.assertWritable()
  } catch (error) {
    return { commit: null, pushed: false, reason: messageOf(error) }
  }
  const loop = await compareAndSwapLoop<StateFileWrite>({ maxAttempts, random: options.random, sleep: options.sleep }, async (attempt) => {
    // A lost race shows as a refused lease, after which the branch is fetched again.
    const head = attempt === 1 && options.head ? options.head : await store.fetch()
    if (!head) return { done: { commit: null, pushed: false, reason: `${store.branch} does not exist yet` } }
    const writer = new ObjectWriter(git, algorithm)
    const oid = writer.add('blob', content)
    const found = await catFileBatch(
      git,
      [...folders, path].map((p) => objectName(head, p)),
    )
    const current = found[found.length - 1]
    if (current && !current.missing && current.oid === oid) return { done: { commit: head, pushed: false, reason: 'unchanged' } }
    const listings = new Map<string, TreeEntry[] | null>()
    folders.forEach((dir, i) => {
      const r = found[i]
      listings.set(dir, r && !r.missing && r.type === 'tree' ? parseTree(r.content, r.oid.length) : null)
    })
    const tree = buildTree(writer, (dir) => listings.get(dir) ?? null, [{ path, mode: '100644', type: 'blob', oid }])
    const commit = writer.add(
      'commit',
      commitContent({
        tree,
        parents: [head],
        identity: options.identity ?? DEFAULT_IDENTITY,
        seconds: Math.floor((options.now?.() ?? new Date()).getTime() / 1000),
        message: options.message,
      }),
    )
    await writer.flush()
    const outcome = await pushWithLease(git, store.remote, store.branch, commit, head)
    if (outcome.status === 'pushed') {
      await updateRefIfAt(git, store.privateRef, commit, head)
      return { done: { commit, pushed: true } }
    }
    if (outcome.status === 'refused') throw new StateError(`the remote refused the update of ${store.branch}: ${outcome.detail}`)
    return { retry: outcome.detail }
  })
  if (loop.done) return loop.done
  return { commit: null, pushed: false, reason: `${store.branch} kept moving (last: ${loop.lastFailure})` }
}
