/**
 * What only an answer or a note fills in: the diagnosis cards, the raw answer, the notes before sending, how a
 * paste was read. Fetched with the code that makes them (src/ui/intent.ts), when a person is about to send or paste.
 */
export { default as DiagnosisList } from './result/DiagnosisList.svelte';
export { default as Lints } from './request/Lints.svelte';
export { default as PasteReading } from './paste/PasteReading.svelte';
export { default as RawBody } from './result/RawBody.svelte';
