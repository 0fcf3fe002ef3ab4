import type { Severity } from './types';

const order: Record<Severity, number> = { error: 0, warning: 1, success: 2, info: 3 };

/** Sort comparator: errors first, then warnings, successes, notes. */
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }): number =>
  order[a.severity] - order[b.severity];
