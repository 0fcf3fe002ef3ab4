import type { AuthorizeFacts as F } from '../../authorize/facts';
import type * as en from '../en/authorize-page';
import type { FindingText } from '../en/authorize-paths';
import { authorizeDocs as docs, callbackUrls, said, webOrigins } from './authorize-paths';

/** ログインの前後でページ自身が見つけたことのテキスト: 応答の state、ポップアップ、ID トークンの結び付き。 */
export const pageTexts = {
  stateMismatch: (f: F): FindingText => ({
    title: '拒否: 応答の state がこのページの送ったものと違う',
    cause: `戻ってきた state が、このページが開始したログインの state と一致しません。応答が別のログインのものか、偽造されたもの（ログイン CSRF）である可能性があります。${f.error ? '応答に含まれるエラーを下に表示しますが、あなたのログインに関するものとは限りません。' : 'コードは交換していません。'}`,
    fix: [
      '「/authorize でログイン」ボタンでログインをやり直し、開いたウィンドウの中で最後まで進めてください。',
      'URL を貼り付けた場合は、以前のログインのものではなく、このログインが戻ってきた URL を貼り付けてください。',
    ],
    docs: docs.state,
  }),
  stateMissing: (): FindingText => ({
    title: '拒否: 応答に state がない',
    cause:
      'このページはログインと一緒に state を送りました。/authorize の応答はそれをそのまま返さなければなりません（RFC 6749 §4.1.2）。state がなければ、応答がこのログインのものだと確かめられないため、コードは交換していません。',
    fix: [
      'ログインをやり直してください。プロキシや独自のコードがリダイレクトを書き換えている場合は、state パラメーターを残すようにしてください。',
    ],
    docs: docs.state,
  }),
  noLoginPending: (f: F): FindingText => ({
    title: 'ログインの応答が届いたが、このページに待っているログインがない',
    cause: `応答${f.returnedTo ? `（${f.returnedTo} に戻ってきたもの）` : ''}を使えるのは、そのログインを開始したタブだけです。PKCE の verifier、state、nonce は、そのタブのメモリー内にしかありません。このタブはログインを開始していないか、開始後に再読み込みされました。テナントには何も送っていません。`,
    fix: [
      'このタブから「/authorize でログイン」ボタンでログインを開始してください。',
      'このページの別のタブで開始した場合、そのタブがまだ開いていれば、応答はすでにそちらに届いています。',
    ],
    docs: docs.pkce,
  }),
  popupBlocked: (): FindingText => ({
    title: 'ブラウザーがログインウィンドウをブロックした',
    cause:
      '/authorize のポップアップが開きませんでした。ポップアップブロッカーか、ブラウザーの設定によるものです。ログイン自体はまだ始まっていません。',
    fix: [
      'このページのポップアップを許可し（アドレスバーの右端のアイコン）、もう一度「/authorize でログイン」を押してください。',
      'または、/authorize の URL をコピーして新しいタブで開いてログインし、戻ってきた URL を「戻ってきた URL を貼り付け」に貼り付けてください。',
    ],
  }),
  popupClosed: (f: F): FindingText => ({
    title: 'ログインウィンドウが応答なしで閉じられた',
    cause: `ウィンドウが閉じるまでに /authorize から応答が戻りませんでした。Auth0 のエラーページで自分で閉じた場合は、そのページが応答です。多いのは「Callback URL mismatch」（redirect_uri ${f.redirectUri ?? ''} が Allowed Callback URLs にない）${f.responseMode === 'web_message' ? `、または response_mode=web_message で ${f.pageOrigin} が Allowed Web Origins にない場合` : ''}です。Auth0 はこれらのエラーを自分のページに表示し、リダイレクトはしません。`,
    fix: [
      `${f.redirectUri ?? 'redirect_uri'} をそのまま Allowed Callback URLs に追加し${f.responseMode === 'web_message' ? `、${f.pageOrigin} を Allowed Web Origins に追加し` : ''}、Save Changes してからもう一度ログインしてください。`,
      'ウィンドウに別のエラーが表示されていた場合は、そのテキストを下の「戻ってきた URL を貼り付け」にコピーすると読み取ります。',
    ],
    breadcrumb: f.responseMode === 'web_message' ? webOrigins : callbackUrls,
    docs: docs.appSettings,
  }),
  waiting: (f: F): string =>
    `ログインウィンドウを待っています。ログインフォームではなく Auth0 のエラーページが表示された場合、よくある原因は「Callback URL mismatch」です。${f.redirectUri ?? 'redirect_uri'} をそのまま Allowed Callback URLs に追加してください。`,
  nonceMismatch: (expected: boolean): FindingText => ({
    title: expected ? 'ID トークンの nonce がこのログインで送ったものと違う' : 'ID トークンに nonce がない',
    cause: expected
      ? 'nonce は ID トークンを、それを要求したログインに結び付けます。nonce が違うということは、トークンが別のログインに対して発行されたもの（リプレイ）です。アプリケーションはこれを拒否しなければなりません。'
      : 'このログインは nonce を送っているので、それに対して発行された ID トークンは同じ nonce を含んでいなければなりません（OpenID Connect Core §3.1.3.7）。nonce をチェックするアプリケーションは、このトークンを拒否します。',
    fix: [
      'ログインをやり直してください。繰り返し起きる場合は、/authorize の応答をキャッシュしたり再送したりしているものがないか確認してください。',
    ],
    docs: docs.idTokens,
  }),
  hashMismatch: (claim: 'at_hash' | 'c_hash', missing: boolean): FindingText => ({
    title: missing
      ? `ID トークンに ${claim} がない`
      : `ID トークンの ${claim} が${claim === 'at_hash' ? 'アクセストークン' : 'コード'}と一致しない`,
    cause: missing
      ? `このフローでは、ID トークンは ${claim}、つまり一緒に届いた${claim === 'at_hash' ? 'アクセストークン' : 'コード'}のハッシュの左半分を含んでいなければなりません（OpenID Connect Core §3.2.2.10、§3.3.2.11）。これにより、${claim === 'at_hash' ? 'トークン' : 'コード'}のすり替えを検出できます。`
      : `${claim} は、この ID トークンと一緒に発行された${claim === 'at_hash' ? 'アクセストークン' : 'コード'}のハッシュの左半分です。一致しないので、2 つは一緒に発行されたものではありません。アプリケーションはこれらを拒否しなければなりません。`,
    fix: [
      'ログインをやり直してください。繰り返し起きる場合は、Auth0 とこのページの間の何かがパラメーターをすり替えています。',
    ],
    docs: docs.oidcCore,
  }),
  bound: (checked: string[]): FindingText => ({
    title: 'ID トークンはこのログインのもの',
    cause: `このページが送ったもの・受け取ったものと照合しました: ${checked.join('、')}。署名とクレームも確認するには、ID トークンの「署名を検証」を押してください。`,
    fix: [],
    docs: docs.idTokens,
  }),
  partMissing: (part: string, f: F): FindingText => ({
    title: `応答に ${part} がない`,
    cause: `response_type ${f.responseType ?? ''} は ${part} を要求していますが、/authorize の応答に含まれていません。${said(f.description)}`,
    fix: [
      'アプリケーションが使える response_type を確認してください（/authorize からトークンを受け取るには Implicit にチェックが必要です）。ID トークンを受け取るには、scope に openid が含まれていることも確認してください。',
    ],
    docs: docs.authorize,
  }),
  codeInQuery: (f: F): FindingText => ({
    title: 'コードがクエリ文字列で送られた',
    cause: `response_mode=query では、ブラウザーがページを取得するリクエストでコードを ${f.returnedTo ?? 'ページのホスト'} に送るため、そのサーバーのログに残ります。コードは、このタブだけが持つ PKCE の verifier がなければ使えず、すぐに交換済みですが、response_mode=fragment ならコードはブラウザーの外に一切出ません。`,
    fix: ['このようなページでは response_mode=fragment を使ってください（ここではそれがデフォルトです）。'],
    docs: docs.authorize,
  }),
  returnedElsewhere: (f: F): FindingText => ({
    title: '応答が、送った redirect_uri とは別の URL に戻ってきた',
    cause: `このログインは redirect_uri ${f.redirectUri ?? ''} を送りましたが、貼り付けた応答は ${f.returnedTo ?? '別のアドレス'} のものです。コードの交換ではログインの redirect_uri を送るため、2 つが違えば Auth0 はコードを拒否します。`,
    fix: ['このログイン自体が戻ってきた URL を貼り付けてください。'],
    docs: docs.authorize,
  }),
  silentNoMessage: (f: F, seconds: number): FindingText => ({
    title: 'サイレント認証に応答がない',
    cause: `非表示のフレームで prompt=none と response_mode=web_message を付けて /authorize を読み込みましたが、${seconds} 秒以内にメッセージが戻りませんでした。Auth0 が応答を送るのは Allowed Web Origins にあるオリジンだけで、それ以外のオリジンには何も送りません。今回起きたのはこれです（テナントがフレームの読み込みを拒否した場合も同じ結果になります）。`,
    fix: [`${f.pageOrigin} を Allowed Web Origins に追加し、Save Changes してからもう一度試してください。`],
    breadcrumb: webOrigins,
    docs: docs.silentAuth,
  }),
  formPost: (): FindingText => ({
    title: 'POST された内容を読み取りました',
    cause:
      'response_mode=form_post では、応答が redirect_uri のサーバーに POST で送られます。静的なページでは受け取れないため、貼り付けられた内容から読み取りました。',
    fix: [],
    docs: docs.authorize,
  }),
} satisfies typeof en.pageTexts;
