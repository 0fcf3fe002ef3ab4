import type * as en from '../en/report';

/** lib が渡す送信状態のコード（ui.response.status と同じ）を言葉にします。 */
const states: Record<string, string> = {
  'cors-blocked': 'CORS によるブロック（ブラウザーが応答を隠しました）',
  'network-error': 'テナントから応答がありません',
  timeout: 'タイムアウト',
  'mixed-content': '混在コンテンツとしてブロック',
  redirect: 'リダイレクトは追跡しません',
  interrupted: 'ヘッダーの後で応答が途切れました',
  cancelled: '中止しました',
  'page-error': '送信中にページでエラーが発生しました',
  sending: '送信中',
  idle: '未送信',
};

/** フォーラムの投稿やサポートチケットに貼り付ける Markdown レポートの文言。 */
export const reportTexts = {
  heading: 'Auth0 トークンリクエスト: デバッグレポート',
  note: 'auth0-token-debugger で作成。シークレット（クライアントシークレット、パスワード、トークン、コード、verifier、OTP、および貼り付けたヘッダー・ボディ・コマンドラインに含まれる資格情報）は [redacted] に置き換えています。応答の内容はコードとして引用しています。',
  request: 'リクエスト',
  response: 'レスポンス',
  diagnosis: '診断',
  fix: '対処',
  path: 'Dashboard のパス',
  endpoint: '応答元',
  suggested: '可能性の高い設定',
  pastedCommand: '実行されたコマンド（貼り付けたまま）:',
  noRequest: '不明: フォームにリクエストがない状態でレスポンスが貼り付けられました。',
  clientAuth: 'クライアント認証',
  body: 'ボディの形式',
  parameter: 'パラメーター',
  value: '値',
  claims: (name: string) => `${name}（デコードのみで未検証。個人を識別するクレームは除外）`,
  transport: { direct: 'ブラウザーから送信', pasted: '貼り付け' },
  state: (state: string) => `HTTP の応答を読み取れませんでした: ${states[state] ?? state}。`,
  redacted: '[redacted]',
} satisfies typeof en.reportTexts;
