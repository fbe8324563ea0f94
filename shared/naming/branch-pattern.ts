import { ConfigurationError } from '../errors'
import { branchNameProblem, specIdProblem, validateBranchName } from './validate'
import { quote } from '../text/quote'

export type Role = 'overseer' | 'implementor'

export interface BranchNaming {
  /** e.g. `feature/{spec}/{role}` */
  pattern: string
  /** the role segment for the overseer, e.g. `overseer` */
  overseer: string
  /** the role segment for implementor n, with `{n}`, e.g. `impl-{n}` */
  implementor: string
}

export const DEFAULT_NAMING: BranchNaming = { pattern: 'feature/{spec}/{role}', overseer: 'overseer', implementor: 'impl-{n}' }

export interface ParsedBranch {
  spec: string
  role: Role
  /** 1-based implementor index; absent for the overseer */
  index?: number
}

const SPEC_RE = '(\\d{3,}(?:-\\d{6})?-[a-z0-9]+(?:-[a-z0-9]+)*)'

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Checks a naming configuration; `where` names the config file or input for messages. */
export function validateNaming(naming: BranchNaming, where: string): BranchNaming {
  const count = (s: string, token: string) => s.split(token).length - 1
  if (count(naming.pattern, '{spec}') !== 1 || count(naming.pattern, '{role}') !== 1) {
    throw new ConfigurationError(
      `${where}: branches.pattern ${quote(naming.pattern)} must contain {spec} and {role} exactly once, e.g. feature/{spec}/{role}`,
    )
  }
  if (count(naming.implementor, '{n}') !== 1) {
    throw new ConfigurationError(`${where}: branches.implementor ${quote(naming.implementor)} must contain {n} exactly once, e.g. impl-{n}`)
  }
  const sample = formatBranch(naming, '001-sample', 'implementor', 1)
  const sampleO = formatBranch(naming, '001-sample', 'overseer')
  for (const [key, value] of [
    ['pattern', sample],
    ['overseer', sampleO],
  ] as const) {
    const problem = branchNameProblem(value)
    if (problem)
      throw new ConfigurationError(`${where}: branches.${key} gives branch names like ${quote(value)}, which is not valid: ${problem}`)
  }
  if (naming.overseer.includes('{') || naming.overseer === '' || /^\{n\}$/.test(naming.implementor)) {
    throw new ConfigurationError(`${where}: branches.overseer ${quote(naming.overseer)} must be a plain name such as overseer`)
  }
  return naming
}

export function formatBranch(naming: BranchNaming, spec: string, role: Role, index?: number): string {
  const roleText = role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1))
  return naming.pattern.replace('{spec}', spec).replace('{role}', roleText)
}

/** Branch name → (spec, role, index) for the naming, or null when the branch is not one of ours. */
export function parseBranch(naming: BranchNaming, name: string): ParsedBranch | null {
  if (branchNameProblem(name)) return null
  const implRe = escapeRe(naming.implementor).replace('\\{n\\}', '([1-9]\\d{0,2})')
  const roleRe = `(?:(${escapeRe(naming.overseer)})|${implRe})`
  const full = new RegExp('^' + escapeRe(naming.pattern).replace('\\{spec\\}', SPEC_RE).replace('\\{role\\}', roleRe) + '$')
  const m = full.exec(name)
  if (!m) return null
  // Group order depends on whether {spec} comes before {role} in the pattern.
  const specFirst = naming.pattern.indexOf('{spec}') < naming.pattern.indexOf('{role}')
  const [spec, overseer, n] = specFirst ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]]
  if (!spec || specIdProblem(spec)) return null
  if (overseer) return { spec, role: 'overseer' }
  return { spec, role: 'implementor', index: Number(n) }
}

/** A glob over the remote's heads that finds every branch of the naming (for ls-remote / fetch). */
export function branchGlob(naming: BranchNaming, spec = '*'): string {
  return naming.pattern.replace('{spec}', spec).replace('{role}', '*')
}

/** Validates then formats: throws InputError quoting the name if it is unusable. */
export function agentBranch(naming: BranchNaming, spec: string, role: Role, index?: number): string {
  return validateBranchName(formatBranch(naming, spec, role, index), `${role} branch`)
}
