import { spawn, spawnSync, type ChildProcess, type ChildProcessByStdio, type StdioOptions } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'
import { resolve as resolvePath } from 'node:path'
import { GitError } from '../errors'

export interface ExecOptions {
  /** Exit codes that are not an error (default: only 0). */
  allowedExitCodes?: readonly number[]
  /** Written to the process's stdin. */
  input?: string | Buffer
  /** Extra environment for this call only. */
  env?: Record<string, string | undefined>
  /** Run somewhere else than the repository folder. */
  cwd?: string
  /**
   * Send stdout to this open file descriptor instead of collecting it (the
   * result's stdout is then empty). For outputs of many megabytes: git writes
   * them in small pieces, and a pipe read piece by piece costs several times more.
   */
  stdoutFd?: number
  /** Read stdin from this open file descriptor (instead of `input`). */
  stdinFd?: number
  /** Kill git after this many milliseconds and fail (a fetch in a hook must not wait on an unreachable remote). */
  timeoutMs?: number
  /**
   * Also collect git's trace2 (normal format) from a pipe of its own, in the result's `trace`: its first line
   * names git's version. Not done when the environment asks for that trace already (it stays the person's).
   */
  trace?: boolean
  /**
   * With `trace`: config keys whose values git reports in that trace as it reads them (trace2's
   * "def_param" lines, every scope in git's order), unless the environment names such keys already.
   */
  traceConfig?: readonly string[]
}

export interface ExecResult {
  stdout: string
  stderr: string
  exitCode: number
}

export interface ExecBufferResult {
  stdout: Buffer
  stderr: string
  exitCode: number
  /** What git's trace2 said, when asked for (`trace`) and given. */
  trace?: string
  /** Whether that trace reports the values of `traceConfig` (asked by us, not by the environment). */
  traceConfig?: boolean
}

export interface GitVersion {
  major: number
  minor: number
  patch: number
  text: string
}

export const MINIMUM_GIT = { major: 2, minor: 38 } as const

let spawned = 0
const SHALLOW_CHANGING = /^--(?:unshallow|depth|deepen|shallow-since|shallow-exclude|update-shallow)/

/**
 * How many git processes this process has started so far. Every git process
 * is started by `Git.execBuffer`, so this is the whole count: a phase's share
 * is the difference before and after it.
 */
export function gitProcessCount(): number {
  return spawned
}

/**
 * The one door to git. Every call is `git <args...>` through spawn with an
 * argument array (never a shell), with prompts switched off and messages in
 * English (we read some of them). Nothing here touches the user's working
 * tree, index or HEAD unless a method says so by name.
 */
export class Git {
  private static versionCache?: Promise<GitVersion>
  /** Config values git reported with the first rev-parse in a folder (`traceConfig`), by folder: see `seenIdentityConfig`. */
  private static readonly configSeen = new Map<string, string>()
  readonly cwd: string
  private readonly baseEnv: Record<string, string | undefined>
  /** Whether the repository is shallow, once asked; forgotten by any call that can change it. */
  private shallow?: Promise<boolean>
  private format?: Promise<string>
  private objects?: Promise<string>
  /** This instance's git processes that have not exited yet (see `stopRunning`). */
  private readonly running = new Set<ChildProcess>()

  constructor(cwd: string, env: Record<string, string | undefined> = {}) {
    this.cwd = cwd
    this.baseEnv = env
  }

  /** A Git bound to `cwd` after checking that git is new enough. */
  static async open(cwd: string, env: Record<string, string | undefined> = {}): Promise<Git> {
    const git = new Git(cwd, env)
    await git.assertVersion()
    return git
  }

  async exec(args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    const r = await this.execBuffer(args, options)
    return { stdout: r.stdout.toString('utf8'), stderr: r.stderr, exitCode: r.exitCode }
  }

  /** Like `exec`, but stdout as raw bytes: object contents may be binary or not UTF-8, and sizes are in bytes. */
  async execBuffer(args: readonly string[], options: ExecOptions = {}): Promise<ExecBufferResult> {
    const allowed = options.allowedExitCodes ?? [0]
    if (args.some((a) => SHALLOW_CHANGING.test(a))) this.shallow = undefined
    const env = this.env(options.env)
    // trace2 on the fourth descriptor (git writes it to any descriptor from 2 to 9 it is told).
    const traced = options.trace === true && env.GIT_TRACE2 === undefined
    if (traced) env.GIT_TRACE2 = '3'
    const traceConfig = traced && Boolean(options.traceConfig?.length) && env.GIT_TRACE2_CONFIG_PARAMS === undefined
    if (traceConfig) env.GIT_TRACE2_CONFIG_PARAMS = options.traceConfig!.join(',')
    return new Promise<ExecBufferResult>((resolve, reject) => {
      const stdio: StdioOptions = [options.stdinFd ?? 'pipe', options.stdoutFd ?? 'pipe', 'pipe', ...(traced ? (['pipe'] as const) : [])]
      spawned++
      // With a time bound, git leads its own process group: a helper it started (git-remote-http) is stopped with it.
      const bounded = options.timeoutMs !== undefined
      const child = spawn('git', [...args], { cwd: options.cwd ?? this.cwd, env, stdio, detached: bounded }) as ChildProcessByStdio<
        Writable | null,
        Readable | null,
        Readable
      >
      this.running.add(child)
      const gone = (): boolean => this.running.delete(child)
      child.on('exit', gone)
      child.on('error', gone)
      const out: Buffer[] = []
      const err: Buffer[] = []
      const trace: Buffer[] = []
      ;(child.stdio[3] as Readable | undefined)?.on('data', (chunk: Buffer) => trace.push(chunk))
      child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
      child.on('error', (cause) => {
        reject(new GitError(`could not run git: ${cause.message}`, args, '', null, { cause }))
      })
      let timedOut = false
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true
              try {
                process.kill(-child.pid!, 'SIGKILL')
              } catch {
                child.kill('SIGKILL')
              }
            }, options.timeoutMs)
      child.on('close', (code) => {
        if (timer) clearTimeout(timer)
        if (timedOut) {
          reject(new GitError(`git ${describeArgs(args)} did not finish within ${options.timeoutMs} ms and was stopped`, args, '', null))
          return
        }
        const stdout = Buffer.concat(out)
        const stderr = Buffer.concat(err).toString('utf8')
        const exitCode = code ?? -1
        if (!allowed.includes(exitCode)) {
          const summary = stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`
          reject(new GitError(`git ${describeArgs(args)} failed: ${summary}`, args, stderr, exitCode))
          return
        }
        resolve({ stdout, stderr, exitCode, ...(traced ? { trace: Buffer.concat(trace).toString('utf8'), traceConfig } : {}) })
      })
      if (!child.stdin) return
      child.stdin.on('error', () => {
        /* the process may exit before reading all input; its exit code tells */
      })
      if (options.input !== undefined) child.stdin.end(options.input)
      else child.stdin.end()
    })
  }

  /**
   * A small read that must not wait for the event loop (a value computed on first use): `git <args>` run
   * synchronously, stdout as text. Not for anything that may take long or write: use `exec`.
   */
  execSync(args: readonly string[], options: Pick<ExecOptions, 'allowedExitCodes'> = {}): ExecResult {
    spawned++
    const r = spawnSync('git', [...args], { cwd: this.cwd, env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    if (r.error) throw new GitError(`could not run git: ${r.error.message}`, args, '', null, { cause: r.error })
    const exitCode = r.status ?? -1
    if (!(options.allowedExitCodes ?? [0]).includes(exitCode)) {
      const summary = r.stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`
      throw new GitError(`git ${describeArgs(args)} failed: ${summary}`, args, r.stderr, exitCode)
    }
    return { stdout: r.stdout, stderr: r.stderr, exitCode }
  }

  /**
   * Environment entries that add `config` to one call (`GIT_CONFIG_COUNT`/`KEY_n`/`VALUE_n`) after any entries this
   * instance's environment has already (a token's header, say), never in their place. git passes none of them on to
   * a local remote's receive-pack or upload-pack.
   */
  configEnv(config: Readonly<Record<string, string>>): Record<string, string> {
    const given = Number(this.env().GIT_CONFIG_COUNT ?? 0)
    let n = Number.isInteger(given) && given > 0 ? given : 0
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(config)) {
      out[`GIT_CONFIG_KEY_${n}`] = key
      out[`GIT_CONFIG_VALUE_${n}`] = value
      n++
    }
    out.GIT_CONFIG_COUNT = String(n)
    return out
  }

  /** The environment of every call: no prompts, no pager, messages in English (we read some of them). */
  private env(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...this.baseEnv,
      ...extra,
      GIT_TERMINAL_PROMPT: '0',
      GCM_INTERACTIVE: 'never',
      GIT_PAGER: 'cat',
      LC_ALL: 'C',
      LANGUAGE: 'C',
    }
    if (!env.GIT_SSH_COMMAND && !process.env.GIT_SSH_COMMAND) env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes'
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
    return env
  }

  /** stdout of a successful command, trailing newline removed. */
  async run(args: readonly string[], options: ExecOptions = {}): Promise<string> {
    const { stdout } = await this.exec(args, options)
    return stdout.replace(/\n$/, '')
  }

  async version(): Promise<GitVersion> {
    Git.versionCache ??= this.run(['version'], { cwd: process.cwd() }).then(parseGitVersion)
    return Git.versionCache
  }

  async assertVersion(min: { major: number; minor: number } = MINIMUM_GIT): Promise<GitVersion> {
    const v = await this.version()
    if (!versionAtLeast(v, min)) {
      throw new GitError(
        `git ${v.major}.${v.minor}.${v.patch} is too old: agent-orchestrator needs git ${min.major}.${min.minor} or newer (for merge-tree --write-tree)`,
        ['version'],
        '',
        0,
      )
    }
    return v
  }

  /** The commit id `ref` names, or null when it names no commit. */
  async resolveCommit(ref: string): Promise<string | null> {
    const r = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
      allowedExitCodes: [0, 1, 128],
    })
    const sha = r.stdout.trim()
    return r.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowedExitCodes: [0, 1] })
    return r.exitCode === 0
  }

  /** The best common ancestor, or null when the histories are unrelated. */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const r = await this.exec(['merge-base', a, b], { allowedExitCodes: [0, 1] })
    return r.exitCode === 0 ? r.stdout.trim() || null : null
  }

  /** `sha1` or `sha256`: a repository's object format never changes, so it is asked once per instance (a scan asks twice). */
  async objectFormat(): Promise<string> {
    this.format ??= this.run(['rev-parse', '--show-object-format'])
    this.format.catch(() => (this.format = undefined))
    return this.format
  }

  /**
   * The person's identity config (`user.name`, `user.email`) as `git config --get-regexp` would list it for
   * this folder, when the first rev-parse there reported it; undefined when it did not (ask git).
   */
  seenIdentityConfig(): string | undefined {
    const seen = Git.configSeen.get(this.cwd)
    return seen === undefined ? undefined : linesOf(seen, ['user.name', 'user.email'])
  }

  /**
   * Whether this folder's repository is shared with a group or everyone (`core.sharedRepository`, which makes
   * git widen the permissions of what it writes), as the first rev-parse there reported it; undefined when it
   * did not (then only git writes objects: see objects.ts).
   */
  seenSharedRepository(): boolean | undefined {
    const seen = Git.configSeen.get(this.cwd)
    if (seen === undefined) return undefined
    const value = linesOf(seen, ['core.sharedrepository']).split('\n').filter(Boolean).pop()?.slice('core.sharedrepository '.length)
    // Unset, false or umask: git leaves the permissions to the umask. Anything else (true, group, all, an octal
    // mode, a key with no value) widens them.
    return value !== undefined && !/^(?:false|umask|no|off|0+)$/i.test(value.trim())
  }

  /**
   * Stops this instance's git processes that still run (SIGKILL: at once). For a process that is being stopped
   * itself: a merge must not go on writing into a sandbox it removes (merge-sandbox.ts).
   */
  stopRunning(): void {
    for (const child of this.running) {
      try {
        child.kill('SIGKILL')
      } catch {
        // Gone already.
      }
    }
    this.running.clear()
  }

  /** The folder of the repository's objects (a worktree's is the common one), absolute; asked once per instance. */
  async objectsDir(): Promise<string> {
    this.objects ??= this.run(['rev-parse', '--git-path', 'objects']).then((p) => resolvePath(this.cwd, p))
    this.objects.catch(() => (this.objects = undefined))
    return this.objects
  }

  /** Asked of git once per instance (a scan asks in several places); a fetch that deepens or shallows asks again. */
  async isShallow(): Promise<boolean> {
    this.shallow ??= this.run(['rev-parse', '--is-shallow-repository']).then((out) => out === 'true')
    this.shallow.catch(() => (this.shallow = undefined))
    return this.shallow
  }

  /** `git ls-remote` for refs matching the patterns (heads only unless `tags`): ref name → commit id. */
  async lsRemote(remote: string, patterns: readonly string[] = [], options: { tags?: boolean } = {}): Promise<Map<string, string>> {
    const out = await this.run(['ls-remote', ...(options.tags ? ['--heads', '--tags'] : ['--heads']), '--', remote, ...patterns])
    const refs = new Map<string, string>()
    for (const line of out.split('\n')) {
      if (!line) continue
      const tab = line.indexOf('\t')
      refs.set(line.slice(tab + 1), line.slice(0, tab))
    }
    return refs
  }

  /** Store `content` as a blob and return its id. */
  async writeBlob(content: string | Buffer): Promise<string> {
    return this.run(['hash-object', '-w', '--stdin'], { input: content })
  }

  async readBlob(spec: string): Promise<string> {
    return (await this.exec(['cat-file', 'blob', spec])).stdout
  }

  /** Whether git and this repository agree the folder is a repository. */
  async isRepository(): Promise<boolean> {
    return (await this.isRepositoryWith([])).repository
  }

  /**
   * `isRepository`, with `extra` rev-parse arguments asked in the same process: their output lines, or null
   * when git refused them (a bare repository has no work tree, an unborn branch no HEAD commit; the folder
   * is then asked again without them).
   */
  async isRepositoryWith(extra: readonly string[]): Promise<{ repository: boolean; extra: string[] | null }> {
    // Whether the clone is shallow and its object format come with it: the processes a scan would spend on
    // isShallow and objectFormat later (the format when it records: its objects are written in process) are saved.
    // So does git's version, from the trace git writes as it starts: no `git version` of its own.
    const r = await this.execBuffer(
      ['rev-parse', '--is-shallow-repository', '--show-object-format', '--git-dir', '--git-path', 'objects', ...extra],
      {
        allowedExitCodes: [0, 128],
        trace: Git.versionCache === undefined || !Git.configSeen.has(this.cwd),
        // And config the run needs (TRACED_KEYS) as git reads it (what `git config --get-regexp` would list).
        traceConfig: TRACED_KEYS,
      },
    )
    const traced = r.trace === undefined ? null : versionOfTrace(r.trace)
    if (traced) Git.versionCache ??= Promise.resolve(traced)
    if (r.trace !== undefined && r.traceConfig) Git.configSeen.set(this.cwd, configOfTrace(r.trace, TRACED_KEYS))
    const lines = r.stdout.toString('utf8').split('\n')
    const [shallow, format, gitDir, objects] = lines
    // rev-parse prints as it goes: when only `extra` failed, the repository's four lines came first.
    const opened = /^(?:true|false)$/.test(shallow ?? '') && /^sha(?:1|256)$/.test(format ?? '') && Boolean(gitDir) && Boolean(objects)
    if (r.exitCode !== 0 && !opened)
      return extra.length ? { repository: await this.isRepository(), extra: null } : { repository: false, extra: null }
    this.shallow ??= Promise.resolve(shallow === 'true')
    if (format === 'sha1' || format === 'sha256') this.format ??= Promise.resolve(format)
    if (objects) this.objects ??= Promise.resolve(resolvePath(this.cwd, objects))
    return { repository: true, extra: r.exitCode === 0 ? lines.slice(4) : null }
  }
}

export function parseGitVersion(text: string): GitVersion {
  const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text)
  if (!m) throw new GitError(`cannot read the git version from "${text.trim()}"`, ['version'], '', 0)
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), text: text.trim() }
}

/** git's version from its trace2 (normal or brief format: `... version 2.39.5`), or null when it names none. */
export function versionOfTrace(trace: string): GitVersion | null {
  const m = /(?:^|\s)version (\d+\.\d+\S*)\s*$/m.exec(trace)
  return m ? parseGitVersion(`git version ${m[1]}`) : null
}

/**
 * The config keys whose values come with the first rev-parse: the person's identity (see config.ts) and
 * whether the repository is shared (the permissions of the objects written in process: objects.ts).
 */
const TRACED_KEYS = ['user.name', 'user.email', 'core.sharedrepository'] as const

/** The lines of a `key value` listing whose key is one of `keys`, in order. */
function linesOf(listing: string, keys: readonly string[]): string {
  return listing
    .split('\n')
    .filter((l) => keys.includes(l.slice(0, l.indexOf(' ')).toLowerCase()))
    .join('\n')
}

/**
 * The values of `keys` a trace2 (normal format) reports, as `git config --get-regexp` lists them (`key value`
 * per line, in git's order, every scope); old gits write no `scope:`.
 */
export function configOfTrace(trace: string, keys: readonly string[]): string {
  const lines: string[] = []
  for (const line of trace.split('\n')) {
    const m = /(?:^|\s)def_param (?:scope:\S+ )?([^=\s]+)=(.*)$/.exec(line)
    if (m && keys.includes(m[1]!.toLowerCase())) lines.push(`${m[1]!.toLowerCase()} ${m[2]}`)
  }
  return lines.join('\n')
}

export function versionAtLeast(v: { major: number; minor: number }, min: { major: number; minor: number }): boolean {
  return v.major > min.major || (v.major === min.major && v.minor >= min.minor)
}

function describeArgs(args: readonly string[]): string {
  const shown = args.slice(0, 6).map((a) => (a.length > 60 ? `${a.slice(0, 57)}...` : a))
  return shown.join(' ') + (args.length > 6 ? ' ...' : '')
}
