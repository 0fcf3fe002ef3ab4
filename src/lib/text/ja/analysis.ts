/** The rest of the Japanese texts (diagnoses, claims, scopes, times, findings, report…), loaded after the first paint; by area. */
import {
  claimOrigins as claims_claimOrigins,
  claimTexts as claims_claimTexts,
  claimFallbacks as claims_claimFallbacks,
  grantTypeValues as claims_grantTypeValues,
  audienceValues as claims_audienceValues,
  timeTexts as claims_timeTexts,
} from './claims';
import { curlMessages as curl_curlMessages } from './curl';
import {
  partNames as decode_partNames,
  decodeMessages as decode_decodeMessages,
  kindNotes as decode_kindNotes,
  inputNotes as decode_inputNotes,
} from './decode';
import { apiTexts as diagnosesApis_apiTexts } from './diagnoses/apis';
import { authorizeTexts as diagnosesAuthorize_authorizeTexts } from './diagnoses/authorize';
import {
  textsByArea as diagnosesCatalogue_textsByArea,
  catalogueTexts as diagnosesCatalogue_catalogueTexts,
  grantCheckbox as diagnosesCatalogue_grantCheckbox,
} from './diagnoses/catalogue';
import { clientTexts as diagnosesClients_clientTexts } from './diagnoses/clients';
import { codeTexts as diagnosesCodes_codeTexts } from './diagnoses/codes';
import { connectionTexts as diagnosesConnections_connectionTexts } from './diagnoses/connections';
import { exchangeTexts as diagnosesExchange_exchangeTexts } from './diagnoses/exchange';
import { extensibilityTexts as diagnosesExtensibility_extensibilityTexts } from './diagnoses/extensibility';
import {
  oauthErrorTexts as diagnosesGeneric_oauthErrorTexts,
  fallbackTexts as diagnosesGeneric_fallbackTexts,
} from './diagnoses/generic';
import { keyTexts as diagnosesKeys_keyTexts } from './diagnoses/keys';
import { legacyTexts as diagnosesLegacy_legacyTexts } from './diagnoses/legacy';
import { limitTexts as diagnosesLimits_limitTexts } from './diagnoses/limits';
import { lintTexts as diagnosesLints_lintTexts } from './diagnoses/lints';
import { managementTexts as diagnosesManagement_managementTexts } from './diagnoses/management';
import { mfaTexts as diagnosesMfa_mfaTexts } from './diagnoses/mfa';
import { networkTexts as diagnosesNetwork_networkTexts } from './diagnoses/network';
import { organizationTexts as diagnosesOrganizations_organizationTexts } from './diagnoses/organizations';
import { passkeyTexts as diagnosesPasskeys_passkeyTexts } from './diagnoses/passkeys';
import { passwordlessTexts as diagnosesPasswordless_passwordlessTexts } from './diagnoses/passwordless';
import {
  app as diagnosesPaths_app,
  appSettings as diagnosesPaths_appSettings,
  grantTypes as diagnosesPaths_grantTypes,
  apiAuthorizationSettings as diagnosesPaths_apiAuthorizationSettings,
  apis as diagnosesPaths_apis,
  logs as diagnosesPaths_logs,
  attackProtection as diagnosesPaths_attackProtection,
  mfa as diagnosesPaths_mfa,
  actions as diagnosesPaths_actions,
  actionsLibrary as diagnosesPaths_actionsLibrary,
  rules as diagnosesPaths_rules,
  hooks as diagnosesPaths_hooks,
  database as diagnosesPaths_database,
  customDatabase as diagnosesPaths_customDatabase,
  passwordlessPath as diagnosesPaths_passwordlessPath,
  organizationsPath as diagnosesPaths_organizationsPath,
  appConnections as diagnosesPaths_appConnections,
  appUris as diagnosesPaths_appUris,
  credentials as diagnosesPaths_credentials,
  users as diagnosesPaths_users,
  m2mApps as diagnosesPaths_m2mApps,
  said as diagnosesPaths_said,
  codeHome as diagnosesPaths_codeHome,
  docs as diagnosesPaths_docs,
  grantCheckbox as diagnosesPaths_grantCheckbox,
} from './diagnoses/paths';
import { pollingTexts as diagnosesPolling_pollingTexts } from './diagnoses/polling';
import { refreshTexts as diagnosesRefresh_refreshTexts } from './diagnoses/refresh';
import { resourceServerTexts as diagnosesResourceServer_resourceServerTexts } from './diagnoses/resource-server';
import { sdkTexts as diagnosesSdk_sdkTexts } from './diagnoses/sdk';
import { signupTexts as diagnosesSignup_signupTexts } from './diagnoses/signup';
import { successTexts as diagnosesSuccess_successTexts } from './diagnoses/success';
import { userinfoTexts as diagnosesUserinfo_userinfoTexts } from './diagnoses/userinfo';
import { userTexts as diagnosesUsers_userTexts } from './diagnoses/users';
import { verificationTexts as diagnosesVerification_verificationTexts } from './diagnoses/verification';
import { findingTexts as findings_findingTexts } from './findings';
import { fixTargetLabels as fixTargets_fixTargetLabels } from './fix-targets';
import {
  headerParameters as header_headerParameters,
  algorithms as header_algorithms,
  types as header_types,
} from './header';
import { reportTexts as report_reportTexts } from './report';
import { responseMessages as response_responseMessages } from './response';
import {
  openIdScopes as scopes_openIdScopes,
  managementApiScopes as scopes_managementApiScopes,
  scopeFallbacks as scopes_scopeFallbacks,
} from './scopes';
import {
  timeVerbs as times_timeVerbs,
  validityTexts as times_validityTexts,
  timeFormats as times_timeFormats,
} from './times';
import { transportEvidence as transport_transportEvidence } from './transport';
import { demoUi as uiDemo_demoUi } from './ui-demo';
import { tokenUi as uiToken_tokenUi } from './ui-token';
import { verifyUi as uiVerify_verifyUi } from './ui-verify';
import {
  keyFormats as verify_keyFormats,
  verifyMessages as verify_verifyMessages,
  checkTexts as verify_checkTexts,
} from './verify';

import { pageTexts as authorizePage_pageTexts } from './authorize-page';
import {
  appUris as authorizePaths_appUris,
  callbackUrls as authorizePaths_callbackUrls,
  webOrigins as authorizePaths_webOrigins,
  logoutUrls as authorizePaths_logoutUrls,
  grantTypesPath as authorizePaths_grantTypesPath,
  actionsPath as authorizePaths_actionsPath,
  rulesPath as authorizePaths_rulesPath,
  logsPath as authorizePaths_logsPath,
  authorizeDocs as authorizePaths_authorizeDocs,
  said as authorizePaths_said,
} from './authorize-paths';
import { redirectTexts as authorizeRedirect_redirectTexts } from './authorize-redirect';
import {
  authorizeMessages as authorize_authorizeMessages,
  authorizeUi as authorize_authorizeUi,
  simulatedUi as authorize_simulatedUi,
  landingUi as authorize_landingUi,
  demoLoginUi as authorize_demoLoginUi,
} from './authorize';
import { useMessages as use_useMessages, useUi as use_useUi, useTexts as use_useTexts } from './use';

export const texts = {
  'authorize-page': {
    pageTexts: authorizePage_pageTexts,
  },
  'authorize-paths': {
    appUris: authorizePaths_appUris,
    callbackUrls: authorizePaths_callbackUrls,
    webOrigins: authorizePaths_webOrigins,
    logoutUrls: authorizePaths_logoutUrls,
    grantTypesPath: authorizePaths_grantTypesPath,
    actionsPath: authorizePaths_actionsPath,
    rulesPath: authorizePaths_rulesPath,
    logsPath: authorizePaths_logsPath,
    authorizeDocs: authorizePaths_authorizeDocs,
    said: authorizePaths_said,
  },
  'authorize-redirect': {
    redirectTexts: authorizeRedirect_redirectTexts,
  },
  authorize: {
    authorizeMessages: authorize_authorizeMessages,
    authorizeUi: authorize_authorizeUi,
    simulatedUi: authorize_simulatedUi,
    landingUi: authorize_landingUi,
    demoLoginUi: authorize_demoLoginUi,
  },
  use: {
    useMessages: use_useMessages,
    useUi: use_useUi,
    useTexts: use_useTexts,
  },
  claims: {
    claimOrigins: claims_claimOrigins,
    claimTexts: claims_claimTexts,
    claimFallbacks: claims_claimFallbacks,
    grantTypeValues: claims_grantTypeValues,
    audienceValues: claims_audienceValues,
    timeTexts: claims_timeTexts,
  },
  curl: { curlMessages: curl_curlMessages },
  decode: {
    partNames: decode_partNames,
    decodeMessages: decode_decodeMessages,
    kindNotes: decode_kindNotes,
    inputNotes: decode_inputNotes,
  },
  'diagnoses/apis': { apiTexts: diagnosesApis_apiTexts },
  'diagnoses/authorize': { authorizeTexts: diagnosesAuthorize_authorizeTexts },
  'diagnoses/catalogue': {
    textsByArea: diagnosesCatalogue_textsByArea,
    catalogueTexts: diagnosesCatalogue_catalogueTexts,
    grantCheckbox: diagnosesCatalogue_grantCheckbox,
  },
  'diagnoses/clients': { clientTexts: diagnosesClients_clientTexts },
  'diagnoses/codes': { codeTexts: diagnosesCodes_codeTexts },
  'diagnoses/connections': { connectionTexts: diagnosesConnections_connectionTexts },
  'diagnoses/exchange': { exchangeTexts: diagnosesExchange_exchangeTexts },
  'diagnoses/extensibility': { extensibilityTexts: diagnosesExtensibility_extensibilityTexts },
  'diagnoses/generic': {
    oauthErrorTexts: diagnosesGeneric_oauthErrorTexts,
    fallbackTexts: diagnosesGeneric_fallbackTexts,
  },
  'diagnoses/keys': { keyTexts: diagnosesKeys_keyTexts },
  'diagnoses/legacy': { legacyTexts: diagnosesLegacy_legacyTexts },
  'diagnoses/limits': { limitTexts: diagnosesLimits_limitTexts },
  'diagnoses/lints': { lintTexts: diagnosesLints_lintTexts },
  'diagnoses/management': { managementTexts: diagnosesManagement_managementTexts },
  'diagnoses/mfa': { mfaTexts: diagnosesMfa_mfaTexts },
  'diagnoses/network': { networkTexts: diagnosesNetwork_networkTexts },
  'diagnoses/organizations': { organizationTexts: diagnosesOrganizations_organizationTexts },
  'diagnoses/passkeys': { passkeyTexts: diagnosesPasskeys_passkeyTexts },
  'diagnoses/passwordless': { passwordlessTexts: diagnosesPasswordless_passwordlessTexts },
  'diagnoses/paths': {
    app: diagnosesPaths_app,
    appSettings: diagnosesPaths_appSettings,
    grantTypes: diagnosesPaths_grantTypes,
    apiAuthorizationSettings: diagnosesPaths_apiAuthorizationSettings,
    apis: diagnosesPaths_apis,
    logs: diagnosesPaths_logs,
    attackProtection: diagnosesPaths_attackProtection,
    mfa: diagnosesPaths_mfa,
    actions: diagnosesPaths_actions,
    actionsLibrary: diagnosesPaths_actionsLibrary,
    rules: diagnosesPaths_rules,
    hooks: diagnosesPaths_hooks,
    database: diagnosesPaths_database,
    customDatabase: diagnosesPaths_customDatabase,
    passwordlessPath: diagnosesPaths_passwordlessPath,
    organizationsPath: diagnosesPaths_organizationsPath,
    appConnections: diagnosesPaths_appConnections,
    appUris: diagnosesPaths_appUris,
    credentials: diagnosesPaths_credentials,
    users: diagnosesPaths_users,
    m2mApps: diagnosesPaths_m2mApps,
    said: diagnosesPaths_said,
    codeHome: diagnosesPaths_codeHome,
    docs: diagnosesPaths_docs,
    grantCheckbox: diagnosesPaths_grantCheckbox,
  },
  'diagnoses/polling': { pollingTexts: diagnosesPolling_pollingTexts },
  'diagnoses/refresh': { refreshTexts: diagnosesRefresh_refreshTexts },
  'diagnoses/resource-server': { resourceServerTexts: diagnosesResourceServer_resourceServerTexts },
  'diagnoses/sdk': { sdkTexts: diagnosesSdk_sdkTexts },
  'diagnoses/signup': { signupTexts: diagnosesSignup_signupTexts },
  'diagnoses/success': { successTexts: diagnosesSuccess_successTexts },
  'diagnoses/userinfo': { userinfoTexts: diagnosesUserinfo_userinfoTexts },
  'diagnoses/users': { userTexts: diagnosesUsers_userTexts },
  'diagnoses/verification': { verificationTexts: diagnosesVerification_verificationTexts },
  findings: { findingTexts: findings_findingTexts },
  'fix-targets': { fixTargetLabels: fixTargets_fixTargetLabels },
  header: { headerParameters: header_headerParameters, algorithms: header_algorithms, types: header_types },
  report: { reportTexts: report_reportTexts },
  response: { responseMessages: response_responseMessages },
  scopes: {
    openIdScopes: scopes_openIdScopes,
    managementApiScopes: scopes_managementApiScopes,
    scopeFallbacks: scopes_scopeFallbacks,
  },
  times: { timeVerbs: times_timeVerbs, validityTexts: times_validityTexts, timeFormats: times_timeFormats },
  transport: { transportEvidence: transport_transportEvidence },
  'ui-demo': { demoUi: uiDemo_demoUi },
  'ui-token': { tokenUi: uiToken_tokenUi },
  'ui-verify': { verifyUi: uiVerify_verifyUi },
  verify: { keyFormats: verify_keyFormats, verifyMessages: verify_verifyMessages, checkTexts: verify_checkTexts },
};
