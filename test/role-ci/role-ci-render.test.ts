import { describe, expect, it } from '@jest/globals'
import type { JUnitReport } from '../../shared/junit'
import { roleCiOutcome, RoleCiReport } from '../../shared/role-ci'
import { renderRoleCiSummary, SUMMARY_LIMITS } from '../../shared/role-ci'
import { renderRoleCiText } from '../../shared/role-ci'
import type { CheckResult } from '../../shared/role-ci'

const passing: CheckResult[] = [
  { name: 'lint', command: 'npm run lint', exitCode: 0, passed: true, durationMs: 1200, outputTail: '' },
  { name: 'test', command: 'npm test', exitCode: 0, passed: true, durationMs: 65_000, outputTail: 'ok' },
]

function report(extra: Partial<RoleCiReport> = {}): RoleCiReport {
  return {
    role: 'implementor',
    branch: 'feature/001-auth/impl-1',
    guard: { ok: true, violations: [], changed: [], diffBase: 'a'.repeat(40) },
    checks: passing,
    junit: [],
    commandsNote: 'detected from package.json scripts: lint, test',
    ...extra,
  }
}

function junit(failures: JUnitReport['failures'], file = 'reports/unit.xml'): JUnitReport {
  return {
    file,
    suites: 1,
    tests: 10,
    passed: 10 - failures.length,
    failed: failures.length,
    errors: 0,
    skipped: 0,
    durationMs: 2500,
    failures,
  }
}

describe('renderRoleCiSummary', () => {
  it('shows a passing run', () => {
    const text = renderRoleCiSummary(
      report({ pullRequest: { head: 'feature/001-auth/impl-1', base: 'feature/001-auth/overseer', number: 9 } }),
    )
    expect(text).toContain('## Role CI: ✅ passed')
    expect(text).toContain('✅ No protected path among 0 changed paths. Pull request #9 into feature/001-auth/overseer is allowed.')
    expect(text).toContain('| lint | ✅ passed | 1.2 s |')
    expect(text).toContain('| test | ✅ passed | 1 min 5 s |')
    expect(text).toContain('_detected from package.json scripts: lint, test_')
    expect(text).not.toContain('<details>')
    expect(text.endsWith('\n')).toBe(true)
  })

  it('lists violations with escaped paths', () => {
    const text = renderRoleCiSummary(
      report({
        guard: {
          ok: false,
          changed: [],
          violations: [
            { kind: 'pr-target', detail: 'pull request from "x" to "main": not allowed' },
            { kind: 'protected-path', path: '.github/workflows/a|b <script>@admin.yml', detail: 'changed it' },
          ],
        },
      }),
    )
    expect(text).toContain('## Role CI: ❌ failed')
    expect(text).toContain('Failed: guard: 2 violations')
    expect(text).toContain('| pull request target |   | pull request from "x" to "main": not allowed |')
    expect(text).toContain('| protected path | .github/workflows/a\\|b &lt;script&gt;@\u200badmin.yml | changed it |')
    expect(text).not.toContain('<script>')
  })

  it('marks failed and skipped checks and shows the failed output in a fence it cannot close', () => {
    const checks: CheckResult[] = [
      { name: 'lint', command: 'x', exitCode: 2, passed: false, durationMs: 10, outputTail: 'error here\n```\n</details>\n# heading' },
      {
        name: 'missing',
        command: 'y',
        exitCode: 127,
        passed: false,
        durationMs: 5,
        outputTail: 'sh: y: not found',
        reason: 'command not found (exit 127)',
      },
      { name: 'build', command: 'z', exitCode: null, passed: false, durationMs: 0, outputTail: '', skipped: true },
    ]
    const text = renderRoleCiSummary(report({ checks }))
    expect(text).toContain('| lint | ❌ failed (exit 2) | 10 ms |')
    expect(text).toContain('| missing | ❌ failed (command not found \\(exit 127\\)) | 5 ms |')
    expect(text).toContain('| build | ⏭ skipped |   |')
    expect(text).toContain(
      '<details><summary>lint: last lines of output</summary>\n\n````text\nerror here\n```\n</details>\n# heading\n````\n\n</details>',
    )
    expect(text).toContain('Failed: checks failed: lint, missing')
  })

  it('adds JUnit totals and the failed tests', () => {
    const failures: JUnitReport['failures'] = [
      { suite: 'auth', name: 'logs in *fast*', kind: 'failure', message: 'expected 1 to be 2', details: 'at a.ts:1\nat b.ts:2' },
    ]
    const text = renderRoleCiSummary(report({ junit: [junit(failures), junit([], 'reports/e2e.xml')] }))
    expect(text).toContain('| 2 | 20 | 19 | 1 | 0 | 5.0 s |')
    expect(text).toContain('<details><summary>1 failed test</summary>')
    expect(text).toContain('- **auth › logs in \\*fast\\*** (reports/unit.xml, failure): expected 1 to be 2')
    expect(text).toContain('  ```text\n  at a.ts:1\n  at b.ts:2\n  ```')
    expect(text).toContain('Failed: JUnit: 1 failed test')
  })

  it('stays bounded with huge input', () => {
    const violations = Array.from({ length: 5000 }, (_, i) => ({
      kind: 'protected-path' as const,
      path: `.github/workflows/${'x'.repeat(500)}${i}`,
      detail: 'd'.repeat(2000),
    }))
    const failures = Array.from({ length: 5000 }, (_, i) => ({
      suite: 's',
      name: `t${i}`,
      kind: 'error' as const,
      message: 'm'.repeat(5000),
      details: 'line\n'.repeat(1000),
    }))
    const checks = Array.from({ length: 50 }, (_, i) => ({
      name: `c${i}`,
      command: 'x',
      exitCode: 1,
      passed: false,
      durationMs: 1,
      outputTail: 'o'.repeat(500),
    }))
    const text = renderRoleCiSummary(report({ guard: { ok: false, violations, changed: [] }, checks, junit: [junit(failures)] }))
    expect(text.length).toBeLessThan(400_000)
    expect(text).toContain(`_and ${5000 - SUMMARY_LIMITS.violations} more_`)
    expect(text).toContain(`- _and ${5000 - SUMMARY_LIMITS.failures} more_`)
    expect(text).toContain(`_Output of ${50 - SUMMARY_LIMITS.outputTails} more failed checks is in the log._`)
  })

  it('is deterministic', () => {
    const r = report({ junit: [junit([])] })
    expect(renderRoleCiSummary(r)).toBe(renderRoleCiSummary(structuredClone(r)))
  })
})

describe('renderRoleCiText', () => {
  it('prints the guard, checks, JUnit and the result without control characters', () => {
    const text = renderRoleCiText(
      report({
        branch: 'feature/001-auth/impl-1\u001b[2J',
        guard: { ok: false, changed: [], violations: [{ kind: 'protected-path', path: '.github/workflows/ci.yml', detail: 'changed it' }] },
        checks: [
          passing[0],
          {
            name: 'test',
            command: 'npm test',
            exitCode: 1,
            passed: false,
            durationMs: 3400,
            outputTail: 'FAIL a.test.ts\n\u001b[31mred\u001b[0m',
          },
          { name: 'build', command: 'npm run build', exitCode: null, passed: false, durationMs: 0, outputTail: '', skipped: true },
        ],
        junit: [junit([{ suite: 'a', name: 'b', kind: 'failure', message: 'boom', details: 'stack' }])],
      }),
    )
    expect(text).toBe(
      [
        'Role CI: implementor on feature/001-auth/impl-1',
        '',
        'Guard: 1 violation',
        '  - protected-path .github/workflows/ci.yml: changed it',
        '',
        'Checks (detected from package.json scripts: lint, test):',
        '  ✓ lint   passed in 1.2 s',
        '  ✗ test   FAILED: exit code 1, after 3.4 s',
        '      | FAIL a.test.ts',
        '      | red',
        '  - build  skipped',
        '',
        'JUnit: 10 tests, 9 passed, 1 failed, 0 skipped (1 report)',
        '  x a > b (reports/unit.xml): boom',
        '      stack',
        '',
        'Result: FAILED (guard: 1 violation; checks failed: test; JUnit: 1 failed test)',
        '',
      ].join('\n'),
    )
  })
})

describe('roleCiOutcome', () => {
  it('passes only when guard, checks and tests all pass', () => {
    expect(roleCiOutcome(report())).toEqual({ passed: true, failures: [] })
    const skippedOnly = report({ checks: [{ ...passing[0], passed: false, skipped: true }] })
    expect(roleCiOutcome(skippedOnly)).toEqual({ passed: false, failures: ['checks skipped: 1'] })
  })
})
