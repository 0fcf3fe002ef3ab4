/** The texts of en/request-messages, read in the current language. */
import * as en from './en/request-messages';
import { localized } from './locale';

export const requestMessages = localized('request-messages', 'requestMessages', en.requestMessages);
