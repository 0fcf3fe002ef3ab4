import type * as en from '../en/curl';
import type { Placement } from '../../request/curl-place';
import type { CommandNote } from '../../request/curl-text';
import { fieldLabels } from './request';

const number = new Intl.NumberFormat('ja');

/** curl が呼び出しうる Auth0 の各エンドポイントの役割と、/oauth/token で次に何をするか（あれば）。 */
const endpoints: Record<string, string> = {
  '/passwordless/start':
    'パスワードレスログインを開始します。Auth0 がコードまたはリンクを送り、そのコードを grant「パスワードレスのワンタイムコード」で /oauth/token に送ります。',
  '/oauth/device/code':
    'デバイスフローを開始し、device_code と user_code を返します。その device_code を grant「デバイスコード」で /oauth/token に送ります。',
  '/mfa/challenge':
    'MFA の要素（OTP、SMS、プッシュ、メール）でユーザーにチャレンジするよう Auth0 に依頼します。その応答を MFA グラントで /oauth/token に送ります。',
  '/mfa/associate':
    'ユーザーに新しい MFA の Authenticator を登録します（Bearer トークンとして MFA トークンが必要です）。',
  '/mfa/authenticators':
    'ユーザーの MFA の Authenticator を一覧・削除します（Bearer トークンとして MFA トークンを使います）。',
  '/oauth/par':
    '認可リクエストをプッシュします（PAR）。ブラウザーはその後、返された request_uri を付けて /authorize に移動します。',
  '/bc-authorize':
    'CIBA（バックチャネル）ログインを開始し、auth_req_id を返します。それを grant_type urn:openid:params:grant-type:ciba で /oauth/token に送ります。',
  '/oauth/revoke': 'リフレッシュトークンを失効させます。200 以外は何も返りません。',
  '/userinfo': 'アクセストークンを Bearer トークンとして、ユーザーのプロフィールを読み取ります。',
  '/passkey/challenge': 'パスキー（WebAuthn）のサインインまたは登録を開始します。',
  '/dbconnections/signup': 'データベースコネクションにユーザーをサインアップします。',
  '/dbconnections/change_password': 'パスワード変更メールの送信を Auth0 に依頼します。',
  '/co/authenticate': 'auth0.js と Lock が使うクロスオリジン（埋め込み）ログインです。',
  '/authorize': 'ブラウザーで開くログインページで、curl で呼ぶものではありません。',
};

/** コマンドの前後で読み取ったものについて、インポートが何をしたか。 */
const prepared: Partial<Record<CommandNote, string>> = {
  'missing-continuation':
    '末尾に \\ のない行がありました。シェルならそこで止まりますが、作者の意図どおり後続のオプションも読み取りました。',
  comments: '行の間のコメントは読み飛ばしました。',
  pipe: '出力のパイプ先（| jq …）は除外しました。',
  redirect: '出力の書き込み先（> file）は除外しました。',
  'lines-before': 'curl より前の行は除外しました。',
};

const placeLabels: Record<Placement['to'], (place: Placement) => string> = {
  grant: () => 'グラントタイプ',
  field: (place) => (place.field ? fieldLabels[place.field] : place.name),
  extras: () => '追加パラメーター',
  'client-auth': () => 'クライアント認証',
  header: () => 'Authorization ヘッダー',
};

/** curl のインポートのメッセージ。 */
export const curlMessages = {
  step: (endpoint: string) =>
    `この curl はトークンリクエストの前のステップ（${endpoint}）です。フォームはそのステップの次のグラントに設定され、下のステップのボックスに値が入りました。ボタンを押して送信してください。トークンリクエストはそのあとです。`,
  empty: () => 'curl コマンドを貼り付けてください。例: Auth0 のドキュメントやターミナルにあるもの。',
  tooLong: (chars: number, limit: number) =>
    `貼り付けた内容は ${number.format(chars)} 文字あります。/oauth/token 向けの curl はずっと短いはずです（読み取るのは最大 ${number.format(limit)} 文字）。コマンドだけを貼り付けてください。`,
  quoting: (detail: string) => `この curl は読み取れません: ${detail}`,
  notCurl: () => 'curl で始まっていません。コマンド全体を貼り付けてください。',
  noUrl: () => 'この curl には URL がありません。',
  tooManyParameters: (count: number, limit: number) =>
    `この curl は ${number.format(count)} 個のパラメータを送っています。トークンリクエストのパラメータは数個です（このページが受け付けるのは最大 ${number.format(limit)} 個）。/oauth/token 向けのコマンドだけを貼り付けてください。`,
  badUrl: (url: string) => `この curl の URL は正しい URL ではありません: ${url}`,
  otherEndpoint: (method: string, path: string) => {
    const key = Object.keys(endpoints).find((known) => path === known || path.startsWith(`${known}/`));
    const what = key ? endpoints[key] : 'トークンエンドポイントではありません。';
    return `この curl が呼んでいるのは /oauth/token ではなく ${method} ${path} です。${path} は${what}現在このページが送信できるのは POST /oauth/token だけなので、フォームには何も入れていません。`;
  },
  fileData: (file: string) =>
    file === '-'
      ? 'この curl はボディを標準入力（@-）から読みますが、ヒアドキュメントが続いていません。@- の代わりにボディを貼り付けてください。'
      : `この curl はボディをファイル ${file} から読みますが、このページではそのファイルを開けません。@${file} の代わりにボディそのものを貼り付けてください。`,
  bodyNotJson: (detail: string, near: string) =>
    `ボディは JSON として送られますが、解析できません: ${detail}${near ? `（「${near}」付近）` : ''}。ボディを修正して（公開されている例でカンマや引用符が抜けていませんか？）、もう一度インポートしてください。`,
  bodyNotObject: () => 'JSON のボディがパラメーターのオブジェクトではありません。',
  noGrantType: () =>
    'ボディに grant_type がありません。Auth0 は「Missing required parameter: grant_type」を返します。grant を選んでください。',
  unknownGrant: (grant: string) =>
    `grant_type「${grant}」は grant type ではありません。フォームは前の grant のままです。`,
  unknownFlags: (flags: string) => `このページで使わないオプション: ${flags}`,
  method: (method: string) =>
    `この curl は ${method} を使っています。/oauth/token は POST を受け付けるので、フォームは POST で送ります。`,
  jsonWithoutHeader: () =>
    'ボディは JSON ですが、curl が「content-type: application/json」ヘッダーを送っていないため、curl はフォームデータとして送り、Auth0 は読み取れません。JSON としてインポートしました。',
  bearer: () => 'Authorization: Bearer ヘッダーはトークンリクエストには不要なので、除外しました。',
  headers: (names: string) => `フォームが送らないヘッダー（ブラウザーが独自に設定します）: ${names}`,
  urlVariable: (url: string) =>
    `URL がスクリプトの変数 ${url} になっています。テナントドメインを「テナントドメイン」欄に入力してください（/oauth/token はフォームが付けます）。`,
  query: (query: string) =>
    `URL のクエリ（${query}）は送信しません。フォームはすべてのパラメーターをボディで POST します。`,
  imported: (count: number) => `${number.format(count)} 個のパラメーターをインポートしました。`,
  /** 各パラメーターの行き先（curl が送った順）。 */
  placed: (placed: Placement[]) =>
    `各パラメーターの行き先: ${placed.map((place) => `${place.name} → ${placeLabels[place.to](place)}`).join('、')}`,
  notShownForGrant: (name: string) =>
    `この grant には ${name} の欄がないため、追加パラメーターに入れ、入力どおりに送信します。`,
  repeated: (name: string) => `${name} が 2 回指定されています。2 つ目は追加パラメーターに入れました。`,
  basicAndBody: (name: string) =>
    `${name} が Basic ヘッダーとボディの両方にあります。フォームはヘッダーでのみ送信します（client_secret_basic）。`,
  basicPlaceholder: (value: string) =>
    `Authorization: Basic ヘッダーの値が base64 ではなく ${value} になっています。Client ID と Client Secret を入力すれば、フォームがヘッダーを作ります。`,
  lineBreaks: (name: string) => `${name} に改行が含まれていました。追加パラメーターでは 1 行にしています。`,
  after: (text: string) => `コマンドの後に続く内容は読み取っていません: ${text}`,
  prepared,
} satisfies typeof en.curlMessages;
