import type { DiagnosisText } from './generic';
import { apis, docs } from './paths';

/** The token, by its wire name (access_token, id_token…), as a sentence names it. */
const tokenName = (token: string): string => token.replaceAll('_', ' ');

/** Texts of diagnoses drawn from a verification the person asked for. */
export const verificationTexts = {
  signatureInvalid: (token: string, reason: string): DiagnosisText => ({
    title: `The ${tokenName(token)}’s signature does not hold`,
    cause: reason,
    fix: [
      'Verify with the keys of the tenant that issued the token (its iss), and make sure the token was copied whole and unchanged.',
    ],
  }),
  checkFailed: (token: string, claim: string, detail: string): DiagnosisText => ({
    title: `The ${tokenName(token)} would be rejected: ${claim}`,
    cause: detail,
    fix:
      claim === 'aud'
        ? ['Request the token with the API’s Identifier as Audience, or correct the expected audience.']
        : claim === 'iss'
          ? ['Configure the API with the issuer exactly as the token carries it, trailing slash included.']
          : ['Check the clocks of this computer and of the API, or allow a small clock tolerance.'],
    breadcrumb: claim === 'aud' ? [...apis, 'Settings', 'Identifier'] : undefined,
    docs: docs.apis,
  }),
};
