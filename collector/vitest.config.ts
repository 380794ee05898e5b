import { defineProject } from 'vitest/config';

/** The collector's integration tests: real SQLite files and a real PostgreSQL (see test/pg-global-setup.ts). */
export default defineProject({
  test: {
    name: 'collector',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/pg-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
