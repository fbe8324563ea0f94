import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { pushOf } from '../../shared/role-ci/push-event'
import { InputError } from '../../shared/errors'

// Every push example of @octokit/webhooks-examples, read as role-ci reads a push: the commit to judge,
// or none for a deletion; and what a forged payload can put in place of a commit id.
const examples = (
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')) as {
    name: string
    examples: Record<string, unknown>[]
  }[]
).find((e) => e.name === 'push')!.examples

const ZEROS = '0'.repeat(40)

describe('pushOf on the push payloads GitHub sends', () => {
  it.each(examples.map((e, i) => [i, e.ref, e.created ? 'created' : e.deleted ? 'deleted' : 'updated', e] as const))(
    'example %i (%s, %s)',
    (_i, _ref, _kind, payload) => {
      const push = pushOf('push', payload, undefined)!
      expect(push.created).toBe(payload.before === ZEROS)
      expect(push.deleted).toBe(payload.after === ZEROS)
      expect(push.forced).toBe(payload.forced === true)
      if (push.deleted) expect(push.after).toBeUndefined()
      else expect(push.after).toBe(payload.after)
      if (push.created) expect(push.before).toBeUndefined()
    },
  )

  it('takes GITHUB_SHA when the payload has no after, and is about pushes only', () => {
    expect(pushOf('push', {}, 'a'.repeat(40))?.after).toBe('a'.repeat(40))
    expect(pushOf('pull_request', { after: 'a'.repeat(40) }, undefined)).toBeUndefined()
  })

  it('a deletion is told by deleted: true or by after all zeros, whichever the payload has', () => {
    expect(pushOf('push', { after: ZEROS }, 'b'.repeat(40))).toMatchObject({ deleted: true })
    const deleted = pushOf('push', { deleted: true, after: 'c'.repeat(40) }, undefined)!
    expect(deleted.deleted).toBe(true)
    expect(deleted.after).toBeUndefined()
  })

  it.each([
    ['an option in disguise', '--upload-pack=touch /tmp/pwned'],
    ['a command substitution', '$(id)'],
    ['a short id', 'abc123'],
    ['a ref name', 'refs/heads/main'],
    ['a number', 42],
    ['a line break', `${'a'.repeat(40)}\nb`],
  ])('refuses %s in place of after, naming the field', (_what, after) => {
    expect(() => pushOf('push', { after }, undefined)).toThrow(InputError)
    expect(() => pushOf('push', { after }, undefined)).toThrow(/event "push": after .* is not a commit id/)
  })
})
