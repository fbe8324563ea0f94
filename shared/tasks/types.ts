/** One `- [ ] T012 ...` line of a spec-kit tasks.md. */
export interface TaskItem {
  /** `T` and three or more digits, unique in the file. */
  id: string
  /** 1-based line number. */
  line: number
  done: boolean
  /** Marked `[P]`: may run in parallel with other tasks. */
  parallel: boolean
  /** The user-story label without brackets, e.g. `US1`. */
  story?: string
  /** The text after the id and the labels (our trailing `done` comment removed). */
  description: string
  /** File paths named in the description, in order of appearance, without duplicates. */
  paths: string[]
  /** Ids named in prose such as `(depends on T012, T013)`. */
  dependsOn: string[]
  /** The agent an `<!-- owner: impl-2 -->` comment names (written by `orchestrator plan --apply`). */
  owner?: string
  /** Title of the enclosing `##` heading. */
  phase?: string
  /** Title of the enclosing `###` heading. */
  section?: string
}

export interface PhaseInfo {
  title: string
  /** 1-based line number of the heading. */
  line: number
  taskIds: string[]
}

export interface TasksDocument {
  /** The `#` heading, e.g. `Tasks: Photo albums`. */
  title?: string
  tasks: TaskItem[]
  phases: PhaseInfo[]
}

export interface TaskMeta {
  /** When the task was done, normally an ISO 8601 timestamp. */
  time: string
  /** The commit that did it; abbreviated to 7 characters. */
  commit: string
  /** Who did it, e.g. `impl-2`. */
  agent: string
  /** Set once the commit is merged into the branch it goes to: the comment says `merged` instead of `done`. */
  merged?: boolean
}

export interface TaskChange {
  id: string
  done: boolean
  meta?: TaskMeta
  /** Un-tick only a tick we made (the line carries our done comment): a person's own tick stays. */
  onlyOurs?: boolean
}

export interface UpdateResult {
  text: string
  /** Ids whose checkbox changed, in file order. */
  changed: string[]
  /** Ids of `changes` that are not in the file, in the order given, without duplicates. */
  unknown: string[]
}

export interface TaskReference {
  id: string
  /** True when the message says the task is finished; false when it only mentions it. */
  done: boolean
}

export interface ProgressCount {
  done: number
  total: number
}

export interface PhaseProgress extends ProgressCount {
  phase: string
}

export interface TasksProgress {
  phases: PhaseProgress[]
  overall: ProgressCount
}
