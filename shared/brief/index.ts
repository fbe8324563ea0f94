// brief: what is new for an agent since it last asked, told at the start of every turn. The face others reach it through.
export { agentBrief } from './brief'
export type { BriefOptions, BriefResult } from './brief'
export { hookJson, renderBrief } from './render'
export { parseBriefHookInput } from './hook'
export type { BriefHookEvent, BriefHookInput } from './hook'
export { BRIEF_KINDS } from './items'
export type { BriefItem, BriefKind } from './items'
