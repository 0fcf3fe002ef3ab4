import type * as en from '../../en/diagnoses/polling';
import { docs, grantTypes, said } from './paths';

/** Device Code、CIBA、MFA out-of-band のポーリング。 */
export const pollingTexts = {
  'auth0.authorization-pending': (f) => ({
    title: 'ユーザーの操作を待っています',
    cause: `${f.grant?.endsWith('device_code') ? 'ユーザーはまだアクティベーションページでコードを入力していません。' : f.grant?.includes('mfa-oob') ? 'ユーザーはまだプッシュ通知を承認していないか、コードを入力していません。' : 'ユーザーはまだリクエストを承認していません。'}ポーリング中は、これが通常のレスポンスです。`,
    fix: [
      '最初のレスポンスで指定された間隔（既定では 5 秒）で、成功、expired_token、access_denied のいずれかが返るまでポーリングを続けてください。',
    ],
    docs: f.grant?.endsWith('device_code') ? docs.deviceFlow : docs.ciba,
  }),
  'auth0.slow-down': () => ({
    title: 'ポーリングが速すぎます',
    cause: '許可された間隔より短い間隔でリクエストが届きました。',
    fix: ['ポーリング間隔を 5 秒延ばし、このフローが終わるまでその間隔を保ってください。'],
    docs: docs.deviceFlow,
  }),
  'auth0.expired-token': () => ({
    title: 'デバイスコードの期限切れ',
    cause: 'デバイスコードの expires_in（既定では 15 分）が切れるまでに、ユーザーが承認しませんでした。',
    fix: ['POST /oauth/device/code からやり直し、新しいユーザーコードを表示してください。'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-denied': () => ({
    title: 'ユーザーがアクティベーションページで拒否しました',
    cause: 'デバイスのリクエストがユーザーによってキャンセルまたは拒否されました（または Action が拒否しました）。',
    fix: ['ポーリングをやめてください。ユーザーがもう一度試す場合は、新しいデバイス認可を開始します。'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-code-invalid': (f) => ({
    title: 'デバイスコードが無効か使用済み',
    cause: `デバイスコードの期限が切れているか、すでに交換済みか、別のアプリケーションのものです。${said(f)}`,
    fix: [
      'POST /oauth/device/code からやり直し、返された device_code でポーリングしてください。',
      'アプリケーションで Device Code グラントを有効にしておく必要があります（Settings > Advanced Settings > Grant Types）。',
    ],
    breadcrumb: [...grantTypes, 'Device Code'],
    docs: docs.deviceFlow,
  }),
  'auth0.ciba-denied': () => ({
    title: 'ユーザーがリクエストを拒否したか、期限切れ',
    cause: 'バックチャネル（CIBA）のリクエストがユーザーの端末で拒否されたか、タイムアウトしました。',
    fix: ['ポーリングをやめてください。必要なら新しいバックチャネル認可を開始します。'],
    docs: docs.ciba,
  }),
  'auth0.ciba-request-invalid': () => ({
    title: 'auth_req_id が不明か期限切れ',
    cause:
      'ポーリングでは、直近の /bc-authorize のレスポンスにある auth_req_id を、その expires_in が切れる前に送る必要があります。',
    fix: ['POST /bc-authorize からやり直し、返された auth_req_id でポーリングしてください。'],
    docs: docs.ciba,
  }),
  'auth0.ciba-wrong-account': () => ({
    title: '承認ページに別のユーザーでログインしています',
    cause:
      'CIBA のリクエストはあるユーザー（login_hint）宛てですが、承認リンクを開いたブラウザには別のユーザーの Auth0 セッションがあります。',
    fix: [
      'そのブラウザでログアウトし（https://YOUR_DOMAIN/v2/logout）、リクエストが指すユーザーとして承認リンクを開き直してください。',
    ],
    docs: docs.ciba,
  }),
  'auth0.ciba-user-unknown': () => ({
    title: 'login_hint が指すユーザーがいません',
    cause:
      'login_hint の sub がこのテナントのユーザーの user_id ではありません（または iss がこのテナントではありません）。',
    fix: [
      '存在する user_id（User Management > Users）を使って login_hint={"format":"iss_sub","iss":"https://YOUR_DOMAIN/","sub":"<user_id>"} を送ってください。',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.ciba,
  }),
  'auth0.ciba-login-hint': (f) => ({
    title: 'login_hint の形式が不正',
    cause: `CIBA の login_hint は iss_sub 形式の JSON で、iss にテナント、sub に user_id を指定します。${said(f)}`,
    fix: ['login_hint={"format":"iss_sub","iss":"https://YOUR_DOMAIN/","sub":"<user_id>"} を送ってください。'],
    docs: docs.ciba,
  }),
  'auth0.ciba-binding-message': (f) => ({
    title: 'binding_message がないか形式が不正',
    cause: `CIBA はユーザーの端末に binding_message を表示します。必須で、短く、使える文字は英字・数字・スペースと一部の記号に限られます。${said(f)}`,
    fix: ['「Confirm order 1234」のような短い binding_message を送ってください。'],
    docs: docs.ciba,
  }),
  'auth0.device-user-code-typed': (f) => ({
    title: 'アクティベーションページに入力したコードが誤っているか期限切れです',
    cause: `https://YOUR_DOMAIN/activate で入力したユーザーコードが、待機中のデバイスリクエストと一致しません: 入力の誤り、期限切れ（既定で 15 分）、または使用済みです。${said(f)}`,
    fix: [
      'デバイスに表示されたとおりにコードを入力するか、コードを含む verification_uri_complete のリンクを開いてください。',
      '期限切れなら、デバイスでやり直し（POST /oauth/device/code）、新しいコードを使ってください。',
    ],
    docs: docs.deviceFlow,
  }),
} satisfies typeof en.pollingTexts;
