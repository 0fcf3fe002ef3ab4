import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The page's Content-Security-Policy: scripts and styles only from this origin, requests only to https and loopback tenants. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  'connect-src https: http://localhost:* http://127.0.0.1:*',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers for static hosts that set them (Netlify, Cloudflare Pages): what a meta tag cannot say, too. */
const headers = [
  '/*',
  `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
  '  Referrer-Policy: no-referrer',
  '  X-Content-Type-Options: nosniff',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
  '',
].join('\n');

/** Dev mode injects styles inline, so the CSP goes into the built page only, as a meta tag and in _headers. */
const csp = (): Plugin => ({
  name: 'csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
      injectTo: 'head-prepend',
    },
  ],
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headers });
  },
});

export default defineConfig({
  base: './',
  plugins: [svelte(), csp()],
  build: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
  },
});
