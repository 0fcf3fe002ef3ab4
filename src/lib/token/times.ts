import { timeTexts } from '../text/claims';
import { timeFormats, timeVerbs, validityTexts } from '../text/times';
import { numericDateSchema, updatedAtSchema, type JsonObject } from './schemas';

/** The claims that hold times: NumericDate (RFC 7519 §2), or ISO 8601 for Auth0's `updated_at`. */
export const timeClaims = new Set(['exp', 'nbf', 'iat', 'auth_time', 'updated_at']);

export interface Clock {
  /** Milliseconds since the epoch; passed in so the core never reads the clock. */
  now: number;
  /** Locale and time zone for dates and relative times; the page language's and the browser's zone when absent. */
  locale?: string;
  timeZone?: string;
}

export interface TimeView {
  /** Local date and time, e.g. "21 Sept 2023, 09:46:58 JST". */
  local: string;
  /** UTC, ISO 8601, for a tooltip and for copying. */
  iso: string;
  /** "expired 3 years ago", "expires in 23 hours". */
  relative: string;
  past: boolean;
  /** Set when the value is not a proper time, or looks like milliseconds. */
  hint?: string;
}

/** A NumericDate in this range is after the year 5000 as seconds, and between 1973 and 5138 as milliseconds. */
const millisecondsRange = [1e11, 1e14] as const;

/** A time claim's instant and relative words, or why it cannot be read as a time (milliseconds, not a number). */
export type TimeReading = TimeView | { hint: string };

/** Describe a time claim's value against a clock; only a hint when the value is not a time at all. */
export function describeTime(name: string, value: unknown, clock: Clock): TimeReading {
  const parsed = name === 'updated_at' ? updatedAtSchema.safeParse(value) : numericDateSchema.safeParse(value);
  if (!parsed.success) return { hint: name === 'updated_at' ? timeTexts.notDate : timeTexts.notNumericDate };
  const ms = typeof parsed.data === 'number' ? parsed.data * 1000 : Date.parse(parsed.data);
  const view = timeAt(ms, clock, timeVerbs[name], name === 'exp' || name === 'nbf');
  if (typeof parsed.data === 'number' && parsed.data > millisecondsRange[0] && parsed.data < millisecondsRange[1]) {
    const asMilliseconds = formatLocal(parsed.data, clock);
    view.hint = `${timeTexts.millisecondsHint} ${timeFormats.millisecondsAs(asMilliseconds)}`;
  }
  return view;
}

/** Moments a token records (not limits it sets) within this much of now read as now, not as the future. */
const recordedSkewMs = 60_000;

type Phrases = { past: (relative: string) => string; future: (relative: string) => string } | undefined;

function timeAt(ms: number, clock: Clock, verbs: Phrases, limit: boolean): TimeView {
  const tolerance = limit ? 0 : recordedSkewMs;
  const past = ms <= clock.now + tolerance;
  const relative = ms > clock.now && past ? relativeTime(clock.now, clock) : relativeTime(ms, clock);
  return {
    local: formatLocal(ms, clock),
    iso: Number.isFinite(new Date(ms).getTime()) ? new Date(ms).toISOString() : timeFormats.outOfRange,
    relative: verbs ? (past ? verbs.past(relative) : verbs.future(relative)) : relative,
    past,
  };
}

export type Validity = 'valid' | 'expired' | 'not-yet-valid' | 'no-expiry' | 'bad-expiry';

/** What the clock says about a token's claims: worked out once, shown in the rows and linted. */
export interface ClockReading {
  validity: { status: Validity; text: string };
  /** Each time claim present, by name. */
  times: Map<string, TimeReading>;
}

/** Read every time claim and the validity of a token's claims against a clock. */
export function readClock(claims: JsonObject, clock: Clock): ClockReading {
  const times = new Map<string, TimeReading>();
  // The few time claims looked up, not the token's every claim walked (a hostile one has thousands).
  for (const name of timeClaims) {
    if (Object.hasOwn(claims, name)) times.set(name, describeTime(name, claims[name], clock));
  }
  return { validity: tokenValidity(claims, clock), times };
}

/** Whether a token is within its exp and nbf (RFC 7519 §4.1.4, §4.1.5), in words. */
export function tokenValidity(claims: JsonObject, clock: Clock): { status: Validity; text: string } {
  if (!('exp' in claims)) return { status: 'no-expiry', text: validityTexts.noExpiry() };
  const exp = numericDateSchema.safeParse(claims.exp);
  if (!exp.success) return { status: 'bad-expiry', text: validityTexts.badExpiry() };
  const nbf = numericDateSchema.safeParse(claims.nbf);
  if (nbf.success && nbf.data * 1000 > clock.now) {
    return { status: 'not-yet-valid', text: validityTexts.notYetValid(relativeTime(nbf.data * 1000, clock)) };
  }
  const relative = relativeTime(exp.data * 1000, clock);
  return exp.data * 1000 <= clock.now
    ? { status: 'expired', text: validityTexts.expired(relative) }
    : { status: 'valid', text: validityTexts.valid(relative) };
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365.25 * 86400],
  ['month', 30.44 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Intl formatters are slow to make and cheap to reuse: one per locale and time zone. */
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `relative:${locale}`;
  let format = formatters.get(key);
  if (!(format instanceof Intl.RelativeTimeFormat)) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(key, format);
  }
  return format;
}

function dateFormat(clock: Clock): Intl.DateTimeFormat {
  const locale = clock.locale ?? timeFormats.locale;
  const key = `date:${locale}:${clock.timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'long',
      ...(clock.timeZone ? { timeZone: clock.timeZone } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/** "3 years ago", "in 23 hours": the largest unit that fits at least once. */
export function relativeTime(ms: number, clock: Clock): string {
  const seconds = (ms - clock.now) / 1000;
  const format = relativeFormat(clock.locale ?? timeFormats.locale);
  const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  return format.format(Math.trunc(seconds / size), unit);
}

function formatLocal(ms: number, clock: Clock): string {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return timeFormats.outOfRange;
  return dateFormat(clock).format(date);
}
