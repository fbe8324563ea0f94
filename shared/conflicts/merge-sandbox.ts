import { lstatSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Git } from '../git/git'
import { objectFormat } from '../git/refs'
import { initBare } from '../git/init'

/**
 * A private, empty bare repository that borrows the scanning clone's objects
 * (through `objects/info/alternates`), where every merge of a scan runs.
 *
 * Why: a verdict must depend on the two commits only, never on the clone that
 * computes it. In the clone itself git would read merge attributes from the
 * work tree's and the index's `.gitattributes`, from `.git/info/attributes`,
 * from the user's `core.attributesFile` and the system file (a `* merge=union`
 * line in any of them turns a conflict into a clean merge), and merge settings
 * (conflict style, renames, custom merge drivers) from every config file. git
 * 2.39 has no `--attr-source`. Here there is no work tree, no index, no
 * `info/attributes`, no system or global configuration, and the attributes
 * file is ours: empty, or only the conflict marker size we choose. Objects the
 * merges write stay in the sandbox and go when it is closed.
 */
/** Memory-backed folders need this much free room to hold a scan's merge results. */
const MIN_MEMORY_FREE = 1024 ** 3

/**
 * Where sandboxes go: /dev/shm when it is a roomy memory file system (Linux
 * runners), else the system temp folder. Every merge writes its result trees
 * and conflicted blobs as loose objects, thousands of small files per scan:
 * written and removed in memory they cost a fraction of what a disk costs.
 */
export function sandboxParent(): string {
  try {
    const fs = statfsSync('/dev/shm')
    if (fs.bavail * fs.bsize >= MIN_MEMORY_FREE) return '/dev/shm'
  } catch {
    // No /dev/shm (macOS, Windows) or not readable: the temp folder it is.
  }
  return tmpdir()
}

export class MergeSandbox {
  private constructor(
    readonly dir: string,
    readonly git: Git,
    private readonly attributesDir: string,
  ) {}

  static async open(source: Git): Promise<MergeSandbox> {
    // Known from the repository's start-up (one rev-parse for the whole command), absolute.
    const objectsDir = await source.objectsDir()
    const format = await objectFormat(source).catch(() => 'sha1')
    const parent = sandboxParent()
    sweepStale(parent)
    // Named by the process that owns it: one left by a process that is gone (killed) can be told and removed.
    const dir = mkdtempSync(join(parent, `${SANDBOX_PREFIX}${process.pid}-`))
    removeAtExit(dir)
    try {
      const emptyConfig = join(dir, 'empty-config')
      writeFileSync(emptyConfig, '')
      const gitDir = join(dir, 'repo.git')
      const env = {
        GIT_DIR: gitDir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: emptyConfig,
        GIT_ATTR_NOSYSTEM: '1',
        GIT_NO_REPLACE_OBJECTS: '1',
        // Nothing from the caller's environment may point git elsewhere.
        GIT_WORK_TREE: undefined,
        GIT_INDEX_FILE: undefined,
        GIT_OBJECT_DIRECTORY: undefined,
        GIT_ALTERNATE_OBJECT_DIRECTORIES: undefined,
        GIT_COMMON_DIR: undefined,
        GIT_CONFIG: undefined,
        GIT_CONFIG_PARAMETERS: undefined,
        GIT_CONFIG_COUNT: undefined,
      }
      const git = new Git(dir, env)
      openDirs.set(dir, git)
      await initBare(git, gitDir, format)
      writeFileSync(join(gitDir, 'objects', 'info', 'alternates'), `${objectsDir}\n`)
      return new MergeSandbox(dir, git, dir)
    } catch (error) {
      removeNow(dir)
      throw error
    }
  }

  /**
   * `-c` arguments that pin everything a merge result depends on besides the
   * two commits: the conflict style (plain unless `style` says diff3, which a
   * resolution brief needs for the base lines) and our own attributes file
   * (empty, or one line setting the marker size for every path). Also how the
   * results are stored (uncompressed), which no verdict depends on.
   */
  pins(markerSize?: number, style: 'merge' | 'diff3' = 'merge'): string[] {
    const file = join(this.attributesDir, markerSize ? `attributes-${markerSize}` : 'attributes')
    if (!this.written.has(file)) {
      writeFileSync(file, markerSize ? `* conflict-marker-size=${markerSize}\n` : '')
      this.written.add(file)
    }
    // Uncompressed loose objects: what the merges write is read once (the conflicted blobs, for ranges) and
    // removed with the sandbox, so deflating it is wasted. Measured on curl's 2016 pairs in two processes: 8.3 s
    // at git's default level 1, 6.3 s at 0 (2.5 times the bytes: 192 MB in memory). No verdict depends on it.
    return ['-c', `core.attributesFile=${file}`, '-c', `merge.conflictStyle=${style}`, '-c', 'core.looseCompression=0']
  }

  private readonly written = new Set<string>()

  close(): void {
    removeNow(this.dir)
  }
}

export const SANDBOX_PREFIX = 'orch-merge-'

/**
 * Sandboxes of this process not closed yet. A scan stopped part-way (Ctrl-C, a cancelled job's SIGTERM, a
 * closed pipe) would otherwise leave its merge results behind: up to a few hundred megabytes, in memory when
 * the folder is /dev/shm, until the next reboot. They are removed when the process exits, and on SIGINT,
 * SIGTERM and SIGHUP before the signal ends it as it would have.
 */
const openDirs = new Map<string, Git | undefined>()
let hooked = false

function removeAtExit(dir: string): void {
  openDirs.set(dir, undefined)
  if (hooked) return
  hooked = true
  process.on('exit', removeOpen)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => onSignal(signal))
}

function onSignal(signal: NodeJS.Signals): void {
  // The sandboxes' git processes first (only theirs): a merge still writing would refill the folder being removed.
  for (const git of openDirs.values()) git?.stopRunning()
  removeOpen()
  // Ours was the only listener (it is gone now): the signal's own action ends the process, with its status.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

/** Every open sandbox removed, as far as it can be; never throws (it runs as the process ends). */
function removeOpen(): void {
  for (const dir of [...openDirs.keys()]) {
    try {
      removeNow(dir)
    } catch {
      // What is left is swept by the next scan: its process is gone.
    }
  }
}

function removeNow(dir: string): void {
  openDirs.delete(dir)
  // A git just stopped may still be closing a file there: retried a few times, as rm does.
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })
}

/**
 * A sandbox is swept only when its process is gone and it is this old: a process of another PID namespace
 * sharing the folder (containers sharing /dev/shm) looks gone from here, and its scan may still run.
 */
const STALE_AFTER_MS = 60 * 60 * 1000

/** Sandboxes whose process is gone (killed before it could remove them): removed; others' and live ones kept. */
function sweepStale(parent: string): void {
  let names: string[]
  try {
    names = readdirSync(parent)
  } catch {
    return
  }
  for (const name of names) {
    const pid = name.startsWith(SANDBOX_PREFIX) ? /^(\d+)-./.exec(name.slice(SANDBOX_PREFIX.length))?.[1] : undefined
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue
    try {
      const dir = join(parent, name)
      if (lstatSync(dir).mtimeMs > Date.now() - STALE_AFTER_MS) continue
      rmSync(dir, { recursive: true, force: true })
    } catch {
      // Another user's, or being removed: not ours to insist on.
    }
  }
}

/** Whether a process with this id exists (one we may not signal exists too). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
