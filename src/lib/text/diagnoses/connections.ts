/** The texts of en/diagnoses/connections, read in the current language. */
import * as en from '../en/diagnoses/connections';
import { localized } from '../locale';

export const connectionTexts = localized('diagnoses/connections', 'connectionTexts', en.connectionTexts);
