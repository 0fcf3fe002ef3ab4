import type { Facts } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/paths';

/** Auth0 Dashboard のパス（Dashboard の表記のまま）と、診断テキストが共有するヘルパー。 */
export const app = ['Applications', 'Applications', '対象のアプリ'] satisfies typeof en.app;
export const appSettings = [...app, 'Settings'] satisfies typeof en.appSettings;
export const grantTypes = [...appSettings, 'Advanced Settings', 'Grant Types'] satisfies typeof en.grantTypes;
export const apiAuthorizationSettings = [
  'Settings',
  'General',
  'API Authorization Settings',
] satisfies typeof en.apiAuthorizationSettings;
export const apis = ['Applications', 'APIs', '対象の API'] satisfies typeof en.apis;
export const logs = ['Monitoring', 'Logs'] satisfies typeof en.logs;
export const attackProtection = ['Security', 'Attack Protection'] satisfies typeof en.attackProtection;
export const mfa = ['Security', 'Multi-factor Auth'] satisfies typeof en.mfa;
export const actions = ['Actions', 'Triggers'] satisfies typeof en.actions;
export const actionsLibrary = ['Actions', 'Library'] satisfies typeof en.actionsLibrary;
export const rules = ['Auth Pipeline', 'Rules'] satisfies typeof en.rules;
export const hooks = ['Auth Pipeline', 'Hooks'] satisfies typeof en.hooks;
export const database = ['Authentication', 'Database', '対象の接続'] satisfies typeof en.database;
export const customDatabase = [...database, 'Custom Database'] satisfies typeof en.customDatabase;
export const passwordlessPath = ['Authentication', 'Passwordless'] satisfies typeof en.passwordlessPath;
export const organizationsPath = ['Organizations', '対象の Organization'] satisfies typeof en.organizationsPath;
export const appConnections = [...app, 'Connections'] satisfies typeof en.appConnections;
export const appUris = [...appSettings, 'Application URIs'] satisfies typeof en.appUris;
export const credentials = [...app, 'Credentials'] satisfies typeof en.credentials;
export const users = ['User Management', 'Users', '対象のユーザー'] satisfies typeof en.users;
export const m2mApps = [
  'Applications',
  'APIs',
  'Auth0 Management API',
  'Machine To Machine Applications',
] satisfies typeof en.m2mApps;

/** レスポンス自身の文言を、テキスト本文のあとに引用する。根拠であって診断ではない（ドキュメントのプレースホルダー「…」は引用しない）。 */
export const said = ((f: Facts): string =>
  f.description && /\w/.test(f.description)
    ? `レスポンスには「${f.description}」とあります。`
    : '') satisfies typeof en.said;

export const toolSteps = ((f: Facts): string[] =>
  f.tool
    ? [
        `この呼び出しは ${f.tool} が行いました。${f.tool}${f.tool === 'Deploy CLI' ? '' : ' (またはその Auth0 プロバイダー)'} の更新後に始まったなら、メッセージをその changelog と issue で調べ、修正版が出るまで以前のバージョンに固定してください。`,
        `${f.tool} がこのテナントにない機能 (有料のもの、一部のプランや private instance の Hooks やカスタムドメイン) を呼ぶなら、そのリソースを管理対象から外してください${f.tool === 'Deploy CLI' ? ' (設定の AUTH0_EXCLUDED)' : f.tool === 'Terraform' ? ' (設定から削除し terraform state rm する)' : ''}。`,
      ]
    : []) satisfies typeof en.toolSteps;

/** このレスポンスで動いたテナント側のコードがどこにあるか（応答したグラントまたはエンドポイントから判断）。 */
export const codeHome = ((f: Facts): { where: string; breadcrumb: string[] } => {
  if (f.grant === 'client_credentials')
    return {
      where: 'Machine to Machine（credentials-exchange）の Action、または旧来の Client Credentials Exchange Hook',
      breadcrumb: [...actions, 'credentials-exchange'],
    };
  if (f.endpoint === '/dbconnections/signup' || f.endpoint === '/api/v2')
    return {
      where: 'Pre User Registration の Action、または旧来の Pre User Registration Hook',
      breadcrumb: [...actions, 'pre-user-registration'],
    };
  if (f.grant?.endsWith(':token-exchange'))
    return {
      where: 'プロファイルの Custom Token Exchange Action',
      breadcrumb: [...actions, 'custom-token-exchange'],
    };
  return {
    where: 'Post Login Action、または旧来の Rule',
    breadcrumb: [...actions, 'post-login'],
  };
}) satisfies typeof en.codeHome;

/** Docs links are the same in every language: the English ones, not a copy. */
export { docs } from '../../en/diagnoses/paths';

/** Dashboard の Grant Types チェックボックスに表示されるグラント名。 */
export const grantCheckbox = ((grant = ''): string => {
  if (grant === 'password' || grant.endsWith('/password-realm')) return 'Password';
  if (grant === 'client_credentials') return 'Client Credentials';
  if (grant === 'authorization_code') return 'Authorization Code';
  if (grant === 'refresh_token') return 'Refresh Token';
  if (grant === 'implicit') return 'Implicit';
  if (grant.endsWith(':device_code')) return 'Device Code';
  if (grant.includes('/passwordless/')) return 'Passwordless OTP';
  if (grant.includes('/mfa-')) return 'MFA';
  if (grant.endsWith(':token-exchange')) return 'Token Exchange';
  if (grant.includes('ciba')) return 'Client Initiated Backchannel Authentication (CIBA)';
  return grant || '使用しているグラント';
}) satisfies typeof en.grantCheckbox;
