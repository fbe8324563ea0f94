import { md, sha, table } from '../text/markdown'
import { formatRanges } from '../conflicts/range-text'
import { driftTasksText } from '../role-ci'
import { neutralize } from '../text/neutralize'
import {
  openDrift,
  openGuards,
  FeatureProjection,
  latestTests,
  openConflicts,
  taskProgress,
  Projection,
  formatUsd,
  totalTokens,
  usageOfBranch,
} from '../state/projection'
import { mergeOrderFromState } from '../integrate'

const MAX_ROWS = 40

/**
 * The generated part of the pull request body, from state: the agent's tasks
 * done and still open, its latest test results, its current conflicts with
 * sibling branches. Deterministic; user text escaped.
 */
export function renderPullRequestBody(projection: Projection, spec: string, branch: string, extra?: string): string {
  const feature: FeatureProjection | undefined = projection.features[spec]
  const lines = [`**Feature:** ${md(feature?.registration?.name ?? spec)} (\`${md(spec)}\`) · **Branch:** ${md(branch)}`, '']
  if (feature) {
    const progress = taskProgress(feature)
    const mine = progress.tasks.filter((t) => t.agent === branch)
    const done = mine.filter((t) => t.state === 'done')
    const open = progress.tasks.filter((t) => t.state !== 'done')
    lines.push(`### Tasks: ${done.length} done by this branch, ${progress.done}/${progress.total} done in the feature`, '')
    if (done.length) lines.push(...done.slice(0, MAX_ROWS).map((t) => `- [x] ${md(t.id)} ${md(t.description ?? '')}`), '')
    if (open.length) {
      lines.push('<details><summary>Open tasks of the feature</summary>', '')
      lines.push(
        ...open
          .slice(0, MAX_ROWS)
          .map(
            (t) =>
              `- [ ] ${md(t.id)} ${md(t.description ?? '')}${t.state === 'in-progress' ? ` _(in progress on ${md(t.agent ?? '')})_` : ''}`,
          ),
      )
      if (open.length > MAX_ROWS) lines.push(`- … ${open.length - MAX_ROWS} more`)
      lines.push('', '</details>', '')
    }
    const tests = latestTests(feature).filter((t) => t.branch === branch)
    lines.push('### Latest test results', '')
    if (tests.length) {
      lines.push(
        ...table(
          ['Suite', 'Passed', 'Failed', 'Skipped', 'Commit'],
          tests.map((t) => [md(t.suite), String(t.passed), String(t.failed), String(t.skipped), `\`${t.commit.slice(0, 7)}\``]),
        ),
        '',
      )
    } else lines.push('_No test results recorded for this branch yet._', '')
  } else lines.push('_This feature is not registered on the state branch yet (run init-feature)._', '')
  const conflicts = openConflicts(projection, spec).filter((c) => c.left === branch || c.right === branch)
  lines.push('### Predicted conflicts', '')
  if (conflicts.length) {
    lines.push(
      ...table(
        ['With', 'File', 'Lines here', 'Lines there'],
        conflicts.flatMap((c) => {
          const here = c.left === branch
          return c.files.map((f) => [
            md(here ? c.right : c.left),
            md(f.path),
            formatRanges(here ? f.leftRanges : f.rightRanges, { max: 8 }),
            formatRanges(here ? f.rightRanges : f.leftRanges, { max: 8 }),
          ])
        }),
      ),
      '',
    )
  } else lines.push('_None in the last scan._', '')
  const guards = feature ? openGuards(feature, branch) : []
  lines.push('### Role guard', '')
  if (guards.length) {
    lines.push(
      ...table(
        ['Rule', 'Path or target', 'Commit'],
        guards.map((g) => [g.kind === 'pr-target' ? 'pull request target' : 'protected path', md(g.subject, 300), sha(g.detected?.commit)]),
      ),
      '',
    )
  } else lines.push('_No open violation._', '')
  // Files the implementor changed outside the paths of its tasks: the reviewer should know whose they are.
  const drift = feature ? openDrift(feature, branch) : []
  if (drift.length)
    lines.push(
      '### Scope drift',
      '',
      ...table(
        ['File outside its tasks', 'Belongs to', 'Commit'],
        drift.map((d) => [md(d.path, 300), md(driftTasksText(d.detected?.tasks), 300), sha(d.detected?.commit)]),
      ),
      '',
    )
  // What the branch's agent cost so far (only once usage was recorded for it).
  const usage = feature ? usageOfBranch(feature, branch) : null
  if (usage)
    lines.push(
      '### Cost',
      '',
      `${formatUsd(usage.costMicroUsd)} for ${totalTokens(usage)} tokens (${usage.inputTokens} input, ${usage.outputTokens} output, ${usage.cacheCreationTokens} cache write, ${usage.cacheReadTokens} cache read), over ${usage.records} usage record(s).`,
      '',
    )
  // The overseer's pull request shows the order to merge its implementors in.
  if (feature && feature.agents[branch]?.role === 'overseer') lines.push(...mergeOrderFromState(projection, spec, 3))
  // The workflow's own markdown: kept as markdown, but without controls, bidi overrides or stray line breaks.
  if (extra?.trim()) lines.push(neutralize(extra.trim(), { multiline: true }), '')
  return lines.join('\n')
}
