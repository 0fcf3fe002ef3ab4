/** The texts of en/ui, read in the current language. */
import * as en from './en/ui';
import { localized } from './locale';

export const ui = localized('ui', 'ui', en.ui);
