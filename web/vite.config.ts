import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Use `@kinerja/shared` straight from its TypeScript source (no build step in development).
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' } },
  // GraphiQL's Vite worker setup imports Monaco's workers with `?worker`, which the dependency pre-bundler
  // cannot load: serve that one module as it is (the build bundles it normally).
  optimizeDeps: { exclude: ['@graphiql/react/setup-workers/vite', 'graphiql/setup-workers/vite'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: they would publish the whole source and weigh more than the
    // code itself. (`vite` in development still maps everything.)
    sourcemap: false,
    // GraphiQL's React-compiler directives ("use no memo") are dropped when bundled; that is harmless.
    rolldownOptions: {
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
