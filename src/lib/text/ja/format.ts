import type * as en from '../en/format';

let list: Intl.ListFormat | undefined;

/** lib と state がそのまま渡す事実の言葉: 列挙、値がないこと、トークンを壊している文字。 */
export const formatTexts = {
  /** 文中の列挙（「a、b、c」）。Intl がロケールのデータを読むため、初めて使うときに作ります。 */
  list: (items: readonly string[]): string =>
    (list ??= new Intl.ListFormat('ja', { type: 'conjunction', style: 'short' })).format(items),
  missing: 'なし',
  character: {
    space: '空白',
    tab: 'タブ',
    invisible: (code: string): string => `不可視文字 U+${code}`,
  },
} satisfies typeof en.formatTexts;
