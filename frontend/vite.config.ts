/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Where /api is forwarded in `vite` (dev) and `vite preview`.
const backendUrl = process.env.BACKEND_URL ?? 'http://127.0.0.1:8080';

const proxy = {
  '/api': {
    target: backendUrl,
    changeOrigin: false,
    xfwd: true,
  },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // the machine has 2 cores shared with the backend's tests: a page that renders in 300 ms alone can take seconds then
    testTimeout: 30000,
    unstubGlobals: true,
    // far from Vietnam, so a date formatted without the explicit zone fails the tests
    env: { TZ: 'America/Los_Angeles' },
  },
});
