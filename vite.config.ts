import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The page's Content-Security-Policy: scripts and styles from this origin only (plus the one inlined stylesheet,
 * by hash), requests only to https and loopback tenants. */
export function contentSecurityPolicy(styleHashes: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    ['style-src', "'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' '),
    "img-src 'self' data:",
    'connect-src https: http://localhost:* http://127.0.0.1:*',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Headers for static hosts that set them (Netlify, Cloudflare Pages): what a meta tag cannot say, too. */
const headers = (policy: string) =>
  [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');

/**
 * The built page only (dev mode injects styles of its own): the first stylesheet is inlined so the first paint
 * waits for no request, allowed by its hash; the CSP goes in as a meta tag and into dist/_headers.
 */
const csp = (): Plugin => {
  let outDir = 'dist';
  let policy = contentSecurityPolicy();
  return {
    name: 'csp',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const hashes: string[] = [];
        for (const asset of Object.values(context.bundle ?? {})) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="[^"]*${asset.fileName.replaceAll('.', '\\.')}"[^>]*>`,
          );
          if (!link.test(html)) continue;
          const css = String(asset.source);
          hashes.push(createHash('sha256').update(css).digest('base64'));
          html = html.replace(link, () => `<style>${css}</style>`);
        }
        policy = contentSecurityPolicy(hashes);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">`;
        return html.replace('<head>', `<head>\n    ${meta}`);
      },
    },
    closeBundle: () => writeFileSync(join(outDir, '_headers'), headers(policy)),
  };
};

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
