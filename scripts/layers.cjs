// The layer map of the library, top to bottom: the one place it is written.
// .dependency-cruiser.cjs turns it into lint rules (npm run lint fails on an
// import that runs upward, crosses into another capability's internals, or
// closes a circle); the README's architecture section draws the same map.
//
// A tier may import only the tiers below it (and its own files). Capabilities
// share one tier: one may use another only through that one's index.ts, and
// never in a circle. Paths are relative to the repository root; a folder is
// written with a trailing slash, a file with its extension.

/** @type {{ name: string, says: string, paths: string[], siblingsByIndexOnly?: boolean }[]} */
const TIERS = [
  {
    name: 'entries',
    says: 'what GitHub or a shell starts: read inputs or flags, call one command, write outputs',
    paths: ['actions/', 'shared/action/', 'shared/cli/'],
  },
  {
    name: 'commands',
    says: 'command definitions: name, options, help, typed settings, a call into capabilities',
    paths: ['shared/commands/'],
  },
  {
    name: 'frame',
    says: 'what every command opens before it works: the workspace (git, config, state store), git hooks',
    paths: ['shared/workspace/', 'shared/git-hooks/'],
  },
  {
    name: 'capabilities',
    says: 'what the toolkit does',
    siblingsByIndexOnly: true,
    paths: [
      'shared/detect-conflicts/',
      'shared/role-ci/',
      'shared/sync-status/',
      'shared/trials/',
      'shared/suggest/',
      'shared/plan/',
      'shared/integrate/',
      'shared/agents/',
      'shared/check-path/',
      'shared/brief/',
      'shared/dashboard/',
      'shared/views/',
      'shared/notify/',
      'shared/sql/',
      'shared/open-pr/',
      'shared/init-feature/',
      'shared/demo/',
      'shared/events/',
      'shared/metrics/',
      'shared/usage/',
      'shared/resolution/',
    ],
  },
  {
    name: 'core-top',
    says: 'what capabilities share about a repository: its agent branches, its dependencies bundle',
    paths: ['shared/agent-branches.ts', 'shared/repo-deps.ts', 'shared/identity/'],
  },
  { name: 'core-state', says: 'the event log: events, projection, the compare-and-swap log', paths: ['shared/state/'] },
  { name: 'core-conflicts', says: 'the conflict engine: pairs, merge-tree, verdicts, ranges', paths: ['shared/conflicts/'] },
  { name: 'core-config', says: 'the configuration: one source, one reader, every section', paths: ['shared/config/'] },
  { name: 'core-scope', says: 'which paths a task names', paths: ['shared/scope/'] },
  {
    name: 'core-base',
    says: 'the formats we read and the platform we talk to',
    paths: ['shared/tasks/', 'shared/junit/', 'shared/github/'],
  },
  {
    name: 'foundations',
    says: 'git, text, names, options, errors, logging, the run context, path confinement',
    paths: [
      'shared/git/',
      'shared/text/',
      'shared/naming/',
      'shared/options/',
      'shared/errors.ts',
      'shared/logger.ts',
      'shared/context.ts',
      'shared/confine-path.ts',
    ],
  },
]

/**
 * Deliberate exceptions: an import that runs upward but is kept, each with why.
 * Each is [from path, to path, why]; at most four may stand (issue #24).
 */
const EXCEPTIONS = []

module.exports = { TIERS, EXCEPTIONS }
