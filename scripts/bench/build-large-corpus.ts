// Builds a large real-history conflict corpus from a bare clone of a big project
// that keeps its pull requests as refs/pull/<n>/head (e.g. curl: ~40,000 commits
// on one long main line), in the layout of ../shared/corpora/flask-prs-2018:
//   <out>/<name>.bundle   main + 64 branches feature/00N-<greek>/{overseer,impl-1..7}
//   <out>/branches.txt    branch name and tip, one per line
//   <out>/truth.txt       per pair: `left right exit files` of raw
//                         `git -c merge.conflictStyle=merge merge-tree --write-tree --name-only`
//   <out>/README.md       how it was built
// Usage: node scripts/run-ts.js scripts/bench/build-large-corpus.ts <mirror.git> <out-dir> [--from 5000] [--to 9000] [--main master]
// The branches are real pull-request heads whose fork point lies on the main
// line's first-parent chain, spread evenly over the window so that they fork
// from many different points; nothing is rewritten. Deterministic for one mirror.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { Git } from '../../shared/git/git'

const GREEK = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
const BRANCHES = 64

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : process.argv[at + 1]!
}

interface Candidate {
  pr: number
  head: string
  fork: string
  forkAt: number
  ahead: number
}

/** For each head, its fork point on the first-parent chain of main and how many commits it adds, from one rev-list. */
async function candidates(git: Git, main: string, heads: Array<{ pr: number; head: string }>): Promise<Candidate[]> {
  const chain = (await git.run(['rev-list', '--first-parent', main])).split('\n')
  const position = new Map(chain.map((sha, i) => [sha, chain.length - i]))
  const own = new Map<string, string[]>()
  const out = await git.run(['rev-list', '--parents', '--stdin', '--not', main], {
    input: heads.map((h) => h.head).join('\n') + '\n',
  })
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha, ...parents] = line.split(' ')
    own.set(sha!, parents)
  }
  const found: Candidate[] = []
  for (const { pr, head } of heads) {
    if (!own.has(head)) continue
    const seen = new Set<string>()
    const outside = new Set<string>()
    const stack = [head]
    while (stack.length) {
      const c = stack.pop()!
      if (seen.has(c)) continue
      seen.add(c)
      for (const p of own.get(c)!) {
        if (own.has(p)) stack.push(p)
        else outside.add(p)
      }
    }
    // One fork point, on the main line itself (not a side branch merged into it), and a topic-sized change.
    if (outside.size !== 1 || seen.size > 20) continue
    const fork = [...outside][0]!
    const forkAt = position.get(fork)
    if (forkAt === undefined) continue
    found.push({ pr, head, fork, forkAt, ahead: seen.size })
  }
  return found
}

async function main(): Promise<void> {
  const [mirrorArg, outArg] = process.argv.slice(2)
  if (!mirrorArg || !outArg || mirrorArg.startsWith('--'))
    throw new Error('usage: build-large-corpus.ts <mirror.git> <out-dir> [--from N] [--to N]')
  const mirror = resolve(mirrorArg)
  const out = resolve(outArg)
  const from = Number(arg('from', '5000'))
  const to = Number(arg('to', '9000'))
  const mainRef = arg('main', 'master')
  const src = new Git(mirror)
  const heads = (await src.run(['for-each-ref', '--format=%(refname) %(objectname)', 'refs/pull/*/head']))
    .split('\n')
    .map((l) => /^refs\/pull\/(\d+)\/head ([0-9a-f]{40})$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pr: Number(m[1]), head: m[2]! }))
    .filter((h) => h.pr >= from && h.pr <= to)
    .sort((a, b) => a.pr - b.pr)
  const found = (await candidates(src, mainRef, heads)).sort((a, b) => a.forkAt - b.forkAt || a.pr - b.pr)
  // Distinct fork points first, then evenly spread over the window.
  const distinct = [...new Map(found.map((c) => [c.fork, c])).values()]
  const pool = distinct.length >= BRANCHES ? distinct : found
  if (pool.length < BRANCHES) throw new Error(`only ${pool.length} usable pull requests in #${from}..#${to}: widen the window`)
  const chosen = Array.from({ length: BRANCHES }, (_, i) => pool[Math.floor((i * pool.length) / BRANCHES)]!)
  const mainSha = chosen[0]!.fork
  const names = chosen.map((_, i) => {
    const f = Math.floor(i / 8)
    const role = i % 8 === 0 ? 'overseer' : `impl-${i % 8}`
    return `feature/${String(f + 1).padStart(3, '0')}-${GREEK[f]}/${role}`
  })

  const work = mkdtempSync(join(tmpdir(), 'orch-large-corpus-'))
  try {
    const git = new Git(work)
    await git.run(['init', '--quiet', '--bare', '-b', 'main', work])
    writeFileSync(join(work, 'objects', 'info', 'alternates'), `${join(mirror, 'objects')}\n`)
    await git.run(['update-ref', 'refs/heads/main', mainSha])
    for (const [i, c] of chosen.entries()) await git.run(['update-ref', `refs/heads/${names[i]}`, c.head])
    mkdirSync(out, { recursive: true })
    const bundle = join(out, `${basename(out)}.bundle`)
    // HEAD too (it names main here: init -b main), so that a clone of the bundle has main checked out, as a clone
    // of a real repository has its default branch; without it the clone's HEAD names a branch it does not hold.
    await git.run(['bundle', 'create', '--quiet', bundle, 'HEAD', 'main', ...names.map((n) => `refs/heads/${n}`)])
    writeFileSync(join(out, 'branches.txt'), chosen.map((c, i) => `${names[i]} ${c.head}\n`).join(''))
    const truth: string[] = []
    let conflicting = 0
    for (let i = 0; i < BRANCHES; i++)
      for (let j = i + 1; j < BRANCHES; j++) {
        const r = await git.exec(
          ['-c', 'merge.conflictStyle=merge', 'merge-tree', '--write-tree', '--name-only', '-z', chosen[i]!.head, chosen[j]!.head],
          { allowedExitCodes: [0, 1] },
        )
        const fields = r.stdout.split('\0')
        const end = fields.indexOf('', 1)
        const files = r.exitCode === 1 ? fields.slice(1, end < 0 ? undefined : end).sort() : []
        if (r.exitCode === 1) conflicting++
        truth.push(`${names[i]} ${names[j]} ${r.exitCode} ${files.join(',')}\n`)
      }
    writeFileSync(join(out, 'truth.txt'), truth.join(''))
    const spread = `${chosen[0]!.forkAt}..${chosen[BRANCHES - 1]!.forkAt}`
    writeFileSync(
      join(out, 'README.md'),
      `# Large real-history conflict corpus: 64 pull-request heads of ${basename(mirror.replace(/\/repo$/, ''))}

Built by \`scripts/bench/build-large-corpus.ts ${mirrorArg} ${outArg} --from ${from} --to ${to}\`
(git ${(await git.version()).text}). The 64 branches are real pull-request heads
(refs/pull/<n>/head, #${from}..#${to}) whose only fork point is on the first-parent
chain of ${mainRef}, one per fork point, spread evenly: they fork at main-line
positions ${spread} of a ${mainRef} of tens of thousands of commits. \`main\` is the
oldest fork point. Named as in flask-prs-2018: 8 features × overseer + impl-1..7.

- pull requests: ${chosen.map((c) => `#${c.pr}`).join(' ')}
- \`truth.txt\`: ${truth.length} pairs, ${conflicting} conflict (raw \`git merge-tree\`).

Test data only: nothing from it goes into the project's own code.
`,
    )
    console.log(`${bundle}: ${BRANCHES} branches (fork points ${spread}), ${truth.length} pairs, ${conflicting} conflicting`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 2
})
