import { clientIdTrouble, legacyRo, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { app, appSettings, credentials, docs, grantCheckbox, grantTypes, said } from './paths';

/** The application itself: its grants, its credentials and its client id. */
/** A public client's setting: first when the paste shows a flow without a secret. */
const publicClient =
  'For a browser or PKCE flow: Application Type Single Page Application (or Native) with Authentication Method None, and no secret sent.';

export const clientTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.pkce-not-allowed': (f) => ({
    title: 'This application may not log in with PKCE',
    cause: `A mobile, desktop or single-page app logs in with PKCE and no secret. Auth0 allows that only for a public application: Application Type Native (or Single Page Application) and Token Endpoint Authentication Method None. This application is set up as a confidential one (Regular Web Application, or with a client secret required).${said(f)}`,
    fix: [
      'Applications > Applications > your app > Settings: set Application Type to Native (mobile, desktop) or Single Page Application, and Save.',
      'Credentials tab: set Authentication Method to None.',
      'Or use another application for the app: keep a web back end’s application confidential.',
    ],
    breadcrumb: [...appSettings, 'Application Type'],
    docs: docs.publicClients,
  }),
  'auth0.grant-not-allowed': (f) => ({
    title: `${grantCheckbox(f.grant)} grant not enabled for this application`,
    cause: `The application${f.clientId ? ` ${f.clientId}` : ''} may not use the ${f.grant ?? 'requested'} grant. An application starts with the grants of its type only; Password has been off by default since 2017, and single-page apps cannot have Client Credentials or Password at all.`,
    fix: [
      ...(f.grant === 'client_credentials'
        ? [
            'An application whose Authentication Method is None (a public client, e.g. after making it a Single Page Application) cannot keep the Client Credentials grant: the Dashboard unticks it. A server calling with client_credentials needs a confidential application (Machine to Machine, or a Regular Web Application with its secret), separate from the public one.',
          ]
        : []),
      ...(legacyRo(f)
        ? [
            'This is the legacy /oauth/ro grant, which embedded Lock (Lock 10, lock-passwordless, Lock.Android and Lock.swift outside OIDC-conformant mode) and old SDKs send; applications made after mid-2017 cannot tick it. Turn the SDK to OIDC-conformant mode (Lock: oidcConformant: true; Lock.Android / Lock.swift: setOIDCConformant(true) / .oidc()) so it uses /oauth/token, or move to Universal Login; passwordless codes then go through the Passwordless OTP grant.',
          ]
        : []),
      'Open the application: Applications > Applications > your app.',
      `Settings > Advanced Settings > Grant Types: tick “${grantCheckbox(f.grant)}”.`,
      'Save Changes, then send again.',
      'If the client_id is not yours (a vendor’s application that a script or an integration reuses), its grants cannot change: use the flow it allows, usually Authorization Code with PKCE in a browser, and keep the refresh token it gives.',
    ],
    breadcrumb: [...grantTypes, grantCheckbox(f.grant)],
    docs: docs.grantTypes,
  }),
  'auth0.unsupported-grant-type': (f) => ({
    title: 'Unknown or unsupported grant type',
    cause: `The tenant does not support grant_type ${f.grant ? `“${f.grant}”` : 'as sent'}: a typo (Auth0’s grants are case-sensitive URIs such as http://auth0.com/oauth/grant-type/password-realm), or a grant this tenant does not offer (CIBA, Token Exchange and Token Vault need their features enabled; an old tenant may lack refresh_token for its application type).${said(f)}`,
    fix: [
      'Pick the grant from the Grant type list instead of typing it.',
      'For a feature grant, enable the feature on the tenant first, then tick it under Settings > Advanced Settings > Grant Types.',
    ],
    breadcrumb: grantTypes,
    docs: docs.grantTypes,
  }),
  'auth0.client-authentication-failed': (f) => ({
    title: 'The application could not be authenticated',
    cause:
      'Auth0 answers a bare “Unauthorized” when the client id is unknown, the secret is wrong, or the way the secret is sent does not match the application’s Authentication Method. From a browser, it also means a confidential application was used where only a public one (Single Page Application or Native, Authentication Method None) may be.',
    fix: [
      ...(f.paramsInQuery
        ? [
            `The paste sends the parameters in the URL (/oauth/token?client_id=…): Auth0 reads them only from the request body, so it saw no client at all. POST them as the body, form-encoded or JSON.`,
          ]
        : []),
      ...(f.publicFlow ? [publicClient] : []),
      `Copy Client ID and Client Secret again from Applications > Applications > your app > Settings${f.clientId ? ` (you sent ${f.clientId})` : ''}; a rotated secret invalidates the old one.`,
      'Set Client authentication to match the app’s Credentials > Authentication Method: Client Secret (Post), Client Secret (Basic) or None.',
      ...(f.publicFlow ? [] : [publicClient]),
      'Works locally but not once deployed: check the deployed environment variables for quotes, spaces or a line break around the client id, secret or scope.',
      'A browser and a server calling with one application cannot both be right: register a public application (Authentication Method None) and a confidential one.',
    ],
    breadcrumb: [...credentials, 'Authentication Method'],
    docs: docs.publicClients,
  }),
  'auth0.client-auth-required': (f) => ({
    title: 'This application must send its client secret here',
    cause: `${f.endpoint ?? 'The endpoint'} authenticates confidential applications (Regular Web App, Machine to Machine): their Authentication Method is not None, so the request must carry the secret (or a private key JWT).${said(f)}`,
    fix: [
      'Send client_secret with client_id (or an HTTP Basic header), as Credentials > Authentication Method says.',
      'For a browser or mobile app that cannot keep a secret: make it a Single Page or Native application, Authentication Method None.',
    ],
    breadcrumb: [...credentials, 'Authentication Method'],
    docs: docs.publicClients,
  }),
  'auth0.invalid-client': (f) => ({
    title: 'Client authentication failed (invalid_client)',
    cause: `${f.endpoint ?? 'The tenant'} could not authenticate the application: unknown client id, wrong secret, a public client sending a secret, or a private-key JWT it could not verify.${said(f)}`,
    fix: [
      'Copy Client ID and the credential again from Applications > Applications > your app.',
      'Match Client authentication to Credentials > Authentication Method.',
    ],
    breadcrumb: credentials,
    docs: docs.publicClients,
  }),
  'auth0.client-assertion': (f) => ({
    title: 'The client assertion (private key JWT) was refused',
    cause: `With Private Key JWT, the application signs a short-lived JWT (client_assertion) with its private key; Auth0 checks it against the public key registered on the application: iss and sub the client id, aud the tenant’s token URL, a near exp, a fresh jti.${said(f)}`,
    fix: [
      'Check the assertion: iss and sub are the client id, aud is https://YOUR_DOMAIN/ (or its /oauth/token URL), exp within a few minutes, jti never reused.',
      'Check the signing key is registered under Applications > Applications > your app > Credentials, with the same kid and algorithm (RS256, RS384, PS256).',
      'Send client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer and no client_secret.',
    ],
    breadcrumb: [...credentials, 'Private Key JWT'],
    docs: docs.privateKeyJwt,
  }),
  'auth0.client-assertion-key': (f) => ({
    title: 'No registered key matches the client assertion',
    cause: `The assertion’s kid (or its signature) matches none of the public keys registered for Private Key JWT on this application, or none is registered yet.${said(f)}`,
    fix: [
      'Applications > Applications > your app > Credentials: add the public key (PEM) of the private key that signs, or check the one there.',
      'Put that credential’s kid in the assertion header, or leave kid out to let Auth0 try each key.',
    ],
    breadcrumb: [...credentials, 'Private Key JWT'],
    docs: docs.privateKeyJwt,
  }),
  'auth0.mtls-certificate': (f) => ({
    title: 'The client certificate (mTLS) was refused',
    cause: `With mTLS client authentication, the TLS connection must present the certificate registered for this application (self-signed: its exact certificate; CA-signed: its subject DN), through the tenant’s mTLS endpoint alias.${said(f)}`,
    fix: [
      'Send to the tenant’s mTLS endpoints (the mtls_endpoint_aliases of its discovery document), with the certificate and key of this application.',
      'Applications > Applications > your app > Credentials: check the registered certificate (or subject DN) is the one you present.',
      'For certificate-bound tokens, call the API over the same certificate.',
    ],
    breadcrumb: [...credentials, 'mTLS'],
    docs: docs.mtls,
  }),
  'auth0.unknown-client': (f) => ({
    title: 'No application with this client id',
    cause: `The client id${(f.unknownClient ?? f.clientId) ? ` ${f.unknownClient ?? f.clientId}` : ''} does not belong to this tenant: a typo, an application deleted, or the client id of another tenant (each tenant has its own applications).`,
    fix: [
      ...{
        registered: [
          `${f.unknownClient} was made by Dynamic Client Registration (an MCP client, a connector): that registration is gone (deleted, or the server moved to another tenant or a fixed client). Make the client register again: remove the connector and add it back.`,
        ],
        garbled: [
          `“${f.unknownClient}” has characters no client id has: compare it character by character with the Client ID in the Dashboard (quotes, spaces or a line break from an environment variable, look-alikes such as l and 1).`,
        ],
        'or-grant': [
          'The words also cover an application that exists but may not use this flow: check its Grant Types (Applications > Applications > your app > Settings > Advanced Settings), e.g. Device Code for /oauth/device/code, on a Native application.',
        ],
        none: [],
      }[clientIdTrouble(f) ?? 'none'],
      'Copy the Client ID from Applications > Applications > your app > Settings of this very tenant.',
      'A client_id that is a URL (an MCP client’s Client ID Metadata Document) must be registered with the tenant first: through Dynamic Client Registration or the Management API.',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.missing-client-id': () => ({
    title: 'No client_id was sent',
    cause: 'Every request to the Authentication API names its application, in client_id (or in an HTTP Basic header).',
    fix: ['Fill Client ID (Applications > Applications > your app > Settings).'],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.unauthorized-client': (f) => ({
    title: f.grant
      ? `This application may not use ${grantCheckbox(f.grant)}: its grant or its type`
      : 'This application may not do this',
    cause: `The tenant refused the application itself. Typical causes: the grant is not ticked for it, an application type that cannot use this flow, a third-party application without a client grant for the API, or a disabled application.${said(f)}`,
    fix: [
      f.grant
        ? `Applications > Applications > your app > Settings > Advanced Settings > Grant Types: tick “${grantCheckbox(f.grant)}”, and save.`
        : 'Check the application’s grants: Applications > Applications > your app > Settings > Advanced Settings > Grant Types, for the flow you run.',
      'Check its type: a Single Page Application cannot have Client Credentials or Password; a Machine to Machine application logs in no users. Use an application of the type the flow needs.',
      'For a third-party application, authorize it for the API (Applications > APIs > your API > Application Access).',
      'If the client_id is not yours (a vendor’s application that a script or an integration reuses), its grants cannot change: use the flow it allows, usually Authorization Code with PKCE in a browser.',
    ],
    breadcrumb: f.grant ? [...grantTypes, grantCheckbox(f.grant)] : grantTypes,
    docs: docs.grantTypes,
  }),
  'auth0.device-code-public-client': () => ({
    title: 'Device Code needs Authentication Method None',
    cause:
      'An application with the Device Code grant runs on a device that cannot keep a secret, so Auth0 requires its token endpoint authentication method to be none.',
    fix: [
      'Applications > Applications > your app > Credentials > Authentication Method: None (or token_endpoint_auth_method "none" in the Management API call).',
      'Use a Native application for the device; keep secrets in a separate confidential application.',
    ],
    breadcrumb: [...app, 'Credentials', 'Authentication Method'],
    docs: docs.deviceFlow,
  }),
};
