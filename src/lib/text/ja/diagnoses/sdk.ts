import {
  calledThisMachine,
  gluedPath,
  inAuth0Answer,
  crashedOn,
  isolatedPage,
  methodField,
  providerProfile,
  needsSecret,
  secretEncoding,
  sessionEnded,
  stateLoss,
} from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/sdk';
import { actions, apis, appSettings, appUris, docs, logs, said } from './paths';

/** Auth0 が応答したあとに SDK が出すエラー: ID トークンの検証、state、セッション。 */
export const sdkTexts = {
  'auth0.network-unreachable': (f) => ({
    title: `サーバーから ${f.host ?? 'テナント'} に到達できなかった${f.network ? `（${f.network}）` : ''}`,
    cause: `自分のコードから Auth0（トークンエンドポイント、JWKS、ディスカバリー）への呼び出しが、応答を受け取る前にネットワークで失敗しました。ドメインが解決できない（typo や、“undefined” のような未設定の環境変数）、送信方向のファイアウォールやエグレスのルール、ライブラリが使っていないプロキシ、または途中での接続リセットが考えられます。${said(f)}`,
    fix: [
      ...(gluedPath(f)
        ? [
            `${f.host} はドメインにパスがくっついた形です: ベース URL の末尾のスラッシュがなく、コードがそこへ「oauth/token」をつなげています。ベース URL を https://YOUR_DOMAIN/（スラッシュ付き）にするか、URL を組み立てる関数でつないでください。`,
          ]
        : []),
      ...(calledThisMachine(f)
        ? [
            `呼び出しはこのマシン自身（${f.host}）に向かいました: https:// のない URL はローカルホスト上のパスとして読まれ、未設定のドメイン変数ではパスだけが残ります。ライブラリが URL を求める設定（JWKS URI、issuer）には https:// から始まる完全な URL を指定してください。`,
          ]
        : []),
      'コードが使うドメインを確認してください。テナントのもの（例: dev-abc.us.auth0.com）で、URL が必要な箇所には https:// を付け、環境変数が実際に設定されていること。',
      '同じマシンやコンテナから curl -v https://{テナント}/.well-known/openid-configuration を試してください。これも失敗する場合は、*.auth0.com（とカスタムドメイン）への送信 HTTPS を許可するか、ライブラリにプロキシを設定してください（HTTPS_PROXY、または jwks-rsa や passport のエージェント）。',
      'ときどき起こるリセットやタイムアウトには、リトライし、取得したものをキャッシュしてください（jwks-rsa の cache: true）。呼び出しの回数が減ります。',
    ],
  }),
  'auth0.app-crash': (f) => {
    const on = crashedOn(f);
    const field = f.field ? `（${f.field}）` : '';
    const first = {
      'id-token':
        'ID トークンが返っていません: ログイン（またはライブラリの設定）の scope に openid（と profile、email）を加え、ログインし直してください。',
      'refresh-token':
        'リフレッシュトークンが返っていません: scope に offline_access を加え、API の Allow Offline Access をオンにしてください（Applications > APIs > 対象のAPI > Settings > Access Settings）。',
      'access-token':
        'トークンを含まない応答からトークンを読もうとしています: Auth0 がエラー（{"error": …}）を返したか、ライブラリが別の URL を呼んでいます。まずその応答をログに出すかここに貼り付けてください。そのエラーが本当の原因です。',
      profile: `Auth0 が返した内容にこのフィールド${field}はありません: OIDC 準拠の ID トークン、アクセストークン、/userinfo には標準のクレームしか入りません。post-login Action で名前空間付きのカスタムクレームとして加え（api.idToken.setCustomClaim('https://your-app.example/${f.field ?? 'field'}', …)）、その名前で読んでください。`,
    }[on ?? 'profile'];
    return {
      title: `アプリケーションが Auth0 の応答を処理中にクラッシュしました${field}: テナントの問題ではありません`,
      cause: `これはアプリケーション（またはその中のライブラリ）の例外です（トレースに出ているのは自分のファイルやパッケージです${f.crash ? `。${f.crash} は Auth0 の Node.js サンドボックスのものではありません` : ''}）。コードが、Auth0 の応答にない値を読もうとしました。テナント側のコード（Actions、Rules）のエラーは、Auth0 の応答の中（error=server_error や access_denied）で届きます。${said(f)}`,
      fix: [
        ...(f.sdkFrame
          ? [
              `クラッシュは ${f.sdkFrame} の内部です。古いリリースはエラーの応答を報告せずにこう失敗します。ブラウザーのネットワークタブでテナントへのリクエスト (/oauth/token、/authorize) を探し、その応答をここに貼り付けてください。その上で ${f.sdkFrame} を更新してください。`,
            ]
          : []),
        ...(on ? [first] : []),
        'トレースの中で最初に出てくる自分のコードのフレームを探してください: 欠けている値（undefined、nil、None、null）を読んでいる行です。値があると決めつけず、そこで確かめてください。',
        ...(on || methodField(f) ? [] : [first]),
        'フレームがライブラリの中（node_modules、site-packages、gem）にあるときは、そのバージョンの issue と changelog を確認し、アップグレードし、ライブラリが求めるオプションを渡してください。',
      ],
      breadcrumb: on === 'profile' || !on ? [...actions, 'post-login'] : undefined,
      docs: on === 'refresh-token' ? docs.refreshTokens : on === 'id-token' ? docs.idTokens : docs.customClaims,
    };
  },
  'auth0.tls-trust': (f) => ({
    title: inAuth0Answer(f)
      ? 'テナントのコードが、呼び出すサーバーの証明書を信頼していません'
      : 'このマシンが Auth0 として提示された証明書を信頼していない',
    cause: inAuth0Answer(f)
      ? `Auth0 は応答しており、その文言は TLS の失敗です: このテナントのカスタムデータベースのスクリプトか Action があなたのサーバー（データベース、API）を呼び、そのサーバーが Auth0 のサンドボックスの信頼しない自己署名または私設の証明書を示しました。${said(f)}`
      : `Auth0 が応答する前に、テナントへの HTTPS 接続が失敗しました。ランタイム（Node、Java、.NET、端末）が受け取った証明書チェーンを信頼していません。多くの場合、社内プロキシ、VPN、ウイルス対策ソフトが TLS を検査し、独自の認証局で署名し直しています。古い端末ではルート証明書が古いこともあります。${said(f)}`,
    fix: [
      ...(inAuth0Answer(f)
        ? [
            'そのサーバーに公的な認証局の証明書を使うか、検証を切らずにスクリプトで証明書をピン留めしてください（checkServerIdentity でフィンガープリントを比べる、またはデータベースクライアントの TLS オプション）（Authentication > Database > 対象の接続 > Custom Database、または Actions > Library）。',
          ]
        : []),
      'プロキシのルート証明書をランタイムに渡してください。Node（Auth0 CLI、deploy CLI、SDK）なら NODE_EXTRA_CA_CERTS=/path/to/ca.pem、Java なら JVM のトラストストア（keytool -importcert）、.NET ならシステムの証明書ストアです。',
      'または、プロキシの TLS 検査から *.auth0.com（とカスタムドメイン）を除外してください。',
      '古い端末では、OS や HTTP スタックのルート証明書を更新してください。証明書の検証を無効にしないでください。',
    ],
    docs: docs.nodeCaCerts,
  }),
  'auth0.opaque-access-token': (f) => ({
    title: 'アクセストークンが JWT ではない: audience が指定されていない',
    cause: `コードがアクセストークンを JWT（ドットで区切られた 3 つの部分）としてデコードしようとしましたが、部分が足りませんでした。ログインやトークンリクエストが API を指定していない（audience パラメータがなく、テナントの Default Audience もない）場合、Auth0 は /userinfo にしか使えない不透明な（opaque）アクセストークンを発行します。${said(f)}`,
    fix: [
      'ログイン（/authorize、または SDK の authorizationParams）かトークンリクエストで、audience = API の Identifier（Applications > APIs）を送ってください。アクセストークンはその API 向けの JWT になります。',
      'または Settings > General > API Authorization Settings で Default Audience を設定してください。',
      'ユーザーが誰かを知るには、アクセストークンをデコードせず、ID トークン（または /userinfo）を使ってください。',
      '発行時は JWT なのに届いた先で JWT でないなら、途中でコードが変えています（btoa や base64 でもう一度エンコードした、引用符で囲んだ、切り詰めた、「Bearer Bearer …」と送った）。API が受け取った値をここのトークン欄に貼り付けてください: JWT はドットで区切られた 3 つの部分からなります。',
    ],
    breadcrumb: ['Applications', 'APIs'],
    docs: docs.opaqueTokens,
  }),
  'auth0.id-token-issuer': (f) => ({
    title: 'ID トークンの発行者が設定と一致しません',
    cause: `SDK は、iss が設定したドメインであることを期待しています。カスタムドメインとテナント本来のドメインでは発行者が異なります。${said(f)}`,
    fix: [
      'SDK には、ユーザーがログインに使うドメイン（カスタムドメインを使っているならそちら）を一貫して設定してください。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.id-token-audience': (f) => ({
    title: 'ID トークンが別のアプリケーション向けです',
    cause: `ID トークンの aud はログインしたアプリケーションの Client ID ですが、SDK には別の Client ID が設定されています。${said(f)}`,
    fix: [
      'SDK にはログインリクエストと同じ Client ID を使ってください（Applications > Applications > 対象のアプリ > Settings）。',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-nonce': () => ({
    title: 'ID トークンの nonce が一致しません',
    cause:
      'ログイン開始時に保存した nonce が、トークン内のものと違います。ログインを同時に 2 つ行った、ストレージが消去された、コールバックが再実行された、などが考えられます。',
    fix: ['アプリケーションからログインを 1 つのタブでやり直し、コールバックの処理は SDK に 1 回だけ任せてください。'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-time': () => ({
    title: 'ID トークンの時刻が検証する側の時計と合いません',
    cause:
      'exp、iat、nbf のいずれかが、トークンを検証するマシン（端末、またはサーバー）の時計とずれています。その時計が間違っているか、トークンが本当に期限切れです。',
    fix: [
      '端末の時刻を自動設定にし、サーバーでは時計を同期してください（NTP）。SDK の leeway オプションで多少のずれは許容できます。',
      '1〜2 秒のずれで失敗するなら、SDK が猶予を認めていません（auth0.js 9.12.0 がそうでした）: 更新するか、leeway の設定（60 秒）を指定してください。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.id-token-max-age': () => ({
    title: 'ログインが max_age の許容範囲より古い',
    cause: 'リクエストで max_age を指定しており、ユーザーの最後の認証（auth_time）がそれより古くなっています。',
    fix: ['ユーザーに再ログインしてもらう（prompt=login）か、max_age を緩めてください。'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-organization': () => ({
    title: 'ID トークンに期待した Organization がありません',
    cause:
      'SDK は Organization を期待するよう設定されていますが、トークンに Organization（org_id、org_name）がないか、別のものが入っています。',
    fix: [
      'organization パラメーターを付けてログインし、アプリケーションで Organization を許可してください（Applications > 対象のアプリ > Organizations）。',
    ],
    breadcrumb: ['Applications', 'Applications', '対象のアプリ', 'Organizations'],
    docs: docs.orgLogin,
  }),
  'auth0.id-token-hs256': (f) => ({
    title: 'ID トークンが HS256 で署名されています',
    cause: `HS256 の署名はアプリケーションの Client Secret で検証します: ブラウザーやモバイルアプリには Client Secret がなく、サーバーの SDK には設定が必要です。そのため SDK がトークンを拒否します。${said(f)}`,
    fix: [
      ...(needsSecret(f)
        ? [
            'サーバーでは、SDK にアプリケーションの Client Secret を設定してください（clientSecret の設定）。HS256 はそれで検証されます。',
          ]
        : []),
      ...(secretEncoding(f)
        ? [
            'シークレットは書かれたまま使われます: Auth0 のクライアントシークレットは base64 エンコードされていないので、SDK やプラグインの「クライアントシークレットが base64 エンコード済み」の設定を切ってください（WordPress: Auth0 > Settings > Basic）。',
          ]
        : []),
      `${needsSecret(f) ? 'または、' : ''}検証に Client Secret のいらない RS256 で署名してください: Applications > Applications > 対象のアプリ > Settings > Advanced Settings > OAuth > JSON Web Token Signature Algorithm を RS256 にし、ログインし直してください。`,
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'OAuth', 'JSON Web Token Signature Algorithm'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-claim': (f) => ({
    title: 'SDK が ID トークンを拒否しました',
    cause: `Auth0 が返した ID トークンが、SDK のチェックのいずれかに通りませんでした。${said(f)}`,
    fix: [
      'ID トークンを「トークンを貼り付け」に貼り付け、そのクレームを SDK の設定（ドメイン、Client ID）と比べてください。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sdk-state': (f) => {
    const loss = stateLoss(f);
    return {
      title: 'ログインが state なしで戻ってきました: 開始時にアプリが保存したものが失われています',
      cause: `ログインの開始時に SDK は state（と nonce）を Cookie またはストレージに保存し、Auth0 がブラウザーをコールバックに戻したときに照合します。コールバックの時点でそれがないか、別のログインのものでした。${said(f)}`,
      fix: [
        ...(loss === 'correlation'
          ? [
              'ASP.NET Core: correlation と nonce の Cookie は SameSite=None で、ブラウザーは Secure 付きでないと保持しません。アプリを https で提供し（ローカルでも。プロキシの後ろなら UseForwardedHeaders でスキームを渡す）、コールバックと同じホストでログインを開始してください。',
            ]
          : loss === 'transaction-cookie'
            ? [
                'トランザクション Cookie（auth_verification、または SDK の state Cookie）が戻ってきませんでした: http や古いブラウザーでは SameSite=None が拒否されます（https を使い、SDK のレガシー SameSite のフォールバックをオンのままにしてください）。同じドメインの 2 つのアプリは互いの Cookie を上書きします（それぞれに別のトランザクション Cookie 名とセッション Cookie 名を付けてください）。',
              ]
            : loss === 'parsed-twice'
              ? [
                  'Lock はコールバックを自分で解析します（autoParseHash は既定で有効）。resumeAuth や parseHash も呼ぶと、使用済みの state を読むことになります: resumeAuth を自分で呼ぶなら autoParseHash: false を設定してください。',
                ]
              : loss === 'no-session'
                ? [
                    'このライブラリは state（と openid に必要な nonce）をサーバーのセッションに保存します: その前にセッションのミドルウェアを入れ（passport.initialize() の前に express-session。プロキシの後ろなら secure な Cookie が付くよう app.set(“trust proxy”, 1)）、state はオンのままにしてください。',
                  ]
                : []),
        'ログインは SDK のログイン用ルートまたはメソッドから開始してください。手作りの /authorize リンク、ブックマーク、戻るボタン、ID プロバイダー側から始めたログインでは state が保存されません。',
        '開始とコールバックを同じサイトにしてください: コールバック URL のホストとポート（localhost と 127.0.0.1 は別のサイトです）、両方とも https、www の有無も同じに。Allowed Callback URLs と SDK のベース URL を一致させてください。',
        '本番ビルド (next start、NODE_ENV=production) は state の Cookie に Secure を付け、素の http ではブラウザーがそれを捨てます: https で配信する (ローカルの TLS プロキシ)、ローカルでは開発サーバーを使う、または Cookie がベース URL のスキームに従う SDK のバージョンを使ってください。',
        'Cookie が往復のあいだ残るようにしてください: Cookie を削ったり名前を変えたりするキャッシュ、CDN、マネージドホスト、セッションのないサーバーライブラリ（passport の前に express-session を設定する）、共有セッションストアのない複数のサーバーインスタンス、1 つのブラウザーでの同時ログイン（複数タブやサイレント認証の iframe。一部の SDK バージョンの既知のバグで、アップグレードで直ります）は、どれも Cookie を失わせます。',
        'ブラウザーの上限（約 4 KB）を超えた Cookie は何も言わずに捨てられます: セッション Cookie がその上限近くまで大きくなると（大きなトークン、多くのカスタムクレーム、Cookie に保存したトークン）、その隣に置かれる state の Cookie が失われることがあります。セッションのクレームを減らす、トークンをサーバー側に保存する、または Cookie を分割する SDK バージョンにアップグレードしてください。',
      ],
      breadcrumb: [...appUris, 'Allowed Callback URLs'],
      docs: docs.spa,
    };
  },
  'auth0.sdk-secure-origin': () => ({
    title: 'SDK には安全なオリジンが必要です',
    cause:
      'auth0-spa-js は Web Crypto を使いますが、ブラウザーがそれを提供するのは https のページと http://localhost だけです。',
    fix: [
      'アプリケーションを https で配信するか、http://localhost で動かしてください（IP アドレスやローカルのホスト名は不可）。',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-no-session': () => ({
    title: 'アプリケーション自身のセッションがなくなっています',
    cause:
      'サーバー側の SDK はログイン後に独自のセッション（Cookie）を保持します。それが期限切れ（ローリングまたは絶対的な期間）になったか、設定されなかったため、渡せるトークンがありません。',
    fix: [
      'ユーザーにもう一度ログインしてもらってください。',
      'SDK のセッション期間と、Cookie がこのホストに設定されているか（同じドメイン、https なら secure）を確認してください。',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-session-secret': () => ({
    title: 'セッション Cookie が別のシークレットで暗号化されています',
    cause:
      'サーバー側の SDK は AUTH0_SECRET（またはセッションシークレット）でセッション Cookie を暗号化します。Cookie の設定後にシークレットが変わったか、インスタンスごとに異なるシークレットを使っています。',
    fix: [
      'すべてのインスタンスで同じ固定のシークレットを使ってください。変更したあとは、サイトの Cookie を一度消去してください。',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-timeout': () => ({
    title: 'SDK が Auth0 の応答を待ちきれませんでした',
    cause:
      'サイレント認証（iframe）またはポップアップに時間内の応答がありませんでした。サードパーティ Cookie のブロック、Allowed Web Origins へのページのオリジンの登録漏れ、ネットワークの遅さが考えられます。',
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Allowed Web Origins に、ページのオリジンを追加してください。',
      'iframe の代わりにリフレッシュトークン（useRefreshTokens: true）を使うか、同じサイトのカスタムドメインを使ってください。',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.silentAuth,
  }),
  'auth0.sdk-popup-blocked': () => ({
    title: 'ブラウザーがログインのポップアップをブロックしました',
    cause:
      'window.open が何も返しませんでした。ブラウザーがポップアップを許可するのは、クリックへの直接の応答の場合だけです。',
    fix: [
      'loginWithPopup はクリックハンドラーの中で、await より前に呼び出してください。または loginWithRedirect を使ってください。',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-missing-scopes': (f) => ({
    title: 'リフレッシュトークンに要求した scope がありません',
    cause: `リフレッシュではログイン時の scope が引き継がれます: あとから要求した scope（や別の API）は、リフレッシュでは付与されません。${said(f)}`,
    fix: [
      '1 つのリフレッシュトークンを複数の API に使う場合（Multi-Resource Refresh Token、SDK の useMrrt）: アプリケーションのリフレッシュトークンのポリシーにその API と scope が入っている必要があります（Applications > Applications > 対象のアプリ > Settings のリフレッシュトークンのポリシー、または Management API）。または SDK がログインにフォールバックするようにしてください（useRefreshTokensFallback）。',
      'そうでなければ、新しい scope を指定して再ログインしてください（または、ログイン時の scope だけを要求してください）。',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.session-expiry-claim': (f) =>
    sessionEnded(f)
      ? {
          title: 'セッションが ID プロバイダーの定めた期限に達しました: ログインし直してください',
          cause: `エンタープライズ接続は ID プロバイダーのセッションの期限（session_expiry クレーム）を引き継いでおり、その時刻が来ました: SDK はそれを超えてトークンを更新しません。設定の誤りではありません。${said(f)}`,
          fix: [
            'アプリがトークンを更新する箇所でこのエラー（express-openid-connect の SessionExpiredError、Auth0.swift の .sessionExpired など）を捕捉し、ユーザーをもう一度ログインさせてください。',
            'セッションを長くしたい場合は、ID プロバイダー側のセッションの有効期間を延ばしてください。Auth0 はそれに従います。',
          ],
          breadcrumb: ['Authentication', 'Enterprise', '対象の接続', 'Settings'],
          docs: docs.actions,
        }
      : {
          title: 'session_expiry クレームがない、または単位が誤っている',
          cause:
            'エンタープライズコネクションがセッションの有効期間を ID プロバイダーの session_expiry クレームから取る設定なのにプロバイダーが送っていないか、Action が session_expiry（または同様のクレーム）を、エポックからの秒数が読まれるところにミリ秒で設定しています。',
          fix: [
            'Authentication > Enterprise > 対象の接続 で、ID プロバイダーが session_expiry を送るようにするか、ID トークンからセッションの有効期限を取る設定をオフにしてください。',
            'Action では Math.floor(Date.now() / 1000) + 秒数 として設定してください（Actions > Triggers > post-login）。',
          ],
          breadcrumb: ['Authentication', 'Enterprise', '対象の接続', 'Settings'],
          docs: docs.actions,
        },
  'auth0.not-the-tenant': (f) => ({
    title: 'Auth0 ではなく自分のサーバーが答えました',
    cause: `「Cannot ${f.method ?? 'GET'} ${f.path ?? '/…'}」は、Express（Node.js）のサーバーが扱わないパスに返す文言で、Auth0 のテナントはこう答えません。リクエストはテナントではなく、自分のアプリ、ローカルのサーバー、またはプロキシに届いています: ドメインや issuer の設定が空、プレースホルダー、localhost のまま、または社内プロキシに書き換えられています。${said(f)}`,
    fix: [
      'ライブラリが呼ぶ URL を出力してください。ホストは YOUR_DOMAIN（your-tenant.region.auth0.com かカスタムドメイン）でなければなりません。',
      'ドメイン / issuer の設定（AUTH0_DOMAIN や AUTH0_ISSUER_BASE_URL などの環境変数が多い）を設定して再起動してください。プロキシの内側では、テナントへのリクエストをそのまま通してください。',
    ],
    docs: docs.jwks,
  }),
  'auth0.csp-blocked': (f) => ({
    title: 'ページの Content-Security-Policy が Auth0 への呼び出しをブロックしました',
    cause: `ブラウザーはリクエストを送っていません: 自分のサーバーがページと一緒に送っている Content-Security-Policy${f.directive ? `（${f.directive} ディレクティブ）` : ''}に ${f.host ?? 'テナントのドメイン'} が入っていません。Auth0 は関係していません。${said(f)}`,
    fix: [
      'テナントのドメイン（https://{テナント}、カスタムドメインを使うならそれも）を、SDK の /oauth/token や /userinfo への呼び出しのために connect-src に、iframe でのサイレント認証のために frame-src に、ログインフォームがそこへ送信するなら form-action に加えてください。',
      'ヘッダーを実際に付けている場所で変えてください（helmet などのミドルウェア、nginx、ホスティングのヘッダー設定ファイル、<meta http-equiv> タグ）: ブラウザーはすべてを適用するので、Content-Security-Policy を送るどの層でも許可が必要です。',
    ],
    docs: docs.spa,
  }),
  'auth0.coop-popup': (f) => ({
    title: isolatedPage(f)
      ? 'クロスオリジン分離されたページでは、非表示の iframe でトークンを更新できません'
      : 'Cross-Origin-Opener-Policy がログインのポップアップをページから切り離しています',
    cause: `ページが Cross-Origin-Opener-Policy（same-origin。クロスオリジン分離のため COEP と一緒のことが多い）付きで配信されているため、Auth0 用に開いたウィンドウは別のブラウジングコンテキストグループに入り、SDK はそれが閉じたことも応答も受け取れません。${said(f)}`,
    fix: [
      ...(isolatedPage(f)
        ? [
            '非表示の iframe ではなくリフレッシュトークンで更新してください: SDK で useRefreshTokens: true（offline_access と、アプリケーションの Refresh Token Rotation も）。または COOP と COEP なしでページを配信してください。',
          ]
        : []),
      'クロスオリジン分離が不要なら、ポップアップを開くページを Cross-Origin-Opener-Policy: same-origin-allow-popups（または指定なし）で配信してください。',
      'または、ポップアップではなくリダイレクトでログインしてください（loginWithRedirect）。その後のトークンには、非表示の iframe ではなくリフレッシュトークン（useRefreshTokens）を使ってください。',
    ],
    docs: docs.spa,
  }),
  'auth0.session-cookie-size': (f) => ({
    title: 'セッション Cookie が大きすぎます',
    cause: `アプリはセッション（ID トークン、アクセストークン、リフレッシュトークン、ユーザープロファイル）を Cookie に保存しており、それがブラウザーが保持できる大きさ（Cookie 1 つあたり約 4 KB）やサーバーがヘッダーとして受け付ける大きさ（8〜16 KB）を超えました: 大きなカスタムクレーム、複数の audience のトークン、多数のグループや権限のクレームなどです。${said(f)}`,
    fix: [
      'セッションに入れるものを減らしてください: アプリが使わないクレームを捨て（nextjs-auth0: beforeSessionSaved、express-openid-connect: afterCallback）、長いグループや権限の一覧を ID トークンに入れないでください。',
      'または、セッションをサーバー側に保存してください（データベースや Redis のセッションストア）。Cookie にはその ID だけが入ります。',
      'プロキシが 431 や 494 を返す場合、ヘッダーの上限を上げても（nginx の large_client_header_buffers）肥大化を隠すだけです。',
    ],
    docs: docs.customClaims,
  }),
  'auth0.sdk-dpop-not-configured': (f) => ({
    title: '保存された認証情報は DPoP に結び付いていますが、このクライアントには DPoP がありません',
    cause: `ログインで DPoP を要求したため、トークンはデバイス上の鍵に結び付いています。それを今読んだり更新したりするクライアント（Credentials Manager、API クライアント）が DPoP なしで作られているため、鍵を証明できません。${said(f)}`,
    fix: [
      'これらの認証情報を使うクライアントはすべて、ログイン時と同じく DPoP 付きで作ってください: Auth0.swift では CredentialsManager に Auth0.authentication().useDPoP()、Auth0.Android では AuthenticationAPIClient(account).useDPoP(context)。',
      'または、API が DPoP を必須としないなら、保存された認証情報を消して DPoP なしでログインし直してください。',
    ],
    docs: docs.dpop,
  }),
  'auth0.sdk-no-stored-credentials': (f) => ({
    title: '資格情報マネージャーに資格情報がありません',
    cause: `アプリが SDK の資格情報マネージャーに資格情報を求めましたが、保存されていませんでした: インストールまたはログアウト以降この端末でログインが完了していない、直前のログインが失敗またはキャンセルされた（何も保存されない）、またはストアが消去されました。Auth0 には何も送られていません。${said(f)}`,
    fix: [
      '読む前に確認してください: まず hasValidCredentials()（またはフックの user）を見て、false なら authorize() でログインを始めてください。',
      'authorize() の後は getCredentials() を呼ぶ前にそのエラー（React のフックならフックの error）を確認してください: 拒否やキャンセルされたログインは何も保存しません。',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-no-browser': (f) => ({
    title: 'ログインを開くブラウザーがありません',
    cause: `SDK は Universal Login をブラウザー（Custom Tabs）で開きますが、使えるブラウザーが見つかりませんでした: Android 11 以降、パッケージの可視性の制限により、宣言していないアプリからはブラウザーが見えません。ブラウザーのないデバイスやプロファイルもあります。${said(f)}`,
    fix: [
      'Auth0.Android をアップグレードするか（1.26 以降はブラウザーの queries を宣言しています）、アプリのマニフェストに https の VIEW の <queries> インテントを加えてください。',
      'アプリでこのエラーを扱ってください: ブラウザーをインストールするか有効にするよう案内してください。',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-user-cancelled': (f) => ({
    title: 'ユーザーがログインをキャンセルしました',
    cause: `ユーザーがログインのシート、ポップアップ、ブラウザーのタブを閉じたか、システムの「… を使用してサインイン」の確認にキャンセルと答えました: 何も失敗していません。${said(f)}`,
    fix: [
      'アプリでは通常の結果として扱ってください: サインアウトのまま、エラーメッセージを出さずにもう一度試せるようにしてください。',
      'iOS では、キャンセルを招く確認は一時的なセッションで出なくなります（Auth0.swift の useEphemeralSession()。ただしシングルサインオンは使えません）。',
    ],
    docs: docs.pkce,
  }),
  'auth0.no-id-token': (f) => ({
    title: 'ID トークンが返りません: ログインで openid スコープを要求していません',
    cause: `Auth0 が ID トークンを返すのは、ログインの scope に openid があるときだけです。ないとコードの交換はアクセストークンだけを返し、ID トークンを前提とするライブラリは失敗します。${said(f)}`,
    fix: [
      '/authorize リクエストの scope（またはライブラリの scope の設定）に openid（ユーザーの名前とメールには profile と email も）を加えてください。',
      'そのうえでログインし直してください: 前のログインのコードからは ID トークンを得られません。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sdk-authorize-param-not-allowed': (f) => ({
    title: `SDK がログイン URL から${f.params ? `「${f.params}」` : 'オプション'}を外しました`,
    cause: `auth0.js（とそれを使う Lock）は /authorize が受け付けるパラメータだけを送り、それ以外は送らずに警告します: authorize()、WebAuth のコンストラクタ、Lock の auth.params に渡したオプションのうち /authorize が知らないものです。ログインはそれなしで進むので、それに頼る処理はその値を受け取れません。${said(f)}`,
    fix: [
      'authorize() / auth.params からそのオプションを外すか、/authorize が受け付ける名前（response_type、scope、audience、connection、prompt、login_hint、organization、invitation、ui_locales、max_age…）を使ってください。',
      '独自のデータをログインに通すには state（または appState）か、ext- で始まるパラメータに入れてください。Universal Login と Actions（event.request.query）から読めます。',
      'Auth0 が返したエラー（error、error_description）を読むには、authorize() に渡さず parseHash() でコールバック URL から読んでください。',
    ],
    docs: docs.authorizeParams,
  }),
  'auth0.sdk-min-ttl': (f) => ({
    title: 'minTTL がアクセストークンの有効期間より長い',
    cause: `Credentials Manager に少なくとも minTTL 秒有効なトークンを求めましたが、API が発行するアクセストークンの有効期間はそれより短く、更新しても常に足りません。${said(f)}`,
    fix: [
      'minTTL を小さくしてください（トークンの有効期間より十分短く）。',
      'または API の Token Expiration を延ばしてください: Applications > APIs > 対象のAPI > Settings > Token Expiration (Seconds)。',
    ],
    breadcrumb: [...apis, 'Settings', 'Token Expiration'],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-access-token-missing': (f) => ({
    title: 'SDK にアクセストークンが渡されていません',
    cause: `client.userInfo()（または同様の呼び出し）がアクセストークンではなく undefined を受け取りました: ログインでアクセストークンを要求していない（responseType に token がない）か、authResult.accessToken 以外を渡しています。${said(f)}`,
    fix: [
      '要求してください: responseType "token id_token"（または認可コードフローを使い、その応答からトークンを読んでください）。',
      '解析したログインの応答の authResult.accessToken を userInfo() に渡してください。',
    ],
    docs: docs.userinfo,
  }),
  'auth0.sdk-callback-without-code': (f) => ({
    title: 'コールバックに交換する認可コードがありません',
    cause: `SDK のコールバック処理が、code も error も持たない URL で動きました: 処理がページを開くたびに動いている（または直接・ブックマークから開かれた）、ルーターが処理の前にクエリを消した、ログアウトの戻り先 URL がログインのコールバックと同じ、または authorize リクエストを手で変えた（response_type や response_mode の上書き）ため Auth0 が別の形で応答した、のいずれかです。${said(f)}`,
    fix: [
      'URL に code=（または error=）と state= があるときだけ、redirect_uri に指定したルートで、ルーターが URL を書き換える前にコールバックを処理してください。',
      'response_type と response_mode は SDK に任せ、追加の authorize パラメータから外してください。',
      'ログアウトにはログインのコールバックとは別の戻り先 URL（Allowed Logout URLs）を使ってください。',
      'URL に error= があった場合は、その error と error_description を読んでください: それが Auth0 の本当の応答です。',
    ],
    breadcrumb: appUris,
    docs: docs.pkce,
  }),
  'auth0.sdk-keystore-invalidated': (f) => ({
    title: '保存した資格情報を復号できなくなりました',
    cause: `SecureCredentialsManager は資格情報を Android KeyStore の鍵で暗号化します。画面ロックの変更や解除、生体認証の登録、別の端末へのアプリのバックアップ復元でその鍵は無効になり、保存していた内容は失われます。${said(f)}`,
    fix: [
      'ログアウト状態として扱ってください: エラーを捕まえて clearCredentials() を呼び、もう一度ログインを始めてください。',
      '資格情報の SharedPreferences を自動バックアップから外してください（fullBackupContent / dataExtractionRules）。新しい鍵で読めないデータが復元されなくなります。',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-biometric-not-enrolled': (f) => ({
    title: 'この端末には生体認証も画面ロックも設定されていません',
    cause: `資格情報マネージャーはローカル認証（生体認証）を必須にして作られましたが、端末に指紋・顔・PIN・パターン・パスワードのどれも登録されていないため、資格情報のロック解除をユーザーに求められません。${said(f)}`,
    fix: [
      '必須にする前にローカル認証が使えるか確かめ、許される場合は端末の認証情報へのフォールバックを使ってください（setDeviceCredentialFallback / ポリシーのオプション）。',
      '何も登録されていない場合: ユーザーに画面ロックの設定を求めるか、生体認証の保護なしで資格情報を保存してください。',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-transaction-active': (f) => ({
    title: '別のログインが開いたまま、新しいログインを始めました',
    cause: `SDK が一度に扱える Web ログイン（またはログアウト）は 1 つで、前のものが終わる前に新しいものが始まりました: ボタンの二度押し、2 回動くエフェクト（React の StrictMode）、アプリがバックグラウンドに行ったまま開いているログインなどです。${said(f)}`,
    fix: [
      'ログインは 1 回だけ始めてください: 実行中はボタンを無効にし、エフェクトが 2 回動かないようにしてください。',
      '開いたままのログインをやめるには、先にキャンセルしてから（WebAuthentication.cancel()、react-native-auth0 では cancelWebAuth）始め直してください。',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-native-config-missing': (f) => ({
    title: `アプリがテナントのドメインとクライアント ID なしでビルドされています${f.placeholder ? `（${f.placeholder}）` : ''}`,
    cause: `ネイティブ SDK はドメインとクライアント ID をアプリのビルドから読みます: iOS は Auth0.plist、Android はマニフェストのプレースホルダー auth0Domain と auth0Scheme（react-native-auth0 と auth0_flutter も同じ）、Expo は config plugin のオプションです。このビルドにはそれがありません。${said(f)}`,
    fix: [
      'Android: android/app/build.gradle の defaultConfig に manifestPlaceholders = [auth0Domain: "YOUR_DOMAIN", auth0Scheme: "${applicationId}.auth0"]（App Links なら "https"）を設定してください。',
      'iOS: ClientId と Domain を書いた Auth0.plist をアプリのターゲットに加える（Target Membership）か、コードで clientId と domain を渡してください。',
      'Expo: app.json の plugins に ["react-native-auth0", {"domain": "YOUR_DOMAIN"}] を加え、npx expo prebuild をもう一度実行してください。',
      'これらが作るコールバックを Applications > Applications > 対象のアプリ > Settings > Allowed Callback URLs に登録してください。',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.sdk-browser-terminated': (f) => ({
    title: 'アプリがもう一度開かれたときにログインのブラウザーが閉じられました',
    cause: `Android でログインがブラウザーにある間にアプリのアクティビティが新たに起動され、SDK がログインを終わらせました: メインのアクティビティが launchMode singleTask でないため、ランチャーや通知からアプリに戻ると新しいインスタンスが作られます。${said(f)}`,
    fix: [
      'android/app/src/main/AndroidManifest.xml の MainActivity に android:launchMode="singleTask" を設定してください。',
      'ログインがブラウザーにある間はアプリを起動し直さず、コールバックで戻るのを待ってください。',
    ],
    docs: docs.callbacks,
  }),
  'auth0.sdk-native-module-missing': (f) => ({
    title: 'このビルドには react-native-auth0 のネイティブコードが入っていません',
    cause: `react-native-auth0 の JavaScript が、そのネイティブモジュールを含まないアプリのバイナリで動いています: Expo Go（読み込めません）か、パッケージを入れる前に作ったビルドです。${said(f)}`,
    fix: [
      'Expo の場合: Expo Go ではなく、react-native-auth0 の config plugin を使った開発ビルド（npx expo prebuild のあと npx expo run:android か run:ios、または EAS ビルド）を使ってください。',
      'Expo なしの場合: ios/ で pod install を実行し、（JavaScript の再読み込みだけでなく）アプリをビルドし直してください。',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-provider-missing': (f) => ({
    title: 'アプリで設定する前に Auth0 SDK が使われました',
    cause: `コンポーネント、サービス、ガードが、プロバイダーの準備前に SDK にログイン状態を求めました: <Auth0Provider> の外での useAuth0()（React）、AuthModule.forRoot / provideAuth0 なしの AuthService（Angular）、app.use(createAuth0(…)) 前の useAuth0()（Vue）です。バンドルに SDK が 2 つ入っている場合も同じになります。${said(f)}`,
    fix: [
      'React: アプリのルート（ルーターより上）を <Auth0Provider domain=… clientId=… authorizationParams={{ redirect_uri: window.location.origin }}> で包み、テストもその中で描画してください。',
      'Angular: ルートモジュールで AuthModule.forRoot({ domain, clientId, authorizationParams })、または app.config.ts で provideAuth0({…}) を使ってください。',
      'Vue: マウント前、ルーターのガードが動く前に app.use(createAuth0({ domain, clientId, authorizationParams })) を呼んでください。',
      'バンドルに SDK が 1 つだけか確かめてください（npm ls @auth0/auth0-react、または Angular / Vue のパッケージ）。',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-config-missing': (f) => ({
    title: `SDK が必要な設定なしで起動しました${f.option ? `: ${f.option}` : ''}`,
    cause: `サーバー SDK は起動時に設定を確かめ、値がないか URL でないものがありました。多くは、アプリが動く環境で環境変数が設定されていない、.env の読み込みが遅い（SDK を作った後）、URL が必要な所にホスト名だけを書いた、のいずれかです。${said(f)}`,
    fix: [
      'SDK が名前を挙げた値を Applications > Applications > 対象のアプリ > Settings から設定してください: domain（テナントのホスト、例 dev-abc.us.auth0.com）、クライアント ID、クライアントシークレット。',
      'Issuer とベースの URL は完全な URL です: ISSUER_BASE_URL=https://YOUR_DOMAIN、BASE_URL=http://localhost:3000（アプリ自身のアドレス）。',
      'セッションのシークレット（SECRET、AUTH0_SECRET、cookieSecret）は自分で作る長いランダム値（openssl rand -hex 32）で、クライアントシークレットではありません。',
      'SDK を作る前に .env を読み込み（最初に require("dotenv").config()、Next.js では .env.local）、変更後は再起動してください。',
    ],
    breadcrumb: appSettings,
    docs: docs.codeFlow,
  }),
  'auth0.sdk-middleware-twice': (f) => ({
    title: 'ログインのミドルウェアが 1 つのリクエストで 2 回動いています',
    cause: `express-openid-connect の auth() が同じパスに 2 回組み込まれた（app.use(auth()) と、ルーターでもう一度）か、別のミドルウェアがすでに req.appSession を設定しています。${said(f)}`,
    fix: [
      'auth(config) はアプリのレベルでルートより前に 1 回だけ組み込み、個々のルートは requiresAuth() で守ってください。',
      '別のライブラリが req.appSession を使う場合は、こちらに別の名前（session.name）を付けてください。',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.sdk-insufficient-scope': (f) => ({
    title: 'セッションのアクセストークンに求めたスコープがありません',
    cause: `getAccessToken() が、セッションのアクセストークンが持たないスコープを求められました: ログイン時に要求していないか、API が付与しなかった（API に定義されていない、または RBAC でユーザーにその権限がない）ためです。リフレッシュはログイン時のスコープを引き継ぎます。${said(f)}`,
    fix: [
      'API の識別子を audience にして、ログイン時にスコープを要求してください（authorizationParams.scope と audience、または AUTH0_SCOPE と AUTH0_AUDIENCE）。そのあともう一度ログインしてください。',
      'Applications > APIs > 対象の API > Permissions で定義し、RBAC ではそれを持つロールをユーザーに与えてください。',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.sdk-code-exchange-failed': (f) => ({
    title: 'Auth0 がコード交換を拒否しました（auth0-PHP はネットワークエラーと表現します）',
    cause: `auth0-PHP は、ネットワークの失敗だけでなく /oauth/token がトークンを返さないときはいつもこれを投げます: 誤ったクライアントシークレット、ログイン時と違うリダイレクト URI、使用済みか期限切れのコード、Authorization Code グラントが許されていないアプリケーションなどです。${said(f)}`,
    fix: [
      '本当の応答を読んでください: その時刻の Monitoring > Logs に説明付きの「Failed Exchange」イベントがあります（または SDK の HTTP クライアントの最後の応答をログに出してください）。',
      'クライアントシークレットと、redirectUri がログインで使ったものと完全に同じ（かつ Allowed Callback URLs にある）ことを確かめてください。',
      'コードの交換は 1 回だけです: コールバックのページを再読み込みすると使用済みのコードをもう一度送ります。',
    ],
    breadcrumb: logs,
    docs: docs.codeFlow,
  }),
  'auth0.sdk-http-client-missing': (f) => ({
    title: 'auth0-PHP に Auth0 を呼ぶ HTTP クライアントがありません',
    cause: `SDK は PSR-18 の HTTP クライアントと PSR-17 のファクトリーを通してリクエストを送りますが、どれもインストールも設定もされていません。${said(f)}`,
    fix: [
      'インストールしてください: composer require guzzlehttp/guzzle guzzlehttp/psr7 http-interop/http-factory-guzzle（または別の PSR-18 クライアントと PSR-17 ファクトリー）。',
      'または SdkConfiguration で httpClient とリクエスト・レスポンス・ストリームのファクトリーを渡してください。',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.sdk-profile-fetch-failed': (f) => ({
    title: 'ログインは成功し、そのあとユーザーのプロフィール（/userinfo）の取得に失敗しました',
    cause: providerProfile(f)
      ? `Auth0 自身のソーシャルコネクションがプロバイダーのコードを交換したあと、プロバイダー (Google、GitHub…) がユーザーのプロフィールを求める Auth0 の呼び出しを拒否し、Auth0 は error=invalid_request でログインを終えました。ときどき起きるだけなら、アプリやテナントの設定が原因ではありません。${said(f)}`
      : `passport-auth0 はコード交換のあとアクセストークンで /userinfo を呼び、その呼び出しが失敗しました。ライブラリは Auth0 の応答を捨てます。よくある理由（順に）: ルールや Action、またはユーザーのブロック状態がユーザーを拒否した（「user is blocked」）、アクセストークンが openid スコープなしの API 専用のもの、ユーザーごとの /userinfo のレート制限。${said(f)}`,
    fix: [
      ...(providerProfile(f)
        ? [
            'コールバックで再試行できる失敗として扱ってください: 短いメッセージを出してユーザーをもう一度ログインへ送り、警告としてログに残します。毎回失敗するなら、Authentication > Social > そのコネクションで、コネクション自身のプロバイダーアプリ (client id、secret、スコープ) を確かめてください。',
          ]
        : []),
      'その時刻の Monitoring > Logs を見てください: 失敗したログインやブロックされたユーザーが理由を示します。ユーザーのブロックを解除する（User Management > Users）か、新規登録をブロックするルールを変えてください。',
      'アクセストークンが /userinfo を呼べるよう、スコープに openid を残してください（state: true とともに）。',
      'エラーの cause をログに出し（新しい passport-auth0 は渡してくれます）、毎回 /userinfo を呼ぶ代わりに ID トークンからプロフィールを読んでください。',
    ],
    breadcrumb: logs,
    docs: docs.userinfo,
  }),
  'auth0.sdk-web-message-origin': (f) => ({
    title: 'checkSession にページと別オリジンの redirectUri が渡されました',
    cause: `checkSession（と renewAuth）は隠した iframe でサイレントにログインし、応答をページへ postMessage で返します（response_mode=web_message）。これは redirectUri がページ自身のオリジンのときだけ動きます。${said(f)}`,
    fix: [
      'checkSession にはページのオリジン（window.location.origin）の redirectUri を渡すか、WebAuth の既定に任せてください。',
      'そのオリジンを Applications > Applications > 対象のアプリ > Settings > Allowed Web Origins に登録してください。',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.silentAuth,
  }),
  'auth0.sdk-parse-hash-arguments': (f) => ({
    title: 'parseHash にハッシュの文字列が渡されました',
    cause: `auth0.js 9.7 以降は parseHash(options, callback) か parseHash(callback) を受け取ります。最初の引数に window.location.hash を渡すと、その文字列にオプションを設定しようとして例外になります。${said(f)}`,
    fix: [
      'webAuth.parseHash(callback) と呼んでください: window.location.hash は自分で読みます。',
      'またはオプションのオブジェクトを渡してください: webAuth.parseHash({ hash: window.location.hash }, callback)。',
    ],
    docs: docs.spa,
  }),
  'auth0.chrome-identity-permission': (f) => ({
    title: 'Chrome 拡張機能が chrome.identity を使えません',
    cause: `auth0-chrome は chrome.identity（getRedirectURL、launchWebAuthFlow）でログインしますが、拡張機能のマニフェストが「identity」権限を求めていないと undefined になります。Auth0 には何も届いていません。${said(f)}`,
    fix: [
      'manifest.json の "permissions" に "identity" を加え、拡張機能を再読み込み（または再公開）してください。',
      '公開した拡張機能の ID で、https://{拡張機能 ID}.chromiumapp.org/auth0 を Allowed Callback URLs に、chrome-extension://{拡張機能 ID} を Allowed Origins (CORS) に残してください。',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.sdk-ios-presentation-context': (f) => ({
    title: 'iOS のログインシートを表示するウィンドウがありません（Auth0.swift 1.17 より前）',
    cause: `iOS 13 からは ASWebAuthenticationSession に表示先（presentation context）が必要です。iOS 13 より前に作られた SDK はそれを設定しないため、ログインが開きません（Auth0.swift、修正前の Auth0.OidcClient.iOS は UnknownError を返します）。${said(f)}`,
    fix: [
      'SDK を更新してください: Auth0.swift 1.17.0 以降（または現行の 2.x）、修正済みの Auth0.OidcClient.iOS、それを使う react-native-auth0 と Lock.swift のリリース。',
      '現行の Xcode でビルドし直してください。Dashboard で変えるものはありません。',
    ],
    docs: docs.pkce,
  }),
  'auth0.omniauth-csrf': (f) => ({
    title: 'Rails がログインリクエストの CSRF トークンを拒否しました',
    cause: `omniauth-auth0 は /auth/auth0 への POST でログインを始め、omniauth-rails_csrf_protection がそれを通常の Rails フォームと同じく検証します。トークンが通りませんでした: ログインのリンクが GET のリンクである、フォームの送信先が相対パス（先頭のスラッシュのない auth/auth0）である、またはページに csrf_meta_tags がない、のいずれかです。Auth0 には何も届いていません。${said(f)}`,
    fix: [
      '絶対パスに POST するフォームでログインを始めてください: button_to "Login", "/auth/auth0", method: :post, data: { turbo: false }。',
      'omniauth-rails_csrf_protection の gem とレイアウトの csrf_meta_tags はそのままにし、/auth/auth0 への通常のリンク（GET）は使わないでください。',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.pyjwt-crypto-missing': (f) => ({
    title: 'PyJWT が RSA 対応なしでインストールされています',
    cause: `Auth0 はトークンを RS256 で署名しますが、PyJWT はオプションの cryptography パッケージがあるときだけ RSA のアルゴリズムを扱えます。それがないと、テナントの JWKS から鍵を作る段階で、トークンを確かめる前に失敗します。${said(f)}`,
    fix: [
      'API の環境に追加パッケージを入れてください: pip install "pyjwt[crypto]"（または pip install cryptography）。requirements にも書いてください。',
      'アルゴリズムが登録されるよう、プロセスを再起動してください。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.flutter-web-api': (f) => ({
    title: 'Web ビルドで auth0_flutter のモバイル用 API が呼ばれました',
    cause: `Web では auth0_flutter に Auth0(...).webAuthentication() はありません（それは iOS と Android のチャネルです）。Web ビルドでは auth0-spa-js を包む Auth0Web クラスを使います。${said(f)}`,
    fix: [
      'Web では Auth0Web(domain, clientId) を作り、起動時に onLoad()、ログインに loginWithRedirect(redirectUrl: …) を呼んでください（kIsWeb でプラットフォームごとにクラスを選べます）。',
      'アプリを Single Page Application として登録し、その URL を Allowed Callback URLs、Allowed Logout URLs、Allowed Web Origins に加えてください。',
    ],
    breadcrumb: appUris,
    docs: docs.spa,
  }),
  'auth0.updated-at-string': (f) => ({
    title: 'OpenID ライブラリが Auth0 の updated_at (日付の文字列) を拒否しています',
    cause: `Auth0 は updated_at クレーム (scope profile の ID トークンと /userinfo) を "2025-12-23T10:59:07.841Z" のような ISO 8601 の日付文字列で書きますが、OpenID Connect では秒数の数値と定められています。型に厳しいライブラリはそのためにトークンやプロフィール全体を拒否します。ログイン自体は成功しています。${said(f)}`,
    fix: [
      'ライブラリの文字列タイムスタンプ許容を有効にしてください (Rust の openidconnect: accept-rfc3339-timestamps フィーチャー)。または、それを受け付けるライブラリを使ってください。',
      'または /userinfo を自前の HTTP 呼び出しで読み、ライブラリが解析する前に updated_at を数値に変換してください。',
      'このクレームの形式は Dashboard では変えられません。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sub-pipe': (f) => ({
    title: 'Auth0 のユーザー ID にある | をアプリが受け付けていません',
    cause: `アプリは sub クレームからユーザー名やユーザー ID を作っていますが、Auth0 の sub は常に connection|id (auth0|64f…、google-oauth2|1162…) です。パイプはその一部で、多くのユーザーストアはそれを拒否します。${said(f)}`,
    fix: [
      'ユーザー名は利用者が持つ別のクレーム (email、nickname、Action で追加した preferred_username) から作るか、パイプを含まない ID (sub のハッシュ) を導き、sub 自体は Auth0 との結び付けとして保ってください。',
      "Action でアプリ用の独自クレームを追加できます: api.idToken.setCustomClaim('https://your-app/username', …)。",
      'sub の形式は Dashboard では変えられません。',
    ],
    docs: docs.idTokens,
  }),
  'auth0.html-not-json': (f) => ({
    title: 'JSON を期待した所に Web ページが返っています',
    cause: `コードはある URL に JSON (ディスカバリードキュメント、JWKS、/oauth/token、/userinfo) を求めましたが、HTML ページが返りました。URL がエンドポイントではない (テナントのルート、/.well-known/… のないパス、https:// の欠落、パスの綴り違い)、または途中の何かが応答した (プロキシ、キャプティブポータル、知らないパスに index.html を返すアプリ自身のサーバー) のいずれかです。${said(f)}`,
    fix: [
      'コードが呼ぶ URL を curl -i で開いてください。Content-Type は application/json で、本文はページではないはずです。',
      '正確なエンドポイントを使ってください: https://YOUR_DOMAIN/.well-known/openid-configuration、https://YOUR_DOMAIN/.well-known/jwks.json、https://YOUR_DOMAIN/oauth/token。ライブラリの issuer や authority の設定は https://YOUR_DOMAIN/ で、残りはライブラリが付けます。',
      'シングルページアプリからはテナントの完全な URL を呼んでください。相対パス (/oauth/token) はアプリ自身の開発サーバーへ行き、その index.html が返ります。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.authjs-base-url': (f) => ({
    title: 'Auth.js が自分のルートを見つけられません: AUTH_URL がそのベースではありません',
    cause: `Auth.js (NextAuth) は、リクエストのパスをベース URL (既定では /api/auth) の下で読み、自分のどのルート (signin、callback、session) かを判断します。AUTH_URL (または NEXTAUTH_URL) が Auth0 プロバイダーのコールバックパスなど別のものになっていると /api/auth/session を解析できず、Auth0 に何か尋ねる前にログインが失敗します。${said(f)}`,
    fix: [
      'AUTH_URL (NEXTAUTH_URL) をアプリ自身のオリジンか Auth.js のベース (https://your-app.example/api/auth) にするか、ホストが自動で判定される環境では外して、再起動してください。',
      'コールバックのパス (https://your-app.example/api/auth/callback/auth0) は AUTH_URL ではなく、Auth0 アプリケーションの Allowed Callback URLs に入れるものです。',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
  }),
} satisfies typeof en.sdkTexts;
