import { OrchestratorConfig } from './config/config'
import { RunContext } from './context'
import { Git } from './git/git'
import { StateStore } from './state/log'

/** What every repository operation (init-feature, sync-status, detect-conflicts, role-ci, open-pr) works with. */
export interface RepoDeps {
  git: Git
  remote: string
  config: OrchestratorConfig
  store: StateStore
  dryRun: boolean
  ctx: RunContext
}
