export type ThemeChoice = 'system' | 'light' | 'dark';

/** Light, dark or the system's: kept in memory only, since this page stores nothing. */
export class ThemeState {
  choice = $state<ThemeChoice>('system');

  /** Mirror the choice onto <html data-theme>, which the stylesheet reads. */
  apply(root: HTMLElement): void {
    if (this.choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = this.choice;
  }
}
