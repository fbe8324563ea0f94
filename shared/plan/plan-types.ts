/** Why a task must wait for another. */
export type DependencyReason = 'explicit' | 'order' | 'phase'

export interface PlanDependency {
  id: string
  reason: DependencyReason
}

/** Why a task is tied to one agent. */
export type PinReason = 'in-progress' | 'branch-changes'

/** One open task as the planner sees it. */
export interface PlanTask {
  id: string
  description: string
  paths: string[]
  /** Open tasks this one waits for (done ones are dropped). */
  dependsOn: PlanDependency[]
  parallel: boolean
  phase?: string
  story?: string
  /** Weight for the load balance (default 1). */
  estimate: number
  /** An agent the task must stay with. */
  pinned?: { agent: string; reason: PinReason; detail?: string }
  /** The owner an earlier plan gave it (a tie-break: plans stay stable). */
  owner?: string
  /** In progress now: it belongs to the first wave. */
  started?: boolean
}

export interface PlanInput {
  tasks: PlanTask[]
  /** Agent names in their order (e.g. impl-1, impl-2). */
  agents: string[]
  /** Paths each agent's branch already changed. */
  branchPaths?: Record<string, string[]>
  /** Above this many open tasks the heuristic is used (default EXACT_LIMIT). */
  exactLimit?: number
  /** Search steps before the exact search gives up (default SEARCH_BUDGET). */
  searchBudget?: number
}

export interface PlannedTask {
  id: string
  agent: string
  /** 1-based. */
  wave: number
  why: string
}

/** Two tasks of one wave on different agents that touch the same paths. */
export interface Collision {
  wave: number
  tasks: [string, string]
  agents: [string, string]
  paths: string[]
  why: string
}

export interface AgentLoad {
  agent: string
  tasks: number
  estimate: number
}

export type PlanMethod = 'exact' | 'heuristic'

export interface Plan {
  method: PlanMethod
  /** True when no plan with fewer waves (and no more shared paths) exists. */
  optimal: boolean
  /** No plan can have fewer waves than this. */
  lowerBound: number
  waves: PlannedTask[][]
  assignments: PlannedTask[]
  collisions: Collision[]
  /** Tasks that touch paths another agent's branch already changed. */
  branchCollisions: { task: string; agent: string; others: string[]; paths: string[] }[]
  load: AgentLoad[]
  /** Search steps used by the exact search (0 for the heuristic). */
  steps: number
}
