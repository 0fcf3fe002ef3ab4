import { describe, expect, test } from 'vitest';
import { blocksUpTo, nextStep, sameRows } from '../../src/ui/paced';

describe('nextStep', () => {
  test.each([
    // step, spent ms, budget ms → next step
    [20, 2, 6, 60],
    [20, 4, 6, 30],
    [20, 12, 6, 10],
    [20, 0, 6, 60],
    [20, 600, 6, 4],
    [50, 6, 6, 50],
  ])('%i items in %f ms with %f ms to spend → %i', (step, spent, budget, next) => {
    expect(nextStep(step, spent, budget)).toBe(next);
  });
});

describe('blocksUpTo', () => {
  const rows = Array.from({ length: 250 }, (_, i) => ({ name: `c${i}` }));

  test('cuts the first `count` items into blocks of `size`', () => {
    const blocks = blocksUpTo([], rows, 230, 100);
    expect(blocks.map((b) => [b.from, b.items.length])).toEqual([
      [0, 100],
      [100, 100],
      [200, 30],
    ]);
    expect(blocks[2]?.items[0]).toBe(rows[200]);
  });

  test('keeps complete blocks as they were and replaces only the one that grew', () => {
    const before = blocksUpTo([], rows, 150, 100);
    const after = blocksUpTo(before, rows, 250, 100);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after.map((b) => b.items.length)).toEqual([100, 100, 50]);
  });

  test('a re-timed view redraws only the blocks whose rows are new objects', () => {
    const before = blocksUpTo([], rows, 250, 100);
    const retimed = rows.map((row, i) => (i === 120 ? { ...row } : row));
    const after = blocksUpTo(before, retimed, 250, 100);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
  });

  test('never holds more than there is', () => {
    expect(blocksUpTo([], rows.slice(0, 3), 40, 100).map((b) => b.items.length)).toEqual([3]);
    expect(blocksUpTo([], [], 40, 100)).toEqual([]);
  });
});

describe('sameRows', () => {
  test.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['a', 'c'], false],
    [['a'], ['a', 'b'], false],
    [[], [], true],
  ])('%j then %j → %s', (a, b, same) => {
    const rowsOf = (names: string[]) => names.map((name) => ({ name }));
    expect(sameRows(rowsOf(a), rowsOf(b))).toBe(same);
  });
});
