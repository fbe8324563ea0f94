import { isAbsolute, join } from 'node:path'
import { confineOutput } from '../confine-path'
import { pathToFileURL } from 'node:url'
import { renderSite } from '../dashboard'
import { validateRepoPath } from '../naming/validate'
import { openInBrowser, writeSite } from '../dashboard/write-site'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { COMMON_OPTIONS } from '../workspace/common-options'

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
    // A folder in the workspace or the temporary folder is reached without a symbolic link (an absolute one elsewhere is the person's).
    const dir = given
      ? isAbsolute(given)
        ? given
        : confineOutput(validateRepoPath(given, '--dir'), '--dir', ctx, { folder: true }).path
      : confineOutput(join(ctx.tempDir, 'orchestrator-dashboard'), '--dir', ctx, { folder: true }).path
    const { store } = await openCommandWorkspace(values, ctx)
    const snapshot = await store.read()
    const files = renderSite(snapshot.projection)
    const index = writeSite(dir, files)
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
