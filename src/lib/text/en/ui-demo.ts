/** Labels of the demo tenant's panel (loaded with it). */
export const demoUi = {
  heading: 'Demo tenant (a simulation: nothing leaves this page)',
  intro:
    'It starts misconfigured exactly as the story’s tenant did. Send, read the diagnosis, flip the switch it names here, and send again, until a real RS256 token comes back and verifies against the demo’s keys.',
  grants: 'Applications › Applications › Demo App › Settings › Advanced Settings › Grant Types',
  origins: 'Applications › Applications › Demo App › Settings › Application URIs',
  originLabel: (origin: string) => `Allowed Web Origins and Allowed Origins (CORS): ${origin}`,
  directory: 'Settings › General › API Authorization Settings',
  directoryLabel: 'Default Directory',
  none: '(none)',
  m2m: 'Applications › APIs › Demo API › Machine To Machine Applications',
  m2mLabel: 'Demo App authorized (read:messages)',
  user: (username: string, password: string) => `User in Username-Password-Authentication: ${username} / ${password}`,
  reset: 'Start the story again',
  grantNames: {
    password: 'Password',
    client_credentials: 'Client Credentials',
    refresh_token: 'Refresh Token',
    authorization_code: 'Authorization Code',
  } as Record<string, string>,
};
