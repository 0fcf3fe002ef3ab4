/** The texts of en/diagnoses/legacy, read in the current language. */
import * as en from '../en/diagnoses/legacy';
import { localized } from '../locale';

export const legacyTexts = localized('diagnoses/legacy', 'legacyTexts', en.legacyTexts);
