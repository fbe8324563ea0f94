import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../shared/errors'
import { DEFAULT_NAMING } from '../../shared/naming/branch-pattern'
import { resolveRole } from '../../shared/role-ci'

const naming = DEFAULT_NAMING

describe('resolveRole', () => {
  it('tells an implementor from a pushed branch', () => {
    const r = resolveRole({ naming, eventName: 'push', ref: 'refs/heads/feature/001-auth/impl-2' })
    expect(r).toEqual({ role: 'implementor', branch: 'feature/001-auth/impl-2', spec: '001-auth', index: 2 })
  })

  it('tells the overseer from a pushed branch', () => {
    const r = resolveRole({ naming, eventName: 'push', ref: 'refs/heads/feature/001-auth/overseer' })
    expect(r).toEqual({ role: 'overseer', branch: 'feature/001-auth/overseer', spec: '001-auth' })
  })

  it('uses the head and base branches of a pull request', () => {
    const r = resolveRole({
      naming,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      headRef: 'feature/001-auth/impl-1',
      baseRef: 'main',
      event: { number: 7, pull_request: { number: 7 } },
    })
    expect(r).toEqual({
      role: 'implementor',
      branch: 'feature/001-auth/impl-1',
      spec: '001-auth',
      index: 1,
      pullRequest: { head: 'feature/001-auth/impl-1', base: 'main', number: 7 },
    })
  })

  it('reads the branches from the event payload when the variables are missing', () => {
    const r = resolveRole({
      naming,
      eventName: 'pull_request_target',
      event: { pull_request: { number: 3, head: { ref: 'feature/002-x/overseer' }, base: { ref: 'develop' } } },
    })
    expect(r.role).toBe('overseer')
    expect(r.pullRequest).toEqual({ head: 'feature/002-x/overseer', base: 'develop', number: 3 })
  })

  it('accepts an explicit role on a branch outside the pattern', () => {
    const r = resolveRole({ naming, role: ' implementor ', ref: 'refs/heads/agents/bot-1' })
    expect(r).toEqual({ role: 'implementor', branch: 'agents/bot-1' })
  })

  it('lets an explicit branch win over the ref', () => {
    const r = resolveRole({ naming, branch: 'feature/001-auth/impl-3', ref: 'refs/heads/main' })
    expect(r.index).toBe(3)
  })

  it('explains how to pass the role for a branch that is not an agent branch', () => {
    expect(() => resolveRole({ naming, ref: 'refs/heads/main' })).toThrow(InputError)
    expect(() => resolveRole({ naming, ref: 'refs/heads/main' })).toThrow(/"main" is not an agent branch.*role: implementor/)
  })

  it('rejects an unknown role, quoting it', () => {
    expect(() => resolveRole({ naming, role: 'admin', ref: 'refs/heads/main' })).toThrow(
      /role "admin" is not valid; expected implementor or overseer/,
    )
  })

  it('rejects a role that contradicts the branch', () => {
    expect(() => resolveRole({ naming, role: 'overseer', ref: 'refs/heads/feature/001-auth/impl-1' })).toThrow(/contradicts branch/)
  })

  it('rejects a ref that is not a branch', () => {
    expect(() => resolveRole({ naming, role: 'overseer', eventName: 'push', ref: 'refs/tags/v1' })).toThrow(
      /"refs\/tags\/v1" is not a branch/,
    )
  })

  it('rejects a pull request event without branches', () => {
    expect(() => resolveRole({ naming, eventName: 'pull_request', event: {} })).toThrow(InputError)
  })

  it('follows a custom naming', () => {
    const custom = { pattern: 'agents/{role}/{spec}', overseer: 'lead', implementor: 'worker{n}' }
    expect(resolveRole({ naming: custom, ref: 'refs/heads/agents/worker4/010-search' })).toEqual({
      role: 'implementor',
      branch: 'agents/worker4/010-search',
      spec: '010-search',
      index: 4,
    })
  })
})
