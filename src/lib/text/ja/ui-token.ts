import type * as en from '../en/ui-token';

const count = new Intl.NumberFormat('ja');

/** トークン表示のラベル（最初の描画の後に読み込み）。 */
export const tokenUi = {
  headings: {
    access_token: 'アクセストークン',
    id_token: 'ID トークン',
    refresh_token: 'リフレッシュトークン',
    pasted: 'トークン',
  } as Record<string, string>,
  kinds: {
    jws: '署名付き JWT（JWS）',
    jwe: '暗号化（JWE）',
    opaque: '不透明（Opaque）',
    malformed: '有効なトークンではありません',
  } as Record<string, string>,
  header: 'ヘッダー',
  claims: 'クレーム',
  claimsHint: '名前を押すと意味を表示',
  rawJson: '生の JSON',
  copyHeader: 'ヘッダーの JSON をコピー',
  copyClaims: 'クレームの JSON をコピー',
  copyToken: 'トークンをコピー',
  showAllRows: (n: number) => `全 ${count.format(n)} 行を表示`,
  showAllText: (n: number) => `全 ${count.format(n)} 文字を表示`,
  noScopes: 'スコープなし。',
  explainScopes: '各スコープの意味',
  hideScopes: '名前のみ',
  characters: (n: number) => `${count.format(n)} 文字`,
} satisfies typeof en.tokenUi;
