/** The texts of en/findings, read in the current language. */
import * as en from './en/findings';
import { localized } from './locale';

export const findingTexts = localized('findings', 'findingTexts', en.findingTexts);
