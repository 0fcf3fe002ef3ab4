import { emailProviderTrouble, sentByAction, type Facts } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/passwordless';
import { appConnections, docs, passwordlessPath, said } from './paths';

/** プロバイダーの文言が拒否の理由を示すときに変えるもの。 */
const providerHints = {
  'app-password':
    'Gmail はアカウント自身のパスワードでの SMTP ログインを拒否します: Google アカウントで 2 段階認証を有効にしてアプリ パスワードを作り、Branding > Email Provider の SMTP パスワードにそれを使ってください。',
  'ip-allowlist':
    'プロバイダーが Auth0 のアドレスからのログインを拒否しました: SendGrid の IP Access Management（または他の許可リスト）が有効なら、テナントのリージョンの Auth0 送信元 IP アドレスを加えてください。',
  sender:
    'From アドレスがプロバイダーで検証されていません: 検証する（SendGrid の Sender Authentication、Auth0 に設定したリージョンの Amazon SES の検証済み ID）か、検証済みのアドレスを使ってください。SES のサンドボックスでは、本番アクセスが認められるまで宛先もそれぞれ検証が必要です。',
};
const providerHint = (f: Facts): string[] => {
  const trouble = emailProviderTrouble(f);
  return trouble ? [providerHints[trouble]] : [];
};

/** パスワードレス: /passwordless/start、/otp/challenge、OTP グラント、メッセージプロバイダー。 */
export const passwordlessTexts = {
  'auth0.passwordless-wrong-code': () => ({
    title: '検証コードが違うか期限切れ',
    cause:
      'パスワードレスのコードが、このメールアドレスまたは電話番号に最後に送られたものと一致しないか、期限が切れています（コードの有効期間は数分で、試行回数も限られます）。データベース OTP の場合は、/otp/challenge の auth_session も一緒に送る必要があります。',
    fix: [
      '新しいコードを要求し（POST /passwordless/start）、同じ username と realm（email または sms）で送ってください。',
      'マジックリンクもコードの一種です: 一度だけ使え、期限があります（Authentication > Passwordless > Email の OTP の有効期限）。コールバック URL の error と error_description を読み、そこで新しいリンクを求められるようにしてください。',
    ],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-max-attempts': () => ({
    title: 'コードの誤りが多すぎます。新しいコードを要求してください',
    cause: 'コードの試行回数には上限があり、最後の試行のあとは正誤にかかわらず無効になります。',
    fix: ['もう一度 POST /passwordless/start を送り、新しいコードを使ってください。'],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-connection-not-found': (f) => ({
    title: 'その名前のパスワードレスコネクションがありません',
    cause: `/passwordless/start の connection には「email」または「sms」を指定し、そのコネクションがテナントに存在している必要があります。データベースコネクションの名前は使えません。${said(f)}`,
    fix: [
      'Authentication > Passwordless で Email（または SMS）を有効にすると、コネクションが作成されます。',
      'connection=email または connection=sms を送ってください。',
    ],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-connection-disabled': () => ({
    title: 'パスワードレスコネクションがこのアプリケーションで無効です',
    cause: 'email または SMS のコネクションは存在しますが、このアプリケーションでは有効になっていません。',
    fix: [
      'Authentication > Passwordless > Email（または SMS）> Applications で、対象のアプリを有効にしてください。',
      'または Applications > Applications > 対象のアプリ > Connections から有効にします。',
    ],
    breadcrumb: appConnections,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-wrong-connection': (f) => ({
    title: 'このエンドポイントには使えない種類のコネクションです',
    cause: `/passwordless/start にはパスワードレスコネクション（email、sms）を、/otp/challenge には OTP を有効にしたデータベースコネクションを指定します。${said(f)}`,
    fix: [
      '正しい種類のコネクションを送ってください（Authentication > Passwordless、または Authentication > Database）。',
    ],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-link-browser': (f) => ({
    title: 'マジックリンクが別のブラウザで開かれました',
    cause: `メールのマジックリンクは、それを要求したブラウザでしか完了しません。このリンクは別の場所（メールアプリ内のブラウザ、別の端末、またはネイティブアプリから要求したリンク）で開かれました。${said(f)}`,
    fix: [
      'ログインを始めたのと同じブラウザでリンクを開くか、そのブラウザで新しいリンクを要求してください。',
      '独自のブラウザを持つアプリやメールクライアントには、リンクではなくコードを送り（POST /passwordless/start に send: "code"）、パスワードレス OTP グラントで完了してください。',
    ],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-unknown-parameter': (f) => ({
    title: `受け付けられないパラメーター: ${f.parameter ?? 'レスポンスを参照'}`,
    cause: '/passwordless/start は、定義されていないプロパティを拒否します（古い SDK は type などを送っていました）。',
    fix: [
      'client_id、client_secret（コンフィデンシャルアプリの場合）、connection、email または phone_number、send、authParams だけを送ってください。',
      'SDK がそのプロパティを付けている場合は、SDK を更新してください。',
    ],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-parameter': (f) => ({
    title: `欠落または形式不正: ${f.parameter ?? 'パラメーター'}`,
    cause: `/passwordless/start は各プロパティを検証します。connection は「email」か「sms」、email は有効なアドレス、phone_number は E.164 形式（+ と 15 桁までの数字）、send は「code」か「link」です。${said(f)}`,
    fix: [`${f.parameter ?? 'プロパティ'} を修正して、再送してください。`],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-request-invalid': (f) => ({
    title: 'パスワードレスのリクエストが不完全です',
    cause: `ユーザーを特定する情報（email または phone_number）か、connection がリクエストにありません。${said(f)}`,
    fix: [
      'connection と、email か phone_number のどちらか一方だけを送ってください（client_id と、コンフィデンシャルアプリの場合は client_secret も）。',
    ],
    docs: docs.passwordless,
  }),
  'auth0.sms-provider-error': (f) => ({
    title: 'SMS プロバイダーでエラーが発生しました',
    cause: `Auth0 が SMS プロバイダー（Twilio、またはカスタムプロバイダーやゲートウェイ）を呼び出しましたが、拒否されたか失敗しました${/authentication failed|401/i.test(f.description ?? '') ? '（設定された認証情報が受け付けられませんでした）' : ''}。${said(f)}`,
    fix: [
      ...(sentByAction(f)
        ? [
            'メッセージはあなたの send-phone-message Action（または旧 Hook）が送っており、文言はそのプロバイダーのものです: そこで直し（Actions > Triggers > send-phone-message）、Action のログを見てください。Twilio Verify の 60204（custom code not allowed）は、Twilio がカスタムコードを有効にするまで Auth0 のコードを Verify で送れないことを意味します。代わりに Programmable Messaging を使ってください。',
          ]
        : []),
      'Authentication > Passwordless > SMS（または Security > Multi-factor Auth > Phone Message）で、プロバイダーの SID、トークン、ゲートウェイの URL と認証情報を確認してください。',
      'プロバイダー側のログで、拒否されたメッセージ（番号の形式、リージョン、残高）を確認してください。',
    ],
    breadcrumb: [...passwordlessPath, 'SMS'],
    docs: docs.smsProviders,
  }),
  'auth0.email-provider-error': (f) => ({
    title: 'メールプロバイダーが失敗しました: メールは送られていません',
    cause: `Auth0 はメール（MFA やパスワードレスのコード、パスワードリセットや確認のリンク）をテナントのメールプロバイダーに渡せませんでした: 認証情報、送信元アドレス、ドメインが拒否されたか、プロバイダー側で失敗しています。Auth0 の組み込みプロバイダーはテスト用で、上限が低く設定されています。${said(f)}`,
    fix: [
      ...providerHint(f),
      'Branding > Email Provider で、プロバイダーの認証情報（API キー、SMTP のユーザーとパスワード、リージョン）を確認し、Send Test Email を使ってください。',
      'プロバイダーが検証済みのドメイン（SPF/DKIM）の From アドレスを使い、プロバイダー自身のダッシュボードで拒否されたメッセージを確認してください。',
      'Monitoring > Logs: 送信失敗のログにプロバイダー自身のエラーが記録されています。',
    ],
    breadcrumb: ['Branding', 'Email Provider'],
    docs: docs.emailProviders,
  }),
  'auth0.phone-provider-missing': () => ({
    title: 'メッセージプロバイダーが設定されていません',
    cause: 'コードを送るには、テナントに電話（またはメール）のプロバイダーを設定しておく必要があります。',
    fix: ['Branding > Phone Provider（または Email Provider）で設定してから、再送してください。'],
    breadcrumb: ['Branding', 'Phone Provider'],
    docs: docs.smsProviders,
  }),
} satisfies typeof en.passwordlessTexts;
