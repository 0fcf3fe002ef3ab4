import type * as en from '../en/flows';

/**
 * en の to、toHelp、enrolTo は条件式から戻り値が英語の文字列リテラル型に推論されるため、
 * 文字列リテラルだけを string に広げた型で照合します（キーと引数はそのまま検査されます）。
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

/** トークンの前のステップ（パスワードレス、MFA、デバイスフロー、CIBA、失効、秘密鍵）のラベルと短いテキスト。 */
export const flowTexts = {
  heading: 'トークンの前に',
  stepLabel: (method: string, path: string) => `${method} ${path}`,
  pollLabel: 'POST /oauth/token（ポーリング）',
  needDomain: '先に「テナントドメイン」を入力してください。このステップはトークンリクエストと同じテナントに送ります。',
  needClient: '先に「Client ID」を入力してください。このステップは同じアプリケーションに対して行います。',
  needAssertion:
    'private_key_jwt の場合は、このステップの前に秘密鍵を貼り付けてください（または署名済みのアサーションを「クライアントアサーション」に貼り付けます）。',
  stepCurl: 'このステップの curl',
  copyStepCurl: 'ステップの curl をコピー',
  pasteStep: 'このステップの応答を貼り付け',
  pasteStepHelp:
    'ブラウザーは応答を読み取れませんでした。上の curl を -i 付きで実行し、出力をここに貼り付けると、そこからフローを続けます。',
  pasteStepButton: 'この応答を使う',
  sending: '送信中…',
  passwordless: {
    heading: 'ステップ 1: コードを送る（POST /passwordless/start）',
    intro:
      'Auth0 がユーザーにワンタイムコード（またはマジックリンク）を送ります。その後、上のパスワードレスの grant でコードをトークンと交換します。上の Scope と Audience は authParams として一緒に送ります。',
    connection: 'パスワードレスのコネクション',
    email: 'メール',
    sms: 'SMS',
    to: (connection: string) => (connection === 'sms' ? '電話番号' : 'メールアドレス'),
    toHelp: (connection: string) =>
      connection === 'sms' ? 'E.164 形式。例: +819012345678' : 'コードの送信先のアドレス。',
    send: '送るもの',
    sendCode: 'コード',
    sendLink: 'マジックリンク',
    linkNote:
      'マジックリンクでは、ユーザーのブラウザーで /authorize を通してログインし、このページには戻ってきません。ここで完了するにはコードを使ってください。',
    button: 'コードを送る',
    sent: (to: string) =>
      `${to} に送りました。ステップ 2: 上の「OTP」欄にコードを入力し（ユーザー名と Realm は入力済みです）、「リクエストを送信」を押してください。`,
    goToOtp: 'OTP 欄へ移動',
  },
  mfa: {
    heading: '多要素認証',
    offer: 'テナントが 2 つ目の要素を求めています。受け取った mfa_token で続けてください:',
    continue: 'MFA を続ける',
    requirements: (list: string) => `使える要素: ${list}`,
    enrolFirst: 'ユーザーにはまだ要素が登録されていません。先に登録してください。',
    token: '上の MFA トークン（mfa_required の応答で受け取ったもの）は各ステップで使います。有効期間は 10 分です。',
    list: 'Authenticator を一覧表示',
    none: '登録済みの Authenticator はありません。',
    authenticators: 'Authenticator',
    challengeOtp: 'チャレンジ: OTP アプリ',
    challengeOob: 'チャレンジ: プッシュ、SMS、メール',
    pick: 'チャレンジする Authenticator',
    anyAuthenticator: 'どれでも（テナントが選択）',
    otpNext: 'ユーザーの認証アプリに表示されたコードを上の「OTP」欄に入力し、「リクエストを送信」を押してください。',
    promptNext:
      'SMS またはメールでコードを送りました。上の「バインディングコード」欄に入力し（OOB コードは入力済みです）、「リクエストを送信」を押してください。',
    pushNext:
      'ユーザーのスマートフォンにプッシュ通知を送りました。承認または拒否されるまで、ページがポーリングします。',
    enrolHeading: '要素を登録（POST /mfa/associate）',
    enrolKind: '登録する要素',
    enrolKinds: {
      otp: 'OTP アプリ（Google Authenticator など）',
      sms: 'SMS',
      email: 'メール',
      auth0: 'Guardian プッシュ',
    },
    enrolTo: (kind: string) => (kind === 'sms' ? '電話番号' : 'メールアドレス'),
    enrol: '登録',
    enrolled:
      '認証アプリでコードをスキャンし、表示された最初のコードを上の「OTP」欄に入力して「リクエストを送信」を押してください。これで登録が確定します。',
    secret: 'シークレット',
    recovery: 'リカバリーコード（表示は一度だけ）',
  },
  device: {
    heading: 'ステップ 1: ユーザーコードを取得（POST /oauth/device/code）',
    intro:
      'テレビや CLI 向けです。デバイスがコードを表示し、ユーザーが別の画面で承認します。それまでデバイスは /oauth/token をポーリングします。',
    button: 'ユーザーコードをリクエスト',
    userCode: 'ユーザーコード',
    verify: '確認用 URL',
    complete: 'またはスキャン: コード入りの確認用 URL',
    qrLabel: (url: string) => `${url} の QR コード`,
  },
  ciba: {
    heading: 'ステップ 1: ユーザーのデバイスで確認する（POST /bc-authorize）',
    intro:
      'Client-Initiated Backchannel Authentication: アプリケーションがユーザーを指定すると、Auth0 がユーザー自身のスマートフォンで確認し（Guardian プッシュ）、アプリケーションは /oauth/token をポーリングします。',
    user: 'ユーザー ID',
    userHelp: 'user_id。例: auth0|65091da7…。iss_sub 形式の login_hint として送ります。',
    binding: 'バインディングメッセージ',
    bindingHelp: 'ユーザーのスマートフォンと自分のデバイスの両方に表示され、このリクエストであることを見分けられます。',
    button: 'リクエストを送る',
  },
  polling: {
    heading: '/oauth/token をポーリング中',
    waiting: (seconds: number) => `次のポーリングまで ${seconds} 秒`,
    polling: 'ポーリング中…',
    interval: (seconds: number) => `間隔 ${seconds} 秒`,
    expires: (seconds: number) =>
      `コードの有効期限まで ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
    polls: (n: number) => `ポーリング ${n} 回`,
    stop: 'ポーリングを停止',
    pollNow: '今すぐポーリング',
    resume: 'ポーリングを再開',
    status: {
      idle: 'ポーリングしていません。',
      waiting: 'ユーザーを待っています…',
      polling: 'ポーリング中…',
      token: '承認されました。トークンはレスポンス欄にあります。',
      stopped: '停止しました。',
      expired: 'コードの有効期限が切れました。',
      denied: 'ユーザーが拒否しました。',
      failed: 'エラーでポーリングが止まりました。レスポンスを確認してください。',
      hidden: 'ページが非表示の間に停止しました。',
    } as Record<string, string>,
  },
  revoke: {
    heading: '失効（POST /oauth/revoke）',
    warning:
      '失効させると、このリフレッシュトークンは二度と使えなくなります。ローテーションが有効なら、同じファミリーのリフレッシュトークンもすべて無効になります。アプリケーションはユーザーのセッションを更新できず、再ログインが必要です。発行済みのアクセストークンは有効期限まで有効なままです。',
    confirm: '理解したうえで失効させる',
    button: 'リフレッシュトークンを失効',
    none: '上の「リフレッシュトークン」欄に、失効させるトークンを入力してください。',
  },
  key: {
    heading: 'クライアントアサーションをここで署名',
    label: '秘密鍵',
    help: 'PKCS#8 PEM（BEGIN PRIVATE KEY）または JWK。RSA か EC P-256。このページのメモリ内にだけ保持し、送信せず、curl にもレポートにも含めません。含まれるのは署名したアサーションだけです。',
    alg: '署名アルゴリズム',
    kid: 'Key ID（kid）',
    kidHelp: 'Auth0 がこの資格情報に表示している kid（省略可）。',
    audience: 'アサーションの aud',
    audienceHelp: (expected: string) => `Auth0 は末尾のスラッシュ付きのテナントを期待します: ${expected}`,
    signed: 'ページが署名したアサーション（リクエストのたびに新しく作成、有効期間 60 秒）:',
    header: 'ヘッダー',
    claims: 'クレーム',
    reading: '鍵を読み込み中…',
  },
  demo: {
    heading: 'デモユーザーのスマートフォンと受信箱',
    intro: 'ユーザーが自分のデバイスで受け取る、または確認を求められる内容です（デモテナントのみ）。',
    outbox: (to: string, code: string) => `${to} へのメッセージ: コード ${code}`,
    totp: (code: string) => `demo@example.com の認証アプリ: ${code}`,
    waiting: (kind: string, shown: string) => `${kind}: ${shown}`,
    approve: '承認',
    deny: '拒否',
    nothing: '待機中のものはありません。',
  },
} satisfies Widen<typeof en.flowTexts>;
