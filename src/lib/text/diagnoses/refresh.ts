/** The texts of en/diagnoses/refresh, read in the current language. */
import * as en from '../en/diagnoses/refresh';
import { localized } from '../locale';

export const refreshTexts = localized('diagnoses/refresh', 'refreshTexts', en.refreshTexts);
