import type { Git } from './git'

/** Creates an empty bare repository at `dir` with the given object format (`sha1`, `sha256`). */
export async function initBare(git: Git, dir: string, objectFormat: string): Promise<void> {
  await git.run(['init', '--quiet', '--bare', `--object-format=${objectFormat}`, dir])
}

/** Creates a repository at `dir` whose first branch is `branch` (bare: no working tree). */
export async function initRepository(git: Git, dir: string, options: { branch: string; bare?: boolean }): Promise<void> {
  await git.run(['init', '-q', ...(options.bare ? ['--bare'] : []), '-b', options.branch, dir])
}

/** Sets `key` in the repository's own configuration. */
export async function setConfig(git: Git, key: string, value: string): Promise<void> {
  await git.run(['config', key, value])
}

/** Adds a remote named `name` at `url`. */
export async function addRemote(git: Git, name: string, url: string): Promise<void> {
  await git.run(['remote', 'add', name, url])
}
