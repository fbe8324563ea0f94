import type { FeatureProjection } from '../state/projection'
import { barChart, stepChart } from './charts'
import { burnUp, costPerAgent, leadTimeDistribution, openConflictsOverTime } from './trend-series'

const count = (v: number) => String(Math.round(v))
const dollars = (v: number) => `$${v.toFixed(2)}`

/** The feature over time: burn-up, open conflicts, cost per agent, conflict lead times. `now` is the feature's newest event. */
export function trendsSection(feature: FeatureProjection, now: string): string {
  return [
    '<h3 id="chart-burnup-h">Burn-up</h3>',
    stepChart({
      id: 'chart-burnup',
      title: 'Burn-up: tasks done and registered over time',
      desc: 'Tasks registered, done (from when each was first reported done) and done and merged',
      series: burnUp(feature),
      now,
      format: count,
    }),
    '<h3 id="chart-conflicts-h">Open conflicts</h3>',
    stepChart({
      id: 'chart-conflicts',
      title: 'Open conflicts over time',
      desc: 'Conflicts open at the end of each hour in which one began or ended',
      series: [openConflictsOverTime(feature)],
      now,
      format: count,
    }),
    '<h3 id="chart-cost-h">Cost per agent</h3>',
    stepChart({
      id: 'chart-cost',
      title: 'Cost per agent over time (US dollars)',
      desc: "Each agent's recorded cost so far, at the end of each hour in which it recorded usage",
      series: costPerAgent(feature),
      now,
      format: dollars,
    }),
    '<h3 id="chart-lead-h">Conflict lead time</h3>',
    barChart({
      id: 'chart-lead',
      title: 'Conflict lead time distribution',
      desc: 'Resolved conflicts by time from first detection to resolution',
      bars: leadTimeDistribution(feature),
    }),
  ].join('\n')
}
