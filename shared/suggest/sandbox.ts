import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Git } from '../git/git'
import { initRepository, setConfig } from '../git/init'
import { mergeNoCommit, pushCommitsTo, switchBranch } from '../git/working-tree'

/** Who the sandbox's merge and the suggestion's commit are by. */
export const SUGGEST_IDENTITY = { name: 'agent-orchestrator', email: 'agent-orchestrator@users.noreply.github.com' }

export interface ResolverSandbox {
  /** Everything the resolver may write: its repository, HOME and TMPDIR; removed whole by `close`. */
  root: string
  /** The repository of the conflicted merge (the resolver's working directory). */
  work: string
  /** The resolver's whole environment. */
  env: Record<string, string>
  close(): void
}

// What the resolver's environment keeps of ours: where programs are and the locale. Nothing else
// (no token, no runner file, no path to the scanning clone such as GITHUB_WORKSPACE or PWD).
const KEPT = new Set(['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'TERM', 'SYSTEMROOT', 'COMSPEC', 'PATHEXT', 'WINDIR'])

/**
 * A repository of its own for one resolver run, the conflicted merge in
 * progress in it: `left` checked out, `git merge --no-commit right` done (diff3
 * markers in the files, the stages in the index), as a person resolving it
 * would find it. The two tips and their history are copied in (a push from
 * `source`, the scan's object sandbox, with no hook run): no alternates file,
 * no remote, nothing in it names the scanning clone. HOME and TMPDIR point
 * inside the sandbox, so `~` and `../` are the sandbox's too.
 */
export async function openResolverSandbox(
  source: Git,
  pair: { left: string; right: string; leftSha: string; rightSha: string },
  tempRoot?: string,
): Promise<ResolverSandbox> {
  const root = mkdtempSync(join(tempRoot ?? tmpdir(), 'orch-suggest-'))
  try {
    const home = join(root, 'home')
    const tmp = join(root, 'tmp')
    const work = join(root, 'work')
    for (const dir of [home, tmp]) mkdirSync(dir)
    const globalConfig = join(home, '.gitconfig')
    writeFileSync(globalConfig, '')
    const isolated = {
      HOME: home,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: globalConfig,
      GIT_DIR: undefined,
      GIT_WORK_TREE: undefined,
      GIT_INDEX_FILE: undefined,
      GIT_OBJECT_DIRECTORY: undefined,
      GIT_ALTERNATE_OBJECT_DIRECTORIES: undefined,
      GIT_COMMON_DIR: undefined,
      GIT_CONFIG: undefined,
      GIT_CONFIG_PARAMETERS: undefined,
      GIT_CONFIG_COUNT: undefined,
    }
    const git = new Git(work, isolated)
    // An unborn placeholder first: the tips' own branch names then arrive by push like any other ref.
    await initRepository(new Git(root, isolated), work, { branch: 'orchestrator-sandbox' })
    await pushCommitsTo(source, join(work, '.git'), [
      `${pair.leftSha}:refs/heads/${pair.left}`,
      `${pair.rightSha}:refs/heads/${pair.right}`,
    ])
    await setConfig(git, 'user.name', SUGGEST_IDENTITY.name)
    await setConfig(git, 'user.email', SUGGEST_IDENTITY.email)
    await switchBranch(git, pair.left)
    const conflicted = await mergeNoCommit(git, pair.right, 'diff3')
    if (!conflicted) throw new Error(`${pair.left} and ${pair.right} merge cleanly in the sandbox`)
    const env: Record<string, string> = {}
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && KEPT.has(key)) env[key] = value
    Object.assign(env, {
      HOME: home,
      TMPDIR: tmp,
      TMP: tmp,
      TEMP: tmp,
      CI: 'true',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_TERMINAL_PROMPT: '0',
      ORCHESTRATOR_SUGGEST_LEFT: pair.left,
      ORCHESTRATOR_SUGGEST_RIGHT: pair.right,
    })
    return { root, work, env, close: () => rmSync(root, { recursive: true, force: true }) }
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    throw error
  }
}
