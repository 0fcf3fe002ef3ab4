/** The texts of en/ui-demo, read in the current language. */
import * as en from './en/ui-demo';
import { localized } from './locale';

export const demoUi = localized('ui-demo', 'demoUi', en.demoUi);
