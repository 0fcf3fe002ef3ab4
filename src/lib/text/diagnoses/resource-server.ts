/** The texts of en/diagnoses/resource-server, read in the current language. */
import * as en from '../en/diagnoses/resource-server';
import { localized } from '../locale';

export const resourceServerTexts = localized(
  'diagnoses/resource-server',
  'resourceServerTexts',
  en.resourceServerTexts,
);
