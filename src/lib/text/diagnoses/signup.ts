/** The texts of en/diagnoses/signup, read in the current language. */
import * as en from '../en/diagnoses/signup';
import { localized } from '../locale';

export const signupTexts = localized('diagnoses/signup', 'signupTexts', en.signupTexts);
