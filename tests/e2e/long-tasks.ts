import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __longTasks?: number[];
    __clipboard?: DataTransfer;
  }
}

/** No task may hold the page longer than this: past it, a person feels the tab freeze. */
export const budgetMs = 200;

/** Record every task over 50 ms since the page started (buffered), as the browser measures it. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks?.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Forget the tasks so far, e.g. those of loading the page, which are not what a test measures. */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  await page.evaluate(() => window.__longTasks?.splice(0));
}

/** Fail on any task over the budget since the last check; the longest is noted in the report either way. */
export async function expectNoLongTask(page: Page, what: string, budget = budgetMs): Promise<void> {
  // The observer hears of a task only once it has ended.
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => window.__longTasks?.splice(0) ?? []);
  test.info().annotations.push({ type: 'longest task', description: `${what}: ${Math.max(0, ...tasks)} ms` });
  expect(
    tasks.filter((ms) => ms > budget),
    `tasks over ${budget} ms: ${what}`,
  ).toEqual([]);
}

export interface Clipboard {
  unit: string;
  chars: number;
  before?: string;
  after?: string;
}

/**
 * Paste as a person does: a paste event carrying the text. The clipboard is filled beforehand in a task of its
 * own, so what is measured is the page taking the paste, not the test building 10 MB.
 */
export async function paste(page: Page, label: string, clipboard: Clipboard): Promise<void> {
  await page.evaluate(({ unit, chars, before = '', after = '' }) => {
    window.__clipboard = new DataTransfer();
    window.__clipboard.setData('text/plain', `${before}${unit.repeat(Math.floor(chars / unit.length))}${after}`);
  }, clipboard);
  await page.waitForTimeout(100);
  await page.evaluate(() => window.__longTasks?.splice(0));
  await page.getByLabel(label, { exact: true }).evaluate((box) => {
    const clipboardData = window.__clipboard ?? null;
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    delete window.__clipboard;
  });
}
