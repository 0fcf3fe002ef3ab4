/** The texts of en/request, read in the current language. */
import * as en from './en/request';
import { localized } from './locale';

export const fieldLabels = localized('request', 'fieldLabels', en.fieldLabels);
export const fieldHelp = localized('request', 'fieldHelp', en.fieldHelp);
export const grantLabels = localized('request', 'grantLabels', en.grantLabels);
export const clientAuthLabels = localized('request', 'clientAuthLabels', en.clientAuthLabels);
export const encodingLabels = localized('request', 'encodingLabels', en.encodingLabels);
export const encodingHelp = localized('request', 'encodingHelp', en.encodingHelp);
