// The entry GitHub runs (bundled into dist/sync-status/index.js); the logic is run() in main.ts.
import { run } from './main'

await run()
