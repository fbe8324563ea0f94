// The README's layer map, drawn from scripts/layers.cjs (the map the lint
// enforces), so the picture and the rule cannot drift apart.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

interface Tier {
  name: string
  says: string
  paths: string[]
  siblingsByIndexOnly?: boolean
}

export function loadLayers(): { TIERS: Tier[]; EXCEPTIONS: [string, string, string][] } {
  return createRequire(import.meta.url)(resolve('scripts/layers.cjs'))
}

const short = (path: string) => path.replace(/^shared\//, '')

/** A mermaid picture (tiers top to bottom, arrows one way) and a table of each tier's folders. */
export function layerMapMarkdown(tiers: readonly Tier[], exceptions: readonly [string, string, string][]): string {
  const lines = ['```mermaid', 'flowchart TB']
  for (const tier of tiers) {
    const label = `${tier.name}<br/>${tier.paths.map(short).join(' ')}`
    lines.push(`  ${tier.name.replace(/-/g, '_')}["${label}"]`)
  }
  for (let i = 0; i + 1 < tiers.length; i++) lines.push(`  ${tiers[i].name.replace(/-/g, '_')} --> ${tiers[i + 1].name.replace(/-/g, '_')}`)
  lines.push('```', '', '| tier | folders and files | what it holds |', '| --- | --- | --- |')
  for (const tier of tiers) {
    const rule = tier.siblingsByIndexOnly ? ' One reaches another only through its `index.ts`.' : ''
    lines.push(`| ${tier.name} | ${tier.paths.map((p) => '`' + p + '`').join(', ')} | ${tier.says}.${rule} |`)
  }
  lines.push('')
  if (!exceptions.length) lines.push('Exceptions: none. No import runs upward.')
  else {
    lines.push('Deliberate exceptions (each an upward import kept on purpose):', '')
    for (const [from, to, why] of exceptions) lines.push(`- \`${from}\` → \`${to}\`: ${why}`)
  }
  return lines.join('\n')
}
