import type * as en from '../en/ui-loop';

/** 最初の描画に必要なループのテキスト: スキップリンク、「何でも貼り付け」欄、送信バー。 */
export const loopLabels = {
  skipLabel: 'スキップリンク',
  skipDecoder: 'トークンデコーダーへ移動',
  skipResponse: 'レスポンスへ移動',
  paste: {
    label: '何でも貼り付け',
    help: 'トークン、curl コマンドやその出力（プロンプトごとでも可）、トークンレスポンス、コンソールのメッセージ、リダイレクト URL。ここで読み取り、適切な場所へ振り分けます。',
    placeholder: 'eyJhbGciOi…   または   curl --request POST …   または   HTTP/2 403 …',
    read: '貼り付けを読み取る',
    large: (n: number) =>
      `${n.toLocaleString('ja')} 文字の貼り付け内容を下で読み取っています。ページの応答性を保つため、ここには表示しません。`,
  },
  bar: {
    placeholders: (n: number) => `送信する前に ${n} 個のプレースホルダーを置き換えてください。`,
    latest: '最新:',
  },
} satisfies typeof en.loopLabels;
