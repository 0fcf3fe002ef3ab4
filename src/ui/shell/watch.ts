/**
 * The static shell (the first screen, written into index.html at build time) takes typing and pastes before the app
 * has mounted. This module is in the entry script, so it is small: it notes how each box was last changed, for the
 * hand-over (handover.ts), and starts the app at once when a person begins to type or paste.
 */
const inputTypes = new WeakMap<EventTarget, string>();
const watching = new AbortController();

/** How a box of the shell was last changed (`insertFromPaste`, `insertText`…), if seen. */
export const shellInputType = (element: Element): string | undefined => inputTypes.get(element);

/**
 * A paste goes in where the selection is, as the browser would put it: done here so that a paste event made by a
 * script (which the browser never carries out itself) lands too, and is known to be a paste.
 */
function insertPaste(event: ClipboardEvent): void {
  const box = event.target;
  const text = event.clipboardData?.getData('text/plain');
  if (!(box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) || text === undefined) return;
  if (box.readOnly || box.disabled || box.selectionStart === null || box.selectionEnd === null) return;
  event.preventDefault();
  box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
  inputTypes.set(box, 'insertFromPaste');
}

/** Note every change in `root`, and call `start` on the first keystroke, paste or change, until `endWatch`. */
export function watchShell(root: HTMLElement, start: () => void): void {
  const { signal } = watching;
  const options = { capture: true, passive: true, signal };
  root.addEventListener(
    'input',
    (event) => {
      if (event.target && event instanceof InputEvent) inputTypes.set(event.target, event.inputType);
    },
    options,
  );
  root.addEventListener('paste', insertPaste, { capture: true, signal });
  for (const name of ['keydown', 'paste', 'input', 'change', 'drop']) root.addEventListener(name, start, options);
}

/** The app has taken the shell over (its boxes are its own now): stop watching. */
export const endWatch = (): void => watching.abort();
