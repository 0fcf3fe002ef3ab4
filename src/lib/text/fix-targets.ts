/** The texts of en/fix-targets, read in the current language. */
import * as en from './en/fix-targets';
import { localized } from './locale';

export const fixTargetLabels = localized('fix-targets', 'fixTargetLabels', en.fixTargetLabels);
