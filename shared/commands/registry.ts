import { agentsCommand } from './agents'
import { checkPathCommand } from './check-path'
import { conflictsBriefCommand } from './conflicts'
import { CommandDefinition } from './command'
import { dashboardCommand } from './dashboard'
import { demoCommand } from './demo'
import { detectConflictsCommand } from './detect-conflicts'
import { EVENTS_COMMANDS } from './events'
import { hooksCommand } from './hooks'
import { initFeatureCommand } from './init-feature'
import { integrateOrderCommand } from './integrate-order'
import { metricsCommand } from './metrics'
import { openPrCommand } from './open-pr'
import { planCommand } from './plan'
import { roleCiCommand } from './role-ci'
import { syncStatusCommand } from './sync-status'

/** The commands that are also actions, in the order `orchestrator --help` lists them. */
export const ACTION_COMMANDS: readonly CommandDefinition[] = [
  initFeatureCommand,
  detectConflictsCommand,
  syncStatusCommand,
  roleCiCommand,
  openPrCommand,
  planCommand,
  integrateOrderCommand,
]

/** Every CLI command. */
export const COMMANDS: readonly CommandDefinition[] = [
  demoCommand,
  ...ACTION_COMMANDS,
  hooksCommand,
  agentsCommand,
  checkPathCommand,
  conflictsBriefCommand,
  dashboardCommand,
  metricsCommand,
  ...EVENTS_COMMANDS,
]
