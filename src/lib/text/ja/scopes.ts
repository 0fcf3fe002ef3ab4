import type * as en from '../en/scopes';

/** OpenID Connect のスコープと Auth0 Management API のスコープの説明。 */

export const openIdScopes = {
  openid: 'OpenID Connect: ID トークンを要求します（アクセストークンで /userinfo も呼べるようになります）。',
  profile: 'OpenID Connect: name、nickname、picture などのプロフィールのクレーム。',
  email: 'OpenID Connect: email と email_verified。',
  address: 'OpenID Connect: address クレーム。',
  phone: 'OpenID Connect: phone_number と phone_number_verified。',
  offline_access:
    'リフレッシュトークンを要求します。Auth0 が発行するのは、API で offline access が許可され、アプリに Refresh Token グラントがある場合だけです。',
} satisfies typeof en.openIdScopes;

/** Management API（https://TENANT/api/v2/）のスコープ。*:current_user* 系はトークンの持ち主のユーザーに対して作用します。 */
export const managementApiScopes = {
  'read:current_user': 'Management API: このトークンの持ち主のユーザーのプロフィールを読み取ります。',
  'update:current_user_metadata': 'Management API: 現在のユーザーの user_metadata を変更します。',
  'delete:current_user_metadata': 'Management API: 現在のユーザーの user_metadata の項目を削除します。',
  'create:current_user_metadata': 'Management API: 現在のユーザーの user_metadata に項目を追加します。',
  'create:current_user_device_credentials': 'Management API: 現在のユーザーのデバイス資格情報を登録します。',
  'delete:current_user_device_credentials': 'Management API: 現在のユーザーのデバイス資格情報を削除します。',
  'update:current_user_identities': 'Management API: 現在のユーザーの ID をリンク・リンク解除します。',
  'read:current_user_metadata': 'Management API: 現在のユーザーの user_metadata を読み取ります。',
  'read:users': 'Management API: ユーザーの一覧・検索・読み取り。',
  'create:users': 'Management API: ユーザーを作成します。',
  'update:users': 'Management API: ユーザーを更新します（app_metadata は除く）。',
  'delete:users': 'Management API: ユーザーを削除します。',
  'read:users_app_metadata': 'Management API: ユーザーの app_metadata を読み取ります。',
  'update:users_app_metadata': 'Management API: ユーザーの app_metadata を変更します。',
  'create:users_app_metadata': 'Management API: ユーザーの app_metadata に追加します。',
  'delete:users_app_metadata': 'Management API: ユーザーの app_metadata から削除します。',
  'read:user_idp_tokens': 'Management API: ユーザーに保存された ID プロバイダーのアクセストークンを読み取ります。',
  'read:clients': 'Management API: アプリケーションを読み取ります。',
  'create:clients': 'Management API: アプリケーションを作成します。',
  'update:clients': 'Management API: アプリケーションを更新します。',
  'delete:clients': 'Management API: アプリケーションを削除します。',
  'read:client_keys': 'Management API: アプリケーションのシークレットと鍵を読み取ります。',
  'read:client_grants': 'Management API: どのアプリケーションがどの API を呼べるかを読み取ります。',
  'create:client_grants': 'Management API: アプリケーションに API へのアクセスを許可します。',
  'read:connections': 'Management API: コネクションを読み取ります。',
  'update:connections': 'Management API: コネクションを更新します。',
  'read:resource_servers': 'Management API: API を読み取ります。',
  'create:resource_servers': 'Management API: API を作成します。',
  'read:roles': 'Management API: ロールを読み取ります。',
  'create:roles': 'Management API: ロールを作成します。',
  'read:logs': 'Management API: テナントのログを読み取ります。',
  'read:stats': 'Management API: テナントの統計を読み取ります。',
  'read:tenant_settings': 'Management API: テナントの設定を読み取ります。',
  'update:tenant_settings': 'Management API: テナントの設定を変更します。',
  'read:organizations': 'Management API: Organization を読み取ります。',
  'create:organizations': 'Management API: Organization を作成します。',
  'read:grants': 'Management API: ユーザーの同意（grant）を読み取ります。',
  'delete:grants': 'Management API: ユーザーの同意（grant）を取り消します。',
  'read:actions': 'Management API: Actions を読み取ります。',
} satisfies typeof en.managementApiScopes;

/** Management API のスコープの動詞（read:users の read など）。知らない動詞はそのまま表示します。 */
const verbs: Record<string, string> = {
  read: '読み取り',
  create: '作成',
  update: '更新',
  delete: '削除',
  blacklist: 'ブロックリスト登録',
};

export const scopeFallbacks = {
  managementApi: (verb: string, resource: string) =>
    `Management API: ${resource.replaceAll('_', ' ')} の${verbs[verb] ?? ` ${verb}`}。`,
  apiPermission: () => 'API で定義された権限（Dashboard > Applications > APIs > 対象の API > Permissions）。',
} satisfies typeof en.scopeFallbacks;
