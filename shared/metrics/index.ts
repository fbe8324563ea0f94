// metrics: what the toolkit saved and what the agents cost, from the event log alone. The face other layers reach it through.
export { computeMetrics, type Metrics, type MetricsOptions } from './compute'
export { formatMetrics, humanSeconds } from './render'
export { parseSince } from './since'
export { readAllEvents } from './read-log'
export { durations, percentile, type Durations } from './stats'
