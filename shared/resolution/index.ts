// resolution: what it takes to resolve a conflict (the brief) and what earlier merges taught (remembered resolutions).
export {
  buildConflictBrief,
  parseBriefTarget,
  rememberedByKey,
  type BriefDeps,
  type BriefFile,
  type BriefHunk,
  type BriefTarget,
  type ConflictBrief,
  type RememberedResolution,
  type SideTask,
} from './build-brief'
export { renderBriefText, briefCounts, MAX_SHOWN_LINES } from './render-brief'
export { collapsedBrief, type CollapsedBrief } from './collapsed'
export { rebasePlan, type RebasePlan } from './rebase-plan'
export { hunkKey, encodeSection, decodeSection } from './hunk-key'
export { learnResolutions, resolvedHunks, MAX_SECTION_BYTES } from './learn-resolutions'
export { rememberMerges, type RememberOptions } from './remember-merges'
