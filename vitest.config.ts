import { defineConfig } from 'vitest/config';

// NOTE: many tests spawn the CLI, read PDFs in a worker or drive Chromium; on a 2-core machine a
// busy moment makes a 5 s limit fail tests that are not wrong, only slow.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
