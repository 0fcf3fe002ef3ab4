/** The texts of en/authorize, read in the current language. */
import * as en from './en/authorize';
import { localized } from './locale';

export const authorizeMessages = localized('authorize', 'authorizeMessages', en.authorizeMessages);
export const authorizeUi = localized('authorize', 'authorizeUi', en.authorizeUi);
export const simulatedUi = localized('authorize', 'simulatedUi', en.simulatedUi);
export const landingUi = localized('authorize', 'landingUi', en.landingUi);
export const demoLoginUi = localized('authorize', 'demoLoginUi', en.demoLoginUi);
