import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // SQLite files and workbooks are real: give slow disks some room.
    testTimeout: 30_000,
    pool: 'forks',
    env: { PASSERELLES_CHECK_OUTPUT: '1' },
  },
});
