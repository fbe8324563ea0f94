import { spawn } from 'node:child_process'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderSite, SITE_DIR } from '../dashboard/site'
import { InputError } from '../errors'
import type { Logger } from '../logger'
import { quote, validateRepoPath } from '../naming/validate'
import { COMMON_OPTIONS } from '../options/options'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'

/** Opens a file in the desktop's browser without a shell; a failure is a warning (the path is printed anyway). */
function openInBrowser(path: string, logger: Logger): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [path]] : process.platform === 'win32' ? ['explorer.exe', [path]] : ['xdg-open', [path]]
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', (e) => logger.warning(`could not open a browser (${command}: ${e.message}); open ${path} yourself`))
    child.unref()
  } catch (e) {
    logger.warning(`could not open a browser (${command}: ${(e as Error).message}); open ${path} yourself`)
  }
}

export const dashboardCommand: CommandDefinition = {
  name: 'dashboard',
  summary: 'Render the web dashboard (the docs/ site of the state branch) from the current state into a folder, and optionally open it.',
  options: [
    { name: 'dir', type: 'string', description: 'Folder to write the site to (default: orchestrator-dashboard in the temporary folder).' },
    { name: 'open', type: 'boolean', default: 'false', description: 'Open the dashboard in the default browser.' },
    ...COMMON_OPTIONS,
  ],
  outputs: [],
  async run(values, ctx) {
    const given = values.string('dir')
    const dir = given
      ? isAbsolute(given)
        ? given
        : join(ctx.cwd, validateRepoPath(given, '--dir'))
      : join(ctx.tempDir, 'orchestrator-dashboard')
    const { store } = await openCommandWorkspace(values, ctx)
    const snapshot = await store.read()
    const files = renderSite(snapshot.projection)
    // Written beside and swapped in, so an open page never shows half a site.
    const next = `${dir}.next-${process.pid}`
    rmSync(next, { recursive: true, force: true })
    for (const [path, html] of files) {
      const target = join(next, path.slice(SITE_DIR.length + 1))
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, html)
    }
    try {
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dirname(dir), { recursive: true })
      renameSync(next, dir)
    } catch (e) {
      rmSync(next, { recursive: true, force: true })
      throw new InputError(`could not write the dashboard to ${quote(dir)}: ${(e as Error).message}`)
    }
    const index = resolve(dir, 'index.html')
    if (values.bool('open')) openInBrowser(index, ctx.logger)
    const features = Object.keys(snapshot.projection.features).length
    return {
      exitCode: 0,
      outputs: {},
      text: `Dashboard of ${features} feature(s) from state ${snapshot.commit?.slice(0, 7) ?? '(empty)'}: ${pathToFileURL(index).href}`,
      json: { dir, index, url: pathToFileURL(index).href, files: files.length, commit: snapshot.commit },
    }
  },
}
