/**
 * What the first paint does not need, loaded right after it: the response and its diagnosis, the attempts, the
 * tokens received and what they can be used for, the notes before sending, how a paste was read, the bookmarklet.
 */
export { default as AttemptList } from './result/AttemptList.svelte';
export { default as ExchangeTokens } from './result/ExchangeTokens.svelte';
export { default as Lints } from './request/Lints.svelte';
export { default as PasteReading } from './paste/PasteReading.svelte';
export { default as ResponsePanel } from './result/ResponsePanel.svelte';
export { default as Bookmarklet } from './Bookmarklet.svelte';
export { default as UseLauncher } from './authorize/UseLauncher.svelte';
