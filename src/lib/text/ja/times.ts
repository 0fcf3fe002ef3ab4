import type * as en from '../en/times';

/** 時刻クレームの言葉: 相対時刻（Intl の 'ja' 形式、例:「3 年前」「23 時間後」）を文のどこに置くか。 */
export const timeVerbs = {
  exp: { past: (relative) => `${relative}に期限切れ`, future: (relative) => `${relative}に期限切れ` },
  nbf: { past: (relative) => `${relative}から有効`, future: (relative) => `${relative}に有効になります` },
  iat: { past: (relative) => `${relative}に発行`, future: (relative) => `${relative}に発行（未来の時刻です！）` },
  auth_time: {
    past: (relative) => `${relative}にサインイン`,
    future: (relative) => `${relative}にサインイン（未来の時刻です！）`,
  },
  updated_at: {
    past: (relative) => `${relative}に更新`,
    future: (relative) => `${relative}に更新（未来の時刻です！）`,
  },
} satisfies typeof en.timeVerbs;

export const validityTexts = {
  expired: (relative: string) => `${relative}に期限切れになりました。`,
  notYetValid: (relative: string) => `まだ有効ではありません: ${relative}に有効になります。`,
  valid: (relative: string) => `有効: ${relative}に期限切れになります。`,
  noExpiry: () => 'exp クレームがありません。このトークンは期限切れにならず、多くの API はそれを理由に拒否します。',
  badExpiry: () => 'exp クレームが秒数ではないため、どの API もこのトークンの有効期限を判断できません。',
} satisfies typeof en.validityTexts;

export const timeFormats = {
  locale: 'ja',
  outOfRange: '日付の範囲外',
  millisecondsAs: (local: string) => `ミリ秒として読むと ${local} です。`,
} satisfies typeof en.timeFormats;
