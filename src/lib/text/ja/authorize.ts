import type * as en from '../en/authorize';

/** /authorize タブの入力チェックのメッセージ。 */
export const authorizeMessages = {
  clientIdRequired: () =>
    'Client ID は必須です。Applications > Applications > 対象のアプリ > Settings からコピーしてください。',
  redirectUri: () => 'リダイレクト URI は絶対 URL にしてください（このページ自身のアドレスなど）。',
  responseType: (value: string) => `レスポンスタイプ「${value}」は Auth0 が受け付ける値ではありません。`,
  responseMode: (value: string) => `レスポンスモード「${value}」は Auth0 が受け付ける値ではありません。`,
  tokensInQuery: () =>
    'トークンがクエリで送られることはありません（OAuth 2.0 Multiple Response Types §3.0）。このレスポンスタイプでは fragment か web_message を使ってください。',
  formPostHere: () =>
    'form_post では、応答がこのページのホストに POST されます。このホストは静的サーバーなので応答を読めず、しかもコードがログに残ります。form_post は自分のサーバーのコールバックをリダイレクト URI にして使い、POST された内容を下に貼り付けてください。',
  prompt: (value: string) => `Prompt「${value}」は none、login、consent、select_account のいずれでもありません。`,
  maxAge: () => 'Max age は秒数を整数で指定してください。',
  secretRequired: () =>
    'このクライアント認証でコードを交換するには Client Secret が必要です。Single Page Application なら「none」を使います。',
  extraLine: (line: number) => `追加パラメーターの ${line} 行目: name=value の形で書いてください。`,
  extraReserved: (line: number, name: string) =>
    `追加パラメーターの ${line} 行目: ${name} はこのページが設定するか、上に専用の欄があります。`,
  extraSecret: (line: number, name: string) =>
    `追加パラメーターの ${line} 行目: ${name} はシークレットです。シークレットを /authorize の URL に入れることはありません。`,
  pasteEmpty: () =>
    '戻ってきた URL、POST された内容、またはログインウィンドウに表示されているページのテキストを貼り付けてください。',
  pasteNoAnswer: () =>
    'ここには /authorize の応答がありません。URL に code、token、error のいずれも含まれていません。ログインウィンドウが最後に表示していたアドレスを丸ごと貼り付けてください。',
} satisfies typeof en.authorizeMessages;

/** /authorize タブのラベルとテキスト。 */
export const authorizeUi = {
  heading: 'Universal Login でログイン',
  intro:
    '/authorize の URL を組み立ててポップアップで開き、戻ってきたコードをトークンと交換します。PKCE の verifier、state、nonce は、このページのメモリー内にだけ保持します。',
  frameTitle: 'サイレント認証（非表示）',
  redirectUri: 'リダイレクト URI',
  redirectHelp: 'デフォルトはこのページ自身のアドレスです。ポップアップがここに戻ってきて、応答をこのタブに渡します。',
  addCallback: 'この URL をそのまま Allowed Callback URLs に追加してください:',
  copyRedirect: 'URL をコピー',
  responseType: 'レスポンスタイプ',
  responseTypeHelp: {
    code: 'PKCE 付きの認可コード。Universal Login を使うアプリの方式です。',
    other:
      '/authorize 自体からトークンを受け取ります（Implicit またはハイブリッド）。ID トークンのデバッグ用で、Implicit グラントが必要です。',
  },
  responseMode: 'レスポンスモード',
  responseModes: {
    fragment: 'fragment（応答がサーバーに届かない）',
    query: 'query（コードがリクエストに含まれてこのページのホストに届く）',
    web_message: 'web_message（テナントがこのページに応答を送る）',
    form_post: 'form_post（自分のサーバーへ送る。POST された内容を貼り付ける）',
    '': 'このレスポンスタイプでのテナントのデフォルト',
  } as Record<string, string>,
  responseModeHelp:
    'ここでは fragment がデフォルトです。応答はブラウザー内にとどまります。query では、ページを取得するリクエストと一緒に、応答がページのホスト（とそのログ）に送られます。',
  scope: 'Scope',
  audience: 'Audience',
  prompt: 'Prompt',
  prompts: {
    '': '（なし: セッションがあれば確認なしでログイン）',
    login: 'login（セッションがあってもログインを求める）',
    consent: 'consent',
    select_account: 'select_account',
    none: 'none（何も表示せずに応答する）',
  } as Record<string, string>,
  more: 'その他のパラメーター',
  paramLabels: {
    max_age: 'Max age（秒）',
    login_hint: 'Login hint',
    screen_hint: 'Screen hint',
    connection: 'コネクション',
    organization: 'Organization',
    invitation: '招待',
    ui_locales: 'UI ロケール',
    resource: 'Resource',
  } as Record<string, string>,
  extras: '追加パラメーター',
  extrasHelp: '1 行に name=value を 1 つ。/authorize の URL に追加されます。シークレットは入れないでください。',
  pkce: 'PKCE の challenge を送る（S256）',
  clientAuth: 'クライアント認証',
  clientAuthHelp:
    'コードの交換方法です。Single Page Application や Native アプリは「none」、Regular Web Application はシークレットを使います。',
  url: '/authorize の URL',
  urlNote:
    'state、nonce、PKCE の challenge はログインのたびに新しく作ります。verifier はこのページの外に出ません。この URL をコピーして手で開いても、応答はこのタブに戻ってきます。',
  copyUrl: '/authorize の URL をコピー',
  login: '/authorize でログイン',
  silent: 'サイレント認証を試す',
  silentHelp:
    'SPA SDK がトークンを更新するときと同じく、非表示のフレームで prompt=none と response_mode=web_message を使います。Allowed Web Origins の登録漏れ、セッションがない場合、サードパーティ Cookie のブロックを見分けられます。',
  waitingSilent: '非表示のフレームの応答を待っています…',
  exchanging: 'コードを交換中…',
  cancel: '待つのをやめる',
  invalid: (n: number) => `先に ${n} 個の項目を修正してください。`,
  pasteLabel: '戻ってきた URL を貼り付け',
  pasteHelp:
    'ポップアップがブロックされたときや、ログインが別の場所で終わったときに使います。ログインウィンドウが最後に表示していたアドレス、POST された内容（form_post）、またはログインウィンドウに表示されているページのテキストを貼り付けてください。',
  pasteButton: '応答を読む',
  answerLabel: '/authorize の応答',
  demoNote:
    'デモテナントはこのページの中にあり、ポップアップではそこに行けません。そのため、その Universal Login を下でシミュレーションします。動かしているのは同じテナントエミュレーターです。',
} satisfies typeof en.authorizeUi;

/** デモのテナントのとき、ログインウィンドウの代わりにページ内に表示するもの。 */
export const simulatedUi = {
  heading: 'デモテナント: Universal Login（このページ内でシミュレーション）',
  note: '本物のテナントでは、これがポップアップに表示されます。下にあるのは、/authorize の URL に対するデモテナントの応答ページをテキストとして描画したものです。',
  username: 'メールアドレス',
  password: 'パスワード',
  submit: '続ける',
  accept: '許可する',
  decline: '拒否する',
  close: 'ログインウィンドウを閉じる',
  loading: 'テナントのページを読み込み中…',
  away: 'テナントがログインウィンドウを、このページ以外のアドレスに移動させました。本物のポップアップなら、いまそのアドレスを表示しています。応答が含まれていれば、そのアドレスを「戻ってきた URL を貼り付け」にコピーしてください。',
} satisfies typeof en.simulatedUi;

/** リダイレクト URI で開いたページが、応答を引き渡したときに表示するもの。 */
export const landingUi = {
  heading: 'ログインの応答を引き渡しました',
  text: 'このログインを開始したデバッガーのタブが応答を受け取りました。このウィンドウは閉じてかまいません。',
  close: 'このウィンドウを閉じる',
} satisfies typeof en.landingUi;

/** デモパネルの、Universal Login のストーリー用のスイッチ。 */
export const demoLoginUi = {
  callbacks: 'Applications › Applications › Demo App › Settings › Application URIs',
  callbackLabel: (url: string) => `Allowed Callback URLs: ${url}`,
  actions: 'Actions › Triggers › post-login',
  actionLabel: (name: string) => `${name}（デプロイ済み、Login フロー内）`,
  story:
    'Universal Login: 「Universal Login（/authorize）」タブからログインして診断を読み、そこで示されたスイッチを切り替えて、もう一度ログインします。',
} satisfies typeof en.demoLoginUi;
