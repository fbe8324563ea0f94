// The face of the events capability (the event store from the command line): what commands may use.
export { describeRecorded, describeVerify, renderRecent } from './render'
export { parseConflictFiles } from './conflict-files'
