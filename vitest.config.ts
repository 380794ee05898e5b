import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'site', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      // The results collector service: integration tests against SQLite and PostgreSQL.
      'collector/vitest.config.ts',
    ],
  },
});
