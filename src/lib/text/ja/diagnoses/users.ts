import { inAuth0Answer, verifiedAlready } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/users';
import { attackProtection, docs, said, users } from './paths';

/** ユーザーのログインと、それを止める攻撃防御機能。 */
export const userTexts = {
  'auth0.ticket-expired': (f) => ({
    title: 'メールのリンクの有効期限が切れているか、すでに使われている',
    cause: `パスワードリセットやメール確認のリンクにはチケットが含まれており、1 回しか使えず、有効期間（メールテンプレートの設定、または Management API で作成した場合は ttl_sec）を過ぎると使えません。リンクを開くメールスキャナーが、本人がクリックする前にチケットを使ってしまうこともあります。${said(f)}`,
    fix: [
      ...(verifiedAlready(f)
        ? [
            '2 回目に開かれた（または先にメールスキャナーが開いた）確認リンクは、すでに役目を終えています: メールアドレスはおそらく確認済みです。リンクの戻り先のページ（Redirect To の URL）でユーザーの email_verified を確かめて先に進め、新しいメールを求めないでください。',
          ]
        : []),
      'ユーザーに新しいメールを依頼してもらってください（パスワードを忘れた場合の再送、または確認メールの再送）。',
      'Branding > Email Templates > Change Password（または Verification Email）で、より長い時間が必要なら URL Lifetime を延ばしてください。',
      'Management API（POST /api/v2/tickets/password-change）で作成するチケットには、より長い ttl_sec を指定してください。',
    ],
    breadcrumb: ['Branding', 'Email Templates'],
    docs: docs.emailTemplates,
  }),
  'auth0.wrong-credentials': (f) => ({
    title: 'ユーザー名またはパスワードが違います',
    cause: `コネクション${f.connection ? ` ${f.connection} ` : ''}がこの認証情報を受け付けませんでした。パスワードが違う、このコネクションにユーザーが存在しない、あるいはユーザーが確認したのとは別のコネクションに登録されている、のいずれかです。`,
    fix: [
      'User Management > Users でユーザーを探し、その Connection を確認してください。',
      'そのコネクションを Realm（password-realm）として送るか、Default Directory に設定してください。',
      '不確かな場合はパスワードをリセットしてください。失敗を繰り返すと、ブルートフォース保護によってユーザーがブロックされます。',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.bruteForce,
  }),
  'auth0.user-not-found': (f) => ({
    title: 'この識別子のアカウントがありません',
    cause: `ログインページ（Identifier First）は、入力されたメールアドレス、電話番号、ユーザー名のユーザーを、このアプリケーションで有効な接続の中に見つけられませんでした。${said(f)}`,
    fix: [
      '識別子に入力ミスがないか、そしてユーザーがこのアプリケーションで有効な接続に存在するかを確認してください: User Management > Users、Applications > Applications > 対象のアプリ > Connections。',
      'ほかの接続（ソーシャルやエンタープライズのログイン）のユーザーは、データベースのログインでは見つかりません: その接続をアプリケーションで有効にするか、ユーザーをサインアップさせてください。',
    ],
    breadcrumb: ['Applications', 'Applications', '対象のアプリ', 'Connections'],
    docs: docs.databaseConnections,
  }),
  'auth0.user-blocked': () => ({
    title: 'ユーザーがブロックされています',
    cause: '管理者がこのユーザーをブロックしたか、失敗が続いたためブルートフォース保護がブロックしました。',
    fix: [
      'User Management > Users > 該当ユーザー で Unblock（⋯ メニュー）を実行するか、ユーザーにブロック解除メールの手順に従ってもらってください。',
      'しきい値は Security > Attack Protection > Brute-force Protection で確認してください。',
    ],
    breadcrumb: users,
    docs: docs.bruteForce,
  }),
  'auth0.email-not-verified': (f) =>
    inAuth0Answer(f)
      ? {
          title: 'メールアドレスが未確認です',
          cause: `このテナントの Action または Rule が、メールアドレスを確認していないユーザーを拒否しています。${said(f)}`,
          fix: [
            'ユーザーのメールアドレスを確認済みにしてください（User Management > Users > 該当ユーザー > Send verification email）。テスト用なら確認済みとしてマークしてもかまいません。',
            'または、拒否している Action を修正してください（Actions > Triggers > post-login）。',
            'アプリやログインウィジェットが別のメッセージを表示する場合（Lock や一部のネイティブ SDK は理由を捨てます）、コールバック URL か SDK のエラーから error_description を読み、それを捨てる SDK を更新してください。',
          ],
          breadcrumb: users,
          docs: docs.actions,
        }
      : {
          title: 'メールアドレスが未確認です: アプリまたはプロキシがログインを拒否しています',
          cause: `Auth0 のログインは成功しています。このメッセージを出したもの（アプリケーション、その前段の oauth2-proxy などのプロキシ、JupyterHub の OAuthenticator などのライブラリ）が、ID トークンの email_verified: false を見て拒否しました。${said(f)}`,
          fix: [
            'ユーザーのメールアドレスを確認済みにしてください（User Management > Users > 該当ユーザー > Send verification email、または確認メールのリンク）。そのうえでログインし直してください。',
            '未確認のメールアドレスを許してよいアプリなら、チェックする側のオプションをオンにしてください（oauth2-proxy: --insecure-oidc-allow-unverified-email。ほかのライブラリにも同様の設定があります）。',
            '確認済みのメールアドレスを送らないソーシャル／エンタープライズ接続では、確認はそのプロバイダー側で行われます: ユーザーがそちらで確認するか、チェックする側でその接続を信頼してください。',
          ],
          breadcrumb: users,
          docs: docs.idTokens,
        },
  'auth0.password-expired': () => ({
    title: 'パスワードの有効期限切れ',
    cause: 'コネクションのパスワードポリシーにより、新しいパスワードが必要です。',
    fix: [
      'ユーザーにパスワードをリセットしてもらってください（Universal Login のリセットフロー、またはパスワード変更チケット）。',
    ],
    breadcrumb: ['Authentication', 'Database', '対象の接続', 'Authentication Methods'],
    docs: docs.databaseConnections,
  }),
  'auth0.password-leaked': () => ({
    title: 'ブロック: パスワードが漏えいデータに含まれています',
    cause:
      'Breached Password Detection が、既知の漏えいデータにこのパスワードを見つけたため、使用をブロックしています。',
    fix: [
      'ユーザーにパスワードをリセットしてもらってください。',
      'テストユーザーの場合は、公開されたことのないパスワードを選んでください。Security > Attack Protection > Breached Password Detection も参照してください。',
    ],
    breadcrumb: [...attackProtection, 'Breached Password Detection'],
    docs: docs.breachedPasswords,
  }),
  'auth0.too-many-attempts': (f) => ({
    title: 'ログイン失敗が続いたためアカウントがブロックされています',
    cause: `パスワードの誤りが続いたため、ブルートフォース保護がこの IP アドレスからのこのユーザーのログインをブロックしました。${said(f)}`,
    fix: [
      'ブロックを解除します: User Management > Users > 該当ユーザー から解除するか、ユーザーに届いたメールの手順に従うか、パスワードをリセットしてください。',
      'Security > Attack Protection > Brute-force Protection で、しきい値を見直し、テスト用のマシンを許可リストに追加してください。',
    ],
    breadcrumb: [...attackProtection, 'Brute-force Protection'],
    docs: docs.bruteForce,
  }),
  'auth0.suspicious-ip-throttled': (f) => ({
    title: 'この IP アドレスは不審なものとして制限されています',
    cause: `Suspicious IP Throttling が、この IP アドレスから複数のアカウントにわたるログイン（またはサインアップ）の失敗を多数検知し、しばらくブロックしています。${f.retryAfter !== undefined ? `レスポンスによると ${f.retryAfter.toLocaleString('ja')} 秒待つ必要があります。` : ''}`,
    fix: [
      '制限が解除されるまで待つか、Security > Attack Protection > Suspicious IP Throttling で IP のブロックを解除してください。',
      'オフィス、CI、負荷テストのアドレスを許可リストに追加してください。',
    ],
    breadcrumb: [...attackProtection, 'Suspicious IP Throttling'],
    docs: docs.suspiciousIp,
  }),
  'auth0.requires-verification': () => ({
    title: 'ボット検知が CAPTCHA を要求しています',
    cause:
      'Bot Detection がリクエストを不審と判断しました。リソースオーナーパスワードのリクエストではチャレンジを表示できないため、失敗します。',
    fix: [
      'チャレンジを表示できる Universal Login からログインしてください。',
      'または、このクライアントに合わせて Security > Attack Protection > Bot Detection を調整してください。',
      'ブラウザの User-Agent を送って素早く再試行するスクリプトはボットに見えます: 独自の User-Agent を送り、試行の間隔を空けてください。',
    ],
    breadcrumb: [...attackProtection, 'Bot Detection'],
    docs: docs.botDetection,
  }),
  'auth0.captcha-invalid': () => ({
    title: 'CAPTCHA の回答が拒否されました',
    cause:
      'Bot Detection（またはサインアップとパスワードリセット用に設定した CAPTCHA）が CAPTCHA を要求しましたが、送られた回答が間違っているか、期限切れか、ありませんでした。',
    fix: [
      'CAPTCHA をもう一度解いてください。埋め込みログインで回答を送るには、最新の auth0.js または Lock が必要です。',
      'Security > Attack Protection > Bot Detection で、プロバイダーとそのキーを確認してください。',
    ],
    breadcrumb: [...attackProtection, 'Bot Detection'],
    docs: docs.botDetection,
  }),
  'auth0.custom-password-hash': (f) => ({
    title: 'インポートしたパスワードハッシュが検証できません',
    cause: `ユーザーは custom_password_hash 付きでインポートされましたが、入力されたパスワードをインポートで指定したとおりにハッシュしても一致しません: アルゴリズム、ハッシュやソルトのエンコーディング（hex、base64）、ソルトの位置、パスワードのエンコーディング（utf8 と utf16le）が旧システムと合っていません。${said(f)}`,
    fix: [
      'インポートファイルの custom_password_hash（algorithm、hash.encoding、salt.value/encoding/position、password.encoding）を直し、upsert でユーザーをインポートし直してください。',
      'まず 1 人で試してください。すでに影響を受けたユーザーはパスワードのリセットもできます。',
    ],
    docs: docs.databaseConnections,
  }),
} satisfies typeof en.userTexts;
