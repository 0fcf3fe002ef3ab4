// npm run bench: build, serve dist/ and the floor page on loopback, measure both in headless Chromium, and
// print the figures with the budgets as pass/fail. Median of RUNS cold loads (default 7).
//
// The page starts its app on a person's first intent (src/main.ts): the whole first visit is measured touching
// nothing, and every measure of the mounted app on the desktop begins as a person's visit does, with the pointer
// coming onto the page (`arrive`). The mid-phone measures stay as a person meets them: a paste into the static first
// screen is itself the intent.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build } from 'vite';

const runs = Number(process.env.RUNS ?? 7);
/** The whole first visit ends once the network and the main thread have been quiet this long, with no interaction. */
const quietMs = 3000;
/** And never before this long after load: an idle prefetch (requestIdleCallback, a timer) would have shown by then. */
const visitMinMs = 5000;
/**
 * A click into the box, then Ctrl+V: the quickest a person does it. What the page fetches on that click (the box's
 * intent) has this long; a paste in the same task as the press is measured too (pasteRightAfterClickMs).
 */
const clickToPasteMs = 300;
const root = normalize(join(import.meta.dirname, '..'));
const dist = join(root, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
// The floor once more as a Svelte component, to tell the framework's cost from the page's own work.
const svelteFloor = join(root, 'bench', 'results', 'svelte-floor');
await build({
  configFile: false,
  root: join(root, 'bench', 'svelte-floor'),
  base: './',
  logLevel: 'warn',
  plugins: [svelte()],
  build: { outDir: svelteFloor, emptyOutDir: true, target: 'es2022' },
});

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = path.startsWith('/floor')
    ? join(root, 'bench', 'floor.html')
    : path.startsWith('/svelte-floor/')
      ? normalize(join(svelteFloor, path.slice('/svelte-floor/'.length) || 'index.html'))
      : normalize(join(dist, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = '';
  if (!file) return void response.writeHead(404).end();
  // Compressed as every static host sends text (the floor's page too): the bytes a person's phone receives.
  const body = readFileSync(file);
  const compress = extname(file) in types && /\bgzip\b/.test(String(request.headers['accept-encoding']));
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
  });
  response.end(compress ? gzipSync(body) : body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const chromiumArgs = JSON.parse(readFileSync(join(root, 'chromium-args.json'), 'utf8'));
const browser = await chromium.launch({ executablePath, args: chromiumArgs });

const seed = JSON.parse(readFileSync(join(root, 'src/lib/examples/seed-token-response.json'), 'utf8')).access_token;
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const big = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ big: 'x'.repeat(740_000), exp: 4102444800 })}.c2ln`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
/** A figure beside the floor's, with the ratio the budgets judge. */
const versus = (app, floor) => `${app} ms vs ${floor} ms (×${round(app / floor, 2)})`;

/** Bytes of what was requested, by type (raw and gzip, from the files served), and per request. */
function bytesOf(requested) {
  const bytes = {};
  const each = [];
  for (const url of requested) {
    const path = new URL(url).pathname;
    const file = path.startsWith('/floor')
      ? join(root, 'bench', 'floor.html')
      : join(dist, path === '/' ? 'index.html' : path);
    if (!existsSync(file)) continue;
    const type = extname(file).slice(1);
    const content = readFileSync(file);
    const gzip = gzipSync(content, { level: 9 }).length;
    bytes[type] ??= { raw: 0, gzip: 0 };
    bytes[type].raw += content.length;
    bytes[type].gzip += gzip;
    each.push({ path, gzipKB: round(gzip / 1024, 2) });
  }
  return { bytes, each };
}

/**
 * The pointer comes onto the page (the top left corner, the header: no control there fetches anything), as it does
 * before a person uses it: the app starts on that first intent.
 */
const pointIn = (page) => page.mouse.move(8, 8);

/** The app's buttons work (the static first screen has them disabled); the floor has nothing to start. */
const mounted = (page) =>
  page.waitForFunction(() => document.querySelector('#request-form button[type="submit"]:not([disabled]), #t'));

/** A person's arrival: the page loads, the pointer comes onto it, the app mounts, and a second passes. */
async function arrive(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await pointIn(page);
  await mounted(page);
  await page.waitForTimeout(1000);
}

/**
 * One cold load: bytes by type (raw and gzip, from the files served), requests, FCP and load; then the whole first
 * visit: every request from navigation until the network and the main thread have been quiet for `quietMs`, with no
 * interaction at all (the mouse never enters the page). Then the first intent, the pointer coming onto the page: how
 * long until the app's buttons work, its longest task, and what it fetched.
 */
async function coldLoad(url, locale = 'en-US') {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const requested = [];
  let inFlight = 0;
  let lastNetwork = 0;
  page.on('request', (request) => {
    requested.push(request.url());
    inFlight++;
    lastNetwork = Date.now();
  });
  const settled = () => {
    inFlight--;
    lastNetwork = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  // Main-thread work: every long task, buffered from navigation on; those after the first intent apart.
  await page.addInitScript(() => {
    window.__lastTaskEnd = 0;
    window.__longestTask = 0;
    window.__longestIntentTask = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        window.__lastTaskEnd = Math.max(window.__lastTaskEnd, e.startTime + e.duration);
        if (window.__intentAt !== undefined && e.startTime + e.duration >= window.__intentAt)
          window.__longestIntentTask = Math.max(window.__longestIntentTask, e.duration);
        else window.__longestTask = Math.max(window.__longestTask, e.duration);
      }),
    ).observe({ type: 'longtask', buffered: true });
    document.addEventListener('pointermove', () => (window.__intentAt ??= performance.now()), { capture: true });
  });
  // First load: every request started before the page could be used (the request form, or the floor's box: typing
  // works in it). The app has mounted when its buttons work too (the static first screen has them disabled).
  await page.addInitScript(() => {
    const ready = () => document.querySelector('#request-form, #t');
    const mounted = () => document.querySelector('#request-form button[type="submit"]:not([disabled]), #t');
    const observer = new MutationObserver(() => {
      if (ready() && window.__usableAt === undefined) window.__usableAt = performance.now();
      if (!mounted()) return;
      window.__mountedAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__usableAt !== undefined);
  const loaded = await page.evaluate(() => [
    location.href,
    ...performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= window.__usableAt)
      .map((entry) => entry.name),
  ]);
  const timing = await page.evaluate(async () => ({
    fcp: await new Promise((resolve) =>
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true }),
    ),
    load: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
  }));
  const { bytes } = bytesOf(loaded);
  const usableMs = await page.evaluate(() => window.__usableAt);
  /** Wait, touching nothing, until nothing has happened for `quiet` ms, and `atLeast` ms have passed. */
  const settle = async (quiet, atLeast) => {
    const from = Date.now();
    for (;;) {
      await page.waitForTimeout(250);
      const [pageNow, lastTask] = await page.evaluate(() => [performance.now(), window.__lastTaskEnd]);
      const quietTask = pageNow - lastTask;
      const quietNetwork = inFlight > 0 ? 0 : Date.now() - lastNetwork;
      if (Date.now() - from >= atLeast && Math.min(quietTask, quietNetwork) >= quiet) return;
    }
  };
  // The whole first visit.
  await settle(quietMs, visitMinMs);
  const visit = bytesOf(requested);
  const visitRequests = requested.length;
  const longestTask = await page.evaluate(() => window.__longestTask);
  // The first intent.
  await pointIn(page);
  await page.waitForFunction(() => window.__mountedAt !== undefined);
  // The floor is "mounted" as its HTML is parsed, before any intent.
  const intentToMounted = await page.evaluate(() => Math.max(0, window.__mountedAt - window.__intentAt));
  await settle(1000, 0);
  const intent = bytesOf(requested.slice(visitRequests));
  const longestIntentTask = await page.evaluate(() => window.__longestIntentTask);
  await context.close();
  return {
    ...timing,
    usable: usableMs,
    intentToMounted,
    longestTask,
    longestIntentTask,
    requests: loaded.length,
    bytes,
    visit: { ...visit, requests: visitRequests },
    intent: { ...intent, requests: requested.length - visitRequests },
  };
}

/**
 * Paste in the page (a real paste event) and time until the claims are in the DOM, inside the page: `times` pastes
 * in one page a second after it loaded. The first of them is what a person meets; later ones run warmed-up code.
 */
async function pasteToDecoded(url, token, options = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await arrive(page, url);
  // A paste goes into a box the person has clicked into first (a real click: the pointer enters, presses, focuses),
  // or, with `sameInstant`, is pressed, focused and pasted into in one task: the intent has no head start at all.
  if (!options.sameInstant) {
    await page.locator('textarea[data-testid="token-input"], #t').click();
    await page.waitForTimeout(clickToPasteMs);
  }
  const results = [];
  for (let i = 0; i < (options.times ?? runs); i++) {
    results.push(
      await page.evaluate(
        async ({ text, press }) => {
          const box = document.querySelector('textarea[data-testid="token-input"], #t');
          const claimsIn = () =>
            document.querySelector(
              '[data-testid="token-claims"] [data-claim], table[data-testid="token-claims"] [data-claim]',
            );
          // Cleared after an earlier paste only (a big one leaves the box showing a summary, not its text): typing
          // into a box is an intent too, so an input event before the first paste would fetch the token's path ahead
          // of it, which no person's first paste has.
          if (box.value !== '' || claimsIn()) {
            box.value = '';
            box.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          let longest = 0;
          const observer = new PerformanceObserver((list) =>
            list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))),
          );
          observer.observe({ type: 'longtask' });
          const data = new DataTransfer();
          data.setData('text/plain', text);
          const done = new Promise((resolve) => {
            const check = new MutationObserver(() => claimsIn() && (check.disconnect(), resolve(performance.now())));
            check.observe(document.body, { childList: true, subtree: true, attributes: true });
          });
          // What the person sees: are the claims there when the first frame after the paste is drawn?
          const firstFrame = new Promise((resolve) => requestAnimationFrame(() => resolve(Boolean(claimsIn()))));
          const start = performance.now();
          if (press) {
            box.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
            box.focus();
          }
          box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
          const end = await done;
          const inFirstFrame = await firstFrame;
          await new Promise((resolve) => setTimeout(resolve, 300));
          observer.disconnect();
          return { ms: end - start, longest, inFirstFrame };
        },
        { text: token, press: Boolean(options.sameInstant) && i === 0 },
      ),
    );
  }
  await context.close();
  return {
    first: results[0].ms,
    ms: median(results.map((r) => r.ms)),
    longest: Math.max(...results.map((r) => r.longest)),
    inFirstFrame: results.every((r) => r.inFirstFrame),
  };
}

/**
 * The first paste in a fresh page, RUNS times: cold code, as a person pasting once meets it (after a click, or with
 * `sameInstant` in the same task as the press that focuses the box).
 */
async function firstPaste(url, options = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await pasteToDecoded(url, seed, { times: 1, ...options })).first);
  return median(times);
}

/** Verify a token received from the demo tenant a second time: the JWKS is cached by then. */
async function cachedVerify() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await arrive(page, origin);
  await page.getByRole('button', { name: 'Try the demo tenant' }).click();
  await page
    .getByLabel('Tenant domain')
    .and(page.locator('[value*="demo"]'))
    .waitFor()
    .catch(() => undefined);
  await page.waitForFunction(() => document.querySelector('#field-domain')?.value.includes('demo'));
  const panel = page.getByTestId('demo-panel');
  await panel.getByLabel('Password', { exact: true }).check();
  await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');
  await page.getByRole('button', { name: 'Send request' }).click();
  const token = page.locator('[data-testid="token"][data-token-kind="access_token"]');
  const status = token.getByTestId('signature-status');
  await token.getByRole('button', { name: 'Verify signature' }).click();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-token-kind="access_token"] [data-testid="signature-status"]')?.dataset.status ===
      'verified',
  );
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await status.evaluate(async (element) => {
        const button = element.closest('section').querySelector('button:not([disabled])[type="button"]:last-of-type');
        const buttons = [...element.closest('section').querySelectorAll('button')].filter(
          (b) => b.textContent.trim() === 'Verify signature',
        );
        const start = performance.now();
        const seen = new Promise((resolve) => {
          let cleared = false;
          const observer = new MutationObserver(() => {
            if (element.textContent.includes('Verifying')) cleared = true;
            if (cleared && element.dataset.status === 'verified') {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(element, { attributes: true, childList: true, characterData: true, subtree: true });
        });
        (buttons[0] ?? button).click();
        return (await seen) - start;
      }),
    );
  }
  await context.close();
  return median(times);
}

/**
 * A mid-range phone: the CPU 4 × slower and Lighthouse's slow 4G (150 ms RTT, 1.6 Mbit/s down). When the token box
 * takes a paste, and how long a paste made at that moment takes to show its claims, for the app and the floor. The
 * paste is a real one (Ctrl+V from the clipboard, as a person makes it): a paste event made by a script is never
 * carried out by the browser itself, so it would find a box that is plain HTML, before any script ran, deaf.
 */
async function midPhone(url) {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}/floor/`);
  await page.evaluate((text) => navigator.clipboard.writeText(text), seed);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.addInitScript(() => {
    const box = () => document.querySelector('textarea[data-testid="token-input"], #t');
    const claimsIn = () =>
      document.querySelector(
        '[data-testid="token-claims"] [data-claim], table[data-testid="token-claims"] [data-claim]',
      );
    // The claims as the token states them may come before the app (the shell's early view, src/ui/shell/early.ts);
    // the whole view (explanations, times, checks) is there once that early view has been replaced. The floor has
    // no other view: its claims are its whole view.
    const observer = new MutationObserver(() => {
      if (window.__usableAt === undefined && box()) window.__usableAt = performance.now();
      if (window.__pastedAt === undefined || !claimsIn()) return;
      window.__claimsAt ??= performance.now();
      if (document.querySelector('[data-testid="token-early"]')) return;
      window.__fullAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('paste', () => (window.__pastedAt ??= performance.now()), { capture: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__usableAt !== undefined, undefined, { polling: 5, timeout: 60_000 });
  await page.locator('textarea[data-testid="token-input"], #t').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__fullAt !== undefined, undefined, { polling: 5, timeout: 60_000 });
  const result = await page.evaluate(() => ({
    usable: window.__usableAt,
    paste: window.__claimsAt - window.__pastedAt,
    full: window.__fullAt - window.__pastedAt,
  }));
  await context.close();
  return result;
}

/**
 * Lighthouse's mobile audit (its default: a mid-range phone, simulated slow 4G and CPU × 4), performance only, in a
 * Chromium of its own: the median score of three, with the figures the score is made of.
 */
async function lighthouseMobile(url) {
  const scores = [];
  for (let i = 0; i < 3; i++) {
    const chrome = await launch({
      chromePath: executablePath,
      chromeFlags: ['--headless=new', ...chromiumArgs],
      logLevel: 'silent',
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
      const value = (id) => round(lhr.audits[id].numericValue);
      scores.push({
        score: Math.round(lhr.categories.performance.score * 100),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: round(lhr.audits['cumulative-layout-shift'].numericValue, 3),
      });
    } finally {
      chrome.kill();
    }
  }
  return [...scores].sort((a, b) => a.score - b.score)[1];
}

/** Longest main-thread task while the page takes one big input, after it has settled. */
async function longestTask(page, act) {
  await page.evaluate(() => {
    window.__longest = 0;
    window.__longObserver?.disconnect();
    window.__longObserver = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration))),
    );
    window.__longObserver.observe({ type: 'longtask' });
  });
  await act();
  await page.waitForTimeout(3000);
  return page.evaluate(() => window.__longest);
}

/** A real paste event into the box `selector` names, focused first as a person's click would. */
const pasteInto = (page, selector, text) =>
  page.evaluate(
    ([selector, text]) => {
      const box = document.querySelector(selector);
      box.value = '';
      box.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );

/** The big inputs of the issue: a 1 MB error response, a 1 MB curl, and Show all on 10,000 claims. */
async function bigInputs(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await arrive(page, url);
  const error = `HTTP/2 403\ncontent-type: application/json\n\n${JSON.stringify({ error: 'access_denied', error_description: `Unauthorized ${'x'.repeat(1_000_000)}` })}`;
  await page.focus('#paste-response');
  await page.waitForTimeout(1000);
  const errorMs = await longestTask(page, () => pasteInto(page, '#paste-response', error));
  const curl = `curl https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials${` -d 'p=${'v'.repeat(40)}'`.repeat(21_000)}`;
  const curlMs = await longestTask(page, () => pasteInto(page, '#curl-import', curl));
  const claims = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`https://example.com/c${i}`, `v${i}`]));
  const many = `${b64({ alg: 'RS256' })}.${b64({ sub: 'auth0|1', exp: 4102444800, ...claims })}.c2ln`;
  await page.focus('textarea[data-testid="token-input"]');
  await page.waitForTimeout(1000);
  const manyMs = await longestTask(page, () => pasteInto(page, 'textarea[data-testid="token-input"]', many));
  const showAllMs = await longestTask(page, async () => {
    await page.getByRole('button', { name: /^Show all 10,002 rows$/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-claim]').length >= 10_002, undefined, {
      timeout: 60_000,
    });
  });
  await context.close();
  return { errorMs, curlMs, manyMs, showAllMs };
}

/** Heap after 100 and after 1,000 diagnosed responses pasted one after another (the attempt list is bounded). */
async function heapGrowth(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await arrive(page, url);
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const pasteMany = async (from, to) => {
    for (let i = from; i < to; i++) {
      await pasteInto(
        page,
        '#paste-response',
        `HTTP/2 403\ncontent-type: application/json\n\n{"error":"access_denied","error_description":"Client has not been granted scopes: read:thing${i}"}`,
      );
      await page.waitForTimeout(5);
    }
    await page.waitForTimeout(500);
  };
  await pasteMany(0, 100);
  const after100 = await heap();
  await pasteMany(100, 1000);
  const after1000 = await heap();
  await context.close();
  return { after100, after1000 };
}

const app = [];
const floor = [];
for (let i = 0; i < runs; i++) {
  app.push(await coldLoad(`${origin}/`));
  floor.push(await coldLoad(`${origin}/floor/`));
}
// A Japanese visitor (the shell's words in Japanese come as a small chunk of their own; the app still waits).
const japanese = [];
for (let i = 0; i < Math.min(runs, 3); i++) japanese.push(await coldLoad(`${origin}/`, 'ja-JP'));
const appPaste = await pasteToDecoded(`${origin}/`, seed);
const floorPaste = await pasteToDecoded(`${origin}/floor/`, seed);
const svelteFloorPaste = await pasteToDecoded(`${origin}/svelte-floor/`, seed);
const appFirst = await firstPaste(`${origin}/`);
const floorFirst = await firstPaste(`${origin}/floor/`);
const appRightAfterClick = await firstPaste(`${origin}/`, { sameInstant: true });
const floorRightAfterClick = await firstPaste(`${origin}/floor/`, { sameInstant: true });
const bigPaste = await pasteToDecoded(`${origin}/`, big, { times: 3 });
const verifyMs = await cachedVerify();
const phone = [];
const floorPhone = [];
for (let i = 0; i < Math.min(runs, 3); i++) {
  phone.push(await midPhone(`${origin}/`));
  floorPhone.push(await midPhone(`${origin}/floor/`));
}
const bigInput = await bigInputs(`${origin}/`);
const audits = { app: await lighthouseMobile(`${origin}/`), floor: await lighthouseMobile(`${origin}/floor/`) };
const memory = await heapGrowth(`${origin}/`);
await browser.close();
server.close();

const sum = (bytes, key) => Object.values(bytes).reduce((total, b) => total + b[key], 0);
const first = app[0].bytes;
const figures = {
  firstLoadGzipKB: round(sum(first, 'gzip') / 1024),
  firstLoadRawKB: round(sum(first, 'raw') / 1024),
  byType: Object.fromEntries(
    Object.entries(first).map(([type, b]) => [type, { rawKB: round(b.raw / 1024), gzipKB: round(b.gzip / 1024) }]),
  ),
  requests: app[0].requests,
  wholeVisitGzipKB: round(sum(app[0].visit.bytes, 'gzip') / 1024),
  wholeVisitRawKB: round(sum(app[0].visit.bytes, 'raw') / 1024),
  wholeVisitRequests: app[0].visit.requests,
  wholeVisitMaxGzipKB: round(Math.max(...app.map((r) => sum(r.visit.bytes, 'gzip'))) / 1024),
  floorWholeVisitGzipKB: round(sum(floor[0].visit.bytes, 'gzip') / 1024),
  wholeVisitByRequest: app[0].visit.each,
  japaneseFirstLoadGzipKB: round(sum(japanese[0].bytes, 'gzip') / 1024),
  japaneseWholeVisitGzipKB: round(Math.max(...japanese.map((r) => sum(r.visit.bytes, 'gzip'))) / 1024),
  japaneseWholeVisitByRequest: japanese[0].visit.each,
  japaneseFcpMs: round(median(japanese.map((r) => r.fcp))),
  fcpMs: round(median(app.map((r) => r.fcp))),
  floorFcpMs: round(median(floor.map((r) => r.fcp))),
  loadMs: round(median(app.map((r) => r.load))),
  usableMs: round(median(app.map((r) => r.usable))),
  intentToMountedMs: round(median(app.map((r) => r.intentToMounted))),
  longestIntentTaskMs: round(Math.max(...app.map((r) => r.longestIntentTask))),
  intentGzipKB: round(sum(app[0].intent.bytes, 'gzip') / 1024),
  intentRequests: app[0].intent.requests,
  longestLoadTaskMs: round(Math.max(...app.map((r) => r.longestTask))),
  medianLongestLoadTaskMs: round(median(app.map((r) => r.longestTask))),
  floorUsableMs: round(median(floor.map((r) => r.usable))),
  floorLoadMs: round(median(floor.map((r) => r.load))),
  pasteToDecodedMs: round(appPaste.ms),
  floorPasteToDecodedMs: round(floorPaste.ms),
  svelteFloorPasteToDecodedMs: round(svelteFloorPaste.ms),
  firstPasteMs: round(appFirst),
  floorFirstPasteMs: round(floorFirst),
  pasteRightAfterClickMs: round(appRightAfterClick),
  floorPasteRightAfterClickMs: round(floorRightAfterClick),
  claimsInFirstFrame: appPaste.inFirstFrame && bigPaste.inFirstFrame,
  floorClaimsInFirstFrame: floorPaste.inFirstFrame,
  verifyCachedMs: round(verifyMs),
  longestTaskOn1MBPasteMs: round(bigPaste.longest),
  bigPasteToDecodedMs: round(bigPaste.ms),
  midPhoneUsableMs: round(median(phone.map((r) => r.usable))),
  floorMidPhoneUsableMs: round(median(floorPhone.map((r) => r.usable))),
  midPhonePasteMs: round(median(phone.map((r) => r.paste))),
  floorMidPhonePasteMs: round(median(floorPhone.map((r) => r.paste))),
  midPhonePasteToFullViewMs: round(median(phone.map((r) => r.full))),
  longestTaskOn1MBErrorMs: round(bigInput.errorMs),
  longestTaskOn1MBCurlMs: round(bigInput.curlMs),
  longestTaskOn10kClaimsPasteMs: round(bigInput.manyMs),
  longestTaskOnShowAll10kMs: round(bigInput.showAllMs),
  lighthouseMobile: audits.app,
  floorLighthouseMobile: audits.floor,
  heapAfter100MB: round(memory.after100 / 1048576, 2),
  heapAfter1000MB: round(memory.after1000 / 1048576, 2),
};
const budgets = [
  ['first load ≤ 40 KB gzip', figures.firstLoadGzipKB <= 40, `${figures.firstLoadGzipKB} KB`],
  [
    'whole first visit (no interaction, until 3 s quiet) ≤ 40 KB gzip',
    figures.wholeVisitMaxGzipKB <= 40,
    `${figures.wholeVisitGzipKB} KB in ${figures.wholeVisitRequests} requests (largest of ${runs}: ${figures.wholeVisitMaxGzipKB} KB; floor ${figures.floorWholeVisitGzipKB} KB)`,
  ],
  [
    'a Japanese visitor: whole first visit ≤ 40 KB gzip, and an English one fetches none of the Japanese words',
    figures.japaneseWholeVisitGzipKB <= 40 && !app[0].visit.each.some((request) => /localize/.test(request.path)),
    `${figures.japaneseWholeVisitGzipKB} KB (first load ${figures.japaneseFirstLoadGzipKB} KB; English ${figures.wholeVisitGzipKB} KB)`,
  ],
  [
    'no task over 50 ms while the page loads (desktop)',
    figures.longestLoadTaskMs <= 50,
    `${figures.longestLoadTaskMs} ms, the longest of ${runs} loads (median ${figures.medianLongestLoadTaskMs} ms; 0 = none over 50 ms)`,
  ],
  ['FCP ≤ 1.5 × floor', figures.fcpMs <= 1.5 * figures.floorFcpMs, versus(figures.fcpMs, figures.floorFcpMs)],
  [
    'paste→decoded ≤ 1.5 × floor',
    figures.pasteToDecodedMs <= 1.5 * figures.floorPasteToDecodedMs,
    versus(figures.pasteToDecodedMs, figures.floorPasteToDecodedMs),
  ],
  [
    'claims drawn in the first frame after a paste, as on the floor',
    figures.claimsInFirstFrame && figures.floorClaimsInFirstFrame,
    `app ${figures.claimsInFirstFrame ? 'yes' : 'no'}, floor ${figures.floorClaimsInFirstFrame ? 'yes' : 'no'}`,
  ],
  [
    'no task over 100 ms on a 1 MB paste',
    figures.longestTaskOn1MBPasteMs <= 100,
    `${figures.longestTaskOn1MBPasteMs} ms (0 = none over 50 ms)`,
  ],
  [
    'no task over 100 ms: a 1 MB error response, a 1 MB curl, Show all on 10,000 claims',
    Math.max(figures.longestTaskOn1MBErrorMs, figures.longestTaskOn1MBCurlMs, figures.longestTaskOnShowAll10kMs) <= 100,
    `${figures.longestTaskOn1MBErrorMs} / ${figures.longestTaskOn1MBCurlMs} / ${figures.longestTaskOnShowAll10kMs} ms (pasting the 10,000 claims: ${figures.longestTaskOn10kClaimsPasteMs} ms)`,
  ],
  [
    'heap after 1,000 diagnosed responses ≤ 2 × after 100',
    figures.heapAfter1000MB <= 2 * figures.heapAfter100MB,
    `${figures.heapAfter1000MB} MB vs ${figures.heapAfter100MB} MB`,
  ],
  [
    'Lighthouse mobile performance ≥ 98 (median of 3)',
    figures.lighthouseMobile.score >= 98,
    `${figures.lighthouseMobile.score} (FCP ${figures.lighthouseMobile.fcp} ms, LCP ${figures.lighthouseMobile.lcp} ms, TBT ${figures.lighthouseMobile.tbt} ms, CLS ${figures.lighthouseMobile.cls}; floor ${figures.floorLighthouseMobile.score}, FCP ${figures.floorLighthouseMobile.fcp} ms)`,
  ],
  [
    'mid phone: token box usable ≤ 1.5 × floor',
    figures.midPhoneUsableMs <= 1.5 * figures.floorMidPhoneUsableMs,
    versus(figures.midPhoneUsableMs, figures.floorMidPhoneUsableMs),
  ],
  [
    'mid phone: paste at that moment → claims ≤ 2 × floor',
    figures.midPhonePasteMs <= 2 * figures.floorMidPhonePasteMs,
    versus(figures.midPhonePasteMs, figures.floorMidPhonePasteMs),
  ],
];

console.log(JSON.stringify(figures, null, 2));
for (const [name, pass, value] of budgets) console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
// Not a budget, said beside the one above so that the early claims are never read as the whole view.
console.log(
  `INFO  mid phone: the same paste → the whole view (explanations, times, checks): ${figures.midPhonePasteToFullViewMs} ms`,
);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'latest.json'),
  `${JSON.stringify({ date: new Date().toISOString(), runs, figures, budgets }, null, 2)}\n`,
);
process.exitCode = budgets.every(([, pass]) => pass) ? 0 : 1;
