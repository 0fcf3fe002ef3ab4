/** The texts of en/diagnoses/users, read in the current language. */
import * as en from '../en/diagnoses/users';
import { localized } from '../locale';

export const userTexts = localized('diagnoses/users', 'userTexts', en.userTexts);
