/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app makes no connections at all (`connect-src 'none'`: the sample partner is bundled); scripts,
 * the worker, styles and images come only from its own origin. No analytics, fonts or images from elsewhere,
 * and no way for partner data to leave the browser. Added to the built page only, because the dev server needs
 * inline scripts and a socket for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const contentSecurityPolicy = (): Plugin => ({
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
});

/**
 * Offline and installable: a Workbox service worker precaches the built app (page, scripts, the engine worker,
 * styles, icons), so after the first visit it opens and scores with the network off. Registered by a script
 * file (`registerSW.js`), not an inline script, so the policy above needs no 'unsafe-inline'. The service worker
 * only serves this origin's own files; the page itself still connects nowhere.
 */
const offline = VitePWA({
  injectRegister: 'script',
  registerType: 'autoUpdate',
  manifest: {
    name: 'PCS Planner',
    short_name: 'PCS Planner',
    description: 'Your Microsoft Partner Capability Score from your own exports, in your browser: explained, simulated and planned.',
    start_url: '.',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0969da',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The sample CSVs under samples/ are for the CLI and downloads: the page bundles its own copy.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled at once, so it works offline without a second visit.
    clientsClaim: true,
    skipWaiting: true,
  },
});

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offline],
  worker: { format: 'es' },
  preview: { port: 5173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
