import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { changedPaths } from '../../shared/role-ci'
import { cleanupTemp, makeRepo, tempDir } from '../support/repo'

afterAll(cleanupTemp)

const text = (seed: string) => Array.from({ length: 40 }, (_, i) => `${seed} line ${i}\n`).join('')

describe("the guard's list of changed paths depends on the two commits only", () => {
  it('is the same in a clone whose work tree, attributes and user config try to change it', async () => {
    const repo = await makeRepo({ '.github/workflows/ci.yml': text('ci'), 'docs/a.md': text('a'), 'docs/b.md': text('b') })
    const base = await repo.git.run(['rev-parse', 'HEAD'])
    // Two inexact renames (one of them out of a protected folder) and a new symlink.
    await repo.commit(
      'impl',
      {
        '.github/workflows/ci.yml': null,
        'moved/ci-copy.yml': text('ci').replace('line 3', 'LINE 3'),
        'docs/a.md': null,
        'moved/a-copy.md': text('a').replace('line 5', 'LINE 5'),
        link: { symlink: '.github/workflows' },
      },
      'move things',
    )
    const head = await repo.git.run(['rev-parse', 'HEAD'])
    const plain = await changedPaths(repo.git, base, head)
    expect(plain.filter((c) => c.status.startsWith('R')).map((c) => [c.fromPath, c.path])).toEqual([
      ['docs/a.md', 'moved/a-copy.md'],
      ['.github/workflows/ci.yml', 'moved/ci-copy.yml'],
    ])

    // The same clone turned hostile: a rename limit of 1 (git then reports delete + add), renames
    // off, a diff driver and `-diff` everywhere, from the work tree, .git/info and the user's files.
    writeFileSync(join(repo.dir, '.gitattributes'), '* -diff diff=evil\n')
    writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '* -diff\n')
    const home = tempDir('orch-hostile-home-')
    const config = join(home, 'gitconfig')
    writeFileSync(config, '[diff]\n\trenames = false\n\trenameLimit = 1\n[diff "evil"]\n\ttextconv = false\n')
    const saved = process.env.GIT_CONFIG_GLOBAL
    process.env.GIT_CONFIG_GLOBAL = config
    try {
      // Raw git in that clone does see something else: the test would notice a guard that used it.
      const raw = await repo.git.run(['diff', '--raw', '-M', '--no-abbrev', base, head])
      expect(raw).not.toMatch(/\tR\d*|^:.* R\d+\t/m)
      expect(await changedPaths(repo.git, base, head)).toEqual(plain)
    } finally {
      if (saved === undefined) delete process.env.GIT_CONFIG_GLOBAL
      else process.env.GIT_CONFIG_GLOBAL = saved
    }
  })
})
