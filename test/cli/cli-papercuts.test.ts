// What a person meets at the prompt: a mistyped command or option is answered
// with the nearest real ones, a boolean takes `--name false`, help shows the
// `--no-` form and examples, and every example is valid for its command.
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseArgv } from '../../shared/cli/argv'
import { COMMAND_EXAMPLES } from '../../shared/cli/examples'
import { commandHelp } from '../../shared/cli/help'
import { COMMANDS } from '../../shared/commands/registry'
import { editDistance, nearestNames } from '../../shared/naming/nearest'
import { parseOptions } from '../../shared/options/options'
import { impl, initFeature } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, tempDir } from '../support/repo'

afterAll(cleanupTemp)

/** Splits an example the way a POSIX shell would for the quoting the examples use ('...' only). */
function shellWords(line: string): string[] {
  const words: string[] = []
  const re = /'([^']*)'|(\S+)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(line))) words.push(m[1] ?? m[2])
  return words
}

describe('CLI papercuts (#26 item 9)', () => {
  it('a mistyped command gets "did you mean" with the nearest command, and exit 2', async () => {
    const dir = tempDir('orch-typo-')
    const r = await runCliProcess(['sync-staus'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown command "sync-staus"; Did you mean "sync-status"')
    const sub = await runCliProcess(['events', 'stauts'], dir)
    expect(sub.code).toBe(2)
    expect(sub.stderr).toContain('Did you mean "status"?')
    const far = await runCliProcess(['zzzzzzzz'], dir)
    expect(far.stderr).not.toContain('Did you mean')
  })

  it('a mistyped option gets the nearest option, the --no- form included', () => {
    const role = COMMANDS.find((c) => c.name === 'role-ci')!
    expect(() => parseArgv(['--conflict-chek'], role.options, 'run-tests')).toThrow(/Did you mean "--conflict-check"/)
    expect(() => parseArgv(['--no-conflict-chek'], role.options, 'run-tests')).toThrow(/Did you mean "--no-conflict-check"/)
  })

  it('a boolean takes "--name false" and "--name true" as well as --no-name and --name=false', () => {
    const role = COMMANDS.find((c) => c.name === 'role-ci')!
    const read = (argv: string[]) =>
      parseOptions(role.options, parseArgv(argv, role.options, 'run-tests').values, 'flag').bool('conflict-check')
    expect(read(['--conflict-check', 'false'])).toBe(false)
    expect(read(['--conflict-check', 'true'])).toBe(true)
    expect(read(['--no-conflict-check'])).toBe(false)
    expect(read(['--conflict-check=false'])).toBe(false)
    expect(read([])).toBe(true)
    // A path that is not true/false stays an argument.
    const check = COMMANDS.find((c) => c.name === 'check-path')!
    expect(parseArgv(['--fetch', 'src/a.ts'], check.options, 'check-path').values).toEqual({ fetch: true, path: 'src/a.ts' })
  })

  it('help shows the --no- form of every boolean that is on by default', () => {
    for (const cmd of COMMANDS) {
      const help = commandHelp(cmd)
      for (const o of cmd.options.filter((o) => o.type === 'boolean' && o.default === 'true')) expect(help).toContain(`--no-${o.name}`)
    }
    expect(commandHelp(COMMANDS.find((c) => c.name === 'role-ci')!)).toContain('--conflict-check, --no-conflict-check')
  })

  it("every command has an example in its help, and every example parses with that command's options", () => {
    for (const cmd of COMMANDS) {
      const examples = COMMAND_EXAMPLES[cmd.name] ?? []
      expect([cmd.name, examples.length > 0]).toEqual([cmd.name, true])
      expect(commandHelp(cmd)).toContain('Examples:')
      for (const example of examples) {
        const words = shellWords(example.args)
        const names = [cmd.name, ...(cmd.aliases ?? [])].map((n) => n.split(' '))
        const prefix = names.find((n) => n.every((w, i) => words[i] === w))
        expect([example.args, prefix !== undefined]).toEqual([example.args, true])
        const parsed = parseArgv(words.slice(prefix!.length), cmd.options, cmd.name)
        expect(() => parseOptions(cmd.options, parsed.values, 'flag')).not.toThrow()
      }
    }
    expect(Object.keys(COMMAND_EXAMPLES).filter((name) => !COMMANDS.some((c) => c.name === name))).toEqual([])
  })

  it('the nearest names are the ones a person would pick', () => {
    expect(editDistance('sync-staus', 'sync-status')).toBe(1)
    expect(editDistance('ab', 'ba')).toBe(1)
    expect(nearestNames('plna', ['plan', 'open-pr', 'hooks'])).toEqual(['plan'])
    expect(nearestNames('004-user-atuh', ['004-user-auth', '005-user-profile', '004-users'])).toEqual(['004-user-auth'])
    expect(nearestNames('xyz', ['plan'])).toEqual([])
  })
})

describe('events recent names the branch of a test result (#26 item 9)', () => {
  it('a test-result line says whose branch the suite ran on', async () => {
    const repo = await makeFeatureRepo()
    await initFeature(repo, 1)
    const data = {
      role: 'implementor',
      branch: impl(1),
      suite: 'unit',
      passed: 3,
      failed: 1,
      skipped: 0,
      durationMs: 10,
      commit: '0'.repeat(40),
    }
    const logged = await runCliProcess(['events', 'log', 'test-result', '--feature', SPEC, '--data', JSON.stringify(data)], repo.dir)
    expect(logged.code).toBe(0)
    const recent = await runCliProcess(['events', 'recent', '5'], repo.dir)
    const line = recent.stdout.split('\n').find((l) => l.includes('test-result'))
    expect(line).toContain(`unit (implementor, ${impl(1)}): 3 passed, 1 failed, 0 skipped`)
  })
})
