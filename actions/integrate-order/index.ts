// The entry GitHub runs (bundled into dist/integrate-order/index.js); the logic is run() in main.ts.
import { run } from './main'

await run()
