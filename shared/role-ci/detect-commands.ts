import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { NamedCommand } from '../config/commands'
import { ConfigurationError } from '../errors'
import type { Role } from '../naming/branch-pattern'

export interface DetectedCommands {
  commands: NamedCommand[]
  /** One phrase per ecosystem found, e.g. `package.json scripts: lint, test`. */
  reasons: string[]
}

// Implementors run fast feedback first; the overseer builds before testing and also runs the slow suites.
const NPM_SCRIPTS: Record<Role, readonly string[]> = {
  implementor: ['lint', 'typecheck', 'test', 'build'],
  overseer: ['lint', 'typecheck', 'build', 'test', 'test:integration', 'test:e2e'],
}

// What `npm init` writes: a test script that always fails is no test suite.
const NPM_PLACEHOLDER_TEST = /no test specified/

/**
 * Sensible default checks from the files at the repository root, in a fixed
 * order (Node, Python, Go, Rust). Only fixed command texts are produced:
 * nothing from the files' contents reaches the shell.
 */
export function detectCommands(cwd: string, role: Role): DetectedCommands {
  const commands: NamedCommand[] = []
  const reasons: string[] = []
  const scripts = packageScripts(cwd)
  if (scripts) {
    const chosen = NPM_SCRIPTS[role].filter(
      (s) => typeof scripts[s] === 'string' && !(s === 'test' && NPM_PLACEHOLDER_TEST.test(scripts[s] as string)),
    )
    for (const s of chosen) commands.push({ name: s.replace(':', '-'), command: s === 'test' ? 'npm test' : `npm run ${s}` })
    if (chosen.length) reasons.push(`package.json scripts: ${chosen.join(', ')}`)
  }
  const pytest = pytestReason(cwd)
  if (pytest) {
    commands.push({ name: 'pytest', command: 'pytest' })
    reasons.push(pytest)
  }
  if (isFile(join(cwd, 'go.mod'))) {
    commands.push({ name: 'go test', command: 'go test ./...' })
    reasons.push('go.mod')
  }
  if (isFile(join(cwd, 'Cargo.toml'))) {
    commands.push({ name: 'cargo test', command: 'cargo test' })
    reasons.push('Cargo.toml')
  }
  return { commands, reasons }
}

function packageScripts(cwd: string): Record<string, unknown> | null {
  const file = join(cwd, 'package.json')
  if (!isFile(file)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(`package.json is not valid JSON (${(error as Error).message}); fix it or pass the commands input`)
  }
  const scripts = (parsed as { scripts?: unknown } | null)?.scripts
  return scripts && typeof scripts === 'object' && !Array.isArray(scripts) ? (scripts as Record<string, unknown>) : {}
}

function pytestReason(cwd: string): string | null {
  if (isFile(join(cwd, 'pytest.ini'))) return 'pytest.ini'
  if (mentions(join(cwd, 'pyproject.toml'), /pytest/)) return 'pyproject.toml mentions pytest'
  if (mentions(join(cwd, 'setup.cfg'), /^\[tool:pytest\]/m)) return 'setup.cfg has [tool:pytest]'
  if (mentions(join(cwd, 'tox.ini'), /^\[pytest\]/m)) return 'tox.ini has [pytest]'
  if (hasPythonFiles(join(cwd, 'tests'))) return 'tests/ holds Python files'
  return null
}

function mentions(file: string, pattern: RegExp): boolean {
  return isFile(file) && pattern.test(readFileSync(file, 'utf8'))
}

/** Python files directly in `dir` or one level down (bounded: no deep walk of a large tree). */
function hasPythonFiles(dir: string): boolean {
  if (!isDirectory(dir)) return false
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.py')) return true
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      const inner = join(dir, entry.name)
      if (readdirSync(inner).some((n) => n.endsWith('.py') && isFile(join(inner, n)))) return true
    }
  }
  return false
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}
