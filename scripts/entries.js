// The bundles this repository ships: source entry → dist/<name>/index.js.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export function entries(root = process.cwd()) {
  const list = [
    { name: 'cli', source: 'shared/cli/main.ts' },
    { name: 'root', source: 'shared/action/root-main.ts' },
    // Claude Code's PreToolUse hook: small on purpose, it runs before every edit (bin/orchestrator-hook.js).
    { name: 'check-path-hook', source: 'shared/check-path/hook-main.ts' },
  ]
  for (const dir of readdirSync(join(root, 'actions'), { withFileTypes: true })) {
    if (dir.isDirectory() && existsSync(join(root, 'actions', dir.name, 'index.ts'))) {
      list.push({ name: dir.name, source: `actions/${dir.name}/index.ts` })
    }
  }
  // ORCH_BUILD_ONLY=cli,root limits the build (the check-dist test uses it to stay fast).
  const only = process.env.ORCH_BUILD_ONLY ? process.env.ORCH_BUILD_ONLY.split(',') : null
  return list
    .filter((e) => existsSync(join(root, e.source)) && (!only || only.includes(e.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
}
