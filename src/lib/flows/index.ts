/** What the steps before the token load, as one chunk, when a flow or the private key box is first used. */
export { checkAssertion } from './checks';
export { readSigningKey, signAssertion, tenantAudience, assertionAlgs } from './assertion';
export * from './polling';
export * from './steps';
export * from './answers';
export { decodeToken } from '../token/decode';
export { parseTenant } from '../tenant/domain';
