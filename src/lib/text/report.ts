/** The texts of en/report, read in the current language. */
import * as en from './en/report';
import { localized } from './locale';

export const reportTexts = localized('report', 'reportTexts', en.reportTexts);
