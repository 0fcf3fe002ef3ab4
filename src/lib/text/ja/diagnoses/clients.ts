import { clientIdTrouble, legacyRo } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/clients';
import { app, appSettings, credentials, docs, grantCheckbox, grantTypes, said } from './paths';

/** アプリケーション自体: グラント、資格情報、client_id。 */
/** パブリッククライアントの設定: 貼り付けがシークレットのないフローを示すときは最初に。 */
const publicClient =
  'ブラウザや PKCE のフローでは、Application Type を Single Page Application（または Native）、Authentication Method を None にし、シークレットは送らないでください。';

export const clientTexts = {
  'auth0.pkce-not-allowed': (f) => ({
    title: 'このアプリケーションは PKCE でログインできない',
    cause: `モバイル・デスクトップ・シングルページのアプリは、シークレットなしで PKCE を使ってログインします。Auth0 がこれを許可するのはパブリックなアプリケーション（Application Type が Native または Single Page Application で、Token Endpoint Authentication Method が None）だけです。このアプリケーションはコンフィデンシャル（Regular Web Application、またはクライアントシークレット必須）として設定されています。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Settings で Application Type を Native（モバイル、デスクトップ）または Single Page Application にして Save してください。',
      'Credentials タブで Authentication Method を None にしてください。',
      'または、そのアプリには別のアプリケーションを使い、Web バックエンドのアプリケーションはコンフィデンシャルのままにしてください。',
    ],
    breadcrumb: [...appSettings, 'Application Type'],
    docs: docs.publicClients,
  }),
  'auth0.grant-not-allowed': (f) => ({
    title: `このアプリケーションで${f.grant ? ` ${grantCheckbox(f.grant)} グラント` : grantCheckbox(f.grant)}が有効になっていない`,
    cause: `アプリケーション${f.clientId ? ` ${f.clientId} ` : ''}は${f.grant ? ` ${f.grant} グラント` : '要求されたグラント'}を使えません。アプリケーションは作成時点ではその種類のグラントしか持たず、Password は 2017 年から既定でオフです。また、シングルページアプリケーションでは Client Credentials と Password はそもそも使えません。`,
    fix: [
      ...(f.grant === 'client_credentials'
        ? [
            'Authentication Method が None のアプリケーション（パブリッククライアント。Single Page Application にした場合など）は Client Credentials グラントを持てず、Dashboard がチェックを外します。client_credentials で呼ぶサーバーには、パブリックなものとは別の機密アプリケーション（Machine to Machine、またはシークレット付きの Regular Web Application）が必要です。',
          ]
        : []),
      ...(legacyRo(f)
        ? [
            'これは従来の /oauth/ro のグラントで、埋め込みの Lock（Lock 10、lock-passwordless、OIDC 準拠モードでない Lock.Android と Lock.swift）や古い SDK が送ります。2017 年半ば以降に作られたアプリケーションではチェックできません。SDK を OIDC 準拠モードにする（Lock: oidcConformant: true、Lock.Android / Lock.swift: setOIDCConformant(true) / .oidc()）と /oauth/token を使うようになります。または Universal Login に移行してください。パスワードレスのコードはそのあと Passwordless OTP グラントで送ります。',
          ]
        : []),
      'アプリケーションを開いてください: Applications > Applications > 対象のアプリ。',
      `Settings > Advanced Settings > Grant Types で「${grantCheckbox(f.grant)}」にチェックを入れてください。`,
      'Save Changes してから再送してください。',
      'client_id が自分のものでない場合（スクリプトや連携が使い回すベンダーのアプリケーション）、そのグラントは変えられません。それが許すフロー（多くはブラウザでの Authorization Code と PKCE）を使い、得られたリフレッシュトークンを保存してください。',
    ],
    breadcrumb: [...grantTypes, grantCheckbox(f.grant)],
    docs: docs.grantTypes,
  }),
  'auth0.unsupported-grant-type': (f) => ({
    title: '不明またはサポートされないグラントタイプ',
    cause: `テナントは grant_type${f.grant ? `「${f.grant}」` : '（送信した値）'}をサポートしていません。typo（Auth0 のグラントは http://auth0.com/oauth/grant-type/password-realm のような大文字・小文字を区別する URI です）か、このテナントが提供していないグラント（CIBA、Token Exchange、Token Vault はそれぞれの機能の有効化が必要で、古いテナントではアプリケーションの種類によって refresh_token がないことがあります）です。${said(f)}`,
    fix: [
      'グラントは手入力せず、Grant type の一覧から選んでください。',
      '機能に紐づくグラントの場合は、先にテナントでその機能を有効にしてから、Settings > Advanced Settings > Grant Types でチェックを入れてください。',
    ],
    breadcrumb: grantTypes,
    docs: docs.grantTypes,
  }),
  'auth0.client-authentication-failed': (f) => ({
    title: 'アプリケーションを認証できない',
    cause:
      'client_id が未知の場合、シークレットが誤っている場合、シークレットの送り方がアプリケーションの Authentication Method と合わない場合、Auth0 は単に「Unauthorized」と返します。ブラウザからのリクエストでは、パブリックなアプリケーション（Single Page Application または Native で、Authentication Method が None）しか使えない場面でコンフィデンシャルなアプリケーションを使ったことも意味します。',
    fix: [
      ...(f.paramsInQuery
        ? [
            `貼り付けではパラメータが URL（/oauth/token?client_id=…）に入っています: Auth0 はリクエストの本文からしか読まないため、クライアントが何も届いていません。本文（フォーム形式か JSON）で POST してください。`,
          ]
        : []),
      ...(f.publicFlow ? [publicClient] : []),
      `Applications > Applications > 対象のアプリ > Settings から Client ID と Client Secret をもう一度コピーしてください${f.clientId ? `（送信した値は ${f.clientId}）` : ''}。シークレットをローテーションすると古いシークレットは無効になります。`,
      'Client authentication をアプリの Credentials > Authentication Method に合わせてください: Client Secret (Post)、Client Secret (Basic)、None のいずれかです。',
      ...(f.publicFlow ? [] : [publicClient]),
      'ローカルでは動くのにデプロイ後に失敗する場合: デプロイ先の環境変数で、クライアント ID、シークレット、scope の前後に引用符、空白、改行がないか確かめてください。',
      'ブラウザとサーバーが 1 つのアプリケーションで呼ぶと、どちらかが合いません: 公開アプリケーション（Authentication Method None）と機密アプリケーションを別々に登録してください。',
    ],
    breadcrumb: [...credentials, 'Authentication Method'],
    docs: docs.publicClients,
  }),
  'auth0.client-auth-required': (f) => ({
    title: 'このアプリケーションはここでクライアントシークレットを送る必要がある',
    cause: `${f.endpoint ? `${f.endpoint} は` : 'このエンドポイントは'}コンフィデンシャルなアプリケーション（Regular Web App、Machine to Machine）を認証します。Authentication Method が None ではないため、リクエストにシークレット（または Private Key JWT）を含める必要があります。${said(f)}`,
    fix: [
      'Credentials > Authentication Method の指定どおりに、client_id とともに client_secret を送ってください（または HTTP Basic ヘッダーで送ってください）。',
      'シークレットを安全に保持できないブラウザアプリやモバイルアプリは、Single Page または Native アプリケーションにして、Authentication Method を None にしてください。',
    ],
    breadcrumb: [...credentials, 'Authentication Method'],
    docs: docs.publicClients,
  }),
  'auth0.invalid-client': (f) => ({
    title: 'クライアント認証に失敗（invalid_client）',
    cause: `${f.endpoint ? `${f.endpoint} が` : 'テナントが'}アプリケーションを認証できませんでした。未知の client_id、誤ったシークレット、シークレットを送っているパブリッククライアント、または検証できない Private Key JWT が考えられます。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ から Client ID と資格情報をもう一度コピーしてください。',
      'Client authentication を Credentials > Authentication Method に合わせてください。',
    ],
    breadcrumb: credentials,
    docs: docs.publicClients,
  }),
  'auth0.client-assertion': (f) => ({
    title: 'クライアントアサーション（Private Key JWT）が拒否された',
    cause: `Private Key JWT では、アプリケーションが有効期間の短い JWT（client_assertion）を秘密鍵で署名し、Auth0 がアプリケーションに登録された公開鍵で検証します。iss と sub は client_id、aud はテナントのトークン URL、exp は近い時刻、jti は未使用の値である必要があります。${said(f)}`,
    fix: [
      'アサーションを確認してください: iss と sub が client_id、aud が https://YOUR_DOMAIN/（またはその /oauth/token の URL）、exp が数分以内、jti が再利用されていないこと。',
      '署名鍵が Applications > Applications > 対象のアプリ > Credentials に、同じ kid とアルゴリズム（RS256、RS384、PS256）で登録されているか確認してください。',
      'client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer を送り、client_secret は送らないでください。',
    ],
    breadcrumb: [...credentials, 'Private Key JWT'],
    docs: docs.privateKeyJwt,
  }),
  'auth0.client-assertion-key': (f) => ({
    title: 'クライアントアサーションに一致する登録済みの鍵がない',
    cause: `アサーションの kid（または署名）が、このアプリケーションに Private Key JWT 用として登録されたどの公開鍵とも一致しないか、まだ鍵が登録されていません。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Credentials で、署名に使う秘密鍵に対応する公開鍵（PEM）を追加するか、登録済みの鍵を確認してください。',
      'アサーションのヘッダーにその資格情報の kid を入れるか、kid を省いて Auth0 にすべての鍵を試させてください。',
    ],
    breadcrumb: [...credentials, 'Private Key JWT'],
    docs: docs.privateKeyJwt,
  }),
  'auth0.mtls-certificate': (f) => ({
    title: 'クライアント証明書（mTLS）が拒否された',
    cause: `mTLS によるクライアント認証では、テナントの mTLS エンドポイントエイリアスを通じて、このアプリケーションに登録された証明書（自己署名ならその証明書そのもの、CA 署名ならそのサブジェクト DN）を TLS 接続で提示する必要があります。${said(f)}`,
    fix: [
      'テナントの mTLS エンドポイント（ディスカバリードキュメントの mtls_endpoint_aliases）に、このアプリケーションの証明書と鍵を使って送ってください。',
      'Applications > Applications > 対象のアプリ > Credentials で、登録されている証明書（またはサブジェクト DN）が提示しているものと同じか確認してください。',
      '証明書にバインドされたトークンの場合は、同じ証明書を使って API を呼び出してください。',
    ],
    breadcrumb: [...credentials, 'mTLS'],
    docs: docs.mtls,
  }),
  'auth0.unknown-client': (f) => ({
    title: 'この client_id のアプリケーションがない',
    cause: `client_id${(f.unknownClient ?? f.clientId) ? ` ${f.unknownClient ?? f.clientId} ` : ' '}はこのテナントのものではありません。typo、削除されたアプリケーション、または別のテナントの client_id（アプリケーションはテナントごとに別です）が考えられます。`,
    fix: [
      ...{
        registered: [
          `${f.unknownClient} は Dynamic Client Registration（MCP クライアントやコネクター）が作ったものです: その登録はもうありません（削除されたか、サーバーが別のテナントや固定のクライアントに移りました）。クライアントにもう一度登録させてください: コネクターを削除して追加し直してください。`,
        ],
        garbled: [
          `“${f.unknownClient}” には client_id にない文字が入っています: Dashboard の Client ID と 1 文字ずつ比べてください（環境変数から入った引用符、空白、改行、l と 1 のような紛らわしい文字）。`,
        ],
        'or-grant': [
          'この文言は、アプリケーションは存在するがこのフローを使えない場合も含みます: グラントを確認してください（Applications > Applications > 対象のアプリ > Settings > Advanced Settings の Grant Types。たとえば /oauth/device/code なら Native アプリケーションの Device Code）。',
        ],
        none: [],
      }[clientIdTrouble(f) ?? 'none'],
      'まさにこのテナントの Applications > Applications > 対象のアプリ > Settings から Client ID をコピーしてください。',
      'URL の client_id（MCP クライアントの Client ID Metadata Document）は、先にテナントに登録する必要があります: Dynamic Client Registration か Management API で。',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.missing-client-id': () => ({
    title: 'client_id が送られていない',
    cause:
      'Authentication API へのリクエストでは、必ず client_id（または HTTP Basic ヘッダー）でアプリケーションを指定します。',
    fix: ['Client ID を入力してください（Applications > Applications > 対象のアプリ > Settings）。'],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.unauthorized-client': (f) => ({
    title: f.grant
      ? `このアプリケーションは ${grantCheckbox(f.grant)} を使えません: グラントかアプリケーションの種類の問題です`
      : 'このアプリケーションにはこの操作が許可されていない',
    cause: `テナントがアプリケーションそのものを拒否しました。よくある原因は、グラントにチェックが入っていない、このフローを使えない種類のアプリケーション、API のクライアントグラントがないサードパーティアプリケーション、または無効化されたアプリケーションです。${said(f)}`,
    fix: [
      f.grant
        ? `Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types で「${grantCheckbox(f.grant)}」にチェックを入れ、保存してください。`
        : 'アプリケーションのグラントを確認してください: Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types で、使うフローのものを。',
      '種類を確認してください: Single Page Application は Client Credentials や Password を持てず、Machine to Machine アプリケーションはユーザーをログインさせません。フローに合った種類のアプリケーションを使ってください。',
      'サードパーティアプリケーションの場合は、API へのアクセスを許可してください（Applications > APIs > 対象のAPI > Application Access）。',
      'client_id が自分のものでない場合（スクリプトや連携が使い回すベンダーのアプリケーション）、そのグラントは変えられません。それが許すフロー（多くはブラウザでの Authorization Code と PKCE）を使ってください。',
    ],
    breadcrumb: f.grant ? [...grantTypes, grantCheckbox(f.grant)] : grantTypes,
    docs: docs.grantTypes,
  }),
  'auth0.device-code-public-client': () => ({
    title: 'Device Code には Authentication Method None が必要',
    cause:
      'Device Code グラントを使うアプリケーションはシークレットを保持できないデバイス上で動くため、Auth0 はトークンエンドポイントの認証方式を none にすることを求めます。',
    fix: [
      'Applications > Applications > 対象のアプリ > Credentials > Authentication Method を None にしてください（Management API なら token_endpoint_auth_method を "none" に）。',
      'デバイスには Native アプリケーションを使い、シークレットは別のコンフィデンシャルなアプリケーションに持たせてください。',
    ],
    breadcrumb: [...app, 'Credentials', 'Authentication Method'],
    docs: docs.deviceFlow,
  }),
} satisfies typeof en.clientTexts;
