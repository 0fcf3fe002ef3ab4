/** The texts of en/diagnoses/paths, read in the current language. */
import * as en from '../en/diagnoses/paths';
import { localized } from '../locale';

export const app = localized('diagnoses/paths', 'app', en.app);
export const appSettings = localized('diagnoses/paths', 'appSettings', en.appSettings);
export const grantTypes = localized('diagnoses/paths', 'grantTypes', en.grantTypes);
export const apiAuthorizationSettings = localized(
  'diagnoses/paths',
  'apiAuthorizationSettings',
  en.apiAuthorizationSettings,
);
export const apis = localized('diagnoses/paths', 'apis', en.apis);
export const logs = localized('diagnoses/paths', 'logs', en.logs);
export const attackProtection = localized('diagnoses/paths', 'attackProtection', en.attackProtection);
export const mfa = localized('diagnoses/paths', 'mfa', en.mfa);
export const actions = localized('diagnoses/paths', 'actions', en.actions);
export const actionsLibrary = localized('diagnoses/paths', 'actionsLibrary', en.actionsLibrary);
export const rules = localized('diagnoses/paths', 'rules', en.rules);
export const hooks = localized('diagnoses/paths', 'hooks', en.hooks);
export const database = localized('diagnoses/paths', 'database', en.database);
export const customDatabase = localized('diagnoses/paths', 'customDatabase', en.customDatabase);
export const passwordlessPath = localized('diagnoses/paths', 'passwordlessPath', en.passwordlessPath);
export const organizationsPath = localized('diagnoses/paths', 'organizationsPath', en.organizationsPath);
export const appConnections = localized('diagnoses/paths', 'appConnections', en.appConnections);
export const appUris = localized('diagnoses/paths', 'appUris', en.appUris);
export const credentials = localized('diagnoses/paths', 'credentials', en.credentials);
export const users = localized('diagnoses/paths', 'users', en.users);
export const m2mApps = localized('diagnoses/paths', 'm2mApps', en.m2mApps);
export const said = localized('diagnoses/paths', 'said', en.said);
export const codeHome = localized('diagnoses/paths', 'codeHome', en.codeHome);
export const docs = localized('diagnoses/paths', 'docs', en.docs);
export const grantCheckbox = localized('diagnoses/paths', 'grantCheckbox', en.grantCheckbox);
