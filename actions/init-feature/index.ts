// The entry GitHub runs (bundled into dist/init-feature/index.js); the logic is run() in main.ts.
import { run } from './main'

await run()
