import { RunContext } from '../context'
import { InputError } from '../errors'
import { quote } from '../text/quote'
import { OptionValues } from '../options/options'
import { boundedQuery, DEFAULT_MAX_ROWS, DEFAULT_TIME_LIMIT_S } from '../sql/bounded-query'
import { databaseBytesFromStore, readDatabaseFile, writeSqliteExport } from '../sql/database-file'
import { formatTable } from '../sql/query'
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
    {
      name: 'time-limit',
      type: 'integer',
      min: 1,
      max: 3600,
      default: String(DEFAULT_TIME_LIMIT_S),
      description: 'Seconds the query may run; a query still running then (e.g. a recursive CTE with no end) is stopped with exit 2.',
    },
    {
      name: 'max-rows',
      type: 'integer',
      min: 1,
      max: 10_000_000,
      default: String(DEFAULT_MAX_ROWS),
      description: 'Rows read and printed at most; the query stops there and the output says that more exist.',
    },
    ...COMMON_OPTIONS,
  ],
  async run(v: OptionValues, ctx: RunContext) {
    const dbFile = v.string('db')
    const query = v.requireString('query')
    const bytes = dbFile
      ? readDatabaseFile(outputPath(dbFile, ctx, '--db'), dbFile)
      : await databaseBytesFromStore((await openCommandWorkspace(v, ctx)).store, ctx.logger)
    const bounds = { timeLimitMs: (v.int('time-limit') ?? DEFAULT_TIME_LIMIT_S) * 1000, maxRows: v.int('max-rows') ?? DEFAULT_MAX_ROWS }
    const result = await boundedQuery(bytes, query, bounds)
    if (result.truncated)
      ctx.logger.warning(
        `events sql: the query has more than ${bounds.maxRows} rows; only the first ${bounds.maxRows} are shown (raise --max-rows)`,
      )
    const json = result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]])))
    return { exitCode: 0, outputs: {}, text: formatTable(result), json }
  },
}
