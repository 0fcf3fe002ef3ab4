/** The texts of en/diagnoses/codes, read in the current language. */
import * as en from '../en/diagnoses/codes';
import { localized } from '../locale';

export const codeTexts = localized('diagnoses/codes', 'codeTexts', en.codeTexts);
