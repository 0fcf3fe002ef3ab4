/**
 * What a token box needs: reading pasted text into tokens and their view at a given time. Fetched with the token
 * view when a person points at, focuses or pastes into a box (src/state/analysis.svelte.ts).
 */
export { decodeInput, decodeResponse, viewAt } from '../token/inspect';
/** The example token response (the Example button, and the view drawn off the page to warm the code up). */
export { default as example } from '../examples/seed-token-response.json';
