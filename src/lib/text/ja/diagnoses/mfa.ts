import type * as en from '../../en/diagnoses/mfa';
import { docs, grantTypes, mfa, said, users } from './paths';

const factors = [...mfa, 'Factors'];

/** 多要素認証: MFA グラント、MFA API、Guardian API。 */
export const mfaTexts = {
  'auth0.mfa-required': () => ({
    title: '多要素認証が必要',
    cause:
      '認証情報は正しく、次は 2 要素目の認証が求められています。レスポンスには次のステップで使う mfa_token が含まれています。',
    fix: [
      'ユーザーにチャレンジを送ります: mfa_token を付けて POST /mfa/challenge を呼びます（登録済みの Authenticator は GET /mfa/authenticators で一覧できます）。',
      'そのあと、同じ mfa_token を付けて MFA グラント（mfa-otp、mfa-oob または mfa-recovery-code）をここから送信します。',
      'アプリケーションで MFA グラントを有効にしておく必要があります: Settings > Advanced Settings > Grant Types > MFA。',
      'これが refresh_token のリクエストへの応答なら: すべてのトランザクションで MFA を求める Rule や Action はリフレッシュでも動きます。event.transaction.protocol が oauth2-refresh-token のときは飛ばしてください。',
      'MFA を行えないクライアント（MFA グラントがない、無人のスクリプト、ベンダーのアプリケーション）では、代わりに Universal Login（Authorization Code と PKCE）でログインしてください。',
    ],
    breadcrumb: [...grantTypes, 'MFA'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-already-enrolled': () => ({
    title: 'ユーザーはすでに登録済み',
    cause:
      'このユーザーには同じ種類の確認済み Authenticator があり、/mfa/associate（または Guardian）で登録できるのは 1 つずつです。新たに登録するものはなく、チャレンジするだけです。',
    fix: [
      '既存の Authenticator にチャレンジします: mfa_token を付けて POST /mfa/challenge を呼び、続けて MFA グラントを送信します。',
      '置き換えたい場合は、先に削除します（DELETE /mfa/authenticators/{id}、または User Management > Users > 該当ユーザー > Multi-factor Authentication > Reset）。',
    ],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-enrollment-required': () => ({
    title: 'ユーザーがこの要素を登録していない',
    cause: 'MFA が必須ですが、このリクエストで使える確認済みの Authenticator がユーザーにありません。',
    fix: [
      'ユーザーを登録します: mfa_token を付けて POST /mfa/associate を呼ぶか、Universal Login からユーザー自身に登録してもらいます。',
      'または、ユーザーが持っている要素にチャレンジします（GET /mfa/authenticators で一覧できます）。有効な要素は Security > Multi-factor Auth で確認してください。',
    ],
    breadcrumb: factors,
    docs: docs.mfaApi,
  }),
  'auth0.mfa-challenge-type-unsupported': (f) => ({
    title: 'このチャレンジ種別は使えません',
    cause: `指定した challenge_type（otp、oob）または Authenticator が、テナントで有効になっていないか、このアプリケーションで許可されていないか、ユーザーが持っていないものです。プッシュ、メール、セキュリティキーで登録したユーザーには otp や SMS の Authenticator がなく、SDK によっては「oob otp」しか要求しません。${said(f)}`,
    fix: [
      'ユーザーの Authenticator が対応している challenge_type を指定してください（GET /mfa/authenticators で確認できます）。',
      'Security > Multi-factor Auth で要素を有効にし、アプリケーションでは MFA グラントを有効にします。',
    ],
    breadcrumb: factors,
    docs: docs.mfaApi,
  }),
  'auth0.mfa-invalid-otp': () => ({
    title: 'ワンタイムコードが違います',
    cause:
      'OTP が一致しません（または 6 桁ではありません）。入力ミス、使用済みのコード、あるいは端末の時計のずれが考えられます。',
    fix: [
      '認証アプリから新しいコードを送信してください。スマートフォンの時刻が自動設定になっているかも確認してください。',
    ],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-invalid-binding-code': () => ({
    title: 'バインディングコードが違います',
    cause: 'SMS やメールの out-of-band 要素では、ユーザーに届いたコードを binding_code として送る必要があります。',
    fix: ['「バインディングコード」にメッセージで届いたコードを入力し、同じ oob_code で再送信してください。'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-oob-code-invalid': () => ({
    title: 'oob_code が不明か期限切れ',
    cause: 'oob_code は直近の POST /mfa/challenge で発行され、そのチャレンジとともに失効します（約 5 分）。',
    fix: [
      'もう一度チャレンジし、新しい oob_code でポーリングしてください（mfa_token は有効な間は同じものを使えます）。',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-rejected': () => ({
    title: 'ユーザーがプッシュ通知を拒否',
    cause: 'out-of-band のチャレンジが端末上で拒否されました。このチャレンジについてはこれが最終的な結果です。',
    fix: ['ポーリングをやめ、新しいチャレンジ（POST /mfa/challenge）を開始して、ユーザーに承認してもらってください。'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-token-invalid': () => ({
    title: 'mfa_token の形式が不正か期限切れ',
    cause:
      'mfa_token の有効期間は 10 分で、mfa_required のレスポンスから丸ごとコピーしたものしか使えず、それを受け取ったアプリケーション（client_id）でしか使えません。また、MFA API はアクセストークンを mfa_token の代わりには受け付けません。',
    fix: [
      '最初のリクエストを送り直して新しい mfa_token を取得し、「MFA トークン」に全体をコピーしてください。',
      'MFA グラントは、mfa_required を受け取ったリクエストと同じ client_id（とその資格情報）で送ってください。',
      '/mfa/associate と /mfa/authenticators には Authorization: Bearer <mfa_token> として送ります。',
      'mfa_token は、テナントで MFA が有効（Security > Multi-factor Auth）で、/oauth/token が mfa_required を返したときにだけ生まれます。https://YOUR_DOMAIN/mfa/ を audience とするアクセストークンは mfa_token ではありません。',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-recovery-code-invalid': () => ({
    title: 'リカバリーコードが違います',
    cause:
      'リカバリーコードが登録時に発行されたものと一致しません（1 回限りで、使うたびに新しいコードに置き換わります）。',
    fix: ['最新のリカバリーコードを使ってください。ない場合は、管理者がユーザーの MFA をリセットできます。'],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-authenticator-not-found': () => ({
    title: '該当する Authenticator がありません',
    cause:
      'Authenticator の id がこのユーザーのものではないか、その Authenticator が削除済みか、確認が済んでいません。',
    fix: ['ユーザーの Authenticator を一覧し（GET /mfa/authenticators）、そこにある id を使ってください。'],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-factor-disabled': (f) => ({
    title: 'このユーザーが使える MFA 要素がない',
    cause: `${f.error === 'feature_disabled' ? 'この MFA 機能はテナント（プランまたはリージョン）で利用できません。理由は Auth0 サポートに確認できます。' : 'MFA が必須なのに、要素（またはすべての要素）が無効なため、登録も利用もできません。メールを要素として使えるのはメールアドレスが確認済みのユーザーだけです。ソーシャルやエンタープライズのコネクションのユーザーには、プロバイダーからの email_verified=true が必要です。'}${said(f)}`,
    fix: [
      'Security > Multi-factor Auth で要素（とそのプロバイダー）を有効にしてから、もう一度登録してください。',
      'メールの場合は、コネクションが email_verified=true を送る（またはマッピングする）ようにするか、別の要素を用意してください。',
    ],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-scope-missing': () => ({
    title: 'トークンに MFA API の scope がありません',
    cause:
      'MFA API が受け付けるのは mfa_token か、audience が https://YOUR_DOMAIN/mfa/ で、呼び出しに必要な scope（enroll、read:authenticators、remove:authenticators）を持つアクセストークンです。',
    fix: [
      'mfa_required のレスポンスにある mfa_token を使うか、audience https://YOUR_DOMAIN/mfa/ と必要な scope を指定してトークンを取得してください。',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-enrollment-invalid': (f) => ({
    title: '登録リクエストの形式が不正',
    cause: `登録のために送った電話番号、メールアドレス、または Authenticator の種類が受け付けられません。${said(f)}`,
    fix: [
      'authenticator_types（["oob"] または ["otp"]）、oob_channels（["sms"]、["voice"]、["email"]、["auth0"]）を送り、SMS の場合は phone_number を E.164 形式（+ と数字）で送ってください。',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-push-failed': () => ({
    title: 'プッシュ通知を配信できませんでした',
    cause:
      'Guardian アプリの端末登録が通知を受け付けなくなっている（アプリの削除、トークンの期限切れ）か、プッシュ通知のプロバイダーでエラーが起きています。',
    fix: [
      'ユーザーに Guardian からアカウントを削除してもらい、もう一度登録してもらいます（User Management > Users > 該当ユーザー > Multi-factor Authentication）。',
      '独自のプッシュ認証情報（Amazon SNS）を使っている場合は、Security > Multi-factor Auth > Push via Auth0 Guardian で確認してください。',
    ],
    breadcrumb: [...mfa, 'Push Notification using Auth0 Guardian'],
    docs: docs.guardian,
  }),
  'auth0.mfa-message-limit': () => ({
    title: 'MFA メッセージの送信が多すぎます',
    cause: 'ユーザー（またはテナント）が、現在の期間内に送れる SMS・プッシュ・メールのチャレンジ数の上限に達しました。',
    fix: ['しばらく待ってからチャレンジし直すか、別の要素（OTP アプリ、リカバリーコード）を使ってください。'],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-transaction-invalid': () => ({
    title: 'MFA のトランザクションが期限切れ',
    cause:
      'この登録または検証は、すでに終了したか、期限切れか、存在しないログイントランザクション（Guardian のトランザクショントークン）に属しています。',
    fix: ['アプリケーションからログインをやり直し、数分以内に MFA を完了してください。'],
    docs: docs.guardian,
  }),
  'auth0.guardian-enrollment-gone': () => ({
    title: 'この端末の登録はもう存在しません',
    cause:
      'Guardian アプリが、テナント側で削除された登録を保持したままです（ユーザーの MFA がリセットされたか、ユーザーが削除されました）。',
    fix: [
      'Guardian アプリからアカウントを削除し、ログイン時（または新しい登録チケット）からもう一度登録してください。',
    ],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.guardian,
  }),
  'auth0.guardian-request-invalid': (f) => ({
    title: 'Guardian API がリクエストを拒否',
    cause: `Guardian SDK が、API の受け付けないリクエストを送りました（フィールドの欠落、読めないボディやクエリ、不明なメソッドやテナント）。多くは SDK が古いか、Guardian のドメインが間違っています。${said(f)}`,
    fix: [
      'Guardian SDK を更新し、テナントの Guardian ドメイン（{tenant}.guardian.auth0.com、またはカスタムドメイン）を向くように設定してください。',
    ],
    docs: docs.guardian,
  }),
  'auth0.unmet-authentication-requirements': () => ({
    title: 'セッションが要求された認証レベルを満たしていません',
    cause:
      'リクエストはセッションやリフレッシュトークンが持つ以上の強い認証（MFA、acr_values、ステップアップ）を求めていますが、ユーザーの操作なしにはそれを満たせません。',
    fix: [
      'MFA を行う対話的なログイン（Universal Login）にユーザーを通し、新しいトークンを使ってください。',
      'Security > Multi-factor Auth で有効な要素と、MFA を要求している Action を確認してください。',
    ],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-too-many-codes': () => ({
    title: '誤ったコードが多すぎるため、検証が止められています',
    cause:
      'ユーザーが誤ったワンタイムコードを続けて入力しすぎました（10 回まで、約 6 分ごとに 1 回分回復）。この制限は要素を守るためのもので、設定ではありません。',
    fix: [
      '数分待ってから試してください。Authenticator の時計（時刻の自動設定）と、コードがこのテナントの登録のものであることを確かめてください。',
      '端末をなくした場合: User Management > Users > そのユーザー > Multi-Factor Authentication で要素をリセットし、登録し直してもらってください。',
    ],
    breadcrumb: users,
    docs: docs.mfa,
  }),
} satisfies typeof en.mfaTexts;
