import type { NamedCommand } from '../config/commands'
import type { TrialCommand, TrialMode } from './types'

// A check that runs the code's tests; everything else (build, compile, typecheck, lint) only reads it.
const TEST_NAME = /(^|[^a-z])(tests?|spec|specs|e2e|pytest|jest|vitest|mocha)([^a-z]|$)/i

/**
 * The class of a check, from its name: names with "test", "spec", "e2e" (or a
 * test runner's name) are test checks, the others build checks. role-ci's
 * detected commands follow it (`lint`, `typecheck`, `build` / `test`,
 * `test-integration`, `pytest`, `go test`, `cargo test`), and so can the
 * names given in `trial-commands`.
 */
export function commandKind(name: string): 'build' | 'test' {
  return TEST_NAME.test(name) ? 'test' : 'build'
}

/**
 * The checks a trial runs, in their order: `build` keeps only the build
 * checks, `test` all of them, build checks first (a merge that does not build
 * is a build conflict even when a test would also fail).
 */
export function trialCommands(commands: readonly NamedCommand[], mode: TrialMode): TrialCommand[] {
  const classified = commands.map((c) => ({ ...c, kind: commandKind(c.name) }))
  const build = classified.filter((c) => c.kind === 'build')
  return mode === 'build' ? build : [...build, ...classified.filter((c) => c.kind === 'test')]
}
