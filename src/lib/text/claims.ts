/** The texts of en/claims, read in the current language. */
import * as en from './en/claims';
import { localized } from './locale';
export type { ClaimOrigin, ClaimText } from './en/claims';

export const claimOrigins = localized('claims', 'claimOrigins', en.claimOrigins);
export const claimTexts = localized('claims', 'claimTexts', en.claimTexts);
export const claimFallbacks = localized('claims', 'claimFallbacks', en.claimFallbacks);
export const grantTypeValues = localized('claims', 'grantTypeValues', en.grantTypeValues);
export const audienceValues = localized('claims', 'audienceValues', en.audienceValues);
export const timeTexts = localized('claims', 'timeTexts', en.timeTexts);
