/** Where an annotation points. Mirrors the fields GitHub's annotations accept. */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
}

/**
 * What the library uses to talk to the user. The action adapter maps it to
 * `@actions/core`; the CLI maps it to stderr. The library never logs otherwise.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  notice(message: string, props?: AnnotationProps): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export interface LoggedEntry {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group'
  message: string
  props?: AnnotationProps
}

/** A logger that keeps what it was told; for tests and for collecting warnings. */
export class MemoryLogger implements Logger {
  readonly entries: LoggedEntry[] = []
  debug(message: string): void {
    this.entries.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message })
  }
  notice(message: string, props?: AnnotationProps): void {
    this.entries.push({ level: 'notice', message, props })
  }
  warning(message: string, props?: AnnotationProps): void {
    this.entries.push({ level: 'warning', message, props })
  }
  error(message: string, props?: AnnotationProps): void {
    this.entries.push({ level: 'error', message, props })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.entries.push({ level: 'group', message: name })
    return fn()
  }
  messages(level?: LoggedEntry['level']): string[] {
    return this.entries.filter((e) => !level || e.level === level).map((e) => e.message)
  }
}

/** A logger that says nothing. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  notice() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
}
