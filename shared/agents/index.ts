// agents: the agent's side of a role (permission rules, guide, role file). The face other capabilities reach it through.
export { setupAgents } from './setup'
export type { AgentsSetupOptions, AgentsSetupResult } from './setup'
export { agentFiles } from './agent-files'
export type { AgentFile, AgentFilesInput } from './agent-files'
export { roleRules } from './claude-rules'
export type { AgentRole, RoleRules } from './claude-rules'
export type { AgentKind } from './guide'
