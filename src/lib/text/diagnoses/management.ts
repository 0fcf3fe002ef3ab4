/** The texts of en/diagnoses/management, read in the current language. */
import * as en from '../en/diagnoses/management';
import { localized } from '../locale';

export const managementTexts = localized('diagnoses/management', 'managementTexts', en.managementTexts);
