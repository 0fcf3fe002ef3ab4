/** The texts of en/diagnoses/userinfo, read in the current language. */
import * as en from '../en/diagnoses/userinfo';
import { localized } from '../locale';

export const userinfoTexts = localized('diagnoses/userinfo', 'userinfoTexts', en.userinfoTexts);
