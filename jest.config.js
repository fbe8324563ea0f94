/** Jest in ESM mode; TypeScript through ts-jest (transpile only: `npm run typecheck` checks types). */
import { availableParallelism } from 'node:os'

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  // The longest files first, also in a fresh clone (test/support/sequencer.js).
  testSequencer: '<rootDir>/test/support/sequencer.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/support/cleanup-after-file.ts'],
  reporters: ['default', '<rootDir>/test/support/plain-summary-reporter.js'],
  // A time limit catches a hang, not slowness: on a machine kept busy by other work (load 20 on 2 cores) a
  // fixture-building hook of a few hundred git processes can take minutes, so the limit is generous.
  testTimeout: 300_000,
  // One worker and a half per core: a test file waits on git, servers and back-offs part of its time, and a
  // third worker on 2 cores fills it (at rest on 2 cores: 394 s with 2 workers, 365 s with 3, the same CPU).
  // A number, not '150%': jest reads a percentage above 100 as that many workers.
  maxWorkers: Math.max(1, Math.floor(availableParallelism() * 1.5)),
}
