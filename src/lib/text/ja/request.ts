import type * as en from '../en/request';

/** リクエストフォームの各欄のラベル（shared/ui-contract.md 参照: テストが使うアクセシブルネーム）。 */
export const fieldLabels = {
  client_id: 'Client ID',
  client_secret: 'Client Secret',
  client_assertion: 'クライアントアサーション',
  audience: 'Audience',
  scope: 'Scope',
  username: 'ユーザー名',
  password: 'パスワード',
  realm: 'Realm',
  refresh_token: 'リフレッシュトークン',
  code: '認可コード',
  code_verifier: 'Code verifier',
  redirect_uri: 'リダイレクト URI',
  otp: 'OTP',
  mfa_token: 'MFA トークン',
  oob_code: 'OOB コード',
  binding_code: 'バインディングコード',
  recovery_code: 'リカバリーコード',
  device_code: 'デバイスコード',
  auth_req_id: '認証リクエスト ID',
  subject_token: 'サブジェクトトークン',
  subject_token_type: 'サブジェクトトークンの種類',
} satisfies typeof en.fieldLabels;

export const fieldHelp = {
  audience: 'API の識別子（Applications > APIs）。指定しないと、Auth0 は /userinfo にしか使えないトークンを返します。',
  scope: 'スペース区切り。例: openid profile email offline_access',
  realm: 'コネクション名。例: Username-Password-Authentication（パスワードレスでは email または sms）',
  redirect_uri: '/authorize に redirect_uri を送った場合は、それとまったく同じ値。',
  code_verifier: 'PKCE: /authorize に送った challenge の元になった verifier。パブリッククライアントでは必須です。',
  client_assertion:
    'アプリケーションの秘密鍵で署名した JWT（Private Key JWT）。client_assertion_type jwt-bearer と一緒に送ります。送信のたびに下の鍵でここで署名するか、入力どおりに送ります。有効期間は 1 分程度です。',
  subject_token_type: 'URI。例: urn:ietf:params:oauth:token-type:access_token、またはカスタムプロファイルの type。',
} satisfies typeof en.fieldHelp;

export const grantLabels = {
  password: 'パスワード（Resource Owner Password）',
  'http://auth0.com/oauth/grant-type/password-realm': 'Realm 付きパスワード（password-realm）',
  client_credentials: 'Client Credentials（Machine to Machine）',
  authorization_code: '認可コード（PKCE 対応）',
  refresh_token: 'リフレッシュトークン',
  'urn:ietf:params:oauth:grant-type:device_code': 'デバイスコード',
  'urn:openid:params:grant-type:ciba': 'Client-Initiated Backchannel（CIBA）',
  'http://auth0.com/oauth/grant-type/passwordless/otp': 'パスワードレスのワンタイムコード',
  'http://auth0.com/oauth/grant-type/mfa-otp': 'MFA: ワンタイムパスワード',
  'http://auth0.com/oauth/grant-type/mfa-oob': 'MFA: 帯域外（プッシュ、SMS、メール）',
  'http://auth0.com/oauth/grant-type/mfa-recovery-code': 'MFA: リカバリーコード',
  'urn:ietf:params:oauth:grant-type:token-exchange': 'トークン交換',
} satisfies typeof en.grantLabels;

export const clientAuthLabels = {
  client_secret_post: 'client_secret_post: シークレットをボディに入れる',
  client_secret_basic: 'client_secret_basic: HTTP Basic ヘッダー',
  private_key_jwt: 'private_key_jwt: 秘密鍵で署名したアサーション',
  none: 'none: パブリッククライアント（SPA、Native）',
} satisfies typeof en.clientAuthLabels;

export const encodingLabels = {
  json: 'JSON（Auth0 のドキュメントと同じ）',
  form: 'フォームエンコード（RFC 6749）',
} satisfies typeof en.encodingLabels;

export const encodingHelp = {
  json: 'ブラウザーからの JSON の POST は、まず CORS のプリフライトで確認されます。このページのオリジンが許可されていなければ、テナントはリクエストを処理しません。',
  form: 'フォームエンコードの POST にはプリフライトがありません。ブラウザーが応答を読むことを許可されない場合でも、テナントはリクエストを受け取って処理します（ブルートフォース保護の回数に数えられ、テナントのログにも残ります）。',
} satisfies typeof en.encodingHelp;
