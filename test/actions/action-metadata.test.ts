import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actionYml, rootActionYml, RUNS_USING } from '../../scripts/action-metadata'
import { ACTION_COMMANDS as COMMANDS } from '../../shared/commands/registry'

type ActionDoc = {
  inputs?: Record<string, { description?: string; default?: string }>
  outputs?: Record<string, { description?: string }>
  runs: { using: string; main: string }
}
const load = (path: string) => parse(readFileSync(path, 'utf8')) as ActionDoc
const actionDirs = readdirSync('actions', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

describe('action metadata', () => {
  it('has one action folder per command and one command per action folder', () => {
    expect(actionDirs).toEqual(COMMANDS.map((c) => c.name).sort())
  })
  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    'actions/%s/action.yml is what the command declares (run "npm run generate")',
    (name, cmd) => {
      expect(readFileSync(`actions/${name}/action.yml`, 'utf8')).toBe(actionYml(cmd))
      const doc = load(`actions/${name}/action.yml`)
      // Both directions: every input the code reads is declared, every declared input is read.
      expect(Object.keys(doc.inputs ?? {}).sort()).toEqual(cmd.options.map((o) => o.name).sort())
      expect(Object.keys(doc.outputs ?? {}).sort()).toEqual(cmd.outputs.map((o) => o.name).sort())
      for (const [key, input] of Object.entries(doc.inputs ?? {})) expect([key, input.description?.length ?? 0]).not.toEqual([key, 0])
      for (const [key, output] of Object.entries(doc.outputs ?? {})) expect([key, output.description?.length ?? 0]).not.toEqual([key, 0])
      expect(existsSync(`actions/${name}/index.ts`)).toBe(true)
      expect(doc.runs.main).toBe(`../../dist/${name}/index.js`)
    },
  )
  it('the root action accepts every input of every sub-action', () => {
    expect(readFileSync('action.yml', 'utf8')).toBe(rootActionYml(COMMANDS))
    const root = load('action.yml')
    for (const cmd of COMMANDS) for (const o of cmd.options) expect(Object.keys(root.inputs ?? {})).toContain(o.name)
    expect(root.runs.main).toBe('dist/root/index.js')
  })
  it('every action.yml declares the same runs.using', () => {
    const all = ['action.yml', ...actionDirs.map((d) => `actions/${d}/action.yml`)].map((p) => load(p).runs.using)
    expect(new Set(all)).toEqual(new Set([RUNS_USING]))
  })
})
