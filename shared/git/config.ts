import type { Git } from './git'

/**
 * `git config`: the person's identity as their commits carry it.
 */

/**
 * `user.name <user.email>` as git would sign a commit here, or null when neither is set (or git cannot tell).
 * Read synchronously: the CLI's actor is looked up only when a command first asks for it (recording an
 * event, checking authority), so a command that records nothing starts no git for it.
 */
export function userIdentity(git: Git): string | null {
  // Reported by the rev-parse that opened the repository (its trace): no process of its own.
  const seen = git.seenIdentityConfig()
  if (seen !== undefined) return identityOf(seen)
  try {
    const r = git.execSync(CONFIG_ARGS, { allowedExitCodes: [0, 1, 128] })
    return r.exitCode === 0 ? identityOf(r.stdout) : null
  } catch {
    return null
  }
}

const CONFIG_ARGS = ['config', '--get-regexp', '^user\\.(name|email)$']

function identityOf(stdout: string): string | null {
  const values = new Map<string, string>()
  for (const line of stdout.split('\n')) {
    const m = /^user\.(name|email) (.*)$/.exec(line.trim())
    if (m) values.set(m[1]!, m[2]!.trim())
  }
  const name = values.get('name')
  const email = values.get('email')
  if (!name && !email) return null
  // The actor field holds 100 characters of plain text.
  const who = name && email ? `${name} <${email}>` : (name ?? `<${email}>`)
  return who.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100)
}

/** A URL's password (and user) hidden: `https://user:secret@host` → `https://***@host`. */
function hideUserinfo(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/g, '//***@')
}

/**
 * The configuration entries (every scope git reads here, included files too) that hand a credential to any
 * process that can read them: an `http.*.extraheader` (what actions/checkout persists), a remote or
 * `insteadOf` URL with a password in it. Named with the credential hidden; empty when git cannot tell.
 */
export async function credentialEntries(git: Git): Promise<string[]> {
  const r = await git.exec(
    ['config', '--null', '--get-regexp', '^(http\\..*extraheader|remote\\..*\\.(url|pushurl)|url\\..*\\.(insteadof|pushinsteadof))$'],
    { allowedExitCodes: [0, 1, 128] },
  )
  if (r.exitCode !== 0) return []
  const found: string[] = []
  const withPassword = /^[a-z][a-z0-9+.-]*:\/\/[^/@\s]*:[^/@\s]*@/i
  for (const entry of r.stdout.split('\0')) {
    const cut = entry.indexOf('\n')
    const key = cut < 0 ? entry : entry.slice(0, cut)
    const value = cut < 0 ? '' : entry.slice(cut + 1)
    if (!key) continue
    const holds = /extraheader$/i.test(key)
      ? value.trim() !== ''
      : withPassword.test(value) || withPassword.test(key.replace(/^url\./i, ''))
    if (holds) found.push(hideUserinfo(key))
  }
  return [...new Set(found)]
}
