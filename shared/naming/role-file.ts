import { closeSync, existsSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../errors'
import type { Role } from '../naming/branch-pattern'
import { branchNameProblem, specIdProblem } from '../naming/validate'
import { quote } from '../text/quote'

/** The local role file `agents setup` writes (git-excluded). */
export const ROLE_FILE = '.orchestrator/agent.local'
/** The name the original system used; read too, never written. */
export const CLAUDE_ROLE_FILE = '.claude/agent-role.local'
/** Both names, in the order they are read. */
export const ROLE_FILES: readonly string[] = [ROLE_FILE, CLAUDE_ROLE_FILE]

/** A role file is three short lines; anything bigger is not one (and is not read into memory whole). */
export const MAX_ROLE_FILE_BYTES = 4096
const KEYS = ['role', 'feature', 'agent'] as const
type Key = (typeof KEYS)[number]

export interface RoleFileValues {
  role?: Role
  feature?: string
  /** The agent's name: its role segment (`impl-2`, `overseer`) or its whole branch name. */
  agent?: string
}

export interface RoleFile {
  /** Path relative to the checkout, as written in messages. */
  path: string
  values: RoleFileValues
}

/**
 * Reads and validates the role file(s) in `cwd`. The file is untrusted input
 * (anyone, or any agent, can write it): its size is bounded, every line must be
 * `key: value` with a known key given once, and each value must be a valid role,
 * spec id or agent name; any problem is an InputError naming the file, the line
 * and the bad value. When both names exist they must say the same, else the
 * error names both (neither silently wins).
 */
export function readRoleFiles(cwd: string): RoleFile | null {
  const found = ROLE_FILES.filter((p) => existsSync(join(cwd, p))).map((p) => parseRoleFile(p, readBounded(cwd, p)))
  if (found.length === 0) return null
  const [first, second] = found
  if (second) {
    for (const key of KEYS) {
      const a = first!.values[key]
      const b = second.values[key]
      if (a !== b)
        throw new InputError(
          `${first!.path} and ${second.path} disagree: ${key} ${quote(a ?? '(none)')} versus ${quote(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`,
        )
    }
  }
  return first!
}

function readBounded(cwd: string, path: string): string {
  const full = join(cwd, path)
  if (!lstatSync(full).isFile()) throw new InputError(`${path} is not a regular file; expected lines like "role: implementor"`)
  const fd = openSync(full, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > MAX_ROLE_FILE_BYTES)
      throw new InputError(
        `${path} is ${size} bytes, more than the ${MAX_ROLE_FILE_BYTES} a role file may have; expected lines like "role: implementor"`,
      )
    const buffer = Buffer.alloc(size)
    const read = readSync(fd, buffer, 0, size, 0)
    return buffer.subarray(0, read).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/** Parses the text of a role file; `path` is for messages. */
export function parseRoleFile(path: string, text: string): RoleFile {
  const values: RoleFileValues = {}
  const seen = new Set<Key>()
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    const where = `${path} line ${i + 1}`
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!m)
      throw new InputError(`${where}: ${quote(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`)
    const key = m[1]!.toLowerCase()
    const value = m[2]!.trim()
    if (!(KEYS as readonly string[]).includes(key))
      throw new InputError(`${where}: unknown key ${quote(m[1]!)}; expected role, feature or agent`)
    if (seen.has(key as Key)) throw new InputError(`${where}: ${key} is given twice; give it once`)
    seen.add(key as Key)
    if (key === 'role') {
      if (value !== 'overseer' && value !== 'implementor')
        throw new InputError(`${where}: role ${quote(value)} is not valid; expected overseer or implementor`)
      values.role = value
    } else if (key === 'feature') {
      const problem = specIdProblem(value)
      if (problem)
        throw new InputError(`${where}: feature ${quote(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`)
      values.feature = value
    } else {
      const problem = branchNameProblem(value)
      if (problem)
        throw new InputError(
          `${where}: agent ${quote(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`,
        )
      values.agent = value
    }
  })
  if (!values.role && !values.feature && !values.agent)
    throw new InputError(
      `${path} names no role, feature or agent; expected lines like "role: implementor", "feature: 004-user-auth", "agent: impl-2"`,
    )
  return { path, values }
}

/** The text `agents setup` writes: the same keys, in the same order, that `parseRoleFile` reads. */
export function formatRoleFile(values: RoleFileValues): string {
  return KEYS.filter((k) => values[k])
    .map((k) => `${k}: ${values[k]}\n`)
    .join('')
}
