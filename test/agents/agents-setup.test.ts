import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import picomatch from 'picomatch'
import { editRulesFor, roleRules, RULE_SYNTAX } from '../../shared/agents/claude-rules'
import { codexPrefixRules, renderCodexRules } from '../../shared/agents/codex-rules'
import { refusalsInWords } from '../../shared/agents/guide'
import { GUIDE_BEGIN, GUIDE_END, mergeGuide, mergeSettings } from '../../shared/agents/settings-file'
import { defaultConfig } from '../../shared/config/config'
import { impl, initFeature, overseer } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, TestRepo } from '../support/repo'

afterAll(cleanupTemp)

/** What an `Edit(/glob)` rule covers, read as Claude Code documents it: `/` is the project root, gitignore-style globs. */
function editRuleMatches(rule: string, path: string): boolean {
  const m = /^Edit\(\/(.+)\)$/.exec(rule)
  return m ? picomatch(m[1]!, { dot: true })(path) : false
}

describe('Claude Code rules derived from the configuration', () => {
  const implementor = roleRules(defaultConfig(), 'implementor', '.github/orchestrator.yml', 'main')
  const overseerRules = roleRules(defaultConfig(), 'overseer', '.github/orchestrator.yml', 'main')

  it('writes every rule in the syntax Claude Code reads, and no Write(...) path rule (it is not consulted)', () => {
    for (const rule of [...implementor.allow, ...implementor.deny, ...overseerRules.allow, ...overseerRules.deny]) {
      expect({ rule, ok: RULE_SYNTAX.test(rule) }).toEqual({ rule, ok: true })
      expect(rule).not.toMatch(/^Write\(/)
    }
    expect(implementor.deny).toEqual(
      expect.arrayContaining(['Bash(git push --force *)', 'Bash(git reset --hard *)', 'Bash(gh pr merge *)']),
    )
    expect(overseerRules.deny).not.toContain('Bash(gh pr merge *)')
    expect(overseerRules.deny.filter((r) => r.startsWith('Edit('))).toEqual([])
  })

  it('turns each protected path into an Edit deny rule that matches the real path and not its neighbour', () => {
    const edits = implementor.deny.filter((r) => r.startsWith('Edit('))
    const denied = (path: string) => edits.some((r) => editRuleMatches(r, path))
    for (const path of [
      '.github/workflows/ci.yml',
      '.github/orchestrator.yml',
      'CODEOWNERS',
      'docs/CODEOWNERS',
      'specs/.gitattributes',
      '.claude/settings.json',
    ])
      expect({ path, denied: denied(path) }).toEqual({ path, denied: true })
    for (const path of ['.github/workflows-old/ci.yml', 'src/CODEOWNERS.md', '.github/orchestrator.yml.bak', 'claude/x', 'src/app.ts'])
      expect({ path, denied: denied(path) }).toEqual({ path, denied: false })
    expect(editRulesFor('CODEOWNERS')).toEqual(['Edit(/CODEOWNERS)', 'Edit(/**/CODEOWNERS)'])
  })

  it("merges into a person's settings: their keys and rules stay, ours are added once, stale ones of ours go", () => {
    const person = JSON.stringify({ model: 'x', permissions: { allow: ['Bash(make *)'], deny: ['Read(.env)'], defaultMode: 'default' } })
    const first = mergeSettings(person, implementor, null, 'f.json')
    const parsed = JSON.parse(first)
    expect(parsed.model).toBe('x')
    expect(parsed.permissions.defaultMode).toBe('default')
    expect(parsed.permissions.allow.slice(0, 1)).toEqual(['Bash(make *)'])
    expect(parsed.permissions.deny[0]).toBe('Read(.env)')
    expect(mergeSettings(first, implementor, implementor, 'f.json')).toBe(first)
    const fewer = { allow: implementor.allow, deny: implementor.deny.filter((r) => r !== 'Bash(gh pr merge *)') }
    const second = JSON.parse(mergeSettings(first, fewer, implementor, 'f.json'))
    expect(second.permissions.deny).not.toContain('Bash(gh pr merge *)')
    expect(second.permissions.deny).toContain('Read(.env)')
    expect(() => mergeSettings('{not json', implementor, null, 'f.json')).toThrow(/"f.json" is not valid JSON .*nothing was written/)
  })

  it("keeps a guide file's own text and replaces only our section", () => {
    const once = mergeGuide('# My project\n\nOur notes.\n', 'section one')
    expect(once).toBe(`# My project\n\nOur notes.\n\n${GUIDE_BEGIN}\nsection one\n${GUIDE_END}\n`)
    expect(mergeGuide(`${once}More notes.\n`, 'section two')).toBe(
      `# My project\n\nOur notes.\n\n${GUIDE_BEGIN}\nsection two\n${GUIDE_END}\nMore notes.\n`,
    )
  })
})

describe('orchestrator agents setup (CLI, real repository)', () => {
  let repo: TestRepo
  const cli = (...args: string[]) => runCliInProcess(['agents', 'setup', ...args], repo.dir)
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
  })

  it('an implementor gets local, git-excluded settings merged into its own, with the guide; a re-run changes nothing', async () => {
    mkdirSync(join(repo.dir, '.claude'), { recursive: true })
    writeFileSync(join(repo.dir, '.claude', 'settings.local.json'), JSON.stringify({ permissions: { allow: ['Bash(make test)'] } }))
    const dry = await cli('--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/would write \.claude\/settings\.local\.json/)
    expect(dry.stdout).toContain('+ ')
    expect(JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))).toEqual({
      permissions: { allow: ['Bash(make test)'] },
    })
    const run = await cli()
    expect([run.code, run.stderr]).toEqual([0, expect.not.stringContaining('error')])
    expect(run.stdout).toMatch(/^implementor on feature\/004-user-auth\/impl-1/)
    const settings = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8'))
    expect(settings.permissions.allow[0]).toBe('Bash(make test)')
    expect(settings.permissions.deny).toEqual(expect.arrayContaining(['Edit(/.github/workflows/**)', 'Bash(git push --force *)']))
    const guide = readFileSync(join(repo.dir, 'CLAUDE.local.md'), 'utf8')
    expect(guide).toContain('## Working as the implementor of feature 004-user-auth')
    expect(guide).toContain('Referring to tasks in commit messages')
    expect(readFileSync(join(repo.dir, '.orchestrator', 'agent.local'), 'utf8')).toBe(
      'role: implementor\nfeature: 004-user-auth\nagent: impl-1\n',
    )
    const exclude = readFileSync(join(repo.dir, '.git', 'info', 'exclude'), 'utf8')
    for (const p of ['/.claude/settings.local.json', '/CLAUDE.local.md', '/.orchestrator/agent.local']) expect(exclude).toContain(p)
    expect((await repo.git.run(['status', '--porcelain'])).trim()).toBe('')
    const before = readFileSync(join(repo.dir, '.claude', 'settings.local.json'))
    const again = await cli()
    expect(again.stdout).toMatch(/unchanged \.claude\/settings\.local\.json/)
    expect(readFileSync(join(repo.dir, '.claude', 'settings.local.json')).equals(before)).toBe(true)
  })

  it('.git/info/exclude names each local file once, after the first run and after every re-run', async () => {
    const lines = () =>
      readFileSync(join(repo.dir, '.git', 'info', 'exclude'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('/'))
    expect((await cli()).code).toBe(0)
    const once = lines()
    expect(once.filter((l) => l === '/.orchestrator/agent.local')).toEqual(['/.orchestrator/agent.local'])
    expect(new Set(once).size).toBe(once.length)
    expect((await cli()).code).toBe(0)
    expect(lines()).toEqual(once)
  })

  it('refuses a role that contradicts the branch, naming both, and a settings file that is not JSON', async () => {
    const wrong = await cli('--role', 'overseer')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/--role says "overseer" but branch "feature\/004-user-auth\/impl-1" is an implementor branch/)
    writeFileSync(join(repo.dir, '.claude', 'settings.local.json'), '{ broken')
    const broken = await cli()
    expect(broken.code).toBe(2)
    expect(readFileSync(join(repo.dir, '.claude', 'settings.local.json'), 'utf8')).toBe('{ broken')
  })

  it('the overseer gets the shared settings and CLAUDE.md, without Edit denials', async () => {
    await repo.git.run(['checkout', '-q', '-b', overseer, `origin/${overseer}`])
    // The role file this checkout got as an implementor now contradicts the branch: said, not overridden.
    const stale = await cli()
    expect(stale.code).toBe(2)
    expect(stale.stderr).toMatch(
      /\.orchestrator\/agent\.local says role "implementor", feature "004-user-auth", agent "impl-1", but branch "feature\/004-user-auth\/overseer" is the overseer branch of feature "004-user-auth"/,
    )
    rmSync(join(repo.dir, '.orchestrator', 'agent.local'))
    const run = await cli()
    expect(run.code).toBe(0)
    const settings = JSON.parse(readFileSync(join(repo.dir, '.claude', 'settings.json'), 'utf8'))
    expect(settings.permissions.deny.some((r: string) => r.startsWith('Edit('))).toBe(false)
    expect(existsSync(join(repo.dir, 'CLAUDE.md'))).toBe(true)
  })
})

/**
 * Codex's rules file is Starlark, whose call syntax Python reads too: the
 * reference here is Python executing the file with a `prefix_rule` that
 * records each rule, then matching commands the way Codex documents it
 * (tokens from the left, strictest decision wins).
 */
function codexDecisions(rulesText: string, commands: string[]): Array<string | null> {
  const program = [
    'import json, shlex, sys',
    'rules = []',
    'def prefix_rule(pattern, decision="allow", justification=None, match=(), not_match=()):',
    '    for example in match:',
    '        words = shlex.split(example) if isinstance(example, str) else list(example)',
    '        assert words[:len(pattern)] == list(pattern), ("example does not match", pattern, example)',
    '    rules.append((list(pattern), decision))',
    'exec(sys.stdin.read())',
    'rank = {"allow": 0, "prompt": 1, "forbidden": 2}',
    'out = []',
    `for command in json.loads(${JSON.stringify(JSON.stringify(commands))}):`,
    '    words = shlex.split(command)',
    '    hits = [d for p, d in rules if words[:len(p)] == p]',
    '    out.append(max(hits, key=rank.get) if hits else None)',
    'print(json.dumps(out))',
  ].join('\n')
  const r = spawnSync('python3', ['-c', program], { input: rulesText, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`python3 could not read the rules: ${r.stderr}`)
  return JSON.parse(r.stdout) as Array<string | null>
}

describe('Codex rules derived from the configuration', () => {
  const implementor = roleRules(defaultConfig(), 'implementor', '.github/orchestrator.yml', 'main')
  const text = renderCodexRules(codexPrefixRules(implementor, 'origin'), 'implementor', '004-user-auth')

  it('loads as Starlark (read by Python), its examples match their own rules, and it decides like the Claude rules', () => {
    const commands = [
      'git push --force origin feature/x',
      'git push -f origin x',
      'git reset --hard',
      'git reset --hard HEAD~1',
      'gh pr merge 12 --squash',
      'git push origin main',
      'npx orchestrator sync-status',
      'git status',
      'git push origin feature/004-user-auth/impl-1',
      'git reset --soft HEAD~1',
    ]
    expect(codexDecisions(text, commands)).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
      'allow',
      null,
      null,
      null,
    ])
  })

  it('leaves path rules to the guide (Codex rules match commands only) and says them in words there', () => {
    expect(text).not.toMatch(/Edit|\.github\/workflows/)
    const words = refusalsInWords(implementor).join('\n')
    expect(words).toContain('`.github/workflows/**`')
    expect(words).toContain('`git push --force …`')
    expect(words).not.toMatch(/Edit\(|Bash\(/)
  })

  it('is byte-identical on a re-render and carries no rule for the overseer that only implementors get', () => {
    expect(renderCodexRules(codexPrefixRules(implementor, 'origin'), 'implementor', '004-user-auth')).toBe(text)
    const overseerRules = roleRules(defaultConfig(), 'overseer', '.github/orchestrator.yml', 'main')
    const o = renderCodexRules(codexPrefixRules(overseerRules, 'origin'), 'overseer', '004-user-auth')
    expect(codexDecisions(o, ['gh pr merge 3', 'git push --force origin x'])).toEqual([null, 'forbidden'])
  })
})

describe('orchestrator agents setup --agent codex (CLI, real repository)', () => {
  let repo: TestRepo
  const cli = (...args: string[]) => runCliInProcess(['agents', 'setup', '--agent', 'codex', ...args], repo.dir)
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    await repo.git.run(['checkout', '-q', '-b', impl(2), `origin/${impl(2)}`])
  })

  it('an implementor gets local, git-excluded Codex rules and an AGENTS.override.md; a re-run changes nothing', async () => {
    writeFileSync(join(repo.dir, 'AGENTS.md'), '# Project\n\nUse pnpm.\n')
    await repo.git.run(['add', 'AGENTS.md'])
    await repo.git.run(['commit', '-q', '-m', 'project instructions'])
    const run = await cli()
    expect([run.code, run.stderr]).toEqual([0, expect.not.stringContaining('error')])
    const rulesPath = join(repo.dir, '.codex', 'rules', 'agent-orchestrator.local.rules')
    const rules = readFileSync(rulesPath, 'utf8')
    expect(codexDecisions(rules, ['gh pr merge 1', 'git push origin main', 'git status'])).toEqual(['forbidden', 'forbidden', null])
    const guide = readFileSync(join(repo.dir, 'AGENTS.override.md'), 'utf8')
    expect(guide).toContain('## Working as the implementor of feature 004-user-auth')
    expect(guide).toContain('read `AGENTS.md` too')
    expect(readFileSync(join(repo.dir, 'AGENTS.md'), 'utf8')).toBe('# Project\n\nUse pnpm.\n')
    expect((await repo.git.run(['status', '--porcelain'])).trim()).toBe('')
    const again = await cli()
    expect(again.stdout).toMatch(/unchanged \.codex\/rules\/agent-orchestrator\.local\.rules/)
    expect(readFileSync(rulesPath, 'utf8')).toBe(rules)
  })

  it('refuses to overwrite a rules file a person wrote under our name, and writes nothing', async () => {
    const rulesPath = join(repo.dir, '.codex', 'rules', 'agent-orchestrator.local.rules')
    writeFileSync(rulesPath, 'prefix_rule(pattern = ["make"])\n')
    rmSync(join(repo.dir, 'AGENTS.override.md'))
    const r = await cli()
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/agent-orchestrator\.local\.rules" exists and was not written by agents setup/)
    expect(readFileSync(rulesPath, 'utf8')).toBe('prefix_rule(pattern = ["make"])\n')
    expect(existsSync(join(repo.dir, 'AGENTS.override.md'))).toBe(false)
  })
})
