/**
 * The static shell (the first screen, written into index.html at build time) takes typing and pastes before the app
 * has mounted. This module is in the entry script, so it is small: it notes how each box was last changed, for the
 * hand-over (handover.ts), and starts the app on a person's first sign of using the page.
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

/**
 * What a person does first on a page they mean to use: the pointer comes onto it (a move, a press, a touch), or the
 * keyboard does (a key, a focus), or something is put into it.
 */
const intents = ['pointermove', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'paste', 'input', 'change', 'drop'];

/**
 * Call `start` once, on the first of `intents` anywhere in `document` (a disabled button of the shell among them:
 * pointing at it starts the app that enables it), or when the address changes (an in-page link).
 */
export function onFirstIntent(document: Document, start: () => void): void {
  const first = new AbortController();
  const fire = () => {
    first.abort();
    start();
  };
  const options = { capture: true, passive: true, signal: first.signal };
  for (const name of intents) document.addEventListener(name, fire, options);
  document.defaultView?.addEventListener('hashchange', fire, options);
}

/** Note every change in `root` until `endWatch`. */
export function watchShell(root: HTMLElement): void {
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
}

/** The app has taken the shell over (its boxes are its own now): stop watching. */
export const endWatch = (): void => watching.abort();
