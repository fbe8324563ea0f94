// Every test (and every git or bundle process it starts) sees a neutral git
// configuration: no system or user config, a fixed identity, `main` as the
// initial branch. Set before any test code runs.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

if (!process.env.ORCH_TEST_GITCONFIG) {
  const dir = mkdtempSync(join(tmpdir(), 'orch-gitconfig-'))
  const file = join(dir, 'gitconfig')
  writeFileSync(
    file,
    [
      '[user]',
      '\tname = Test Agent',
      '\temail = agent@example.invalid',
      '[init]',
      '\tdefaultBranch = main',
      '[advice]',
      '\tdetachedHead = false',
      '[protocol "file"]',
      '\tallow = always',
      '',
    ].join('\n'),
  )
  process.env.ORCH_TEST_GITCONFIG = file
}
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = process.env.ORCH_TEST_GITCONFIG
process.env.GIT_AUTHOR_DATE ??= ''
delete process.env.GIT_AUTHOR_DATE
delete process.env.GIT_COMMITTER_DATE
// The runner's variables must not leak from a developer's shell into tests.
for (const key of Object.keys(process.env)) {
  if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) delete process.env[key]
}
