/** The texts of en/authorize-redirect, read in the current language. */
import * as en from './en/authorize-redirect';
import { localized } from './locale';

export const redirectTexts = localized('authorize-redirect', 'redirectTexts', en.redirectTexts);
