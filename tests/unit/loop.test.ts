import { describe, expect, test } from 'vitest';
import { dashboardTenant, dashboardUrl } from '../../src/lib/loop/dashboard';
import { summarizeSuccess } from '../../src/lib/loop/summary';
import { fixTargets } from '../../src/lib/loop/targets';
import { readHtmlPage } from '../../src/lib/paste/html';
import seedResponse from '../../src/lib/examples/seed-token-response.json';

test('each fix link says what it does', () => {
  expect(
    fixTargets({
      id: 'auth0.wrong-credentials',
      breadcrumb: [
        'Applications',
        'Applications',
        'your app',
        'Settings',
        'Advanced Settings',
        'Grant Types',
        'Password',
      ],
    }).map((target) => target.label),
  ).toEqual(['Tick “Password” in the demo tenant', 'Go to Username', 'Go to Password']);
});

describe('Dashboard links, built only from what was typed', () => {
  test.each([
    ['dev-e3ybvpddsjl3sbd7.us.auth0.com', { tenant: 'dev-e3ybvpddsjl3sbd7', region: 'us' }],
    ['acme.eu.auth0.com', { tenant: 'acme', region: 'eu' }],
    ['old-tenant.auth0.com', { tenant: 'old-tenant', region: 'us' }],
    ['login.acme.com', undefined],
    ['demo-tenant.auth0-debugger.invalid', undefined],
    ['127.0.0.1:3000', undefined],
    ['manage.auth0.com', undefined],
  ])('%s', (host, tenant) => {
    expect(dashboardTenant(host)).toEqual(tenant);
  });

  test.each([
    [
      ['Applications', 'Applications', 'your app', 'Settings', 'Advanced Settings', 'Grant Types', 'Password'],
      'applications/Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy/settings',
    ],
    [
      ['Applications', 'Applications', 'your app', 'Credentials'],
      'applications/Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy/credentials',
    ],
    [['Settings', 'General', 'API Authorization Settings', 'Default Directory'], 'tenant/general'],
    [['Applications', 'APIs', 'your API', 'Machine To Machine Applications'], 'apis'],
    [['Security', 'Attack Protection', 'Brute-force Protection'], 'security/attack-protection'],
    [['Monitoring', 'Logs'], 'logs'],
  ])('%j', (breadcrumb, path) => {
    expect(
      dashboardUrl(breadcrumb, {
        host: 'dev-e3ybvpddsjl3sbd7.us.auth0.com',
        clientId: 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy',
      }),
    ).toBe(`https://manage.auth0.com/dashboard/us/dev-e3ybvpddsjl3sbd7/${path}`);
  });

  test('no client id (or a placeholder): the applications list; no tenant: no link', () => {
    const crumbs = ['Applications', 'Applications', 'your app', 'Settings'];
    expect(dashboardUrl(crumbs, { host: 'a.eu.auth0.com', clientId: '{yourClientId}' })).toBe(
      'https://manage.auth0.com/dashboard/eu/a/applications',
    );
    expect(dashboardUrl(crumbs, { host: 'login.acme.com', clientId: 'abc' })).toBeUndefined();
  });
});

describe('what a fix names on the page', () => {
  test.each([
    [
      {
        id: 'auth0.grant-not-allowed',
        breadcrumb: [
          'Applications',
          'Applications',
          'your app',
          'Settings',
          'Advanced Settings',
          'Grant Types',
          'Password',
        ],
      },
      [{ kind: 'demo', control: 'grant', grant: 'password' }],
    ],
    [
      {
        id: 'auth0.no-default-connection',
        breadcrumb: ['Settings', 'General', 'API Authorization Settings', 'Default Directory'],
      },
      [{ kind: 'demo', control: 'directory' }],
    ],
    [
      {
        id: 'network.cors-blocked',
        breadcrumb: ['Applications', 'Applications', 'your app', 'Settings', 'Application URIs', 'Allowed Web Origins'],
      },
      [{ kind: 'demo', control: 'origins' }],
    ],
    [
      {
        id: 'auth0.client-not-authorized-for-api',
        breadcrumb: ['Applications', 'APIs', 'your API', 'Machine To Machine Applications'],
      },
      [{ kind: 'demo', control: 'm2m' }],
    ],
    [
      {
        id: 'success.management-api-user-token',
        breadcrumb: ['Applications', 'APIs', 'Auth0 Management API', 'Machine To Machine Applications'],
      },
      [],
    ],
    [{ id: 'lint.scope-commas' }, [{ kind: 'field', field: 'scope' }]],
    [
      {
        id: 'auth0.no-audience',
        breadcrumb: ['Settings', 'General', 'API Authorization Settings', 'Default Audience'],
      },
      [{ kind: 'field', field: 'audience' }],
    ],
  ])('%j', (finding, targets) => {
    expect(fixTargets(finding, 'password')).toMatchObject(targets);
    expect(fixTargets(finding, 'password')).toHaveLength(targets.length);
  });
});

describe('a success in one line', () => {
  test('the seed’s token: what was issued, for which API, with how many scopes', () => {
    expect(summarizeSuccess(seedResponse, [])).toEqual({
      tokens: ['access_token'],
      format: 'jws',
      alg: 'RS256',
      audience: 'https://dev-e3ybvpddsjl3sbd7.us.auth0.com/api/v2/',
      scopes: 7,
      expiresIn: 86400,
      problems: 0,
    });
  });
});

describe('an HTML error page is read for its words', () => {
  test('Auth0’s error page: title, message, tracking id; scripts and markup left out', () => {
    const page = readHtmlPage(
      '<!DOCTYPE html><html><head><title>Error</title><style>p{}</style><script>alert(1)</script></head><body><div class="message">Oops!, something went wrong</div><p>There could be a misconfiguration &amp; more. TRACKING ID: 9d9a7b2c8e1f4a6b</p></body></html>',
    );
    expect(page).toEqual({
      title: 'Error',
      message: 'Oops!, something went wrong There could be a misconfiguration & more. TRACKING ID: 9d9a7b2c8e1f4a6b',
      trackingId: '9d9a7b2c8e1f4a6b',
    });
  });

  test('not HTML: nothing', () => {
    expect(readHtmlPage('{"error":"x"}')).toBeUndefined();
  });
});
