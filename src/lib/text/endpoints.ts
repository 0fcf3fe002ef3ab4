/** The texts of en/endpoints, read in the current language. */
import * as en from './en/endpoints';
import { localized } from './locale';

export const endpointTexts = localized('endpoints', 'endpointTexts', en.endpointTexts);
