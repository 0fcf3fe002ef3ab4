import type * as en from '../../en/diagnoses/lints';
import { apiAuthorizationSettings, apis, appSettings, docs, grantTypes } from './paths';

/** 送信前のリクエストについて、このページが気づいたことのテキスト。 */
export const lintTexts = {
  passwordWithoutRealm: () => ({
    title: 'Password グラントは Default Directory を参照する',
    cause:
      'grant_type=password ではコネクションを指定しないため、Auth0 はテナントの Default Directory を参照します。設定されていなければ「Authorization server not configured with default connection」が返ります。',
    fix: [
      'Settings > General > API Authorization Settings > Default Directory にデータベース（通常は Username-Password-Authentication）を設定するか、',
      'password-realm グラントを選び、Realm にデータベース名を入力してください。',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Directory'],
    docs: docs.ropg,
  }),
  clientCredentialsWithoutAudience: () => ({
    title: 'Client Credentials に audience がない',
    cause:
      'Machine-to-Machine トークンは常に1つの API 向けです。audience がなければ、Auth0 は Default Audience を使うか、リクエストを拒否します。',
    fix: ['Audience に API の Identifier を設定してください（Applications > APIs）。'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.m2m,
  }),
  secretFromBrowser: () => ({
    title: 'ブラウザから送られるクライアントシークレット',
    cause:
      'Auth0 がブラウザに応答するのはパブリッククライアント（シークレットなし）だけなので、CORS でブロックされると考えてください。そもそも本物のシークレットをブラウザに置くべきではありません。テスト用テナントなら問題ありません。curl でのフォールバックに切り替わります。',
    fix: [
      'このまま進めてください。ブラウザでブロックされたら、curl をコピーして実行し、その出力を貼り付けてください。',
      '本番のシークレットをここに入力した場合は、終わったらローテーションしてください。',
    ],
    docs: docs.publicClients,
  }),
  scopeCommas: () => ({
    title: 'Scope にカンマが含まれている',
    cause: 'スコープはスペースで区切ります（RFC 6749 §3.3）。「openid,profile」は1つの未知のスコープとして扱われます。',
    fix: ['カンマをスペースに置き換えてください。'],
    docs: docs.scopes,
  }),
  offlineAccess: () => ({
    title: 'offline_access はリフレッシュトークンを要求する',
    cause:
      'Auth0 がリフレッシュトークンを発行するのは、API がオフラインアクセスを許可し、アプリケーションに Refresh Token グラントがある場合だけです。それ以外の場合、レスポンスに refresh_token が含まれないだけです。',
    fix: [
      'Applications > APIs > 対象のAPI > Settings > Allow Offline Access をオンにしてください。',
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types > Refresh Token をオンにしてください。',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  dashboardDomain: (suggestion?: string) => ({
    title: 'テナントではなく Dashboard のアドレス',
    cause: `トークンリクエストの送信先はテナント自身のドメイン${suggestion ? `（ここではおそらく ${suggestion}）` : ''}で、manage.auth0.com ではありません。`,
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Basic Information から Domain をコピーしてください。',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  noAudienceUserGrant: () => ({
    title: 'audience なし: アクセストークンは opaque になる',
    cause:
      'audience がなく（Default Audience もない）場合、Auth0 は /userinfo 専用のアクセストークンを返します。これは Auth0 だけが読めるよう暗号化されています。',
    fix: ['自分の API を呼ぶには、Audience にその Identifier を設定してください（Applications > APIs）。'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  managementApiUserToken: () => ({
    title: 'Management API のユーザートークンには制限がある',
    cause:
      'ユーザーのグラントで Management API（/api/v2/）の audience を指定すると、得られるのは *:current_user* のスコープだけです。ユーザーが読み書きできるのは自分のプロファイルだけで、read:users のような管理用スコープには Client Credentials が必要です。',
    fix: [
      '自分の API を呼ぶなら、代わりにその API の audience を指定してください。',
      '管理用の呼び出しには、Client Credentials で Machine-to-Machine アプリケーションを使ってください。',
    ],
    docs: docs.m2m,
  }),
  publicCodeWithoutVerifier: () => ({
    title: 'コードを交換するパブリッククライアントは PKCE の verifier を送る',
    cause:
      'クライアントシークレットがない場合、Auth0 は /authorize に送った code_challenge に対応する code_verifier を要求します。',
    fix: ['Code verifier を入力してください。'],
    docs: docs.pkce,
  }),
} satisfies typeof en.lintTexts;
