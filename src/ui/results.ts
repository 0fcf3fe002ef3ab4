/**
 * The regions that show results, loaded right after the first paint (a frame after the form can be used): the
 * response with the box for pasting one, the attempts, the tokens received and what they can be used for, the
 * bookmarklet. What only an answer or a note fills in comes on intent, with the code that makes it (./answers).
 */
export { default as AttemptList } from './result/AttemptList.svelte';
export { default as ExchangeTokens } from './result/ExchangeTokens.svelte';
export { default as ResponsePanel } from './result/ResponsePanel.svelte';
export { default as Bookmarklet } from './Bookmarklet.svelte';
export { default as UseLauncher } from './authorize/UseLauncher.svelte';
