import { apis } from './apis';
import { authorize } from './authorize';
import { clients } from './clients';
import { codes } from './codes';
import { connections } from './connections';
import type { CatalogueEntry } from './entry';
import { exchange } from './exchange';
import { extensibility } from './extensibility';
import { keys } from './keys';
import { legacy } from './legacy';
import { limits } from './limits';
import { managementApi } from './management';
import { mfa } from './mfa';
import { organizations } from './organizations';
import { passkeys } from './passkeys';
import { passwordless } from './passwordless';
import { polling } from './polling';
import { refresh } from './refresh';
import { resourceServer } from './resource-server';
import { sdk } from './sdk';
import { signup } from './signup';
import { userinfo } from './userinfo';
import { users } from './users';

/** The entries of each area, by file name: their texts are in text/en/diagnoses/ under the same name. */
export const areas: Record<string, CatalogueEntry[]> = {
  clients,
  apis,
  connections,
  users,
  signup,
  passkeys,
  limits,
  mfa,
  passwordless,
  authorize,
  codes,
  refresh,
  polling,
  exchange,
  organizations,
  userinfo,
  management: managementApi,
  'resource-server': resourceServer,
  keys,
  sdk,
  legacy,
  extensibility,
};

/**
 * Every known Auth0 condition, one file per area. Order breaks exact ties only: an area's special cases carry a
 * weight instead. The catch-alls (`auth0.rule-denied`, `auth0.access-denied`) come last.
 */
export const catalogue: CatalogueEntry[] = Object.values(areas).flat();

export type { CatalogueEntry } from './entry';
