/** The texts of en/diagnoses/passkeys, read in the current language. */
import * as en from '../en/diagnoses/passkeys';
import { localized } from '../locale';

export const passkeyTexts = localized('diagnoses/passkeys', 'passkeyTexts', en.passkeyTexts);
