import type * as en from '../../en/diagnoses/generic';
import type { Facts } from '../../../diagnose/facts';
import { credentials, grantTypes } from './paths';

export type { DiagnosisText } from '../../en/diagnoses/generic';

const rfc6749 = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';

/** RFC 6749 §5.2（と RFC 8628 §3.5）のエラーコード。このページに専用の項目がないエラーの説明に使います。 */
export const oauthErrorTexts = {
  invalid_request: (f) => ({
    title: 'リクエストの形式が不正（invalid_request）',
    cause: `パラメーターが欠けている、重複している、または形式が不正です。レスポンスの説明: ${f.description ?? '詳細なし'}。`,
    fix: ['説明に書かれているパラメーターをフォームで修正して、再送してください。'],
    docs: rfc6749,
  }),
  invalid_client: (f) => ({
    title: 'クライアント認証に失敗（invalid_client）',
    cause:
      `テナントがアプリケーションを認証できませんでした。未知の client_id、誤ったシークレット、または認証方式の不一致が考えられます。${f.description ? `レスポンスの説明: ${f.description}` : ''}`.trim(),
    fix: [
      'Applications > Applications > 対象のアプリ > Settings から Client ID と Client Secret をもう一度コピーしてください。',
      'Client authentication をアプリの Credentials > Authentication Method に合わせてください。',
    ],
    breadcrumb: credentials,
    docs: rfc6749,
  }),
  invalid_grant: (f) => ({
    title: 'グラントが拒否された（invalid_grant）',
    cause: `コード、リフレッシュトークン、資格情報などのグラントの材料が、無効、期限切れ、失効済み、または別のクライアントに発行されたものです。レスポンスの説明: ${f.description ?? '詳細なし'}。`,
    fix: ['グラントの材料を取り直して（再ログイン、新しいコードやトークンの要求）、再送してください。'],
    docs: rfc6749,
  }),
  unauthorized_client: (f) => ({
    title: 'このアプリケーションはこのグラントを使えない（unauthorized_client）',
    cause:
      `アプリケーションに${f.grant ? `グラントタイプ ${f.grant} ` : '送信したグラントタイプ'}の使用が許可されていません。${f.description ? `レスポンスの説明: ${f.description}` : ''}`.trim(),
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types でグラントにチェックを入れ、Save してください。',
    ],
    breadcrumb: grantTypes,
    docs: rfc6749,
  }),
  unsupported_grant_type: (f) => ({
    title: '不明なグラントタイプ（unsupported_grant_type）',
    cause: `テナントは grant_type${f.grant ? ` ${f.grant} ` : ' '}をサポートしていません。typo か、このテナントで有効になっていないグラントです。`,
    fix: ['グラントは手入力せず、Grant type の一覧から選んでください。'],
    docs: rfc6749,
  }),
  invalid_scope: (f) => ({
    title: 'スコープが拒否された（invalid_scope）',
    cause:
      `要求したスコープが無効、未知、または形式が不正です。${f.description ? `レスポンスの説明: ${f.description}` : ''}`.trim(),
    fix: [
      'スコープはスペースで区切り、API に定義されたスコープだけを要求してください（Applications > APIs > 対象のAPI > Permissions）。',
    ],
    docs: rfc6749,
  }),
  access_denied: (f) => ({
    title: 'アクセス拒否（access_denied）',
    cause: `テナントがリクエストを拒否しました。レスポンスの説明: ${f.description ?? '詳細なし'}。`,
    fix: ['説明を読んでください。たいていは拒否した API、クライアントグラント、またはルールの名前が書かれています。'],
    docs: rfc6749,
  }),
  server_error: (f) => ({
    title: 'テナントがエラーを報告（server_error）',
    cause:
      `Auth0 がリクエストを完了できませんでした。${f.description ? `レスポンスの説明: ${f.description}` : ''}`.trim(),
    fix: ['Dashboard の Monitoring > Logs で該当するエントリを、Actions で例外が出ていないかを確認してください。'],
    breadcrumb: ['Monitoring', 'Logs'],
    docs: rfc6749,
  }),
  temporarily_unavailable: () => ({
    title: '一時的に利用不可',
    cause: 'テナントが過負荷かメンテナンス中です。',
    fix: ['少し待ってから再送してください。status.auth0.com も確認してください。'],
    docs: rfc6749,
  }),
  authorization_pending: () => ({
    title: 'ユーザーの承認待ち（authorization_pending）',
    cause: 'ユーザーがまだリクエストを承認していません。ポーリング中はこれが正常です。',
    fix: ['認可レスポンスで指定された間隔（既定は 5 秒）でポーリングを続けてください。'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  slow_down: () => ({
    title: 'ポーリングが速すぎる（slow_down）',
    cause: '許可された間隔より短い間隔でリクエストが届きました。',
    fix: ['ポーリング間隔を 5 秒延ばして、ポーリングを続けてください。'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  expired_token: () => ({
    title: 'コードの期限切れ（expired_token）',
    cause: 'ユーザーが承認する前に、デバイスリクエストまたは認可リクエストの期限が切れました。',
    fix: ['認可リクエスト（例: POST /oauth/device/code）からやり直してください。'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
} satisfies typeof en.oauthErrorTexts;

const at = (f: Facts) => f.endpoint ?? '/oauth/token';

export const fallbackTexts = {
  /** フォールバック時に最初に表示: このページはこのレスポンスそのものを知らない。 */
  notKnown: (f: Facts): string =>
    `このページは ${at(f)} からのこのレスポンス${f.status ? `（HTTP ${f.status}）` : ''}を個別には把握していません。以下は、そのコードやステータスが一般に意味する内容です。`,
  checkSuggestions: (): string =>
    '下に挙げた設定を、可能性の高い順に確認してください。このエンドポイントでこのコードやステータスが返る既知の条件です。',
  pickEndpoint: (): string =>
    'このレスポンスが /oauth/token 以外のエンドポイント（/userinfo、/passwordless/start、MFA API など）から返ったものなら、貼り付け欄の横の Answered by でそのエンドポイントを選んでください。同じ文言でも意味が変わります。',
  report: (): string =>
    'それでも解決しない場合は、Copy report（シークレットは伏せられます）でレポートをコピーして検索するか、Monitoring > Logs の該当エントリを添えて community.auth0.com に投稿してください。',
  unknownError: (f: Facts) => ({
    title: `${at(f)} からのエラー「${f.error ?? '不明'}」`,
    cause: `このコードは RFC 6749 で定義されたものではないため、Auth0 独自か SDK のものです。${f.description ? `レスポンスには「${f.description}」とあります。` : ''}`,
    fix: [
      'Dashboard の Monitoring > Logs を開いてください。このリクエストの失敗エントリに、関係する設定やスクリプトの名前が書かれています。',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
  }),
  rateLimited: (f: Facts) => ({
    title: 'レート制限（HTTP 429）',
    cause: `${at(f)} へのリクエストが多すぎます。このエンドポイントに対するテナントのレート制限か、このユーザーまたは IP アドレスに対する Attack Protection が原因です。${f.retryAfter !== undefined ? `レスポンスによると ${f.retryAfter} 秒待つ必要があります。` : ''}`,
    fix: [
      f.retryAfter !== undefined
        ? `${f.retryAfter} 秒待ってから再送してください。リトライのループは避けてください。`
        : '待ってから（いつまでかは x-ratelimit-reset ヘッダーにあります）再送してください。リトライのループは避けてください。',
      'リクエストのたびに新しいトークンを要求せず、トークンをキャッシュしてください。',
    ],
    docs: 'https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy',
  }),
  notFound: (f: Facts) => ({
    title: '見つからない（HTTP 404）',
    cause: `この URL には何も応答しません。パスが Auth0 の表記どおりの ${at(f)} ではない、その機能が無効になっている、または${f.tenantOrigin ? ` ${f.tenantOrigin} ` : 'ホスト'}が Auth0 のテナントではない、のいずれかです。`,
    fix: [
      'テナントのドメイン（または検証済みのカスタムドメイン）をそのまま使い、エンドポイントのパスを正確に指定してください。',
      '旧来のエンドポイント（/oauth/ro、/delegation、/tokeninfo）の場合は、Settings > Advanced > Grant Types とテナントの旧来の設定を確認してください。新しいテナントにはこれらがありません。',
    ],
  }),
  methodNotAllowed: (f: Facts) => ({
    title: 'メソッドが許可されていない（HTTP 405）',
    cause: `${at(f)} はこの HTTP メソッドを受け付けません（token、revoke、passwordless のエンドポイントは POST、/userinfo とディスカバリードキュメントは GET です）。`,
    fix: ['エンドポイントが受け付けるメソッドで送ってください（手書きの curl なら -X を確認してください）。'],
  }),
  unsupportedMediaType: () => ({
    title: 'サポートされないボディ形式（HTTP 415）',
    cause: 'ボディが application/json でも application/x-www-form-urlencoded でもありません。',
    fix: ['content-type を application/json か application/x-www-form-urlencoded にして送ってください。'],
  }),
  unauthorized: (f: Facts) => ({
    title: `拒否された（HTTP ${f.status ?? 401}）`,
    cause: `${at(f)} がエラーコードで理由を示さずにリクエストを拒否しました。たいていはアプリケーションの資格情報が原因です。`,
    fix: [
      'Client ID、Client secret、Client authentication を Applications > Applications > 対象のアプリ > Credentials と照らし合わせてください。',
    ],
    breadcrumb: credentials,
  }),
  bearerRefused: (f: Facts) => ({
    title: `アクセストークンが拒否された（HTTP ${f.status ?? 401}）`,
    cause: `${at(f)} が確認するのはアプリケーションのシークレットではなく、Authorization ヘッダーの Bearer トークンです。トークンがない、期限切れ、別の audience 向け、またはこの呼び出しに必要なスコープがない、のいずれかです。`,
    fix: [
      'アクセストークンを Paste a token に貼り付け、exp、aud（このエンドポイントが属する API）、scope を確認してください。',
      'Authorization: Bearer <access token> の形で1回だけ送ってください。',
    ],
  }),
  serverError: (f: Facts) => ({
    title: `サーバーエラー（HTTP ${f.status ?? 500}）`,
    cause:
      'テナント、そのスクリプト（Actions、Rules、Hooks、カスタムデータベース）、またはテナントの前段にある何かが失敗しました。',
    fix: [
      '少し待って再送してください。status.auth0.com も確認してください。',
      'Monitoring > Logs に失敗したエントリと、スクリプトが例外を投げた場合はそのエラーが表示されます。',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
  }),
  redirect: (f: Facts) => ({
    title: `リダイレクトされた（HTTP ${f.status ?? 302}）`,
    cause: `${at(f)} は API 呼び出しをリダイレクトしません。テナントの前段にある何か（プロキシ、カスタムドメインの設定、http → https）がリダイレクトしています。`,
    fix: ['テナントの https ドメインを直接使ってください。'],
  }),
  html: (f: Facts) => ({
    title: `JSON ではなく HTML ページ${f.status ? `（HTTP ${f.status}）` : ''}${f.pageTitle ? `:「${f.pageTitle}」` : ''}`,
    cause: `レスポンスが API のレスポンスではなく Web ページです。URL がテナントの ${at(f)} ではないか、プロキシ、ログイン画面、または Auth0 のエラーページが応答しています。${f.trackingId ? `トラッキング ID は ${f.trackingId} です。` : ''}`,
    fix: [
      'Tenant domain を確認してください。Auth0 のドメインか検証済みのカスタムドメインである必要があります。',
      '下に表示されたページのメッセージを読んでください。トラッキング ID があれば、Monitoring > Logs や Auth0 サポートでリクエストを特定できます。',
    ],
  }),
  httpStatus: (f: Facts) => ({
    title: f.status ? `エラーコードのない HTTP ${f.status}` : 'エラーコードもトークンもないレスポンス',
    cause:
      'レスポンスがトークンレスポンスでも、コード付きのエラーでもありません。コードのない文言は、応答そのものではなく、ページやアプリやライブラリが応答について表示したものであることがよくあります。',
    fix: [
      '応答そのものを探してください: ブラウザーのネットワークタブ（テナントへのリクエストとそのレスポンス）、ログイン後に戻ってきた URL の error_description、または SDK が包んでいるエラーです。それをここに貼り付けてください。',
      'Monitoring > Logs: この試行のテナントのログ（ユーザーや時刻で検索）が、type と description で失敗を示しています。',
    ],
  }),
  noToken: () => ({
    title: 'トークンのない成功レスポンス',
    cause: 'レスポンスは 2xx ですが access_token がありません。/oauth/token が返す内容ではありません。',
    fix: ['リクエストの送信先が別のエンドポイントではなく /oauth/token か確認してください。'],
  }),
  success: (f: Facts) => ({
    title: `${at(f)} から成功レスポンス`,
    cause: '呼び出しは受け付けられました。診断すべきエラーはありません。',
    fix: [],
  }),
} satisfies typeof en.fallbackTexts;
