/** The texts of en/diagnoses/success, read in the current language. */
import * as en from '../en/diagnoses/success';
import { localized } from '../locale';

export const successTexts = localized('diagnoses/success', 'successTexts', en.successTexts);
