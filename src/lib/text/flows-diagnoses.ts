/** The texts of en/flows-diagnoses, read in the current language. */
import * as en from './en/flows-diagnoses';
import { localized } from './locale';

export const flowDiagnoses = localized('flows-diagnoses', 'flowDiagnoses', en.flowDiagnoses);
