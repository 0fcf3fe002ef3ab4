/** The texts of en/decode, read in the current language. */
import * as en from './en/decode';
import { localized } from './locale';

export const partNames = localized('decode', 'partNames', en.partNames);
export const decodeMessages = localized('decode', 'decodeMessages', en.decodeMessages);
export const kindNotes = localized('decode', 'kindNotes', en.kindNotes);
export const inputNotes = localized('decode', 'inputNotes', en.inputNotes);
