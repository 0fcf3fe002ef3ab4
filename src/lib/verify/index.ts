/** Signature verification and claim validation: its own chunk, loaded when someone presses Verify. */
export { parseKeyMaterial, type KeyMaterial, type SecretEncoding } from './keys';
export { verifySignature, type SignatureResult } from './verify';
export { validateClaims, withheldChecks, type ClaimCheck, type Expectations } from './claims';
export { loadTenantKeys } from './tenant-keys';
export { fetchJson } from '../transport/json';
