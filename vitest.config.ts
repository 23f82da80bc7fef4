import { defineConfig } from 'vitest/config';

// One vitest run covers every package; each project keeps its own config beside its code.
export default defineConfig({
  test: {
    projects: [
      'shared/vitest.config.ts',
      'server/vitest.config.ts',
      'web/vitest.config.ts',
      'web/vitest.browser.config.ts',
    ],
  },
});
