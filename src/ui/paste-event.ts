/**
 * The text of a paste that replaces a box's whole content (the box is empty, or all of it is selected): such a paste
 * is taken whole, without laying a huge text out in the box. Undefined when the browser should insert it as usual.
 */
export function wholePaste(event: ClipboardEvent & { currentTarget: HTMLTextAreaElement }): string | undefined {
  const text = event.clipboardData?.getData('text/plain');
  const { value, selectionStart, selectionEnd } = event.currentTarget;
  if (text === undefined || (value !== '' && !(selectionStart === 0 && selectionEnd === value.length)))
    return undefined;
  event.preventDefault();
  return text;
}

/** An input event that a paste or a drop made (into text already there): a whole answer, taken at once. */
export function pastedInput(event: Event): boolean {
  return event instanceof InputEvent && (event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop');
}
