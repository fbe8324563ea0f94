import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_PROTECTED_PATHS, loadConfig, parseConfig } from '../../shared/config/config'
import { parseCommandLines } from '../../shared/config/commands'
import { ConfigurationError, InputError } from '../../shared/errors'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

describe('configuration file', () => {
  it('uses defaults when the file is absent', async () => {
    const config = await loadConfig(tempDir())
    expect(config.source).toBe('defaults')
    expect(config.branches.pattern).toBe('feature/{spec}/{role}')
    expect(config.state.branch).toBe('orchestrator/state')
    expect(config.tasks.file).toBe('specs/{spec}/tasks.md')
    expect(config.protectedPaths).toEqual(DEFAULT_PROTECTED_PATHS)
    expect(config.protectedPaths).toEqual(
      expect.arrayContaining([
        '.github/workflows/**',
        '.github/actions/**',
        '.github/orchestrator.yml',
        '.claude/**',
        'CODEOWNERS',
        '.gitattributes',
      ]),
    )
  })
  it('reads a full file', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, '.github'))
    writeFileSync(
      join(dir, '.github/orchestrator.yml'),
      [
        'version: 1',
        'branches:',
        '  pattern: feature/{role}/{spec}',
        '  implementor: agent-{n}',
        '  integration: develop',
        'state:',
        '  branch: ops/state',
        'protected-paths: [".github/**", "infra/**"]',
        'roles:',
        '  implementor:',
        '    commands:',
        '      lint: npm run lint',
        '      test: npm test',
        '  overseer:',
        '    commands:',
        '      - "e2e: npx playwright test"',
        '      - integration: npm run test:int',
        'conflicts:',
        '  scope: all',
      ].join('\n'),
    )
    const config = await loadConfig(dir)
    expect(config.source).toBe('.github/orchestrator.yml')
    expect(config.branches).toEqual({
      pattern: 'feature/{role}/{spec}',
      overseer: 'overseer',
      implementor: 'agent-{n}',
      integration: 'develop',
    })
    expect(config.state.branch).toBe('ops/state')
    expect(config.protectedPaths).toEqual(['.github/**', 'infra/**'])
    expect(config.roles.implementor.commands).toEqual([
      { name: 'lint', command: 'npm run lint' },
      { name: 'test', command: 'npm test' },
    ])
    expect(config.roles.overseer.commands.map((c) => c.name)).toEqual(['e2e', 'integration'])
    expect(config.conflicts.scope).toBe('all')
  })
  const bad: [string, RegExp][] = [
    ['branches: [1]', /cfg\.yml: branches must be a mapping, got "\[1\]"/],
    ['branchs:\n  pattern: x', /cfg\.yml: unknown key "branchs"; expected one of/],
    ['branches:\n  patern: x', /unknown key "branches\.patern"/],
    ['branches:\n  pattern: feature/{spec}', /branches\.pattern "feature\/\{spec\}" must contain \{spec\} and \{role\}/],
    ['branches:\n  integration: "-main"', /branches\.integration "-main" is not a valid branch name: it starts with "-"/],
    ['state:\n  branch: "a..b"', /state\.branch "a\.\.b" is not a valid branch name/],
    ['tasks:\n  file: ../tasks.md', /tasks\.file "\.\.\/tasks\.md" must be a relative path containing \{spec\}/],
    ['protected-paths: "x"', /protected-paths must be a list of glob patterns/],
    ['conflicts:\n  scope: some', /conflicts\.scope "some" is not valid; expected feature or all/],
    ['roles:\n  implementor:\n    commands: 3', /roles\.implementor\.commands: must be a mapping or a list/],
    ['roles:\n  overseer:\n    commands:\n      - "no colon here"', /"no colon here" is not "name: command"/],
    ['version: 2', /version "2" is not supported/],
    ['a: [unclosed', /cfg\.yml: not valid YAML/],
    ['a: 1\na: 2', /cfg\.yml: not valid YAML/],
    ['state:\n  branch: 7', /state\.branch must be a non-empty string, got "7"/],
  ]
  it.each(bad)('names the file, key and bad value: %j', async (text, message) => {
    await expect(parseConfig(text, 'cfg.yml')).rejects.toThrow(ConfigurationError)
    await expect(parseConfig(text, 'cfg.yml')).rejects.toThrow(message)
  })
  it('fails when an explicitly named file is missing', async () => {
    await expect(loadConfig(tempDir(), 'conf/orch.yml')).rejects.toThrow(/config file "conf\/orch\.yml" does not exist/)
  })
})

describe('commands input', () => {
  it('parses one "name: command" per line', () => {
    expect(parseCommandLines('lint: npm run lint\n\n# comment\ntest: npm test -- --ci\n')).toEqual([
      { name: 'lint', command: 'npm run lint' },
      { name: 'test', command: 'npm test -- --ci' },
    ])
  })
  it('quotes the bad line', () => {
    expect(() => parseCommandLines('lint npm run lint')).toThrow(InputError)
    expect(() => parseCommandLines('ok: a\nok: b')).toThrow(/line 2: the name "ok" is used twice/)
  })
})
