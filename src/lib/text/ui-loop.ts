/** The texts of en/ui-loop, read in the current language. */
import * as en from './en/ui-loop';
import { localized } from './locale';

export const loopLabels = localized('ui-loop', 'loopLabels', en.loopLabels);
