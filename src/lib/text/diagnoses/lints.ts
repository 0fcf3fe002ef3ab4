/** The texts of en/diagnoses/lints, read in the current language. */
import * as en from '../en/diagnoses/lints';
import { localized } from '../locale';

export const lintTexts = localized('diagnoses/lints', 'lintTexts', en.lintTexts);
