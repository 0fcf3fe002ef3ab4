/** The texts of en/diagnoses/network, read in the current language. */
import * as en from '../en/diagnoses/network';
import { localized } from '../locale';

export const networkTexts = localized('diagnoses/network', 'networkTexts', en.networkTexts);
