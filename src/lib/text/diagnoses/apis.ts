/** The texts of en/diagnoses/apis, read in the current language. */
import * as en from '../en/diagnoses/apis';
import { localized } from '../locale';

export const apiTexts = localized('diagnoses/apis', 'apiTexts', en.apiTexts);
