import type * as en from '../en/request-messages';

/** リクエストフォームの検証メッセージ（検証処理と一緒に読み込み）。 */
export const requestMessages = {
  required: (label: string) => `この grant では ${label} が必須です。`,
  clientIdRequired: () =>
    'Client ID は必須です。Applications > Applications > 対象のアプリ > Settings からコピーしてください。',
  secretRequired: () =>
    'このクライアント認証では Client Secret が必須です。パブリッククライアント（SPA または Native）の場合は「none」を選んでください。',
  domainLabel: 'テナントドメイン',
  placeholder: (label: string, placeholder: string) =>
    `${label} には例のプレースホルダー ${placeholder} が入ったままです。自分の値に置き換えてください。プレースホルダーが残っている間は何も送信しません。`,
  extraPlaceholder: (line: number, name: string, placeholder: string) =>
    `追加パラメーターの ${line} 行目: ${name} には例のプレースホルダー ${placeholder} が入ったままです。`,
  placeholders: (names: string) => `送信する前にプレースホルダーを置き換えてください: ${names}`,
  assertionRequired: () =>
    'private_key_jwt ではクライアントアサーションが必須です。下に秘密鍵を貼り付けてここで署名するか、署名済みのアサーションを貼り付けてください。',
  absoluteUrl: (label: string) => `${label} は https://app.example.com/callback のような絶対 URL で指定してください。`,
  passwordlessRealm: () => 'パスワードレスでは Realm は「email」または「sms」です。',
  uri: (label: string) => `${label} は urn:ietf:params:oauth:token-type:access_token のような URI で指定してください。`,
  unknownGrant: (grant: string) => `不明なグラントタイプです: ${grant}`,
  confidentialOnly: () =>
    'Client Credentials にはクライアント認証が必要です。Machine to Machine のアプリケーションには必ずシークレット（または秘密鍵）があります。',
  extraLine: (line: number) => `追加パラメーターの ${line} 行目: name=value の形で書いてください。`,
  extraReserved: (line: number, name: string) =>
    `追加パラメーターの ${line} 行目: ${name} には上に専用の欄があります。そちらで指定してください。`,
  confirmDomain: (origin: string) =>
    `このドメインはリンクから入力されたもので、Auth0 が運営するドメインではありません。下で確認するまで ${origin} には何も送信しません。`,
  timeout: (min: number, max: number) => `タイムアウトは ${min} から ${max} までの整数（秒）で指定してください。`,
} satisfies typeof en.requestMessages;
