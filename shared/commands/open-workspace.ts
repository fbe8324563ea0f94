import type { RunContext } from '../context'
import { createNotifier } from '../notify/notifier'
import type { OptionValues } from '../options/options'
import { openWorkspace, type OpenWorkspaceOptions, type Workspace } from '../workspace/workspace'
import { workspaceSettings } from '../workspace/settings'

/**
 * The workspace of a command with COMMON_OPTIONS: its settings read once, and the notify
 * capability plugged in here, at the command layer, so the workspace itself imports no capability.
 */
export function openCommandWorkspace(values: OptionValues, ctx: RunContext, options: OpenWorkspaceOptions = {}): Promise<Workspace> {
  return openWorkspace(workspaceSettings(values), ctx, { createNotifier, ...options })
}
