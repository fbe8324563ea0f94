import { readFileSync } from 'node:fs'
import { makeRepo, TestRepo } from './repo'

export const SPEC = '004-user-auth'

/** A repository whose main branch holds a spec-kit spec folder for 004-user-auth. */
export async function makeFeatureRepo(): Promise<TestRepo> {
  return makeRepo({
    'README.md': '# app\n',
    'src/app.ts': Array.from({ length: 20 }, (_, i) => `export const line${i + 1} = ${i + 1}\n`).join(''),
    [`specs/${SPEC}/spec.md`]: '# Feature Specification: User Authentication\n\nText.\n',
    [`specs/${SPEC}/tasks.md`]: readFileSync('test/fixtures/spec/tasks.md', 'utf8'),
  })
}
