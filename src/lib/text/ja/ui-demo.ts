import type * as en from '../en/ui-demo';

/** デモテナントのパネルのラベル（パネルと一緒に読み込み）。 */
export const demoUi = {
  heading: 'デモテナント（シミュレーション: このページの外には何も送りません）',
  intro:
    'ストーリーのテナントとまったく同じ設定ミスの状態から始まります。送信して診断を読み、そこで示されたスイッチをここで切り替えて、もう一度送信します。本物の RS256 トークンが返ってきて、デモの鍵で検証できるまで繰り返してください。',
  grants: 'Applications › Applications › Demo App › Settings › Advanced Settings › Grant Types',
  origins: 'Applications › Applications › Demo App › Settings › Application URIs',
  originLabel: (origin: string) => `Allowed Web Origins と Allowed Origins (CORS): ${origin}`,
  directory: 'Settings › General › API Authorization Settings',
  directoryLabel: 'Default Directory',
  none: '（なし）',
  m2m: 'Applications › APIs › Demo API › Machine To Machine Applications',
  m2mLabel: 'Demo App を許可済み（read:messages）',
  user: (username: string, password: string) =>
    `Username-Password-Authentication のユーザー: ${username} / ${password}`,
  reset: 'ストーリーを最初からやり直す',
  grantNames: {
    password: 'Password',
    client_credentials: 'Client Credentials',
    refresh_token: 'Refresh Token',
    authorization_code: 'Authorization Code',
  } as Record<string, string>,
} satisfies typeof en.demoUi;
