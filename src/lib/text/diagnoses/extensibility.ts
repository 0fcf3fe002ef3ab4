/** The texts of en/diagnoses/extensibility, read in the current language. */
import * as en from '../en/diagnoses/extensibility';
import { localized } from '../locale';

export const extensibilityTexts = localized('diagnoses/extensibility', 'extensibilityTexts', en.extensibilityTexts);
