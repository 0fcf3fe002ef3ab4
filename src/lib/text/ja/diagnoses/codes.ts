import { badScheme, verifierShape } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/codes';
import { appUris, docs, said } from './paths';

/** Auth0 が求めるパラメーターの値がどこから来るか。 */
const parameterHints: Record<string, string> = {
  binding_code:
    'binding_code は、ユーザーが SMS、音声、メールで受け取ったコードです。/mfa/challenge が binding_method "prompt" を返したら、ユーザーに入力してもらい、oob_code と一緒に送ってください。',
  oob_code: 'oob_code は、この mfa_token に対する /mfa/challenge（または /mfa/associate）のレスポンスにあります。',
  otp: 'otp は、ユーザーの認証アプリにいま表示されている 6 桁のコードです。',
  mfa_token: 'mfa_token は、最初のリクエストへの mfa_required のレスポンスにあります。丸ごとコピーしてください。',
  code_verifier:
    'code_verifier は、SHA-256 が /authorize リクエストの code_challenge になったランダムな文字列です。同じログインの間、保持する必要があります。',
  redirect_uri: 'redirect_uri は、/authorize リクエストが送ったものとまったく同じでなければなりません。',
  realm: 'realm はログインに使うコネクションの名前です（例: Username-Password-Authentication）。',
  audience: 'audience は API の Identifier です（Applications > APIs）。',
  subject_token: 'subject_token は交換するトークンで、subject_token_type と一緒に送ります。',
  device_code: 'device_code は POST /oauth/device/code のレスポンスにあります。',
  refresh_token:
    'refresh_token は、scope offline_access を求めた (API の Allow Offline Access がオンの) 以前のトークンレスポンスにあります。保存しておき、そのまま全部送ってください。',
  connection:
    'connection は /passwordless/start では "email" か "sms"、/dbconnections ではデータベース接続の名前 (例: Username-Password-Authentication) です。',
  auth_req_id: 'auth_req_id は POST /bc-authorize のレスポンスにあります。',
};

/** 認可コード、PKCE、redirect_uri、必須パラメーター。 */
export const codeTexts = {
  'auth0.invalid-authorization-code': () => ({
    title: '認可コードが無効',
    cause:
      '認可コードは発行先のアプリケーションと redirect_uri に対して、1回だけ、約1分間だけ有効です。再利用（二重の交換やページの再読み込み）や、時間が経ってからの送信は失敗します。',
    fix: [
      'もう一度ログインして新しいコードを取得し、すぐに1回だけ交換してください。',
      '/authorize のリクエストと同じ client_id と redirect_uri を送ってください。',
      '1 回目の交換が成功し 2 回目が失敗しているなら、何かがコールバックを 2 回処理しています。React 18 の StrictMode は開発時に effect を 2 回実行します (コールバック処理を 1 回に限るか SDK を更新)。またはブラウザーがコールバック URL を先読みしています (コールバックへの先読みリクエストにはコードを交換せずに応え、Cache-Control: no-store を付ける)。',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.pkce-verifier': (f) => ({
    title: 'PKCE の code_verifier または code_challenge がない、または形式が誤っている',
    cause: `PKCE では、秘密の code_verifier（43〜128 文字の非予約文字：A–Z a–z 0–9 - . _ ~）と、その SHA-256 を base64url（= のパディングなし）にした code_challenge を組にし、challenge は code_challenge_method=S256 とともに /authorize に送ります。トークンリクエストでは、その verifier そのものを送る必要があります。${said(f)}`,
    fix: [
      ...(verifierShape(f)
        ? [
            'code_verifier は、32 バイトの乱数をパディング（=）なしの base64url にして作ってください: 43 文字になります。バイト配列を文字列化したもの、長さの違う 16 進、+、/、= を含む base64 は、Auth0 に拒否されます。',
          ]
        : []),
      '/authorize では、code_challenge をパディングなしの base64url（+、/、= を含まない）で送り、code_challenge_method=S256 を指定してください。',
      'トークンリクエストでは、/authorize の前に生成した verifier（challenge ではなく）をそのまま送ってください。',
      'verifier はログイン試行ごとに保持してください。新しい試行には新しいペアが必要です。',
    ],
    docs: docs.pkce,
  }),
  'auth0.invalid-redirect-uri': (f) => ({
    title: badScheme(f) ? 'redirect_uri が有効な URL ではありません' : 'redirect_uri がない、または異なる',
    cause: `/authorize に redirect_uri を渡した場合、トークンリクエストでもまったく同じ値を送る必要があり、その値は Allowed Callback URLs に登録されていなければなりません。${said(f)}`,
    fix: [
      ...(badScheme(f)
        ? [
            `${f.uri} は有効な URL スキームで始まっていません: スキームに使えるのは英字、数字、+、-、. だけです（アンダースコアは不可）。アンダースコアのない ID（Android の applicationId、iOS のバンドル ID）からコールバックを作るか、独自のカスタムスキームを SDK に渡し、そのコールバック URL を登録してください。`,
          ]
        : []),
      'Redirect URI に /authorize へ送った値をそのまま入力してください。',
      'Applications > Applications > 対象のアプリ > Settings > Allowed Callback URLs を確認してください。',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
    docs: docs.codeFlow,
  }),
  'auth0.request-payload': (f) => ({
    title: `リクエストのボディが ${f.endpoint ?? 'エンドポイント'} の受け付ける形に合っていません${f.property ? `: ${f.property}` : ''}`,
    cause: `Auth0 はこのエンドポイントの JSON ボディを最初にスキーマと照合します${f.property ? `。${f.property} が${f.problem ? `合格しませんでした (${f.problem})` : '合格しませんでした'}` : ''}。プロパティが欠けているか null (一度も設定されなかった変数)、型が違う (文字列の所に数値やオブジェクト)、綴りが違う、またはボディが JSON で送られていない、のいずれかです。`,
    fix: [
      `${f.property ?? '指定されたプロパティ'}を正しい型の値で、Content-Type: application/json の JSON ボディに入れて送ってください。コードが組み立てるボディをログに出すと、null や欠けた値が分かります。`,
      ...(f.property && parameterHints[f.property] ? [parameterHints[f.property] ?? ''] : []),
      'ボディを Authentication API リファレンスのこのエンドポイントのページと比べてください。名前は大文字小文字を区別します (clientId ではなく client_id)。',
    ],
    docs: docs.authenticationApi,
  }),
  'auth0.missing-parameter': (f) => ({
    title: `パラメーター不足: ${f.parameter ?? '説明を参照'}`,
    cause: `${f.endpoint ? `${f.endpoint} は` : 'テナントは'}このリクエストに${f.parameter ? ` ${f.parameter} ` : 'あるパラメーター'}を必要としていますが、受け取っていません${f.parameter === 'grant_type' ? '。ボディが content-type application/json の JSON か、フォームエンコードになっているか確認してください' : ''}。`,
    fix: [
      `${f.parameter ? `${f.parameter} ` : '指定されたパラメーター'}を付けて再送してください。`,
      ...(f.parameter && parameterHints[f.parameter] ? [parameterHints[f.parameter] ?? ''] : []),
    ],
  }),
} satisfies typeof en.codeTexts;
