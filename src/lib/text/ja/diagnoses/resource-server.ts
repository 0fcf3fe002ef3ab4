import type * as en from '../../en/diagnoses/resource-server';
import { apis, docs, said } from './paths';

/** Auth0 のアクセストークンを検証する、利用者自身の API。 */
export const resourceServerTexts = {
  'auth0.api-token-missing': () => ({
    title: 'API にアクセストークンが届いていません',
    cause:
      'API が素の Bearer チャレンジを返しました。リクエストに、API が読み取れる Authorization ヘッダーがありませんでした。',
    fix: [
      'この API の audience で取得したトークンを、Authorization: Bearer <アクセストークン> として送ってください。',
      'ブラウザーからの場合は、プロキシや CORS プリフライトでヘッダーが落ちていないか確認してください。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.api-insufficient-scope': (f) => ({
    title: `トークンに${f.requiredScope ? ` scope ${f.requiredScope} ` : 'この呼び出しに必要な scope '}がありません`,
    cause: 'トークンは有効ですが、その scope（または permissions）に、このルートが必要とするものが含まれていません。',
    fix: [
      `トークン取得時に ${f.requiredScope ?? 'その scope'} を要求し（Scope）、Applications > APIs > 対象の API > Permissions で定義されていることを確認してください。`,
      'RBAC が有効な場合は、ユーザーまたは Machine-to-Machine アプリケーションにその権限を割り当ててください。',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.api-audience-mismatch': (f) => ({
    title: 'トークンが別の audience 向けです',
    cause: `API が受け付けるのは、aud が自身の Identifier であるトークンです。このトークンは別の audience 向け（audience を送らなかった場合は /userinfo 専用）に発行されています。${said(f)}`,
    fix: [
      'audience=<API の Identifier> を指定してトークンを取得してください（Applications > APIs）。',
      'API のミドルウェアにも同じ Identifier を設定してください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.validateTokens,
  }),
  'auth0.api-issuer-mismatch': (f) => ({
    title: 'トークンの発行者が違います',
    cause: `API は iss が自身のテナントの URL（末尾スラッシュ付きの https://YOUR_DOMAIN/、またはカスタムドメインのもの）であることを期待しています。カスタムドメインと本来のドメインでは iss の値が異なります。${said(f)}`,
    fix: [
      'API の issuer を、トークンの iss（「トークンを貼り付け」で確認できます）に末尾のスラッシュまで含めて合わせてください。',
      'API が期待するのと同じドメインからトークンを取得してください。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.api-token-invalid': (f) => ({
    title: 'API がアクセストークンを拒否しました',
    cause: `API のミドルウェアがトークンを検証できませんでした。期限切れ、別の audience 向け、別の発行者、想定外の鍵やアルゴリズムで署名されている、あるいは（audience を要求しなかったための）opaque トークンであることが考えられます。${said(f)}`,
    fix: [
      'トークンを「トークンを貼り付け」に貼り付けて署名を検証し、aud、iss、exp、alg を確認してください。',
      'この API 向けの JWT になるよう、audience=<API の Identifier> を指定して取得してください。',
      '署名やアルゴリズムのエラーの場合: 検証側には、クライアントシークレットや HS256 ではなく、テナントの jwks_uri（https://{テナントのドメイン}/.well-known/jwks.json）と、API の Signing Algorithm である RS256 を設定してください。',
    ],
    breadcrumb: [...apis, 'Settings'],
    docs: docs.validateTokens,
  }),
  'auth0.api-token-sent-twice': () => ({
    title: 'トークンが 2 か所で送られています',
    cause:
      'RFC 6750 では、1 つのリクエストで Bearer トークンを送る方法は 1 つだけ（ヘッダー、フォームボディ、クエリのいずれか）と定められています。',
    fix: ['トークンは Authorization ヘッダーだけで送ってください。'],
    docs: docs.validateTokens,
  }),
  'auth0.api-dpop-scheme': (f) => ({
    title: 'DPoP にバインドされたトークンには DPoP スキームが必要です',
    cause: `DPoP 鍵にバインドされたトークンは、DPoP 証明ヘッダーとともに Authorization: DPoP <トークン> として送ります。Bearer スキームは拒否されます。${said(f)}`,
    fix: [
      '毎回の呼び出しで、Authorization: DPoP <トークン> と新しい DPoP 証明（トークンのハッシュである ath を含む）を送ってください。',
    ],
    docs: docs.dpop,
  }),
} satisfies typeof en.resourceServerTexts;
