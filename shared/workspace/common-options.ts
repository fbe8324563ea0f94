// The options of the workspace every state-touching command opens (and the
// token of those that call GitHub's API): declared here, beside what reads them.
import { DEFAULT_CONFIG_PATH } from '../config/config'
import type { OptionSpec } from '../options/options'

/** Options every command that touches state shares. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'config',
    type: 'string',
    description: 'Path of the orchestrator configuration file, relative to the repository root.',
    default: DEFAULT_CONFIG_PATH,
  },
  {
    name: 'state-branch',
    type: 'string',
    description:
      'Branch that holds the event log and the views (default from the config: orchestrator/state; "current" for the checked-out branch).',
  },
  { name: 'remote', type: 'string', description: 'Git remote to read branches from and push to.', default: 'origin' },
  { name: 'dry-run', type: 'boolean', description: 'Compute and print what would change without pushing anything.', default: 'false' },
  {
    name: 'adopt-state-branch',
    type: 'boolean',
    description:
      'Record on an existing state branch that does not carry the agent-orchestrator marker (by default such a branch, e.g. a code branch named by mistake, is refused and left untouched).',
    default: 'false',
  },
  {
    name: 'notify-webhook',
    type: 'string',
    description:
      'Slack, Discord or generic JSON webhook address (from a secret) told about new conflicts, resolutions, failing checks, guard violations and blockers; settings under notifications: in the config.',
    secret: true,
  },
]

/** For the commands that call GitHub's API (open-pr, detect-conflicts with notify: pr). */
export const TOKEN_OPTION: OptionSpec = {
  name: 'token',
  type: 'string',
  description: 'GitHub token for API calls (pull requests, comments, labels). Pushes use the credentials of the checkout.',
  secret: true,
}
