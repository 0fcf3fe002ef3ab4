import type * as en from '../../en/diagnoses/legacy';
import { app, appSettings, docs, logs, said } from './paths';

/** 埋め込みログインと旧来のエンドポイント。 */
export const legacyTexts = {
  'auth0.cross-origin-login-disabled': () => ({
    title: 'このアプリケーションでクロスオリジンログインがオフ',
    cause:
      '埋め込みログイン（自分のドメイン上での auth0.js の login() や Lock）には Cross-Origin Authentication が必要です。',
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Cross-Origin Authentication で Allow Cross-Origin Authentication をオンにしてください。',
      'サイトを Allowed Origins (CORS) に追加してください。可能なら Universal Login を使ってください。',
    ],
    breadcrumb: [...appSettings, 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
  'auth0.origin-not-allowed': (f) => ({
    title: `オリジン ${f.origin ?? f.pageOrigin} が許可されていない`,
    cause:
      'テナントがこのオリジンからのクロスオリジン呼び出しを拒否しました。アプリケーションの Allowed Origins (CORS) に含まれていません。',
    fix: [
      `${f.origin ?? f.pageOrigin} を Applications > Applications > 対象のアプリ > Settings > Allowed Origins (CORS) と Allowed Web Origins に追加し、Save してください。`,
    ],
    breadcrumb: [...appSettings, 'Application URIs', 'Allowed Origins (CORS)'],
    docs: docs.cors,
  }),
  'auth0.embedded-login-request': (f) => ({
    title: '埋め込みログインのリクエストの形式が不正',
    cause: `/co/authenticate の呼び出し（auth0.js または Lock）で、フィールドが欠けているか混在しています。${said(f)}`,
    fix: ['auth0.js または Lock を更新し、SDK のドキュメントどおりに realm、username、password を渡してください。'],
    docs: docs.crossOrigin,
  }),
  'auth0.unsupported-credential-type': () => ({
    title: '不明な credential_type',
    cause: '埋め込みログインのリクエストが、テナントの知らない credential_type を指定しています。',
    fix: ['auth0.js または Lock を更新してください。'],
    docs: docs.crossOrigin,
  }),
  'auth0.embedded-authentication-error': () => ({
    title: '埋め込みログインの失敗',
    cause:
      'クロスオリジン認証が詳細なしで失敗しました。サードパーティ Cookie のブロックや、Allowed Origins (CORS) にオリジンがないことがよくある原因です。',
    fix: [
      'できれば Universal Login を使ってください。そうでなければ同じサイトのカスタムドメインを使い、Allowed Origins (CORS) を確認してください。',
    ],
    breadcrumb: [...app, 'Settings', 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
  'auth0.empty-preflight': (f) => ({
    title: '空のレスポンス: テナントが許可しなかったプリフライト',
    cause:
      'オリジンが許可されていないときの CORS プリフライト（OPTIONS）はこのように見えます: 2xx で、ボディも Access-Control-Allow-Origin もありません。この場合、ブラウザは本来のリクエストを送りません。',
    fix: [
      `パブリッククライアントなら、${f.pageOrigin} を Allowed Web Origins と Allowed Origins (CORS) に追加してください。`,
      'そうでなければ、リクエストを curl で実行して、その出力を貼り付けてください。',
    ],
    breadcrumb: [...appSettings, 'Application URIs', 'Allowed Web Origins'],
    docs: docs.cors,
  }),
  'auth0.legacy-endpoint-oidc': (f) => ({
    title: `旧来の /oauth/${f.legacy ?? 'ro'} エンドポイントはこのアプリケーションでは使えない`,
    cause:
      'OIDC Conformant なアプリケーション（新しいアプリケーションはすべて該当）は /oauth/token を使う必要があります。/oauth/ro と /oauth/access_token は非推奨です。',
    fix: [
      'このページと同じように、同じ資格情報を grant_type=password または password-realm で /oauth/token に送ってください。',
    ],
    docs: docs.legacy,
  }),
  'auth0.endpoint-disabled': () => ({
    title: '非推奨のエンドポイントが無効',
    cause: 'このテナントでは旧来のエンドポイントがオフになっています（Tenant Settings > Advanced > Migrations）。',
    fix: ['呼び出しを、対応するグラントでの /oauth/token に移行してください。'],
    breadcrumb: ['Settings', 'Advanced', 'Migrations'],
    docs: docs.legacy,
  }),
  'auth0.method-not-allowed': (f) => ({
    title: `${f.endpoint ? `${f.endpoint} に対する` : 'このエンドポイントに対する'} HTTP メソッドの誤り`,
    cause:
      'エンドポイントは存在しますが、このメソッドでは使えません。token と revoke のエンドポイントは POST、/userinfo とディスカバリードキュメントは GET です。',
    fix: [
      'エンドポイントのメソッドで送ってください（手書きの curl なら -X を、または POST を GET に変えてしまうリダイレクトがないか確認してください）。',
    ],
  }),
  'auth0.legacy-id-token': (f) => ({
    title: '旧来のエンドポイントに送った id_token が拒否された',
    cause: `${f.endpoint ? `${f.endpoint} は` : 'このエンドポイントは'} ID トークンを読みます。期限内で、このテナントが署名し、このアプリケーションに発行されたものである必要があります。${said(f)}`,
    fix: [
      'このアプリケーションで新たにログインして得た id_token を送ってください。',
      '/tokeninfo と /delegation は非推奨です。代わりにアクセストークンを使って /userinfo でプロファイルを取得してください。',
    ],
    docs: docs.legacy,
  }),
  'auth0.revoke-token-type': () => ({
    title: '/oauth/revoke で失効できるのはリフレッシュトークンだけ',
    cause:
      'Auth0 が /oauth/revoke で失効させるのはリフレッシュトークンです。アクセストークンはここでは失効できず（期限切れを待ちます）、その他のトークンタイプは拒否されます。',
    fix: [
      'refresh_token を token として送ってください（アプリケーションの資格情報も付けて）。',
      'アクセストークンについては、有効期間を短くするか、Dashboard でユーザーのセッションとグラントを取り消してください。',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.legacy-idp-token': (f) => ({
    title: 'ID プロバイダーのアクセストークンが拒否された',
    cause: `/oauth/access_token は、ソーシャルプロバイダー自身のアクセストークン（Facebook、Google など）でユーザーをログインさせます。プロバイダーがこのトークンを無効または期限切れと判断したか、コネクションのものとは別のアプリに発行されたトークンです。${said(f)}`,
    fix: [
      'コネクションが使うキーのアプリ向けに、プロバイダーの SDK から新しいトークンを取得してください（Authentication > Social > 対象のコネクション）。',
      '新しいコードでは Native Social Login（/oauth/token での Token Exchange）を使ってください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続'],
    docs: docs.legacy,
  }),
  'auth0.cross-origin-verification': (f) => ({
    title: '埋め込みログインを完了できません: サードパーティ Cookie',
    cause: `埋め込みログイン（自分のドメインの Lock や auth0.js）は /co/authenticate でログインし、最初の手順で Auth0 が設定した Cookie を使って /authorize で完了します。ブラウザがサードパーティ Cookie をブロックしているため（Safari、Brave、シークレットモードや新しい Cookie ルールの Chrome）その Cookie が残っていないか、ログインチケットが使用済み・期限切れ・別のセッションのものです。${said(f)}`,
    fix: [
      '最善: 埋め込みログインの代わりに Universal Login（/authorize へのリダイレクト）を使うか、サイトと同じドメインのカスタムドメイン（Branding > Custom Domains）を使って Auth0 の Cookie をファーストパーティにしてください。',
      'そうでなければ、クロスオリジン検証ページ（webAuth.crossOriginVerification() を呼ぶページ）を置き、その URL を Applications > 対象のアプリ > Settings > Cross-Origin Authentication > Cross-Origin Verification Fallback に設定してください。',
      'サイトが Allowed Web Origins と Allowed Origins (CORS) にあり、Allow Cross-Origin Authentication がオンであることを確かめてください。',
    ],
    breadcrumb: [...appSettings, 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
  'auth0.legacy-endpoint-gone': (f) => ({
    title: `${f.endpoint ?? 'このレガシーエンドポイント'} はこのテナントにありません`,
    cause:
      'レガシーエンドポイントの廃止後に作られたテナントには、それらがまったくありません（/delegation、/tokeninfo、/oauth/ro、/user/ssodata は 404 を返します）。古いテナントでは Migrations でオフにされます。古い SDK や Lock がまだそれらを呼んでいます。',
    fix: [
      'SDK を更新してください（Lock 11 以降、auth0.js 9 以降、現行のモバイル SDK）。これらはレガシーエンドポイントを呼びません。',
      '呼び出しを置き換えてください: /tokeninfo は /userinfo（または ID トークンをローカルで検証）、/delegation はリフレッシュトークンかサイレント認証、/oauth/ro は /oauth/token と password-realm グラント（パスワードレスのコードは Passwordless OTP グラント: http://auth0.com/oauth/grant-type/passwordless/otp）、/user/ssodata は checkSession。',
    ],
    docs: docs.legacy,
  }),
  'auth0.lock-generic-error': () => ({
    title: 'Lock が名前を付けられない応答のメッセージ',
    cause:
      'Lock は、自分のメッセージを持たない応答すべてに「We’re sorry, something went wrong…」と表示します: 古い Lock が表示できない MFA のチャレンジ（mfa_required）、失敗したルールや Action、サーバーエラーや Auth0 の障害、応答のなかったリクエストなどです。本当の応答は Lock が送ったリクエストにあります。',
    fix: [
      'ブラウザーの開発者ツール > Network を開き、ログインまたはサインアップをやり直して、テナントへの失敗したリクエスト（/co/authenticate、/usernamepassword/login、/oauth/token、/dbconnections/signup）を開いてください: その応答をここに貼り付けてください。',
      'Monitoring > Logs: その時刻の失敗したログインまたはサインアップがエラーを示します。',
      '新しいテスト用アプリケーションも含めすべてのログインが一斉に失敗する場合は、status.auth0.com で障害を確認してください。',
    ],
    breadcrumb: logs,
    docs: docs.crossOrigin,
  }),
  'auth0.oidc-conformant-embedded': (f) => ({
    title: '埋め込みのパスワードログインは OIDC Conformant のアプリケーションでは使えません',
    cause: `アプリケーションが OIDC Conformant で、その場合 Auth0 は、自分のサイトのログインフォーム（古い Lock、9 より前の auth0.js、CMS のプラグイン）が送る旧来の埋め込みパスワードログインを拒否します。${said(f)}`,
    fix: [
      'Universal Login（/authorize へのリダイレクト）でログインするか、クロスオリジン認証でログインする Lock 11 / auth0.js 9 に更新してください。',
      '変えられない古い連携だけの場合: Applications > 対象のアプリ > Settings > Advanced Settings > OAuth > OIDC Conformant をオフにしてください。',
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'OAuth', 'OIDC Conformant'],
    docs: docs.crossOrigin,
  }),
} satisfies typeof en.legacyTexts;
