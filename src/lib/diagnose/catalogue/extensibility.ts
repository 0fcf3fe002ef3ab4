import { grantsOf, networkFailure, type CatalogueEntry } from './entry';

/**
 * The tenant's own code: Actions, Rules, Hooks, custom database scripts and custom social connections. Their
 * exceptions and deliberate denials reach the answer with the code's own words.
 */
export const extensibility: CatalogueEntry[] = [
  {
    id: 'auth0.extensibility-timeout',
    descriptions: [
      /webtask exceeded allowed execution time/i,
      /script execution time exceeded/i,
      /esockettimedout/i,
      /blocked event loop/i,
      /(?:action|rule|hook|script|webtask) .{0,40}timed? ?out/i,
    ],
    weight: 1,
  },
  {
    // Too many of the tenant's Actions and scripts in flight at once: slow remote calls pile up until new ones wait.
    id: 'auth0.extensibility-concurrency',
    codes: ['resource_exhausted'],
    descriptions: [/\bresource_exhausted\b/i, /extensibility .{0,40}concurrency limit/i],
    weight: 2,
  },
  {
    id: 'auth0.custom-db-script-missing',
    descriptions: [
      /please implement the (?<script>[\w ]{1,40}?) script/i,
      /connection is not yet configured/i,
      /\b(?<script>(?:login|get_?user|create|verify|change_?password|change_?email|delete)) script does not exist/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.custom-db-script-error',
    endpoints: [
      '/oauth/token',
      '/authorize',
      '/co/authenticate',
      '/usernamepassword/login',
      '/oauth/ro',
      '/dbconnections/signup',
      '/dbconnections/change_password',
    ],
    // fcp: the tenant log's failed password change. The reset page's result URL says success=false.
    codes: ['fcp'],
    bodies: [/["']?fromSandbox["']?\s*:\s*true/, /[?&]success=false\b/],
    descriptions: [
      /custom (?:db|database) (?:script|connection) (?:error|failed)/i,
      /(?:login|get ?user|create|verify|change ?password|delete) script .{0,60}(?:failed|error|returned|threw|invalid)/i,
      /the operation cannot be completed/i,
      // Auth0's own store never says so: the script could not reach the database it logs users in against.
      /(?:could not|couldn'?t|unable to|cannot|failed to) connect to (?:the |your )?(?:database|db|mongo(?:db)?|mysql|postgres(?:ql)?|sql server|ldap)\b/i,
    ],
  },
  {
    id: 'auth0.extensibility-error',
    codes: ['extensibility_error'],
    // A live exception of the pasted process itself (`TypeError: Cannot read properties…` in a log or a trace, a module
    // its own require stack could not load) is the application's (auth0.app-crash), unless Auth0's sandbox or an Auth0
    // code shows; an answer that is the exception itself (`ReferenceError: Date is not defined` from a Rule) is still
    // the tenant's code.
    unless: [
      /^(?![ \t\n]{0,20}(?:TypeError|ReferenceError|Error):)(?![\s\S]{0,100000}?(?:webtask\.js|\/data\/(?:io|sandbox|_verquire)\/|auth0[- ]sandbox|server_error|extensibility_error|access_denied))[\s\S]{0,100000}?(?:\b(?:TypeError|ReferenceError): (?:cannot read propert|can't access property|[\w$]{1,60} is not (?:a function|defined))|cannot find module[^\n]{0,200}\n[^\n]{0,20}require stack:[ \t]*\n[^\n]{0,10}- (?!\/data\/))/i,
    ],
    errors: ['server_error', 'invalid_request', 'access_denied'],
    descriptions: [
      // What the code could not load or reach, named for the texts.
      /cannot find module '?(?<module>[@\w./-]{1,100})/i,
      networkFailure,
      /unknown error occurred/i,
      /unhandled (?:exception|error|promise rejection)/i,
      /^bad request\.?$/i,
      /^a server error occurred\.?$/i,
      /(?:hook|action|rule|script) (?:execution )?(?:failed|error|timed out)/i,
      /internal error in (?:action|rule|hook)/i,
      /error calling remote system/i,
      /\b(?:callback|\w+) is not a function/i,
      // A JavaScript ReferenceError: a lower-case identifier, not a sentence such as "Audience is not defined".
      /(?:^|[:(] )[a-z_$][\w$]{0,60} is not defined\b/,
      /ReferenceError: [\w$]{1,60} is not defined\b/,
      /cannot read propert(?:y|ies)/i,
      /can'?t access property/i,
      /compilation failed/i,
      /must use import to load es module/i,
      /invalid json response body/i,
      /unexpected token .{0,40}in json/i,
      /sandbox error/i,
      /auth0[- ]sandbox/i,
      /^error (?:in|from|while running) (?:the |an? )?(?:action|rule|hook)\b/i,
    ],
    // axios inside an Action, as Auth0's own sentence ("Request failed with status code 500"); printed by the
    // person's code around Auth0's answer (`AxiosError: Request failed with status code 403`), it is their own call.
    ownDescriptions: [/request failed with status code (?<calledStatus>\d{3})(?!:)/i],
  },
  {
    id: 'auth0.action-metadata-invalid',
    descriptions: [
      /failed to set (?:refresh token|session) metadata/i,
      /invalid metadata/i,
      /metadata must not exceed/i,
      /transaction metadata/i,
      // api.user.setAppMetadata(key, undefined) in an Action: the user update it makes is refused.
      /user update failed/i,
      /set(?:App|User)Metadata/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.dotted-fields',
    errors: ['invalid_request'],
    descriptions: [/fields with "?\."? are not allowed/i, /dotted fields/i],
  },
  {
    // Under client credentials there is no user: a refusal or an exception is the credentials-exchange code's own.
    id: 'auth0.credentials-exchange-denied',
    errors: ['invalid_request', 'invalid_scope', 'access_denied', 'server_error'],
    descriptions: [
      /^not a valid request\.?$/i,
      /^scope is not permitted\.?$/i,
      /not authorized for (?:this|those|the requested) scopes?/i,
      /unhandled (?:exception|error|promise rejection)/i,
      /api\.access\.deny/i,
      /credentials[- ]exchange/i,
    ],
    grants: grantsOf.clientCredentials,
    grantOnly: true,
  },
  {
    // The Authorization Extension's rule, calling the extension's own API during login.
    id: 'auth0.authorization-extension',
    descriptions: [/authorization extension/i, /\bno_end_users\b/],
    weight: 2,
  },
  {
    // A tenant log's deprecation note: a Rule or Action sets custom claims the tenant will drop or rename.
    id: 'auth0.custom-claims-namespace',
    descriptions: [/custom claims must be namespaced/i, /(?:non-namespaced|not namespaced) (?:custom )?claims?/i],
    weight: 2,
  },
  { id: 'auth0.rule-denied', codes: ['unauthorized'] },
  {
    id: 'auth0.access-denied',
    codes: ['access_denied'],
    // A scope or permission refused (by the provider, an API or the application's grant) is not a tenant's rule.
    unless: [/\bscopes?\b/i, /\bpermissions? (?:requested|for the scope)|(?:requested|missing) permissions?/i],
  },
];
