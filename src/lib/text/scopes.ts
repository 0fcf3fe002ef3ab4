/** The texts of en/scopes, read in the current language. */
import * as en from './en/scopes';
import { localized } from './locale';

export const openIdScopes = localized('scopes', 'openIdScopes', en.openIdScopes);
export const managementApiScopes = localized('scopes', 'managementApiScopes', en.managementApiScopes);
export const scopeFallbacks = localized('scopes', 'scopeFallbacks', en.scopeFallbacks);
