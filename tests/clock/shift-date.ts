// Fallback for tests/clock/later.mjs where faketime is missing: Date runs 3 years ahead, at the real pace.
import { vi } from 'vitest';

const years = 3;
const shiftMs = Math.round(years * 365.25 * 24 * 3600 * 1000);
vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + shiftMs, shouldAdvanceTime: true });
