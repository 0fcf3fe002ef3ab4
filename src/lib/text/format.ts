/** The texts of en/format, read in the current language. */
import * as en from './en/format';
import { localized } from './locale';

export const formatTexts = localized('format', 'formatTexts', en.formatTexts);
