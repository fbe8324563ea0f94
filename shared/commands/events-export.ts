import { RunContext } from '../context'
import { InputError } from '../errors'
import { quote } from '../text/quote'
import { OptionValues } from '../options/options'
import { databaseFromStore, openDatabaseFile, writeSqliteExport } from '../sql/database-file'
import { formatTable, readOnlyQuery } from '../sql/query'
import { exportFeature } from '../views'
import { confineOutput, confinePath, writeConfined } from '../confine-path'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'
import { featureOrIdentity } from './identity'
import { COMMON_OPTIONS } from '../workspace/common-options'

// `events export` (a markdown report of one feature, or the whole log as SQLite) and
// `events sql` (one read-only query over that database).

/** Export files are paths from input: confined to the workspace or the temporary folder, outside .git. */
function outputPath(file: string, ctx: RunContext, what: string, mustExist = false): string {
  return confinePath(file, what, ctx, { mustExist })
}

export const exportCommand: CommandDefinition = {
  name: 'events export',
  summary:
    'A markdown report of one feature (events export <spec-id> [file]), or the whole log as SQLite (events export --format sqlite <file>).',
  outputs: [],
  options: [
    {
      name: 'spec-id',
      type: 'string',
      positional: 0,
      description: "The feature (markdown only; default: the checkout's, from its agent branch or local role file).",
    },
    { name: 'file', type: 'string', positional: 1, description: 'Write the report here instead of printing it (required for sqlite).' },
    {
      name: 'format',
      type: 'string',
      default: 'markdown',
      choices: ['markdown', 'sqlite'],
      description: 'markdown: one feature; sqlite: a SQLite database of every event (tables and views in the README).',
    },
    ...COMMON_OPTIONS,
  ],
  async run(v: OptionValues, ctx: RunContext) {
    const ws = await openCommandWorkspace(v, ctx)
    const { store } = ws
    if (v.string('format') === 'sqlite') {
      // The database holds every feature, so its only argument is the file.
      const given = [v.string('spec-id'), v.string('file')].filter((x): x is string => x !== undefined)
      if (given.length !== 1) {
        throw new InputError(
          `events export --format sqlite takes exactly one argument, the database file to write (got ${given.length ? given.map(quote).join(', ') : 'none'})`,
        )
      }
      const { root, path } = confineOutput(given[0], 'file', ctx)
      const { log, bytes } = await writeSqliteExport(store, { root, path }, ctx.logger, ctx.progress)
      const text = `Wrote ${path}: ${log.events.length} event(s) of ${Object.keys(log.projection.features).length} feature(s) from state ${log.commit?.slice(0, 7) ?? '(empty)'}`
      return {
        exitCode: 0,
        outputs: {},
        text,
        json: { path, events: log.events.length, commit: log.commit, bytes: bytes.length, problems: log.problems },
      }
    }
    const spec = await featureOrIdentity(v, 'spec-id', ctx, ws)
    const markdown = exportFeature(await store.read(), spec)
    const file = v.string('file')
    if (file) {
      // Like report-path elsewhere: a report folder that does not exist yet is created; no link is written through.
      const { root, path } = confineOutput(file, 'file', ctx)
      writeConfined(root, path, markdown, 'file')
      return { exitCode: 0, outputs: {}, text: `Wrote ${path}`, json: { path } }
    }
    return { exitCode: 0, outputs: {}, text: markdown, json: { markdown } }
  },
}

export const sqlCommand: CommandDefinition = {
  name: 'events sql',
  summary: 'Run one read-only SQL query over the event log as SQLite (the tables of events export --format sqlite) and print a table.',
  outputs: [],
  options: [
    {
      name: 'query',
      type: 'multiline',
      required: true,
      positional: 0,
      description: 'One SQL statement, e.g. "SELECT * FROM v_feature_status".',
    },
    { name: 'db', type: 'string', description: 'Query this exported database file instead of the state branch.' },
    ...COMMON_OPTIONS,
  ],
  async run(v: OptionValues, ctx: RunContext) {
    const dbFile = v.string('db')
    const db = dbFile
      ? await openDatabaseFile(outputPath(dbFile, ctx, '--db'), dbFile)
      : await databaseFromStore((await openCommandWorkspace(v, ctx)).store, ctx.logger)
    try {
      const result = readOnlyQuery(db, v.requireString('query'))
      const json = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])))
      return { exitCode: 0, outputs: {}, text: formatTable(result), json }
    } finally {
      db.close()
    }
  },
}
