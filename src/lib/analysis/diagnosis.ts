/**
 * What an answer needs: the catalogue and its texts, the success summary, the report, and the readers of pasted
 * answers. Fetched as soon as Send is pressed, or when a person goes to paste an answer (or anything).
 */
export { diagnose } from '../diagnose';
export { bySeverity } from '../diagnose/severity';
export { diagnoseVerification } from '../diagnose/verification';
export { dashboardUrl } from '../loop/dashboard';
export { summarizeSuccess } from '../loop/summary';
export { classifyPaste } from '../paste/classify';
export { readConsoleMessage } from '../paste/console';
export { readHtmlPage } from '../paste/html';
export { buildReport } from '../report';
export { parsePastedResponse } from '../response/parse';
