/** The texts of en/verify, read in the current language. */
import * as en from './en/verify';
import { localized } from './locale';

export const keyFormats = localized('verify', 'keyFormats', en.keyFormats);
export const verifyMessages = localized('verify', 'verifyMessages', en.verifyMessages);
export const checkTexts = localized('verify', 'checkTexts', en.checkTexts);
