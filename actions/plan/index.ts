// The entry GitHub runs (bundled into dist/plan/index.js); the logic is run() in main.ts.
import { run } from './main'

await run()
