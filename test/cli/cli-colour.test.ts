import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ansiPaint, colourWanted, markerPainter } from '../../shared/text/colour'
import { runCli } from '../../shared/cli/run-cli'
import { COMMANDS } from '../../shared/commands/registry'
import { neutralize } from '../../shared/text/neutralize'
import { impl, initFeature } from '../support/agent-feature'
import { runCliProcess } from '../support/cli'
import { makeFeatureRepo, SPEC } from '../support/feature-repo'
import { cleanupTemp, TestRepo } from '../support/repo'

// Coloured, TTY-aware CLI output (issue 17, item 6): colour only our framing,
// never text from users or agents; plain in pipes and Actions logs; NO_COLOR
// and FORCE_COLOR respected.

afterAll(cleanupTemp)

// Every SGR sequence the CLI may write: our styles' on and off codes.
const OURS = /\u001b\[(?:1;31|1;33|1;36|22;39|1|22|32|31|39|2)m/g
const HOSTILE = 'Evil \u001b[31mred\u001b[0m \u001b]0;pwned\u0007 \u001b]8;;http://x\u0007link\u001b]8;;\u0007\n::warning::forged'
const NO_ENV = { FORCE_COLOR: undefined, NO_COLOR: undefined, GITHUB_ACTIONS: undefined, TERM: undefined }

describe('when to colour', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then Actions, then the terminal', () => {
    const cases: Array<[Record<string, string>, boolean, boolean]> = [
      [{}, true, true],
      [{}, false, false],
      [{ NO_COLOR: '1' }, true, false],
      [{ NO_COLOR: '' }, true, true],
      [{ NO_COLOR: 'false' }, true, false],
      [{ GITHUB_ACTIONS: 'true' }, true, false],
      [{ TERM: 'dumb' }, true, false],
      [{ FORCE_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '3' }, false, true],
      [{ FORCE_COLOR: 'true' }, false, true],
      [{ FORCE_COLOR: '1', GITHUB_ACTIONS: 'true' }, false, true],
      [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
      [{ FORCE_COLOR: '0' }, true, false],
      [{ FORCE_COLOR: 'false' }, true, false],
      [{ FORCE_COLOR: '' }, true, true],
      [{ FORCE_COLOR: 'banana' }, false, false],
    ]
    for (const [env, tty, want] of cases) expect({ env, tty, colour: colourWanted(env, tty) }).toEqual({ env, tty, colour: want })
  })

  it('marks survive neutralising, input cannot forge them, and finish turns them into colour or nothing', () => {
    const { paint, finish } = markerPainter()
    const other = markerPainter()
    const text = `${paint('ok', 'clean')} ${neutralize(HOSTILE)} ${other.paint('bad', 'forged')}`
    const coloured = finish(neutralize(text), true)
    expect(coloured.startsWith(ansiPaint('ok', 'clean'))).toBe(true)
    expect(coloured.replace(OURS, '')).not.toContain('\u001b')
    // Another painter's marks (a stand-in for marks inside input) are not ours: never turned into colour.
    expect(coloured).not.toContain(ansiPaint('bad', 'forged'))
    expect(finish(neutralize(text), false)).toBe(`clean ${neutralize(HOSTILE)} ${other.paint('bad', 'forged')}`)
  })
})

describe('coloured CLI output in a real repository', () => {
  let repo: TestRepo
  beforeAll(async () => {
    repo = await makeFeatureRepo()
    await initFeature(repo, 2)
    // Events refuse control characters; what a check prints is the agent's text that reaches the screen raw.
    const add = await runCliProcess(['events', 'raise-blocker', 'db', 'waiting ::warning::forged', '--feature', SPEC], repo.dir)
    expect([add.code, add.stderr]).toEqual([0, expect.not.stringContaining('error')])
    await repo.git.run(['checkout', '-q', '-b', impl(1), `origin/${impl(1)}`])
    writeFileSync(join(repo.dir, 'evil.cjs'), `process.stdout.write(${JSON.stringify(HOSTILE)}); process.exit(3)\n`)
  })
  const status = (env: Record<string, string | undefined>) => runCliProcess(['events', 'status', SPEC], repo.dir, { ...NO_ENV, ...env })

  it('prints no escape codes in a pipe, nor in an Actions log', async () => {
    for (const env of [{}, { GITHUB_ACTIONS: 'true' }, { FORCE_COLOR: '0' }]) {
      const r = await status(env)
      expect({ env, code: r.code }).toEqual({ env, code: 0 })
      expect(r.stdout).toContain('blocker db')
      expect(r.stdout).not.toContain('\u001b')
    }
  })

  it('with FORCE_COLOR=1 colours our labels only; hostile text stays neutralised', async () => {
    const r = await status({ FORCE_COLOR: '1' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`- ${ansiPaint('warning', 'blocker')} db`)
    expect(r.stdout).toContain(ansiPaint('heading', 'Agent'.padEnd(5)).slice(0, 8))
    expect(r.stdout.replace(OURS, '')).not.toContain('\u001b')
    // A check's output (the agent's text) with colours, a title, a link and a forged workflow command: neutralised.
    const check = await runCliProcess(['run-tests', '--commands', 'evil: node evil.cjs', '--no-conflict-check'], repo.dir, {
      ...NO_ENV,
      FORCE_COLOR: '1',
    })
    expect(check.code).toBe(1)
    expect(check.stdout).toContain(`${ansiPaint('bad', '✗')} evil`)
    expect(check.stdout).toContain(`${ansiPaint('bad', 'FAILED')}: exit code 3`)
    expect(check.stdout).toContain('Evil red')
    expect(check.stdout).toContain('\u200b::warning::forged')
    expect(check.stdout.replace(OURS, '')).not.toContain('\u001b')
    expect(check.stdout).not.toContain('\u0007')
    const piped = await runCliProcess(['run-tests', '--commands', 'evil: node evil.cjs', '--no-conflict-check'], repo.dir, NO_ENV)
    expect(piped.stdout).not.toContain('\u001b')
    expect(piped.stdout).toContain('✗ evil')
    // Stderr labels too, around a neutralised message.
    const bad = await runCliProcess(['events', 'status', 'not a spec'], repo.dir, { ...NO_ENV, FORCE_COLOR: '1' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`orchestrator events status: ${ansiPaint('error', 'error:')} spec-id "not a spec"`)
    const plainBad = await runCliProcess(['events', 'status', 'not a spec'], repo.dir, NO_ENV)
    expect(plainBad.stderr).toMatch(/^orchestrator events status: error: spec-id "not a spec"/)
  })

  it('colours a terminal, and NO_COLOR wins over the terminal', async () => {
    const run = async (env: Record<string, string | undefined>) => {
      let out = ''
      let err = ''
      const code = await runCli(['events', 'status', SPEC], COMMANDS, '0.0.0', {
        stdout: (t) => void (out += t),
        stderr: (t) => void (err += t),
        env,
        cwd: repo.dir,
        stdoutIsTty: true,
        stderrIsTty: true,
      })
      return { code, out, err }
    }
    const tty = await run({})
    expect(tty.code).toBe(0)
    expect(tty.out).toContain(ansiPaint('warning', 'blocker'))
    expect(tty.out.replace(OURS, '')).not.toContain('\u001b')
    const noColour = await run({ NO_COLOR: '1' })
    expect(noColour.out).toContain('- blocker db')
    expect(noColour.out).not.toContain('\u001b')
  })

  it('paints --json never', async () => {
    const r = await runCliProcess(['events', 'status', SPEC, '--json'], repo.dir, { ...NO_ENV, FORCE_COLOR: '1' })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('\u001b')
    expect(r.stdout).not.toContain('\ue000')
    expect(JSON.parse(r.stdout).features[0].blockers[0].id).toBe('db')
  })
})
