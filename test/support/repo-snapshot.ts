import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { TestRepo } from './repo'

/**
 * Everything a refused command must leave as it was: the remote's refs, and in
 * the clone HEAD, the index, .git/config, every ref outside the tool's private
 * namespace (refs/orchestrator/), and the work tree (every file, its kind and
 * its content).
 */
export interface RepoSnapshot {
  remoteRefs: string
  head: string
  index: string
  config: string
  refs: string
  workTree: string
}

export async function snapshot(repo: TestRepo): Promise<RepoSnapshot> {
  const run = (args: string[], cwd = repo.dir) => repo.git.exec(args, { cwd, allowedExitCodes: [0, 1, 128] }).then((r) => r.stdout)
  return {
    remoteRefs: await run(['for-each-ref', '--format=%(refname) %(objectname)'], repo.remote),
    head: `${await run(['symbolic-ref', '-q', 'HEAD'])} ${await run(['rev-parse', 'HEAD'])}`,
    index: await run(['ls-files', '--stage', '-z']),
    config: readFileSync(join(repo.dir, '.git', 'config'), 'utf8'),
    refs: (await run(['for-each-ref', '--format=%(refname) %(objectname)']))
      .split('\n')
      .filter((l) => !l.startsWith('refs/orchestrator/'))
      .join('\n'),
    workTree: listTree(repo.dir, '').join('\n'),
  }
}

function listTree(root: string, dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (dir === '' && name === '.git') continue
    const rel = dir ? `${dir}/${name}` : name
    const full = join(root, rel)
    const stat = lstatSync(full)
    if (stat.isSymbolicLink()) out.push(`${rel} -> ${readlinkSync(full)}`)
    else if (stat.isDirectory()) out.push(`${rel}/`, ...listTree(root, rel))
    else out.push(`${rel} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`)
  }
  return out
}
