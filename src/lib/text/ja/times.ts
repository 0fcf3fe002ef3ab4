import type * as en from '../en/times';

/** 「3 年前」なら「3 年前に」、Intl が「今」と言うときは「今」のまま（「今に発行」とは言わないため）。 */
const at = (relative: string) => (relative === '今' ? relative : `${relative}に`);

/** 時刻クレームの言葉: 相対時刻（Intl の 'ja' 形式、例:「3 年前」「23 時間後」）を文のどこに置くか。 */
export const timeVerbs = {
  exp: { past: (relative) => `${at(relative)}期限切れ`, future: (relative) => `${at(relative)}期限切れ` },
  nbf: { past: (relative) => `${relative}から有効`, future: (relative) => `${at(relative)}有効になります` },
  iat: { past: (relative) => `${at(relative)}発行`, future: (relative) => `${at(relative)}発行（未来の時刻です！）` },
  auth_time: {
    past: (relative) => `${at(relative)}サインイン`,
    future: (relative) => `${at(relative)}サインイン（未来の時刻です！）`,
  },
  updated_at: {
    past: (relative) => `${at(relative)}更新`,
    future: (relative) => `${at(relative)}更新（未来の時刻です！）`,
  },
} satisfies typeof en.timeVerbs;

export const validityTexts = {
  expired: (relative: string) => `${at(relative)}期限切れになりました。`,
  notYetValid: (relative: string) => `まだ有効ではありません: ${at(relative)}有効になります。`,
  valid: (relative: string) => `有効: ${at(relative)}期限切れになります。`,
  noExpiry: () => 'exp クレームがありません。このトークンは期限切れにならず、多くの API はそれを理由に拒否します。',
  badExpiry: () => 'exp クレームが秒数ではないため、どの API もこのトークンの有効期限を判断できません。',
} satisfies typeof en.validityTexts;

export const timeFormats = {
  locale: 'ja',
  outOfRange: '日付の範囲外',
  millisecondsAs: (local: string) => `ミリ秒として読むと ${local} です。`,
} satisfies typeof en.timeFormats;
