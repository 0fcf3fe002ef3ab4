import type { DiagnosisText } from '../../en/diagnoses/generic';
import type * as en from '../../en/diagnoses/success';
import { apis, docs, grantTypes } from './paths';

/**
 * トークンレスポンス成功時のチェックのテキスト。チェックはレスポンスが届いた時点の時刻で判定する
 * （時計が進んでもやり直さない）ので、テキストでもそう伝える。下のデコード済みトークンの時刻は随時更新される。
 */
export const successTexts = {
  opaqueNoAudience: (audienceSent: boolean): DiagnosisText => ({
    title: 'アクセストークンが opaque: /userinfo にしか使えません',
    cause: audienceSent
      ? 'audience を送りましたが、トークンは読み取れる JWT ではありません。API でトークンの暗号化（JWE）が有効になっているか、audience が適用されなかった可能性があります。'
      : 'audience を送らなかったため、Auth0 は自身の /userinfo エンドポイント向けのアクセストークンを、自分用に暗号化して発行しました。あなたの API ではこのトークンを検証できません。',
    fix: [
      'audience=YOUR_API_IDENTIFIER（Applications > APIs）を送るか、Settings > General > API Authorization Settings で Default Audience を設定してください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  audienceMismatch: (requested: string, got: string): DiagnosisText => ({
    title: 'トークンが別の audience 向けです',
    cause: `要求した audience は ${requested} ですが、トークンの aud は ${got} です。自身の Identifier を検証する API はこのトークンを拒否します。`,
    fix: ['Audience には API の Identifier をそのまま送ってください。末尾のスラッシュの有無も確認してください。'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  issuerMismatch: (expected: string, got: string): DiagnosisText => ({
    title: '発行者が呼び出したテナントではありません',
    cause: `期待した iss は ${expected} ですが、実際は ${got} でした。カスタムドメインを使っている場合、Auth0 はリクエストに使われたドメインでトークンを発行します。もう一方のドメインを設定した API はそのトークンを拒否します。`,
    fix: [
      'API の issuer を上の iss と（末尾のスラッシュまで）完全に一致させるか、API が期待するドメインからトークンを取得してください。',
    ],
  }),
  expired: (): DiagnosisText => ({
    title: '新しいトークンが届いた時点ですでに期限切れでした',
    cause:
      'レスポンスが届いた時点で、このコンピューターの時計ではトークンの exp がすでに過ぎていました。時計が大きくずれているか、API のトークン有効期間が極端に短いかのどちらかです。',
    fix: [
      'このコンピューターの時計を確認してください。',
      'Applications > APIs > 対象の API > Settings > Token Expiration を確認してください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Token Expiration'],
  }),
  clockSkew: (claim: string): DiagnosisText => ({
    title: `時計のずれ: トークンが届いた時点で ${claim} が未来の時刻でした`,
    cause:
      'レスポンスが届いた時点で、このコンピューターの時計はテナントより遅れていました。このようなマシン上の API は、トークンをまだ有効でないとして拒否します。',
    fix: ['時計を同期する（NTP）か、API の検証で多少の時刻のずれを許容してください。'],
  }),
  scopesMissing: (missing: string[]): DiagnosisText => ({
    title: `要求したが付与されなかったスコープ: ${missing.join(' ')}`,
    cause:
      'Auth0 が付与するのは、API で定義され、かつユーザーやアプリケーションに許可されたスコープだけです（RBAC の権限、クライアントグラント、または Action による削除）。',
    fix: [
      'Applications > APIs > 対象の API > Permissions でスコープを定義してください。',
      'Client Credentials の場合は Machine To Machine Applications でこのアプリケーションのスコープにチェックを入れ、RBAC の場合はユーザーのロールに割り当ててください。',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  noIdToken: (openidRequested: boolean): DiagnosisText => ({
    title: 'ID トークンがありません',
    cause: openidRequested
      ? 'openid を要求しましたが id_token が返ってきませんでした。グラントが ID トークンに対応しているか、Action が削除していないかを確認してください。'
      : 'ID トークンが発行されるのは、scope に openid が含まれている場合だけです。',
    fix: ['Scope に openid を追加してください（必要なら profile と email も）。'],
    docs: docs.scopes,
  }),
  noRefreshToken: (requested: boolean): DiagnosisText => ({
    title: 'リフレッシュトークンがありません',
    cause: requested
      ? 'offline_access を要求しましたが refresh_token が返ってきませんでした。API がオフラインアクセスを許可していないか、アプリケーションで Refresh Token グラントが有効になっていません。'
      : 'リフレッシュトークンが発行されるのは、scope に offline_access を含め、API がオフラインアクセスを許可し、アプリケーションで Refresh Token グラントが有効な場合だけです。',
    fix: [
      ...(requested ? [] : ['Scope に offline_access を追加してください。']),
      'Applications > APIs > 対象の API > Settings > Allow Offline Access をオンにしてください。',
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types > Refresh Token をオンにしてください。',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  managementApiUserToken: (scopes: string[]): DiagnosisText => ({
    title: 'Auth0 Management API 向けのユーザートークン',
    cause: `audience が Management API（/api/v2/）で、トークンはユーザーのものなので、持っているのは *:current_user* のスコープだけです${scopes.length ? `（ここでは ${scopes.length.toLocaleString('ja')} 個）` : ''}。ユーザーが自分のプロフィール、メタデータ、デバイス、リンクされた ID を読み書きできるだけで、それ以外はできません。GET /api/v2/users のような管理用エンドポイントには Machine-to-Machine トークンが必要です。`,
    fix: [
      '自分の API を呼び出すには、Applications > APIs で API を作成し、その Identifier を Audience に指定してください。',
      '管理用の呼び出しには、Management API へのアクセスを許可した Machine to Machine アプリケーションで Client Credentials を使ってください。',
    ],
    breadcrumb: ['Applications', 'APIs', 'Auth0 Management API', 'Machine To Machine Applications'],
    docs: docs.m2m,
  }),
  sharedSecretAlgorithm: (): DiagnosisText => ({
    title: 'アクセストークンが HS256 で署名されています',
    cause:
      'API が共有シークレットで署名しています。検証する側は誰でもトークンを偽造できてしまいます。Auth0 が RS256 を既定にしているのはそのためです。',
    fix: [
      'Applications > APIs > 対象の API > Settings > Signing Algorithm を RS256 にし、テナントの JWKS で検証してください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Signing Algorithm'],
  }),
  tokenIssued: (grant?: string): DiagnosisText => ({
    title: 'トークンが発行されました',
    cause: `テナントが${grant ? ` ${grant} グラントで` : ''}トークンを発行しました。下のチェックでは、届いた時点の内容を要求と比べています。そのあとにデコードしたトークンが続き、時刻は随時更新されます。`,
    fix: [],
  }),
} satisfies typeof en.successTexts;
