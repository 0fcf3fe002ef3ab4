import type * as en from '../en/use';

/** API フォームの入力チェックのメッセージ。 */
export const useMessages = {
  urlRequired: () => 'API URL は必須です。自分の API のエンドポイントのアドレスを入力してください。',
  urlInvalid: () => 'API URL は https://api.example.com/messages のような絶対 URL にしてください。',
  urlCredentials: () => 'API URL にユーザー名やパスワードを含めないでください。',
  urlInsecure: (origin: string) =>
    `${origin} は別のコンピューター上の平文の http です。トークンが読める状態でネットワークを通ってしまいます。https を使ってください（http を使えるのは localhost と 127.0.0.1 だけです）。`,
  headerLine: (line: number) => `ヘッダーの ${line} 行目: Name: value の形で書いてください。`,
  headerReserved: (line: number, name: string) =>
    `ヘッダーの ${line} 行目: ${name} はブラウザーかこのページが設定します（トークンは Authorization に入ります）。`,
  noToken: () => 'まだ送るトークンがありません。上で取得するか、デコーダーに貼り付けてください。',
  noTenant: () =>
    '先にテナントドメインを入力してください。/userinfo は入力したテナントにだけ送り、ほかには送りません。',
} satisfies typeof en.useMessages;

/** 「トークンを使う」パネルのラベルとテキスト。 */
export const useUi = {
  heading: 'トークンを使う',
  intro: 'トークンを「Authorization: Bearer …」として /userinfo や自分の API を呼び出し、その応答を読み取ります。',
  token: '送るトークン',
  tokenNames: {
    access_token: 'アクセストークン（最後の応答から）',
    id_token: 'ID トークン（最後の応答から）',
    pasted: 'デコーダーに貼り付けたトークン',
  } as Record<string, string>,
  userinfo: '/userinfo を呼ぶ',
  userinfoTo: (url: string) => `GET ${url}`,
  apiHeading: '自分の API',
  apiUrl: 'API URL',
  apiUrlHelp: '呼び出すのはここに入力したホストだけで、「API を呼ぶ」を押したときだけです。',
  sendsTo: '呼び出し先',
  method: 'メソッド',
  headers: 'ヘッダー',
  headersHelp: '追加のヘッダー。1 行に Name: value を 1 つ。Authorization はトークンと一緒に追加されます。',
  body: 'ボディ',
  callApi: 'API を呼ぶ',
  calling: '呼び出し中…',
  curl: '最後の呼び出しの curl',
  copyCurl: '呼び出しを curl としてコピー',
  showToken: 'トークンを表示',
  hideToken: 'トークンを隠す',
  pasteLabel: '呼び出しの応答を貼り付け',
  pasteHelp: 'ブラウザーが応答を読めなかった場合（CORS）: curl を -i 付きで実行し、出力をすべて貼り付けてください。',
  pasteButton: '応答を読む',
  label: (method: string, url: string) => `${method} ${url}`,
} satisfies typeof en.useUi;

const where = (f: en.UseFacts) => (f.target === 'userinfo' ? '/userinfo' : '自分の API');
const saidBy = (f: en.UseFacts) => (f.description ? `応答には「${f.description}」とあります。` : '');
const hidden = (f: en.UseFacts) =>
  !f.headerSeen && f.direct
    ? 'WWW-Authenticate ヘッダーは読み取れませんでした。ブラウザーがこれを読めるのは、応答の Access-Control-Expose-Headers に含まれている場合だけです。確認するには、下の curl を -i 付きで実行してください。'
    : '';
const carries = (f: en.UseFacts) =>
  f.scopes.length ? `トークンにあるのは ${f.scopes.join(' ')} です` : 'トークンにはスコープも権限もありません';
const apiSettings = ['Applications', 'APIs', '対象の API', 'Settings'];
const docs = {
  tokens: 'https://auth0.com/docs/secure/tokens',
  idVsAccess: 'https://auth0.com/docs/secure/tokens/id-tokens',
  accessTokens: 'https://auth0.com/docs/secure/tokens/access-tokens/get-access-tokens',
  validate: 'https://auth0.com/docs/secure/tokens/access-tokens/validate-access-tokens',
  rbac: 'https://auth0.com/docs/manage-users/access-control/enable-role-based-access-control-for-apis',
  userinfo: 'https://auth0.com/docs/api/authentication/user-profile/get-user-info',
  bearer: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
  cors: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS',
};
const count = (n: number) => `${n.toLocaleString('ja')} 個のクレーム`;

/** /userinfo や自分の API の応答が、送ったトークンについて何を言っているかのテキスト。 */
export const useTexts = {
  userinfoOk: (f) => ({
    title: '/userinfo がトークンを受け付けた',
    cause: `テナントがユーザーのプロフィールを返しました${f.body && typeof f.body === 'object' ? `（${count(Object.keys(f.body).length)}。「生のレスポンス」に表示）` : ''}。アクセストークンは /userinfo に対して有効で、どのクレームが返るかはスコープ（openid profile email）で決まります。`,
    fix: [],
    docs: docs.userinfo,
  }),
  apiOk: (f) => ({
    title: '自分の API がトークンを受け付けた',
    cause: `${f.apiOrigin ?? 'API'} は、このトークン付きのリクエストに HTTP ${f.status ?? ''} を返しました。`,
    fix: [],
  }),
  idTokenSent: (f) => ({
    title: 'アクセストークンを送るべきところに ID トークンを送った',
    cause: `これは ID トークンです。誰がログインしたかをアプリケーションに伝えるもので（aud はアプリケーションの client id）、${where(f)} が必要としているのは、自身に向けて発行されたアクセストークンです。${f.target === 'userinfo' ? 'Auth0 の /userinfo はアクセストークンしか受け付けません。' : 'トークンを検証する API ならこれを拒否します。受け付けてしまう API は aud をチェックしていません。'}`,
    fix: [
      '代わりにアクセストークンを送ってください（上で「アクセストークン」を選びます）。',
      f.target === 'api'
        ? '自分の API 用のトークンを取得してください: audience=YOUR_API_IDENTIFIER を付けてログインをリクエストします。'
        : 'scope に openid を付けてログインをリクエストしてください（API も呼ぶなら audience も付けます）。',
    ],
    docs: docs.idVsAccess,
  }),
  idTokenAccepted: (f) => ({
    title: '自分の API が ID トークンを受け付けた',
    cause: `${f.apiOrigin ?? 'API'} は ID トークンに対して成功を返しました。API が受け付けてよいのは、aud が自身の識別子であるアクセストークンだけです。ID トークンを受け付ける API は aud（またはトークンの種類）をチェックしておらず、どのアプリケーションの ID トークンでも受け付けてしまいます。`,
    fix: ['API のトークン検証で audience に API の Identifier を設定し、アクセストークンで呼び出してください。'],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.validate,
  }),
  expiredAccepted: () => ({
    title: '期限切れのトークンが受け付けられた',
    cause:
      'このコンピューターの時計では、応答が届いた時点でトークンの exp は過ぎていましたが、呼び出しは成功しました。このコンピューターの時計がずれているか、受け取った側が有効期限をチェックしていません。',
    fix: ['このコンピューターの時計を確認し、API が exp をチェックしていることを確かめてください。'],
    docs: docs.validate,
  }),
  opaqueToApi: (f) => ({
    title: '自分の API に不透明（Opaque）なトークンを送った',
    cause: `このアクセストークンは、自分の API が読める JWT ではありません。audience を指定しないと、Auth0 は自身の /userinfo 専用のトークン（自分用に暗号化したもの）を発行します。${f.apiOrigin ?? '自分の API'} はこれを検証できないため、拒否します。${saidBy(f)}`,
    fix: [
      'ログイン（またはトークンのリクエスト）に audience=YOUR_API_IDENTIFIER を付けてください。Identifier は Applications > APIs にあります。',
      'または、Settings > General > API Authorization Settings で Default Audience を設定してください。',
    ],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.accessTokens,
  }),
  expired: (f) => ({
    title: 'トークンの有効期限が切れている',
    cause: `${where(f)} は、exp が過ぎているためトークンを拒否しました。${saidBy(f)}問題はアプリケーションではなくトークンにあり、client id やシークレットはここでは関係ありません。`,
    fix: [
      '新しいトークンを取得して（再ログイン、またはリフレッシュトークンを使用）、もう一度呼び出してください。',
      '有効期限が短すぎる場合: Applications > APIs > 対象のAPI > Settings > Token Expiration。',
    ],
    breadcrumb: [...apiSettings, 'Token Expiration'],
    docs: docs.tokens,
  }),
  insufficientScope: (f) => ({
    title: f.missing.length
      ? `トークンにスコープ ${f.missing.join('、')} がない`
      : 'トークンに API が求めるスコープがない',
    cause: `${where(f)} は insufficient_scope を返しました${f.required.length ? `（要求は ${f.required.join(' ')}）` : ''}。${carries(f)}。${saidBy(f)}`,
    fix: [
      `不足しているスコープ${f.missing.length ? `（${f.missing.join(' ')}）` : ''}をログインの scope パラメーターで要求し、API でそれが定義されていることを確認してください（Applications > APIs > 対象のAPI > Permissions）。`,
      'Machine to Machine アプリケーションなら Applications > APIs > 対象のAPI > Machine to Machine Applications で許可し、ユーザーならロール（RBAC）を通じて割り当ててください。',
    ],
    breadcrumb: ['Applications', 'APIs', '対象の API', 'Permissions'],
    docs: docs.rbac,
  }),
  forbidden: (f) => ({
    title: '自分の API がトークンの権限を拒否した（403）',
    cause: `トークン自体は受け付けられましたが、エンドポイントが求めるもの（スコープまたは権限）が含まれていません。${carries(f)}。${saidBy(f)}${hidden(f)}`,
    fix: ['エンドポイントがチェックしているスコープまたは権限を特定し、それを要求するか割り当ててください。'],
    docs: docs.rbac,
  }),
  noPermissionsClaim: () => ({
    title: 'トークンに permissions クレームがない',
    cause:
      '自分の API が権限（RBAC）をチェックしている場合、Auth0 が permissions クレームに権限を入れるのは、API で Enable RBAC と Add Permissions in the Access Token がオンになっているときだけです。このトークンにはそれがないため、権限のチェックはすべて失敗します。',
    fix: [
      'Applications > APIs > 対象のAPI > Settings > RBAC Settings で Enable RBAC と Add Permissions in the Access Token をオンにし、Save してください。',
      'ユーザーにその権限を持つロールを割り当て（User Management > Roles）、新しいトークンを取得してください。',
    ],
    breadcrumb: [...apiSettings, 'RBAC Settings', 'Add Permissions in the Access Token'],
    docs: docs.rbac,
  }),
  userinfoAudience: (f) => ({
    title: 'トークンが /userinfo に対して有効ではない',
    cause: `/userinfo が受け付けるのは、aud に ${f.tenantOrigin ?? 'https://YOUR_TENANT'}/userinfo を含むアクセストークンです。このトークンの aud は ${f.audiences.join('、') || '（なし）'} です。Auth0 が /userinfo の audience を追加するのは、scope に openid が含まれるときだけです。${saidBy(f)}`,
    fix: [
      'scope に openid を付けて（それらのクレームが必要なら profile email も）トークンをリクエストし、もう一度 /userinfo を呼んでください。',
    ],
    docs: docs.userinfo,
  }),
  audience: (f) => ({
    title: '自分の API がトークンの audience を受け付けない',
    cause: `API は aud を理由にトークンを拒否しました。トークンの対象は ${f.audiences.join('、') || '（audience なし）'} ですが、API は自身の識別子かどうかをチェックしています。${saidBy(f)}`,
    fix: [
      'API の Identifier とまったく同じ audience（末尾のスラッシュも含めて）でトークンをリクエストしてください。',
      'API の検証でも、同じ Identifier を audience として設定してください。',
    ],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.validate,
  }),
  invalidToken: (f) => ({
    title: `${where(f) === '/userinfo' ? '/userinfo' : '自分の API'} がトークン自体を拒否した（invalid_token）`,
    cause: `応答は、アプリケーションではなくトークンに問題があるとしています。形式が不正か、別のテナントや鍵で署名されているか、期限切れか、別の audience 向けです。${saidBy(f)}この呼び出しに client id やシークレットは関係ありません。`,
    fix: [
      '下でトークンをデコードし、iss（このテナント）、aud、exp を確認してください。「署名を検証」でテナントの鍵と照合できます。',
      'このテナントの新しいアクセストークンを取得して、もう一度呼び出してください。',
    ],
    docs: docs.bearer,
  }),
  invalidRequest: (f) => ({
    title: '呼び出しの形式が不正（invalid_request）',
    cause: `受け取った側が、送られた資格情報を読み取れませんでした。たとえば、トークンが 2 か所に入っている、DPoP に紐付いたトークンを Bearer スキームで送った、などです。${saidBy(f)}`,
    fix: [
      'トークンは Authorization: Bearer として 1 回だけ送ってください（DPoP に紐付いたトークンなら、DPoP スキームとその proof で送ります）。',
    ],
    docs: docs.bearer,
  }),
  unauthorized: (f) => ({
    title: `${f.target === 'userinfo' ? '/userinfo' : '自分の API'} がトークンを拒否した（HTTP ${f.status ?? 401}）`,
    cause: `トークンは受け付けられず、応答に理由はありませんでした。${saidBy(f)}${hidden(f)}判定されたのはトークンです。トークンの種類、audience、テナント、有効期限のいずれかが誤っています。`,
    fix: [
      '下でトークンをデコードし、アクセストークンであること、aud が受け取る側であること、exp が未来であることを確認してください。',
    ],
    docs: docs.validate,
  }),
  httpStatus: (f) => ({
    title: `${f.target === 'userinfo' ? '/userinfo' : '自分の API'} が HTTP ${f.status ?? ''} を返した`,
    cause: `応答は成功でもなく、トークンに関するもの（401 や 403）でもありません。${saidBy(f)}`,
    fix: ['URL とメソッド、そして「生のレスポンス」を確認してください。'],
  }),
  corsBlocked: (f) => ({
    title: `ブラウザーが ${f.target === 'userinfo' ? '/userinfo' : (f.apiOrigin ?? '自分の API')} の応答を読むことを許可されなかった（CORS）`,
    cause:
      f.target === 'userinfo'
        ? 'テナントが、このページのオリジンに応答の読み取りを許可しませんでした。'
        : `${f.apiOrigin ?? '自分の API'} は ${f.pageOrigin} に対して Access-Control-Allow-Origin を返しませんでした（Authorization 付きのリクエストでは、プリフライトも受け付けませんでした）。これは Auth0 ではなく、自分の API の設定です。`,
    fix: [
      '呼び出しを curl としてコピーして -i 付きで実行し、出力を「呼び出しの応答を貼り付け」に貼り付けてください。',
      f.target === 'api'
        ? `または、自分の API の CORS 設定で ${f.pageOrigin} を許可し、Authorization ヘッダーも許可してください。`
        : `または、アプリケーションの Allowed Web Origins に ${f.pageOrigin} を追加してください。`,
    ],
    docs: docs.cors,
  }),
  noAnswer: (f) => ({
    title: `${f.target === 'userinfo' ? '/userinfo' : (f.apiOrigin ?? '自分の API')} から応答がない`,
    cause:
      '呼び出しが、このページで読める応答で終わりませんでした。ホストが応答しなかった、タイムアウトした、リダイレクトした（追跡しません）、またはキャンセルされた、のいずれかです。下の「根拠」を確認してください。',
    fix: [
      'URL と、サーバーが動いているかを確認して、もう一度試してください。または curl を実行して出力を貼り付けてください。',
    ],
  }),
} satisfies typeof en.useTexts;
