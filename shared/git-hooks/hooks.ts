import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { quote } from '../naming/validate'
import { CommandDefinition } from '../commands/command'
import { BACKUP_SUFFIX, HOOK_NAME, hookScript, MARKER, OLD_MARKER } from './hook-script'

export { hookScript } from './hook-script'

async function hookPath(git: Git, cwd: string, name: string): Promise<string> {
  const rel = await git.run(['rev-parse', '--git-path', `hooks/${name}`])
  return isAbsolute(rel) ? rel : join(cwd, rel)
}

function read(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}

export const hooksCommand: CommandDefinition = {
  name: 'hooks',
  summary:
    'Install (or remove) a git pre-push hook that records task progress for each pushed branch once the remote has it (sync-status), so only pushed work is recorded.',
  options: [
    {
      name: 'action',
      type: 'string',
      required: true,
      positional: 0,
      choices: ['install', 'uninstall'],
      description: 'install or uninstall.',
    },
    {
      name: 'force',
      type: 'boolean',
      default: 'false',
      description: `Install over a pre-push hook that is not ours: it is kept as pre-push${BACKUP_SUFFIX} and run first (uninstall puts it back).`,
    },
  ],
  outputs: [],
  async run(values, ctx) {
    const git = await Git.open(ctx.cwd)
    const path = await hookPath(git, ctx.cwd, HOOK_NAME)
    const backup = `${path}${BACKUP_SUFFIX}`
    const existing = read(path)
    const ours = existing?.includes(MARKER) ?? false
    if (values.string('action') === 'uninstall') {
      if (existing && !ours) throw new InputError(`${quote(path)} is not our hook; left as it is`)
      if (existing) rmSync(path)
      const restored = existing !== null && existsSync(backup)
      if (restored) renameSync(backup, path)
      const text = existing
        ? `Removed ${path}${restored ? ` and put back the hook that was there before` : ''}`
        : 'No hook of ours was installed'
      return { exitCode: 0, outputs: {}, text, json: { path, removed: Boolean(existing), restored } }
    }
    let backedUp = false
    if (existing && !ours) {
      if (!values.bool('force'))
        throw new InputError(
          `${quote(path)} already exists and is not ours; pass --force to keep it as ${quote(backup)} and run it before ours`,
        )
      if (existsSync(backup))
        throw new InputError(`${quote(backup)} already exists: move it or ${quote(path)} away first, so that neither hook is lost`)
      renameSync(path, backup)
      chmodSync(backup, 0o755)
      backedUp = true
    }
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, hookScript())
    chmodSync(path, 0o755)
    // The post-commit hook of older versions recorded commits before they were pushed.
    const old = await hookPath(git, ctx.cwd, 'post-commit')
    const removedOld = read(old)?.includes(OLD_MARKER) ?? false
    if (removedOld) rmSync(old)
    const lines = [
      `Installed ${path}: each push records the task progress of the pushed branches once the remote has them (log: .git/orchestrator-sync.log).`,
      ...(backedUp ? [`The hook that was there is kept as ${backup} and runs first.`] : []),
      ...(removedOld ? [`Removed the old post-commit hook of agent-orchestrator (${old}).`] : []),
      'The hook runs node_modules/.bin/orchestrator of this repository, or orchestrator on PATH.',
    ]
    return { exitCode: 0, outputs: {}, text: lines.join('\n'), json: { path, backup: backedUp ? backup : null, removedOld } }
  },
}
