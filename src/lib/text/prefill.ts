/** The texts of en/prefill, read in the current language. */
import * as en from './en/prefill';
import { localized } from './locale';

export const prefillMessages = localized('prefill', 'prefillMessages', en.prefillMessages);
export const queryMessages = localized('prefill', 'queryMessages', en.queryMessages);
