import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['packages/*/test/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // A test checks results, not speed (that is `npm run bench`): on a loaded two-core machine the
    // longest runs (10 000 epochs on the tips) take twice Vitest's default 5 s.
    testTimeout: 60_000,
  },
});
