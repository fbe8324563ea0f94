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

/**
 * Whether the clone keeps credentials a process of the job could read: an `http.*.extraheader`
 * (what actions/checkout persists, also through an included file) or a remote URL with a user or
 * password in it. Only the names of the settings are looked at, never printed.
 */
export async function keptCredentials(git: Git): Promise<string[]> {
  const r = await git.exec(
    ['config', '--local', '--includes', '--name-only', '--get-regexp', '^(http\\..*\\.extraheader|remote\\..*\\.url)$'],
    {
      allowedExitCodes: [0, 1, 128],
    },
  )
  if (r.exitCode !== 0) return []
  const names = r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const found = names.filter((n) => /\.extraheader$/i.test(n))
  for (const name of names.filter((n) => /^remote\..*\.url$/i.test(n))) {
    const url = await git.exec(['config', '--local', '--includes', '--get', name], { allowedExitCodes: [0, 1, 128] })
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+@/i.test(url.stdout.trim())) found.push(name)
  }
  return [...new Set(found)].sort()
}
