/** The texts of en/ui-results, read in the current language. */
import * as en from './en/ui-results';
import { localized } from './locale';

export const resultsUi = localized('ui-results', 'resultsUi', en.resultsUi);
