import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** A CSP source allowing exactly this inline text. */
const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The page's Content-Security-Policy: scripts and styles from this origin only (plus the inlined stylesheet and
 * the shell's inlined script, by hash), requests only to https and loopback tenants, and no HTML put into the DOM except through Svelte's own
 * Trusted Types policy (its template cloning), so an injection sink that slips in fails loudly. */
export function contentSecurityPolicy(styleSources: string[] = [], scriptSources: string[] = []): string {
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...scriptSources].join(' '),
    ['style-src', "'self'", ...styleSources].join(' '),
    "img-src 'self' data:",
    'connect-src https: http://localhost:* http://127.0.0.1:*',
    // Silent authentication loads the tenant's /authorize in a hidden frame: https tenants, and loopback ones.
    'frame-src https: http://localhost:* http://127.0.0.1:*',
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types svelte-trusted-html',
  ].join('; ');
}

/**
 * Headers for static hosts that set them (Netlify, Cloudflare Pages): what a meta tag cannot say, too. Framing is
 * refused twice (frame-ancestors and X-Frame-Options, for older browsers); the opener policy keeps other sites'
 * windows away from this one but still lets it open a login popup.
 */
const headers = (policy: string) =>
  [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Frame-Options: DENY',
    '  Cross-Origin-Opener-Policy: same-origin-allow-popups',
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
          hashes.push(hashSource(css));
          // The file stays named (disabled, so never fetched): a chunk loaded later that lists it as its own
          // stylesheet finds it on the page and does not fetch it again.
          html = html.replace(
            link,
            (tag) =>
              `<style>${css}</style>\n    ${tag.replace('<link rel="stylesheet"', '<link rel="stylesheet" disabled')}`,
          );
        }
        // Inline scripts (the shell's early view, src/ui/shell/early.ts) run by their hash and nothing else does.
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code = '']) => hashSource(code));
        policy = contentSecurityPolicy(hashes, scripts);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">`;
        return html.replace('<head>', `<head>\n    ${meta}`);
      },
    },
    closeBundle: () => writeFileSync(join(outDir, '_headers'), headers(policy)),
  };
};

/**
 * The first screen is drawn with the styles of the app's components (the stylesheets of the chunks the app starts
 * with): linked from the HTML, where the csp plugin inlines them. Their scripts are not preloaded: the app is fetched
 * on a person's first intent (src/main.ts), all its chunks at once, so a visit that only looks fetches none of it.
 */
const shellStyles = (entry = 'src/boot.ts'): Plugin => ({
  name: 'shell-styles',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const bundle = context.bundle ?? {};
      const boot = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(entry));
      if (!boot) return html;
      const visited = new Set<string>();
      const styles = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        // The entry's own stylesheet is linked already.
        if (chunk?.type !== 'chunk' || chunk.isEntry || visited.has(fileName)) return;
        visited.add(fileName);
        chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
        chunk.imports.forEach(visit);
      };
      visit(boot.fileName);
      const links = [...styles].map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`);
      return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
    },
  },
});

/**
 * The first screen, rendered at build time by the app's own components (src/shell.ts, built for Node alongside the
 * page) and written into index.html's mount points, so the page can be typed into before any script has run.
 */
const shell = (entry = 'src/shell.ts'): Plugin[] => {
  let rendered: Promise<{ shell: Record<string, string>; translations: unknown[] }> | undefined;
  const render = async (root: string) => {
    const outDir = mkdtempSync(join(tmpdir(), 'shell-'));
    try {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        plugins: [svelte()],
        ssr: { noExternal: true },
        build: {
          ssr: entry,
          outDir,
          emptyOutDir: false,
          target: 'node20',
          rolldownOptions: { output: { codeSplitting: false } },
        },
      });
      const { renderShells } = await import(pathToFileURL(join(outDir, 'shell.js')).href);
      return renderShells();
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  };
  /** The early view's script (src/ui/shell/early.ts), built for the browser as one function to inline. */
  const early = async (root: string) => {
    const built = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/ui/shell/early-entry.ts', formats: ['iife'], name: 'early' },
      },
    });
    const output = (Array.isArray(built) ? built[0] : built) as { output: Array<{ type: string; code?: string }> };
    const code = output.output.find((item) => item.type === 'chunk')?.code?.trim() ?? '';
    if (code.includes('</')) throw new Error('the early script cannot be inlined: it contains "</"');
    return code;
  };
  let inlined: Promise<string> | undefined;
  let root = '';
  const translations = 'virtual:shell-translations';
  return [
    {
      name: 'shell',
      apply: (config, { command }) => command === 'build' && !config.build?.ssr,
      configResolved: (config) => void (root = config.root),
      buildStart: () => {
        rendered = render(root);
        inlined = early(root);
      },
      transformIndexHtml: async (html) => {
        const pieces = (await rendered)?.shell ?? {};
        // In the head, so it hears the token box from the moment the box exists (before the entry script has run).
        const script = `<script>${await inlined}</script>`;
        return html
          .replace(/<!--shell:(\w+)-->/g, (_, name: string) => pieces[name] ?? '')
          .replace('</head>', `  ${script}\n  </head>`);
      },
    },
    {
      // The shell's words in the other languages (src/ui/shell/translation.ts); none where there is no shell (dev).
      name: 'shell-translations',
      resolveId: (id) => (id === translations ? `\0${translations}` : undefined),
      load: async (id) =>
        id === `\0${translations}`
          ? `export default ${JSON.stringify((await rendered)?.translations ?? [])};`
          : undefined,
    },
  ];
};

export default defineConfig({
  base: './',
  plugins: [svelte(), shell(), shellStyles(), csp()],
  build: { target: 'es2022' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    // tests/clock/later.mjs without faketime: the suite runs with Date years ahead.
    setupFiles: process.env.SHIFT_CLOCK ? ['tests/clock/shift-date.ts'] : [],
  },
});
