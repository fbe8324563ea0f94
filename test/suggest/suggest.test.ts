import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { runCliInProcess } from '../support/cli-in-process'
import { cleanupTemp, makeRepo, tempDir, TestRepo } from '../support/repo'
import { SECRET_NAME } from '../../shared/trials/trial-job'
import { Git } from '../../shared/git/git'

const SPEC = '004-user-auth'
const impl = (n: number) => `feature/${SPEC}/impl-${n}`
const GREET = 'module.exports = (name) => "hello " + name\n'
const RESOLVED = 'module.exports = (name) => "hello, " + name + "!"\n'

interface Suggestion {
  outcome: string
  reason?: string
  branch?: string
  commit?: string
  cached?: boolean
  command: string
  files?: unknown[]
}
interface Pair {
  left: string
  right: string
  leftSha: string
  rightSha: string
  status: string
  suggestion?: Suggestion
}

function withoutInheritedSecrets(): Record<string, undefined> {
  return Object.fromEntries(
    Object.keys(process.env)
      .filter((k) => SECRET_NAME.test(k))
      .map((k) => [k, undefined]),
  )
}

afterAll(cleanupTemp)

// workflows-examples/conflict-suggestions.yml: a job that holds nothing runs the resolver and writes its report;
// a job that runs no branch code records it (merge-reports), pushing the proven suggestions.
describe('check-conflicts --suggest: a suggestion counts only when proven', () => {
  let repo: TestRepo
  let dir: string
  let home: string
  let tmp: string
  /** The report of the resolver that resolved correctly, for the forgeries below. */
  let goodReport: string
  const conflictPair = (report: { pairs: Pair[] }) => report.pairs.find((p) => p.status === 'conflicted')!
  const resolver = (name: string, body: string) => {
    const file = join(dir, name)
    writeFileSync(file, body, { mode: 0o755 })
    return file
  }
  /** The resolver job: no record, no token, no secret; HOME and TMPDIR the test's own, to see they stay untouched. */
  const suggestJob = async (name: string, command: string, extra: string[] = []) => {
    const reportPath = join(dir, `${name}.json`)
    const run = await runCliInProcess(
      [
        'check-conflicts',
        '--suggest',
        '--suggest-command',
        command,
        '--trial-commands',
        'build: node check.js',
        '--record=false',
        '--fail-on-conflict=false',
        '--report-path',
        reportPath,
        ...extra,
      ],
      repo.dir,
      { ...withoutInheritedSecrets(), HOME: home, TMPDIR: tmp },
    )
    if (run.code !== 0) throw new Error(`suggest job ${name}: ${run.code} ${run.stderr}`)
    return { run, report: JSON.parse(readFileSync(reportPath, 'utf8')) as { pairs: Pair[]; scannedAt: string }, reportPath }
  }
  const recordJob = async (reportPath: string) => {
    const run = await runCliInProcess(
      ['check-conflicts', '--merge-reports', reportPath, '--fail-on-conflict=false', '--report-path', `${reportPath}.recorded.json`],
      repo.dir,
      { ...withoutInheritedSecrets(), TMPDIR: tmp },
    )
    if (run.code !== 0) throw new Error(`record job: ${run.code} ${run.stderr}`)
    return run
  }

  beforeAll(async () => {
    repo = await makeRepo({
      'README.md': '# app\n',
      'greet.js': GREET,
      'check.js': 'const greet = require("./greet.js")\nif (typeof greet("x") !== "string") process.exit(1)\n',
      [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n',
      [`specs/${SPEC}/tasks.md`]: readFileSync('test/fixtures/spec/tasks.md', 'utf8'),
    })
    const r = await runCliInProcess(['init-feature', SPEC, '--implementors', '2'], repo.dir)
    if (r.code !== 0) throw new Error(r.stderr)
    await repo.git.run(['fetch', '-q', 'origin'])
    await repo.commit(impl(1), { 'greet.js': 'module.exports = (name) => "hello, " + name\n' }, 'T001 comma', `origin/${impl(1)}`)
    await repo.commit(impl(2), { 'greet.js': 'module.exports = (name) => "hello " + name + "!"\n' }, 'T002 bang', `origin/${impl(2)}`)
    await repo.push(impl(1), impl(2))
    await repo.git.run(['checkout', '-q', 'main'])
    home = tempDir('orch-suggest-home-')
    tmp = tempDir('orch-suggest-tmp-')
    // The reports and the resolver scripts: in the run's temporary folder, where report-path may write.
    dir = join(tmp, 'jobs')
    mkdirSync(dir)
  })

  it('(c) a marker left and a broken build are rejected, saying why; a correct resolution is pushed as a proven merge', async () => {
    const leaves = resolver('leaves-marker.sh', '#!/bin/sh\ncat > /dev/null\nexit 0\n')
    const breaks = resolver('breaks-build.sh', '#!/bin/sh\ncat > /dev/null\nprintf "module.exports = (name) => {\\n" > greet.js\n')
    // It reads the brief first: the conflicting hunk, with ours (<), base (|) and theirs (>) lines, must be in it.
    const resolves = resolver(
      'resolves.sh',
      `#!/bin/sh\ncat > brief.txt.tmp\ngrep -q '^-- hunk 1: ours lines' brief.txt.tmp || exit 3\ngrep -q '^< ' brief.txt.tmp || exit 4\ngrep -q '^> ' brief.txt.tmp || exit 5\nrm brief.txt.tmp\nprintf '%s' '${RESOLVED}' > greet.js\n`,
    )

    const marker = await suggestJob('marker', leaves)
    expect(conflictPair(marker.report).suggestion).toMatchObject({
      outcome: 'rejected',
      reason: 'conflict marker left in "greet.js" (line 1, 3, 5)',
    })
    await recordJob(marker.reportPath)

    const broken = await suggestJob('broken', breaks)
    const b = conflictPair(broken.report).suggestion!
    expect(b.outcome).toBe('rejected')
    expect(b.reason).toMatch(/^build failed: build exited with 1: .*SyntaxError/)
    await recordJob(broken.reportPath)

    const good = await suggestJob('good', resolves)
    goodReport = good.reportPath
    const pair = conflictPair(good.report)
    expect(pair.suggestion).toMatchObject({ outcome: 'proven', branch: expect.stringMatching(/^orchestrator\/suggest\/c[0-9a-f]{8}$/) })
    expect(good.run.stdout).toContain(`SUGGEST   ${pair.left} <-> ${pair.right}: proven`)
    const recorded = await recordJob(good.reportPath)
    expect(recorded.stdout).toContain(`SUGGEST   ${pair.left} <-> ${pair.right}: proven: ${pair.suggestion!.branch}`)
    const afterRecording = conflictPair(JSON.parse(readFileSync(`${good.reportPath}.recorded.json`, 'utf8')))
    expect(afterRecording.suggestion).toMatchObject({ outcome: 'proven', branch: pair.suggestion!.branch, commit: pair.suggestion!.commit })

    // The pushed branch, checked with raw git against the remote: both tips as parents, and its tree is
    // merge-tree's tree of the two tips with the conflicting file resolved and nothing else changed.
    const branch = pair.suggestion!.branch!
    const remote = new Git(repo.remote)
    const tip = (await remote.resolveCommit(`refs/heads/${branch}`))!
    expect(tip).toBe(pair.suggestion!.commit)
    const parents = (await remote.run(['rev-list', '--parents', '-n', '1', tip])).split(' ').slice(1)
    expect(parents).toEqual([pair.leftSha, pair.rightSha])
    const mergeTree = (
      await remote.exec(['merge-tree', '--write-tree', pair.leftSha, pair.rightSha], { allowedExitCodes: [1] })
    ).stdout.split('\n')[0]!
    const listing = async (treeish: string) =>
      Object.fromEntries((await remote.run(['ls-tree', '-r', treeish])).split('\n').map((l) => [l.split('\t')[1], l.split('\t')[0]]))
    const expected = {
      ...(await listing(mergeTree)),
      'greet.js': `100644 blob ${await remote.run(['hash-object', '--stdin'], { input: RESOLVED })}`,
    }
    expect(await listing(tip)).toEqual(expected)
    // The build passes on it, run here on a fresh checkout of the pushed branch.
    const check = tempDir('orch-suggest-check-')
    await new Git(check).run(['clone', '-q', '--branch', branch, repo.remote, '.'])
    expect(spawnSync(process.execPath, ['check.js'], { cwd: check }).status).toBe(0)
    // The state says so too (the dashboard's and the next scan's source).
    const events = await runCliInProcess(['events', 'recent', '50', '--json'], repo.dir)
    expect(events.stdout).toContain('resolution-suggested')
  })

  it('(d) a hostile resolver changes nothing outside its sandbox, is stopped at its time-out with all it started, and is not run again', async () => {
    // It looks for the scanning clone where a process could learn of it (its environment, its repository's
    // remotes and alternates), writes to HOME, TMPDIR, ../ and there, prints workflow commands, starts a child
    // in its process group and one that leaves it (setsid), and hangs.
    const hostile = resolver(
      'hostile.sh',
      [
        '#!/bin/sh',
        'echo "::set-output name=conflict-count::forged"',
        'echo "::add-mask::greet"',
        'echo "::stop-commands::pwned"',
        'echo "::error title=forged::forged by the resolver"',
        'echo owned > "$HOME/owned-home"',
        'echo owned > "${TMPDIR:-/tmp}/owned-tmp"',
        'echo owned > ../owned-parent',
        'for where in "$GITHUB_WORKSPACE" "$OLDPWD" "$INIT_CWD" "$(git remote get-url origin 2>/dev/null)" "$(cat .git/objects/info/alternates 2>/dev/null)"; do',
        '  [ -n "$where" ] && echo owned > "$where/owned-clone" 2>/dev/null',
        'done',
        'git push origin HEAD:refs/heads/owned 2>/dev/null',
        'sleep 86401 &',
        'setsid sleep 86402 &',
        'exec sleep 86403',
      ].join('\n'),
    )
    const sleepers = () =>
      readdirSync('/proc')
        .filter((pid) => /^\d+$/.test(pid))
        .filter((pid) => {
          try {
            return /sleep\0?8640[123]/.test(readFileSync(`/proc/${pid}/cmdline`, 'latin1'))
          } catch {
            return false
          }
        })
    const facts = async () =>
      JSON.stringify([
        await repo.git.run(['for-each-ref', '--format=%(refname) %(objectname)']),
        await repo.git.run(['status', '--porcelain', '--ignored', '--untracked-files=all']),
        await new Git(repo.remote).run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads/feature']),
        readdirSync(home),
        readdirSync(tmp),
      ])
    // A scan first, so that what a scan itself fetches is in place before the clone is compared.
    await suggestJob('plain', 'true', ['--suggest=false'])
    const before = await facts()
    const first = await suggestJob('hostile', hostile, ['--suggest-timeout', '2'])
    const s = conflictPair(first.report).suggestion!
    expect(s.outcome).toBe('rejected')
    expect(s.reason).toMatch(/^resolver timed out after 2(\.0)? ?s: its process group was killed/)
    expect(await facts()).toBe(before)
    expect(sleepers()).toEqual([])
    // Nothing it printed reached the output as a workflow command.
    for (const out of [first.run.stdout, first.run.stderr]) expect(out).not.toMatch(/^\s*::(set-output|add-mask|stop-commands|error)/m)

    await recordJob(first.reportPath)
    const again = await suggestJob('hostile-again', hostile, ['--suggest-timeout', '2'])
    expect(conflictPair(again.report).suggestion).toMatchObject({ outcome: 'rejected', cached: true, reason: s.reason })
    expect(again.run.stdout).toContain('(from the state, not run again)')
  })

  it('a resolver that finds the clone anyway (here: given its path) and changes it is rejected for it', async () => {
    const meddler = resolver(
      'meddler.sh',
      `#!/bin/sh\ngit -C '${repo.dir}' update-ref refs/heads/meddled HEAD\nprintf '%s' '${RESOLVED}' > greet.js\n`,
    )
    const run = await suggestJob('meddler', meddler)
    expect(conflictPair(run.report).suggestion).toMatchObject({
      outcome: 'rejected',
      reason: 'changed the scanning clone, outside its sandbox',
    })
    await repo.git.run(['update-ref', '-d', 'refs/heads/meddled'])
  })

  it('suggest is refused (exit 2, naming the rule) in a run that records or holds a token', async () => {
    const args = ['check-conflicts', '--suggest', '--suggest-command', 'true', '--trial-commands', 'build: node check.js']
    const recording = await runCliInProcess(args, repo.dir, { ...withoutInheritedSecrets(), TMPDIR: tmp })
    expect(recording.code).toBe(2)
    expect(recording.stderr).toContain('suggest runs suggest-command on branch content and builds and tests the merge it makes')
    expect(recording.stderr).toContain('record is true')
    expect(recording.stderr).toContain('workflows-examples/conflict-suggestions.yml')
    const holding = await runCliInProcess([...args, '--record=false'], repo.dir, {
      ...withoutInheritedSecrets(),
      TMPDIR: tmp,
      GITHUB_TOKEN: 'ghs_not-a-real-token',
    })
    expect(holding.code).toBe(2)
    expect(holding.stderr).toContain('environment variable GITHUB_TOKEN')
    expect(holding.stderr).not.toContain('ghs_not-a-real-token')
    const shell = await runCliInProcess(
      ['check-conflicts', '--suggest', '--suggest-command', 'claude -p | tee out', '--record=false'],
      repo.dir,
      {
        ...withoutInheritedSecrets(),
        TMPDIR: tmp,
      },
    )
    expect(shell.code).toBe(2)
    expect(shell.stderr).toContain('is shell syntax, and the command runs without a shell')
  })

  it('the recording job makes a reported suggestion again and refuses one that changes another file or leaves a marker', async () => {
    const good = JSON.parse(readFileSync(goodReport, 'utf8')) as { pairs: Pair[] }
    const branch = conflictPair(good).suggestion!.branch!
    const before = await new Git(repo.remote).resolveCommit(`refs/heads/${branch}`)
    const forge = async (name: string, files: unknown[]) => {
      const copy = structuredClone(good)
      const s = conflictPair(copy).suggestion!
      s.files = files
      s.command = name === 'outside' ? 'a'.repeat(64) : 'b'.repeat(64)
      const file = join(dir, `forged-${name}.json`)
      writeFileSync(file, JSON.stringify(copy))
      await recordJob(file)
      return conflictPair(JSON.parse(readFileSync(`${file}.recorded.json`, 'utf8'))).suggestion!
    }
    const b64 = (text: string) => Buffer.from(text).toString('base64')
    expect(await forge('outside', [{ path: 'check.js', mode: '100644', contentBase64: b64('process.exit(0)\n') }])).toMatchObject({
      outcome: 'rejected',
      reason: 'refused by the recording job: changes "check.js" outside the conflicting files',
    })
    expect(
      await forge('marker', [{ path: 'greet.js', mode: '100644', contentBase64: b64('<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n') }]),
    ).toMatchObject({ outcome: 'rejected', reason: 'refused by the recording job: conflict marker left in "greet.js" (line 1, 3, 5)' })
    expect(await new Git(repo.remote).resolveCommit(`refs/heads/${branch}`)).toBe(before)
  })
})
