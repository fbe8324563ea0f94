// Removes what global-setup.js created, so a test run leaves no folder behind.
import { rmSync } from 'node:fs'

export default function globalTeardown() {
  const dir = process.env.ORCH_TEST_GITCONFIG_OWNED
  if (dir) rmSync(dir, { recursive: true, force: true })
}
