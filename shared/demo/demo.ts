import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { RunContext } from '../context'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { MemoryLogger } from '../logger'
import { quote } from '../text/quote'
import { parseOptions, RawValue } from '../options/options'
import { featureStatus, StateStore, type StatusReport } from '../views'
import { OptionSpec, OptionValues } from '../options/options'
import { DEMO_SPEC, SPEC_MD, TASKS_MD, TODO_JS, TODO_JS_IMPL1, TODO_JS_IMPL2 } from './demo-files'
import { addRemote, initRepository, setConfig } from '../git/init'
import { commitAll, fetchAll, push, showFile, switchBranch } from '../git/working-tree'

/** What the demo needs of a command: it is given the commands (by the command layer) rather than importing that layer. */
export interface DemoStep {
  options: readonly OptionSpec[]
  run(values: OptionValues, ctx: RunContext): Promise<{ exitCode: number; json: unknown }>
}

export interface DemoCommands {
  initFeature: DemoStep
  syncStatus: DemoStep
  detectConflicts: DemoStep
  roleCi: DemoStep
}

export interface DemoResult {
  dir: string
  work: string
  remote: string
  kept: boolean
  steps: { step: string; exitCode: number; json: unknown }[]
  warnings: string[]
  status: StatusReport | null
  /** The state branch's dashboard (README.md) as rendered. */
  dashboard: string
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Demo Agent',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'Demo Agent',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
}

/** A folder for the demo: the one given (must be empty or new) or a new temporary one. */
function prepareDir(dir: string | undefined): { dir: string; created: boolean } {
  if (!dir) return { dir: mkdtempSync(join(tmpdir(), 'orchestrator-demo-')), created: true }
  const full = resolve(dir)
  const existed = existsSync(full)
  if (existed && readdirSync(full).length > 0)
    throw new InputError(`--dir ${quote(dir)} is not empty; the demo only writes into a new or empty folder`)
  mkdirSync(full, { recursive: true })
  return { dir: full, created: !existed }
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
}

/**
 * The whole loop on a local bare remote, offline: init-feature, three
 * implementors committing (two on the same lines, one on a protected path),
 * sync-status, detect-conflicts and role-ci, through the same commands the
 * actions run.
 */
export async function runDemo(options: { dir?: string; keep: boolean }, commands: DemoCommands, ctx: RunContext): Promise<DemoResult> {
  const { dir, created } = prepareDir(options.dir)
  const remote = join(dir, 'remote.git')
  const work = join(dir, 'work')
  const say = (m: string) => ctx.progress?.(m)
  const logger = new MemoryLogger()
  const result: DemoResult = { dir, work, remote, kept: options.keep, steps: [], warnings: [], status: null, dashboard: '' }
  try {
    const git = new Git(dir, IDENTITY)
    say(`[1/7] Creating a project with specs/${DEMO_SPEC}/tasks.md and a bare remote in ${dir}`)
    await initRepository(git, remote, { branch: 'main', bare: true })
    await initRepository(git, work, { branch: 'main' })
    const repo = new Git(work, IDENTITY)
    for (const [k, v] of [
      ['commit.gpgsign', 'false'],
      ['core.hooksPath', '.git/no-hooks'],
      ['user.name', 'Demo Agent'],
      ['user.email', 'demo@example.invalid'],
    ])
      await setConfig(repo, k, v)
    write(work, {
      'README.md': '# TODO API\n',
      'src/todo.js': TODO_JS,
      [`specs/${DEMO_SPEC}/spec.md`]: SPEC_MD,
      [`specs/${DEMO_SPEC}/tasks.md`]: TASKS_MD,
    })
    await commitAll(repo, 'Plan the TODO API')
    await addRemote(repo, 'origin', remote)
    await push(repo, 'origin', 'main')

    const run = async (step: string, command: DemoStep, raw: Record<string, RawValue>) => {
      const values = parseOptions(command.options, raw, 'flag')
      const outcome = await command.run(values, { ...ctx, cwd: work, logger, progress: undefined })
      result.steps.push({ step, exitCode: outcome.exitCode, json: outcome.json })
      return outcome
    }
    say('[2/7] init-feature: one overseer and three implementor branches, one atomic push')
    await run('init-feature', commands.initFeature, { 'spec-id': DEMO_SPEC, implementors: '3' })

    say('[3/7] Three implementors commit work that names tasks in the commit messages')
    const branch = (n: number) => `feature/${DEMO_SPEC}/impl-${n}`
    const started = new Set<number>()
    const agentCommit = async (n: number, files: Record<string, string>, message: string) => {
      await switchBranch(repo, branch(n), started.has(n) ? undefined : `origin/${branch(n)}`)
      started.add(n)
      write(work, files)
      await commitAll(repo, message)
    }
    await fetchAll(repo, 'origin')
    await agentCommit(1, { 'src/todo.js': TODO_JS_IMPL1 }, 'T003: create the Todo model with ids')
    await agentCommit(1, { 'src/api.js': 'export const routes = []\n' }, 'Start the list endpoint (T006)')
    await agentCommit(2, { 'src/todo.js': TODO_JS_IMPL2 }, 'Trim titles\n\nCloses T004')
    await agentCommit(
      3,
      { '.github/workflows/ci.yml': 'name: ci\non: push\njobs: {}\n', 'package.json': '{ "name": "todo" }\n' },
      'T002: add the manifest\n\nAlso T005: CI workflow',
    )
    for (const n of [1, 2, 3]) await push(repo, 'origin', `${branch(n)}:${branch(n)}`)

    say('[4/7] sync-status: task ids in commits tick tasks.md, per agent')
    await run('sync-status', commands.syncStatus, { all: true })

    say('[5/7] detect-conflicts: every implementor against the others and the overseer')
    await run('detect-conflicts', commands.detectConflicts, { 'fail-on-conflict': false, 'report-path': join(dir, 'conflict-report.json') })

    say('[6/7] role-ci for impl-3: the role guard (protected paths)')
    await switchBranch(repo, branch(3))
    await run('role-ci impl-3', commands.roleCi, { role: 'implementor', branch: branch(3), 'guard-only': true, record: true })

    say('[7/7] role-ci for impl-1: a passing and a failing check, recorded as test results')
    await switchBranch(repo, branch(1))
    const node = `"${process.execPath.replace(/(["\\$`])/g, '\\$1')}"`
    await run('role-ci impl-1', commands.roleCi, {
      role: 'implementor',
      branch: branch(1),
      commands: `unit: ${node} -e "process.exit(0)"\nlint: ${node} -e "console.error('src/api.js: missing semicolon'); process.exit(1)"`,
      'conflict-check': false,
      record: true,
    })
    await switchBranch(repo, 'main')
    const store = new StateStore({ git: repo, remote: 'origin', logger })
    result.status = featureStatus(await store.read(), DEMO_SPEC)
    result.dashboard = await showFile(repo, store.privateRef, 'README.md')
    result.warnings = logger.entries.filter((e) => e.level === 'warning' || e.level === 'error').map((e) => e.message)
    return result
  } finally {
    // Only what the demo made goes: a folder the user gave stays (empty).
    if (!options.keep) {
      if (created) rmSync(dir, { recursive: true, force: true })
      else for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true })
    }
  }
}
