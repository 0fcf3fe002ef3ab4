/** The texts of en/diagnoses/organizations, read in the current language. */
import * as en from '../en/diagnoses/organizations';
import { localized } from '../locale';

export const organizationTexts = localized('diagnoses/organizations', 'organizationTexts', en.organizationTexts);
