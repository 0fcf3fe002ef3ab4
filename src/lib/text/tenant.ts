/** The texts of en/tenant, read in the current language. */
import * as en from './en/tenant';
import { localized } from './locale';

export const tenantMessages = localized('tenant', 'tenantMessages', en.tenantMessages);
export const tenantNotes = localized('tenant', 'tenantNotes', en.tenantNotes);
