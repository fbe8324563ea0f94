// Writes every action.yml and the README's generated sections from the
// command definitions. Run: npm run generate. With --check it changes
// nothing and exits 1 when a file is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { ACTION_COMMANDS as COMMANDS, COMMANDS as CLI_COMMANDS } from '../shared/commands/registry'
import { commandManifest } from './command-manifest'
import { actionReadmeTable, actionYml, rootActionYml } from './action-metadata'
import { replaceGenerated } from './readme-sections'
import { TASK_REFERENCE_RULES } from '../shared/tasks'
import { schemaMarkdown } from '../shared/sql/schema'
import { layerMapMarkdown, loadLayers } from './layer-map'

const check = process.argv.includes('--check')
const stale: string[] = []

function put(path: string, content: string): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : null
  if (old === content) return
  stale.push(path)
  if (!check) writeFileSync(path, content)
}

for (const cmd of COMMANDS) {
  mkdirSync(`actions/${cmd.name}`, { recursive: true })
  put(`actions/${cmd.name}/action.yml`, actionYml(cmd))
}
put('action.yml', rootActionYml(COMMANDS))
put('shared/commands/manifest.json', commandManifest(CLI_COMMANDS, COMMANDS))
let readme = readFileSync('README.md', 'utf8')
for (const cmd of COMMANDS) readme = replaceGenerated(readme, `${cmd.name}-io`, actionReadmeTable(cmd))
readme = replaceGenerated(readme, 'task-reference-rules', TASK_REFERENCE_RULES.trim())
readme = replaceGenerated(readme, 'sql-schema', schemaMarkdown())
const layers = loadLayers()
readme = replaceGenerated(readme, 'layer-map', layerMapMarkdown(layers.TIERS, layers.EXCEPTIONS))
put('README.md', readme)

if (check && stale.length) {
  process.stderr.write(`stale generated files (run "npm run generate"): ${stale.join(', ')}\n`)
  process.exit(1)
}
process.stdout.write(stale.length ? `${check ? 'stale' : 'wrote'}: ${stale.join(', ')}\n` : 'generated files are up to date\n')
