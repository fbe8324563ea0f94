import { InputError, messageOf } from '../errors'
import { quote } from '../text/quote'
import { Git } from '../git/git'
import { Logger } from '../logger'
import { RegisteredTask } from '../state/events'
import { nearestNames } from '../naming/nearest'
import { parseTasks } from '../tasks'
import { readFileAt, subfolderNames } from '../git/objects'

export interface SpecInfo {
  name: string
  tasks: RegisteredTask[]
  tasksFile?: string
}

/** A readable title from the spec's first heading, else from the slug. */
export function titleFrom(specMd: string | null, spec: string): string {
  const heading = specMd?.split(/\r?\n/).find((l) => /^#\s+\S/.test(l))
  if (heading) {
    const text = heading
      .replace(/^#\s+/, '')
      .replace(/^Feature Specification:\s*/i, '')
      .trim()
    if (text) return text.slice(0, 200)
  }
  const slug = spec.replace(/^(?:\d{8}-\d{6}|\d+)-/, '')
  return slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
}

/** The feature's name and tasks as the base commit has them (spec folder optional). */
export async function readSpecInfo(git: Git, commit: string, spec: string, tasksPattern: string, logger: Logger): Promise<SpecInfo> {
  const specFolder = tasksPattern.replace('{spec}', spec).replace(/\/[^/]*$/, '')
  const specMd = await readFileAt(git, commit, `${specFolder}/spec.md`)
  const name = titleFrom(specMd, spec)
  const tasksFile = tasksPattern.replace('{spec}', spec)
  const text = await readFileAt(git, commit, tasksFile)
  if (text === null) return { name, tasks: [] }
  try {
    const doc = parseTasks(text, tasksFile)
    return {
      name,
      tasksFile,
      tasks: doc.tasks.map((t) => ({
        id: t.id,
        ...(t.phase ? { phase: t.phase.slice(0, 200) } : {}),
        description: t.description.slice(0, 500),
      })),
    }
  } catch (error) {
    logger.warning(`${tasksFile} could not be read, so no tasks were registered: ${messageOf(error)}`, { file: tasksFile })
    return { name, tasks: [] }
  }
}

/**
 * Refuses a spec id that names no spec folder where the repository has spec
 * folders (a typo would otherwise create branches and register an empty
 * feature), naming the nearest ones. A repository with no spec folders at
 * all, or a tasks pattern whose spec is not a folder, is not checked.
 */
export async function assertSpecFolder(git: Git, commit: string, spec: string, tasksPattern: string, baseName: string): Promise<void> {
  const at = tasksPattern.indexOf('/{spec}/')
  if (at === -1) return
  const parent = tasksPattern.slice(0, at)
  const folders = await subfolderNames(git, commit, parent)
  if (!folders?.length || folders.includes(spec)) return
  const near = nearestNames(spec, folders)
  const shown = near.length ? near : [...folders].sort().slice(0, 5)
  throw new InputError(
    `spec-id ${quote(spec)} has no folder ${parent}/${spec}/ on ${baseName} (${commit.slice(0, 7)}): ` +
      (near.length
        ? `did you mean ${shown.map(quote).join(', ')}? `
        : `the spec folders there are ${shown.map(quote).join(', ')}${folders.length > shown.length ? ` and ${folders.length - shown.length} more` : ''}. `) +
      'Nothing was pushed. Pass --allow-missing-spec (input allow-missing-spec: true) to create the branches anyway.',
  )
}
