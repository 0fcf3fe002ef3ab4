import type * as en from '../en/authorize-paths';

/** /authorize 側の Dashboard のパス（Dashboard の表記のまま）とドキュメント。 */
export const appUris = [
  'Applications',
  'Applications',
  '対象のアプリ',
  'Settings',
  'Application URIs',
] satisfies typeof en.appUris;
export const callbackUrls = [...appUris, 'Allowed Callback URLs'] satisfies typeof en.callbackUrls;
export const webOrigins = [...appUris, 'Allowed Web Origins'] satisfies typeof en.webOrigins;
export const logoutUrls = [...appUris, 'Allowed Logout URLs'] satisfies typeof en.logoutUrls;
export const grantTypesPath = [
  'Applications',
  'Applications',
  '対象のアプリ',
  'Settings',
  'Advanced Settings',
  'Grant Types',
] satisfies typeof en.grantTypesPath;
export const actionsPath = ['Actions', 'Triggers', 'post-login'] satisfies typeof en.actionsPath;
export const rulesPath = ['Auth Pipeline', 'Rules'] satisfies typeof en.rulesPath;
export const logsPath = ['Monitoring', 'Logs'] satisfies typeof en.logsPath;

/** Docs links are the same in every language: the English ones, not a copy. */
export { authorizeDocs } from '../en/authorize-paths';

/** 「Auth0 のメッセージは…」。Auth0 が何も言わなかったときは空文字列。 */
export const said = ((description: string | undefined): string =>
  description ? `Auth0 のメッセージは「${description}」です。` : '') satisfies typeof en.said;
