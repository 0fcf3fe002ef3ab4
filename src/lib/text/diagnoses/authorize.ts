/** The texts of en/diagnoses/authorize, read in the current language. */
import * as en from '../en/diagnoses/authorize';
import { localized } from '../locale';

export const authorizeTexts = localized('diagnoses/authorize', 'authorizeTexts', en.authorizeTexts);
