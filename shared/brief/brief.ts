import { createHash } from 'node:crypto'
import { detachedRecorder, locate, queueEvent, type Located } from '../check-path'
import { readConfig } from '../config/config-source'
import { messageOf } from '../errors'
import { isRemoteName, privateRef } from '../git/remote'
import type { Logger } from '../logger'
import { branchGlob } from '../naming/branch-pattern'
import { resolveAgentIdentity } from '../naming/role-source'
import { privateStateRef, projectionAsFetched } from '../state/log'
import { clean, conflictFacts, stateItems, type BriefCaller } from './collect'
import { conflictItems } from './conflict-text'
import { agentCursor, cursorPath, readCursor, writeCursor } from './cursor'
import { BRIEF_KINDS, type BriefItem } from './items'
import { reviewItems } from './reviews'

export interface BriefOptions {
  cwd: string
  remote: string
  configPath?: string
  /** Fetch the state branch and the feature's branches first, killed after this long; 0: read what is fetched. */
  fetchTimeoutMs: number
  /** How to run this CLI, for the hints in the brief (e.g. `npx orchestrator`). */
  cli: string
  /** The CLI's script: starts the background recorder of brief-delivered (none: nothing is recorded). */
  cliScript?: string
  record: boolean
  /** With a token: new comments on the caller's pull request (GitHub at `apiUrl`). */
  github?: { token: string; apiUrl: string; repository?: string }
  /** May the local role file say who this checkout is (the CLI outside Actions). */
  readRoleFile: boolean
  /** Tell every fact still true, not only what is new (a new session has lost what earlier ones heard). */
  full?: boolean
  now: Date
  logger: Logger
}

export interface BriefResult {
  /** The agent briefed, when this checkout is one. */
  agent: string | null
  /** What is new since it last asked. */
  items: BriefItem[]
  /** Why the brief could not be made, or is partial: one line, said once per cause (fail open, never an error). */
  note: string | null
  /** Whether a brief-delivered event was queued for the background recorder. */
  queued: boolean
}

/**
 * What is new for the agent of this checkout since it last asked (the cursor). Reads the state branch as fetched
 * here (one bounded fetch first, when asked), never writes to it: delivery is recorded by the background
 * recorder. Whatever goes wrong ends in a one-line note, never an exception: a brief must not stop the agent.
 */
export async function agentBrief(o: BriefOptions): Promise<BriefResult> {
  let located: Located
  try {
    located = await locate(o.cwd)
  } catch (error) {
    return { agent: null, items: [], note: `no brief: ${messageOf(error)}`, queued: false }
  }
  let caller: BriefCaller
  let stateBranch: string
  let glob: string
  try {
    const config = await readConfig({ kind: 'work-tree', path: o.configPath }, { cwd: located.toplevel })
    const id = resolveAgentIdentity({ branch: located.branch, naming: config.branches, cwd: located.toplevel, readFile: o.readRoleFile })
    if (!id.role || !id.feature || !id.branch)
      return {
        agent: null,
        items: [],
        note: `no brief: this checkout is not an agent's (branch ${located.branch ?? '(detached)'}, no role file)`,
        queued: false,
      }
    caller = { spec: id.feature, branch: id.branch, role: id.role }
    stateBranch = config.state.branch
    glob = branchGlob(config.branches, caller.spec)
  } catch (error) {
    return { agent: null, items: [], note: `no brief: ${messageOf(error)}`, queued: false }
  }
  if (stateBranch === 'current')
    return {
      agent: caller.branch,
      items: [],
      note: 'no brief: the state lives on the branch being worked on (state.branch: current)',
      queued: false,
    }
  const notes: string[] = []
  if (o.fetchTimeoutMs > 0)
    try {
      await fetchState(located, o.remote, stateBranch, glob, o.fetchTimeoutMs)
    } catch (error) {
      notes.push(`fetch failed, brief from the state as last fetched (${messageOf(error)})`)
    }
  const items: BriefItem[] = []
  const comments: BriefItem[] = []
  try {
    const state = await projectionAsFetched(located.git, o.remote, stateBranch)
    if (!state) notes.push(`no brief: the state branch ${stateBranch} was never fetched here (git fetch ${o.remote} ${stateBranch})`)
    else if (!state.projection)
      notes.push(`no brief: the state as fetched (${state.commit.slice(0, 12)}) has a projection.json ${state.reason}`)
    if (!state?.projection) return finish(o, located, caller, [], [], notes.join('; '))
    items.push(...(await conflictItems(located.git, conflictFacts(state.projection, caller), o.remote, o.cli)))
    items.push(...stateItems(state.projection, caller))
    if (o.github?.token)
      try {
        const feature = state.projection.features[caller.spec]
        comments.push(
          ...(await reviewItems(
            { ...o.github, remote: o.remote, git: located.git, logger: o.logger, timeoutMs: 3000 },
            feature,
            caller.branch,
          )),
        )
      } catch (error) {
        notes.push(`review comments not read: ${messageOf(error)}`)
      }
  } catch (error) {
    notes.push(`no brief: the state as fetched cannot be read: ${messageOf(error)}`)
  }
  return finish(o, located, caller, items, comments, notes.join('; ') || null)
}

/** Keeps what the cursor has not seen, moves the cursor, queues the delivery event. */
function finish(
  o: BriefOptions,
  located: Located,
  caller: BriefCaller,
  items: BriefItem[],
  comments: BriefItem[],
  note: string | null,
): BriefResult {
  const note1 = note ? clean(note) : null
  try {
    const path = cursorPath(located.cachePath)
    const cursor = readCursor(path)
    const before = agentCursor(cursor, caller.branch)
    const seen = new Set(o.full ? [] : before.seen)
    const told = new Set(before.comments)
    const fresh = [...items.filter((i) => !seen.has(i.id)), ...comments.filter((c) => !told.has(Number(c.id.slice('review:'.length))))]
    fresh.sort((a, b) => BRIEF_KINDS.indexOf(a.kind) - BRIEF_KINDS.indexOf(b.kind))
    // A fact that ended is forgotten (told again if it comes back); when the state could not be read, nothing is.
    const keep = items.length || !note1 ? items.map((i) => i.id) : before.seen
    const next = {
      seen: keep,
      comments: [...before.comments, ...comments.map((c) => Number(c.id.slice('review:'.length))).filter((n) => !told.has(n))],
      ...(note1 ? { note: note1 } : {}),
    }
    writeCursor(path, cursor, caller.branch, next)
    const queued = fresh.length > 0 && o.record && o.cliScript ? queueDelivery(o, located, caller, fresh) : false
    return { agent: caller.branch, items: fresh, note: note1 && note1 !== before.note ? note1 : null, queued }
  } catch (error) {
    // No cursor (a read-only git folder): tell everything, every time, rather than nothing.
    return {
      agent: caller.branch,
      items: [...items, ...comments],
      note: note1 ?? `brief cursor not kept: ${messageOf(error)}`,
      queued: false,
    }
  }
}

function queueDelivery(o: BriefOptions, located: Located, caller: BriefCaller, fresh: BriefItem[]): boolean {
  const digest = createHash('sha256')
    .update(fresh.map((i) => i.id).join('\n'))
    .digest('hex')
  const conflicts = fresh.filter((i) => i.kind === 'conflict').map((i) => i.id.split(':')[1]!)
  const time = o.now.toISOString()
  return queueEvent(
    located,
    `brief:${caller.branch}:${digest}`,
    {
      kind: 'brief-delivered',
      since: time,
      feature: caller.spec,
      actor: caller.branch,
      time,
      data: {
        agent: caller.branch,
        items: fresh.length,
        kinds: [...new Set(fresh.map((i) => i.kind))],
        ...(conflicts.length ? { conflicts: conflicts.slice(0, 200) } : {}),
        digest,
      },
    },
    detachedRecorder(o.cliScript!, located.toplevel, o.remote, o.configPath),
    o.now,
  )
}

/**
 * One `git fetch`, bounded in time: the state branch into our private ref, the feature's branches where
 * check-path reads them (so the tips of a conflict are here to read its lines).
 */
async function fetchState(located: Located, remote: string, stateBranch: string, glob: string, timeoutMs: number): Promise<void> {
  const siblings = isRemoteName(remote) ? `refs/remotes/${remote}/${glob}` : privateRef(glob)
  const args = ['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', '--no-auto-maintenance']
  const fetch = (ms: number) =>
    located.git.exec(
      [
        ...args,
        '--refmap=',
        '--',
        remote,
        `+refs/heads/${stateBranch}:${privateStateRef(remote, stateBranch)}`,
        `+refs/heads/${glob}:${siblings}`,
      ],
      { timeoutMs: ms },
    )
  const until = Date.now() + timeoutMs
  for (let attempt = 1; ; attempt++) {
    try {
      await fetch(Math.max(1, until - Date.now()))
      return
    } catch (error) {
      // Another process of this clone (the background recorder of the last brief, a scan) moved the same ref
      // while we fetched: the ref it wrote is as new as ours would be. Fetch again within the time left; after
      // that, the state as it stands is fresh enough, and saying "fetch failed" would be a false alarm.
      if (!/cannot lock ref/.test(messageOf(error))) throw error
      if (attempt >= 3 || Date.now() >= until) return
    }
  }
}
