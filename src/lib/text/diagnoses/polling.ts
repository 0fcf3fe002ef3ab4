/** The texts of en/diagnoses/polling, read in the current language. */
import * as en from '../en/diagnoses/polling';
import { localized } from '../locale';

export const pollingTexts = localized('diagnoses/polling', 'pollingTexts', en.pollingTexts);
