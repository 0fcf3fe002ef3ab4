import type * as en from '../en/prefill';

/** リンクが入力した内容、または入力を拒否した内容についての注記。 */
export const prefillMessages = {
  filled: (fields: string) => `リンクから入力しました: ${fields}`,
  secrets: (keys: string) =>
    `リンクに ${keys} が含まれていました。読み取らずに、アドレスバーから削除しました。シークレットはリンクに入れず、ここで入力してください。`,
  invalid: (key: string, reason: string) => `リンクの ${key} を無視しました: ${reason}`,
  unknown: (keys: string) => `不明なリンクパラメーターを無視しました: ${keys}`,
  tokenRead: () => 'リンクのトークンをデコーダーに入れ、アドレスバーから削除しました。',
  grant: (value: string) => `「${value}」はこのページが知らない grant です。`,
  format: () => 'この値にはありえない文字が含まれています。',
  tooLong: () => '長すぎます。',
  linkTooLong: (chars: number) =>
    `リンクの # 以降が ${chars.toLocaleString('ja')} 文字あり、このページのリンクが持つ長さを超えています。何も読み取っていません。`,
} satisfies typeof en.prefillMessages;

/** ページのクエリ文字列で見つかったシークレットについての注記。 */
export const queryMessages = {
  secrets: (keys: string, host: string) =>
    `アドレスのクエリ（「?」の後）に ${keys} が含まれていました。このページが止める前に、ページの読み込み時にブラウザーが ${host} へ送信しています。アドレスバーからは削除しましたが、漏えいしたものとして扱い、ローテーションしてください。`,
} satisfies typeof en.queryMessages;
