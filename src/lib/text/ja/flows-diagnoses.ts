import type * as en from '../en/flows-diagnoses';
import type { AssertionFinding } from '../../flows/checks';
import type { KeyErrorCode } from '../../flows/assertion';
import type { DiagnosisText } from '../en/diagnoses/generic';
import { app } from './diagnoses/paths';

const pkjwtDocs =
  'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authenticate-with-private-key-jwt';
const credentials = [...app, 'Credentials'];
const when = (seconds: number) => new Date(seconds * 1000).toISOString();

/** トークンの前のステップでページ自身が見つけたこと: 送ったアサーション、鍵、ポーリング。 */
export const flowDiagnoses = {
  assertion: (finding: AssertionFinding): DiagnosisText => {
    switch (finding.id) {
      case 'assertion.audience':
        return {
          title: 'クライアントアサーションの audience が別の宛先になっています',
          cause: `aud が「${finding.aud}」です。Auth0 が受け付けるのは、受け取るテナント自身を指すアサーションだけです: 末尾のスラッシュ付きの ${finding.expected}（またはリクエストの送信先のカスタムドメイン、スラッシュ付き）。`,
          fix: [
            `「アサーションの aud」を ${finding.expected} にして（または空のままにして）、もう一度送信してください。`,
          ],
          docs: pkjwtDocs,
        };
      case 'assertion.issuer':
        return {
          title: 'クライアントアサーションの発行者がこのアプリケーションではありません',
          cause: `iss が「${finding.iss}」、sub が「${finding.sub}」です。どちらも client_id ${finding.clientId} である必要があります。`,
          fix: ['iss と sub をアプリケーションの Client ID にしてアサーションに署名してください。'],
          docs: pkjwtDocs,
        };
      case 'assertion.expired':
        return {
          title: '送信した時点でクライアントアサーションの有効期限が切れていました',
          cause: Number.isFinite(finding.exp)
            ? `exp は ${when(finding.exp)} で、リクエストを送った ${when(Math.floor(finding.now / 1000))} より前です。アサーションは短時間、一度だけ有効です。`
            : 'exp がありません。Auth0 では必須で、iat から最大 5 分後までです。',
          fix: [
            'リクエストごとに新しいアサーションに署名し（秘密鍵を貼り付ければページが署名します）、すぐに送信してください。',
          ],
          docs: pkjwtDocs,
        };
      case 'assertion.lifetime':
        return {
          title: 'クライアントアサーションの有効期間が 5 分を超えています',
          cause: `exp が iat の ${finding.lifetime} 秒後です。Auth0 は 300 秒を超えるものを拒否します（テナントのログには「'exp' claim must specify a time that is no more than 5 minutes after 'iat'」と出ます）。`,
          fix: ['exp は iat から 300 秒以内にしてください。60 秒で十分です。'],
          docs: pkjwtDocs,
        };
      case 'assertion.jti':
        return {
          title: 'クライアントアサーションに jti がありません',
          cause: 'Auth0 は各アサーションを一度だけ受け付けるため、区別するための一意な jti が必要です。',
          fix: ['アサーションごとに新しいランダムな jti（UUID）を付けてください。'],
          docs: pkjwtDocs,
        };
      case 'assertion.malformed':
        return {
          title: 'クライアントアサーションが署名付き JWT ではありません',
          cause: 'client_assertion はコンパクト形式の JWS（header.payload.signature）である必要があります。',
          fix: ['秘密鍵を貼り付けてページに署名させるか、署名済みのアサーション全体を貼り付けてください。'],
          docs: pkjwtDocs,
        };
    }
  },
  refused: (): DiagnosisText => ({
    title: '正しく見えるクライアントアサーションをテナントが拒否しました',
    cause:
      'iss、sub、aud、exp、jti は Auth0 の要件どおりなので、失敗したのはテナントにしかわからない部分です: 署名した鍵がこのアプリケーションの資格情報ではない（資格情報が未登録、または kid が違う）、資格情報が別のアルゴリズムを想定している、またはこの jti が使用済み、のいずれかです。理由はテナントのログに出ます（「Failed client authentication」、client_authentication_error）。',
    fix: [
      'アプリケーションの Credentials タブを開き、Authentication Method が Private Key JWT で、この秘密鍵に対応する公開鍵が登録されていることを確認してください。',
      'Auth0 がその資格情報に表示している kid を送り（または kid なしで）、その資格情報に選んだアルゴリズムで署名してください。',
      '正確な理由は Monitoring > Logs で失敗した交換のログを確認してください。',
    ],
    breadcrumb: credentials,
    docs: pkjwtDocs,
  }),
  stepOk: (endpoint: string): DiagnosisText => {
    const ok: Record<string, [string, string]> = {
      '/passwordless/start': [
        'コードを送信しました',
        'Auth0 がリクエストを受け付け、コード（またはリンク）を送ります。「OTP」欄にコードを入力し、パスワードレスの grant を送信してください。',
      ],
      '/mfa/authenticators': ['Authenticator の一覧を取得しました', 'ユーザーにチャレンジできる要素の一覧です。'],
      '/mfa/challenge': [
        'チャレンジを開始しました',
        'OTP アプリならユーザーにコードを尋ねてください。プッシュ、SMS、メール（oob）なら、oob_code を mfa-oob グラントで使います。',
      ],
      '/mfa/associate': [
        '登録を開始しました',
        '新しい Authenticator は、それを使った最初の MFA グラント（その OTP、または送られたコード付きの oob_code）で確定します。',
      ],
      '/oauth/device/code': [
        'デバイスコードが発行されました',
        'ユーザーコードと確認用 URL をユーザーに表示し、承認されるまでデバイスコードで /oauth/token をポーリングしてください。',
      ],
      '/bc-authorize': [
        'バックチャネルリクエストが受け付けられました',
        'ユーザー自身のデバイスで確認を求めています。承認されるまで auth_req_id で /oauth/token をポーリングしてください。',
      ],
      '/oauth/revoke': [
        'リフレッシュトークンを失効させました',
        'このトークンではもうトークンを取得できません。なお、Auth0 は知らないトークンに対しても 200 を返します（RFC 7009 §2.2）。',
      ],
    };
    const [title, cause] = ok[endpoint] ?? ['ステップ完了', 'テナントがリクエストを受け付けました。'];
    return { title, cause, fix: [] };
  },
  keyError: (code: KeyErrorCode): string =>
    ({
      empty: '秘密鍵を貼り付けてください。',
      'too-long': '秘密鍵にしては長すぎます。何も読み取っていません。',
      'public-key': 'これは公開鍵です。署名するのは秘密鍵で、その公開鍵の部分をアプリケーションに登録します。',
      pkcs1:
        'PKCS#1 の RSA 鍵（BEGIN RSA PRIVATE KEY）です。「openssl pkcs8 -topk8 -nocrypt -in key.pem」で PKCS#8 に変換してください。',
      sec1: 'SEC 1 の EC 鍵（BEGIN EC PRIVATE KEY）です。「openssl pkcs8 -topk8 -nocrypt -in key.pem」で PKCS#8 に変換してください。',
      encrypted:
        '暗号化された鍵です。先に復号し（openssl pkcs8 -in key.pem -out plain.pem）、その結果を貼り付けてください。',
      'not-a-key':
        '秘密鍵ではありません。PKCS#8 PEM（BEGIN PRIVATE KEY）か、秘密鍵のメンバーを含む JWK を貼り付けてください。',
      'unsupported-kty': 'ここで Auth0 向けのアサーションに署名できるのは RSA と EC P-256 の鍵だけです。',
      'unsupported-curve': 'EC 鍵で使えるのは P-256 曲線（ES256）だけです。',
      'alg-mismatch':
        'この鍵ではそのアルゴリズムで署名できません。RS256 と PS256 には RSA 鍵、ES256 には P-256 鍵が必要です。',
      invalid: '鍵を読み取れませんでした。途中で切れているか、壊れている可能性があります。',
    })[code],
  polledTooSoon: (afterS: number, intervalS: number): DiagnosisText => ({
    title: '間隔が経過する前にポーリングしました',
    cause: `間隔が ${intervalS} 秒なのに、このポーリングは前回から ${afterS} 秒後に送られました。テナントは slow_down を返し、このフローの残りでは間隔が 5 秒長くなります。`,
    fix: ['ポーリングの間はカウントダウンが終わるまで待ってください（Auth0 は最後の応答から数えます）。'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  expiredHere: (): DiagnosisText => ({
    title: 'ユーザーが承認する前にコードの有効期限が切れました',
    cause:
      'expires_in が過ぎたため、ページはポーリングを停止しました。続けてもテナントは expired_token、次に invalid_grant を返します。',
    fix: ['最初からやり直して、新しいコードをリクエストしてください。'],
  }),
  hiddenStopped: (minutes: number): DiagnosisText => ({
    title: 'ページが非表示の間にポーリングを停止しました',
    cause: `ページが ${minutes} 分間バックグラウンドにあり、誰もカウントダウンを見ていなかったため、見えないまま続けずにポーリングを停止しました。`,
    fix: ['コードがまだ有効なうちに「ポーリングを再開」を押して続けるか、最初からやり直してください。'],
  }),
} satisfies typeof en.flowDiagnoses;
