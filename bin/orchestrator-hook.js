#!/usr/bin/env node
// Claude Code's PreToolUse hook (`orchestrator check-path --hook` as a small bundle): see README, "check-path".
import '../dist/check-path-hook/index.js'
