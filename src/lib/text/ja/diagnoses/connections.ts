import type * as en from '../../en/diagnoses/connections';
import { apiAuthorizationSettings, appConnections, database, docs, said } from './paths';

/** コネクションとレルム。 */
export const connectionTexts = {
  'auth0.idp-user-not-assigned': (f) => ({
    title: 'ID プロバイダーがユーザーを拒否しました: アプリケーションに割り当てられていません',
    cause: `コネクションの背後にあるエンタープライズ ID プロバイダー（Okta、Microsoft Entra ID など）はユーザーを認証しましたが、そこに登録された Auth0 のアプリケーションへの割り当てがユーザー（またはそのグループ）にないため、入れませんでした。Auth0 はその拒否を access_denied として伝えています。ルール、Action、Auth0 の設定が原因ではありません。${said(f)}`,
    fix: [
      'プロバイダーの管理コンソールで、この Auth0 コネクションが使うアプリケーションにユーザーまたはそのグループを割り当ててください（Okta: Applications > 対象のアプリ > Assignments、Entra ID: Enterprise applications > 対象のアプリ > Users and groups）。',
      'または、プロバイダー側でそのアプリケーションの割り当て必須をやめてください（Entra ID: Properties > Assignment required: No）。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', '対象の接続'],
    docs: docs.socialConnections,
  }),
  'auth0.social-connection-error': (f) => ({
    title: `${f.connection ? `${f.connection} コネクションの` : ''}ID プロバイダーが Auth0 を拒否した`,
    cause: `Auth0 はソーシャル／エンタープライズのプロバイダーに到達しましたが、プロバイダーがエラーを返しました。コネクションの認証情報がプロバイダー側の登録と一致していない（Client ID または Services ID、Client Secret、Apple の場合は Team ID・Key ID・署名鍵）か、プロバイダーのアプリに Auth0 のコールバック URL が登録されていません。${said(f)}`,
    fix: [
      'Authentication > Social（または Enterprise）> 対象の接続 > Settings で、各認証情報をプロバイダーのコンソールと照合し、ローテーションされたシークレットや鍵は新しいものに置き換えてください。',
      'プロバイダーのコンソールで、https://{テナントのドメイン}/login/callback（カスタムドメインの場合はそのドメイン）をリダイレクト URI として許可してください。',
      'Monitoring > Logs の失敗したログインの詳細に、プロバイダー自身のエラーが記録されています。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続', 'Settings'],
    docs: docs.socialConnections,
  }),
  'auth0.saml-idp-initiated': (f) => ({
    title: 'SAML コネクションが IdP-initiated ログインを受け付けていない',
    cause: `ID プロバイダーが、Auth0 が要求していない SAML レスポンスを送りました（IdP-initiated SSO。Okta や Entra ID のタイルからのログインなど）。Auth0 がこれを受け付けるのは、コネクションで許可され、ログイン先のアプリケーションが指定されている場合だけです。${said(f)}`,
    fix: [
      'Authentication > Enterprise > SAML > 対象の接続 > IdP-Initiated SSO で Accept Requests をオンにしてください。',
      'Default Application、その Response Protocol（多くのアプリでは OpenID Connect）、必要なら Query String（redirect_uri=… など）を設定してください。',
      'または、アプリケーション側からログインを開始（SP-initiated）すれば、この設定は不要です。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', '対象の接続', 'IdP-Initiated SSO'],
    docs: docs.samlIdpInitiated,
  }),
  'auth0.no-default-connection': () => ({
    title: 'Password グラントのデフォルトコネクションがない',
    cause:
      'Password グラントではどのユーザーデータベースで確認するかを指定しないため、テナントの Default Directory が使われますが、それが設定されていません。',
    fix: [
      'Authentication > Database で、データベースコネクションの名前を確認してください（通常は Username-Password-Authentication）。',
      'Settings > General > API Authorization Settings > Default Directory にその名前を入力して Save してください。',
      'または password-realm グラントを使い、Realm にその名前を設定してください。',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Directory'],
    docs: docs.ropg,
  }),
  'auth0.connection-not-found': (f) => ({
    title: `コネクション${f.connection ? `「${f.connection}」` : ''}が見つからない`,
    cause:
      'realm（またはコネクション、Default Directory）が、このテナントにないコネクションを指しています。名前は完全一致で、大文字・小文字も区別されます。',
    fix: [
      'Authentication > Database（または Enterprise、Social）で、コネクションの Name を正確にコピーしてください。',
      'それを Realm（password-realm）か、Settings > General > API Authorization Settings > Default Directory に設定してください。',
    ],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.databaseConnections,
  }),
  'auth0.connection-disabled': (f) => ({
    title: `コネクション${f.connection ? `「${f.connection}」` : ''}がこのアプリケーションで有効になっていない`,
    cause:
      'コネクションは存在しますが、このアプリケーションではオフになっているため、そのユーザーはこのコネクションでログインできません。',
    fix: [
      'Applications > Applications > 対象のアプリ > Connections で、コネクションをオンにしてください。',
      'または Authentication > Database > 対象のコネクション > Applications で、アプリを有効にしてください。',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.no-connection-enabled': () => ({
    title: 'アプリケーションで有効なコネクションがない',
    cause:
      'Universal Login でユーザーをログインさせる先がありません。このアプリケーションではすべてのコネクションがオフです（Dynamic Client Registration や Management API で作成した新しいアプリケーションは、最初はどれも有効になっていません）。',
    fix: [
      'Applications > Applications > 対象のアプリ > Connections で、ユーザーが使うデータベース、ソーシャル、またはエンタープライズのコネクションをオンにしてください。',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.strategy-not-supported': () => ({
    title: 'このコネクションではパスワードを確認できない',
    cause:
      'realm がソーシャルまたはエンタープライズのコネクションを指しています。ユーザー名とパスワードを受け付けるのは、データベースコネクション（と一部のエンタープライズの AD/LDAP コネクション）だけです。',
    fix: [
      'Realm にはデータベースコネクションを指定するか、これらのユーザーは /authorize（Authorization Code フロー）でログインさせてください。',
    ],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.ropg,
  }),
  'auth0.signup-disabled': (f) => ({
    title: 'このコネクションではサインアップが無効',
    cause: 'コネクションの Disable Sign Ups がオンになっているため、新しいユーザーは管理者しか作成できません。',
    fix: [
      f.endpoint === '/passwordless/start'
        ? 'Authentication > Passwordless > Email (または SMS) で Disable Sign Ups をオフにするか、先にユーザーを作成してください。コードはユーザーのいるアドレスにだけ送られます。'
        : 'Authentication > Database > 対象のコネクション > Settings で Disable Sign Ups をオフにするか、User Management > Users でユーザーを作成してください。',
      'または、ユーザーをサインアップ画面（screen_hint=signup）ではなくログイン画面に誘導してください。',
      'コネクションがサインアップを許しているなら、Rule や Action がこの言葉で拒否しています（「ソーシャルのサインアップを無効にする」ルールなど）: Actions > Triggers か Auth Pipeline > Rules で探してください。',
    ],
    breadcrumb: [...database, 'Settings', 'Disable Sign Ups'],
    docs: docs.databaseConnections,
  }),
  'auth0.home-realm-mismatch': () => ({
    title: 'メールアドレスのドメインに対応するエンタープライズコネクションがない',
    cause:
      'Home Realm Discovery は、メールアドレスのドメインを含むエンタープライズコネクションにユーザーを送りますが、該当するコネクションがありません。',
    fix: [
      'Authentication > Enterprise > 対象のコネクション > Settings で、メールアドレスのドメインをドメイン一覧（Home Realm Discovery）に追加してください。',
      'または、ユーザーに別のコネクションでログインしてもらってください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', '対象の接続', 'Settings'],
    docs: docs.hrd,
  }),
  'auth0.enterprise-oidc-client-auth': (f) => ({
    title: 'エンタープライズ ID プロバイダーが Auth0 のクライアント資格情報を拒否した',
    cause: `OpenID Connect コネクションがプロバイダーのトークンエンドポイントでコードを交換したとき、プロバイダーが別のクライアント認証（Post ではなく Basic、または別のシークレット）を求めました。${said(f)}`,
    fix: [
      'Authentication > Enterprise > OpenID Connect > 対象のコネクション で、Client ID と Client Secret がプロバイダー側と一致しているか確認してください。',
      'プロバイダーのトークンエンドポイントの認証方式（client_secret_basic または client_secret_post）に合わせてください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'OpenID Connect', '対象の接続'],
    docs: docs.enterpriseOidc,
  }),
  'auth0.enterprise-dpop': () => ({
    title: 'ID プロバイダーが Auth0 の署名できない DPoP を要求している',
    cause:
      'エンタープライズの OpenID Connect プロバイダーが、コネクションの使わない署名アルゴリズムでの DPoP バインドトークンを要求しています。',
    fix: [
      'プロバイダー側で Auth0 のクライアントに対する DPoP の要求をオフにするか、Auth0 が署名に使うアルゴリズムを許可してください。',
      'Authentication > Enterprise > OpenID Connect でコネクションの設定を確認してください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'OpenID Connect', '対象の接続'],
    docs: docs.enterpriseOidc,
  }),
  'auth0.saml-audience-invalid': (f) => ({
    title: 'SAML アサーションが別のサービスプロバイダー向けになっている',
    cause: `この SAML コネクションでは Auth0 がサービスプロバイダーで、Audience が自身の SP Entity ID、urn:auth0:{tenant}:{connection}${f.spEntityId ? `（ここでは ${f.spEntityId}）` : ''}であるアサーションしか受け付けません。ID プロバイダーが別の Audience を送ってきました。IdP 側のアプリケーションが、別の Entity ID、テナント、またはコネクション名で設定されています。${said(f)}`,
    fix: [
      'ID プロバイダー側の Auth0 用アプリケーションで、SP Entity ID / Audience（Entra ID では Identifier、Okta では Audience URI）を urn:auth0:{テナント名}:{コネクション名} と正確に一致させてください。',
      'IdP 側で変更できない場合は、Authentication > Enterprise > SAML > 対象のコネクションで IdP が期待する Entity ID を設定し、もう一度ログインしてください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', '対象の接続', 'Settings'],
    docs: docs.samlSp,
  }),
  'auth0.saml-signature-invalid': (f) => ({
    title: 'SAML アサーションが、Auth0 の想定する証明書で署名されていない',
    cause: `ID プロバイダーが SAML レスポンスの署名に使った証明書のサムプリントが、SAML コネクションに保存されているものと一致しません（IdP が証明書をローテーションした、または誤った証明書がアップロードされた）。あるいは、署名の検証そのものに失敗しています。${said(f)}`,
    fix: [
      'IdP の現在の署名用証明書をダウンロードしてください（SAML メタデータから取得できます）。',
      'Authentication > Enterprise > SAML > 対象のコネクション > Settings で、それを X.509 Signing Certificate（PEM または CER）としてアップロードして保存し、もう一度ログインしてください。',
      'IdP が、コネクションの想定するアルゴリズム（Sign Request / Signature Algorithm）でレスポンスまたはアサーションに署名しているか確認してください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', '対象の接続', 'Settings'],
    docs: docs.samlTroubleshoot,
  }),
  'auth0.connection-not-domain': (f) => ({
    title: `${f.connection ?? 'このコネクション'} はこのアプリケーションでは使えません`,
    cause: `リクエスト（/authorize の connection=… またはログインページ）が、このアプリケーションの使えないコネクションを指定しました: アプリケーションで有効になっていないか、アプリケーションがサードパーティのもの（MCP クライアントなど、Dynamic Client Registration で作られたもの）で、それにはドメインレベルのコネクションしか開かれていません。${said(f)}`,
    fix: [
      'Applications > 対象のアプリ > Connections で、このコネクションをアプリケーションに対して有効にしてください。',
      'サードパーティ（DCR）のアプリケーションの場合: コネクションをドメインレベルにして（Management API の PATCH /api/v2/connections/{id} に is_domain_connection: true、または Auth0 CLI）、ログインし直してください。',
      'または、リクエストから connection= を外し、有効なコネクションを Universal Login に選ばせてください。',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.entra-error': (f) => {
    const code = f.aadsts ?? '';
    const known: Record<string, string> = {
      '50020':
        'このアカウントは、このアプリ登録が受け付けない別のディレクトリ（または個人の Microsoft アカウント）のものです: Microsoft Entra で「サポートされているアカウントの種類」を任意の組織ディレクトリのアカウント（マルチテナント）にするか、ユーザーをゲストとして招待してください。マルチテナントのログインでは Auth0 のコネクションで Use common endpoint をオンにします。',
      '50011':
        'リダイレクト URI が登録されていません: Microsoft Entra > App registrations > 対象のアプリ > Authentication で、https://YOUR_DOMAIN/login/callback を Web のリダイレクト URI に追加してください。',
      '7000215':
        'クライアントシークレットが誤っています: Microsoft Entra（Certificates & secrets）で新しいシークレットを作り、その Value（ID ではなく）を Auth0 のコネクションの Client Secret に貼り付けてください。',
      '7000222':
        'クライアントシークレットの期限が切れています: Microsoft Entra（Certificates & secrets）で新しいシークレットを作り、その Value を Auth0 のコネクションの Client Secret に貼り付けてください。',
      '700016':
        'そのディレクトリにこのアプリケーションがありません: Auth0 のコネクションの Client ID と Microsoft Azure AD Domain を確かめてください。',
      '65001':
        '同意がありません: Microsoft Entra > 対象のアプリ > API permissions で管理者の同意を与えてください（または管理者が先にログインしてください）。',
      '50105':
        'ユーザーがアプリに割り当てられていません: Microsoft Entra > Enterprise applications > 対象のアプリ > Users and groups で割り当てるか、Assignment required をオフにしてください。',
      '53003':
        'ディレクトリの条件付きアクセスのポリシーがログインをブロックしました: ディレクトリの管理者が許可する必要があります。',
    };
    return {
      title: `Microsoft Entra ID がログインを拒否しました${code ? `（AADSTS${code}）` : ''}`,
      cause: `Auth0 はエンタープライズまたはソーシャルのコネクションを通じてログインを Microsoft Entra ID（Azure AD）に渡し、Microsoft が独自のコードで拒否しました。直す場所はアプリケーションではなく、Entra のアプリ登録か Auth0 のコネクションです。${said(f)}`,
      fix: [
        known[code] ??
          `Microsoft のエラーリファレンスで AADSTS${code || '…'} を調べてください。直す場所は Microsoft Entra（コネクションが使うアプリ登録）か Auth0 のコネクションの設定です。`,
        'Authentication > Enterprise > Microsoft Azure AD > 対象のコネクション で、Domain、Client ID、Client Secret が Entra のアプリ登録と一致していることを確かめてください。',
      ],
      breadcrumb: ['Authentication', 'Enterprise', 'Microsoft Azure AD', 'your connection'],
      docs: docs.enterpriseOidc,
    };
  },
  'auth0.saml-decrypt-failed': (f) => ({
    title: 'Auth0 が SAML アサーションを復号できませんでした',
    cause: `ID プロバイダーはアサーションを暗号化しましたが、このテナントの SAML コネクションの証明書向けではない（古い証明書や別のテナントのもの）か、Auth0 が受け付けないアルゴリズムで暗号化しています。${said(f)}`,
    fix: [
      'コネクションの暗号化用証明書（https://YOUR_DOMAIN/pem、またはコネクションの SAML メタデータ）をダウンロードし、暗号化に使う証明書として IdP に渡してください。',
      'または IdP でアサーションの暗号化をオフにしてください。IdP が Auth0 の文書どおり RSA-OAEP の鍵転送と AES-CBC/GCM を使っていることも確かめてください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', 'your connection'],
    docs: docs.samlTroubleshoot,
  }),
  'auth0.idp-redirect-uri-not-registered': (f) => ({
    title: 'ID プロバイダーが Auth0 のコールバックを知りません',
    cause: `このエラーは Auth0 やアプリではなく、ソーシャルまたはエンタープライズのプロバイダー（Google、Facebook、GitHub、LinkedIn、Apple、Microsoft）から来ています: Auth0 はテナント自身の /login/callback に戻るよう送りましたが、その URL がプロバイダー側のアプリに登録されていません。カスタムドメインで始めたログインは、カスタムドメインの /login/callback に戻ります。${said(f)}`,
    fix: [
      'プロバイダーの開発者コンソール（Google Cloud > Credentials、Facebook Login > Settings > Valid OAuth Redirect URIs、GitHub OAuth App > Authorization callback URL など）に https://YOUR_DOMAIN/login/callback を登録し、カスタムドメインを使うなら https://カスタムドメイン/login/callback も登録してください。',
      'アプリ自身のコールバック（http://localhost:3000/callback など）は、プロバイダーのアプリではなく Auth0 の Allowed Callback URLs に登録します。',
      '登録したドメインでログインを始め（SDK の domain 設定）、Authentication > Social の接続がそのプロバイダーのアプリのクライアント ID とシークレットを使っているか確かめてください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続'],
    docs: docs.socialConnections,
  }),
  'auth0.idp-embedded-webview': (f) => ({
    title: 'プロバイダーがアプリの Web ビュー内でのログインを拒否しています',
    cause: `Google（や他のプロバイダー）は、パスワードを読み取れる埋め込み Web ビューでのサインインを拒否します: ログインページがシステムのブラウザーではなく WebView（埋め込みの Lock、React Native・Cordova・Xamarin アプリの Web ビュー）で開かれました。${said(f)}`,
    fix: [
      'ログインをシステムのブラウザーで開いてください: ネイティブ SDK 経由の Universal Login（iOS は ASWebAuthenticationSession、Android は Custom Tabs）、または SDK の Web ビューではなくブラウザーのオプションを使ってください。',
      'ブラウザーでのログインが使うコールバックを Allowed Callback URLs に加えてください。',
    ],
    breadcrumb: appConnections,
    docs: docs.socialConnections,
  }),
} satisfies typeof en.connectionTexts;
