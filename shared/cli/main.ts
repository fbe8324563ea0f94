import pkg from '../../package.json'
import { COMMANDS } from '../commands/registry'
import { runCli } from './run-cli'

// The CLI binary's entry (bundled into dist/cli/index.js).
const code = await runCli(process.argv.slice(2), COMMANDS, pkg.version, {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  stderrIsTty: process.stderr.isTTY === true,
})
process.exitCode = code
