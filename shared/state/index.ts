/**
 * The state: the event format (events/), the projection folded from the
 * events (projection/), the log on a git branch that stores them (log/), and
 * the operations that record facts. The views that render it live above, in
 * shared/views, and are handed to the log as a renderer.
 */
export * from './events'
export * from './projection'
export * from './log'
export * from './operations'
