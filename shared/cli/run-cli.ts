import { readFileSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { CommandDefinition } from '../commands/command'
import { runInfoFromEnv, RunContext } from '../context'
import { exitCodeOf, InputError, messageOf } from '../errors'
import { Logger } from '../logger'
import { quote } from '../text/quote'
import { didYouMean } from '../naming/nearest'
import { parseOptions } from '../options/options'
import { parseArgv } from './argv'
import { Git } from '../git/git'
import { userIdentity } from '../git/config'
import { jsonSafe, neutralize } from '../text/neutralize'
import { ansiPaint, colourWanted, markerPainter } from '../text/colour'
import { cliInvocation } from '../text/cli-invocation'
import { commandHelp, groupHelp, mainHelp } from './help'
import { CSI } from '../text/controls'
import { noPaint, type Paint } from '../text/paint'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Record<string, string | undefined>
  cwd: string
  /** The CLI's own script (real path), so that hints say how to run it again from where they are copied. */
  cliScript?: string
  /** A terminal shows status lines updated in place; a log gets one line each. */
  stderrIsTty?: boolean
  /** Colour decisions are made per stream: a pipe on one does not turn off the other. */
  stdoutIsTty?: boolean
  /** The temporary folder (default: the system's, from TMPDIR); a run inside another program names its own. */
  tempDir?: string
}

const clean = (m: string) => neutralize(m, { multiline: true })

function cliLogger(io: CliIo, json: boolean, paint: Paint): Logger {
  const where = (p?: { file?: string; startLine?: number; endLine?: number }) =>
    p?.file
      ? ` (${clean(p.file)}${p.startLine ? `:${p.startLine}${p.endLine && p.endLine !== p.startLine ? `-${p.endLine}` : ''}` : ''})`
      : ''
  return {
    debug: (m) => {
      if (io.env.ORCHESTRATOR_DEBUG) io.stderr(`${paint('dim', 'debug:')} ${clean(m)}\n`)
    },
    info: (m) => {
      if (!json) io.stderr(`${clean(m)}\n`)
    },
    notice: (m, p) => io.stderr(`${paint('notice', 'notice:')} ${clean(m)}${where(p)}\n`),
    warning: (m, p) => io.stderr(`${paint('warning', 'warning:')} ${clean(m)}${where(p)}\n`),
    error: (m, p) => io.stderr(`${paint('error', 'error:')} ${clean(m)}${where(p)}\n`),
    group: async (name, fn) => {
      if (!json) io.stderr(`${paint('heading', '==')} ${clean(name)}\n`)
      return fn()
    },
  }
}

function readEvent(path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}

/** Runs one CLI invocation; returns the exit code (0 ok, 1 check failed, 2 usage/config/input/git error). */
export async function runCli(argv: readonly string[], commands: readonly CommandDefinition[], version: string, io: CliIo): Promise<number> {
  const cli = io.cliScript ? cliInvocation(io.cliScript, io.cwd) : 'orchestrator'
  // Grouped commands ("events status") are found by their first two words.
  let [name, ...rest] = argv
  if (name && rest.length && !rest[0].startsWith('-') && commands.some((c) => c.name === `${name} ${rest[0]}`)) {
    name = `${name} ${rest[0]}`
    rest = rest.slice(1)
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp(commands, version, cli))
    return name ? 0 : 2
  }
  // A group ("events") without a known subcommand: list its subcommands.
  const group = name ? commands.filter((c) => c.name.startsWith(`${name} `)) : []
  if (group.length && !commands.some((c) => c.name === name)) {
    const sub = rest[0]
    if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
      io.stdout(groupHelp(name, group, cli))
      return sub === undefined ? 2 : 0
    }
    const hint = didYouMean(
      sub,
      group.map((c) => c.name.slice(name.length + 1)),
      quote,
    )
    io.stderr(`orchestrator ${name}: error: unknown subcommand ${quote(clean(sub))}${clean(hint)}\n\n${groupHelp(name, group, cli)}`)
    return 2
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${version}\n`)
    return 0
  }
  const command = commands.find((c) => c.name === name || c.aliases?.includes(name))
  let json = rest.includes('--json')
  // Our framing only: the logger paints its labels around neutralised text; command text is painted with
  // markers that survive neutralising and become colour (or nothing) afterwards.
  const errPaint = colourWanted(io.env, io.stderrIsTty === true) ? ansiPaint : noPaint
  const outColour = colourWanted(io.env, io.stdoutIsTty === true)
  const marks = markerPainter()
  try {
    if (!command) {
      const names = commands.flatMap((c) => [c.name, ...(c.aliases ?? [])])
      const hint = didYouMean(name, names, quote)
      throw new InputError(`unknown command ${quote(name)};${hint ? hint.replace(/\?$/, ';') : ''} run "${cli} --help" for the list`)
    }
    const parsed = parseArgv(rest, command.options, command.name, cli)
    json = parsed.json
    if (parsed.help) {
      io.stdout(commandHelp(command, cli))
      return 0
    }
    if (parsed.values.token === undefined && command.options.some((o) => o.name === 'token')) {
      parsed.values.token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined
    }
    const values = parseOptions(command.options, parsed.values, 'flag')
    const github = runInfoFromEnv(io.env, readEvent)
    let user = 'local'
    try {
      user = userInfo().username
    } catch {
      /* no user entry in containers */
    }
    let actor: string | undefined
    const ctx: RunContext = {
      cwd: io.cwd,
      logger: cliLogger(io, json, errPaint),
      github,
      // In a workflow, the workflow; else the person as their commits name them (git identity), `cli <user>` when unset.
      // An agent's own commands (events) name its branch instead: see commands/caller.ts. Looked up on first read
      // only, so a command that records nothing (a hook's check, status, the dashboard) starts no git for it.
      get actor() {
        return (actor ??= github.workflow ? `workflow ${github.workflow}` : (userIdentity(new Git(io.cwd)) ?? `cli ${user}`))
      },
      now: () => new Date(),
      tempDir: io.tempDir ?? tmpdir(),
      cliScript: io.cliScript,
      localRoleFile: io.env.GITHUB_ACTIONS !== 'true',
      ...(json ? {} : { paint: marks.paint }),
      progress: json ? undefined : (m) => io.stderr(`${clean(m)}\n`),
      ...(json || !io.stderrIsTty
        ? {}
        : { statusLine: (m: string, last?: boolean) => io.stderr(`\r${clean(m)}${CSI}K${last ? '\n' : ''}`) }),
    }
    const outcome = await command.run(values, ctx)
    if (json) io.stdout(`${jsonSafe(outcome.jsonText?.() ?? JSON.stringify(outcome.json, null, 2))}\n`)
    else if (outcome.text) {
      const text = marks.finish(clean(outcome.text), outColour)
      io.stdout(text.endsWith('\n') ? text : `${text}\n`)
    }
    if (outcome.exitCode !== 0 && outcome.failure)
      io.stderr(`${errPaint('bad', `orchestrator ${command.name}:`)} ${clean(outcome.failure)}\n`)
    return outcome.exitCode
  } catch (error) {
    const code = exitCodeOf(error)
    const message = clean(messageOf(error))
    if (json) io.stdout(`${jsonSafe(JSON.stringify({ error: { message, exitCode: code } }, null, 2))}\n`)
    io.stderr(`orchestrator${command ? ` ${command.name}` : ''}: ${errPaint('error', 'error:')} ${message}\n`)
    if (io.env.ORCHESTRATOR_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`)
    return code
  }
}
