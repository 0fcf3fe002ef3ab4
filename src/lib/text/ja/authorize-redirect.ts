import type { AuthorizeFacts as F } from '../../authorize/facts';
import type * as en from '../en/authorize-redirect';
import {
  actionsPath,
  appUris,
  authorizeDocs as docs,
  callbackUrls,
  grantTypesPath,
  logoutUrls,
  logsPath,
  rulesPath,
  said,
  webOrigins,
} from './authorize-paths';

const app = ['Applications', 'Applications', '対象のアプリ'];
const quoted = (f: F) => (f.description ? `「${f.description}」` : '（理由の記載なし）');
const urlToAdd = (f: F) =>
  typeof f.url === 'string' ? f.url : (f.redirectUri ?? 'アプリケーションが送っている redirect_uri');

/** /authorize の各条件のテキスト（id ごと）: 何が起きたか、なぜか、どこで直すか。 */
export const redirectTexts = {
  'authorize.callback-url-mismatch': (f) => ({
    title: 'Callback URL mismatch: redirect_uri が許可されていない',
    cause: `Auth0 が応答を送るのは、アプリケーションの Allowed Callback URLs にある URL だけです。比較は 1 文字単位で、スキーム、ホスト、ポート、パス、末尾のスラッシュ、大文字・小文字、クエリまで見ます。${urlToAdd(f)} がリストにないため、Auth0 はリダイレクトせずに自分のエラーページで止まりました。${said(f.description)}`,
    fix: [
      `${urlToAdd(f)} をそのまま Allowed Callback URLs に追加し（ほかの URL とはカンマ区切り）、Save Changes してください。`,
      f.redirectUri && f.url && f.url !== f.redirectUri
        ? `このページが送ったのは ${f.redirectUri} です。アプリケーションが実際にどちらを使っているか確認してください。`
        : 'もう一度ログインしてください。',
    ],
    breadcrumb: callbackUrls,
    docs: docs.appSettings,
  }),
  'authorize.web-origin-not-allowed': (f) => ({
    title: 'このオリジンが Allowed Web Origins にない',
    cause: `response_mode=web_message（SPA SDK のポップアップやサイレント認証）では、Auth0 は Allowed Web Origins にあるオリジンにだけ応答を送ります。ここではパスは考慮されず、スキーム、ホスト、ポートだけを比較します。${said(f.description)}`,
    fix: [
      `${typeof f.url === 'string' ? f.url.replace(/^([a-z]+:\/\/[^/?#]+).*$/i, '$1') : f.pageOrigin} を Allowed Web Origins に追加し、Save Changes してください。`,
    ],
    breadcrumb: webOrigins,
    docs: docs.silentAuth,
  }),
  'authorize.logout-url-not-allowed': (f) => ({
    title: 'ログアウト後の戻り先 URL が Allowed Logout URLs にない',
    cause: `ログアウト（returnTo 付きの /v2/logout、post_logout_redirect_uri 付きの /oidc/logout）のあと、Auth0 がリダイレクトするのは Allowed Logout URLs にある URL だけです。ログアウトの URL に client_id があればアプリケーションのリスト、なければテナントのリストを使います。${typeof f.url === 'string' ? f.url : 'この URL'} がリストにないため、Auth0 は自分のエラーページで止まりました。${said(f.description)}`,
    fix: [
      `${typeof f.url === 'string' ? f.url : 'returnTo の URL'} をそのままアプリケーションの Allowed Logout URLs に追加し、Save Changes してください。そのリストが使われるよう、ログアウトには client_id を付けてください。`,
      'client_id のないログアウト URL は、代わりに Settings > Advanced > Allowed Logout URLs（テナントのリスト）と照合されます。',
    ],
    breadcrumb: logoutUrls,
    docs: docs.logout,
  }),
  'authorize.extensibility-timeout': (f) => ({
    title: 'Action または Rule の処理に時間がかかりすぎた',
    cause: `ログインのパイプラインが Action や Rule に与える時間は、それぞれ数秒です。そのうちの 1 つがそれ以上待ったため（たいていは外部への HTTP 呼び出し）、ログインが失敗しました。${said(f.description)}`,
    fix: [
      'Monitoring > Logs で該当する実行（このメッセージを含む失敗したログイン）を探し、どの Action または Rule が動いたかを確認してください。',
      '外部への呼び出しには短いタイムアウトを設定し、取得したものはキャッシュしてください。時間のかかる処理はログインの外に移してください。',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.action-failed': (f) => ({
    title: 'ログイン中に Action、Rule、またはスクリプトがエラーを投げた',
    cause: `ログインが失敗したのは設定のせいではありません。ログイン中に動く独自のコードが失敗し（例外、HTTP 呼び出しの失敗、読み込めないモジュール）、Auth0 がそのメッセージをエラーとして返しました。${said(f.description)}`,
    fix: [
      'Actions > Triggers > post-login（古いテナントでは Auth Pipeline > Rules）を開き、このメッセージを出しているコードを探してください。',
      'Actions のエディターの Test で実行するか、Monitoring > Logs で実行結果を確認してください。修正して Deploy し、もう一度ログインしてください。',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.user-cancelled': (f) => ({
    title: 'ログインがキャンセルされた',
    cause: `ユーザーが、ログイン（または ID プロバイダーのページ）を完了する前に閉じるかキャンセルしました。${said(f.description)}`,
    fix: ['もう一度ログインし、最後まで進めてください。'],
    docs: docs.authorize,
  }),
  'authorize.consent-declined': (f) => ({
    title: '同意画面でアクセスが拒否された',
    cause: `ユーザー（またはユーザーに代わって Google や GitHub などのソーシャル ID プロバイダー）が、アプリケーションが求めたアクセスを拒否しました。${said(f.description)}`,
    fix: [
      'もう一度ログインして許可してください。スコープは必要なものだけを要求してください。',
      'ファーストパーティアプリケーションなら同意を省略できます: Applications > APIs > 対象のAPI > Settings > Allow Skipping User Consent（localhost では省略されません）。',
    ],
    breadcrumb: ['Applications', 'APIs', '対象の API', 'Settings', 'Allow Skipping User Consent'],
    docs: docs.consent,
  }),
  'authorize.mfa-required': (f) => ({
    title: '多要素認証にはユーザーの操作が必要',
    cause: `サイレント認証（prompt=none）では MFA のチャレンジを表示できないため、このログインで MFA が必要になると必ず失敗します。${said(f.description)}`,
    fix: ['MFA のポリシーが求める acr_values を付けて、対話的にログインしてください（prompt=none なし）。'],
    docs: docs.silentAuth,
  }),
  'authorize.login-required': (f) => ({
    title: f.loggedInBefore
      ? 'ログイン済みなのに login_required: セッションの Cookie が Auth0 に届いていない'
      : 'login_required: テナントにセッションがない',
    cause: f.loggedInBefore
      ? `少し前にこのページからログインしたのに、prompt=none の${f.silent ? '非表示のフレーム' : 'リクエスト'}ではセッションが見つかりませんでした。ここではテナントのセッション Cookie がサードパーティ Cookie になり（テナント ${f.tenantOrigin ?? ''} は ${f.pageOrigin} とは別のサイトです）、このブラウザーはそれを送りません（Safari、Brave、Firefox のデフォルト、およびサードパーティ Cookie をオフにした Chrome）。`
      : `prompt=none は、何も表示せずに応答するよう Auth0 に求めます。このブラウザーには Auth0 のセッションがない（一度もログインしていない、ログアウトした、または期限切れ）ため、login_required が返りました。${said(f.description)}`,
    fix: f.loggedInBefore
      ? [
          'アプリケーションと同じサイトのカスタムドメインを使い（app.example.com に対して login.example.com など）、Cookie がファーストパーティになるようにしてください。',
          'または、サイレント認証の代わりにローテーション付きのリフレッシュトークン（SPA SDK の useRefreshTokens）を使い、セッションをアプリケーション側で保ってください。',
        ]
      : ['まず対話的にログインしてから（prompt=none なし）、もう一度サイレント認証を試してください。'],
    docs: f.loggedInBefore ? docs.thirdPartyCookies : docs.silentAuth,
  }),
  'authorize.consent-required': (f) => ({
    title: f.loopback ? 'consent_required: localhost では Auth0 は同意を省略しない' : 'consent_required: 同意が必要',
    cause: f.loopback
      ? `redirect_uri ${f.redirectUri ?? ''} は localhost（または 127.0.0.1）上にあります。そこで動くアプリケーションを Auth0 は検証できないため、ファーストパーティアプリケーションでも同意を求めます。prompt=none では同意を求められないので、consent_required になります。${said(f.description)}`
      : `アプリケーションが求めているもの（サードパーティアプリケーション、または同意の省略を許可していない API）に、ユーザーがまだ同意していません。prompt=none では Auth0 は同意を求められません。${said(f.description)}`,
    fix: f.loopback
      ? [
          '一度対話的に（prompt=none なしで）ログインし、同意画面で許可してください。同意はユーザーごとに記憶されます。',
          'または、localhost 以外のホスト名（hosts ファイルで 127.0.0.1 に割り当てた app.local など）で開発し、ファーストパーティアプリケーションと、API の Allow Skipping User Consent を使ってください。',
        ]
      : [
          '一度対話的にログインして許可してください。',
          'ファーストパーティアプリケーションの場合: Applications > APIs > 対象のAPI > Settings > Allow Skipping User Consent。',
        ],
    breadcrumb: ['Applications', 'APIs', '対象の API', 'Settings', 'Allow Skipping User Consent'],
    docs: docs.consent,
  }),
  'authorize.interaction-required': (f) => ({
    title: 'interaction_required: ログインにユーザーの操作が必要',
    cause: `ユーザーはログイン済みですが、ログインの途中でユーザーに見せる必要があるもの（リダイレクトする Action、フォーム、登録）があり、prompt=none ではそれができません。${said(f.description)}`,
    fix: ['このエラーが返ったら、ユーザーを対話的なログイン（prompt=none なし）に進ませてください。'],
    breadcrumb: actionsPath,
    docs: docs.silentAuth,
  }),
  'authorize.session-expired': (f) => ({
    title: 'ログインのトランザクションが失われたか期限切れになった',
    cause: `Auth0 が進行中のログインを見つけられませんでした。ログインページを長時間開いたままにした、戻るボタンや再読み込みで古いステップを再送した、複数のログインウィンドウを開いていた、またはブラウザーが Auth0 の Cookie を破棄した、のいずれかです。${said(f.description)}`,
    fix: [
      'アプリケーションから（ここでは「/authorize でログイン」ボタンで）、1 つのウィンドウでログインをやり直してください。',
      '毎回すぐに起きる場合は、ブラウザーがテナントのドメインの Cookie を受け付けているか確認してください。',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Login Session Management'],
    docs: docs.sessions,
  }),
  'authorize.signup-disabled': (f) => ({
    title: 'このコネクションではサインアップが無効',
    cause: `ログインでサインアップ画面を要求した（screen_hint=signup）か、ユーザーがサインアップしようとしましたが、コネクションが新規ユーザーを許可していません。${said(f.description)}`,
    fix: [
      'Authentication > Database > 対象のコネクション > Settings で Disable Sign Ups をオフにするか、screen_hint=signup を付けないでください。',
    ],
    breadcrumb: ['Authentication', 'Database', '対象の接続', 'Settings', 'Disable Sign Ups'],
    docs: docs.signup,
  }),
  'authorize.organization-membership': (f) => ({
    title: `ユーザーが Organization${typeof f.organization === 'string' ? ` ${f.organization}` : ''} のメンバーではない`,
    cause: `ログインで Organization が指定されましたが、ログインしたユーザー${typeof f.user === 'string' ? `（${f.user}）` : ''}はそのメンバーではないため、Auth0 が拒否しました。${said(f.description)}`,
    fix: [
      'Organizations > 対象の Organization > Members でユーザーを追加するか、招待してください（Invitations）。',
      'または、Organizations > 対象の Organization > Connections で、そのコネクションの自動メンバーシップをオンにしてください。',
    ],
    breadcrumb: ['Organizations', '対象の Organization', 'Members'],
    docs: docs.organizations,
  }),
  'authorize.organization-connection': (f) => ({
    title: 'このコネクションが Organization で有効になっていない',
    cause: `ユーザーがログインに使ったコネクション${typeof f.connection === 'string' ? `（${f.connection}）` : ''}は、Organization で許可されていません。${said(f.description)}`,
    fix: [
      'Organizations > 対象の Organization > Connections でコネクションを有効にするか、有効なコネクションでログインしてください。',
    ],
    breadcrumb: ['Organizations', '対象の Organization', 'Connections'],
    docs: docs.organizations,
  }),
  'authorize.organization-required': (f) => ({
    title: 'このアプリケーションには Organization の指定が必要',
    cause: `アプリケーションがビジネスユーザー専用に設定されているため、ログインのたびに Organization を指定する必要があります。${said(f.description)}`,
    fix: [
      'ログインに organization=org_…（Organization ID）を付けるか、Login Flow を「Prompt for Organization」にしてください。',
      'または、個人ユーザーも許可してください: Applications > Applications > 対象のアプリ > Organizations > Types of Users。',
    ],
    breadcrumb: [...app, 'Organizations', 'Types of Users'],
    docs: docs.organizations,
  }),
  'authorize.organization-name': (f) => ({
    title: 'organization パラメーターが受け付けられない',
    cause: `送った organization${typeof f.organization === 'string' ? `（${f.organization}）` : ''}は、既知の Organization ID ではないか、このテナントが ID しか受け付けないのに Organization の名前を送っているか、名前が許可された形式（小文字の英字、数字、- と _）になっていません。${said(f.description)}`,
    fix: [
      'Organizations > 対象の Organization にある Organization ID（org_…）を送ってください。',
      '名前を送るには、Settings > Organizations > Use organization names in Authentication API をオンにしてください。',
    ],
    breadcrumb: ['Organizations', '対象の Organization', 'Settings'],
    docs: docs.organizations,
  }),
  'authorize.organization-invitation': (f) => ({
    title: 'Organization の招待が有効ではない',
    cause: `招待のチケットが期限切れか、使用済みか、別の Organization のものか、もう存在しないロールを指定しています。${said(f.description)}`,
    fix: [
      'Organizations > 対象の Organization > Invitations から新しい招待を送り、そのリンクを一度だけ使ってください。',
    ],
    breadcrumb: ['Organizations', '対象の Organization', 'Invitations'],
    docs: docs.organizations,
  }),
  'authorize.organization-feature': (f) => ({
    title: 'このログインでは Organizations を使えない',
    cause: `ログインで Organization が指定されましたが、この機能がテナントかアプリケーションで有効になっていないか、この種類のアプリケーションやユーザーでは使えません。${said(f.description)}`,
    fix: [
      'アプリケーションで Organizations を有効にしてください: Applications > Applications > 対象のアプリ > Organizations。',
      'サードパーティアプリケーションでは、そのアプリケーションに対する Organization へのアクセスも有効にする必要があります。',
    ],
    breadcrumb: [...app, 'Organizations'],
    docs: docs.organizations,
  }),
  'authorize.organization-quota': (f) => ({
    title: 'Organization のメンバー数が上限に達している',
    cause: `このログインでユーザーが Organization に参加するはずでした（自動メンバーシップまたは招待）が、Organization のメンバー数がすでにプランの上限に達しています。${said(f.description)}`,
    fix: [
      'Organizations > 対象の Organization > Members で不要になったメンバーを削除するか、プランで上限を引き上げてください。',
    ],
    breadcrumb: ['Organizations', '対象の Organization', 'Members'],
    docs: docs.organizations,
  }),
  'authorize.no-connection': (f) => ({
    title: 'このアプリケーションで有効なコネクションがない',
    cause: `Universal Login に表示できるものがありません。アプリケーションでデータベース、ソーシャル、エンタープライズのいずれのコネクションも有効になっていません。${said(f.description)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Connections で少なくとも 1 つのコネクションを有効にし、もう一度ログインしてください。',
    ],
    breadcrumb: [...app, 'Connections'],
    docs: docs.connections,
  }),
  'authorize.grant-not-allowed': (f) => ({
    title:
      f.grant === 'implicit'
        ? 'このアプリケーションでは Implicit グラントが許可されていない'
        : `このアプリケーションではグラントタイプ ${typeof f.grant === 'string' ? f.grant : ''} が許可されていない`.replace(
            '  ',
            ' ',
          ),
    cause:
      f.grant === 'implicit'
        ? `response_type ${f.responseType ?? '（id_token または token を含むもの）'} は /authorize 自体からトークンを返します。これは Implicit グラントで、アプリケーションではチェックが入っていません。${said(f.description)}`
        : `このログインに必要なグラントを、アプリケーションが使えません。${said(f.description)}`,
    fix: [
      f.grant === 'implicit'
        ? 'response_type=code と PKCE を使うのがおすすめです。fragment 経由で ID トークンをデバッグするには、Advanced Settings > Grant Types で Implicit にチェックを入れてください。'
        : 'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types でグラントにチェックを入れてください。',
      'Save Changes してから、もう一度ログインしてください。',
    ],
    breadcrumb: [...grantTypesPath, f.grant === 'implicit' ? 'Implicit' : 'Authorization Code'],
    docs: docs.grantTypes,
  }),
  'authorize.par-required': (f) => ({
    title: 'このアプリケーションには Pushed Authorization Requests（PAR）が必要',
    cause: `アプリケーションが受け付けるのは、パラメーターを先に /oauth/par に送ったログイン（request_uri）だけで、/authorize の URL に入れたパラメーターは受け付けません。${said(f.description)}`,
    fix: [
      'サーバーからパラメーターを /oauth/par に送り、/authorize には client_id と request_uri だけを送ってください。',
      'PAR を必須にするつもりがない場合は、Applications > Applications > 対象のアプリ > Settings > Authorization Requests で Require Pushed Authorization Requests をオフにしてください。',
    ],
    breadcrumb: [...app, 'Settings', 'Authorization Requests', 'Require Pushed Authorization Requests (PAR)'],
    docs: docs.par,
  }),
  'authorize.unknown-client': (f) => ({
    title: 'この client id のアプリケーションがない',
    cause: `client_id${f.clientId ? ` ${f.clientId}` : ''} はテナント ${f.tenantOrigin ?? ''} のものではありません。入力ミス、削除されたアプリケーション、または別のテナントのアプリケーションです。${said(f.description)}`,
    fix: ['このテナントの Applications > Applications > 対象のアプリ > Settings から Client ID をコピーしてください。'],
    breadcrumb: [...app, 'Settings', 'Basic Information', 'Client ID'],
  }),
  'authorize.service-not-found': (f) => ({
    title: 'この audience の API がない',
    cause: `audience${typeof f.audience === 'string' ? ` ${f.audience}` : ''} は、このテナントのどの API の Identifier とも一致しません（プレースホルダーのまま、末尾のスラッシュの過不足、別のテナントの API など）。${said(f.description)}`,
    fix: ['Applications > APIs > 対象のAPI > Settings から Identifier をそのままコピーしてください。'],
    breadcrumb: ['Applications', 'APIs', '対象の API', 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  'authorize.unsupported-response-type': (f) => ({
    title: 'このアプリケーションではこのレスポンスタイプを使えない',
    cause: `Auth0 はここで response_type ${f.responseType ?? ''} を受け付けません。未知の値か、/authorize からトークンを受け取れない（Implicit を使えない）アプリケーションです。${said(f.description)}`,
    fix: [
      'ID トークンをデバッグするのでなければ、response_type=code（PKCE 付き）を使ってください。',
      'id_token や token を使うには、Advanced Settings > Grant Types で Implicit にチェックを入れてください。',
    ],
    breadcrumb: [...grantTypesPath, 'Implicit'],
    docs: docs.grantTypes,
  }),
  'authorize.missing-parameter': (f) => ({
    title: `必須パラメーターがない${typeof f.parameter === 'string' ? `: ${f.parameter}` : ''}`,
    cause: `/authorize のリクエストに、Auth0 が必要とするパラメーターがありませんでした。${said(f.description)}`,
    fix: [
      '/authorize のリクエストにそのパラメーターを追加してください（client_id、redirect_uri、response_type は常に必須です）。',
    ],
    docs: docs.authorize,
  }),
  'authorize.invalid-scope': (f) => ({
    title: '要求したスコープが受け付けられない',
    cause: `scope パラメーターに、Auth0 が拒否するものが含まれています。${said(f.description)}`,
    fix: [
      '矛盾するスコープを外してください（たとえば offline_access と online_access は両方ではなく片方だけにします）。',
    ],
    docs: docs.authorize,
  }),
  'authorize.error-page': (f) => ({
    title: 'Auth0 が汎用のエラーページを表示した',
    cause: `ログインが Auth0 のエラーページで止まり、アプリケーションには具体的な理由が返りませんでした。${f.trackingId ? `トラッキング ID は ${f.trackingId} です。` : ''}${said(f.description)}`,
    fix: [
      'ログインした時刻の Monitoring > Logs を開いてください。失敗したイベントに理由が書かれています。',
      'よくある原因は、redirect_uri が Allowed Callback URLs にないか、client_id が不明であることです。',
    ],
    breadcrumb: logsPath,
    docs: docs.errorPages,
  }),
  'authorize.rule-denied': (f) => ({
    title: 'Rule がログインを拒否した',
    cause: `/authorize での error=unauthorized は、new UnauthorizedError(…) を返す Rule がログインを拒否したときの形です。理由は Rule 自身の文言で、${quoted(f)} です。`,
    fix: [
      'Auth Pipeline > Rules で、このメッセージを出している Rule を探してください（新しいテナントでは Actions > Triggers > post-login の Action）。',
      'ユーザーか Rule の条件を変えて、もう一度ログインしてください。失敗したログインは Monitoring > Logs にあります。',
    ],
    breadcrumb: rulesPath,
    docs: docs.rules,
  }),
  'authorize.access-denied': (f) => ({
    title: 'Action がログインを拒否した',
    cause: `テナント独自の文言の理由が付いた access_denied は、post-login Action がログインを拒否したとき（api.access.deny(reason)）か、Rule がエラー付きでコールバックしたときの形です。理由は ${quoted(f)} です。`,
    fix: [
      'Actions > Triggers > post-login を開き、api.access.deny(…) でこの理由を返している Action を探してください（古いテナントでは Auth Pipeline > Rules）。',
      'その条件を満たす（たとえばメールアドレスを検証する）か Action を変更して Deploy し、もう一度ログインしてください。失敗したログインは Monitoring > Logs にあります。',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.server-error': (f) => ({
    title: 'Auth0 がログインを完了できなかった（server_error）',
    cause: `ログイン中にテナント内部で何かが失敗しました。多くは例外を投げた Action や Rule、または一時的な障害です。${said(f.description)}`,
    fix: ['Monitoring > Logs で失敗したログインを探して理由を確認し、もう一度試してください。'],
    breadcrumb: logsPath,
    docs: docs.actions,
  }),
  'authorize.invalid-request': (f) => ({
    title: `/authorize のリクエストが拒否された（${f.error ?? 'invalid_request'}）`,
    cause: `Auth0 がログインのリクエストのパラメーターを拒否しました。${said(f.description)}`,
    fix: ['メッセージに書かれたパラメーターを確認し、上のフォームで修正して、もう一度ログインしてください。'],
    breadcrumb: [...appUris],
    docs: docs.authorize,
  }),
} satisfies typeof en.redirectTexts;
