import type { Projection } from '../projection/projection-types'
import type { StateLayout } from './paths'

/**
 * The generated files a state write keeps up to date (markdown views, the web
 * dashboard). The log only stores them: the views live above state and are
 * passed in where a store is created, so the log never imports them.
 */
export interface StateRenderer {
  /**
   * The files for the dashboard and the given features (all when omitted), by
   * their path on the state branch. Output depends only on the projection, so
   * the same events always give the same bytes.
   */
  render(projection: Projection, layout: StateLayout, features?: Iterable<string>): Map<string, string>
  /**
   * The web dashboard's files an append of events of `features` rewrites (their
   * folders are read before the commit is built). With no features: the index
   * alone, whose absence makes the next write render every page.
   */
  siteFiles(layout: StateLayout, features: readonly string[]): string[]
}
