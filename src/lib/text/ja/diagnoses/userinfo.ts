import type * as en from '../../en/diagnoses/userinfo';
import { docs, said } from './paths';

/** /userinfo: 使うのはアクセストークンで、Client Secret ではない。 */
export const userinfoTexts = {
  'auth0.userinfo-token-expired': () => ({
    title: '/userinfo 用のアクセストークンが期限切れです',
    cause:
      '/userinfo はログインで得たアクセストークンを検証します。このトークンは exp を過ぎています（/userinfo 用トークンは既定で 24 時間、それ以外は API の有効期間）。',
    fix: [
      '新しいアクセストークンを取得し（リフレッシュトークン、またはサイレントログイン）、それで /userinfo を呼び出してください。',
      'トークンを「トークンを貼り付け」に貼り付けると exp を確認できます。',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-wrong-token': (f) => ({
    title: '/userinfo に渡したトークンの種類が違います',
    cause: `/userinfo が受け付けるのは、audience に https://YOUR_DOMAIN/userinfo を含むアクセストークンです（scope openid を指定したログインなら得られます）。ID トークン、Client Credentials のトークン、別の audience 向けのトークンは拒否されます。${said(f)}`,
    fix: [
      'ログインで得た access_token（id_token ではなく）を Authorization: Bearer <トークン> として送ってください。',
      'scope openid（クレームが必要なら profile と email も）を指定してログインしてください。カスタム API の audience を指定した場合も、openid を付ければトークンの aud に /userinfo が追加されます。',
      'その API は RS256 で署名してください: HS256 の API では、Auth0 はトークンの aud に /userinfo を加えません（Applications > APIs > 対象の API > Settings > Signing Algorithm）。',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-token-invalid': (f) => ({
    title: '/userinfo がアクセストークンを拒否しました',
    cause: `/userinfo が検証するのは Bearer トークンで、アプリケーションの認証情報ではありません。トークンがない、期限切れ、形式が不正、ID トークンである、または /userinfo を含まない audience 向けのいずれかです。${f.challenge ? `レスポンスの WWW-Authenticate チャレンジは ${f.challenge} です。` : ''}${said(f)}`,
    fix: [
      'Authorization: Bearer <scope openid でログインして得た access_token> を 1 回だけ送ってください。',
      'トークンを「トークンを貼り付け」に貼り付け、exp と、aud に https://YOUR_DOMAIN/userinfo が含まれているかを確認してください。',
      'response_type id_token のログインでは /userinfo を呼ぶアクセストークンがありません: コードフロー（response_type code）を使うか、ID トークンのクレームからユーザーを読んでください。',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-no-openid': () => ({
    title: '空のプロフィール: ログインで openid スコープを要求していません',
    cause:
      '/userinfo は答えましたが、sub（ほかのクレームも）がありません。アクセストークンが openid スコープなしで発行されたため、ユーザーのプロフィールを読む権限がありません。ほかにどのクレームが返るかは profile と email のスコープで決まります。',
    fix: [
      'ログイン（/authorize リクエスト、または SDK の scope の設定）で scope "openid profile email" を要求し、新しいアクセストークンで /userinfo を呼んでください。',
      'プロフィールの ID（sub、user_id）を読むアプリは、それがない場合に落ちずに扱うようにしてください。',
    ],
    docs: docs.userinfo,
  }),
} satisfies typeof en.userinfoTexts;
