/** The texts of en/diagnoses/verification, read in the current language. */
import * as en from '../en/diagnoses/verification';
import { localized } from '../locale';

export const verificationTexts = localized('diagnoses/verification', 'verificationTexts', en.verificationTexts);
