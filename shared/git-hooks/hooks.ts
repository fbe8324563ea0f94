import { chmodSync, existsSync, renameSync, rmSync } from 'node:fs'
import { confineWrite, readConfined, writeConfined } from '../confine-path'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { BACKUP_SUFFIX, HOOK_NAME, hookScript, MARKER, OLD_MARKER } from './hook-script'
import { quote } from '../text/quote'
import { gitFile } from '../git/refs'

export interface HookInstalled {
  path: string
  /** Where a hook that was not ours is kept (and run first), or null. */
  backup: string | null
  /** Whether the post-commit hook of older versions was removed. */
  removedOld: boolean
  /** That old hook's path. */
  old: string
}

export interface HookUninstalled {
  path: string
  removed: boolean
  restored: boolean
}

/** Where git runs hook `name` (core.hooksPath respected), and the folder below which it is written without following a link. */
async function hookPath(git: Git, name: string): Promise<{ root: string; path: string }> {
  return gitFile(git, `hooks/${name}`)
}

function read(target: { root: string; path: string }): string | null {
  return readConfined(target.root, target.path, 'hook')
}

/** Installs our pre-push hook in the repository at `cwd`; a hook that is not ours is kept and run first only with `force`. */
export async function installPrePushHook(cwd: string, force: boolean): Promise<HookInstalled> {
  const git = await Git.open(cwd)
  const hook = await hookPath(git, HOOK_NAME)
  const path = hook.path
  const backup = `${path}${BACKUP_SUFFIX}`
  const existing = read(hook)
  confineWrite(hook.root, backup, 'hook')
  const ours = existing?.includes(MARKER) ?? false
  let backedUp = false
  if (existing && !ours) {
    if (!force)
      throw new InputError(
        `${quote(path)} already exists and is not ours; pass --force to keep it as ${quote(backup)} and run it before ours`,
      )
    if (existsSync(backup))
      throw new InputError(`${quote(backup)} already exists: move it or ${quote(path)} away first, so that neither hook is lost`)
    renameSync(path, backup)
    chmodSync(backup, 0o755)
    backedUp = true
  }
  writeConfined(hook.root, path, hookScript(), 'hook', { mode: 0o755 })
  chmodSync(path, 0o755)
  // The post-commit hook of older versions recorded commits before they were pushed.
  const old = await hookPath(git, 'post-commit')
  const removedOld = read(old)?.includes(OLD_MARKER) ?? false
  if (removedOld) rmSync(old.path)
  return { path, backup: backedUp ? backup : null, removedOld, old: old.path }
}

/** Removes our pre-push hook and puts back the one it was installed over; refuses a hook that is not ours. */
export async function uninstallPrePushHook(cwd: string): Promise<HookUninstalled> {
  const git = await Git.open(cwd)
  const hook = await hookPath(git, HOOK_NAME)
  const path = hook.path
  const backup = `${path}${BACKUP_SUFFIX}`
  const existing = read(hook)
  const ours = existing?.includes(MARKER) ?? false
  if (existing && !ours) throw new InputError(`${quote(path)} is not our hook; left as it is`)
  if (existing) rmSync(path)
  const restored = existing !== null && existsSync(backup)
  if (restored) renameSync(backup, path)
  return { path, removed: Boolean(existing), restored }
}

export function describeInstalled(r: HookInstalled): string {
  return [
    `Installed ${r.path}: each push records the task progress of the pushed branches once the remote has them (log: .git/orchestrator-sync.log).`,
    ...(r.backup ? [`The hook that was there is kept as ${r.backup} and runs first.`] : []),
    ...(r.removedOld ? [`Removed the old post-commit hook of agent-orchestrator (${r.old}).`] : []),
    'The hook runs node_modules/.bin/orchestrator of this repository, or orchestrator on PATH.',
  ].join('\n')
}

export function describeUninstalled(r: HookUninstalled): string {
  return r.removed
    ? `Removed ${r.path}${r.restored ? ` and put back the hook that was there before` : ''}`
    : 'No hook of ours was installed'
}
