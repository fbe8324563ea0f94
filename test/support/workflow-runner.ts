// Runs an example workflow's jobs the way a runner would, locally: each job in a fresh workspace,
// its steps in order; `run:` steps with bash (GITHUB_ENV / GITHUB_PATH carried to later steps of the
// same job, as the runner does), our actions as the committed bundles with INPUT_* variables, and
// actions/checkout, setup-node and the artifact actions by local equivalents. Expressions are the
// subset the examples use (paths, literals, ==, !=, !, &&, ||, contains(), always(), success()).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { Git } from '../../shared/git/git'
import { ActionRun, parseCommandFile, runAction } from './harness'
import { killGroup, track } from './processes'
import { tempDir } from './repo'

export interface WorkflowEvent {
  name: string
  payload: Record<string, unknown>
  ref: string
  sha: string
}

export interface RunWorkflowOptions {
  /** The workflow's YAML text. */
  yaml: string
  event: WorkflowEvent
  /** The folder that stands for GITHUB_SERVER_URL: `<server>/<owner>/<name>` is the repository (file://). */
  server: string
  repository: string
  /** Steps put after the first checkout of every job that runs branch code (a `run:` step with `npm ci`). */
  preSteps?: Record<string, unknown>[]
  /** Folders put first on PATH for `run:` steps (stand-ins for npm, npx). */
  toolPath?: string[]
}

export interface StepRun {
  name: string
  outcome: 'success' | 'failure' | 'skipped'
  action?: string
  run?: ActionRun
  output?: string
}

export interface JobRun {
  name: string
  result: 'success' | 'failure' | 'skipped'
  workspace?: string
  steps: StepRun[]
}

type Scope = Record<string, unknown>

export async function runWorkflow(options: RunWorkflowOptions): Promise<Record<string, JobRun>> {
  const doc = parse(options.yaml) as { jobs: Record<string, Record<string, unknown>>; env?: Record<string, string> }
  const serverUrl = `file://${options.server}`
  const artifacts = new Map<string, string>()
  const artifactStore = tempDir('orch-artifacts-')
  const results: Record<string, JobRun> = {}
  const github = {
    event_name: options.event.name,
    event: options.event.payload,
    sha: options.event.sha,
    ref: options.event.ref,
    ref_name: options.event.ref.replace(/^refs\/(heads|tags)\//, ''),
    head_ref: (options.event.payload.pull_request as { head?: { ref?: string } } | undefined)?.head?.ref ?? '',
    repository: options.repository,
    run_id: '4242',
    run_attempt: '1',
    token: 'ghs_job-token',
    server_url: serverUrl,
  }
  for (const name of jobOrder(doc.jobs)) {
    const job = doc.jobs[name]!
    const needs = ([] as string[]).concat((job.needs as string[] | string | undefined) ?? [])
    const needsScope = Object.fromEntries(needs.map((n) => [n, { result: results[n]?.result ?? 'skipped' }]))
    const upstreamOk = needs.every((n) => results[n]?.result === 'success')
    const cond = job.if as string | undefined
    const scope: Scope = { github, needs: needsScope, vars: {}, runner: { temp: '' }, inputs: {} }
    const go = cond === undefined ? upstreamOk : truthy(evaluate(cond, scope, { failed: !upstreamOk }))
    if (!go) {
      results[name] = { name, result: 'skipped', steps: [] }
      continue
    }
    results[name] = await runJob(name, job, { ...options, serverUrl, github, artifacts, artifactStore, scope })
  }
  return results
}

interface JobContext extends RunWorkflowOptions {
  serverUrl: string
  github: Record<string, unknown>
  artifacts: Map<string, string>
  artifactStore: string
  scope: Scope
}

async function runJob(name: string, job: Record<string, unknown>, c: JobContext): Promise<JobRun> {
  const ws = tempDir(`orch-job-${name}-`)
  const runnerDir = tempDir('orch-jobrunner-')
  const files = { env: join(runnerDir, 'env'), path: join(runnerDir, 'path'), temp: join(runnerDir, 'temp') }
  mkdirSync(files.temp)
  let steps = (job.steps as Record<string, unknown>[]).slice()
  const runsBranchCode = steps.some((s) => typeof s.run === 'string' && /\bnpm ci\b/.test(s.run))
  if (runsBranchCode && c.preSteps?.length) {
    const at = steps.findIndex((s) => String(s.uses ?? '').startsWith('actions/checkout@')) + 1
    steps = [...steps.slice(0, at), ...c.preSteps, ...steps.slice(at)]
  }
  const scope: Scope = { ...c.scope, runner: { temp: files.temp } }
  const jobEnv = stringMap(job.env, scope)
  const added: { env: Record<string, string>; path: string[] } = { env: {}, path: [] }
  const out: StepRun[] = []
  let failed = false
  for (const step of steps) {
    const label = String(step.name ?? step.uses ?? String(step.run).split('\n')[0])
    const cond = step.if as string | undefined
    if (cond === undefined ? failed : !truthy(evaluate(cond, scope, { failed }))) {
      out.push({ name: label, outcome: 'skipped' })
      continue
    }
    writeFileSync(files.env, '')
    writeFileSync(files.path, '')
    const env = { ...jobEnv, ...added.env, ...stringMap(step.env, scope) }
    const result = await runStep(step, { c, ws, env, files, scope, path: added.path })
    // What the step wrote to GITHUB_ENV / GITHUB_PATH reaches the job's later steps.
    Object.assign(added.env, parseCommandFile(readFileSync(files.env, 'utf8')))
    added.path.unshift(...readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse())
    out.push({ ...result, name: label })
    if (result.outcome === 'failure' && !step['continue-on-error']) failed = true
  }
  return { name, result: failed ? 'failure' : 'success', workspace: ws, steps: out }
}

interface StepContext {
  c: JobContext
  ws: string
  env: Record<string, string>
  files: { env: string; path: string; temp: string }
  scope: Scope
  path: string[]
}

async function runStep(step: Record<string, unknown>, s: StepContext): Promise<Omit<StepRun, 'name'>> {
  const w = stringMap(step.with, s.scope)
  if (typeof step.run === 'string') {
    const script = substitute(step.run, s.scope)
    const r = await bash(script, s)
    return { outcome: r.code === 0 ? 'success' : 'failure', output: r.output }
  }
  const uses = String(step.uses)
  if (uses.startsWith('actions/checkout@')) {
    if (w.path === '.orchestrator-toolkit') return { outcome: 'success', action: 'toolkit' } // the toolkit is our dist/
    await checkout(s, w)
    return { outcome: 'success', action: 'checkout' }
  }
  if (uses.startsWith('actions/setup-node@')) return { outcome: 'success', action: 'setup-node' }
  if (uses.startsWith('actions/upload-artifact@')) {
    const from = resolve(s.ws, w.path ?? '.')
    if (!existsSync(from)) return { outcome: w['if-no-files-found'] === 'error' ? 'failure' : 'success', action: 'upload' }
    const to = join(s.c.artifactStore, String(s.c.artifacts.size))
    cpSync(from, to, { recursive: true, verbatimSymlinks: true })
    s.c.artifacts.set(w.name ?? 'artifact', to)
    return { outcome: 'success', action: 'upload' }
  }
  if (uses.startsWith('actions/download-artifact@')) {
    const stored = s.c.artifacts.get(w.name ?? 'artifact')
    if (!stored) return { outcome: 'failure', action: 'download' }
    cpSync(stored, resolve(s.ws, w.path ?? '.'), { recursive: true, verbatimSymlinks: true })
    return { outcome: 'success', action: 'download' }
  }
  const ours = /^(?:\.\/\.orchestrator-toolkit|[\w-]+\/agent-orchestrator)\/actions\/([a-z-]+)(?:@v1)?$/.exec(uses)
  if (ours) {
    const run = await runAction({
      bundle: `dist/${ours[1]}/index.js`,
      cwd: s.ws,
      eventName: s.c.event.name,
      event: s.c.event.payload,
      ref: s.c.event.ref,
      sha: s.c.event.sha,
      repository: s.c.repository,
      inputs: w,
      env: {
        ...s.env,
        GITHUB_SERVER_URL: s.c.serverUrl,
        // A run's address is built from the server's, and events accept only http(s) addresses: none here.
        GITHUB_RUN_ID: '',
        RUNNER_TEMP: s.files.temp,
        PATH: [...s.path, process.env.PATH ?? ''].join(':'),
        ...headRefs(s.c.event),
      },
    })
    return { outcome: run.exitCode === 0 ? 'success' : 'failure', action: ours[1], run }
  }
  throw new Error(`the workflow runner cannot run ${uses}`)
}

function headRefs(event: WorkflowEvent): Record<string, string> {
  const pr = event.payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined
  return pr ? { GITHUB_HEAD_REF: pr.head?.ref ?? '', GITHUB_BASE_REF: pr.base?.ref ?? '' } : {}
}

/** actions/checkout, locally: a full clone of the repository's address, the ref checked out, credentials kept unless told not to. */
async function checkout(s: StepContext, w: Record<string, string>): Promise<void> {
  const target = resolve(s.ws, w.path ?? '.')
  const url = `${s.c.serverUrl}/${w.repository || s.c.repository}`
  const git = new Git(s.ws)
  await git.run(['clone', '-q', '--no-checkout', url, target])
  const at = new Git(target)
  const ref = w.ref || s.c.event.sha
  if (/^[0-9a-f]{40}$/.test(ref)) await at.run(['checkout', '-q', '--detach', ref])
  else await at.run(['checkout', '-q', '-B', ref, `origin/${ref}`])
  if (w['persist-credentials'] !== 'false') {
    const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_job-token').toString('base64')}`
    await at.run(['config', '--local', `http.${s.c.serverUrl}/.extraheader`, header])
  }
}

function bash(script: string, s: StepContext): Promise<{ code: number; output: string }> {
  const env: Record<string, string | undefined> = { ...process.env }
  for (const key of Object.keys(env))
    if (key.startsWith('GITHUB_') || key.startsWith('INPUT_') || key.startsWith('RUNNER_')) delete env[key]
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_ENV: s.files.env,
    GITHUB_PATH: s.files.path,
    GITHUB_WORKSPACE: s.ws,
    GITHUB_REPOSITORY: s.c.repository,
    GITHUB_SERVER_URL: s.c.serverUrl,
    GITHUB_SHA: s.c.event.sha,
    GITHUB_REF: s.c.event.ref,
    RUNNER_TEMP: s.files.temp,
    ...s.env,
    PATH: [...(s.c.toolPath ?? []), ...s.path, process.env.PATH ?? ''].join(':'),
  })
  return new Promise((done, fail) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: s.ws,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    track(child, `run: ${script.slice(0, 60)}`)
    const chunks: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => chunks.push(b))
    child.stderr.on('data', (b: Buffer) => chunks.push(b))
    child.on('error', fail)
    child.on('close', (code) => {
      killGroup(child.pid!)
      done({ code: code ?? -1, output: Buffer.concat(chunks).toString('utf8') })
    })
  })
}

/** Jobs in an order that runs every job after the ones it needs (declaration order otherwise). */
function jobOrder(jobs: Record<string, Record<string, unknown>>): string[] {
  const order: string[] = []
  const visit = (name: string) => {
    if (order.includes(name)) return
    for (const n of ([] as string[]).concat((jobs[name]!.needs as string[] | string | undefined) ?? [])) visit(n)
    order.push(name)
  }
  Object.keys(jobs).forEach(visit)
  return order
}

function stringMap(value: unknown, scope: Scope): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries((value as Record<string, unknown>) ?? {})) out[k] = substitute(String(v), scope)
  return out
}

function substitute(text: string, scope: Scope): string {
  return text.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, (_m, expr: string) => show(evaluate(expr, scope, { failed: false })))
}

function show(value: unknown): string {
  return value === undefined || value === null ? '' : String(value)
}

function truthy(value: unknown): boolean {
  return Boolean(value)
}

/** The expression subset of the examples, compiled to a JavaScript function over the scope. */
function evaluate(expr: string, scope: Scope, state: { failed: boolean }): unknown {
  const tokens = expr.match(/'(?:[^']|'')*'|\|\||&&|==|!=|[!(),]|[A-Za-z_][\w.-]*|\d+|\s+/g) ?? []
  if (tokens.join('') !== expr) throw new Error(`the workflow runner cannot evaluate ${JSON.stringify(expr)}`)
  const js = tokens
    .map((t, i) => {
      if (/^\s+$/.test(t) || /^(\|\||&&|==|!=|!|\(|\)|,|\d+)$/.test(t)) return t
      if (t.startsWith("'")) return JSON.stringify(t.slice(1, -1).replace(/''/g, "'"))
      if (t === 'true' || t === 'false' || t === 'null') return t
      const next = tokens.slice(i + 1).find((x) => !/^\s+$/.test(x))
      if (next === '(') return `fn.${t}`
      return `get(${JSON.stringify(t)})`
    })
    .join('')
  const get = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], scope)
  const fn = {
    always: () => true,
    success: () => !state.failed,
    failure: () => state.failed,
    cancelled: () => false,
    contains: (a: unknown, b: unknown) =>
      String(a ?? '')
        .toLowerCase()
        .includes(String(b ?? '').toLowerCase()),
  }
  return new Function('get', 'fn', `return (${js})`)(get, fn)
}
