import { pinnedModule, refusedOnPurpose, saysNoReason, soundsLikeCrash, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, actionsLibrary, codeHome, customDatabase, docs, logs, said } from './paths';

/** Where to see what the code really threw. */
const seeLogs =
  'See the real error: Monitoring > Logs (the failed entry’s details), or the Action’s real-time logs (Actions > Library > the Action > View Logs) while you send again.';

/** The tenant's own code: Actions, Rules, Hooks, custom database scripts. */
export const extensibilityTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.extensibility-timeout': (f) => ({
    title: 'Your own code ran out of time',
    cause: `An Action, Rule, Hook or custom database script of this tenant did not finish in time (about 20 s), usually waiting on a slow or unreachable remote service.${said(f)}`,
    fix: [
      seeLogs,
      'Find the slow call (Actions > Library, Auth Pipeline > Rules / Hooks, Authentication > Database > your connection > Custom Database) and give it its own short timeout.',
    ],
    breadcrumb: logs,
    docs: docs.actionsLogs,
  }),
  'auth0.extensibility-concurrency': (f) => ({
    title: 'Too many of your Actions and scripts were running at once',
    cause: `The tenant has a limit on how many Actions, Rules, Hooks and custom database scripts may run at the same time. When they wait on slow remote calls, runs pile up until new logins are refused with resource_exhausted.${said(f)}`,
    fix: [
      'Find the slow remote calls (Actions > Library, Authentication > Database > your connection > Custom Database), give each a short timeout, cache what can be cached and drop calls a login does not need.',
      'Monitoring > Logs and the Actions’ execution times show which one waits; spread bursts of traffic (bulk jobs, load tests) over time.',
      'If the traffic is real and the code is fast, a plan with a higher extensibility limit is the remaining fix.',
    ],
    breadcrumb: actionsLibrary,
    docs: docs.actionsLogs,
  }),
  'auth0.custom-db-script-missing': (f) => ({
    title: `The custom database has no ${f.script ?? ''} script`.replace('  ', ' '),
    cause: `The connection uses its own database, and the script this operation needs (${f.script ?? 'Login, Get User, Create…'}) is still the empty template.`,
    fix: [
      `Authentication > Database > your connection > Custom Database: write the ${f.script ?? 'missing'} script, and try it with Save and Try.`,
      'Or turn Use my own database off if users should live in Auth0.',
    ],
    breadcrumb: customDatabase,
    docs: docs.customDb,
  }),
  'auth0.custom-db-script-error': (f) => ({
    title: 'Your custom database script failed',
    cause: `The connection’s own script (Login, Get User, Create…) threw, returned something Auth0 cannot read (an error that is not a WrongUsernameOrPasswordError or ValidationError, a user without user_id or email), or could not reach your database.${said(f)}`,
    fix: [
      'Authentication > Database > your connection > Custom Database: run the script with Try, and read its console output.',
      seeLogs,
    ],
    breadcrumb: customDatabase,
    docs: docs.customDbErrors,
  }),
  'auth0.extensibility-error': (f) => {
    const home = codeHome(f);
    const denied = refusedOnPurpose(f);
    if (denied)
      return {
        title: 'An Action refused this with its own reason',
        cause: `Auth0 answered extensibility_error with words written by the tenant’s own code: ${home.where} called api.access.deny() with this reason (or threw it). It is not an Auth0 setting, and the code and status stay the same whatever the reason.${said(f)}`,
        fix: [
          'If the refusal is intended, have the app show error_description (or branch on it) instead of a generic error; otherwise change the Action’s condition.',
          seeLogs,
        ],
        breadcrumb: home.breadcrumb,
        docs: docs.actionsLogs,
      };
    return {
      title: 'Your own code failed: an Action, Rule, Hook or script',
      cause: `This is no Auth0 setting: the tenant’s own code threw while this answer was made, most likely ${home.where} (or a custom connection’s script). The words are the exception’s.${said(f)}`,
      fix: [
        seeLogs,
        ...(pinnedModule(f)
          ? [
              `In a Rule, require('${f.module}') pins a version the runtime may not have (Node 18 and later): require the module without the version, or move the code to an Action.`,
            ]
          : []),
        ...(f.module
          ? [
              `The module ${f.module} is not there for the code: add it under the Action’s Dependencies (Actions > Library > the Action > Dependencies). Modules with native code cannot run there: use a pure-JavaScript one.`,
            ]
          : []),
        ...(f.calledStatus
          ? [
              `The code called another service (axios or fetch) and it answered ${f.calledStatus}: the failure is that service’s. Read its own logs, check the URL and credentials the code uses (the Action’s Secrets), and catch the failure in the code if the login should go on without it.`,
            ]
          : []),
        ...(f.network
          ? [
              `The code called ${f.host ?? 'a host'} and got ${f.network}: Auth0’s servers cannot reach localhost or a private network. Call a public address (check the URL in the code’s secrets or configuration) and allow Auth0’s outbound IP addresses through your firewall.`,
            ]
          : []),
        `Fix the code or detach it: Actions > Triggers (or Auth Pipeline > Rules / Hooks for legacy code).`,
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actionsLogs,
    };
  },
  'auth0.action-metadata-invalid': (f) => ({
    title: 'Metadata set by your code was refused',
    cause: `An Action set session or refresh-token metadata (or a Management API call sent it) that breaks the rules: keys of letters, digits, _ and - only, at most 25 entries, values of at most 255 characters.${said(f)}`,
    fix: ['Fix the keys and values the Action sets (Actions > Triggers > post-login), then log in again.'],
    breadcrumb: [...actions, 'post-login'],
    docs: docs.sessionMetadata,
  }),
  'auth0.dotted-fields': () => ({
    title: 'Your code set a field with a dot in its name',
    cause:
      'A Rule or Action wrote user or app metadata (or a legacy claim) whose key contains “.”, which Auth0 refuses.',
    fix: ['Rename the key without dots (Actions > Library, or Auth Pipeline > Rules), or nest it as an object.'],
    breadcrumb: actions,
    docs: docs.metadata,
  }),
  'auth0.credentials-exchange-denied': (f) => ({
    title: 'Your credentials-exchange code refused or failed',
    cause: `A client credentials request has no user: this answer comes from the tenant’s own Machine to Machine code, a credentials-exchange Action (api.access.deny, or an exception it threw) or a legacy Client Credentials Exchange Hook, not from a user’s permissions.${said(f)}`,
    fix: [
      ...(saysNoReason(f)
        ? [
            'With no reason given, first check the request itself: the client_id and client_secret of a Machine to Machine application of this very tenant (not one from another tenant or an old domain), and an audience that is one of this tenant’s APIs with the application authorized for it (Applications > APIs > your API > Machine To Machine Applications).',
          ]
        : []),
      'Actions > Triggers > credentials-exchange (legacy: Auth Pipeline > Hooks > Client Credentials Exchange): find the api.access.deny, the error the Hook returns, or the line that throws.',
      seeLogs,
      'To see whether the code is the cause, remove the Action from the trigger (or disable the Hook) and send again.',
    ],
    breadcrumb: [...actions, 'credentials-exchange'],
    docs: docs.credentialsExchange,
  }),
  'auth0.rule-denied': (f) => ({
    title: 'Denied by a Rule or Action',
    cause: `Code “unauthorized” comes from your own extensibility code: a Rule calling UnauthorizedError or an Action calling api.access.deny(). Its message is the reason.${said(f)}`,
    fix: [
      'Actions > Triggers > post-login (or Auth Pipeline > Rules): find the code that denies with this message.',
      'Monitoring > Logs shows which one ran.',
      'If the app or login widget shows another message (Lock and some native SDKs drop the reason), read error_description from the callback URL or the SDK’s error, and upgrade the SDK that drops it.',
    ],
    breadcrumb: actions,
    docs: docs.rulesErrors,
  }),
  'auth0.access-denied': (f) => {
    const home = codeHome(f);
    const crashed = soundsLikeCrash(f);
    return {
      title: crashed ? 'A Rule or Action of this tenant failed' : 'Access denied by a rule of this tenant',
      cause: crashed
        ? `No Auth0 setting gives this reason: these are the words of an error thrown in ${home.where}, which Auth0 turns into access_denied. A value it reads is often missing: a Rule setting (configuration.KEY), an Action secret (event.secrets.KEY) or a user field.${said(f)}`
        : `No Auth0 setting gives this reason: most often ${home.where} called api.access.deny() (or a Rule returned an error) with these words, or an API or organization policy refused.${said(f)}`,
      fix: [
        ...(crashed
          ? [
              'Auth Pipeline > Rules > Settings (for Rules) or Actions > Library > the Action > Secrets: add the missing key the code reads, then try again.',
              seeLogs,
            ]
          : [
              'Actions > Triggers: search the Actions for api.access.deny and this message (Auth Pipeline > Rules for legacy code).',
              'Monitoring > Logs: the failed entry names the Action or policy that refused.',
            ]),
        'If your app shows only a generic error or loops back to login: read error and error_description from the callback URL and show them (some SDKs drop them; upgrade it).',
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actions,
    };
  },
  'auth0.authorization-extension': (f) => ({
    title: 'The Authorization Extension’s rule failed',
    cause: `The Authorization Extension adds a Rule that calls the extension’s own API at every login; that call failed (an old extension or rule, an API key rotated, a blocked or slow webtask, or its storage over the limit), so the login was refused.${said(f)}`,
    fix: [
      'Extensions > Installed Extensions > Auth0 Authorization: update the extension, then in its Configuration rotate the API key and Publish Rule again.',
      seeLogs,
      'For new work use the core Role-Based Access Control (Applications > APIs > your API > RBAC Settings) instead of the extension.',
    ],
    breadcrumb: ['Extensions', 'Installed Extensions', 'Auth0 Authorization'],
    docs: docs.rbac,
  }),
  'auth0.custom-claims-namespace': (f) => ({
    title: 'Custom claims without a namespace',
    cause: `This tenant still has the legacy rule that custom claims must be namespaced, and a Rule or Action sets claims without a namespace (or restricted names such as gty, or Auth0-reserved claims). The log lists which claims will be kept and which dropped.${said(f)}`,
    fix: [
      'In the Rules or Actions that set claims, use a namespaced name (https://example.com/roles) or drop restricted ones.',
      'Then turn off Custom claims must be namespaced: Settings > Advanced > Migrations.',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Migrations'],
    docs: docs.actions,
  }),
};
