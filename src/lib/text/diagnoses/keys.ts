/** The texts of en/diagnoses/keys, read in the current language. */
import * as en from '../en/diagnoses/keys';
import { localized } from '../locale';

export const keyTexts = localized('diagnoses/keys', 'keyTexts', en.keyTexts);
