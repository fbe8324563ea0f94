// A spec id that names no spec folder is a typo until said otherwise: refused
// with the nearest folders named and nothing pushed; --allow-missing-spec goes
// ahead; a repository with no spec folders works as it always did (#26 item 4).
import { afterAll, describe, expect, it } from '@jest/globals'
import { runCliInProcess } from '../support/cli-in-process'
import { makeFeatureRepo } from '../support/feature-repo'
import { cleanupTemp, makeRepo, type TestRepo } from '../support/repo'

afterAll(cleanupTemp)

async function remoteRefs(repo: TestRepo): Promise<string> {
  return (await repo.git.exec(['ls-remote', 'origin'])).stdout
}

describe('init-feature with a spec id that names no spec folder', () => {
  it('refuses a typo (exit 2), names the nearest spec folder, and pushes nothing', async () => {
    const repo = await makeFeatureRepo()
    await repo.commit(
      'main',
      { 'specs/005-user-profile/tasks.md': '# Tasks\n\n- [ ] T001 Profile page in src/profile.ts\n' },
      'second spec',
    )
    await repo.push('main')
    const before = await remoteRefs(repo)
    const typo = await runCliInProcess(['init-feature', '004-user-atuh'], repo.dir)
    expect(typo.code).toBe(2)
    expect(typo.stderr).toContain('spec-id "004-user-atuh" has no folder specs/004-user-atuh/ on main')
    expect(typo.stderr).toContain('did you mean "004-user-auth"')
    expect(typo.stderr).toContain('--allow-missing-spec')
    const missing = await runCliInProcess(['init-feature', '010-missing'], repo.dir)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/"004-user-auth".*"005-user-profile"|"005-user-profile".*"004-user-auth"/)
    expect(await remoteRefs(repo)).toBe(before)
  })

  it('goes ahead with --allow-missing-spec', async () => {
    const repo = await makeFeatureRepo()
    const r = await runCliInProcess(['init-feature', '010-missing', '--implementors', '1', '--allow-missing-spec'], repo.dir)
    expect(r.code).toBe(0)
    expect(await remoteRefs(repo)).toContain('refs/heads/feature/010-missing/impl-1')
  })

  it('is not checked where the repository has no spec folders', async () => {
    const repo = await makeRepo({ 'README.md': '# no specs here\n' })
    const r = await runCliInProcess(['init-feature', '010-missing', '--implementors', '1'], repo.dir)
    expect(r.code).toBe(0)
    expect(await remoteRefs(repo)).toContain('refs/heads/feature/010-missing/overseer')
  })
})
