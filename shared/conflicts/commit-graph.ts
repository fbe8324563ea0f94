import { open, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { messageOf } from '../errors'
import type { Git } from '../git/git'
import type { Logger } from '../logger'
import { gitPath, listRefs } from '../git/refs'
import { writeCommitGraph } from '../git/history'

const OIDF = 0x4f494446 // "OIDF": fan-out table
const OIDL = 0x4f49444c // "OIDL": sorted commit ids

/**
 * Membership test on one commit-graph file without loading it: the header,
 * the chunk table, the fan-out, then a binary search with small reads.
 * Format: Documentation/gitformat-commit-graph.txt in git.
 */
async function graphContains(file: string, oids: readonly string[]): Promise<boolean[]> {
  const fh = await open(file, 'r')
  try {
    const read = async (offset: number, length: number): Promise<Buffer> => {
      const buf = Buffer.alloc(length)
      const { bytesRead } = await fh.read(buf, 0, length, offset)
      if (bytesRead !== length) throw new Error('commit-graph file is truncated')
      return buf
    }
    const header = await read(0, 8)
    if (header.toString('latin1', 0, 4) !== 'CGPH' || header[4] !== 1) throw new Error('not a commit-graph file')
    const hashLength = header[5] === 2 ? 32 : 20
    const chunks = header[6]!
    const table = await read(8, (chunks + 1) * 12)
    let fanoutAt = -1
    let listAt = -1
    for (let i = 0; i < chunks; i++) {
      const id = table.readUInt32BE(i * 12)
      const offset = Number(table.readBigUInt64BE(i * 12 + 4))
      if (id === OIDF) fanoutAt = offset
      if (id === OIDL) listAt = offset
    }
    if (fanoutAt < 0 || listAt < 0) throw new Error('commit-graph file has no commit list')
    const fanout = await read(fanoutAt, 256 * 4)
    const found: boolean[] = []
    for (const oid of oids) {
      const want = Buffer.from(oid, 'hex')
      if (want.length !== hashLength) {
        found.push(false)
        continue
      }
      let lo = want[0] === 0 ? 0 : fanout.readUInt32BE((want[0]! - 1) * 4)
      let hi = fanout.readUInt32BE(want[0]! * 4)
      let hit = false
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        const cmp = Buffer.compare(await read(listAt + mid * hashLength, hashLength), want)
        if (cmp === 0) {
          hit = true
          break
        }
        if (cmp < 0) lo = mid + 1
        else hi = mid
      }
      found.push(hit)
    }
    return found
  } finally {
    await fh.close()
  }
}

/** The graph files git would read: the single file if present, else every layer of a split chain. */
async function graphFiles(git: Git): Promise<string[]> {
  const single = resolve(git.cwd, await gitPath(git, 'objects/info/commit-graph'))
  try {
    await (await open(single, 'r')).close()
    return [single]
  } catch {
    const chainFile = resolve(git.cwd, await gitPath(git, 'objects/info/commit-graphs/commit-graph-chain'))
    const chain = await readFile(chainFile, 'utf8').catch(() => '')
    return chain
      .split('\n')
      .filter((h) => /^[0-9a-f]{40,64}$/.test(h))
      .map((h) => join(dirname(chainFile), `graph-${h}.graph`))
  }
}

export interface CommitGraphResult {
  written: boolean
  reason: string
}

/**
 * Makes sure a commit-graph covers the branch tips, so merge-base and history
 * walks are fast on long histories. The check is cheap (a few reads of the
 * graph file); only a missing or stale graph is (re)written, with
 * `git commit-graph write --reachable`. `tips` default to every local and
 * remote-tracking branch.
 */
export async function ensureCommitGraph(git: Git, logger: Logger, tips?: readonly string[]): Promise<CommitGraphResult> {
  if (await git.isShallow()) {
    logger.debug('commit-graph: skipped, git does not use it in a shallow clone')
    return { written: false, reason: 'shallow clone' }
  }
  const wanted = tips ?? (await listRefs(git, '%(objectname)', ['refs/heads', 'refs/remotes'])).split('\n').filter(Boolean)
  const unique = [...new Set(wanted)]
  let reason = ''
  const files = await graphFiles(git)
  if (files.length === 0) reason = 'no commit-graph yet'
  else {
    try {
      const covered = new Array<boolean>(unique.length).fill(false)
      for (const file of files) (await graphContains(file, unique)).forEach((hit, i) => (covered[i] ||= hit))
      const stale = covered.filter((c) => !c).length
      if (stale) reason = `${stale} of ${unique.length} branch tips are not in the commit-graph`
    } catch (e) {
      reason = `commit-graph unreadable (${messageOf(e)})`
    }
  }
  if (!reason) {
    logger.debug('commit-graph: up to date')
    return { written: false, reason: 'up to date' }
  }
  logger.info(`Writing a commit-graph: ${reason}`)
  await writeCommitGraph(git)
  return { written: true, reason }
}
