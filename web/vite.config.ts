import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Use `@kinerja/shared` straight from its TypeScript source (no build step in development).
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
