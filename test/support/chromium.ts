// The browser the dashboard's browser test drives: Debian's chromium through puppeteer-core (no
// browser download). CHROMIUM_PATH names another one; otherwise the usual system paths are tried.
import { existsSync } from 'node:fs'

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/** The browser to launch, or the one line that says why there is none and how to get one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { missing: string } {
  const named = env.CHROMIUM_PATH
  if (named) {
    return existsSync(named)
      ? { path: named }
      : {
          missing: `no Chromium at CHROMIUM_PATH=${JSON.stringify(named)}: point CHROMIUM_PATH at a chromium binary, or unset it and install Debian's chromium (sudo apt-get install chromium)`,
        }
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p))
  return found
    ? { path: found }
    : {
        missing: `no Chromium at ${CHROMIUM_CANDIDATES.join(' or ')}: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a chromium binary`,
      }
}

/** An error jest prints as its message alone (no stack): the one line a missing browser deserves. */
export function oneLineError(message: string): Error {
  const error = new Error(message)
  error.stack = `Error: ${message}`
  return error
}
