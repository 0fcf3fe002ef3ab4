/**
 * A short identifier split after its separators (`read:current_user` → `read:`, `current_`, `user`), so the browser
 * may wrap it between words (with <wbr>) instead of in the middle of one. Long values are left whole.
 */
export function wordParts(text: string, limit = 300): string[] {
  if (text.length > limit) return [text];
  return text.split(/(?<=[/:_.|?&=])/);
}
