import type * as en from '../en/tenant';

/** テナントドメイン欄のメッセージ。 */
export const tenantMessages = {
  empty: () =>
    'テナントドメインを入力してください。例: dev-abc123.us.auth0.com（Dashboard > Settings > Custom Domains、または任意のアプリケーションの Domain）。',
  spaces: () => 'ドメインにスペースは入りません。余分なスペースや、貼り付けた 2 つ目の値がないか確認してください。',
  scheme: (scheme: string) =>
    `「${scheme}」はテナントのアドレスではありません。https://YOUR_DOMAIN（またはドメインのみ）を使ってください。`,
  insecure: () =>
    'Auth0 のテナントには https でのみ接続します。http:// を使えるのは、localhost または 127.0.0.1 上のポート付きのローカルテスト用テナントだけです。',
  localNeedsPort: () => 'ローカルのテナントにはポートが必要です。例: http://127.0.0.1:3000',
  dashboard: (suggestion?: string) =>
    suggestion
      ? `manage.auth0.com は Dashboard で、テナントではありません。この Dashboard の URL からすると、テナントドメインはおそらく ${suggestion} です。`
      : 'manage.auth0.com は Dashboard で、テナントではありません。テナントドメインは dev-abc123.us.auth0.com のような形で、任意のアプリケーションの Domain で確認できます。',
  tooLong: (length: number) =>
    `${length.toLocaleString('ja')} 文字あります。ドメインは最大 253 文字です。テナントドメインだけを入力してください。`,
  invalid: (detail: string) => `ドメイン名ではありません: ${detail.length > 300 ? `${detail.slice(0, 300)}…` : detail}`,
  credentials: () => 'ユーザー名やパスワードはドメインに含めないでください。それぞれ専用の欄に入力します。',
  noDot: () => 'テナントドメインには dev-abc123.us.auth0.com のようにドットが含まれます。',
  backslash: (host: string) =>
    `ドメインにバックスラッシュは入りません。ブラウザーは「\\」を「/」として読むため、リクエストは ${host || '別のホスト'} に送られ、残りはパスになります。テナントドメインだけを入力してください。`,
  lookalikeSeparator: (char: string, host: string) =>
    `「${host}」の「${char}」（U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）はドメインの一部に見えますが、ブラウザーは区切り文字に変換するため、リクエストは見た目とは別のホストに送られます。通常の「.」でドメインを入力してください。`,
  pathHost: (host: string, segment: string) =>
    `これではリクエストは ${host} に送られ、「${segment}」はそのパスにすぎません。テナントが ${segment} なら、それだけを入力してください。`,
} satisfies typeof en.tenantMessages;

export const tenantNotes = {
  nonAscii: (typed: string, ascii: string) =>
    `「${typed}」には ASCII 以外の文字が含まれており、他の文字になりすませます。実際の名前は ${ascii} です。Auth0 のテナントドメインは ASCII だけです。`,
  pathDropped: (path: string) =>
    `使うのはドメインだけです。「${path}」は取り除き、リクエストは /oauth/token に送ります。`,
} satisfies typeof en.tenantNotes;
