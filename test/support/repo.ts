import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Git } from '../../shared/git/git'

/** A file to write in a commit: its text, or null to delete it, or a symlink. */
export type FileSpec = string | null | { symlink: string }

const tempRoots: string[] = []

/** A fresh temporary folder, removed by `cleanupTemp()`. */
export function tempDir(prefix = 'orch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  tempRoots.push(dir)
  return dir
}

export function cleanupTemp(): void {
  while (tempRoots.length) rmSync(tempRoots.pop()!, { recursive: true, force: true })
}

export interface TestRepo {
  /** The working clone. */
  dir: string
  /** The bare repository that is the clone's `origin`. */
  remote: string
  git: Git
  /** Check out `branch` (creating it from `from`, default the current HEAD), write files, commit; returns the sha. */
  commit(branch: string, files: Record<string, FileSpec>, message?: string, from?: string): Promise<string>
  /** Push branches to origin (each `branch:branch`). */
  push(...branches: string[]): Promise<void>
  /** Another clone of the same remote. */
  clone(): Promise<TestRepo>
}

/**
 * A temporary repository with a bare remote `origin`, an initial commit on
 * `main` (pushed), and helpers to commit on named branches.
 */
export async function makeRepo(initialFiles: Record<string, FileSpec> = { 'README.md': '# test\n' }): Promise<TestRepo> {
  const root = tempDir('orch-repo-')
  const remote = join(root, 'remote.git')
  const dir = join(root, 'work')
  const g = new Git(root)
  await g.run(['init', '--bare', '-q', '-b', 'main', remote])
  await g.run(['init', '-q', '-b', 'main', dir])
  const repo = wrap(dir, remote)
  await repo.git.run(['remote', 'add', 'origin', remote])
  await repo.commit('main', initialFiles, 'initial commit')
  await repo.push('main')
  return repo
}

/**
 * A copy of a repository made by makeRepo (its folder: the clone and its bare remote), as if built
 * again: the copy's clone has the copy's remote as origin. Nothing else in either names the folder
 * (git keeps the remote's path only in .git/config), so a prepared repository can be built once per
 * test file and copied for each test instead of being built again.
 */
export async function copyRepo(repo: TestRepo): Promise<TestRepo> {
  const from = dirname(repo.dir)
  if (dirname(repo.remote) !== from) throw new Error(`copyRepo: ${repo.dir} and ${repo.remote} are not one makeRepo folder`)
  const root = tempDir('orch-repo-')
  cpSync(from, root, { recursive: true, verbatimSymlinks: true })
  const copy = wrap(join(root, basename(repo.dir)), join(root, basename(repo.remote)))
  await copy.git.run(['remote', 'set-url', 'origin', copy.remote])
  return copy
}

function wrap(dir: string, remote: string): TestRepo {
  const git = new Git(dir)
  const repo: TestRepo = {
    dir,
    remote,
    git,
    async commit(branch, files, message = 'change', from) {
      // As few git processes as the work needs (the suite makes thousands of commits): switching to an
      // existing branch is one checkout, and every path of the commit is staged by one `add -A`.
      const current = (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })).stdout.trim()
      if (current !== branch) {
        // Only a local branch (no guessing from origin/<branch>); `--` so that the name is never a path.
        const switched = await git.exec(['checkout', '-q', '--no-guess', branch, '--'], {
          allowedExitCodes: [0, 1, 128],
        })
        // A new branch from `from`, or from HEAD (on an unborn HEAD: a branch with no commit yet).
        if (switched.exitCode !== 0) await git.run(['checkout', '-q', '-b', branch, ...(from ? [from] : [])])
      }
      const paths = Object.keys(files)
      for (const [path, spec] of Object.entries(files)) {
        const full = join(dir, path)
        rmSync(full, { recursive: spec === null, force: true })
        if (spec === null) {
          // As `git rm` does: folders it leaves empty go too (a file may take a folder's place next).
          for (let up = dirname(full); up.startsWith(`${dir}/`) && existsSync(up) && readdirSync(up).length === 0; up = dirname(up))
            rmdirSync(up)
          continue
        }
        mkdirSync(dirname(full), { recursive: true })
        if (typeof spec === 'string') writeFileSync(full, spec)
        else symlinkSync(spec.symlink, full)
      }
      if (paths.length) await git.run(['add', '-A', '--', ...paths])
      await git.run(['commit', '-q', '--allow-empty', '-m', message])
      return git.run(['rev-parse', 'HEAD'])
    },
    async push(...branches) {
      await git.run(['push', '-q', 'origin', ...branches.map((b) => `${b}:${b}`)])
    },
    async clone() {
      const other = tempDir('orch-clone-')
      await git.run(['clone', '-q', remote, other])
      return wrap(other, remote)
    },
  }
  return repo
}
