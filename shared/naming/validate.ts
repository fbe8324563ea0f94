import { InputError } from '../errors'
import { quote } from '../text/quote'
import { BIDI, C0, C1, DEL, LINE_SEPARATORS, SOFT_MARKS, ZERO_WIDTH, charPattern } from '../text/controls'

/** Spec ids: `NNN-slug` (3+ digits) or spec-kit's timestamp form `YYYYMMDD-HHMMSS-slug`. */
const SPEC_ID = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_SPEC_ID = 100
const MAX_BRANCH_BYTES = 200
/** What may appear in a branch name we create or accept: a deliberate allowlist. */
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/
// Bidi controls and other invisible format characters that can disguise a name.
const INVISIBLE = charPattern([C0, DEL, C1, BIDI, LINE_SEPARATORS, ZERO_WIDTH, SOFT_MARKS])

/** Why `value` is not acceptable as a spec id, or null when it is. */
export function specIdProblem(value: string): string | null {
  if (value === '') return 'it is empty'
  if (value.length > MAX_SPEC_ID) return `it is longer than ${MAX_SPEC_ID} characters`
  if (INVISIBLE.test(value)) return 'it contains control or invisible characters'
  if (/[/\\]/.test(value) || value.includes('..')) return 'it would leave the specs folder'
  if (!SPEC_ID.test(value)) return 'it does not have the form of a spec id'
  return null
}

export function validateSpecId(value: string, what = 'spec-id'): string {
  const problem = specIdProblem(value)
  if (problem) {
    throw new InputError(
      `${what} ${quote(value)} is not valid: ${problem}; expected NNN-short-name (3+ digits, a dash, lowercase letters, digits and dashes, e.g. 004-user-auth) or YYYYMMDD-HHMMSS-short-name`,
    )
  }
  return value
}

/** Why `value` is not acceptable as a branch name, or null when it is. */
export function branchNameProblem(value: string): string | null {
  if (value === '') return 'it is empty'
  if (Buffer.byteLength(value) > MAX_BRANCH_BYTES) return `it is longer than ${MAX_BRANCH_BYTES} bytes`
  if (INVISIBLE.test(value)) return 'it contains control or invisible characters'
  if (/\s/.test(value)) return 'it contains whitespace'
  if (value.startsWith('-')) return 'it starts with "-" (it would be read as an option)'
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value)) return 'it is an absolute path'
  if (value.startsWith('refs/')) return 'it starts with "refs/" (give the short branch name)'
  if (value.includes('..')) return 'it contains ".."'
  if (value.includes('@{')) return 'it contains "@{"'
  if (value.includes('//')) return 'it contains "//"'
  if (value.endsWith('/')) return 'it ends with "/"'
  if (value.endsWith('.')) return 'it ends with "."'
  if (value === '@' || value === 'HEAD') return `"${value}" is reserved by git`
  if (!BRANCH_CHARS.test(value)) return 'it contains characters outside letters, digits, ".", "_", "-" and "/"'
  for (const part of value.split('/')) {
    if (part.startsWith('.')) return `the part "${part}" starts with "."`
    if (part.endsWith('.lock')) return `the part "${part}" ends with ".lock"`
  }
  return null
}

/** The branch a full ref names (`refs/heads/<branch>`), or null when it names no branch. */
export function branchOfRef(ref: string | null | undefined): string | null {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null
}

export function validateBranchName(value: string, what = 'branch'): string {
  const problem = branchNameProblem(value)
  if (problem) {
    throw new InputError(
      `${what} ${quote(value)} is not valid: ${problem}; expected a branch name of letters, digits, ".", "_", "-" and "/" (e.g. feature/004-user-auth/impl-1)`,
    )
  }
  return value
}

/**
 * A relative path inside the repository (tasks files, config files): no
 * absolute paths, no `..`, no `.git`, no NUL.
 */
export function validateRepoPath(value: string, what: string): string {
  const parts = value.split(/[/\\]/)
  const problem =
    value === ''
      ? 'it is empty'
      : INVISIBLE.test(value)
        ? 'it contains control or invisible characters'
        : value.startsWith('/') || /^[A-Za-z]:/.test(value)
          ? 'it is an absolute path'
          : parts.includes('..')
            ? 'it contains ".." and would leave the repository'
            : parts.some((p) => p.toLowerCase() === '.git')
              ? 'it points into ".git"'
              : null
  if (problem) throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected a path relative to the repository root`)
  return value
}

const STATE_BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/

/**
 * The state store's own check of its branch (it may be opened without the
 * CLI's validateBranchName): stricter on the first character, and with its
 * own message, which the store has always given.
 */
export function assertStateBranch(branch: string): string {
  if (
    !STATE_BRANCH.test(branch) ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.endsWith('/') ||
    branch.endsWith('.') ||
    branch.endsWith('.lock') ||
    branch.includes('/.')
  ) {
    throw new InputError(
      `state branch ${JSON.stringify(branch)} is not valid: expected letters, digits, ".", "_", "-" and "/" (like orchestrator/state), without "..", "//" or a ".lock" ending`,
    )
  }
  return branch
}

/** What git's check-ref-format refuses in a name (roughly), and a leading "-" that would read as an option. */
const UNSAFE_GIT_NAME = new RegExp(`${charPattern([C0, DEL]).source}|[ :?*[\\\\^~]|\\.\\.|@\\{|^-|^/|/$|\\.lock$`)

/** A remote or branch name that goes into a refspec as it is: a plain git name, else an InputError naming `kind`. */
export function checkPlainGitName(kind: string, name: string): void {
  if (!name || name.length > 255 || UNSAFE_GIT_NAME.test(name)) {
    throw new InputError(
      `${kind} ${JSON.stringify(name)} is not valid: expected a plain git name (no spaces, no leading "-", no "..", ":" or control characters)`,
    )
  }
}
