import type * as en from '../en/claims';

export const claimOrigins = {
  'RFC 7519': 'RFC 7519',
  'OpenID Connect': 'OpenID Connect',
  'RFC 9068': 'RFC 9068',
  'RFC 8693': 'RFC 8693',
  'RFC 9449': 'RFC 9449',
  Auth0: 'Auth0',
  'common use': '慣例',
} satisfies typeof en.claimOrigins;
import type { ClaimText } from '../en/claims';

/** このページが説明できるクレームごとに 1 行: RFC 7519 §4.1、OpenID Connect Core §2 と §5.1、RFC 9068、Auth0 独自のもの。 */

const rfc7519 = (text: string): ClaimText => ({ origin: 'RFC 7519', text });
const oidc = (text: string): ClaimText => ({ origin: 'OpenID Connect', text });
const auth0 = (text: string): ClaimText => ({ origin: 'Auth0', text });

export const claimTexts = {
  iss: rfc7519('Issuer（発行者）: トークンを発行した者。Auth0 では末尾のスラッシュ付きの https://YOUR_DOMAIN/ です。'),
  sub: rfc7519(
    'Subject（主体）: トークンが表す対象。auth0|… のようなユーザー ID、または Machine to Machine のトークンでは CLIENT_ID@clients です。',
  ),
  aud: rfc7519(
    'Audience（受信者）: トークンを受け入れてよい相手。API は自身の識別子がここに含まれているかを確認します。',
  ),
  exp: rfc7519('Expiration time（有効期限）: この時刻以降はトークンを受け入れてはいけません。'),
  nbf: rfc7519('Not before（有効開始時刻）: この時刻より前はトークンを受け入れてはいけません。'),
  iat: rfc7519('Issued at（発行時刻）: トークンが発行された時刻。'),
  jti: rfc7519('JWT ID: 一意な識別子。リプレイの検出に使われます。'),
  azp: oidc('Authorized party: トークンの発行先アプリケーションの client_id。'),
  nonce: oidc('認可リクエストの nonce。アプリケーションがリプレイ防止のために検証します。'),
  auth_time: oidc('ユーザーが最後に実際に認証した（資格情報を入力した）時刻。'),
  at_hash: oidc('この ID トークンと一緒に発行されたアクセストークンのハッシュ。'),
  c_hash: oidc('この ID トークンと一緒に発行された認可コードのハッシュ。'),
  acr: oidc('認証コンテキストクラス: ユーザーをどの程度の強度で認証したか。'),
  amr: oidc('使われた認証方式。例: pwd、mfa、otp。'),
  sid: oidc('認可サーバーでのセッション ID。ログアウトに使われます。'),
  name: oidc('フルネーム。'),
  given_name: oidc('名（ファーストネーム）。'),
  family_name: oidc('姓（ラストネーム）。'),
  middle_name: oidc('ミドルネーム。'),
  nickname: oidc('通称。値がない場合、Auth0 はメールアドレスの @ より前の部分を入れます。'),
  preferred_username: oidc('ユーザーが呼ばれたい短い名前。'),
  profile: oidc('ユーザーのプロフィールページの URL。'),
  picture: oidc('ユーザーの画像の URL。'),
  website: oidc('ユーザーの Web ページの URL。'),
  email: oidc('メールアドレス（email スコープが必要）。'),
  email_verified: oidc('メールアドレスが検証済みかどうか。'),
  gender: oidc('性別。'),
  birthdate: oidc('誕生日（YYYY-MM-DD）。'),
  zoneinfo: oidc('タイムゾーン。例: Asia/Tokyo。'),
  locale: oidc('ロケール。例: ja-JP。'),
  phone_number: oidc('電話番号（phone スコープが必要）。'),
  phone_number_verified: oidc('電話番号が検証済みかどうか。'),
  address: oidc('郵便の住所（address スコープが必要）。'),
  updated_at: oidc('プロフィールが最後に更新された時刻。Auth0 はここに ISO 8601 の文字列を入れます。'),
  scope: { origin: 'RFC 8693', text: 'このトークンに付与されたスコープ（スペース区切り）。' },
  scp: { origin: 'common use', text: '配列形式のスコープ（scope の代わりにこれを使う発行者もあります）。' },
  client_id: { origin: 'RFC 9068', text: 'トークンの発行先クライアント（RFC 9068 プロファイル）。' },
  act: { origin: 'RFC 8693', text: 'Actor: 主体に代わって操作している者（トークン交換）。' },
  may_act: { origin: 'RFC 8693', text: '主体に代わって操作してよい者。' },
  cnf: { origin: 'RFC 9449', text: 'Confirmation: トークンが紐付けられた鍵（DPoP または mTLS）。' },
  roles: auth0('ロール。通常は Action で追加します（Auth0 が自動でロールを追加することはありません）。'),
  gty: auth0(
    'Auth0 がこのトークンの発行に使った grant type。例: password、client-credentials。認可コードフローのトークンには含まれません。',
  ),
  permissions: auth0(
    'この API に対するユーザーまたはアプリケーションの権限。API で RBAC と「Add Permissions in the Access Token」が有効なときに追加されます。',
  ),
  org_id: auth0('ユーザーがログインに使った Organization（Auth0 Organizations）。'),
  org_name: auth0('Organization の名前（テナントがトークンに含める設定の場合）。'),
} satisfies typeof en.claimTexts;

export const claimFallbacks = {
  namespaced: auth0(
    'カスタムクレーム。Auth0 の推奨どおり URL で名前空間が付いています。テナントの Action、Rule、Hook で追加されたものです。',
  ),
  custom: auth0(
    'カスタムクレーム。RFC 7519、OpenID Connect、Auth0 のいずれでも定義されていません。Action、Rule、Hook で追加されたものです。',
  ),
} satisfies typeof en.claimFallbacks;

/** Auth0 が gty に書き込む grant type。 */
export const grantTypeValues = {
  password: 'Resource Owner Password グラント（password または password-realm）。',
  'client-credentials': 'Client Credentials グラント（Machine to Machine）。',
  refresh_token: 'リフレッシュトークンから発行。',
} satisfies typeof en.grantTypeValues;

export const audienceValues = {
  userinfo: (host: string) =>
    `${host} の /userinfo エンドポイント。API の audience と一緒に openid をリクエストすると、Auth0 がこの audience を追加します。`,
  managementApi: (host: string) =>
    `${host} の Auth0 Management API（/api/v2/）。このトークンは Management API を呼び出すもので、呼べるエンドポイントはスコープで決まります。`,
} satisfies typeof en.audienceValues;

export const timeTexts = {
  millisecondsHint: 'ミリ秒の値に見えます。JWT の時刻は 1970 年からの秒数です（NumericDate、RFC 7519 §2）。',
  notNumericDate: 'NumericDate ではありません。JWT の時刻は 1970 年からの秒数です。',
  notDate: 'Auth0 や OpenID Connect が送る日付の形式ではありません。',
} satisfies typeof en.timeTexts;
