import { sep } from 'node:path'

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
