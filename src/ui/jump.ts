import { tick } from 'svelte';

/** How long a control the person was sent to stays highlighted. */
const highlightMs = 2500;

/**
 * Take the person to a control a fix names: bring it into view, focus it and highlight it for a moment. The
 * highlight is on the control's field (its label and help too), so it is seen whatever the control looks like.
 */
export function jumpTo(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  const area = element.closest<HTMLElement>('.field, label, fieldset') ?? element;
  area.classList.remove('jumped');
  // Restart the highlight when the same control is named twice in a row.
  void area.offsetWidth;
  area.classList.add('jumped');
  setTimeout(() => area.classList.remove('jumped'), highlightMs);
  return true;
}

/** Once the page has drawn a new result, move focus to its title, so it is read out and in view. */
export async function focusResult(selector = '#response [data-testid="diagnosis"] [data-result-title]'): Promise<void> {
  await tick();
  document.querySelector<HTMLElement>(selector)?.focus();
}

/** Focus an element that is about to appear (a panel whose code is still loading), within a few seconds. */
export function focusWhenShown(id: string, { scroll = true, timeoutMs = 5000 } = {}): void {
  const started = performance.now();
  const attempt = () => {
    const element = document.getElementById(id);
    if (element) {
      if (scroll) element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    } else if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
