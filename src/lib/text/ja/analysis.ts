/** The rest of the Japanese texts (diagnoses, claims, scopes, times, findings, report…), loaded after the first paint; by area. */
import * as claims from './claims';
import * as curl from './curl';
import * as decode from './decode';
import * as diagnosesApis from './diagnoses/apis';
import * as diagnosesAuthorize from './diagnoses/authorize';
import * as diagnosesCatalogue from './diagnoses/catalogue';
import * as diagnosesClients from './diagnoses/clients';
import * as diagnosesCodes from './diagnoses/codes';
import * as diagnosesConnections from './diagnoses/connections';
import * as diagnosesExchange from './diagnoses/exchange';
import * as diagnosesExtensibility from './diagnoses/extensibility';
import * as diagnosesGeneric from './diagnoses/generic';
import * as diagnosesKeys from './diagnoses/keys';
import * as diagnosesLegacy from './diagnoses/legacy';
import * as diagnosesLimits from './diagnoses/limits';
import * as diagnosesLints from './diagnoses/lints';
import * as diagnosesManagement from './diagnoses/management';
import * as diagnosesMfa from './diagnoses/mfa';
import * as diagnosesNetwork from './diagnoses/network';
import * as diagnosesOrganizations from './diagnoses/organizations';
import * as diagnosesPasskeys from './diagnoses/passkeys';
import * as diagnosesPasswordless from './diagnoses/passwordless';
import * as diagnosesPaths from './diagnoses/paths';
import * as diagnosesPolling from './diagnoses/polling';
import * as diagnosesRefresh from './diagnoses/refresh';
import * as diagnosesResourceServer from './diagnoses/resource-server';
import * as diagnosesSdk from './diagnoses/sdk';
import * as diagnosesSignup from './diagnoses/signup';
import * as diagnosesSuccess from './diagnoses/success';
import * as diagnosesUserinfo from './diagnoses/userinfo';
import * as diagnosesUsers from './diagnoses/users';
import * as diagnosesVerification from './diagnoses/verification';
import * as endpoints from './endpoints';
import * as findings from './findings';
import * as fixTargets from './fix-targets';
import * as header from './header';
import * as report from './report';
import * as response from './response';
import * as scopes from './scopes';
import * as times from './times';
import * as transport from './transport';
import * as uiDemo from './ui-demo';
import * as uiToken from './ui-token';
import * as uiVerify from './ui-verify';
import * as verify from './verify';

export const texts = {
  claims: claims,
  curl: curl,
  decode: decode,
  'diagnoses/apis': diagnosesApis,
  'diagnoses/authorize': diagnosesAuthorize,
  'diagnoses/catalogue': diagnosesCatalogue,
  'diagnoses/clients': diagnosesClients,
  'diagnoses/codes': diagnosesCodes,
  'diagnoses/connections': diagnosesConnections,
  'diagnoses/exchange': diagnosesExchange,
  'diagnoses/extensibility': diagnosesExtensibility,
  'diagnoses/generic': diagnosesGeneric,
  'diagnoses/keys': diagnosesKeys,
  'diagnoses/legacy': diagnosesLegacy,
  'diagnoses/limits': diagnosesLimits,
  'diagnoses/lints': diagnosesLints,
  'diagnoses/management': diagnosesManagement,
  'diagnoses/mfa': diagnosesMfa,
  'diagnoses/network': diagnosesNetwork,
  'diagnoses/organizations': diagnosesOrganizations,
  'diagnoses/passkeys': diagnosesPasskeys,
  'diagnoses/passwordless': diagnosesPasswordless,
  'diagnoses/paths': diagnosesPaths,
  'diagnoses/polling': diagnosesPolling,
  'diagnoses/refresh': diagnosesRefresh,
  'diagnoses/resource-server': diagnosesResourceServer,
  'diagnoses/sdk': diagnosesSdk,
  'diagnoses/signup': diagnosesSignup,
  'diagnoses/success': diagnosesSuccess,
  'diagnoses/userinfo': diagnosesUserinfo,
  'diagnoses/users': diagnosesUsers,
  'diagnoses/verification': diagnosesVerification,
  endpoints: endpoints,
  findings: findings,
  'fix-targets': fixTargets,
  header: header,
  report: report,
  response: response,
  scopes: scopes,
  times: times,
  transport: transport,
  'ui-demo': uiDemo,
  'ui-token': uiToken,
  'ui-verify': uiVerify,
  verify: verify,
};
