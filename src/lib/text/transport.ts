/** The texts of en/transport, read in the current language. */
import * as en from './en/transport';
import { localized } from './locale';

export const transportEvidence = localized('transport', 'transportEvidence', en.transportEvidence);
