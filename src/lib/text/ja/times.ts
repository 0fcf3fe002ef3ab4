import type * as en from '../en/times';

/**
 * 時刻クレームの言葉: 過去・未来それぞれの読み方。
 * 呼び出し側は `${verb} ${relative}` の順に組み立てるため（英語の語順）、
 * 日本語では「動詞:」をラベルとして先に置き、相対時刻（Intl の 'ja' 形式、例: 3 年前）を後に続けます。
 */
export const timeVerbs = {
  exp: { past: '期限切れ:', future: '有効期限:' },
  nbf: { past: '有効開始:', future: '有効開始:' },
  iat: { past: '発行:', future: '発行（未来の時刻です！）:' },
  auth_time: { past: 'サインイン:', future: 'サインイン（未来の時刻です！）:' },
  updated_at: { past: '更新:', future: '更新（未来の時刻です！）:' },
} satisfies typeof en.timeVerbs;

export const validityTexts = {
  expired: (relative: string) => `${relative}に期限切れになりました。`,
  notYetValid: (relative: string) => `まだ有効ではありません: ${relative}に有効になります。`,
  valid: (relative: string) => `有効: ${relative}に期限切れになります。`,
  noExpiry: () => 'exp クレームがありません。このトークンは期限切れにならず、多くの API はそれを理由に拒否します。',
  badExpiry: () => 'exp クレームが秒数ではないため、どの API もこのトークンの有効期限を判断できません。',
} satisfies typeof en.validityTexts;

export const timeFormats = {
  outOfRange: '日付の範囲外',
  millisecondsAs: (local: string) => `ミリ秒として読むと ${local} です。`,
} satisfies typeof en.timeFormats;
