/** The texts of en/authorize-page, read in the current language. */
import * as en from './en/authorize-page';
import { localized } from './locale';

export const pageTexts = localized('authorize-page', 'pageTexts', en.pageTexts);
