import { RunContext } from '../context'
import { confinePath } from '../confine-path'
import { OptionValues } from '../options/options'
import { readDatabaseFile } from '../sql/database-file'
import { planImport, type ImportPlan } from '../sql/import-sqlite'
import type { AppendResult } from '../state/log'
import { COMMON_OPTIONS } from '../workspace/common-options'
import { checkAuthority, commandCaller } from './caller'
import { CommandDefinition } from './command'
import { openCommandWorkspace } from './open-workspace'

const SHOWN_BAD_ROWS = 50

/**
 * `events import --from-sqlite <db>`: a team's history from a store with the original
 * system's tables (or our own export) into the log, in one compare-and-swap. Good rows
 * import and bad ones are named (exit 2); with --strict one bad row imports nothing.
 */
export const importCommand: CommandDefinition = {
  name: 'events import',
  summary: 'Import the history of a SQLite event store (the original system\u2019s tables, or an export) into the log; safe to run twice.',
  outputs: [],
  options: [
    {
      name: 'from-sqlite',
      type: 'string',
      required: true,
      description: 'The SQLite file to read (read-only; inside the workspace or the temporary folder).',
    },
    {
      name: 'strict',
      type: 'boolean',
      default: 'false',
      description: 'Import nothing when any row is bad (default: import the good rows, name the bad ones, exit 2).',
    },
    ...COMMON_OPTIONS,
  ],
  async run(v: OptionValues, ctx: RunContext) {
    const given = v.requireString('from-sqlite')
    const path = confinePath(given, '--from-sqlite', ctx, { mustExist: true })
    // Who may import is decided before the file is read.
    const ws = await openCommandWorkspace(v, ctx)
    const caller = await commandCaller(ctx, ws)
    checkAuthority('events import', caller)
    ctx.progress?.('reading the database')
    const bytes = readDatabaseFile(path, given, '--from-sqlite')
    const plan = await planImport(bytes, given, { now: ctx.now().toISOString(), actor: caller.actor })
    const refused = v.bool('strict') && plan.bad.length > 0
    ctx.progress?.(refused ? 'bad rows: nothing is imported (--strict)' : `appending ${plan.events.length} event(s)`)
    const result = refused || plan.events.length === 0 ? null : await ws.store.append(plan.events)
    return {
      exitCode: plan.bad.length ? 2 : 0,
      outputs: {},
      text: describeImport(plan, result, refused),
      json: {
        added: result?.added.length ?? 0,
        skipped: result?.skipped.length ?? 0,
        events: plan.events.length,
        commit: result?.commit ?? null,
        pushed: result?.pushed ?? false,
        tables: plan.tables,
        ignoredTables: plan.ignored,
        bad: plan.bad,
      },
    }
  },
}

function describeImport(plan: ImportPlan, result: AppendResult | null, refused: boolean): string {
  const lines: string[] = []
  for (const t of plan.tables) {
    const covered = t.covered ? `, ${t.covered} repeating task_events` : ''
    lines.push(`${t.table}: ${t.rows} row(s), ${t.imported} good, ${t.bad} bad${covered}`)
  }
  if (plan.ignored.length) lines.push(`not read: ${plan.ignored.length} other table(s)`)
  if (refused) lines.push(`Imported nothing: ${plan.bad.length} bad row(s) and --strict`)
  else if (result === null) lines.push('Nothing to import')
  else
    lines.push(
      result.added.length
        ? `Imported ${result.added.length} new event(s) of ${plan.events.length} (${result.pushed ? `state ${result.commit?.slice(0, 7)}` : 'dry run, not pushed'})`
        : `Already imported: all ${plan.events.length} event(s) were recorded before (no change)`,
    )
  if (plan.bad.length) {
    lines.push(`${plan.bad.length} bad row(s), left out:`)
    for (const b of plan.bad.slice(0, SHOWN_BAD_ROWS)) lines.push(`  ${b.message}`)
    if (plan.bad.length > SHOWN_BAD_ROWS) lines.push(`  ... and ${plan.bad.length - SHOWN_BAD_ROWS} more (--json lists them all)`)
  }
  return lines.join('\n')
}
