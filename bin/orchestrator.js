#!/usr/bin/env node
// The `orchestrator` CLI: the committed bundle, so `npx orchestrator` works without a build step.
import '../dist/cli/index.js'
