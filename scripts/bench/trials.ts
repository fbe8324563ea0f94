// What trials cost, and what the setup reuse and the cache save. A feature of
// one overseer and N implementors (each pair merges cleanly) with a
// dependency install simulated by the setup: it writes FILES small files
// into node_modules/ and sleeps INSTALL_MS (a warm `npm ci` of a small
// project). The checks load every module (build) and run a small test.
// Measured: a cold run with setup reuse, the same without reuse (the setup
// runs in every merge too), an unchanged re-scan (cache hit rate), and a
// re-scan after one implementor pushed (only its pair runs again).
// Usage: npm run bench:trials [-- --implementors 6 --files 2000 --install-ms 400]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { AgentBranch, PairResult } from '../../shared/conflicts/types'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'
import { trialCommands } from '../../shared/trials/classify'
import { pairsInScope, runTrials } from '../../shared/trials/run-trials'
import { TrialCache } from '../../shared/trials/trial-cache'
import type { TrialSettings, TrialSummary } from '../../shared/trials/types'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const N = arg('implementors', 6)
const FILES = arg('files', 2000)
const INSTALL_MS = arg('install-ms', 400)
const SPEC = '001-bench'

async function commit(git: Git, parent: string, files: Record<string, string>, message: string): Promise<string> {
  const base = await git.run(['rev-parse', `${parent}^{tree}`])
  const index = join(git.cwd, `.bench-index-${Math.random().toString(36).slice(2)}`)
  const env = { GIT_INDEX_FILE: index }
  await git.run(['read-tree', base], { env })
  for (const [path, text] of Object.entries(files)) {
    const blob = await git.run(['hash-object', '-w', '--stdin'], { input: text })
    await git.run(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env })
  }
  const tree = await git.run(['write-tree'], { env })
  rmSync(index, { force: true })
  const id = { GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' }
  return git.run(['commit-tree', tree, '-p', parent, '-m', message], { env: id })
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'orch-bench-trials-'))
  try {
    const git = new Git(join(root, 'repo.git'))
    await new Git(root).run(['init', '-q', '--bare', join(root, 'repo.git')])
    const empty = await git.run(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' })
    const id = { GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@b' }
    const rootCommit = await git.run(['commit-tree', empty, '-m', 'root'], { env: id })
    const base = await commit(
      git,
      rootCommit,
      {
        'package.json': '{ "name": "bench", "type": "module" }\n',
        'check-build.cjs':
          "const fs = require('fs'); Promise.all(fs.readdirSync('.').filter((f) => f.endsWith('.js')).map((f) => import('./' + f))).then(() => { if (!fs.existsSync('node_modules/dep-0.js')) process.exit(1) }, () => process.exit(1))\n",
        'check-test.cjs': "import('./core.js').then((m) => { if (m.total() < 0) process.exit(1) })\n",
        'core.js': 'export function total() { return 1 }\n',
      },
      'base',
    )
    const branches: AgentBranch[] = [
      {
        name: `feature/${SPEC}/overseer`,
        sha: await commit(git, base, { 'overseer.js': 'export const o = 1\n' }, 'o'),
        spec: SPEC,
        role: 'overseer',
      },
    ]
    for (let i = 1; i <= N; i++)
      branches.push({
        name: `feature/${SPEC}/impl-${i}`,
        sha: await commit(git, base, { [`impl-${i}.js`]: `export const v${i} = ${i}\n` }, `impl ${i}`),
        spec: SPEC,
        role: 'implementor',
        index: i,
      })
    const pairs = (shas: AgentBranch[]): PairResult[] =>
      pairsInScope(
        shas
          .slice(1)
          .map((b) => ({ left: shas[0]!.name, right: b.name, leftSha: shas[0]!.sha, rightSha: b.sha, status: 'clean', files: [] })),
        shas,
        'overseer',
      )
    const setup = `node -e "const fs=require('fs');fs.mkdirSync('node_modules',{recursive:true});for(let i=0;i<${FILES};i++)fs.writeFileSync('node_modules/dep-'+i+'.js','export default '+i+'\\n');setTimeout(()=>{},${INSTALL_MS})"`
    const settings: TrialSettings = {
      mode: 'test',
      scope: 'overseer',
      commands: trialCommands(
        [
          { name: 'build', command: 'node check-build.cjs' },
          { name: 'test', command: 'node check-test.cjs' },
        ],
        'test',
      ),
      setup,
      maxPairs: 1000,
      timeoutMs: 120_000,
      maxParallel: 2,
    }
    const run = async (label: string, ps: PairResult[], s: TrialSettings, cache?: TrialCache): Promise<TrialSummary> => {
      const t0 = performance.now()
      const { summary } = await runTrials(git, ps, { settings: s, cache, logger: new MemoryLogger(), tempRoot: root })
      const ms = performance.now() - t0
      const hit = summary.pairs ? (100 * summary.cached) / summary.pairs : 0
      console.log(
        `${label.padEnd(34)} ${String(summary.pairs).padStart(5)} ${String(summary.tried).padStart(5)} ${String(summary.cached).padStart(6)} ${`${hit.toFixed(0)}%`.padStart(5)} ${String(summary.setupReused).padStart(6)} ${(ms / 1000).toFixed(2).padStart(7)} s ${summary.tried ? `${(ms / summary.tried / 1000).toFixed(2)} s` : '-'}`,
      )
      return summary
    }
    console.log(`trials: overseer × ${N} implementors, setup writes ${FILES} files and waits ${INSTALL_MS} ms, max-parallel 2`)
    console.log(`${'run'.padEnd(34)} pairs tried cached  hits reused    time   per trial`)
    const cache = new TrialCache('bench')
    await run('cold, setup reused (hard links)', pairs(branches), settings, cache)
    await run('cold, setup run in every merge', pairs(branches), { ...settings, reuseSetup: false })
    await run('re-scan, nothing moved', pairs(branches), settings, cache)
    const moved = branches.map((b, i) => (i === 1 ? { ...b } : b))
    moved[1]!.sha = await commit(git, branches[1]!.sha, { 'impl-1.js': 'export const v1 = 10\n' }, 'impl 1 again')
    await run('re-scan, one implementor pushed', pairs(moved), settings, cache)
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

await main()
