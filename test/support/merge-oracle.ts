import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Git } from '../../shared/git/git'
import { tempDir } from './repo'

/**
 * An oracle for merges that shares no code with the engine: raw git, run the
 * plain way, parsed here with the simplest reading of git's documented output.
 */
export interface RawMerge {
  /** 0 clean, 1 conflicted, 128 refused (e.g. unrelated histories). */
  exit: number
  /** Conflicted paths as raw bytes, in git's order (from --name-only). */
  paths: Buffer[]
  /** Stage entries of each conflicted path (by its bytes as latin1). */
  stages: Map<string, { 1?: string; 2?: string; 3?: string; modes: string[] }>
  /** git's informational messages, joined. */
  messages: string
}

export async function rawMergeTree(git: Git, left: string, right: string): Promise<RawMerge> {
  const base = ['-c', 'merge.conflictStyle=merge', 'merge-tree', '--write-tree', '-z']
  const names = await git.execBuffer([...base, '--name-only', left, right], { allowedExitCodes: [0, 1, 128] })
  if (names.exitCode === 128) return { exit: 128, paths: [], stages: new Map(), messages: names.stderr }
  const full = await git.execBuffer([...base, left, right], { allowedExitCodes: [0, 1] })
  const nameFields = splitNul(names.stdout)
  const paths: Buffer[] = []
  for (let i = 1; i < nameFields.length && nameFields[i]!.length > 0; i++) paths.push(nameFields[i]!)
  const stages: RawMerge['stages'] = new Map()
  const fields = splitNul(full.stdout)
  let i = 1
  for (; i < fields.length && fields[i]!.length > 0; i++) {
    const f = fields[i]!
    const tab = f.indexOf(0x09)
    const [mode, oid, stage] = f.subarray(0, tab).toString('latin1').split(' ')
    const key = f.subarray(tab + 1).toString('latin1')
    const entry = stages.get(key) ?? { modes: [] }
    entry[Number(stage) as 1 | 2 | 3] = oid
    entry.modes.push(mode!)
    stages.set(key, entry)
  }
  const messages = fields
    .slice(i + 1)
    .map((f) => f.toString('utf8'))
    .join('\n')
  return { exit: names.exitCode, paths, stages, messages }
}

function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = []
  let start = 0
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0) {
      out.push(buf.subarray(start, i))
      start = i + 1
    }
  }
  if (start < buf.length) out.push(buf.subarray(start))
  return out
}

export interface Hunk {
  ours: string[]
  theirs: string[]
}

/**
 * The conflict hunks of a three-way text merge, from `git merge-file` on
 * temporary files with markers longer than any line of the inputs, so no line
 * of content can be read as a marker.
 */
export async function mergeFileHunks(git: Git, texts: { base: Buffer; ours: Buffer; theirs: Buffer }): Promise<Hunk[]> {
  const dir = tempDir('orch-oracle-')
  const files = { ours: join(dir, 'ours'), base: join(dir, 'base'), theirs: join(dir, 'theirs') }
  writeFileSync(files.ours, texts.ours)
  writeFileSync(files.base, texts.base)
  writeFileSync(files.theirs, texts.theirs)
  const longest = Math.max(
    ...[texts.base, texts.ours, texts.theirs].flatMap((b) =>
      b
        .toString('latin1')
        .split('\n')
        .map((l) => l.length),
    ),
  )
  const size = Math.max(8, longest + 1)
  const r = await git.execBuffer(
    ['merge-file', '-p', `--marker-size=${size}`, '-L', 'ours', '-L', 'base', '-L', 'theirs', files.ours, files.base, files.theirs],
    { allowedExitCodes: Array.from({ length: 128 }, (_, i) => i) },
  )
  const out = r.stdout.toString('latin1').split('\n')
  const strip = (l: string): string => (l.endsWith('\r') ? l.slice(0, -1) : l)
  const hunks: Hunk[] = []
  let current: Hunk | null = null
  let side: 'ours' | 'theirs' = 'ours'
  for (const raw of out) {
    const l = strip(raw)
    if (l === `${'<'.repeat(size)} ours`) {
      current = { ours: [], theirs: [] }
      side = 'ours'
    } else if (current && l === '='.repeat(size)) side = 'theirs'
    else if (current && l === `${'>'.repeat(size)} theirs`) {
      hunks.push(current)
      current = null
    } else if (current) current[side].push(raw)
  }
  return hunks
}

/** The lines of a file as the engine counts them (a final newline ends the last line), bytes as latin1. */
export function fileLines(content: Buffer): string[] {
  const text = content.toString('latin1')
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
