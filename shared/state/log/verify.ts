import type { Git } from '../../git/git'
import { catFileBatch } from '../../git/cat-file'
import type { StateLayout } from './paths'
import type { StateRenderer } from './renderer'
import { serializeProjection } from '../projection/projection'
import type { Projection, StateProblem } from '../projection/projection-types'
import { objectName } from './state-at-commit'

export interface VerifyResult {
  /** True when projection.json and every view equal what a full rebuild gives. */
  ok: boolean
  commit: string | null
  /** Files that differ from the rebuild (or are missing), sorted. */
  mismatches: string[]
  problems: StateProblem[]
}

/** Compares the files stored at `commit` with the projection rebuilt from its events and the views rendered from it. */
export async function verifyState(
  git: Git,
  layout: StateLayout,
  renderer: StateRenderer,
  commit: string | null,
  rebuilt: Projection,
): Promise<VerifyResult> {
  if (!commit) return { ok: true, commit, mismatches: [], problems: [] }
  const expected = new Map<string, string>([[layout.projectionPath, serializeProjection(rebuilt)], ...renderer.render(rebuilt, layout)])
  const paths = [...expected.keys()].sort()
  const found = await catFileBatch(
    git,
    paths.map((p) => objectName(commit, p)),
  )
  const mismatches = paths.filter((p, i) => {
    const f = found[i]
    return f.missing || f.content.toString('utf8') !== expected.get(p)
  })
  return { ok: mismatches.length === 0, commit, mismatches, problems: rebuilt.problems }
}
