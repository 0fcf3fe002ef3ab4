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
  'auth0.passkey-limit': (f) => ({
    title: 'このユーザーのパスキーは上限に達しています',
    cause: `1 人のユーザーが登録できるパスキーの数には上限があり、このユーザーはそれに達しているため、新しいパスキーを追加できません。${said(f)}`,
    fix: [
      '使っていないパスキーを削除してから登録し直してください: User Management > Users > 該当ユーザー > Authentication Methods（または Management API の authentication-methods エンドポイント）。',
      'または、登録済みのパスキーでサインインしてください。',
    ],
    breadcrumb: [...users, 'Authentication Methods'],
    docs: docs.passkeys,
  }),
  'auth0.webauthn-unsupported': (f) => ({
    title: 'このブラウザーまたはデバイスはセキュリティキーやパスキーに対応していません',
    cause: `ログインページがブラウザーに WebAuthn（セキュリティキー、パスキー、デバイスの生体認証）を求めましたが、ブラウザーまたはデバイスが提供できませんでした: 古いブラウザー、アプリ内の埋め込み Web ビュー、プライベートウィンドウ、フレーム内のページなどです。${said(f)}`,
    fix: [
      '最新のブラウザーでログインを開いてください（アプリ内の埋め込み Web ビューではなく。モバイルではシステムブラウザーか ASWebAuthenticationSession / Custom Tabs を使ってください）。',
      'または、ページに表示されるほかの要素を選んでください（有効な要素は Security > Multi-factor Auth にあります）。',
    ],
    breadcrumb: ['Security', 'Multi-factor Auth'],
    docs: docs.passkeys,
  }),
  'auth0.passkey-session-expired': () => ({
    title: 'パスキーのセッションが期限切れ',
    cause: '/passkey/challenge や /passkey/register の auth_session は数分間だけ有効で、使えるのは 1 回だけです。',
    fix: ['新しいチャレンジを取得し、その auth_session を付けてすぐにレスポンスを送ってください。'],
    docs: docs.passkeys,
  }),
} satisfies typeof en.passkeyTexts;
