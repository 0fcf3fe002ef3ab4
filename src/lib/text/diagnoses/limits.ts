/** The texts of en/diagnoses/limits, read in the current language. */
import * as en from '../en/diagnoses/limits';
import { localized } from '../locale';

export const limitTexts = localized('diagnoses/limits', 'limitTexts', en.limitTexts);
