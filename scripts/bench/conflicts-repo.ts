// Generates the benchmark repository with one `git fast-import` stream: a long
// main history over thousands of files, and agent branches forked from
// different points of its recent history, a controlled share of which edit
// the same "hot" files.
import type { Git } from '../../shared/git/git'

export interface RepoShape {
  commits: number
  files: number
  branches: number
  /** Share of branches that also edit shared files (0..1). */
  overlap: number
  seed: number
  /** Branches fork from the last `forkWindow` commits of main (default 300); the whole main line makes real topic-branch shapes. */
  forkWindow?: number
}

export interface GeneratedBranch {
  name: string
  hot: boolean
}

const LINES = 30
const HOT_FILES = 3
const HOT_LINES = 80

/** Small deterministic PRNG (LCG), so every run builds the same repository. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

class Stream {
  private readonly parts: Buffer[] = []
  private time = 1_700_000_000
  add(text: string): void {
    this.parts.push(Buffer.from(text, 'utf8'))
  }
  data(text: string): void {
    this.add(`data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`)
  }
  commit(ref: string, mark: number, message: string, from?: number): void {
    this.add(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.invalid> ${this.time++} +0000\n`)
    this.data(message)
    if (from) this.add(`from :${from}\n`)
  }
  file(path: string, lines: readonly string[]): void {
    this.add(`M 100644 inline ${path}\n`)
    this.data(lines.join('\n') + '\n')
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts)
  }
}

/** File versions over main's history, so a branch edits the file as it was where the branch forked. */
class FileHistory {
  private readonly versions = new Map<string, Array<{ mark: number; lines: string[] }>>()
  set(path: string, mark: number, lines: string[]): void {
    const list = this.versions.get(path) ?? []
    list.push({ mark, lines })
    this.versions.set(path, list)
  }
  at(path: string, mark: number): string[] {
    const list = this.versions.get(path)!
    let found = list[0]!
    for (const v of list) if (v.mark <= mark) found = v
    return [...found.lines]
  }
}

export async function generateRepo(git: Git, shape: RepoShape): Promise<GeneratedBranch[]> {
  const rand = random(shape.seed)
  const pick = (n: number): number => Math.floor(rand() * n)
  const dirs = Math.max(shape.branches, Math.ceil(shape.files / 30))
  const paths = Array.from(
    { length: shape.files },
    (_, i) => `src/mod-${String(i % dirs).padStart(3, '0')}/file-${String(i).padStart(5, '0')}.ts`,
  )
  const hot = Array.from({ length: HOT_FILES }, (_, i) => `src/shared/hot-${i + 1}.ts`)
  const history = new FileHistory()
  const s = new Stream()

  s.commit('refs/heads/main', 1, 'initial import')
  for (const path of paths) {
    const lines = Array.from({ length: LINES }, (_, l) => `export const v${l} = '${path} line ${l + 1}'`)
    history.set(path, 1, lines)
    s.file(path, lines)
  }
  for (const path of hot) {
    const lines = Array.from({ length: HOT_LINES }, (_, l) => `export const hot${l} = ${l}`)
    history.set(path, 1, lines)
    s.file(path, lines)
  }
  for (let mark = 2; mark <= shape.commits; mark++) {
    s.commit('refs/heads/main', mark, `main change ${mark}`)
    for (let k = 0, n = 1 + pick(3); k < n; k++) {
      const path = paths[pick(paths.length)]!
      const lines = history.at(path, mark)
      lines[pick(LINES)] = `export const changed = 'main ${mark}'`
      history.set(path, mark, lines)
      s.file(path, lines)
    }
  }

  const branches: GeneratedBranch[] = []
  const hotEvery = shape.overlap > 0 ? Math.max(1, Math.round(1 / shape.overlap)) : Infinity
  let mark = shape.commits
  for (let b = 0; b < shape.branches; b++) {
    const name = `agent/${String(b + 1).padStart(2, '0')}`
    const isHot = b % hotEvery === 0
    const fork = shape.commits - pick(Math.min(shape.forkWindow ?? 300, shape.commits - 1))
    const own = paths.filter((_, i) => i % dirs === b)
    const files = new Map<string, string[]>()
    const edit = (path: string, line: number, text: string): void => {
      const lines = files.get(path) ?? history.at(path, fork)
      lines[line] = text
      files.set(path, lines)
    }
    const commits = 1 + pick(3)
    for (let c = 0; c < commits; c++) {
      s.commit(`refs/heads/${name}`, ++mark, `${name} commit ${c + 1}`, c === 0 ? fork : undefined)
      for (let k = 0, n = 1 + pick(3); k < n; k++) edit(own[pick(own.length)]!, pick(LINES), `export const mine = '${name} ${c}'`)
      // Hot branches edit one of a few shared regions: same file and region conflict, same file elsewhere merges.
      if (isHot && c === 0) edit(hot[pick(HOT_FILES)]!, [5, 30, 60][pick(3)]!, `export const hot = '${name}'`)
      for (const [path, lines] of files) s.file(path, lines)
    }
    branches.push({ name, hot: isHot })
  }
  await git.exec(['fast-import', '--quiet', '--done'], { input: Buffer.concat([s.buffer(), Buffer.from('done\n')]) })
  return branches
}
