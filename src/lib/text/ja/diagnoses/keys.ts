import { doubleSlash, featureOf, refusedFetch } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/keys';
import { apis, docs, said } from './paths';

/** 署名鍵とディスカバリードキュメント。 */
export const keyTexts = {
  'auth0.jwks-kid-not-found': () => ({
    title: 'トークンの kid に一致する鍵が JWKS にない',
    cause:
      'トークンが別のテナントで署名された（jwks_uri が別の場所を指している）、鍵をキャッシュした後にローテーションされた鍵で署名された、または HS256 で署名された（kid がなく、シークレットで署名される）のいずれかです。',
    fix: [
      'ライブラリの参照先を、トークンを発行したテナント（iss）の https://YOUR_DOMAIN/.well-known/jwks.json にしてください。',
      '未知の kid では鍵を再取得させてください。HS256 の場合は API の署名アルゴリズムを RS256 に変更してください（Applications > APIs > 対象のAPI > Settings）。',
    ],
    breadcrumb: [...apis, 'Settings', 'Signing Algorithm'],
    docs: docs.jwks,
  }),
  'auth0.feature-not-offered': (f) => {
    const feature = featureOf(f);
    const first = {
      par: 'このテナントまたはアプリケーションでは Pushed Authorization Requests がオフです（Highly Regulated Identity アドオンに含まれます）: Applications > Applications > 対象のアプリ > Advanced Settings で Allow Pushed Authorization Requests (PAR) をオンにするか、ライブラリの PAR のオプションを外してください。',
      ciba: 'ここでは Client-Initiated Backchannel Authentication が使えません: テナントに CIBA の機能（Enterprise のアドオン）が、アプリケーションに Advanced Settings > Grant Types の CIBA グラントが必要です。',
      logout:
        'Settings > Advanced > Login and Logout で RP-Initiated Logout End Session Endpoint Discovery をオンにするか（2023 年後半より前に作られたテナントではオフです）、ライブラリを Auth0 独自の /v2/logout に設定してください（nextjs-auth0: logoutStrategy “v2”、express-openid-connect: idpLogout と auth0Logout）。',
      mtls: 'Settings > Advanced で Allow mTLS Endpoint Aliases をオンにし、ライブラリを mTLS 用に設定したカスタムドメインに向けてください（mTLS にはカスタムドメインと Highly Regulated Identity アドオンが必要です）。',
      dcr: 'Settings > Advanced で Dynamic Client Registration (DCR) をオンにしてください。MCP などの登録するクライアントには、ログインに使うドメインレベルの接続と、サードパーティアプリケーションからの API へのアクセスも必要です。',
    }[feature ?? 'logout'];
    return {
      title: `テナントは ${f.feature ?? 'この機能'} を提供していません: 設定でオフになっています`,
      cause: `ライブラリはテナントのディスカバリードキュメント（/.well-known/openid-configuration）を読み、使うよう設定された機能のエンドポイントを見つけられませんでした: この機能がテナントでオフになっているか、プランに含まれていません。${said(f)}`,
      fix: [
        ...(feature ? [first] : []),
        'テナントが提供しているものを確認してください: https://{テナント}/.well-known/openid-configuration を開き、エンドポイント（pushed_authorization_request_endpoint、backchannel_authentication_endpoint、end_session_endpoint、mtls_endpoint_aliases、registration_endpoint）を探してください。',
        'または、必要なければライブラリの設定でその機能をオフにしてください。',
      ],
      breadcrumb: ['Settings', 'Advanced'],
      docs: docs.tenantAdvanced,
    };
  },
  'auth0.jwks-no-keys': (f) => ({
    title: 'JWKS の URL から署名鍵が得られない',
    cause: `設定された jwks_uri がテナントのものではありません。相対 URL や空の URL、ドメインと audience の取り違え、または鍵セットではないページが考えられます。${said(f)}`,
    fix: [
      'https://YOUR_DOMAIN/.well-known/jwks.json（テナントのディスカバリードキュメントにある jwks_uri）を使ってください。',
      'URL が正しい場合は、ライブラリに RSA 鍵を読むコードが足りないのかもしれません: PyJWT なら pyjwt[crypto]（cryptography パッケージ）をインストールしてください。ほかのライブラリにも同様の追加パッケージがあります。',
    ],
    docs: docs.jwks,
  }),
  'auth0.jwks-fetch-failed': (f) => ({
    title: '署名鍵を取得できない',
    cause: `ライブラリによる JWKS の取得が失敗しました。ドメインの誤り（プレースホルダーのままや typo）、https ではなく http、プロキシやファイアウォール、またはネットワーク未接続が考えられます。${said(f)}`,
    fix: [
      ...(refusedFetch(f)
        ? [
            '鍵の取得で 403 の場合: テナントの前段の保護が、一部のクライアントの既定の User-Agent（PyJWKClient が送る Python の urllib のもの）を拒否しています。独自のものを送ってください（例: PyJWKClient(url, headers={"User-Agent": "my-api/1.0"})）。',
          ]
        : []),
      'ブラウザで https://YOUR_DOMAIN/.well-known/jwks.json を開いてください。JSON の鍵セットが表示されるはずです。',
      'ライブラリにはテナントの https ドメインをそのまま（パスなしで）設定してください。',
    ],
    docs: docs.jwks,
  }),
  'auth0.tenant-path-not-found': (f) => ({
    title: `${f.endpoint ?? 'このパス'} が見つかりません: URL の組み立てが誤っています`,
    cause: `このパスはどのテナントにもあるので、404 はライブラリが組み立てた URL の誤りを意味します: 末尾にスラッシュのあるドメイン設定（https://YOUR_DOMAIN//userinfo、…//.well-known/jwks.json）、ドメイン設定に含まれたスキームやパス、パスの書き誤り、または別のテナント（リージョン）のドメインです。${said(f)}`,
    fix: [
      'ドメインはホスト名だけ（YOUR_DOMAIN、https:// も末尾の / もなし）、issuer はライブラリの求める通り https://YOUR_DOMAIN/ に設定してください。',
      ...(doubleSlash(f)
        ? [
            'URL のパスの前に // があります: ライブラリが / で終わる issuer (Auth0 の iss は常にそう) に /.well-known/… を付けました。issuer はトークンにあるとおりに保ち、鍵セットの URL をライブラリに明示するか (jwksUri の設定: https://YOUR_DOMAIN/.well-known/jwks.json)、スラッシュを取り除くリリースに更新してください。',
          ]
        : []),
      'https://YOUR_DOMAIN/.well-known/jwks.json をブラウザで開き、鍵セットが表示されることを確かめてください。',
    ],
    docs: docs.jwks,
  }),
  'auth0.discovery-fetch-failed': (f) => ({
    title: 'ディスカバリードキュメントを取得できない',
    cause: `ライブラリが https://YOUR_DOMAIN/.well-known/openid-configuration を読めませんでした。ドメインや issuer の設定の形の誤り、リージョンやテナント名の誤り、またはネットワーク未接続が考えられます。${said(f)}`,
    fix: [
      '設定ごとに求められる形で指定してください: Domain の設定（ASP.NET Core の Auth0:Domain、Next.js や Node の SDK の AUTH0_DOMAIN、Auth0.swift、Auth0.Android、auth0-spa-js）は https:// もスラッシュも付けないホスト名だけ（dev-abc.us.auth0.com）、issuer や authority の URL はスラッシュ付きの https://dev-abc.us.auth0.com/ です。',
      'ブラウザーで https://YOUR_DOMAIN/.well-known/openid-configuration を開いてください: 開けるならライブラリは別の URL を組み立てています（使っている URL をログに出してください）。開けないならドメインが誤っています（リージョンの部分: .us、.eu、.au、.jp。または検証前のカスタムドメイン）。',
      'サーバーからなら、テナントへの送信 HTTPS を確認してください（ファイアウォール、またはライブラリに伝える必要のあるプロキシ: HTTPS_PROXY）。',
    ],
    docs: docs.jwks,
  }),
  'auth0.jwt-key-not-configured': () => ({
    title: 'JWT ミドルウェアに検証用の鍵がない',
    cause:
      'ミドルウェアにシークレットも鍵の取得元も渡されていません。JWKS（またはシークレット）の設定が空で、多くの場合は環境変数が未設定です。',
    fix: [
      'テナントの JWKS（jwksUri https://YOUR_DOMAIN/.well-known/jwks.json）とアルゴリズム [RS256] を設定してください。',
      'ディスカバリーで鍵を探すログインライブラリ（Authlib の server_metadata_url、OIDC クライアントの issuer）には、手で設定した authorize・token の URL の代わりに https://YOUR_DOMAIN/.well-known/openid-configuration を渡してください。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.key-format': (f) => ({
    title: '鍵がコードの読める形式になっていません',
    cause: `コードは PEM の鍵 (private_key_jwt や mTLS のクライアントアサーションに署名する秘密鍵、またはトークンを検証する公開鍵や証明書) を読み込みますが、渡されたテキストがそうなっていません。-----BEGIN …----- と -----END …----- の行がない、改行が潰れている (環境変数に \\n が 2 文字のまま入っている)、鍵が要る所に証明書がある (またはその逆)、PKCS#8 (BEGIN PRIVATE KEY) が要る所に PKCS#1 (BEGIN RSA PRIVATE KEY) がある、のいずれかです。${said(f)}`,
    fix: [
      'コードが読み込む鍵の 1 行目を出力してください。-----BEGIN PRIVATE KEY----- (ライブラリの求めに応じて PUBLIC KEY や CERTIFICATE) で、その後に本当の改行が続く必要があります。',
      '環境変数から読む場合は、使う前に 2 文字の \\n を改行に戻すか、鍵をファイルから読み込んでください。',
      'PKCS#1 は openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem で PKCS#8 に変換してください。トークンの検証には、手でコピーした証明書ではなくテナントの JWKS (https://YOUR_DOMAIN/.well-known/jwks.json) の公開鍵を使ってください。',
      'private_key_jwt では、Applications > Applications > アプリ > Credentials に登録した公開鍵がこの秘密鍵の対でなければなりません。',
    ],
    docs: docs.privateKeyJwt,
  }),
  'auth0.jwks-legacy-x5t': (f) => ({
    title: 'JOSE ライブラリがテナントの古い署名鍵 (その x5t) を拒否しています',
    cause: `何年も前に作られたテナントは、x5t が旧来の形式 (RFC 7517 が求める base64url ではなく、証明書の SHA-1 の 16 進) の署名鍵を公開しています。厳格なライブラリ (go-jose 2.5 以降、jwkset、Hasura のもの) はその鍵や鍵セット全体を拒否するため、どのトークンも検証できません。${said(f)}`,
    fix: [
      '署名鍵をローテーションしてください: Settings > Signing Keys > Rotate Signing Key。その鍵で署名されたトークンが期限切れになったら以前の鍵を失効させます。新しい鍵の x5t は規格どおりです。',
      'または、ライブラリに x5t の検査を省かせるか、Auth0 の鍵セットを受け付けるリリースに更新してください。',
    ],
    breadcrumb: ['Settings', 'Signing Keys'],
    docs: docs.signingKeys,
  }),
} satisfies typeof en.keyTexts;
