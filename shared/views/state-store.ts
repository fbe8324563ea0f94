import { StateStore as EventLogStore, type StateStoreOptions } from '../state/log'
import { viewRenderer } from './render'

export { DEFAULT_MAX_ATTEMPTS, DEFAULT_STATE_BRANCH } from '../state/log/store'
export type { AppendResult, StateSnapshot, StateStoreOptions } from '../state/log/store'

/**
 * The state store with the views of this toolkit: every append re-renders the
 * markdown views and the web dashboard, `verify` compares them. The log below
 * takes the renderer as an option so that it never imports the views; this is
 * where a store is made by everything that writes state.
 */
export class StateStore extends EventLogStore {
  constructor(options: Omit<StateStoreOptions, 'renderer'> & Partial<Pick<StateStoreOptions, 'renderer'>>) {
    super({ ...options, renderer: options.renderer ?? viewRenderer })
  }
}
