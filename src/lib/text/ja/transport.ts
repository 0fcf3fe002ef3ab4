import type * as en from '../en/transport';

/** 送信中にページがわかったこと（根拠として表示する文）。 */
export const transportEvidence = {
  timeout: (seconds: number) => `${seconds} 秒以内に応答がなかったため、リクエストを中止しました。`,
  discoveryAnswered: (origin: string) =>
    `テナントには到達できます: ${origin}/.well-known/openid-configuration はこのページに応答しました。したがって、ブラウザーが /oauth/token の応答を隠したのは CORS のためです。`,
  unreachable: (origin: string) =>
    `${origin} からは、/oauth/token もディスカバリードキュメント（Auth0 はどのオリジンにも返します）も、このページに応答しませんでした。ホストが存在しない、接続が拒否された、手前の何かがブラウザーを拒否している、またはこのコンピューターがオフラインです。`,
  offline: () => 'ブラウザーはオフラインだと報告しています。',
  mixedContent: (pageOrigin: string, url: string) =>
    `このページは https（${pageOrigin}）で、テナントは平文の http（${url}）で提供されています。ブラウザーはこれを混在コンテンツとしてブロックします。`,
  browserMessage: (message: string) => `ブラウザーのメッセージ: ${message}`,
  redirect: (status: number | undefined, location: string | undefined) =>
    `テナントは ${location ?? 'ブラウザーがページに見せないアドレス'} へのリダイレクト${status ? `（HTTP ${status}）` : ''}で応答しました。リダイレクトは追跡していないので、そこには何も送信していません。`,
  followed: (url: string) =>
    `応答はリクエストしたアドレスではなく ${url} から来ました。何かがリダイレクトを追跡しています。この応答は使いません。`,
  interrupted: (status: number) =>
    `テナントの応答がヘッダーの後で途切れました: HTTP ${status} で、ボディが完全には届いていません。`,
  cancelled: () => '応答を読み取る前にリクエストを中止しました。',
  badTimeout: (seconds: number) => `タイムアウト ${seconds} 秒は使えない値です。何も送信していません。`,
  pageError: (message: string) => `送信中にページでエラーが発生しました: ${message}`,
} satisfies typeof en.transportEvidence;
