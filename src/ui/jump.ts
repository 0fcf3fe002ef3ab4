import { tick } from 'svelte';

/** How long a control the person was sent to stays highlighted. */
const highlightMs = 2500;

/** The bottom of what the person sees: above the send bar where (on a phone) it is fixed over the page. */
function visibleBottom(): number {
  const bar = document.querySelector<HTMLElement>('[data-testid="send-bar"]');
  const fixed = bar && getComputedStyle(bar).position === 'fixed';
  return window.innerHeight - (fixed ? bar.getBoundingClientRect().height : 0);
}

/** Bring an element into view only when it is not wholly there already: a round on a wide screen never scrolls. */
function reveal(element: HTMLElement, block: ScrollLogicalPosition, whole: HTMLElement = element): void {
  const box = whole.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= visibleBottom()) return;
  element.scrollIntoView({ block });
}

/**
 * Take the person to a control a fix names: bring it into view, focus it and highlight it for a moment. The
 * highlight is on the control's field (its label and help too), so it is seen whatever the control looks like.
 */
export function jumpTo(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  const area = element.closest<HTMLElement>('.field, label, fieldset') ?? element;
  reveal(element, 'center', area);
  element.focus({ preventScroll: true });
  area.classList.remove('jumped');
  // Restart the highlight when the same control is named twice in a row.
  void area.offsetWidth;
  area.classList.add('jumped');
  setTimeout(() => area.classList.remove('jumped'), highlightMs);
  return true;
}

/**
 * Once the page has drawn a new result, move focus to its title, so it is read out, and bring the result into view
 * (its title at the top, its fix under it) when it is not there already.
 */
export async function focusResult(selector = '#response [data-testid="diagnosis"] [data-result-title]'): Promise<void> {
  await tick();
  const title = document.querySelector<HTMLElement>(selector);
  if (!title) return;
  title.focus({ preventScroll: true });
  reveal(title, 'start', title.closest<HTMLElement>('[data-testid="diagnosis"]') ?? title);
}

/** Focus an element that is about to appear (a panel whose code is still loading), within a few seconds. */
export function focusWhenShown(id: string, { timeoutMs = 5000 } = {}): void {
  const started = performance.now();
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) {
      element.focus({ preventScroll: true });
      reveal(element, 'start', element.closest<HTMLElement>('section') ?? element);
    } else if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Bring a result that is about to appear (a decoded token) into view when it is not there already. */
export function revealWhenShown(selector: string, { timeoutMs = 5000 } = {}): void {
  const started = performance.now();
  const attempt = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) reveal(element, 'start', element.querySelector<HTMLElement>('header') ?? element);
    else if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
