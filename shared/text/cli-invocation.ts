import { realpathSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join, sep } from 'node:path'

/** Single-quotes a word for a POSIX shell when it needs it. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * How to run this CLI again from `cwd`, for the hints it prints: `npx orchestrator`
 * when it is installed in the project around `cwd` (node_modules/.bin), else
 * `node <path of the script>`. A bare `npx orchestrator` elsewhere would fetch an
 * unrelated npm package of that name.
 */
export function cliInvocation(script: string, cwd: string): string {
  const parts = script.split(sep)
  const at = parts.lastIndexOf('node_modules')
  if (at > 0) {
    const project = parts.slice(0, at).join(sep)
    if (cwd === project || cwd.startsWith(`${project}${sep}`)) return 'npx orchestrator'
  }
  return `node ${shellWord(script)}`
}

/**
 * The command line for our PreToolUse hook (`orchestrator-hook`, the script beside
 * the CLI's), written the way the CLI was started so that it runs where the CLI
 * ran: `npx --no-install orchestrator-hook` for an install in the project around
 * `cwd` (never a fetch of an unrelated package of that name), `orchestrator-hook`
 * when that name on `PATH` is this very script (a global install), else
 * `node <path of the script>`. The words are quoted for a POSIX shell (Claude Code
 * runs hooks with `sh -c`).
 */
export function hookInvocation(script: string, cwd: string, path: string | undefined): string {
  return binInvocation(script, cwd, path, 'orchestrator-hook')
}

/** The same for the CLI itself (`orchestrator`), for hooks that run one of its commands (agents record-usage). */
export function cliHookInvocation(script: string, cwd: string, path: string | undefined): string {
  return binInvocation(script, cwd, path, 'orchestrator')
}

function binInvocation(script: string, cwd: string, path: string | undefined, bin: string): string {
  const hook = join(dirname(script), `${bin}.js`)
  if (cliInvocation(script, cwd) === 'npx orchestrator') return `npx --no-install ${bin}`
  const real = (p: string): string | null => {
    try {
      return realpathSync(p)
    } catch {
      return null
    }
  }
  const ours = real(hook) ?? hook
  for (const dir of (path ?? '').split(delimiter).filter((d) => isAbsolute(d))) {
    const found = real(join(dir, bin))
    if (found === ours) return bin
    if (found) break // another orchestrator-hook comes first on PATH: name ours by its path
  }
  return `node ${shellWord(hook)}`
}

/**
 * The brief hook's command line (`orchestrator agents brief --hook`) from the PreToolUse hook's, started the same
 * way: `orchestrator-hook` and `orchestrator` are the package's two bins, side by side in every install
 * (`npx --no-install`, a global install on PATH, `node <path>/bin/…`, the project's node_modules/.bin).
 */
export function briefHookCommand(hookCommand: string): string {
  const base = hookCommand.replace(/ --block$/, '')
  const cli = base.replace(/orchestrator-hook(\.js)?('?)$/, 'orchestrator$1$2')
  return `${cli === base ? 'npx --no-install orchestrator' : cli} agents brief --hook`
}
