import { createHash } from 'node:crypto'
import { InputError } from '../errors'
import { pairKey } from './plan-pairs'
import type { PairSpec, ShardSpec } from './types'

const MAX_SHARDS = 256

/** `"2/4"` → `{ index: 2, count: 4 }`. */
export function parseShard(text: string): ShardSpec {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text)
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null
  if (!shard) throw new InputError(`shard ${JSON.stringify(text)} is not valid: expected i/n such as 2/4`)
  validateShard(shard.index, shard.count)
  return shard
}

export function validateShard(index: number, count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS || !Number.isInteger(index) || index < 1 || index > count) {
    throw new InputError(`shard "${index}/${count}" is not valid: expected i/n with 1 <= i <= n <= ${MAX_SHARDS}`)
  }
}

/** Which shard (1-based) of `count` a pair belongs to. */
export function shardOf(pair: { left: string; right: string }, count: number): number {
  // A hash of the branch names, not a position in a list: jobs that list the
  // branches at slightly different moments still agree on every old pair.
  const digest = createHash('sha256').update(pairKey(pair)).digest()
  return (digest.readUInt32BE(0) % count) + 1
}

/** The pairs of shard `index` of `count`; the shards together hold every pair exactly once. */
export function shardPairs(pairs: readonly PairSpec[], index: number, count: number): PairSpec[] {
  validateShard(index, count)
  return pairs.filter((p) => shardOf(p, count) === index)
}
