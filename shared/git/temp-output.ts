import { mkdtemp, open, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Git } from './git'

/** Runs `fn` with a new private temporary folder, removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Runs git with stdout written to `file` (created or emptied). */
export async function runToFile(git: Git, args: readonly string[], file: string, input?: string): Promise<void> {
  const handle = await open(file, 'w')
  try {
    await git.execBuffer(args, { input, stdoutFd: handle.fd })
  } finally {
    await handle.close()
  }
}

/**
 * Runs git with stdout sent to a temporary file, then reads the file: for
 * outputs of megabytes, which git writes in small pieces that cost far more
 * to read from a pipe one by one.
 */
export async function execToBuffer(git: Git, args: readonly string[], input?: string): Promise<Buffer> {
  return withTempDir('orch-out-', async (dir) => {
    const file = join(dir, 'stdout')
    await runToFile(git, args, file, input)
    return readFile(file)
  })
}
