// Waiting on what a background process leaves behind (a file it writes), not on the clock: the probe
// runs at once and again after every change in the folder, until it answers. No deadline of its own:
// a busy machine only makes the wait longer, and the test's own timeout is the only bound.
import { watch } from 'node:fs'

export function whenFolderChanges<T>(dir: string, probe: () => T | null | Promise<T | null>): Promise<T> {
  return new Promise<T>((done, fail) => {
    let running = false
    let again = false
    let finished = false
    const watcher = watch(dir, { persistent: false }, () => void check())
    watcher.on('error', (error) => finish(() => fail(error)))
    function finish(settle: () => void): void {
      if (finished) return
      finished = true
      watcher.close()
      settle()
    }
    async function check(): Promise<void> {
      if (finished) return
      if (running) {
        again = true
        return
      }
      running = true
      try {
        do {
          again = false
          const value = await probe()
          if (value !== null) return finish(() => done(value))
        } while (again)
      } catch (error) {
        finish(() => fail(error))
      } finally {
        running = false
      }
    }
    void check()
  })
}
