import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { defaultConfig } from '../../shared/config/config'
import { ConfigurationError } from '../../shared/errors'
import { chooseCommands } from '../../shared/role-ci'
import { detectCommands } from '../../shared/role-ci'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

function folder(files: Record<string, string>): string {
  const dir = tempDir('orch-detect-')
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const NODE_SCRIPTS = JSON.stringify({
  scripts: {
    build: 'tsc',
    test: 'jest',
    lint: 'eslint .',
    'test:e2e': 'playwright test',
    'test:integration': 'jest -c int',
    start: 'node .',
  },
})

describe('chooseCommands', () => {
  const cwd = folder({ 'package.json': NODE_SCRIPTS })

  it('prefers the input over the config and detection', () => {
    const config = defaultConfig()
    config.roles.implementor.commands = [{ name: 'cfg', command: 'make check' }]
    const chosen = chooseCommands({ cwd, role: 'implementor', inputCommands: [{ name: 'unit', command: 'make unit' }], config })
    expect(chosen).toEqual({ commands: [{ name: 'unit', command: 'make unit' }], source: 'input', note: 'from the commands input: unit' })
  })

  it('uses the config for the role when there is no input', () => {
    const config = defaultConfig()
    config.source = '.github/orchestrator.yml'
    config.roles.overseer.commands = [{ name: 'all', command: 'make all' }]
    config.roles.implementor.commands = [{ name: 'quick', command: 'make quick' }]
    const chosen = chooseCommands({ cwd, role: 'overseer', inputCommands: [], config })
    expect(chosen.source).toBe('config')
    expect(chosen.commands).toEqual([{ name: 'all', command: 'make all' }])
    expect(chosen.note).toBe('from .github/orchestrator.yml roles.overseer.commands: all')
  })

  it('detects package.json scripts in the implementor order', () => {
    const chosen = chooseCommands({ cwd, role: 'implementor', config: defaultConfig() })
    expect(chosen.source).toBe('detected')
    expect(chosen.commands).toEqual([
      { name: 'lint', command: 'npm run lint' },
      { name: 'test', command: 'npm test' },
      { name: 'build', command: 'npm run build' },
    ])
    expect(chosen.note).toBe('detected from package.json scripts: lint, test, build')
  })

  it('adds the slow suites for the overseer, building before testing', () => {
    const chosen = chooseCommands({ cwd, role: 'overseer', config: defaultConfig() })
    expect(chosen.commands.map((c) => c.command)).toEqual([
      'npm run lint',
      'npm run build',
      'npm test',
      'npm run test:integration',
      'npm run test:e2e',
    ])
    expect(chosen.commands.map((c) => c.name)).toContain('test-e2e')
  })

  it('says so when nothing is found', () => {
    const chosen = chooseCommands({ cwd: folder({ 'README.md': '#\n' }), role: 'implementor', config: defaultConfig() })
    expect(chosen.source).toBe('none')
    expect(chosen.commands).toEqual([])
    expect(chosen.note).toMatch(/roles\.implementor\.commands/)
  })
})

describe('detectCommands', () => {
  it('skips the placeholder test script of npm init', () => {
    const cwd = folder({
      'package.json': JSON.stringify({ scripts: { test: 'echo "Error: no test specified" && exit 1', typecheck: 'tsc' } }),
    })
    expect(detectCommands(cwd, 'implementor').commands).toEqual([{ name: 'typecheck', command: 'npm run typecheck' }])
  })

  it('ignores a package.json without scripts', () => {
    expect(detectCommands(folder({ 'package.json': '{"name":"x"}' }), 'implementor')).toEqual({ commands: [], reasons: [] })
  })

  it('rejects a package.json that is not JSON', () => {
    expect(() => detectCommands(folder({ 'package.json': '{ nope' }), 'implementor')).toThrow(ConfigurationError)
  })

  it.each([
    [{ 'pytest.ini': '[pytest]\n' }, 'pytest.ini'],
    [{ 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n' }, 'pyproject.toml mentions pytest'],
    [{ 'setup.cfg': '[metadata]\nname = x\n\n[tool:pytest]\ntestpaths = t\n' }, 'setup.cfg has [tool:pytest]'],
    [{ 'tests/test_app.py': 'def test_x(): pass\n' }, 'tests/ holds Python files'],
    [{ 'tests/unit/test_deep.py': 'def test_x(): pass\n' }, 'tests/ holds Python files'],
  ])('detects pytest from %j', (files, reason) => {
    expect(detectCommands(folder(files), 'implementor')).toEqual({ commands: [{ name: 'pytest', command: 'pytest' }], reasons: [reason] })
  })

  it('does not take every pyproject.toml or tests folder for pytest', () => {
    const cwd = folder({ 'pyproject.toml': '[project]\nname = "x"\n', 'tests/data.json': '{}', 'setup.cfg': '[flake8]\n' })
    expect(detectCommands(cwd, 'implementor').commands).toEqual([])
  })

  it('detects Go and Rust', () => {
    expect(detectCommands(folder({ 'go.mod': 'module x\n' }), 'overseer')).toEqual({
      commands: [{ name: 'go test', command: 'go test ./...' }],
      reasons: ['go.mod'],
    })
    expect(detectCommands(folder({ 'Cargo.toml': '[package]\n' }), 'implementor').commands).toEqual([
      { name: 'cargo test', command: 'cargo test' },
    ])
  })

  it('lists several ecosystems in a fixed order', () => {
    const cwd = folder({ 'Cargo.toml': '', 'go.mod': '', 'pytest.ini': '', 'package.json': JSON.stringify({ scripts: { lint: 'x' } }) })
    const detected = detectCommands(cwd, 'implementor')
    expect(detected.commands.map((c) => c.name)).toEqual(['lint', 'pytest', 'go test', 'cargo test'])
    expect(detected.reasons).toEqual(['package.json scripts: lint', 'pytest.ini', 'go.mod', 'Cargo.toml'])
  })

  it('never puts script names from the file into a command', () => {
    const cwd = folder({ 'package.json': JSON.stringify({ scripts: { 'lint; rm -rf /': 'x', 'test:e2e && evil': 'y' } }) })
    expect(detectCommands(cwd, 'overseer').commands).toEqual([])
  })
})
