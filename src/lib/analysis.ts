/**
 * Everything that reads, explains and diagnoses: loaded as its own chunk right after the first paint, so the
 * page appears without waiting for the catalogue and the claim texts.
 */
export { decodeInput, decodeResponse, viewAt } from './token/inspect';
export { diagnose } from './diagnose';
export { endpoints } from './endpoint';
export { endpointTexts } from './text/endpoints';
export { diagnoseVerification } from './diagnose/verification';
export { bySeverity } from './diagnose/severity';
export { lintRequest } from './diagnose/lints';
export { buildReport } from './report';
export { parsePastedResponse } from './response/parse';
export { importCurl } from './request/curl-import';
export { buildHttpRequest, maskSecrets } from './request/build';
export { curlForScreen, toCurl } from './request/curl-export';
export { shareFragment } from './prefill/link';
export { placeholderIssues } from './request/placeholders';
export { validateForm } from './request/validate';
export { parseFragment } from './prefill/fragment';
export { parseTenant } from './tenant/domain';
export { failedSend, sendRequest } from './transport/send';
export { validateTimeout } from './request/timeout';
export { classifyPaste } from './paste/classify';
export { readConsoleMessage } from './paste/console';
export { readHtmlPage } from './paste/html';
export { dashboardUrl } from './loop/dashboard';
export { fixTargets } from './loop/targets';
export { summarizeSuccess } from './loop/summary';
