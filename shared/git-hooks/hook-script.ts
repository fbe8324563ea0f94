/** The git hook `orchestrator hooks install` writes, and how it is recognised. */

export const HOOK_NAME = 'pre-push'
export const MARKER = '# agent-orchestrator pre-push hook'
/** The marker of the post-commit hook older versions installed (it published unpushed commits). */
export const OLD_MARKER = '# agent-orchestrator post-commit hook'
/** Where a hook that was there before ours is kept (and run first) after `install --force`. */
export const BACKUP_SUFFIX = '.before-orchestrator'

/**
 * A pre-push hook: it records only what reaches the remote. For each branch the push
 * sends, a background job waits (up to two minutes) until the remote has the pushed
 * commit, then runs `orchestrator sync-status` for that branch, which reads it from the
 * remote; a push that fails records nothing. The CLI is found in the repository's
 * node_modules/.bin (installed with npm) or on PATH, never by a path to one checkout.
 * A hook that was there before is run first, with the same input, and can still stop the push.
 */
export function hookScript(): string {
  return [
    '#!/bin/sh',
    MARKER,
    '# Records task progress (task ids in commit messages) for the branches this push sends, once the',
    '# remote has them. Runs in the background so pushing never waits; output: .git/orchestrator-sync.log.',
    'input=$(cat)',
    `previous="$(git rev-parse --git-path hooks/${HOOK_NAME})${BACKUP_SUFFIX}"`,
    'if [ -x "$previous" ]; then',
    '  printf \'%s\\n\' "$input" | "$previous" "$@" || exit $?',
    'fi',
    'remote="$1"',
    'log="$(git rev-parse --git-dir)/orchestrator-sync.log"',
    'top="$(git rev-parse --show-toplevel)"',
    'if [ -x "$top/node_modules/.bin/orchestrator" ]; then',
    '  cli="$top/node_modules/.bin/orchestrator"',
    'elif command -v orchestrator >/dev/null 2>&1; then',
    '  cli=orchestrator',
    'else',
    '  echo "orchestrator hook: the orchestrator CLI is neither in $top/node_modules/.bin nor on PATH; nothing recorded" >>"$log"',
    '  exit 0',
    'fi',
    'printf \'%s\\n\' "$input" | while read -r local_ref local_sha remote_ref remote_sha; do',
    '  case "$remote_ref" in refs/heads/*) ;; *) continue ;; esac',
    '  case "$local_sha" in *[!0]*) ;; *) continue ;; esac # a deleted branch',
    '  branch="${remote_ref#refs/heads/}"',
    '  (',
    '    i=0',
    '    while [ "$i" -lt 60 ]; do',
    '      if [ "$(git ls-remote "$remote" "$remote_ref" | cut -f1)" = "$local_sha" ]; then',
    '        "$cli" sync-status --remote "$remote" --branch "$branch" >>"$log" 2>&1',
    '        exit 0',
    '      fi',
    '      i=$((i + 1))',
    '      sleep 2',
    '    done',
    '    echo "orchestrator hook: $branch did not reach $remote at $local_sha; nothing recorded" >>"$log"',
    '  ) </dev/null >/dev/null 2>&1 &',
    'done',
    'exit 0',
    '',
  ].join('\n')
}
