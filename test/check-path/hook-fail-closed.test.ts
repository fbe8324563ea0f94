import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { EDIT_TOOLS } from '../../shared/check-path'
import { impl, initFeature } from '../support/agent-feature'
import { runCliProcess, runScript, type CliRun } from '../support/cli'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, tempDir, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

/** A file name git allows and a shell or a line-based reader would split in two. */
const NEWLINE_NAME = 'notes\nline.md'
const NOTEBOOK = 'analysis/explore.ipynb'
const notebook = (source: string) =>
  `${JSON.stringify({ cells: [{ cell_type: 'code', id: 'c1', metadata: {}, source: [source], outputs: [], execution_count: null }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`

/** The hook as Claude Code runs it (the small bundle), or `orchestrator check-path --hook` with `full`. */
function runHook(args: string[], cwd: string, input: unknown, full = false): Promise<CliRun> {
  const stdin = typeof input === 'string' ? input : JSON.stringify(input)
  return full
    ? runScript('bin/orchestrator.js', ['check-path', '--hook', ...args], cwd, { stdin })
    : runScript('bin/orchestrator-hook.js', args, cwd, { stdin })
}

/** Claude Code's documented PreToolUse payload for each editing tool. */
function payload(cwd: string, tool: string, file: string): Record<string, unknown> {
  const common = { session_id: 's1', transcript_path: join(cwd, 't.jsonl'), cwd, permission_mode: 'default', hook_event_name: 'PreToolUse' }
  const inputs: Record<string, Record<string, unknown>> = {
    Write: { file_path: file, content: 'x\n' },
    Edit: { file_path: file, old_string: 'a', new_string: 'b', replace_all: false },
    MultiEdit: { file_path: file, edits: [{ old_string: 'a', new_string: 'b' }] },
    NotebookEdit: { notebook_path: file, cell_id: 'c1', new_source: 'print(2)', cell_type: 'code', edit_mode: 'replace' },
  }
  return { ...common, tool_name: tool, tool_input: inputs[tool], tool_use_id: 'toolu_1' }
}

describe('the check-path hook fails closed under --block, never splits a path, and judges every editing tool', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    const sibling = await repo.clone()
    await sibling.commit(
      impl(2),
      { [NEWLINE_NAME]: 'one\n', notes: 'a file named like the first half\n', [NOTEBOOK]: notebook('print(1)') },
      'T002 impl-2 work',
      `origin/${impl(2)}`,
    )
    await sibling.push(impl(2))
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
  })

  const denied = (r: CliRun) => {
    expect([r.code, r.stderr]).toEqual([0, ''])
    return JSON.parse(r.stdout).hookSpecificOutput as { permissionDecision?: string; permissionDecisionReason?: string }
  }

  const unjudgeable = (): Array<[string, unknown]> => [
    ['cwd outside the repository', payload(tempDir('not-a-repo-'), 'Edit', join(repo.dir, 'src/app.ts'))],
    ['cwd and file outside the repository', payload(tempDir('not-a-repo-'), 'Write', '/tmp/x.ts')],
    ['a path outside the repository', payload(repo.dir, 'Edit', join(repo.dir, '..', 'outside.ts'))],
    ['a path into .git', payload(repo.dir, 'Write', join(repo.dir, '.git', 'hooks', 'pre-commit'))],
    ['not JSON', '{not json'],
    ['empty stdin', ''],
    ['a JSON array', '[1, 2]'],
    ['no tool_name', { ...payload(repo.dir, 'Edit', 'src/app.ts'), tool_name: undefined }],
    ['an Edit without file_path', { ...payload(repo.dir, 'Edit', 'src/app.ts'), tool_input: { old_string: 'a' } }],
    ['a NotebookEdit without notebook_path', { ...payload(repo.dir, 'NotebookEdit', NOTEBOOK), tool_input: { new_source: 'x' } }],
    ['tool_input not an object', { ...payload(repo.dir, 'Write', 'src/app.ts'), tool_input: 'src/app.ts' }],
    ['a relative cwd', { ...payload(repo.dir, 'Edit', 'src/app.ts'), cwd: 'src' }],
  ]

  it('under --block, each payload it cannot judge is denied with the reason (hook bundle and full CLI)', async () => {
    for (const [what, input] of unjudgeable())
      for (const full of [false, true]) {
        const out = denied(await runHook(['--block', '--no-record'], repo.dir, input, full))
        expect({ what, full, decision: out.permissionDecision }).toEqual({ what, full, decision: 'deny' })
        expect(out.permissionDecisionReason).toMatch(/cannot judge this edit, so it is denied: \S/)
      }
  })

  it('without --block the same payloads are let through silently, as before (logged, never a denial)', async () => {
    for (const [what, input] of unjudgeable()) {
      const r = await runHook(['--no-record'], repo.dir, input)
      expect({ what, code: r.code, stdout: r.stdout }).toEqual({ what, code: 0, stdout: '' })
    }
    // Another event is not an edit: silent even under --block.
    const post = await runHook(['--block', '--no-record'], repo.dir, {
      ...payload(repo.dir, 'Edit', 'src/app.ts'),
      hook_event_name: 'PostToolUse',
    })
    expect([post.code, post.stdout]).toEqual([0, ''])
  })

  it('a NotebookEdit of a notebook a sibling changed is warned about, and denied under --block', async () => {
    const input = payload(repo.dir, 'NotebookEdit', join(repo.dir, NOTEBOOK))
    const warn = denied(await runHook(['--no-record'], repo.dir, input)) as { additionalContext?: string }
    expect(warn.additionalContext).toContain(`${NOTEBOOK} was also changed by a sibling`)
    const block = denied(await runHook(['--block', '--no-record'], repo.dir, input))
    expect([block.permissionDecision, block.permissionDecisionReason]).toEqual(['deny', expect.stringContaining(impl(2))])
    // Every editing tool is judged the same way, and agents setup's matcher names each of them.
    for (const tool of Object.keys(EDIT_TOOLS)) {
      const out = denied(await runHook(['--block', '--no-record'], repo.dir, payload(repo.dir, tool, join(repo.dir, NOTEBOOK))))
      expect({ tool, decision: out.permissionDecision }).toEqual({ tool, decision: 'deny' })
    }
    const setup = await runCliProcess(['agents', 'setup'], repo.dir)
    expect(setup.code).toBe(0)
    const settings = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    const matcher = new RegExp(`^(?:${settings.hooks.PreToolUse[0].matcher})$`)
    for (const tool of Object.keys(EDIT_TOOLS)) expect({ tool, matched: matcher.test(tool) }).toEqual({ tool, matched: true })
  })

  it('a file name with a line break is one path: the hook denies it under --block, the CLI names it and exits 1', async () => {
    const block = denied(await runHook(['--block', '--no-record'], repo.dir, payload(repo.dir, 'Write', join(repo.dir, NEWLINE_NAME))))
    expect([block.permissionDecision, block.permissionDecisionReason]).toEqual(['deny', expect.stringContaining(impl(2))])
    const r = await runCliProcess(['check-path', NEWLINE_NAME, '--json', '--no-record'], repo.dir)
    expect(r.code).toBe(1)
    const out = JSON.parse(r.stdout)
    expect(out.paths).toHaveLength(1)
    expect(out.paths[0].siblings.map((s: { branch: string }) => s.branch)).toEqual([impl(2)])
    // Its first half is a file of its own: asked alone, it is a different path.
    const half = JSON.parse((await runCliProcess(['check-path', 'line.md', '--json', '--no-record'], repo.dir)).stdout)
    expect(half.paths[0].siblings).toEqual([])
  })

  it('a symlinked .git/orchestrator: the hook writes no cache through it; under --block it denies', async () => {
    const outside = tempDir('orch-outside-')
    rmSync(join(repo.dir, '.git', 'orchestrator'), { recursive: true, force: true })
    symlinkSync(outside, join(repo.dir, '.git', 'orchestrator'))
    try {
      await repo.git.run(['commit', '-q', '--allow-empty', '-m', 'move HEAD so that the cache is rewritten'])
      const out = denied(await runHook(['--block', '--no-record'], repo.dir, payload(repo.dir, 'Edit', join(repo.dir, NOTEBOOK))))
      expect(out.permissionDecision).toBe('deny')
      expect(out.permissionDecisionReason).toMatch(/orchestrator" is a symbolic link/)
      const cli = await runCliProcess(['check-path', 'src/app.ts'], repo.dir)
      expect([cli.code, cli.stderr]).toEqual([2, expect.stringMatching(/\.git\/orchestrator" is a symbolic link/)])
      expect(readdirSync(outside)).toEqual([])
    } finally {
      rmSync(join(repo.dir, '.git', 'orchestrator'))
      mkdirSync(join(repo.dir, '.git', 'orchestrator'))
    }
  })
})
