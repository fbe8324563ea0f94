import type { OptionValues } from '../options/options'

/** The common options (COMMON_OPTIONS) that say where a command's repository, configuration and state are. */
export interface WorkspaceSettings {
  remote: string
  /** As given, with its default; openWorkspace validates it. */
  configPath: string | undefined
  /** As given ('current' included); undefined: the configuration's. */
  stateBranch: string | undefined
  dryRun: boolean
  adoptStateBranch: boolean
  /** Undefined when the command has no such option or none was given. */
  notifyWebhook: string | undefined
}

/** Reads the workspace settings once from a command's values (only commands that declare COMMON_OPTIONS call it). */
export function workspaceSettings(values: OptionValues): WorkspaceSettings {
  return {
    remote: values.string('remote') ?? 'origin',
    configPath: values.string('config'),
    stateBranch: values.string('state-branch'),
    dryRun: values.bool('dry-run'),
    adoptStateBranch: values.bool('adopt-state-branch'),
    notifyWebhook: values.names().includes('notify-webhook') ? values.string('notify-webhook') : undefined,
  }
}
