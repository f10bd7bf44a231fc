import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The dev server forwards everything that is not the web app to a running shop (`make run` on :8080),
// so the browser sees one origin, as it does behind the gateway.
const shop = process.env.K8SSHOP_ORIGIN ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(['/api', '/connect', '/.well-known', '/account'].map((path) => [path, { target: shop, changeOrigin: false }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // The CI machine has two cores shared with ten .NET processes at times: a test's time limit is about
    // that load, not about the app (a real hang still fails, later).
    testTimeout: 20_000,
  },
})
