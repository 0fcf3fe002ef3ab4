import { callbackTrouble, embeddedLock } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/authorize';
import { apis, appUris, docs, grantTypes, logs, said } from './paths';

/** /authorize 側: リダイレクトのエラー、Auth0 のエラーページ、サイレント認証。 */
export const authorizeTexts = {
  'auth0.callback-url-mismatch': (f) => ({
    title: 'redirect_uri が Allowed Callback URLs に含まれていない',
    cause: `Auth0 はアプリケーションに登録されたコールバックにしかリダイレクトしません。比較は完全一致で、スキーム、ホスト、ポート、パス、大文字・小文字まで見ます（末尾のスラッシュや http と https の違いだけでも失敗します）。${f.redirect ? `アプリケーションが送ったのは ${f.redirect} です。` : ''}`,
    fix: [
      ...{
        'loopback-port': [
          'コールバックはポート付きのループバックアドレスです: Auth0 はポートも比較するため、システムが無作為に選ぶポートで待ち受ける CLI やデスクトップアプリは一致しません。固定のポートで待ち受け、その URL をそのまま（または使いうる少数のポートを）登録してください。',
        ],
        'http-behind-proxy': [
          'コールバックが公開ホストの http です: アプリは TLS を終端するプロキシやロードバランサーの後ろで動き、内側のリクエストから URL を組み立てていると考えられます。http の URL を登録するのではなく、公開の https の URL を使わせてください（プロキシの X-Forwarded-Proto を信頼するか、ベース URL を明示的に設定する）。',
        ],
        unset: [
          'コールバックに “undefined”、“null”、またはテンプレートが入っています: アプリがそれを組み立てる設定が、動いている環境で未設定です。その環境でベース URL またはコールバックの変数を設定してください。',
        ],
        none: [],
      }[callbackTrouble(f) ?? 'none'],
      'アプリケーションが送っている redirect_uri をコピーしてください（/authorize の URL に含まれています）。',
      'Applications > Applications > 対象のアプリ > Settings > Allowed Callback URLs にそのまま追加し（カンマ区切り）、Save してください。',
      'URL がすでに登録されている場合、送っている client_id がこのアプリケーションのものか確かめてください。別のアプリケーション（Machine to Machine やテスト用のアプリ）には別のコールバック URL があります。',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
    docs: docs.callbacks,
  }),
  'auth0.web-origin-not-allowed': () => ({
    title: 'ページのオリジンが Allowed Web Origins に含まれていない',
    cause:
      'サイレント認証やポップアップ（response_mode=web_message）では、結果をページのオリジンに postMessage で送るため、そのオリジンをアプリケーションに登録しておく必要があります。',
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Allowed Web Origins にオリジン（スキーム、ホスト、ポートのみでパスなし）を追加し、Save してください。',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.cors,
  }),
  'auth0.logout-url-not-allowed': () => ({
    title: 'returnTo の URL が Allowed Logout URLs に含まれていない',
    cause:
      'ログアウト後のリダイレクト先は、アプリケーションに登録された URL（client_id を送らない場合はテナントに登録された URL）に限られます。',
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Allowed Logout URLs に returnTo の URL をそのまま追加してください。',
      'ログアウトのリクエストに client_id を付けるか、テナントの Allowed Logout URLs（Settings > Advanced）に URL を登録してください。',
    ],
    breadcrumb: [...appUris, 'Allowed Logout URLs'],
    docs: docs.logout,
  }),
  'auth0.login-transaction-expired': () => ({
    title: 'ログイン中のトランザクションが失われた',
    cause:
      'Auth0 が進行中のログインを見つけられませんでした。ブラウザの戻るボタン、再読み込み、複数タブでのログイン、ブックマークしたログインページ、またはアプリケーションのドメインと Auth0 のドメインの間で Cookie がブロックされたことが原因です。',
    fix: [
      'アプリケーションからログインをやり直してください（ブックマークしたログインページからは始めないでください）。',
      'Application Login URI（Applications > 対象のアプリ > Settings）を設定すると、Auth0 がユーザーを新しいログインに戻せるようになります。',
      'Cookie がブロックされる場合は、アプリケーションと同じサイトのカスタムドメインを使ってください。',
    ],
    breadcrumb: [...appUris, 'Application Login URI'],
    docs: docs.errorPages,
  }),
  'auth0.sso-session-stale': (f) => ({
    title: 'ブラウザの Auth0 セッションのユーザーがもういません',
    cause: `リクエストはテナントの SSO セッションを使いました（サイレント認証、checkSession、prompt=none）が、そのユーザーは削除または変更されていたため、Auth0 はセッションを組み立てられず、アプリに答える代わりにエラーページを表示しました。${said(f)}`,
    fix: [
      '古いセッションを終わらせてください: ブラウザを https://YOUR_DOMAIN/v2/logout に送る（またはテナントの Cookie を消す）と、再びログインできます。',
      'ユーザーを削除するときはそのセッションも失効させ、削除済みユーザーのセッションがブラウザに残らないようにしてください。',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.classic-login-endpoint': (f) => ({
    title: 'Classic ログインページが設定なしで Auth0 を呼びました',
    cause: `カスタマイズした Classic Universal Login のページ（テンプレート内の Lock または auth0.js）が、テナントがページに渡す設定を使わずにログインを送りました。多くはカスタムドメインに切り替えた後か、ページを通さずにログインのエンドポイントを直接呼んだときです。${said(f)}`,
    fix: [
      ...(embeddedLock(f)
        ? [
            'これはホストされたページではなく、アプリに埋め込んだ Lock（Lock.swift、Lock.Android）です: カスタムドメインでは、クライアント設定を Auth0 の CDN から読み込む必要があります。Lock を更新し、configurationBase オプションを https://cdn.auth0.com（リージョンに応じて cdn.eu.auth0.com、cdn.au.auth0.com）にして、ドメインはカスタムドメインのままにしてください。',
          ]
        : []),
      'Branding > Universal Login > Login: ページテンプレートで、テナントが埋め込む @@config@@ から Lock / auth0.js を作り、configurationBaseUrl: config.clientConfigurationBaseUrl と overrides { __tenant: config.auth0Tenant, __token_issuer: config.authorizationServer.issuer } を渡してください。',
      'またはログインページを New Universal Login に切り替えてください（Branding > Universal Login > Advanced Options）。テンプレートのコードは要りません。',
    ],
    breadcrumb: ['Branding', 'Universal Login'],
    docs: docs.customDomains,
  }),
  'auth0.hosted-error-page': (f) => ({
    title: '詳細のない Auth0 のエラーページ',
    cause: `Auth0 が汎用のエラーページを表示しました。リクエストかテナントの設定のどこかで失敗していますが、ページにはトラッキング ID${f.trackingId ? `（${f.trackingId}）` : ' '}しか表示されません。`,
    fix: [
      'ページの Technical Details（または URL の error と error_description）を開いてください。そこに条件が書かれているので、ここに貼り付けてください。',
      'Monitoring > Logs で、失敗した時刻（またはトラッキング ID）から失敗エントリを探してください。',
    ],
    breadcrumb: logs,
    docs: docs.errorPages,
  }),
  'auth0.user-declined': () => ({
    title: 'ユーザーが拒否またはキャンセルした',
    cause:
      'ユーザーが同意画面で Decline を押したか、ログインをキャンセルしました。設定の問題ではなく、ユーザーの選択です。',
    fix: [
      'ユーザーがやり直せる導線を用意してください。',
      '自社のファーストパーティアプリケーションなら、Applications > APIs > 対象のAPI > Settings > Allow Skipping User Consent で同意画面を省略できます。',
    ],
    breadcrumb: [...apis, 'Settings'],
    docs: docs.consent,
  }),
  'auth0.idp-denied': (f) => ({
    title: 'ユーザーが ID プロバイダー側で拒否した',
    cause: `ソーシャルまたはエンタープライズのプロバイダー（Google、GitHub、企業の IdP）から、ユーザーが Auth0 アプリケーションへのアカウント情報の提供を拒否したと報告されました。${said(f)}`,
    fix: [
      'ユーザーにもう一度試してもらい、プロバイダーの同意画面で許可してもらってください。',
      'コネクションがプロバイダーに要求しているスコープを確認し（Authentication > Social > 対象のコネクション）、必要なものだけを要求してください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続'],
  }),
  'auth0.unsupported-response-type': (f) => ({
    title: 'この response_type は許可されていない',
    cause: `response_type の綴りが誤っているか、このアプリケーションでは使えません。Implicit フローとハイブリッドフロー（token、id_token）には Implicit グラントが必要で、サードパーティアプリケーションでは使えません。${said(f)}`,
    fix: [
      'response_type=code（Authorization Code with PKCE）を使ってください。',
      'token や id_token を使う場合は、Settings > Advanced Settings > Grant Types で Implicit にチェックを入れてください（ファーストパーティアプリケーションのみ）。',
    ],
    breadcrumb: grantTypes,
    docs: docs.codeFlow,
  }),
  'auth0.login-required': (f) => ({
    title: /multifactor/i.test(f.description ?? '')
      ? 'サイレントログインに MFA が必要'
      : 'サイレントログインでセッションが見つからない',
    cause:
      'prompt=none のリクエスト（getTokenSilently、checkSession）には、ブラウザから読める有効な Auth0 のセッションが必要です。サードパーティ Cookie のブロックやセッションの期限切れがあると読めません。',
    fix: [
      'サイレント認証の iframe の代わりにリフレッシュトークン（useRefreshTokens）を使うか、同じサイトのカスタムドメインを使ってください。',
      'このエラーが返ったら、対話的なログインにフォールバックしてください。',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.consent-required': () => ({
    title: 'ユーザーの同意が必要',
    cause:
      'アプリケーションがサードパーティであるか、API が同意の省略を許可しておらず、ユーザーがまだ同意していません。',
    fix: [
      '一度対話的にログインして、ユーザーに同意してもらってください。',
      'ファーストパーティアプリケーションの場合: Applications > APIs > 対象のAPI > Settings > Allow Skipping User Consent。',
      'localhost（や 127.0.0.1）では、その設定に関係なく同意は省略されません: Auth0 はローカルのアプリがファーストパーティか判断できないためです。そこでは consent_required を捕まえて対話的なログイン（getAccessTokenWithPopup や loginWithRedirect）に切り替えるか、別のホスト名で開発してください。',
    ],
    breadcrumb: [...apis, 'Settings'],
    docs: docs.silentAuth,
  }),
  'auth0.interaction-required': () => ({
    title: 'ユーザーの操作が必要',
    cause:
      'サイレントログインを完了できません。ユーザーが何か操作する必要があります（同意、MFA、Action によるリダイレクト）。',
    fix: ['対話的なログインにフォールバックしてください。'],
    docs: docs.silentAuth,
  }),
  'auth0.idp-scope-refused': (f) => ({
    title: 'ID プロバイダーが、コネクションの要求するスコープを拒否した',
    cause: `拒否したのは Auth0 でもルールでもなく、ソーシャルまたはエンタープライズのプロバイダー（LinkedIn、Facebook、Google、企業の IdP）です。コネクションのために Auth0 が要求した権限を、プロバイダーが拒否しました。プロバイダー側のアプリがその権限の承認を受けていないか、そのスコープがプロバイダーにもう存在しません。${said(f)}`,
    fix: [
      'Authentication > Social（または Enterprise）> 対象のコネクション > Permissions / Attributes で、プロバイダーが拒否するスコープのチェックを外してください。アプリケーションが connection_scope を送っている場合は、そこからも削除してください。',
      'または、プロバイダー側のアプリの設定（プロダクト、アプリレビュー、API の権限）でそれらを有効にしてから、もう一度ログインしてください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続', 'Permissions'],
    docs: docs.socialConnections,
  }),
  'auth0.callback-not-captured': (f) => ({
    title: 'Auth0 はログイン結果を返しましたが、アプリがコールバックを受け取っていません',
    cause: `ログイン自体は成功し、Auth0 はコールバック URL へリダイレクトしました。端末上のどれもその URL を引き受けなかったため、ブラウザーが開こうとして失敗しました（未知のスキーム、無効なアドレス、テナントに存在しないページ）。カスタムスキームがアプリに登録されていないか、送られた形と違う（Android はスキームを小文字で照合し、iOS は Info.plist への登録が必要）、または https のコールバックが検証済みの App Link / Universal Link でないため、ブラウザーが Web ページとして開いています。${said(f)}`,
    fix: [
      'Android: コールバックのスキームを小文字で登録し（manifestPlaceholders の auth0Scheme、または intent-filter の android:scheme）、同じスキームをログインに渡してください（withScheme / scheme オプション）。',
      'iOS: スキーム（通常はバンドル ID）を Info.plist の CFBundleURLSchemes に加えるか、Associated Domains による Universal Links を使ってください。',
      'https のコールバック（App Links / Universal Links）の場合: アプリ用にドメインのリンクを検証するか、どのブラウザーでも動くカスタムスキームに切り替えてください。',
      '同じ URL を Applications > Applications > 対象のアプリ > Settings > Allowed Callback URLs（と Allowed Logout URLs）に登録してください: {scheme}://{ドメイン}/android/{パッケージ}/callback または /ios/{バンドル ID}/callback。',
      'コンテナーアプリ (Ionic DevApp、Expo Go) の中ではアプリのスキームが登録されていません: アプリ自体をビルドしてインストールしてください。WebView 自身のオリジン (https://localhost、capacitor://localhost) もコールバックにはなりません: ブラウザーがログインを受け持つと、そこでは何も待ち受けていません。',
      'Electron: open-url は macOS でしか送られません。Windows と Linux ではスキームを登録し (app.setAsDefaultProtocolClient と .desktop ファイルの x-scheme-handler)、コールバックを process.argv と second-instance イベントから読んでください。',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.login-page-framed': (f) => ({
    title: 'ログインページはフレームの中に表示できません',
    cause: `ページが Auth0 のログインページを iframe（またはポータルや埋め込み製品のフレーム）で表示しようとしました。Universal Login は、他のページが重ねて表示できないよう（クリックジャッキング対策）、frame-ancestors 'none' と X-Frame-Options: deny でフレーム内での表示を禁じており、ブラウザーが表示を拒否しました。${said(f)}`,
    fix: [
      'ログインをフレームに入れないでください: ブラウザーをそこへ移動させる（loginWithRedirect、/authorize へのリンク）か、ポップアップで開いてください（loginWithPopup）。',
      'バックグラウンドでの確認には、Auth0 が意図してフレームで応答する SDK のサイレント認証（prompt=none、response_mode=web_message）か、リフレッシュトークンを使ってください。',
      'フレーム表示の保護を切れるのはクラシックのログインページだけで（Tenant Settings > Advanced）、その保護を失います。',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.redirect-loop': (f) => ({
    title: 'ログインがアプリと Auth0 の間でループしています',
    cause: `Auth0 はブラウザーをアプリへ戻しますが、アプリがすぐにまたログインへ送っています。ログインがエラー付きで戻った (コールバック URL の error=: Action や Rule による拒否、未確認のメール、サイレントチェックの login_required) のにアプリのガードがそれを表示せず再ログインしている、コールバックのルートやエラー時に行くページ自体がログインチェックの内側にある、セッション Cookie が捨てられている (大きすぎる、http で Secure なしの SameSite=None、コールバックと別のホストに設定)、または Action や Rule が再開されたログインも含め毎回リダイレクトしている、のいずれかです。${said(f)}`,
    fix: [
      'ブラウザーのネットワークタブで「ログを保持」をオンにしてログインすると、繰り返されるリクエストから、どの URL がブラウザーを /authorize へ戻しているか、コールバック URL に error= と error_description= が付いているかが分かります。',
      'コールバックにエラーが付いているときは、再ログインせずにそれを表示してください (またはここに貼り付けてください)。それが本当の原因を示します。',
      'コールバックのルート (/callback、/api/auth/callback) をアプリのログインチェックから外し、リダイレクトの前に処理を終えさせてください。',
      'セッション Cookie を保ってください: https で配信する (http://localhost なら SameSite=Lax)、コールバックのドメインに設定する、小さく保つ (トークンは Cookie ではなくサーバーに置く)。',
      'api.redirect.sendUserTo を呼ぶ Action は、再開されたログインを通してください (onContinuePostLogin、または app_metadata のフラグ)。旧来の Rule は context.protocol "redirect-callback" を飛ばしてください。',
      'Monitoring > Logs: 同じユーザーの成功ログイン (type s) が数秒おきに並んでいれば、Auth0 はログインさせていてアプリがそれを保てていないことが確かめられます。',
    ],
    docs: docs.callbacks,
  }),
} satisfies typeof en.authorizeTexts;
