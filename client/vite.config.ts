import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  // The shared package is compiled to CommonJS for the server; the browser takes its source.
  resolve: { alias: { '@coalition/shared': sharedSource } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true },
      '/statements': 'http://127.0.0.1:4000',
      '/briefings': 'http://127.0.0.1:4000',
      '/cases': { target: 'http://127.0.0.1:4000', bypass: (req) => (req.headers.accept?.includes('text/html') ? req.url : undefined) },
    },
  },
});
