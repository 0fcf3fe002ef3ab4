import type * as en from '../../en/diagnoses/signup';
import { codeHome, database, docs, said } from './paths';

const policy = [...database, 'Authentication Methods', 'Password', 'Password Policy'];

/** サインアップ、パスワード変更、データベースコネクションのパスワードポリシー。 */
export const signupTexts = {
  'auth0.signup-sso-domain': (f) => ({
    title: 'このメールのドメインはエンタープライズコネクションでサインインする設定になっている',
    cause: `メールのドメインがエンタープライズコネクションのドメイン（Home Realm Discovery）に登録されているため、Auth0 はそのドメインのデータベースユーザーを作成しません。その会社のユーザーは、会社の ID プロバイダーでサインインします。${said(f)}`,
    fix: [
      'ユーザーを会社のログインに送ってください。Identifier First を使えば Universal Login がメールから判断します。または /authorize に connection={エンタープライズコネクション} を渡してください。',
      'そのドメインでもデータベースアカウントを作れるようにしたい場合は、Authentication > Enterprise > 対象の接続 > Settings で、Home Realm Discovery のドメインからそのドメインを削除してください。',
    ],
    breadcrumb: ['Authentication', 'Enterprise', '対象の接続', 'Settings'],
    docs: docs.signup,
  }),
  'auth0.user-exists': () => ({
    title: 'このメールアドレスのユーザーはすでに存在します',
    cause:
      'コネクションにはこのメールアドレス（または識別子）のユーザーがすでにいるため、サインアップで新たに作成できません。',
    fix: [
      '代わりにそのユーザーでログインするか、パスワードを忘れた場合はリセットしてください。',
      'テストテナントでやり直す場合は、User Management > Users でユーザーを削除してください。',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.signup,
  }),
  'auth0.username-exists': () => ({
    title: 'このユーザー名は使用済みです',
    cause: 'コネクションではユーザー名が一意である必要があり、別のユーザーがこの名前を使っています。',
    fix: ['別のユーザー名を選ぶか、そのユーザー名を持つユーザーとしてログインしてください。'],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.signup,
  }),
  'auth0.username-required': () => ({
    title: 'このコネクションではユーザー名が必須です',
    cause:
      'データベースコネクションで Requires Username が有効なため、サインアップ（および Management API でのユーザー作成）では email に加えて username も送る必要があります。',
    fix: [
      'サインアップのリクエストに username を含めてください。',
      'または Requires Username をオフにします: Authentication > Database > 対象のコネクション > Settings（または Attributes）。',
    ],
    breadcrumb: [...database, 'Settings', 'Requires Username'],
    docs: docs.databaseConnections,
  }),
  'auth0.signup-invalid': (f) => ({
    title: '理由なしでサインアップが拒否されました',
    cause: `Auth0 は、アカウントの有無がわからないよう、理由を示さずに「Invalid sign up」と返します。多くの場合、ユーザーがすでに存在するか、コネクションでサインアップが無効になっています。${said(f)}`,
    fix: [
      'User Management > Users で、このコネクションにこのメールアドレスのユーザーがいないか探してください。',
      'Authentication > Database > 対象のコネクション > Settings で、Disable Sign Ups がオフになっているか確認してください。',
      'Monitoring > Logs の失敗したサインアップのエントリー（fs）に理由が書かれています。',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
    docs: docs.signup,
  }),
  'auth0.signup-denied': (f) => {
    const home = codeHome({ ...f, endpoint: '/dbconnections/signup' });
    return {
      title: 'テナント側の独自コードがサインアップを拒否しました',
      cause: `テナント側のコードがこのユーザーの作成を拒否した（api.access.deny）か、実行中にエラーになりました。おそらく ${home.where} です。メッセージはそのコード自身のものです。${said(f)}`,
      fix: [
        'Actions > Triggers > pre-user-registration で Action を読み、もう一度サインアップしながらリアルタイムログを確認してください。',
        'Monitoring > Logs の失敗したサインアップのエントリーに、Action のエラーが記録されています。',
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actions,
    };
  },
  'auth0.password-too-weak': (f) => ({
    title: 'パスワードがコネクションのポリシーを満たしていません',
    cause: `データベースコネクションのパスワードポリシー（長さ、文字の種類）により、このパスワードは拒否されました。${said(f)}`,
    fix: [
      'より長く、より多くの種類の文字を含むパスワードを選んでください。',
      'ポリシーは Authentication > Database > 対象のコネクション > Authentication Methods > Password にあります。',
    ],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-dictionary': () => ({
    title: 'よく使われるパスワードです',
    cause:
      'コネクションの Password Dictionary が、よく使われる上位 10,000 件のパスワード（と追加したもの）を拒否しています。',
    fix: [
      'あまり使われていないパスワードを選んでください。',
      'ディクショナリーは Authentication > Database > 対象のコネクション > Authentication Methods > Password にあります。',
    ],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-user-info': () => ({
    title: 'パスワードにユーザー自身の情報が含まれています',
    cause:
      'コネクションは、ユーザーの名前、ユーザー名、メールアドレスを含むパスワードを拒否します（Disallow Personal Data）。',
    fix: ['名前、ユーザー名、メールアドレスを含まないパスワードを選んでください。'],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-history': (f) => ({
    title: '以前に使ったパスワードです',
    cause: `コネクションの Password History が、このユーザーの直近のパスワードを拒否しています。${said(f)}`,
    fix: ['最近使っていないパスワードを選んでください。履歴の件数はコネクションのパスワードポリシーで設定します。'],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.signup-user-metadata': (f) => ({
    title: 'サインアップ時の user_metadata は文字列だけ',
    cause: `POST /dbconnections/signup は、user_metadata を最大 10 プロパティのオブジェクト 1 つとして受け付け、値は文字列（それぞれ 500 文字まで）に限られます。数値、真偽値、入れ子のオブジェクトや配列は拒否されます。${said(f)}`,
    fix: [
      'サインアップでは user_metadata の値をすべて文字列で送ってください（文字列でないものは JSON.stringify）。',
      'ほかの型は後から保存してください: バックエンドから Management API（PATCH /api/v2/users/{id}）で、または post-login / post-user-registration の Action で。',
    ],
    docs: docs.signup,
  }),
  'auth0.change-password-text-answer': (f) => ({
    title: 'パスワードリセットのメールは送信済み: 応答は JSON ではなくテキストです',
    cause: `POST /dbconnections/change_password は成功をプレーンテキストの文（「We’ve just sent you an email to reset your password.」）で返しますが、呼び出したコードがその応答を JSON として読もうとしました。リクエストは成功しており、ユーザーにはメールが届いています。${said(f)}`,
    fix: [
      'change_password の 200 は成功として扱い、本文は JSON ではなくテキストとして読んでください（fetch なら response.text()）。',
      'このように失敗する SDK（古い react-native-auth0 の resetPassword など）はアップグレードするか、この解析エラーだけを成功として扱ってください。',
    ],
    docs: docs.signup,
  }),
  'auth0.change-password-no-password': (f) => ({
    title: 'change_password は新しいパスワードを受け取りません',
    cause: `POST /dbconnections/change_password は、新しいパスワードを設定するリンク付きのメールをユーザーに送るだけです。本文のパスワードは拒否されます（古い Lock は送っていました）。${said(f)}`,
    fix: [
      'client_id、email、connection だけを送ってください。ユーザーはメールのリンクから新しいパスワードを設定します。',
      'パスワードを直接設定するには、バックエンドから Management API で行ってください: PATCH /api/v2/users/{id} に password と connection。',
    ],
    docs: docs.signup,
  }),
} satisfies typeof en.signupTexts;
