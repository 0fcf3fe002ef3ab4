import { err, ok, type Result } from '../result';
import { requestMessages } from '../text/request-messages';

/** The form's timeout bounds, in seconds. */
export const timeoutBounds = { min: 1, max: 120 } as const;

/** The timeout field as whole seconds from 1 to 120; anything else (empty, negative, fractional, huge) is refused. */
export function validateTimeout(value: unknown): Result<number, string> {
  return typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= timeoutBounds.min &&
    value <= timeoutBounds.max
    ? ok(value)
    : err(requestMessages.timeout(timeoutBounds.min, timeoutBounds.max));
}
