import type { Facts } from '../../../diagnose/facts';
import { apiTexts } from './apis';
import { authorizeTexts } from './authorize';
import { clientTexts } from './clients';
import { codeTexts } from './codes';
import { connectionTexts } from './connections';
import { exchangeTexts } from './exchange';
import { extensibilityTexts } from './extensibility';
import type { DiagnosisText } from './generic';
import { keyTexts } from './keys';
import { legacyTexts } from './legacy';
import { limitTexts } from './limits';
import { managementTexts } from './management';
import { mfaTexts } from './mfa';
import { organizationTexts } from './organizations';
import { passkeyTexts } from './passkeys';
import { passwordlessTexts } from './passwordless';
import { pollingTexts } from './polling';
import { refreshTexts } from './refresh';
import { resourceServerTexts } from './resource-server';
import { sdkTexts } from './sdk';
import { signupTexts } from './signup';
import { userinfoTexts } from './userinfo';
import { userTexts } from './users';

export { grantCheckbox } from './paths';

type Texts = Record<string, (facts: Facts) => DiagnosisText>;

/** The texts of each area, under the file name its entries have in src/lib/diagnose/catalogue/. */
export const textsByArea: Record<string, Texts> = {
  apis: apiTexts,
  authorize: authorizeTexts,
  clients: clientTexts,
  codes: codeTexts,
  connections: connectionTexts,
  exchange: exchangeTexts,
  extensibility: extensibilityTexts,
  keys: keyTexts,
  legacy: legacyTexts,
  limits: limitTexts,
  management: managementTexts,
  mfa: mfaTexts,
  organizations: organizationTexts,
  passkeys: passkeyTexts,
  passwordless: passwordlessTexts,
  polling: pollingTexts,
  refresh: refreshTexts,
  'resource-server': resourceServerTexts,
  sdk: sdkTexts,
  signup: signupTexts,
  userinfo: userinfoTexts,
  users: userTexts,
};

/** Texts of every catalogue entry, by id: what happened, why, and the switch that fixes it. */
export const catalogueTexts: Texts = Object.assign({}, ...Object.values(textsByArea));
