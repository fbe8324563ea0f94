// Checks scan results against a corpus's truth.txt (`left right exit files`, files comma-separated).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PairResult } from '../../shared/conflicts/types'

export function compareTruth(results: readonly PairResult[], dir: string): string[] {
  const key = (a: string, b: string): string => (a < b ? `${a} ${b}` : `${b} ${a}`)
  const truth = new Map<string, string>()
  for (const line of readFileSync(join(dir, 'truth.txt'), 'utf8').split('\n')) {
    const [left, right, exit, files = ''] = line.trim().split(' ')
    if (left && right) truth.set(key(left, right), `${exit} ${files.split(',').filter(Boolean).join(',')}`)
  }
  const problems: string[] = []
  if (truth.size !== results.length) problems.push(`truth.txt has ${truth.size} pairs, the scan ${results.length}`)
  for (const r of results) {
    const got = `${r.status === 'conflicted' ? 1 : r.status === 'clean' ? 0 : r.status} ${r.files.map((f) => f.path).join(',')}`
    const want = truth.get(key(r.left, r.right))
    if (got !== want) problems.push(`truth differs on ${r.left} ${r.right}: ${got} vs ${want}`)
  }
  return problems
}
