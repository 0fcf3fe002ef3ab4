/**
 * What the request form needs: validation, placeholders, notes before sending, the curl (out and in), links, and
 * the send itself. Fetched when a person points at or focuses the form, or presses Send.
 */
export { lintRequest } from '../diagnose/lints';
export { fixTargets } from '../loop/targets';
export { shareFragment } from '../prefill/link';
export { parseFragment } from '../prefill/fragment';
export { buildHttpRequest, maskSecrets } from '../request/build';
export { curlForScreen, toCurl } from '../request/curl-export';
export { importCurl } from '../request/curl-import';
export { placeholderIssues } from '../request/placeholders';
export { validateTimeout } from '../request/timeout';
export { validateForm } from '../request/validate';
export { parseTenant } from '../tenant/domain';
export { failedSend, sendRequest } from '../transport/send';
