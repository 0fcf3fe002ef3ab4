/** The texts of en/diagnoses/sdk, read in the current language. */
import * as en from '../en/diagnoses/sdk';
import { localized } from '../locale';

export const sdkTexts = localized('diagnoses/sdk', 'sdkTexts', en.sdkTexts);
