// The entry GitHub runs for the root action (bundled into dist/root/index.js).
import { run } from './root-entry'

await run()
