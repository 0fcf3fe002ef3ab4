/** The texts of en/diagnoses/generic, read in the current language. */
import * as en from '../en/diagnoses/generic';
import { localized } from '../locale';
export type { DiagnosisText } from '../en/diagnoses/generic';

export const oauthErrorTexts = localized('diagnoses/generic', 'oauthErrorTexts', en.oauthErrorTexts);
export const fallbackTexts = localized('diagnoses/generic', 'fallbackTexts', en.fallbackTexts);
