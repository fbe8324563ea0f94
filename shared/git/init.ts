import type { Git } from './git'

/** Creates an empty bare repository at `dir` with the given object format (`sha1`, `sha256`). */
export async function initBare(git: Git, dir: string, objectFormat: string): Promise<void> {
  await git.run(['init', '--quiet', '--bare', `--object-format=${objectFormat}`, dir])
}
