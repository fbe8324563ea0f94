import type { Git } from './git'

/**
 * `git config`: the person's identity as their commits carry it.
 */

/** `user.name <user.email>` as git would sign a commit here, or null when neither is set (or git cannot tell). */
export async function userIdentity(git: Git): Promise<string | null> {
  try {
    const r = await git.exec(['config', '--get-regexp', '^user\\.(name|email)$'], { allowedExitCodes: [0, 1, 128] })
    if (r.exitCode !== 0) return null
    const values = new Map<string, string>()
    for (const line of r.stdout.split('\n')) {
      const m = /^user\.(name|email) (.*)$/.exec(line.trim())
      if (m) values.set(m[1]!, m[2]!.trim())
    }
    const name = values.get('name')
    const email = values.get('email')
    if (!name && !email) return null
    // The actor field holds 100 characters of plain text.
    const who = name && email ? `${name} <${email}>` : (name ?? `<${email}>`)
    return who.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 100)
  } catch {
    return null
  }
}
