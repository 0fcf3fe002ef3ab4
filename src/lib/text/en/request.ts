import type { FieldName } from '../../request/fields';

/** Labels of the request form's fields (see shared/ui-contract.md: they are the accessible names tests use). */
export const fieldLabels: Record<FieldName, string> = {
  client_id: 'Client ID',
  client_secret: 'Client secret',
  client_assertion: 'Client assertion',
  audience: 'Audience',
  scope: 'Scope',
  username: 'Username',
  password: 'Password',
  realm: 'Realm',
  refresh_token: 'Refresh token',
  code: 'Authorization code',
  code_verifier: 'Code verifier',
  redirect_uri: 'Redirect URI',
  otp: 'OTP',
  mfa_token: 'MFA token',
  oob_code: 'OOB code',
  binding_code: 'Binding code',
  recovery_code: 'Recovery code',
  device_code: 'Device code',
  auth_req_id: 'Auth request ID',
  subject_token: 'Subject token',
  subject_token_type: 'Subject token type',
};

export const fieldHelp: Partial<Record<FieldName, string>> = {
  audience: 'The API identifier (Applications > APIs). Without it Auth0 returns a token only good for /userinfo.',
  scope: 'Space-separated, e.g. openid profile email offline_access.',
  realm: 'The connection name, e.g. Username-Password-Authentication (passwordless: email or sms).',
  redirect_uri: 'Exactly the redirect_uri sent to /authorize, when one was sent.',
  code_verifier: 'PKCE: the verifier whose challenge went to /authorize. Required for public clients.',
  client_assertion:
    'A JWT signed with the application’s private key (Private Key JWT), sent with client_assertion_type jwt-bearer. Signed here from the key below before each send, or sent as written; valid for a minute or so.',
  subject_token_type: 'A URI, e.g. urn:ietf:params:oauth:token-type:access_token or your custom profile’s type.',
};

export const grantLabels: Record<string, string> = {
  password: 'Password (Resource Owner Password)',
  'http://auth0.com/oauth/grant-type/password-realm': 'Password with realm (password-realm)',
  client_credentials: 'Client credentials (machine to machine)',
  authorization_code: 'Authorization code (with optional PKCE)',
  refresh_token: 'Refresh token',
  'urn:ietf:params:oauth:grant-type:device_code': 'Device code',
  'urn:openid:params:grant-type:ciba': 'Client-initiated backchannel (CIBA)',
  'http://auth0.com/oauth/grant-type/passwordless/otp': 'Passwordless one-time code',
  'http://auth0.com/oauth/grant-type/mfa-otp': 'MFA: one-time password',
  'http://auth0.com/oauth/grant-type/mfa-oob': 'MFA: out of band (push, SMS, email)',
  'http://auth0.com/oauth/grant-type/mfa-recovery-code': 'MFA: recovery code',
  'urn:ietf:params:oauth:grant-type:token-exchange': 'Token exchange',
};

export const clientAuthLabels = {
  client_secret_post: 'client_secret_post: secret in the body',
  client_secret_basic: 'client_secret_basic: HTTP Basic header',
  private_key_jwt: 'private_key_jwt: assertion signed with a private key',
  none: 'none: public client (SPA, Native)',
};

export const encodingLabels = {
  json: 'JSON (as in Auth0’s docs)',
  form: 'Form-encoded (RFC 6749)',
};

export const encodingHelp = {
  json: 'A JSON POST from a browser is first checked with a CORS preflight: if this page’s origin is not allowed, the tenant never processes the request.',
  form: 'A form-encoded POST needs no preflight: the tenant receives and processes it (it counts toward brute-force protection and shows in the tenant’s logs) even when the browser is then not allowed to read the answer.',
};
