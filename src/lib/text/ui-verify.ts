/** The texts of en/ui-verify, read in the current language. */
import * as en from './en/ui-verify';
import { localized } from './locale';

export const verifyUi = localized('ui-verify', 'verifyUi', en.verifyUi);
