/** The texts of en/diagnoses/exchange, read in the current language. */
import * as en from '../en/diagnoses/exchange';
import { localized } from '../locale';

export const exchangeTexts = localized('diagnoses/exchange', 'exchangeTexts', en.exchangeTexts);
