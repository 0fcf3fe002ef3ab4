import type * as en from '../en/response';

/** 貼り付けた応答の経路のメッセージ。 */
export const responseMessages = {
  empty: () => 'curl の出力を貼り付けてください。JSON のボディ、または curl -i や curl -v の出力全体です。',
  curlError: (code: string, message: string) => `curl は応答を受け取る前に失敗しました（エラー ${code}）: ${message}`,
} satisfies typeof en.responseMessages;
