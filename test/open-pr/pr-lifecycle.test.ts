import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { featureStatusJson, impl, initFeature, overseer, stateHead } from '../support/agent-feature'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { runAction } from '../support/harness'
import { cleanupTemp, TestRepo } from '../support/repo'

const bundle = 'dist/open-pr/index.js'

afterAll(cleanupTemp)

/** GitHub's documented payload of a `pull_request` event with action `closed`. */
function closedEvent(number: number, head: string, base: string, merged: boolean): Record<string, unknown> {
  const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
  return {
    action: 'closed',
    number,
    pull_request: {
      number,
      state: 'closed',
      title: `[${SPEC}] User Authentication: impl`,
      html_url: `https://github.com/octo-org/octo-repo/pull/${number}`,
      merged,
      merged_at: merged ? at : null,
      closed_at: at,
      merge_commit_sha: merged ? 'a'.repeat(40) : null,
      head: { ref: head, sha: 'b'.repeat(40) },
      base: { ref: base, sha: 'c'.repeat(40) },
    },
  }
}

describe('a merged or closed pull request is recorded', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    for (const [n, number] of [
      [1, 5],
      [2, 6],
    ]) {
      const data = { action: 'opened', number, url: `https://github.com/octo-org/octo-repo/pull/${number}`, head: impl(n), base: overseer }
      const r = await runCliInProcess(['events', 'log', 'pr-updated', '--feature', SPEC, '--data', JSON.stringify(data)], repo.dir)
      expect(r.code).toBe(0)
    }
  })

  it('records merged and closed from the pull_request closed event (no API call), and the PR is no longer open', async () => {
    expect(((await featureStatusJson(repo)).openPrs as { number: number }[]).map((p) => p.number)).toEqual([5, 6])
    const merged = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: closedEvent(5, impl(1), overseer, true),
      inputs: {},
    })
    expect(merged.exitCode).toBe(0)
    expect(merged.summary).toContain('recorded as merged')
    const closed = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: closedEvent(6, impl(2), overseer, false),
      inputs: {},
    })
    expect(closed.exitCode).toBe(0)
    expect(closed.summary).toContain('recorded as closed')
    expect((await featureStatusJson(repo)).openPrs).toEqual([])
    // GitHub's times have one-second resolution, so the closing events are looked for among all events, not the newest few.
    const recent = await runCliInProcess(['events', 'recent', '100', '--json'], repo.dir)
    const kinds = JSON.parse(recent.stdout).map((e: { kind: string; summary: string }) => `${e.kind} ${e.summary}`)
    expect(kinds.some((k: string) => k.startsWith('pr-updated') && k.includes('#5') && k.includes('merged'))).toBe(true)
    // A re-run of the same event records nothing new.
    const before = await stateHead(repo)
    const again = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: closedEvent(5, impl(1), overseer, true),
      inputs: {},
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['pr-number']).toBe('5')
    expect(await stateHead(repo)).toBe(before)
  })

  it('ignores a closed pull request between branches that are not ours', async () => {
    const r = await runAction({
      bundle,
      cwd: repo.dir,
      eventName: 'pull_request',
      event: closedEvent(9, 'fix/typo', 'main', true),
      inputs: {},
    })
    expect(r.exitCode).toBe(0)
    expect(r.annotations.some((a) => a.level === 'notice' && a.message.includes('not from or into an agent branch'))).toBe(true)
  })
})
