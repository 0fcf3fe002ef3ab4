import { invitedOtherAccount } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/organizations';
import { app, docs, organizationsPath, said } from './paths';

const appOrganizations = [...app, 'Organizations'];

/** Organizations。 */
export const organizationTexts = {
  'auth0.organization-required': () => ({
    title: 'このアプリケーションには Organization の指定が必要',
    cause:
      'アプリケーションの Login Experience がビジネスユーザー専用に設定されているため、すべてのログインで Organization を指定する必要があります。',
    fix: [
      'ログイン時に organization=<Organization の id または名前> を送ってください（または Universal Login で入力させます）。',
      '個人ユーザーも許可する場合は、Applications > Applications > 対象のアプリ > Organizations > Type of Users を Both にします。',
    ],
    breadcrumb: [...appOrganizations, 'Type of Users'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-connection': () => ({
    title: 'このコネクションは Organization で有効になっていません',
    cause:
      'Organization のメンバーは、その Organization で有効なコネクションからしかログインできず、ユーザーのコネクションはそこに含まれていません。',
    fix: [
      'Organizations > 対象の Organization > Connections で、ユーザーのコネクション（データベース、ソーシャル、エンタープライズ）を有効にしてください。',
    ],
    breadcrumb: [...organizationsPath, 'Connections'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-not-member': () => ({
    title: 'ユーザーがこの Organization のメンバーではありません',
    cause:
      'Organization にログインするにはメンバーである必要があります（ログイン時にメンバーを追加するコネクションを除く）。',
    fix: [
      'Organizations > 対象の Organization > Members で、ユーザーを追加（または招待）してください。',
      'または、Organizations > 対象の Organization > Connections で、そのコネクションの Auto-Membership を有効にしてください。',
    ],
    breadcrumb: [...organizationsPath, 'Members'],
    docs: docs.organizations,
  }),
  'auth0.organization-names-disabled': () => ({
    title: 'ここでは Organization 名を使えません',
    cause: 'このテナントでは、organization パラメーターに Organization の id（org_…）しか指定できません。',
    fix: [
      'Organization の id を送ってください（Organizations > 対象の Organization に表示されます）。',
      'または、名前を許可します: Settings > Advanced > Allow Organization Names in Authentication API。',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Allow Organization Names in Authentication API'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-invalid': (f) => ({
    title: 'Organization が存在しないか、形式が不正',
    cause: `organization パラメーターが、このテナントの Organization（またはこのアプリケーションが使える Organization）を指していないか、有効な id や名前の形式（英小文字・数字・- と _、1〜50 文字）になっていません。${said(f)}`,
    fix: [
      'Organizations から、Organization の id（org_…）または名前を正確にコピーしてください。',
      'アプリケーションが許可されているか確認してください: Applications > Applications > 対象のアプリ > Organizations。',
    ],
    breadcrumb: ['Organizations'],
    docs: docs.orgLogin,
  }),
  'auth0.organization-app-settings': (f) => ({
    title: 'アプリケーションが Organization 向けに設定されていません',
    cause: `アプリケーションで Organization を許可する（Type of Users を Business Users または Both にする）必要があり、対象はファーストパーティのアプリケーション（と strict なサードパーティのアプリケーション）です。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Organizations で Type of Users を Business Users または Both にして、Save してください。',
    ],
    breadcrumb: [...appOrganizations, 'Type of Users'],
    docs: docs.organizations,
  }),
  'auth0.organization-invitation': (f) => ({
    title: invitedOtherAccount(f)
      ? '招待されたのとは別のアカウントで招待を受け入れました'
      : 'Organization の招待が無効か期限切れ',
    cause: `招待チケットの期限が切れている（既定では 7 日）、使用済み、別の Organization のもの、またはもう存在しないロールを指定しています。${said(f)}`,
    fix: [
      ...(invitedOtherAccount(f)
        ? [
            '招待されたメールアドレスでログインし（先に他のセッションからログアウトし、SAML やエンタープライズ接続では招待のメールアドレスを対応付けて）、新しい招待を送ってください: 最初の招待は使用済みです。',
          ]
        : []),
      'Organizations > 対象の Organization > Invitations で招待を取り消し、新しい招待を送ってください。',
    ],
    breadcrumb: [...organizationsPath, 'Invitations'],
    docs: docs.orgInvitations,
  }),
  'auth0.organization-member-limit': () => ({
    title: 'Organization のメンバー数が上限に達しています',
    cause: 'Organization のメンバー数が、テナントのプランの上限に達しました。',
    fix: ['アクセスが不要になったメンバーを削除するか、プランの上限を引き上げてください。'],
    breadcrumb: [...organizationsPath, 'Members'],
    docs: docs.organizations,
  }),
  'auth0.organization-user-id-too-long': () => ({
    title: 'この user_id は Organization で使うには長すぎます',
    cause:
      'Organization のメンバーシップには user_id が保存され、その長さは 1,024 文字までです（カスタムデータベースやコネクションがそれより長い user_id を生成しています）。',
    fix: [
      'コネクション（カスタムデータベースのスクリプト、エンタープライズのマッピング）が短い user_id を返すようにしてください。',
    ],
    docs: docs.organizations,
  }),
  'auth0.organization': (f) => ({
    title: 'Organization の問題',
    cause: `リクエストが指定している Organization に対して、ユーザー、アプリケーション、または API が設定されていません。${said(f)}`,
    fix: [
      'Organizations > 対象の Organization で、コネクションが有効か、ユーザーがメンバーかを確認してください。',
      'Applications > Applications > 対象のアプリ > Organizations で、アプリケーションが Organization を使えるか確認してください。',
    ],
    breadcrumb: organizationsPath,
    docs: docs.organizations,
  }),
} satisfies typeof en.organizationTexts;
