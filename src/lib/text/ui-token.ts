/** The texts of en/ui-token, read in the current language. */
import * as en from './en/ui-token';
import { localized } from './locale';

export const tokenUi = localized('ui-token', 'tokenUi', en.tokenUi);
