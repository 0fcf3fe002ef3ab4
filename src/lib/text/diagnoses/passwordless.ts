/** The texts of en/diagnoses/passwordless, read in the current language. */
import * as en from '../en/diagnoses/passwordless';
import { localized } from '../locale';

export const passwordlessTexts = localized('diagnoses/passwordless', 'passwordlessTexts', en.passwordlessTexts);
