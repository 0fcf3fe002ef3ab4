/** The texts of en/flows, read in the current language. */
import * as en from './en/flows';
import { localized } from './locale';

export const flowTexts = localized('flows', 'flowTexts', en.flowTexts);
