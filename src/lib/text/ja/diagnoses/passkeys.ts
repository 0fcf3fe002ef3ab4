import type * as en from '../../en/diagnoses/passkeys';
import { database, docs, said, users } from './paths';

/** パスキー。 */
export const passkeyTexts = {
  'auth0.passkeys-disabled': (f) => ({
    title: 'パスキーが有効になっていません',
    cause: `パスキーは、テナント（Identifier First ログイン）と、このアプリケーションが使うデータベースコネクションの両方で有効にする必要があります。${said(f)}`,
    fix: [
      'Authentication > Database > 対象のコネクション > Authentication Methods で Passkey を有効にしてください。',
      'Authentication > Authentication Profile で、パスキーに必要な Identifier First を使ってください。',
    ],
    breadcrumb: [...database, 'Authentication Methods', 'Passkey'],
    docs: docs.passkeys,
  }),
  'auth0.passkey-assertion': (f) => ({
    title: 'パスキーのレスポンスが拒否されました',
    cause: `署名された WebAuthn レスポンスが、このユーザーとチャレンジに対して検証できませんでした。別の認証情報、別のオリジン（Relying Party）、または使用済みのチャレンジが考えられます。${said(f)}`,
    fix: [
      '/passkey/challenge からやり直し、そのチャレンジの authn_response を変更せずに送ってください。',
      'ページが Relying Party として登録されたドメイン（テナントのドメインまたはカスタムドメイン）で動いているか確認してください。',
    ],
    breadcrumb: users,
    docs: docs.passkeys,
  }),
  'auth0.passkey-session-expired': () => ({
    title: 'パスキーのセッションが期限切れ',
    cause: '/passkey/challenge や /passkey/register の auth_session は数分間だけ有効で、使えるのは 1 回だけです。',
    fix: ['新しいチャレンジを取得し、その auth_session を付けてすぐにレスポンスを送ってください。'],
    docs: docs.passkeys,
  }),
} satisfies typeof en.passkeyTexts;
