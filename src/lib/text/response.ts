/** The texts of en/response, read in the current language. */
import * as en from './en/response';
import { localized } from './locale';

export const responseMessages = localized('response', 'responseMessages', en.responseMessages);
