import pkg from '../../package.json'
import { LAZY_COMMANDS } from '../commands/lazy-registry'
import { realpathSync } from 'node:fs'
import { runCli } from './run-cli'

function scriptPath(): string {
  try {
    return realpathSync(process.argv[1])
  } catch {
    return process.argv[1]
  }
}

// The CLI binary's entry (bundled into dist/cli/index.js): each command's code loads when it runs.
const code = await runCli(process.argv.slice(2), LAZY_COMMANDS, pkg.version, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  cliScript: scriptPath(),
  stderrIsTty: process.stderr.isTTY === true,
  stdoutIsTty: process.stdout.isTTY === true,
})
process.exitCode = code
