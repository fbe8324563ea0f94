import { BACKUP_SUFFIX } from '../git-hooks/hook-script'
import { describeInstalled, describeUninstalled, installPrePushHook, uninstallPrePushHook } from '../git-hooks/hooks'
import { CommandDefinition } from './command'

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
    if (values.string('action') === 'uninstall') {
      const r = await uninstallPrePushHook(ctx.cwd)
      return { exitCode: 0, outputs: {}, text: describeUninstalled(r), json: r }
    }
    const r = await installPrePushHook(ctx.cwd, values.bool('force'))
    return { exitCode: 0, outputs: {}, text: describeInstalled(r), json: { path: r.path, backup: r.backup, removedOld: r.removedOld } }
  },
}
