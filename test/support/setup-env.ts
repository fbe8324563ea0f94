// Every test (and every git or bundle process it starts) sees a neutral git
// configuration: no system or user config, a fixed identity, `main` as the
// initial branch. Set before any test code runs.

// The file itself is made once per run by global-setup.js (and removed by global-teardown.js).
if (!process.env.ORCH_TEST_GITCONFIG) throw new Error('ORCH_TEST_GITCONFIG is not set: run the tests through jest (global-setup.js)')
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CONFIG_GLOBAL = process.env.ORCH_TEST_GITCONFIG
process.env.GIT_AUTHOR_DATE ??= ''
delete process.env.GIT_AUTHOR_DATE
delete process.env.GIT_COMMITTER_DATE
// The runner's variables must not leak from a developer's shell into tests.
for (const key of Object.keys(process.env)) {
  if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('RUNNER_')) delete process.env[key]
}
