import { readFileSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { answerHook } from './hook'

/**
 * `orchestrator-hook [--block] [--no-record] [--remote R] [--config F]`: the
 * PreToolUse hook as its own small bundle (dist/check-path-hook), because it
 * runs before every edit and node loads a small bundle several times faster
 * than the whole CLI. Same answers as `orchestrator check-path --hook`. It
 * always exits 0: a hook of ours must never fail an agent's edit.
 */
async function main(argv: readonly string[]): Promise<string> {
  const value = (name: string) => {
    const at = argv.indexOf(name)
    return at >= 0 ? argv[at + 1] : undefined
  }
  // The full CLI beside this script's bin (bin/orchestrator-hook.js → bin/orchestrator.js) records in the background.
  let cliScript: string | undefined
  try {
    cliScript = join(dirname(realpathSync(process.argv[1]!)), 'orchestrator.js')
  } catch {
    cliScript = undefined
  }
  return answerHook(readFileSync(0, 'utf8'), {
    block: argv.includes('--block'),
    record: !argv.includes('--no-record'),
    remote: value('--remote') ?? 'origin',
    configPath: value('--config'),
    cliScript,
    now: new Date(),
    cwd: process.cwd(),
    debug: (m) => {
      if (process.env.ORCHESTRATOR_DEBUG) process.stderr.write(`debug: ${m}\n`)
    },
  })
}

try {
  const out = await main(process.argv.slice(2))
  if (out) process.stdout.write(`${out}\n`)
} catch {
  /* never fail the edit */
}
process.exitCode = 0
