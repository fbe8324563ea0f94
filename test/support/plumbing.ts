import { join } from 'node:path'
import { Git } from '../../shared/git/git'
import { tempDir } from './repo'

/**
 * What a path holds in a commit built with plumbing: text (a regular file),
 * `null` (absent), or an entry with its mode: an executable file, a symlink,
 * a submodule (gitlink) or raw bytes.
 */
export type EntrySpec = string | null | { exec: string } | { symlink: string } | { gitlink: string } | { bytes: Buffer }

/** Paths may be any bytes: give a Buffer (as a latin1 string key via `rawKey`) for names that are not UTF-8. */
export type TreeSpec = Record<string, EntrySpec>

/** A key for TreeSpec that stands for the raw bytes `bytes` (not UTF-8, say). */
export function rawKey(bytes: Buffer): string {
  return `\u0000raw:${bytes.toString('base64')}`
}

function keyBytes(key: string): Buffer {
  return key.startsWith('\u0000raw:') ? Buffer.from(key.slice(5), 'base64') : Buffer.from(key, 'utf8')
}

/**
 * Builds commits from whole-tree descriptions with plumbing (no work tree),
 * so any path, mode, symlink or gitlink can be had, in one repository.
 */
export class CommitBuilder {
  private readonly index: string
  constructor(readonly git: Git) {
    this.index = join(tempDir('orch-index-'), 'index')
  }

  static async init(): Promise<CommitBuilder> {
    const dir = join(tempDir('orch-scen-'), 'repo.git')
    const g = new Git(tempDir('orch-scen-cwd-'))
    await g.run(['init', '--quiet', '--bare', '-b', 'main', dir])
    return new CommitBuilder(new Git(dir))
  }

  private async blob(content: string | Buffer): Promise<string> {
    return this.git.run(['hash-object', '-w', '--stdin'], { input: content })
  }

  /** A commit whose tree is `parent`'s with `changes` applied (null deletes); returns its id. */
  async commit(changes: TreeSpec, parents: string[] = [], message = 'change'): Promise<string> {
    const env = { GIT_INDEX_FILE: this.index }
    if (parents[0]) await this.git.run(['read-tree', parents[0]], { env })
    else await this.git.run(['read-tree', '--empty'], { env })
    const lines: Buffer[] = []
    for (const [key, spec] of Object.entries(changes)) {
      const path = keyBytes(key)
      if (spec === null) {
        lines.push(Buffer.concat([Buffer.from(`0 ${'0'.repeat(40)}\t`), path, Buffer.from([0])]))
        continue
      }
      let mode = '100644'
      let oid: string
      if (typeof spec === 'string') oid = await this.blob(spec)
      else if ('exec' in spec) {
        mode = '100755'
        oid = await this.blob(spec.exec)
      } else if ('symlink' in spec) {
        mode = '120000'
        oid = await this.blob(spec.symlink)
      } else if ('gitlink' in spec) {
        mode = '160000'
        oid = spec.gitlink
      } else oid = await this.blob(spec.bytes)
      lines.push(Buffer.concat([Buffer.from(`${mode} ${oid}\t`), path, Buffer.from([0])]))
    }
    if (lines.length) await this.git.run(['update-index', '-z', '--index-info'], { env, input: Buffer.concat(lines) })
    const tree = await this.git.run(['write-tree'], { env })
    return this.git.run(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-m', message], {
      env: { GIT_AUTHOR_DATE: '1700000000 +0000', GIT_COMMITTER_DATE: '1700000000 +0000' },
    })
  }

  async branch(name: string, sha: string): Promise<void> {
    await this.git.run(['update-ref', `refs/heads/${name}`, sha])
  }
}
