import { tokenTrouble } from '../../../diagnose/facts';
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
      'aud がアプリケーションのクライアント ID なら、ID トークンが送られています: API には ID トークンではなく、API の audience で要求したアクセストークン（authResult.accessToken）を送ってください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.validateTokens,
  }),
  'auth0.api-issuer-mismatch': (f) => ({
    title: 'トークンの発行者が違います',
    cause: `トークンを検証するコード (API のミドルウェア、またはアプリの OpenID クライアント) は、iss がテナントの URL（末尾スラッシュ付きの https://YOUR_DOMAIN/、またはカスタムドメインのもの）であることを期待しています。カスタムドメインと本来のドメインでは iss の値が異なります。${said(f)}`,
    fix: [
      'そのコードが期待する issuer (API の issuer 設定、またはアプリの issuerBaseURL / domain) を、トークンの iss（「トークンを貼り付け」で確認できます）に末尾のスラッシュまで含めて合わせてください。',
      'API が期待するのと同じドメインからトークンを取得してください。',
      'スラッシュ付きで設定しても失敗するなら、ライブラリが比較の前にそれを落としています (0.5.14 より前の okta-jwt-verifier、一部のゲートウェイのラッパー): 更新するか、トークンのとおりに iss を比較する JWT ライブラリを使ってください。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.api-token-invalid': (f) => ({
    title: 'API がアクセストークンを拒否しました',
    cause: `API のミドルウェアがトークンを検証できませんでした。期限切れ、別の audience 向け、別の発行者、想定外の鍵やアルゴリズムで署名されている、あるいは（audience を要求しなかったための）opaque トークンであることが考えられます。${said(f)}`,
    fix: [
      ...({
        expired: [
          'トークンの期限が切れています: exp より前に新しいトークンを取得し（リフレッシュトークン、サイレント認証、または Client Credentials の再リクエスト）、期限切れのキャッシュは捨ててください。',
        ],
        early: [
          'トークンがまだ有効になっていません（nbf や iat が未来）: このサーバーの時計が遅れています。NTP で合わせるか、検証側に 1 分程度の猶予を設けてください。',
        ],
        shape: [
          'トークンがこの API 向けの JWT ではありません: opaque トークン（audience なしで要求）、アクセストークンの代わりに送った ID トークン、または送る前にさらにエンコードしたトークン（base64、引用符）です。',
        ],
        other: [],
      }[tokenTrouble(f)] ?? []),
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
  'auth0.api-aud-array': (f) => ({
    title: 'トークンの audience が 2 つあり、ライブラリは 1 つしか受け取りません',
    cause: `openid スコープ付きで要求した API 向けのアクセストークンは、aud をリスト（API の Identifier と https://YOUR_DOMAIN/userinfo）で持ちます。このライブラリ（またはその設定）は aud を 1 つの文字列としてしか受け付けません。${said(f)}`,
    fix: [
      'API の Identifier を含む aud のリストを受け付けるようにライブラリを設定してください（多くは設定があります。なければ更新してください）。',
      'または、トークンが API のためだけなら、この API のトークンの要求から openid を外してください（マシン間トークンには元々ありません）。',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.token-alg-mismatch': (f) => ({
    title: 'トークンはライブラリの想定と別のアルゴリズムで署名されています',
    cause: `トークンのヘッダーの alg が、検証側の設定と違います。Auth0 は既定で RS256 で署名し、テナントの公開鍵（JWKS）で検証します。HS256 のトークンはシークレット（ID トークンならアプリケーションのクライアントシークレット、アクセストークンなら API の署名シークレット）で署名され、kid がありません。${said(f)}`,
    fix: [
      'ここでトークンをデコードして alg を読み、ライブラリを同じものに設定してください: RS256 なら https://YOUR_DOMAIN/.well-known/jwks.json、HS256 ならシークレット。',
      'または Auth0 側の署名を変えてください: Applications > 対象のアプリ > Settings > Advanced Settings > OAuth > JSON Web Token Signature Algorithm（ID トークン）、Applications > APIs > 対象のAPI > Settings > Signing Algorithm（アクセストークン）。そのあと新しいトークンを取得してください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Signing Algorithm'],
    docs: docs.validateTokens,
  }),
} satisfies typeof en.resourceServerTexts;
