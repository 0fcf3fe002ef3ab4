/** The texts of en/diagnoses/clients, read in the current language. */
import * as en from '../en/diagnoses/clients';
import { localized } from '../locale';

export const clientTexts = localized('diagnoses/clients', 'clientTexts', en.clientTexts);
