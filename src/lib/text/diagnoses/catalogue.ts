/** The texts of en/diagnoses/catalogue, read in the current language. */
import * as en from '../en/diagnoses/catalogue';
import { localized } from '../locale';

export const textsByArea = localized('diagnoses/catalogue', 'textsByArea', en.textsByArea);
export const catalogueTexts = localized('diagnoses/catalogue', 'catalogueTexts', en.catalogueTexts);
export const grantCheckbox = localized('diagnoses/catalogue', 'grantCheckbox', en.grantCheckbox);
