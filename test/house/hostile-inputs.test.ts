// Hostile inputs across every command: names, paths, globs, configurations,
// JSON payloads. Each case asserts the exit code, that the message names the
// input and the bad value, and that nothing moved: the remote's refs, and in
// the clone HEAD, the index, .git/config, every ref outside refs/orchestrator/
// and the work tree. (Projection corruption and log injection: hostile-state.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { impl, initFeature } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, tempDir, TestRepo } from '../support/repo'
import { snapshot } from '../support/repo-snapshot'

afterAll(cleanupTemp)

let repo: TestRepo
let outside: string
let cliTemp: string

beforeAll(async () => {
  repo = await makeFeatureRepo()
  await initFeature(repo, 2)
  await repo.commit(impl(1), { 'src/feature.ts': 'export const x = 1\n' }, 'T001 model', `origin/${impl(1)}`)
  await repo.push(impl(1))
  outside = tempDir('orch-outside-')
  cliTemp = tempDir('orch-cli-temp-')
  mkdirSync(join(outside, 'junit'))
  writeFileSync(join(outside, 'junit', 'r.xml'), '<testsuite name="outside" tests="1"><testcase name="secret"/></testsuite>')
  writeFileSync(join(outside, 'shard.json'), '{}')
  writeFileSync(join(outside, 'conf.yml'), 'secret-key: 1\n')
  // Prepared in the work tree before every snapshot: links out, bad configurations.
  symlinkSync(outside, join(repo.dir, 'linkout'))
  symlinkSync(join(outside, 'conf.yml'), join(repo.dir, 'conf-link.yml'))
  mkdirSync(join(repo.dir, 'bad'))
  const bad: Record<string, string> = {
    'state.yml': 'state:\n  branch: "../x"\n',
    'paths.yml': 'protected-paths: "x"\n',
    'proto.yml': '__proto__:\n  polluted: 1\n',
    'bomb.yml': `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n`,
    'pattern.yml': 'branches:\n  pattern: "feature/{spec}"\n',
    'version.yml': 'version: 2\n',
    'tasks.yml': 'tasks:\n  file: "../../etc/{spec}"\n',
    'integration.yml': 'branches:\n  integration: "main;rm -rf /"\n',
    'commands.yml': 'roles:\n  implementor:\n    commands: "npm test"\n',
    'yaml.yml': 'state: [\n',
  }
  for (const [name, text] of Object.entries(bad)) writeFileSync(join(repo.dir, 'bad', name), text)
  await repo.git.run(['checkout', '-q', impl(1)])
})

interface CliCase {
  args: string[]
  code: number
  /** Substrings the message must hold: the input's name and the bad value. */
  says: string[]
}

const q = (value: string) => JSON.stringify(value)

const CLI_CASES: Record<string, CliCase> = {
  // names
  'spec id with ..': { args: ['init-feature', '../evil'], code: 2, says: ['spec', q('../evil')] },
  'spec id with a shell metacharacter': { args: ['init-feature', '004-a;rm'], code: 2, says: ['spec', q('004-a;rm')] },
  'spec id with a line break': { args: ['init-feature', '004-a\nb'], code: 2, says: ['spec', '"004-a\\nb"'] },
  'spec id with a bidi override': { args: ['init-feature', '004-\u202eabc'], code: 2, says: ['spec', '004-\\u202eabc'] },
  'spec id in upper case': { args: ['init-feature', '004-User'], code: 2, says: ['spec', q('004-User')] },
  'zero implementors': { args: ['init-feature', SPEC, '--implementors', '0'], code: 2, says: ['--implementors', '0'] },
  'too many implementors': { args: ['init-feature', SPEC, '--implementors', '21'], code: 2, says: ['--implementors', '21'] },
  'implementors not a number': { args: ['init-feature', SPEC, '--implementors', 'abc'], code: 2, says: ['--implementors', 'abc'] },
  'a name with a line break, before any push': {
    args: ['init-feature', '005-new-thing', '--name', 'two\nlines'],
    code: 2,
    says: ['name', '"two\\nlines"'],
  },
  'a name of 301 characters': { args: ['init-feature', '005-new-thing', '--name', 'n'.repeat(301)], code: 2, says: ['name', 'nnnn'] },
  'a base that does not exist': { args: ['init-feature', SPEC, '--base', 'no-such-branch'], code: 2, says: ['base', q('no-such-branch')] },
  'a base with a shell metacharacter': { args: ['init-feature', SPEC, '--base', 'main;rm'], code: 2, says: ['base', q('main;rm')] },
  'a remote that looks like an option': {
    args: ['events', 'status', '--remote', '-oProxyCommand=x'],
    code: 2,
    says: ['remote', q('-oProxyCommand=x')],
  },
  'a remote with a line break': { args: ['events', 'status', '--remote', 'a\nb'], code: 2, says: ['remote', '"a\\nb"'] },
  'a state branch with ..': { args: ['events', 'status', '--state-branch', '../x'], code: 2, says: ['state', q('../x')] },
  'a state branch with a space': { args: ['events', 'status', '--state-branch', 'a b'], code: 2, says: ['state', q('a b')] },
  'a state branch as a full ref': {
    args: ['events', 'status', '--state-branch', 'refs/heads/x'],
    code: 2,
    says: ['state', q('refs/heads/x')],
  },
  'a state branch ending in .lock': { args: ['events', 'status', '--state-branch', 'x.lock'], code: 2, says: ['state', q('x.lock')] },
  // Run from impl-1's clone, where add-feature is refused by role first (test/agents/authority.test.ts): a log it may write.
  'a code branch as the state branch': {
    args: ['events', 'log', 'blocker-raised', '--feature', SPEC, '--data', '{"id":"b1","reason":"r"}', '--state-branch', 'main'],
    code: 2,
    says: ['state-branch', q('main'), 'not an agent-orchestrator state branch'],
  },
  'a code branch as the state branch (raise-blocker)': {
    args: ['events', 'raise-blocker', 'b1', 'why', '--feature', SPEC, '--state-branch', impl(2)],
    code: 2,
    says: ['state-branch', q(impl(2))],
  },
  'sync of a branch with ..': { args: ['sync-status', 'feature/../x'], code: 2, says: ['branch', 'feature/../x'] },
  'run-tests with an unknown role': { args: ['run-tests', '--role', 'admin'], code: 2, says: ['role', 'admin'] },
  // paths
  'export file with ..': { args: ['events', 'export', SPEC, '../../x.md'], code: 2, says: ['file', q('../../x.md')] },
  'export file at an absolute path outside': {
    args: ['events', 'export', SPEC, '/etc/orch-x.md'],
    code: 2,
    says: ['file', q('/etc/orch-x.md'), 'outside'],
  },
  'export file into .git': { args: ['events', 'export', SPEC, '.git/config'], code: 2, says: ['file', q('.git/config'), '.git'] },
  'export file into a hook': {
    args: ['events', 'export', SPEC, '.git/hooks/post-commit'],
    code: 2,
    says: ['file', q('.git/hooks/post-commit')],
  },
  'export file through a symlink out': {
    args: ['events', 'export', SPEC, 'linkout/x.md'],
    code: 2,
    says: ['file', q('linkout/x.md'), 'leads to'],
  },
  'export file with .. inside': { args: ['events', 'export', SPEC, 'src/../../x.md'], code: 2, says: ['file', q('src/../../x.md')] },
  'export file with a control character': { args: ['events', 'export', SPEC, 'a\u0007b.md'], code: 2, says: ['file', 'a\\u0007b.md'] },
  'export file onto a folder': { args: ['events', 'export', SPEC, 'src'], code: 2, says: ['file', q('src'), 'folder'] },
  'report-path into .git': { args: ['check-conflicts', '--report-path', '.git/config'], code: 2, says: ['report-path', q('.git/config')] },
  'report-path with ..': { args: ['check-conflicts', '--report-path', '../../x.json'], code: 2, says: ['report-path', q('../../x.json')] },
  'report-path absolute outside': {
    args: ['check-conflicts', '--report-path', '/etc/passwd'],
    code: 2,
    says: ['report-path', q('/etc/passwd')],
  },
  'report-path through a symlink out': {
    args: ['check-conflicts', '--report-path', 'linkout/r.json'],
    code: 2,
    says: ['report-path', q('linkout/r.json')],
  },
  'report-path onto a folder': { args: ['check-conflicts', '--report-path', 'specs'], code: 2, says: ['report-path', q('specs')] },
  'merge-reports with ..': { args: ['check-conflicts', '--merge-reports', '../*.json'], code: 2, says: ['merge-reports', q('../*.json')] },
  'merge-reports absolute outside': {
    args: ['check-conflicts', '--merge-reports', '/etc/*.conf'],
    code: 2,
    says: ['merge-reports', '/etc'],
  },
  'merge-reports through a symlink out': {
    args: ['check-conflicts', '--merge-reports', 'linkout/*.json'],
    code: 2,
    says: ['merge-reports', 'linkout'],
  },
  'junit glob with ..': {
    args: ['run-tests', '--branch', impl(1), '--guard-only', '--junit', '../**/*.xml'],
    code: 2,
    says: ['pattern', q('../**/*.xml')],
  },
  'junit glob through a symlinked folder': {
    args: ['run-tests', '--branch', impl(1), '--guard-only', '--junit', 'linkout/junit/*.xml'],
    code: 2,
    says: ['junit', 'linkout/junit', 'outside'],
  },
  'role-ci config with .. (read from the base)': {
    args: ['run-tests', '--branch', impl(1), '--guard-only', '--config', '../x.yml'],
    code: 2,
    says: ['config', q('../x.yml')],
  },
  'config with ..': { args: ['events', 'status', '--config', '../x.yml'], code: 2, says: ['config', q('../x.yml')] },
  'config absolute': { args: ['events', 'status', '--config', '/etc/passwd'], code: 2, says: ['config', q('/etc/passwd')] },
  'config in .git': { args: ['events', 'status', '--config', '.git/config'], code: 2, says: ['config', q('.git/config')] },
  'config through a symlink out': {
    args: ['events', 'status', '--config', 'conf-link.yml'],
    code: 2,
    says: ['config', q('conf-link.yml'), 'leads to'],
  },
  'config that does not exist': { args: ['events', 'status', '--config', 'nope.yml'], code: 2, says: ['config', q('nope.yml')] },
  // configurations
  'config: a state branch with ..': {
    args: ['events', 'status', '--config', 'bad/state.yml'],
    code: 2,
    says: ['bad/state.yml', 'state.branch', q('../x')],
  },
  'config: protected-paths not a list': {
    args: ['check-conflicts', '--config', 'bad/paths.yml'],
    code: 2,
    says: ['bad/paths.yml', 'protected-paths', q('"x"')],
  },
  'config: a __proto__ key': { args: ['events', 'status', '--config', 'bad/proto.yml'], code: 2, says: ['bad/proto.yml', '__proto__'] },
  'config: an alias bomb': { args: ['events', 'status', '--config', 'bad/bomb.yml'], code: 2, says: ['bad/bomb.yml', 'alias'] },
  'config: a pattern without {role}': {
    args: ['events', 'status', '--config', 'bad/pattern.yml'],
    code: 2,
    says: ['bad/pattern.yml', 'feature/{spec}'],
  },
  'config: an unknown version': { args: ['events', 'status', '--config', 'bad/version.yml'], code: 2, says: ['bad/version.yml', '"2"'] },
  'config: a tasks file outside': {
    args: ['events', 'status', '--config', 'bad/tasks.yml'],
    code: 2,
    says: ['bad/tasks.yml', 'tasks.file', q('../../etc/{spec}')],
  },
  'config: an integration branch with a metacharacter': {
    args: ['events', 'status', '--config', 'bad/integration.yml'],
    code: 2,
    says: ['bad/integration.yml', 'branches.integration', q('main;rm -rf /')],
  },
  'config: commands not a mapping': {
    args: ['events', 'status', '--config', 'bad/commands.yml'],
    code: 2,
    says: ['bad/commands.yml', 'roles.implementor.commands'],
  },
  'config: not YAML': { args: ['events', 'status', '--config', 'bad/yaml.yml'], code: 2, says: ['bad/yaml.yml', 'not valid YAML'] },
  // JSON payloads
  'event data that is not JSON': {
    args: ['events', 'log', 'blocker-raised', '--feature', SPEC, '--data', 'not json'],
    code: 2,
    says: ['data', 'not json'],
  },
  'event data with __proto__': {
    args: ['events', 'log', 'blocker-raised', '--feature', SPEC, '--data', '{"__proto__":{"polluted":1},"id":"b1","reason":"r"}'],
    code: 2,
    says: ['__proto__'],
  },
  'event data with an unknown field': {
    args: ['events', 'log', 'blocker-raised', '--feature', SPEC, '--data', '{"id":"b1","reason":"r","extra":1}'],
    code: 2,
    says: ['extra'],
  },
  'an unknown event kind': {
    args: ['events', 'log', 'pwn', '--feature', SPEC, '--data', '{}'],
    code: 2,
    says: ['kind', q('pwn')],
  },
  'a feature with ..': {
    args: ['events', 'log', 'blocker-raised', '--feature', '../x', '--data', '{"id":"b1","reason":"r"}'],
    code: 2,
    says: ['feature', q('../x')],
  },
  'event data with an ANSI escape': {
    args: ['events', 'log', 'blocker-raised', '--feature', SPEC, '--data', JSON.stringify({ id: 'b1', reason: 'x\u001b[31mred' })],
    code: 2,
    says: ['reason', 'control characters'],
  },
  'a guard violation whose subject breaks a line': {
    args: [
      'events',
      'log',
      'guard-violation',
      '--feature',
      SPEC,
      '--data',
      JSON.stringify({ branch: impl(1), kind: 'protected-path', subject: 'a\nb', detail: 'd', commit: 'a'.repeat(40) }),
    ],
    code: 2,
    says: ['subject', 'single line'],
  },
  'a scope drift whose path breaks a line': {
    args: [
      'events',
      'log',
      'scope-drift',
      '--feature',
      SPEC,
      '--data',
      JSON.stringify({ branch: impl(1), path: 'src/a\u2028b.py', commit: 'a'.repeat(40), tasks: [{ id: 'T012', agent: 'impl-2' }] }),
    ],
    code: 2,
    says: ['path', 'single line'],
  },
  'a blocker id with a slash': {
    args: ['events', 'raise-blocker', 'a/b', 'why', '--feature', SPEC],
    code: 2,
    says: ['id', q('a/b')],
  },
}

describe('hostile inputs to the CLI: refused with exit 2, the input and value named, nothing changed', () => {
  it.each(Object.entries(CLI_CASES))('%s', async (_label, c) => {
    const before = await snapshot(repo)
    // The CLI's temporary folder is its own here: the fixtures outside live in the system one.
    const r = await runCliInProcess(c.args, repo.dir, { ORCHESTRATOR_DEBUG: undefined, TMPDIR: cliTemp })
    const message = r.stderr
    expect({ code: r.code, message }).toEqual({ code: c.code, message: expect.stringContaining('error') })
    for (const s of c.says) expect(message).toContain(s)
    // Nothing raw reaches the terminal either.
    expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e\u2028\u2029]/)
    expect(await snapshot(repo)).toEqual(before)
    expect(existsSync(join(repo.dir, '..', 'x.md'))).toBe(false)
    expect(existsSync(join(outside, 'x.md'))).toBe(false)
    expect(existsSync(join(outside, 'r.json'))).toBe(false)
  })
})

describe('hostile inputs to the actions: the step fails naming the input, nothing changed', () => {
  const ACTION_CASES: Record<string, { bundle: string; inputs: Record<string, string>; says: string[]; event?: Record<string, unknown> }> =
    {
      'detect-conflicts report-path into .git': {
        bundle: 'dist/detect-conflicts/index.js',
        inputs: { 'report-path': '.git/config' },
        says: ['report-path', q('.git/config')],
      },
      'detect-conflicts report-path outside': {
        bundle: 'dist/detect-conflicts/index.js',
        inputs: { 'report-path': '../../x.json' },
        says: ['report-path', q('../../x.json')],
      },
      'role-ci junit through a symlinked folder': {
        bundle: 'dist/role-ci/index.js',
        inputs: { junit: 'linkout/junit/*.xml', 'guard-only': 'true' },
        says: ['junit', 'linkout/junit'],
      },
      'init-feature name with a line break': {
        bundle: 'dist/init-feature/index.js',
        inputs: { 'spec-id': '007-other', name: 'a\nb' },
        says: ['name', '"a\\nb"'],
      },
      'init-feature spec id with ..': {
        bundle: 'dist/init-feature/index.js',
        inputs: { 'spec-id': '../x' },
        says: ['spec', q('../x')],
      },
      'sync-status onto a foreign state branch': {
        bundle: 'dist/sync-status/index.js',
        inputs: { branch: impl(1), 'state-branch': 'main' },
        says: ['state-branch', q('main')],
      },
      'open-pr config outside': {
        bundle: 'dist/open-pr/index.js',
        inputs: { config: '/etc/passwd', token: 'x' },
        says: ['config', q('/etc/passwd')],
      },
    }
  it.each(Object.entries(ACTION_CASES))('%s', async (_label, c) => {
    const before = await snapshot(repo)
    const run = await runAction({ bundle: c.bundle, cwd: repo.dir, eventName: 'push', ref: `refs/heads/${impl(1)}`, inputs: c.inputs })
    expect(run.exitCode).toBe(1)
    const failure = run.annotations.find((a) => a.level === 'error' && / failed: /.test(a.message))?.message ?? ''
    for (const s of c.says) expect(failure).toContain(s)
    expect(await snapshot(repo)).toEqual(before)
  })
})
