import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { track } from './processes'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the committed CLI bundle (`bin/orchestrator.js` → `dist/cli/index.js`) as a user would. */
export function runCliProcess(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return runScript('bin/orchestrator.js', args, cwd, { env })
}

/** Runs one of the package's scripts with node, optionally with `stdin` (a hook's JSON), and collects what it prints. */
export function runScript(
  script: string,
  args: string[],
  cwd: string,
  options: { env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<CliRun> {
  return new Promise((done, fail) => {
    // Jest's workers inherit FORCE_COLOR when run from a terminal: tests that want colour ask for it.
    const childEnv: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, ...options.env }
    for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key]
    // Its own process group (detached), so that what it starts is killed with it when the test file ends.
    const child = spawn(process.execPath, [resolve(script), ...args], {
      cwd,
      env: childEnv as NodeJS.ProcessEnv,
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true,
    })
    track(child, `${script} ${args.join(' ')}`)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout!.on('data', (c: Buffer) => out.push(c))
    child.stderr!.on('data', (c: Buffer) => err.push(c))
    child.on('error', fail)
    child.on('close', (code) =>
      done({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    )
    if (options.stdin !== undefined) child.stdin!.end(options.stdin)
  })
}

/** A file on a branch of a (bare) repository, or null. */
export async function showFile(
  git: { exec: (a: string[], o?: { allowedExitCodes?: number[] }) => Promise<{ stdout: string; exitCode: number }> },
  rev: string,
  path: string,
): Promise<string | null> {
  const r = await git.exec(['show', `${rev}:${path}`], { allowedExitCodes: [0, 128] })
  return r.exitCode === 0 ? r.stdout : null
}
