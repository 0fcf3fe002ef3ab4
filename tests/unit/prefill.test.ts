import { describe, expect, test } from 'vitest';
import { bookmarkletHref, bookmarkletMain, type BookmarkletWindow } from '../../src/lib/prefill/bookmarklet';
import { parseFragment } from '../../src/lib/prefill/fragment';
import { buildFragment } from '../../src/lib/prefill/link';

describe('parseFragment', () => {
  test('fills the public fields', () => {
    const prefill = parseFragment(
      '#domain=dev-x.us.auth0.com&client_id=Q4cCWeXX&audience=https%3A%2F%2Fapi&scope=openid%20profile&grant_type=password&realm=db&username=dev%40example.com',
    );
    expect(prefill.fields).toEqual({
      domain: 'dev-x.us.auth0.com',
      client_id: 'Q4cCWeXX',
      audience: 'https://api',
      scope: 'openid profile',
      grant_type: 'password',
      realm: 'db',
      username: 'dev@example.com',
    });
    expect(prefill.notes).toEqual([
      'Filled from the link: domain, client_id, audience, scope, grant_type, realm, username.',
    ]);
  });

  test('never reads a secret, and drops it from the address bar', () => {
    const prefill = parseFragment(
      '#domain=dev-x.us.auth0.com&client_secret=s3cr3t&password=hunter2&refresh_token=v1.x&code=abc&code_verifier=v&otp=123456',
    );
    expect(prefill.fields).toEqual({ domain: 'dev-x.us.auth0.com' });
    expect(JSON.stringify(prefill)).not.toMatch(/s3cr3t|hunter2|v1\.x|123456/);
    expect(prefill.cleanedHash).toBe('#domain=dev-x.us.auth0.com');
    expect(prefill.notes).toContain(
      'The link carried client_secret, password, refresh_token, code, code_verifier, otp: not read, and removed from the address bar. Never put secrets in a link; type them here instead.',
    );
  });

  test('reads #token into the decoder and removes it from the address bar', () => {
    const prefill = parseFragment('#token=eyJhbGciOiJub25lIn0.e30.');
    expect(prefill.token).toBe('eyJhbGciOiJub25lIn0.e30.');
    expect(prefill.cleanedHash).toBe('');
  });

  test.each([
    ['#grant_type=hybrid', 'Ignored grant_type from the link: “hybrid” is not a grant this page knows.'],
    ['#client_id=%3Cscript%3E', 'Ignored client_id from the link: it has characters such a value never has.'],
    [
      '#domain=https%3A%2F%2Fmanage.auth0.com%2Fdashboard%2Feu%2Facme',
      /^Ignored domain from the link: manage\.auth0\.com is the Dashboard/,
    ],
    ['#scope=a%0Ab', 'Ignored scope from the link: it has characters such a value never has.'],
    ['#foo=1&bar=2', 'Ignored unknown link parameters: foo, bar.'],
  ])('%s is ignored with a visible note', (hash, note) => {
    const prefill = parseFragment(hash);
    expect(prefill.fields).toEqual({});
    expect(prefill.notes.some((n) => (typeof note === 'string' ? n === note : note.test(n)))).toBe(true);
  });

  test('fragment → form → link → the same fragment', () => {
    const hash =
      'domain=dev-x.us.auth0.com&client_id=abc&audience=https%3A%2F%2Fapi.example.com%2F&scope=openid+profile&grant_type=password';
    expect(buildFragment(parseFragment(`#${hash}`).fields)).toBe(hash);
  });
});

describe('bookmarklet', () => {
  function run(
    href: string,
    labels: Record<
      string,
      { tagName: string; readOnly?: boolean; value?: string; type?: string; hidden?: boolean }
    > = {},
    opens = true,
  ) {
    const url = new URL(href);
    const result: { opened?: string; navigated?: string; prompted: boolean; suggested?: string } = { prompted: false };
    const w: BookmarkletWindow = {
      location: { hostname: url.hostname, pathname: url.pathname, hash: url.hash, href },
      document: {
        querySelectorAll: () => Object.keys(labels).map((id) => ({ textContent: ' Domain ', htmlFor: id })),
        getElementById: (id) => {
          const field = labels[id];
          return field ? { ...field, getClientRects: () => (field.hidden ? [] : [{}]) } : null;
        },
      },
      prompt: (_, suggestion) => {
        result.prompted = true;
        result.suggested = suggestion;
        return suggestion || 'typed.eu.auth0.com';
      },
      open: (target) => {
        result.opened = target;
        return opens ? { opener: {} } : null;
      },
    };
    Object.defineProperty(w.location, 'href', { set: (value: string) => (result.navigated = value), get: () => href });
    bookmarkletMain('https://debugger.example/tool/', w, 'Your tenant?');
    return result;
  }

  test.each(['us', 'eu', 'au', 'jp', 'uk', 'ca'])('the Dashboard in region %s gives tenant and client id', (region) => {
    const result = run(
      `https://manage.auth0.com/dashboard/${region}/dev-e3yb/applications/Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy/settings`,
    );
    expect(result.opened).toBe(
      `https://debugger.example/tool/#domain=dev-e3yb.${region}.auth0.com&client_id=Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy`,
    );
  });

  test('the Domain shown on the settings page wins: custom domains and region-less legacy tenants', () => {
    const result = run('https://manage.auth0.com/dashboard/us/legacy-co/applications/abcdefgh12345678/settings', {
      domain: { tagName: 'INPUT', readOnly: true, value: 'legacy-co.auth0.com' },
    });
    expect(result.opened).toBe('https://debugger.example/tool/#domain=legacy-co.auth0.com&client_id=abcdefgh12345678');
  });

  test('an editable field labelled Domain is never read', () => {
    const result = run('https://manage.auth0.com/dashboard/eu/acme/apis', {
      typed: { tagName: 'INPUT', readOnly: false, value: 'what.someone.typed' },
    });
    expect(result.opened).toBe('https://debugger.example/tool/#domain=acme.eu.auth0.com');
  });

  test('the legacy hash-routed Dashboard uses the shown Domain, or asks', () => {
    expect(run('https://manage.auth0.com/#/applications/abcdefgh12345678/settings').prompted).toBe(true);
  });

  test('on an Auth0 login page it uses that host; on a custom domain it asks, with the host suggested', () => {
    const auth0 = run('https://dev-x.us.auth0.com/authorize?client_id=x');
    expect(auth0).toMatchObject({
      prompted: false,
      opened: 'https://debugger.example/tool/#domain=dev-x.us.auth0.com',
    });
    const custom = run('https://login.acme.com/u/login?state=x');
    expect(custom).toMatchObject({ prompted: true, suggested: 'login.acme.com' });
    expect(custom.opened).toBe('https://debugger.example/tool/#domain=login.acme.com');
    // Any site can have a /login path: it is a suggestion the person confirms, never taken silently.
    expect(run('https://evil.example/login').suggested).toBe('evil.example');
  });

  test('only the first visible read-only Domain field is read: not a hidden one, not a later one', () => {
    const result = run('https://manage.auth0.com/dashboard/us/acme/applications/abcdefgh12345678/settings', {
      hiddenType: { tagName: 'INPUT', type: 'hidden', readOnly: true, value: 'evil.example' },
      notShown: { tagName: 'INPUT', readOnly: true, value: 'evil2.example', hidden: true },
      shown: { tagName: 'INPUT', readOnly: true, value: 'login.acme.com' },
      later: { tagName: 'INPUT', readOnly: true, value: 'evil3.example' },
    });
    expect(result.opened).toBe('https://debugger.example/tool/#domain=login.acme.com&client_id=abcdefgh12345678');
  });

  test('elsewhere it asks; with pop-ups blocked it navigates the same tab', () => {
    const result = run('https://example.com/some/page', {}, false);
    expect(result.prompted).toBe(true);
    expect(result.navigated).toBe('https://debugger.example/tool/#domain=typed.eu.auth0.com');
  });

  test('the link is made for the page’s own URL and has no # that would cut it', () => {
    const href = bookmarkletHref('https://me.github.io/auth0-token-debugger/?x=1#domain=a', 'Your tenant?');
    expect(href.startsWith('javascript:(')).toBe(true);
    expect(href).toContain('"https://me.github.io/auth0-token-debugger/",window,"Your tenant?")');
    expect(href).not.toContain('#');
  });
});

describe('a fragment longer than any URL a browser keeps', () => {
  test('is refused whole, with a note, before it is split', () => {
    const prefill = parseFragment(`#client_id=abc&token=${'a'.repeat(3 * 1024 * 1024)}`);
    expect(prefill.fields).toEqual({});
    expect(prefill.token).toBeUndefined();
    expect(prefill.cleanedHash).toBe('');
    expect(prefill.notes.join(' ')).toContain('nothing was read from it');
  });
});
