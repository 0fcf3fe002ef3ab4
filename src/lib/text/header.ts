/** The texts of en/header, read in the current language. */
import * as en from './en/header';
import { localized } from './locale';

export const headerParameters = localized('header', 'headerParameters', en.headerParameters);
export const algorithms = localized('header', 'algorithms', en.algorithms);
export const types = localized('header', 'types', en.types);
