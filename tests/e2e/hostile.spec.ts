import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface HostileCase {
  name: string;
  target: 'token' | 'token-text' | 'response';
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  jwe?: boolean;
  text?: string;
}

const corpus = JSON.parse(readFileSync('tests/fixtures/hostile.json', 'utf8')) as HostileCase[];
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Some cases are too big to write down: expand them here. */
function claimsOf(claims: Record<string, unknown> = {}): Record<string, unknown> {
  const long = claims.long as { repeat: string; times: number } | undefined;
  if (long) return { long: long.repeat.repeat(long.times), exp: 4102444800 };
  if (typeof claims.many === 'number')
    return Object.fromEntries(Array.from({ length: claims.many }, (_, i) => [`claim_${i}`, `<i>${i}</i>`]));
  if (typeof claims.deep === 'number') {
    let nested: unknown = '<script>alert("deep")</script>';
    for (let i = 0; i < claims.deep; i++) nested = { nested };
    return { deep: nested };
  }
  if (typeof claims.array === 'number') return { array: Array.from({ length: claims.array }, (_, i) => i) };
  return claims;
}

function input(entry: HostileCase): string {
  if (entry.text) return entry.text;
  const header = part(entry.header ?? {});
  if (entry.jwe) return `${header}..aXY.Y3Q.dGFn`;
  // JSON.stringify drops __proto__ keys, so the prototype-pollution case is written out as text.
  if (entry.name === 'prototype-pollution keys') {
    const text = (json: string) => Buffer.from(json).toString('base64url');
    return `${text('{"alg":"RS256","__proto__":{"polluted":true}}')}.${text('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":true}},"prototype":"x"}')}.c2ln`;
  }
  return `${header}.${part(claimsOf(entry.claims))}.c2ln`;
}

async function inert(page: Page, url: string, scripts: number) {
  expect(page.url()).toBe(url);
  expect(await page.locator('script').count()).toBe(scripts);
  await expect(page.locator('main img, main iframe, main object, main embed, main svg')).toHaveCount(0);
  await expect(
    page.locator('a[href^="javascript:" i]:not([data-testid="bookmarklet"]), a[href^="data:" i]'),
  ).toHaveCount(0);
  const layout = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(layout.width).toBeLessThanOrEqual(layout.viewport);
  expect(
    await page.evaluate(
      () =>
        (Object.prototype as Record<string, unknown>).isAdmin ?? (Object.prototype as Record<string, unknown>).polluted,
    ),
  ).toBeUndefined();
  expect(await page.context().cookies()).toEqual([]);
}

test(`the hostile corpus (${corpus.length} tokens and responses) renders inert`, async ({ page }) => {
  test.setTimeout(120_000);
  expect(corpus.length).toBeGreaterThanOrEqual(20);
  await page.goto('/');
  const url = page.url();
  const scripts = await page.locator('script').count();
  for (const entry of corpus) {
    await test.step(entry.name, async () => {
      if (entry.target === 'response') {
        await page.getByLabel('Paste a response').fill(entry.text ?? '');
        await page.getByRole('button', { name: 'Diagnose response' }).click();
        await expect(page.getByTestId('attempt').first()).toBeVisible();
      } else {
        await page.getByLabel('Paste a token').fill(input(entry));
        await expect(page.getByTestId('decoder-status')).not.toBeEmpty();
      }
      // Give any stray handler a chance to fire; the fixture fails the test on a dialog.
      await page.waitForTimeout(100);
      await inert(page, url, scripts);
    });
  }
  // Open every disclosure so hidden raw JSON is rendered too, then check again.
  for (const details of await page.locator('details').all())
    await details.evaluate((element) => element.setAttribute('open', ''));
  await page.waitForTimeout(100);
  await inert(page, url, scripts);
});
