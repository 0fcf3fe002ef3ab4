/** The texts of en/loop, read in the current language. */
import * as en from './en/loop';
import { localized } from './locale';

export const loopUi = localized('loop', 'loopUi', en.loopUi);
