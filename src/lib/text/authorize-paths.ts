/** The texts of en/authorize-paths, read in the current language. */
import * as en from './en/authorize-paths';
import { localized } from './locale';
export type { FindingText } from './en/authorize-paths';

export const appUris = localized('authorize-paths', 'appUris', en.appUris);
export const callbackUrls = localized('authorize-paths', 'callbackUrls', en.callbackUrls);
export const webOrigins = localized('authorize-paths', 'webOrigins', en.webOrigins);
export const logoutUrls = localized('authorize-paths', 'logoutUrls', en.logoutUrls);
export const grantTypesPath = localized('authorize-paths', 'grantTypesPath', en.grantTypesPath);
export const actionsPath = localized('authorize-paths', 'actionsPath', en.actionsPath);
export const rulesPath = localized('authorize-paths', 'rulesPath', en.rulesPath);
export const logsPath = localized('authorize-paths', 'logsPath', en.logsPath);
export const authorizeDocs = localized('authorize-paths', 'authorizeDocs', en.authorizeDocs);
export const said = localized('authorize-paths', 'said', en.said);
