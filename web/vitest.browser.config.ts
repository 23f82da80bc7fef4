import { defineConfig } from 'vitest/config';

// Browser tests: the built SPA served by the real server, driven in Debian's Chromium.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['e2e/**/*.browser.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One server and one browser at a time keeps a 2-core machine responsive.
    fileParallelism: false,
  },
});
