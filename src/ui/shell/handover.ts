import { flushSync } from 'svelte';

type Box = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One box of the shell a person changed: its id, its value, and how it was last changed. */
interface Changed {
  id: string;
  value: string;
  checked?: boolean;
  inputType: string;
}

/** Where the focus was: a box by id with its selection, or another control (a skip link) by its place. */
interface Focus {
  id?: string;
  /** Its index among the shell's `focusable` elements, and its tag, when it has no id. */
  at?: number;
  tag?: string;
  start: number | null;
  end: number | null;
  direction: 'forward' | 'backward' | 'none';
}

/** What a person left in the static shell: the boxes they changed, and where the focus and the caret were. */
export interface ShellInput {
  changed: Changed[];
  focus?: Focus;
}

/** What can hold the focus, in document order: the app draws the same elements in the same order as the shell. */
const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';

const isBox = (element: Element | null): element is Box =>
  element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;

const isDefault = (box: Box): boolean => {
  if (box instanceof HTMLSelectElement)
    return [...box.options].every((option) => option.selected === option.defaultSelected);
  if (box.type === 'checkbox' || box.type === 'radio')
    return (box as HTMLInputElement).checked === (box as HTMLInputElement).defaultChecked;
  return box.value === box.defaultValue;
};

/** The selection of a text box; other boxes (numbers, selects) have none. */
function selectionOf(box: Box): Pick<Focus, 'start' | 'end' | 'direction'> {
  try {
    if (!(box instanceof HTMLSelectElement) && box.selectionStart !== null)
      return { start: box.selectionStart, end: box.selectionEnd, direction: box.selectionDirection ?? 'none' };
  } catch {
    // An input type without a selection throws on reading it.
  }
  return { start: null, end: null, direction: 'none' };
}

/**
 * Read what a person typed into the shell under `root` before the app mounted: every box (matched by id) whose value
 * is not its default, and the focused element (a box with its selection). `inputType` says how a box was last
 * changed, when the shell's watcher saw it; a change made before any script ran is taken for a paste, as it most
 * likely was.
 */
export function readShell(root: HTMLElement, inputType: (box: Element) => string | undefined): ShellInput {
  const changed: Changed[] = [];
  for (const box of root.querySelectorAll('input, textarea, select')) {
    if (!isBox(box) || !box.id || isDefault(box)) continue;
    changed.push({
      id: box.id,
      value: box.value,
      ...(box instanceof HTMLInputElement && (box.type === 'checkbox' || box.type === 'radio')
        ? { checked: box.checked }
        : {}),
      inputType: inputType(box) ?? 'insertFromPaste',
    });
  }
  return { changed, ...focusIn(root) };
}

/** The focused element under `root`, if any: a keyboard user may have tabbed to a link or a box before the mount. */
function focusIn(root: HTMLElement): Pick<ShellInput, 'focus'> {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === root || !root.contains(active)) return {};
  if (isBox(active) && active.id) return { focus: { id: active.id, ...selectionOf(active) } };
  const at = [...root.querySelectorAll(focusable)].indexOf(active);
  if (at < 0) return {};
  return { focus: { at, tag: active.tagName, start: null, end: null, direction: 'none' } };
}

/** A paste into an empty box is replayed as a paste, so the box does what it does with one (decode, import…). */
function replayPaste(box: Box, text: string): boolean {
  if (box instanceof HTMLSelectElement || box.value !== '') return false;
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    return event.defaultPrevented;
  } catch {
    return false;
  }
}

function put(box: Box, { value, checked, inputType }: Changed): void {
  if (box instanceof HTMLSelectElement || checked !== undefined) {
    if (checked !== undefined && box instanceof HTMLInputElement) box.checked = checked;
    else box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (/^insertFrom(Paste|Drop)$/.test(inputType) && replayPaste(box, value)) return;
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
}

/**
 * Give the mounted app under `root` what the person typed into the shell: the choices first (a grant type decides
 * which fields exist), then the text, each with the event the app listens for; then the focus and the selection.
 */
export function restoreShell(root: HTMLElement, input: ShellInput): void {
  const find = (id: string): Box | undefined => {
    const element = root.querySelector(`#${CSS.escape(id)}`);
    return isBox(element) ? element : undefined;
  };
  const choices = input.changed.filter((change) => find(change.id) instanceof HTMLSelectElement);
  for (const change of choices) put(find(change.id) as Box, change);
  if (choices.length) flushSync();
  for (const change of input.changed) {
    const box = find(change.id);
    if (box && !choices.includes(change)) put(box, change);
  }
  flushSync();
  const { focus } = input;
  if (focus?.id === undefined) {
    const control = focus?.at === undefined ? undefined : root.querySelectorAll(focusable)[focus.at];
    if (control instanceof HTMLElement && control.tagName === focus?.tag) control.focus({ preventScroll: true });
    return;
  }
  const box = find(focus.id);
  if (!box) return;
  box.focus({ preventScroll: true });
  if (focus.start === null || focus.end === null || box instanceof HTMLSelectElement) return;
  try {
    box.setSelectionRange(
      Math.min(focus.start, box.value.length),
      Math.min(focus.end, box.value.length),
      focus.direction,
    );
  } catch {
    // A box that became a kind without a selection keeps the caret where the browser puts it.
  }
}
