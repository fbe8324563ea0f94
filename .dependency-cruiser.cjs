// Lint of the house (npm run lint): the layer map in scripts/layers.cjs made
// into rules. An import that runs upward, reaches into another capability's
// internals, closes a circle, or comes from a file the map does not place
// fails the lint. See the README's architecture section.
const { TIERS, EXCEPTIONS } = require('./scripts/layers.cjs')

const escapeRe = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pattern = (paths) => `^(${paths.map((p) => escapeRe(p) + (p.endsWith('/') ? '' : '$')).join('|')})`
const mapped = pattern(TIERS.flatMap((tier) => tier.paths))
const exceptionsFrom = (index) =>
  EXCEPTIONS.filter(([from]) => TIERS[index].paths.some((p) => from.startsWith(p))).map(([from, to]) => [from, to])

const upward = TIERS.slice(1).map((tier, at) => {
  const index = at + 1
  const above = TIERS.slice(0, index).flatMap((t) => t.paths)
  const allowed = exceptionsFrom(index)
  return {
    name: `upward-from-${tier.name}`,
    comment: `${tier.name} imports only the tiers below it (scripts/layers.cjs)`,
    severity: 'error',
    from: { path: pattern(tier.paths), ...(allowed.length ? { pathNot: pattern(allowed.map(([from]) => from)) } : {}) },
    to: { path: pattern(above) },
  }
})

const crossing = TIERS.filter((tier) => tier.siblingsByIndexOnly).map((tier) => {
  const names = tier.paths.map((p) => escapeRe(p.replace(/^shared\//, '').replace(/\/$/, '')))
  return {
    name: `cross-${tier.name}`,
    comment: 'a capability reaches another only through its index.ts',
    severity: 'error',
    from: { path: `^shared/(${names.join('|')})/` },
    to: { path: `^shared/(${names.join('|')})/`, pathNot: ['^shared/$1/', '^shared/[^/]+/index\\.ts$'] },
  }
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no circle of imports, type-only ones included',
      severity: 'error',
      from: { path: '^(shared|actions)/' },
      to: { circular: true },
    },
    {
      name: 'unmapped',
      comment: 'every file of the library stands on a tier of scripts/layers.cjs',
      severity: 'error',
      from: { path: '^(shared|actions)/', pathNot: [mapped, '\\.d\\.ts$'] },
      to: {},
    },
    {
      name: 'to-unmapped',
      comment: 'every file of the library stands on a tier of scripts/layers.cjs',
      severity: 'error',
      from: { path: '^(shared|actions)/' },
      to: { path: '^shared/', pathNot: [mapped, '\\.d\\.ts$'] },
    },
    ...upward,
    ...crossing,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|test|scripts|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
