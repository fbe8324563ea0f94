// The entry GitHub runs (bundled into dist/detect-conflicts/index.js); the logic is run() in main.ts.
import { run } from './main'

await run()
