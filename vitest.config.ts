import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/main/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/services/**/*.test.ts',
      'test/renderer/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.test-output/vitest.json' }]],
    testTimeout: 20_000,
  },
});
