/** The texts of en/curl, read in the current language. */
import * as en from './en/curl';
import { localized } from './locale';

export const curlMessages = localized('curl', 'curlMessages', en.curlMessages);
