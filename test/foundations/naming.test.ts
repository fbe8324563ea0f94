import { describe, expect, it } from '@jest/globals'
import { InputError, ConfigurationError, exitCodeOf } from '../../shared/errors'
import { DEFAULT_NAMING, formatBranch, parseBranch, validateNaming, branchGlob } from '../../shared/naming/branch-pattern'
import { validateBranchName, validateRepoPath, validateSpecId } from '../../shared/naming/validate'

// Values from ../shared/RELIABILITY.md and the foundation issue: each must be refused, with exit code 2 and the value quoted.
const BAD_BRANCHES: [string, RegExp][] = [
  ['-delete-me', /starts with "-"/],
  ['--upload-pack=evil', /starts with "-"/],
  ['feature/../main', /"\.\."/],
  ['a..b', /"\.\."/],
  ['feature/@{-1}', /"@\{"/],
  ['@{-1}', /"@\{"/],
  ['feature/x.lock', /\.lock/],
  ['feature/x.lock/impl-1', /\.lock/],
  ['feature//x', /"\/\/"/],
  ['feature/x/', /ends with "\/"/],
  ['feature/x.', /ends with "\."/],
  ['feature/x y', /whitespace/],
  ['feature/x\ty', /control|whitespace/],
  ['feature/x\ny', /control|whitespace/],
  ['feature/\u0007bell', /control/],
  ['feature/\u202eevil', /invisible/],
  ['feature/\u2066isolate', /invisible/],
  ['feature/zero\u200bwidth', /invisible/],
  ['feature/$(id)', /characters outside/],
  ['feature/`id`', /characters outside/],
  ['feature/a;rm -rf', /whitespace|characters outside/],
  ['feature/a|b', /characters outside/],
  ['feature/a&b', /characters outside/],
  ['feature/a>b', /characters outside/],
  ['feature/${HOME}', /characters outside/],
  ['feature/a\\b', /characters outside/],
  ['feature/a*b', /characters outside/],
  ['feature/a?b', /characters outside/],
  ['feature/a~1', /characters outside/],
  ['feature/a^b', /characters outside/],
  ['feature/a:b', /characters outside/],
  ['refs/heads/main', /starts with "refs\/"/],
  ['/etc/passwd', /absolute/],
  ['feature/.git/x', /starts with "\."/],
  ['.hidden', /starts with "\."/],
  ['feature/\u0000nul', /control/],
  ['HEAD', /reserved/],
  ['@', /reserved/],
  ['', /empty/],
  ['x'.repeat(201), /longer than 200 bytes/],
  ['é'.repeat(101), /longer than 200 bytes/],
  ['feature/ünïcode', /characters outside/],
]

describe('branch names', () => {
  it.each(BAD_BRANCHES)('refuses %j', (value, reason) => {
    let error: unknown
    try {
      validateBranchName(value, 'branch')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect(exitCodeOf(error)).toBe(2)
    expect((error as Error).message).toMatch(reason)
    expect((error as Error).message).toMatch(/^branch "/)
    // The message never carries raw control or bidi characters.
    expect((error as Error).message).not.toMatch(/[\u0000-\u0008\u202e\u2066\u200b]/)
  })
  it('accepts ordinary names', () => {
    for (const ok of ['feature/004-user-auth/impl-1', 'main', 'release/v1.2', 'feature/impl-2/004-user-auth', 'a_b-c.d']) {
      expect(validateBranchName(ok)).toBe(ok)
    }
  })
})

describe('spec ids', () => {
  const bad = [
    '4-x',
    '04-x',
    '004',
    '004-',
    '004-User',
    '004_user',
    '004-user_auth',
    '004-user--auth',
    '../004-x',
    '004-x/../../etc',
    '/004-x',
    '004-x\u0000',
    '.git',
    '004-x.lock',
    '-004-x',
    '004-x ',
    '004-$(id)',
    '20261123-101500-',
    '004-x-',
    'a'.repeat(101),
    '',
  ]
  it.each(bad)('refuses %j with the value quoted', (value) => {
    expect(() => validateSpecId(value)).toThrow(InputError)
    expect(() => validateSpecId(value)).toThrow(/spec-id ".*" is not valid: .*expected NNN-short-name/)
  })
  it('accepts both spec-kit forms and large numbers', () => {
    for (const ok of ['004-user-auth', '001-x', '1234-x', '20261123-101500-login-flow']) expect(validateSpecId(ok)).toBe(ok)
  })
})

describe('repository paths', () => {
  it.each(['../x', 'a/../../b', '/abs', 'C:/win', '.git/config', 'sub/.GIT/hooks', 'a\u0000b', ''])('refuses %j', (p) => {
    expect(() => validateRepoPath(p, 'tasks file')).toThrow(/tasks file ".*" is not valid/)
  })
})

describe('branch naming pattern', () => {
  it('formats and parses the default pattern', () => {
    expect(formatBranch(DEFAULT_NAMING, '004-user-auth', 'overseer')).toBe('feature/004-user-auth/overseer')
    expect(formatBranch(DEFAULT_NAMING, '004-user-auth', 'implementor', 3)).toBe('feature/004-user-auth/impl-3')
    expect(parseBranch(DEFAULT_NAMING, 'feature/004-user-auth/impl-12')).toEqual({ spec: '004-user-auth', role: 'implementor', index: 12 })
    expect(parseBranch(DEFAULT_NAMING, 'feature/004-user-auth/overseer')).toEqual({ spec: '004-user-auth', role: 'overseer' })
    expect(parseBranch(DEFAULT_NAMING, 'feature/20261123-101500-x/overseer')).toEqual({ spec: '20261123-101500-x', role: 'overseer' })
  })
  it('parses the spec-last pattern spec-kit prefers', () => {
    const naming = { pattern: 'feature/{role}/{spec}', overseer: 'lead', implementor: 'agent{n}' }
    validateNaming(naming, 'test')
    expect(formatBranch(naming, '004-user-auth', 'implementor', 2)).toBe('feature/agent2/004-user-auth')
    expect(parseBranch(naming, 'feature/agent2/004-user-auth')).toEqual({ spec: '004-user-auth', role: 'implementor', index: 2 })
    expect(parseBranch(naming, 'feature/lead/004-user-auth')).toEqual({ spec: '004-user-auth', role: 'overseer' })
    expect(branchGlob(naming)).toBe('feature/*/*')
  })
  it('returns null for branches that are not ours', () => {
    for (const name of [
      'main',
      'feature/004-user-auth',
      'feature/004-user-auth/impl-0',
      'feature/004-user-auth/impl-x',
      'feature/bad/overseer',
      'feature/004-user-auth/overseer/x',
      'feature/../overseer',
    ]) {
      expect(parseBranch(DEFAULT_NAMING, name)).toBeNull()
    }
  })
  it('rejects patterns that cannot round-trip', () => {
    expect(() => validateNaming({ ...DEFAULT_NAMING, pattern: 'feature/{spec}' }, 'cfg.yml')).toThrow(ConfigurationError)
    expect(() => validateNaming({ ...DEFAULT_NAMING, implementor: 'impl' }, 'cfg.yml')).toThrow(/\{n\} exactly once/)
    expect(() => validateNaming({ ...DEFAULT_NAMING, pattern: 'feature {spec}/{role}' }, 'cfg.yml')).toThrow(/whitespace/)
  })
})
