import type * as en from '../en/ui';

/** ページ自体のラベルと短いテキスト。 */
export const ui = {
  requestTabs: {
    label: 'トークンの取得方法',
    token: 'トークンリクエスト',
    authorize: 'Universal Login（/authorize）',
    loading: '読み込み中…',
  },
  framed: {
    heading: 'このページは他のページの中では動作しません',
    text: '他サイトのフレーム内に表示されています。そのサイトがフォームに値を入れたり、画面を覆って入力内容を読み取ったりするおそれがあります。使うときは専用のタブで開いてください。',
    open: 'デバッガーを新しいタブで開く',
  },
  privacy:
    'すべてブラウザー内で動作します。バックエンドはなく、何も保存せず、入力したテナント以外にはどこにも送信しません。',
  decoder: {
    heading: 'トークンをデコード',
    label: 'トークンを貼り付け',
    help: 'JWT、「Authorization: Bearer …」ヘッダー、またはトークンレスポンス全体。入力と同時にデコードし、このページの外には何も送りません。',
    placeholder: 'eyJhbGciOiJSUzI1NiIs…',
    example: '例を試す',
    clear: 'クリア',
    loading: 'デコーダーを読み込み中…',
    large: (n: number) =>
      `${n.toLocaleString('ja')} 文字の貼り付け内容を下でデコードしています。ページの応答性を保つため、ここには表示しません。`,
    showLarge: '貼り付けた内容を表示',
    count: (n: number) => `${n.toLocaleString('ja')} 個のトークン`,
    early: {
      note: 'トークンに書かれたままのクレームです。説明、時刻、チェックはデコーダーの読み込み後に表示されます。',
      claim: 'クレーム',
      value: '値',
    },
  },
  copy: { idle: 'コピー', done: 'コピーしました', failed: 'コピーに失敗しました' },
  copyLink: 'リンクをコピー',
  demo: {
    pitch:
      '手元にテナントがない、または Auth0 は初めてですか？このページが生まれたきっかけのストーリーを、シミュレーションのテナントで試せます。',
    button: 'デモテナントで試す',
  },
  request: {
    heading: 'トークンをリクエスト',
    intro:
      'Auth0 の curl の例と同じ POST /oauth/token を、このページからテナントへ直接送信します。ほかには送りません。',
    domain: 'テナントドメイン',
    domainHelp: '例: dev-abc123.us.auth0.com、またはカスタムドメイン。',
    sendsTo: '送信先',
    fromLink: (origin: string) =>
      `リンクから: ${origin} は Auth0 のドメインではありません（カスタムドメイン、または第三者のサーバー）。何か送信する前に確認してください。`,
    confirmDomain: 'ドメインを確認',
    grant: 'グラントタイプ',
    otherGrant: (grant: string) => `その他（入力どおりに送信）: ${grant}`,
    clientAuth: 'クライアント認証',
    encoding: 'ボディの形式',
    extras: '追加パラメーター',
    extrasHelp: '1 行に name=value を 1 つ。例: organization=org_123、connection=google-oauth2',
    /** 各シークレット欄の横にある、入力内容を表示・非表示にするボタン。 */
    showSecret: '表示',
    hideSecret: '隠す',
    timeout: 'タイムアウト（秒）',
    send: 'リクエストを送信',
    cancel: 'リクエストを中止',
    sending: '送信中…',
    invalid: (n: number) => `送信する前に ${n} 個の項目を修正してください。`,
    lints: (n: number) => `送信前の注意: ${n} 件`,
  },
  curl: {
    heading: 'curl',
    label: 'curl コマンド',
    copy: 'curl をコピー',
    reveal: 'シークレットを表示',
    hide: 'シークレットを隠す',
    none: 'フォームに入力すると、対応する curl が表示されます。',
    importLabel: 'curl コマンドをインポート',
    importButton: 'インポート',
    importLarge: (n: number) =>
      `${n.toLocaleString('ja')} 文字の貼り付け内容がこのボックスにあります。ページの応答性を保つため表示しません。インポートで読み取ります。置き換えるには貼り付けるか入力してください。`,
    importHelp:
      'Auth0 のドキュメント、README、ターミナルにある /oauth/token 向けの curl。各パラメーターは対応する欄か「追加パラメーター」に入ります。',
  },
  response: {
    heading: 'レスポンス',
    status: {
      idle: 'まだ何も送信していません。',
      sending: '送信中…',
      http: 'レスポンスを受信',
      'cors-blocked': 'CORS によるブロック: ブラウザーが応答を隠しました',
      'network-error': 'テナントから応答がありません',
      timeout: 'タイムアウト',
      'mixed-content': '混在コンテンツとしてブロック',
      redirect: 'リダイレクトは追跡しません',
      interrupted: 'ヘッダーの後で応答が途切れました',
      cancelled: '中止しました',
      'page-error': '送信中にページでエラーが発生しました',
    } as Record<string, string>,
    pasted: '貼り付け',
    noStatus: 'ボディを読み取り（ステータス行なし）',
    elapsed: (ms: number) => `${ms.toLocaleString('ja')} ミリ秒`,
  },
  attempts: {
    heading: '試行履歴',
    none: 'まだ試行はありません。送信や貼り付けたレスポンスは、ページを閉じるまで新しい順にここに並びます。',
    sent: '送信',
    pasted: '貼り付け',
    folded: (count: number): string => `ほかに以前の試行が ${count.toLocaleString('ja')} 件（保持していません）`,
  },
  theme: { label: 'テーマ', system: 'システム', light: 'ライト', dark: 'ダーク' },
  language: '言語',
  page: {
    title: 'Auth0 トークンデバッガー',
    tagline: '失敗した POST /oauth/token から、それを直す設定と、返ってくるトークンまで。',
    description:
      'Auth0 の /oauth/token リクエストをデバッグし、トークンをデコードします。すべてブラウザーの中で動きます。',
  },
} satisfies typeof en.ui;
