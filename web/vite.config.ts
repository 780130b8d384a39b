import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The API server during development; `npm run dev` at the root starts it on port 4000.
const apiUrl = process.env.NUANXIN_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Use the TypeScript source of workspace packages (their "source" export condition), so
    // shared/ needs no build step while the web app is developed or bundled.
    conditions: ['source', ...defaultClientConditions],
  },
  server: {
    proxy: {
      // Same origin for the browser, so the SameSite session cookie works in development too.
      '/graphql': { target: apiUrl, changeOrigin: false },
      '/healthz': { target: apiUrl, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
