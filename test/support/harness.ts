import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tempDir } from './repo'
import { killGroup, track } from './processes'

export interface Annotation {
  level: 'debug' | 'notice' | 'warning' | 'error'
  message: string
  properties: Record<string, string>
}

export interface ActionRun {
  exitCode: number
  outputs: Record<string, string>
  summary: string
  stdout: string
  stderr: string
  annotations: Annotation[]
  /** Lines of GITHUB_STATE / GITHUB_ENV, parsed like outputs. */
  state: Record<string, string>
  envFile: Record<string, string>
  /** The failure message (`::error::` written by setFailed), if any. */
  failure?: string
}

export interface RunActionOptions {
  /** Path of the bundle, e.g. `dist/init-feature/index.js` (relative to the project root). */
  bundle: string
  /** Inputs by their action.yml names. */
  inputs?: Record<string, string>
  /** The workspace: a real git clone. */
  cwd: string
  eventName?: string
  event?: Record<string, unknown>
  repository?: string
  ref?: string
  sha?: string
  /** Extra environment (e.g. GITHUB_API_URL of a fake server). */
  env?: Record<string, string | undefined>
  /** Kill the bundle after this long (default: never; the test's own timeout fails it and the file's cleanup kills it). */
  timeoutMs?: number
}

/** `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines, as the runner reads them. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc
      const value: string[] = []
      i++
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++])
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      const eq = line.indexOf('=')
      out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(debug|notice|warning|error)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = part.indexOf('=')
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1))
    }
    out.push({ level: m[1] as Annotation['level'], message: unescapeData(m[3]), properties })
  }
  return out
}

/** Runs a built action bundle exactly as the Actions runner does: a node child process with the runner's environment. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const runner = tempDir('orch-runner-')
  const files = {
    output: join(runner, 'output'),
    summary: join(runner, 'summary.md'),
    state: join(runner, 'state'),
    env: join(runner, 'env'),
    event: join(runner, 'event.json'),
    temp: join(runner, 'temp'),
  }
  for (const f of [files.output, files.summary, files.state, files.env]) writeFileSync(f, '')
  writeFileSync(files.event, JSON.stringify(options.event ?? {}))
  mkdirSync(files.temp)
  const env: Record<string, string | undefined> = { ...process.env }
  for (const key of Object.keys(env))
    if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) delete env[key]
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/octo-repo',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: options.sha ?? '0'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'test-workflow',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: files.temp,
    RUNNER_OS: 'Linux',
    ...options.env,
  })
  const bundle = resolve(options.bundle)
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(process.execPath, [bundle], {
      cwd: options.cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    track(child, options.bundle)
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    // No default deadline: a bundle slowed by a busy machine is not cut short; a hung one fails its test by
    // the test's timeout, and the file's afterAll kills its process group.
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => killGroup(child.pid!), options.timeoutMs)
    child.on('error', fail)
    child.on('close', (c) => {
      clearTimeout(timer)
      done({ code: c ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') })
    })
  })
  const annotations = parseAnnotations(stdout)
  return {
    exitCode: code,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    stdout,
    stderr,
    annotations,
    state: parseCommandFile(readFileSync(files.state, 'utf8')),
    envFile: parseCommandFile(readFileSync(files.env, 'utf8')),
    failure: annotations.find((a) => a.level === 'error')?.message,
  }
}
