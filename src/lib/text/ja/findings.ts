import type * as en from '../en/findings';

/** 検証の前に、デコーダーがトークンについて気づいたことのタイトルと詳細。 */
export const findingTexts = {
  algNone: {
    title: '署名なし: alg が「none」です',
    detail:
      '誰でもこのようなトークンを作れます。Auth0 のテナントがこれを発行することはなく、API は拒否しなければなりません。想定するアルゴリズムだけを受け入れてください（Auth0 のデフォルトは RS256）。',
  },
  algMissing: {
    title: 'ヘッダーに alg がありません',
    detail: 'RFC 7515 §4.1.1 で alg は必須です。このトークンを受け入れるライブラリはありません。',
  },
  signatureMissing: {
    title: '署名の部分が空です',
    detail: '署名付きトークンには必ず署名があります。このトークンは途中で切れているか、署名されていません。',
  },
  sharedSecret: {
    title: '共有シークレット（HMAC）で署名されています',
    detail:
      'このトークンを検証できる人は、同じトークンを作ることもできます。Auth0 が HS256 を使うのは、アプリケーションや API でそう設定した場合だけです。デフォルトでより安全なのは RS256 です。',
  },
  selfNamedKey: (parameter: string) => ({
    title: `ヘッダーが自分で鍵を指定しています（${parameter}）`,
    detail:
      '検証する側は、トークン自身が示す鍵を決して使ってはいけません。このページが鍵を取得するのは、入力したテナントからだけです。',
  }),
  expired: (relative: string) => ({
    title: `${relative}に期限切れ`,
    detail: 'API はこのトークンを拒否します。新しいトークンをリクエストしてください。',
  }),
  notYetValid: (relative: string) => ({
    title: `まだ有効ではありません（nbf: ${relative}）`,
    detail: 'トークンが将来用に作られたか、このコンピューターと発行者の時計がずれています。',
  }),
  issuedInFuture: (relative: string) => ({
    title: `発行時刻が未来です（${relative}）`,
    detail: '発行者かこのコンピューターの時計がずれています。時刻の許容誤差がない API はこのトークンを拒否します。',
  }),
  noExpiry: {
    title: '有効期限なし',
    detail:
      'exp がないと、トークンは期限切れになりません。Auth0 は必ず exp を設定するので、このトークンの発行元を確認してください。',
  },
  timeHint: (claim: string, hint: string) => ({
    title: `${claim} が JWT の正しい時刻形式ではありません`,
    detail: hint,
  }),
  // 詳細は text/ja/decode.ts の kindNotes です。
  jweNoAudience: { title: '中身を読めないトークン: audience なしで発行されたアクセストークン' },
  jwe: { title: '暗号化されたトークン（JWE）' },
  opaque: { title: '不透明なトークン' },
} satisfies typeof en.findingTexts;
