import type * as en from '../../en/diagnoses/catalogue';
import { apiTexts } from './apis';
import { authorizeTexts } from './authorize';
import { clientTexts } from './clients';
import { codeTexts } from './codes';
import { connectionTexts } from './connections';
import { exchangeTexts } from './exchange';
import { extensibilityTexts } from './extensibility';
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

/** 各領域のテキスト。キーは src/lib/diagnose/catalogue/ での項目のファイル名です。 */
export const textsByArea = {
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
} satisfies typeof en.textsByArea;

/** カタログの全項目のテキスト（id ごと）: 何が起きたか、なぜか、どの設定で直るか。 */
export const catalogueTexts: typeof en.catalogueTexts = Object.assign({}, ...Object.values(textsByArea));
