/** The texts of en/use, read in the current language. */
import * as en from './en/use';
import { localized } from './locale';
export type { UseFacts } from './en/use';

export const useMessages = localized('use', 'useMessages', en.useMessages);
export const useUi = localized('use', 'useUi', en.useUi);
export const useTexts = localized('use', 'useTexts', en.useTexts);
