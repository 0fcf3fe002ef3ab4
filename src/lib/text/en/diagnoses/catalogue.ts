import type { Facts } from '../../../diagnose/facts';
import { clientTexts } from './catalogue-clients';
import { flowTexts } from './catalogue-flows';
import { userTexts } from './catalogue-users';
import type { DiagnosisText } from './generic';

export { grantCheckbox } from './paths';

/** Texts of every catalogue entry, by id: what happened, why, and the switch that fixes it. */
export const catalogueTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  ...clientTexts,
  ...userTexts,
  ...flowTexts,
};
