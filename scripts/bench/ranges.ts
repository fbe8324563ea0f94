// The line-ranges phase of a cold scan alone, in process: merges every pair of a repository's branches once,
// then times describeConflicts on the conflicted ones (--runs times) and can write what it found.
//   node scripts/run-ts.js scripts/bench/ranges.ts --repo <bare repo with the branches> [--runs 3] [--out ranges.json]
// The output (every conflicted file's ranges or why it has none, pair by pair) is for comparing two versions
// of the code: same repository, same merges, same files.
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { describeConflicts, type ConflictedMerge } from '../../shared/conflicts/file-details'
import { MergeSandbox } from '../../shared/conflicts/merge-sandbox'
import { runMerges } from '../../shared/conflicts/merge-tree-runner'
import { Git } from '../../shared/git/git'
import { MemoryLogger } from '../../shared/logger'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? undefined : process.argv[at + 1]
}

async function main(): Promise<void> {
  const repo = option('repo')
  if (!repo) throw new Error('--repo <bare repository> is required')
  const runs = Number(option('runs') ?? '3')
  const git = new Git(repo)
  const refs = (await git.exec(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/feature/'])).stdout
  const tips = refs
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(' ')[0]!)
  const jobs = tips.flatMap((a, i) => tips.slice(i + 1).map((b) => ({ leftSha: a, rightSha: b })))
  const sandbox = await MergeSandbox.open(git)
  try {
    const { outcomes } = await runMerges(sandbox, jobs, { strategy: 'auto', maxParallel: 2 })
    const merges: ConflictedMerge[] = []
    outcomes.forEach((o, i) => {
      if (o.ok && !o.record.clean) merges.push({ ...jobs[i]!, record: o.record })
    })
    let details: Awaited<ReturnType<typeof describeConflicts>> = []
    const times: string[] = []
    for (let r = 0; r < runs; r++) {
      const start = performance.now()
      const cpu = process.cpuUsage()
      details = await describeConflicts(sandbox, merges, 2, new MemoryLogger())
      const used = process.cpuUsage(cpu)
      times.push(`${((performance.now() - start) / 1000).toFixed(2)} (node cpu ${((used.user + used.system) / 1e6).toFixed(2)})`)
    }
    const files = details.flatMap((d) => d.files)
    const ranged = files.filter((f) => f.leftRanges.length > 0).length
    console.log(`${merges.length} conflicted pairs, ${files.length} files, ${ranged} with ranges; describeConflicts s: ${times.join(', ')}`)
    const out = option('out')
    if (out) writeFileSync(out, JSON.stringify(merges.map((m, i) => ({ left: m.leftSha, right: m.rightSha, files: details[i]!.files }))))
  } finally {
    sandbox.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
