import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError } from '../errors'
import { Git } from '../git/git'
import { quote } from '../naming/validate'
import { CommandDefinition } from './command'

const MARKER = '# agent-orchestrator post-commit hook'

/** Single-quotes a value for a POSIX shell script we write ourselves. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`
}

export function hookScript(cliPath: string): string {
  return [
    '#!/bin/sh',
    MARKER,
    '# Records task progress from the commit just made (task ids in its message) on the state branch.',
    '# Runs in the background so committing never waits; output goes to .git/orchestrator-sync.log.',
    'branch=$(git symbolic-ref --short -q HEAD) || exit 0',
    'log="$(git rev-parse --git-dir)/orchestrator-sync.log"',
    `( node ${shellQuote(cliPath)} sync-status --local --branch "$branch" >>"$log" 2>&1 & ) >/dev/null 2>&1`,
    'exit 0',
    '',
  ].join('\n')
}

export const hooksCommand: CommandDefinition = {
  name: 'hooks',
  summary: 'Install (or remove) a git post-commit hook that runs sync-status for the current branch after every local commit.',
  options: [
    {
      name: 'action',
      type: 'string',
      required: true,
      positional: 0,
      choices: ['install', 'uninstall'],
      description: 'install or uninstall.',
    },
    { name: 'force', type: 'boolean', default: 'false', description: 'Replace an existing post-commit hook that is not ours.' },
  ],
  outputs: [],
  async run(values, ctx) {
    const git = await Git.open(ctx.cwd)
    const rel = await git.run(['rev-parse', '--git-path', 'hooks/post-commit'])
    const path = isAbsolute(rel) ? rel : join(ctx.cwd, rel)
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : null
    const ours = existing?.includes(MARKER) ?? false
    if (values.string('action') === 'uninstall') {
      if (existing && !ours) throw new InputError(`${quote(path)} is not our hook; left as it is`)
      if (existing) rmSync(path)
      return {
        exitCode: 0,
        outputs: {},
        text: existing ? `Removed ${path}` : 'No hook of ours was installed',
        json: { path, removed: Boolean(existing) },
      }
    }
    if (existing && !ours && !values.bool('force'))
      throw new InputError(`${quote(path)} already exists and is not ours; pass --force to replace it`)
    const cli = fileURLToPath(import.meta.url)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, hookScript(cli))
    chmodSync(path, 0o755)
    return {
      exitCode: 0,
      outputs: {},
      text: `Installed ${path}: each commit now runs "orchestrator sync-status --local" in the background (log: .git/orchestrator-sync.log)`,
      json: { path, cli },
    }
  },
}
