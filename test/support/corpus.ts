import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Git } from '../../shared/git/git'
import { tempDir } from './repo'

/** The real-history corpus beside the project (CI has it at ../shared). */
export const FLASK_CORPUS = resolve(process.env.ORCH_CORPORA ?? resolve('..', 'shared', 'corpora'), 'flask-prs-2018')

export function corpusAvailable(dir = FLASK_CORPUS): boolean {
  return existsSync(join(dir, 'truth.txt')) && existsSync(join(dir, 'flask-prs-2018.bundle'))
}

/** In CI a missing corpus is a failure, never a skip; elsewhere the test is skipped with a note. */
export function requireCorpus(dir = FLASK_CORPUS): boolean {
  if (corpusAvailable(dir)) return true
  if (process.env.CI) throw new Error(`the conflict corpus is missing at ${dir}: CI must have ../shared/corpora beside the project`)
  console.warn(`skipping: no corpus at ${dir}`)
  return false
}

export interface TruthRow {
  left: string
  right: string
  exit: 0 | 1
  files: string[]
}

/** truth.txt: `left right exit files` per pair, files comma-separated. */
export function readTruth(dir = FLASK_CORPUS): TruthRow[] {
  return readFileSync(join(dir, 'truth.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [left, right, exit, files = ''] = line.split(' ')
      return { left: left!, right: right!, exit: Number(exit) as 0 | 1, files: files.split(',').filter(Boolean) }
    })
}

/** A bare "remote" cloned from the bundle and a working clone of it (fresh, full history). */
export async function cloneCorpus(dir = FLASK_CORPUS): Promise<{ remote: string; work: string; git: Git }> {
  const root = tempDir('orch-corpus-')
  const remote = join(root, 'remote.git')
  const work = join(root, 'work')
  const g = new Git(root)
  await g.run(['clone', '--quiet', '--bare', join(dir, 'flask-prs-2018.bundle'), remote])
  await g.run(['clone', '--quiet', '--no-checkout', remote, work])
  return { remote, work, git: new Git(work) }
}
