/** What the form needs of the demo tenant at once, before its chunk has loaded. */
/** The demo tenant's address: the .invalid top-level domain can never resolve, so nothing can leave the page. */
export const demoOrigin = 'https://demo-tenant.auth0-debugger.invalid';

export const demoCredentials = {
  clientId: 'DemoAppQ4cCWeXXVl79APpfoT8WP1k7',
  clientSecret: 'demo-secret-not-a-real-one-7f3a9c',
  username: 'demo@example.com',
  password: 'demo-password',
  connection: 'Username-Password-Authentication',
  api: 'https://api.demo.example/',
};
