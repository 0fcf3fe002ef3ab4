/**
 * At most this many items a frame, whatever the measure says: a row costs well under 0.2 ms, and a clock that does
 * not move (a test's fake one) must not make a frame draw thousands.
 */
const maxStep = 60;

/**
 * How many more items to draw in the next frame, from how long the last `step` took: as many as fit in the budget,
 * never fewer than a handful (progress) nor so many that one misjudged frame could hold the page.
 */
export function nextStep(step: number, spentMs: number, budgetMs: number): number {
  const perItem = Math.max(spentMs, 0.1) / Math.max(step, 1);
  return Math.min(maxStep, Math.max(4, Math.floor(budgetMs / perItem)));
}

/** A run of rows laid out together; complete blocks keep their identity, so growing never redraws them. */
export interface Block<T> {
  from: number;
  items: T[];
}

/**
 * The blocks that hold the first `count` items, reusing each of `blocks` that already holds the very same items (a
 * view re-timed by the clock changes only its time rows: the other blocks stay as drawn).
 */
export function blocksUpTo<T>(blocks: Block<T>[], items: T[], count: number, size: number): Block<T>[] {
  const next: Block<T>[] = [];
  for (let from = 0; from < Math.min(count, items.length); from += size) {
    const to = Math.min(from + size, count, items.length);
    const kept = blocks[next.length];
    const same =
      kept?.from === from && kept.items.length === to - from && kept.items.every((item, i) => item === items[from + i]);
    next.push(same ? kept : { from, items: items.slice(from, to) });
  }
  return next;
}

/** Whether `next` is `previous` again (the same names in the same order), e.g. re-timed: keep what was drawn. */
export function sameRows<T extends { name: string }>(previous: T[], next: T[]): boolean {
  return previous.length === next.length && previous.every((row, i) => row.name === next[i]?.name);
}
