/**
 * Which git failures a retry can fix. Only a lost race (the branch moved)
 * and a lost connection are worth another attempt; a remote that does not
 * exist, credentials or permissions that are refused, a hook or a branch
 * protection that declines, will answer the same way every time, so the
 * caller fails at once with git's own words.
 */
const PERMANENT = [
  /does not appear to be a git repository/i,
  /repository .* not found/i,
  /no such (?:remote|file or directory|device)/i,
  /not a git repository/i,
  /authentication failed/i,
  /could not read (?:username|password)/i,
  /terminal prompts disabled/i,
  /permission (?:to .* )?denied/i,
  /\b(?:401|403|404)\b/,
  /access denied|forbidden|not allowed|unauthori[sz]ed/i,
  /hook declined|declined|protected branch|GH006|GH013/i,
  /invalid (?:username|credentials|token)/i,
  /unsupported|unknown option|usage: git/i,
]

/** Signs of a connection problem that may pass (kept apart so that "could not read from remote" with a 5xx is retried). */
const TRANSIENT = [
  /could not resolve host|connection (?:timed out|reset|refused)|timed out|early eof|unexpected disconnect|rpc failed|\b50[0-4]\b/i,
]

export function isPermanentGitFailure(stderr: string): boolean {
  if (TRANSIENT.some((re) => re.test(stderr)) && !/hook declined|protected branch|\b40[13]\b/i.test(stderr)) return false
  return PERMANENT.some((re) => re.test(stderr))
}

/**
 * The line of git's message that says what went wrong: the first `fatal:`
 * or `error:` line (or a `remote:` line that names the refusal), else the
 * last non-empty line.
 */
export function keyLine(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  const remote = lines.find((l) => /^remote: .*(?:error|denied|declined|protected|GH0\d\d)/i.test(l))
  const fatal = lines.find((l) => /^(?:fatal|error):/i.test(l))
  return remote ?? fatal ?? lines[lines.length - 1] ?? ''
}
