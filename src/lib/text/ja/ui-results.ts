import type * as en from '../en/ui-results';

/** 結果を表示する領域のテキスト（最初の描画の後に読み込み）: レスポンス、ブックマークレット。 */
export const resultsUi = {
  bookmarklet: {
    heading: 'Auth0 Dashboard からワンクリックで',
    text: 'このリンクをブックマークバーにドラッグしてください。Dashboard のアプリケーションのページでクリックすると、テナントドメインと client_id が入力された状態でこのデバッガーが開きます。読み取るのはページのアドレスと、そこに表示されている Domain だけです。トークン、Cookie、入力内容は一切読み取りません。',
    label: 'Auth0 デバッガー',
    clicked: 'ここでクリックせず、ブックマークバーにドラッグしてください。',
    question: 'Auth0 のテナントドメイン（例: dev-abc123.us.auth0.com）',
  },
  response: {
    pasteLabel: 'レスポンスを貼り付け',
    pasteHelp:
      'curl を実行し（ステータス行を残すには -i を付けます）、出力をすべて貼り付けてください。直接受け取った応答と同じように診断します。',
    pasteButton: 'レスポンスを診断',
    pastedLarge: (n: number) =>
      `${n.toLocaleString('ja')} 文字の貼り付け内容を上で診断しています。ページの応答性を保つため、ここには表示しません。置き換えるには貼り付けるか入力してください。`,
    raw: '生のレスポンス',
    showAll: (kb: number) => `${kb.toLocaleString('ja')} KB をすべて表示`,
    shownPart: (shownKb: number, kb: number) =>
      `${kb.toLocaleString('ja')} KB のうち最初の ${shownKb.toLocaleString('ja')} KB を表示しています。`,
    copyReport: 'レポートをコピー',
    tokensHeading: '受け取ったトークン',
    tokensBelow: (n: number) =>
      n === 1 ? 'トークンは下でデコードしています。' : `${n} 個のトークンは下でデコードしています。`,
    headers: 'ヘッダー',
    noBody: '（ボディなし）',
    fix: '対処',
    docs: 'Auth0 ドキュメント',
    evidence: '根拠',
  },
} satisfies typeof en.resultsUi;
