/** The texts of en/times, read in the current language. */
import * as en from './en/times';
import { localized } from './locale';

export const timeVerbs = localized('times', 'timeVerbs', en.timeVerbs);
export const validityTexts = localized('times', 'validityTexts', en.validityTexts);
export const timeFormats = localized('times', 'timeFormats', en.timeFormats);
