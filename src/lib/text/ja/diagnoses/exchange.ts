import { requestUriShape, sessionTransferTrouble } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/exchange';
import { actions, apis, app, docs, logs, said } from './paths';

const cteAction = [...actions, 'custom-token-exchange'];

/** Token Exchange、アサーション、Token Vault、DPoP、PAR/FAPI。 */
export const exchangeTexts = {
  'auth0.session-transfer': (f) => ({
    title: 'セッション転送トークンが拒否された（Native to Web SSO）',
    cause: `Native to Web SSO では、ネイティブアプリのログインをセッション転送トークンで Web アプリに引き継ぎます。このトークンは 1 回限りで、有効期間は約 1 分です。デバイスバインディングが有効な場合は、発行を求めた IP アドレスまたはネットワーク（ASN）からしか使えず、発行時の Organization にも結び付いています。テナントやアプリケーションで Native to Web SSO が有効になっていない可能性もあります。${said(f)}`,
    fix: [
      ...(sessionTransferTrouble(f) === 'other-user'
        ? [
            'ブラウザにはすでに別のユーザーの Auth0 セッションがあります: トークンで Web アプリを開く前にそのセッションをログアウトする（または prompt=login を送る）か、両方で同じユーザーとしてサインインしてください。',
          ]
        : []),
      ...(sessionTransferTrouble(f) === 'parent-revoked'
        ? [
            'セッション転送トークンの元になったリフレッシュトークンが失効または削除されています: ネイティブアプリでログインし直してから新しいトークンを求め、Web アプリが開くまでそれを失効させないでください。',
          ]
        : []),
      'Web アプリを開く直前に新しい session_transfer_token を取得し、1 回だけ送ってください（同じトークンで再試行しないでください）。',
      'ネイティブアプリと同じデバイス・同じネットワークから Web アプリを開くか、Web アプリのデバイスバインディングを緩めてください（session_transfer.enforce_device_binding: none）。',
      'Management API（PATCH /api/v2/clients/{id}）で設定を確認してください。ネイティブアプリには session_transfer.can_create_session_transfer_token = true、Web アプリには session_transfer.allowed_authentication_methods（cookie または query）が必要です。',
      'Organizations を使う場合は、トークンの取得と Web アプリを開くのを同じ Organization で行ってください。',
    ],
    breadcrumb: [...app, 'Settings'],
    docs: docs.nativeToWebSso,
  }),
  'auth0.delegation-depth': () => ({
    title: '委任チェーンが深すぎる',
    cause: 'on-behalf-of の交換のたびに act クレームが入れ子になります。Auth0 が許可するのは最大4階層です。',
    fix: ['すでに交換されたトークンではなく、元の subject token を交換してください。'],
    docs: docs.tokenExchange,
  }),
  'auth0.invalid-assertion': () => ({
    title: 'アサーションが無効または期限切れ',
    cause:
      'JWT アサーション（例: クロスアプリアクセス用の ID アサーション）の検証に失敗しました。署名、audience、有効期限のいずれかです。',
    fix: [
      '発行元から新しいアサーションを取得してすぐに送ってください。aud がこのテナントになっているかも確認してください。',
    ],
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-denied': (f) => ({
    title: 'Custom Token Exchange Action がこの交換を拒否した',
    cause: `プロファイルの Action が独自の理由で subject を拒否しました（api.access.deny または rejectInvalidSubjectToken）。設定ではなく、テナントのコードが判断しています。${said(f)}`,
    fix: [
      'Actions > Library でプロファイルの Custom Token Exchange Action を開き、再送しながらリアルタイムログを確認してください。',
      '送っている subject token が、Action が受け付けるものか確認してください。',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-actor': () => ({
    title: '交換にアクターが必要',
    cause:
      'この Token Exchange（on-behalf-of やセッション移行）では、誰が操作するのかを示す必要があります。Action で api.authentication.setActor() を呼ぶか、リクエストに actor_token を含めてください。',
    fix: [
      'Custom Token Exchange Action で、操作する主体に対して setActor() を呼んでください（Actions > Library）。',
      'または、プロファイルが想定するとおりに actor_token と actor_token_type を送ってください。',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-mfa': () => ({
    title: '委任による交換では MFA を実行できない',
    cause:
      'プロファイルが MFA を要求していますが、actor_token 付きの交換にはそれを完了できるユーザーがその場にいません。',
    fix: [
      'Action（またはその post-login Action）でこの交換に MFA を要求しないようにするか、アクターなしで交換してください。',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-token-type': (f) => ({
    title: 'トークンタイプに一致するプロファイルがない',
    cause: `subject_token_type（と、送った場合は requested_token_type）は、このテナントの Token Exchange Profile の URI と完全に一致する必要があります。${said(f)}`,
    fix: [
      'プロファイルを一覧し（Management API の GET /api/v2/token-exchange-profiles）、subject_token_type を正確にコピーしてください。',
      'プロファイルがサポートしていない限り、requested_token_type は送らないでください。',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-audience': (f) => ({
    title: 'この API を交換の audience にできない',
    cause: `audience は、このアプリケーションがアクセスを許可されていて、かつ交換プロファイルがトークンを発行できる API である必要があります。${said(f)}`,
    fix: [
      'Applications > APIs > 対象のAPI > Application Access で、このアプリケーションを許可してください。',
      'audience には API の Identifier を送ってください。',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange': (f) => ({
    title: 'Token Exchange が拒否された',
    cause: `カスタムの Token Exchange には、送った subject_token_type に一致するプロファイルと、その subject token を受け付ける Action が必要です。${said(f)}`,
    fix: [
      'プロファイルの Subject Token Type が Subject token type と完全に一致しているか確認してください（Token Exchange プロファイルは Management API で確認できます）。',
      'Monitoring > Logs で Custom Token Exchange Action のログを確認してください。',
      'アプリケーションには Token Exchange グラントが必要です。',
      '「… Token Exchange Profile is not allowed for the client」: このアプリケーションにそのプロファイルの種類を許可してください（Management API: PATCH /api/v2/clients/{id} に token_exchange.allow_any_profile_of_type、例 ["custom_authentication"]）。',
    ],
    breadcrumb: logs,
    docs: docs.tokenExchange,
  }),
  'auth0.token-vault-connection': () => ({
    title: 'このコネクションで Token Vault がオフ',
    cause:
      'プロバイダーのトークンと交換するには、コネクションが Token Vault（Connected Accounts）にトークンを保存している必要があります。',
    fix: [
      'Authentication > Social（または Enterprise）> 対象のコネクション で、プロバイダーからのオフラインアクセス付きで Token Vault / Connected Accounts を有効にしてください。',
      'ユーザーにもう一度ログイン（またはアカウントを接続）してもらってください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続'],
    docs: docs.tokenVault,
  }),
  'auth0.token-vault-identity': (f) => ({
    title: 'そのコネクションにこのユーザーの ID がありません',
    cause: `Token Vault の交換で、指定したコネクションにユーザーの ID が見つかりませんでした。ユーザーがそのコネクションでログインもアカウント連携もしていないか、login_hint がユーザーの持たない ID（プロバイダーのユーザー ID）を指しています。${said(f)}`,
    fix: [
      'connection=<コネクション名> を送り、login_hint は省くか、ユーザーにある ID のプロバイダーユーザー ID にしてください（User Management > Users > そのユーザー > Identities）。',
      'まだその ID がない場合は、先にそのコネクションでログインするかアカウントを連携してもらってください。',
    ],
    breadcrumb: ['User Management', 'Users', 'the user'],
    docs: docs.tokenVault,
  }),
  'auth0.federated-refresh-token-missing': () => ({
    title: 'フェデレーションコネクションのリフレッシュトークンが保存されていない',
    cause:
      'Token Vault に、このユーザーのコネクションのリフレッシュトークンがありません。Token Vault を有効にする前にユーザーがログインしたか、コネクションがリフレッシュトークンを返さなかったかのどちらかです。',
    fix: [
      'コネクションで Token Vault（Connected Accounts）を有効にし、プロバイダーにオフラインアクセスを要求して、ユーザーにもう一度ログインしてもらってください。',
    ],
    breadcrumb: ['Authentication', 'Social', '対象の接続'],
    docs: docs.tokenVault,
  }),
  'auth0.dpop-nonce': () => ({
    title: 'DPoP の nonce が必要（再送してください）',
    cause:
      'サーバーは、DPoP proof にサーバーが発行した nonce を含めることを求めています（または送った nonce が古くなっています）。レスポンスの DPoP-Nonce ヘッダーに新しい nonce があります。',
    fix: ['DPoP-Nonce ヘッダーの nonce を含めた DPoP proof を作り直して、再送してください。'],
    docs: docs.dpop,
  }),
  'auth0.invalid-dpop-proof': (f) => ({
    title: 'DPoP proof が拒否された',
    cause: `DPoP ヘッダーの JWT の形式が不正、使い回されている、別の鍵で署名されている、または htm/htu/iat がこのリクエストと合っていません。${said(f)}`,
    fix: [
      'リクエストごとに、このメソッドと正確な URL、現在時刻、トークンの鍵で新しい proof を1つ署名してください。',
      "プロキシやロードバランサーの内側の自分の API で htu が合わない場合: API は見えたとおりの URL（http、内部のホスト）を組み立てます。プロキシを信頼し（Express: app.set('trust proxy', true)）、X-Forwarded-Proto と X-Forwarded-Host を転送してください。",
    ],
    docs: docs.dpop,
  }),
  'auth0.par-required': () => ({
    title: 'Pushed Authorization Requests が必須',
    cause:
      'アプリケーションの設定（Require Pushed Authorization Requests）または FAPI 準拠レベルにより、/authorize には URL のパラメーターではなく、POST /oauth/par で得た request_uri を使ってアクセスする必要があります。',
    fix: [
      '認可パラメーターを /oauth/par に POST し（クライアント認証付き）、その後 /authorize?client_id=…&request_uri=… を開いてください。',
      'または要件をオフにしてください: Applications > Applications > 対象のアプリ > Settings > Advanced Settings（PAR、Compliance）。',
    ],
    breadcrumb: [...app, 'Settings', 'Advanced Settings'],
    docs: docs.par,
  }),
  'auth0.par-request-uri': (f) => ({
    title: 'request_uri が不明または期限切れ',
    cause: `/oauth/par で得た request_uri の有効期間は expires_in（約1分）で、1回だけ、push したクライアントでのみ使えます。${said(f)}`,
    fix: [
      ...(requestUriShape(f)
        ? [
            'request_uri は /oauth/par が返したとおり（urn:ietf:params:oauth:request_uri:…）に渡してください: 自前の URL や JSON の応答全体ではなく、二重に URL エンコードもせずに。',
          ]
        : []),
      'リクエストをもう一度 push し、同じ client_id ですぐに /authorize へリダイレクトしてください。',
    ],
    docs: docs.par,
  }),
  'auth0.request-object': (f) => ({
    title: 'リクエストオブジェクト（JAR）が拒否された',
    cause: `署名付きリクエストオブジェクトは、アプリケーションに登録された鍵（JAR）で署名し、同じ client_id を含め、一緒に送るパラメーターと一致している必要があります。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings で、JAR が有効で鍵が登録されているか確認してください。',
      'その鍵でリクエストオブジェクトに署名し、client_id と response_type は内側と外側で同じにしてください。',
    ],
    breadcrumb: [...app, 'Settings', 'Advanced Settings'],
    docs: docs.jar,
  }),
} satisfies typeof en.exchangeTexts;
