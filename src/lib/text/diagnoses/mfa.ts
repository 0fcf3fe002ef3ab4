/** The texts of en/diagnoses/mfa, read in the current language. */
import * as en from '../en/diagnoses/mfa';
import { localized } from '../locale';

export const mfaTexts = localized('diagnoses/mfa', 'mfaTexts', en.mfaTexts);
