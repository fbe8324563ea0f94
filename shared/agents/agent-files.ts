import type { AgentRole, RoleRules } from './claude-rules'
import { codexPrefixRules, codexRulesPath, CODEX_RULES_HEADER, renderCodexRules } from './codex-rules'
import { guideFile, guideSection, type AgentKind } from './guide'
import { InputError } from '../errors'
import { quotePath } from '../text/quote'
import { CHECK_PATH_HOOK, mergeCodexHooks, mergeGuide, mergeSettings, USAGE_HOOK_COMMAND, type ClaudeHook } from './settings-file'
import { briefHookCommand } from '../text/cli-invocation'

export interface AgentFile {
  path: string
  changed: boolean
  before: string | null
  after: string
}

export interface AgentFilesInput {
  role: AgentRole
  agent: AgentKind
  branch: string | null
  spec: string | null
  rules: RoleRules
  /** Our rules as last written (the sidecar), so that rules we no longer want are taken out again. */
  previous: RoleRules | null
  integration: string
  remote: string
  /** Claude Code: the check-path hook denies an edit (`--block`) instead of warning. */
  blockingHook?: boolean
  /** Claude Code: how the hook is started (see hookInvocation); default: the project's node_modules/.bin. */
  hookCommand?: string
  /** Claude Code: how the CLI's `agents record-usage` is started (Stop and SessionEnd hooks); default: the project's node_modules/.bin. */
  usageHookCommand?: string
  /** A file's current text, or null when it does not exist (the work tree, or a commit for init-feature). */
  read: (path: string) => string | null
}

/** Our PreToolUse hook entry for these files: the command as the CLI was started, denying with `--block`. */
export function claudeHook(input: Pick<AgentFilesInput, 'hookCommand' | 'blockingHook'>): ClaudeHook {
  const command = input.hookCommand ?? CHECK_PATH_HOOK.command
  return { ...CHECK_PATH_HOOK, command: input.blockingHook ? `${command} --block` : command }
}

/** The brief hook (`agents brief --hook`), started the way the PreToolUse hook is. */
export function briefCommand(input: Pick<AgentFilesInput, 'hookCommand'>): string {
  return briefHookCommand(input.hookCommand ?? CHECK_PATH_HOOK.command)
}

/**
 * Every file one agent kind reads for one role, with its new text merged
 * into what is there: permission settings (Claude Code's JSON, Codex's rules
 * file) and the guide section. Pure: the caller decides where it is written.
 */
export function agentFiles(input: AgentFilesInput): AgentFile[] {
  const files: AgentFile[] = []
  const plan = (path: string, make: (before: string | null) => string): void => {
    const before = input.read(path)
    const after = make(before)
    files.push({ path, changed: before !== after, before, after })
  }
  const local = input.role === 'implementor'
  if (input.agent === 'claude') {
    const settings = local ? '.claude/settings.local.json' : '.claude/settings.json'
    // With the PreToolUse hook that runs check-path before each edit, the usage hooks after each turn, and
    // the brief at each session and prompt.
    plan(settings, (before) =>
      mergeSettings(
        before,
        input.rules,
        input.previous,
        settings,
        claudeHook(input),
        input.usageHookCommand ?? USAGE_HOOK_COMMAND,
        briefCommand(input),
      ),
    )
  }
  if (input.agent === 'codex') {
    const path = codexRulesPath(input.role)
    plan(path, (before) => {
      // The whole file is ours; one a person wrote under our name is not overwritten.
      if (before !== null && before.trim() !== '' && !before.startsWith(CODEX_RULES_HEADER))
        throw new InputError(
          `${quotePath(path)} exists and was not written by agents setup: move your rules to another .rules file; nothing was written`,
        )
      return renderCodexRules(codexPrefixRules(input.rules, input.remote), input.role, input.spec)
    })
    // Codex reads hooks from .codex/hooks.json only (no local variant): the brief's command is the same for every role.
    plan('.codex/hooks.json', (before) => mergeCodexHooks(before, briefCommand(input), '.codex/hooks.json'))
  }
  plan(guideFile(input.agent, input.role), (before) =>
    mergeGuide(
      before,
      guideSection({
        role: input.role,
        branch: input.branch,
        spec: input.spec,
        rules: input.rules,
        integration: input.integration,
        agent: input.agent,
      }),
    ),
  )
  return files
}
