import { spawn } from 'node:child_process'
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { InputError } from '../errors'
import type { Logger } from '../logger'
import { SITE_DIR } from './site'
import { quote } from '../text/quote'

/**
 * Writes the rendered site (paths under SITE_DIR) to `dir` (absolute), beside
 * it first and then swapped in, so an open page never shows half a site.
 * Returns the index page's path.
 */
export function writeSite(dir: string, files: Iterable<readonly [string, string]>): string {
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
  // Built by string, not path.resolve(dir, '<file>'): ncc's asset relocation rewrites that call into a path inside the bundle.
  return `${dir}${sep}index.html`
}

/** Opens a file in the desktop's browser without a shell; a failure is a warning (the path is printed anyway). */
export function openInBrowser(path: string, logger: Logger): void {
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
