import type * as en from '../../en/diagnoses/management';
import { docs, m2mApps, said } from './paths';

/** Management API。 */
export const managementTexts = {
  'auth0.management-api-insufficient-scope': (f) => ({
    title: `Management API トークンに${f.requiredScope ? `スコープ ${f.requiredScope} がない` : 'この呼び出しに必要なスコープがない'}`,
    cause: `Management API の各エンドポイントは、トークンにそのスコープのいずれかを必要とします。トークンのクライアントグラントには${f.requiredScope ? ` ${f.requiredScope} のどれも` : 'それが'}含まれていません。`,
    fix: [
      `Applications > APIs > Auth0 Management API > Machine To Machine Applications で対象のアプリケーションを展開し、${f.requiredScope ? `${f.requiredScope} ` : 'エンドポイントに必要なスコープ'}にチェックを入れて Update してください。`,
      '新しいトークンを要求してください。古いトークンのスコープは古いままです。',
    ],
    breadcrumb: [...m2mApps, 'Permissions'],
    docs: docs.managementToken,
  }),
  'auth0.management-api-token-expired': () => ({
    title: 'Management API トークンの期限切れ',
    cause: 'Management API トークンの有効期間は既定で 24 時間です。このトークンは exp を過ぎています。',
    fix: [
      'Client Credentials で新しいトークンを要求し（audience は https://YOUR_DOMAIN/api/v2/）、有効期限までキャッシュしてください。',
    ],
    docs: docs.managementToken,
  }),
  'auth0.management-api-token-invalid': (f) => ({
    title: 'Management API がトークンを拒否した',
    cause: `Management API が受け付けるのは、まさにこのテナントの audience https://YOUR_DOMAIN/api/v2/ 向けのトークンを Authorization: Bearer <token> で送ったものです。このトークンは形式が不正、別のテナントで署名された、別の audience 向け、またはそのヘッダーで送られていません。${said(f)}`,
    fix: [
      'このテナントから、audience https://YOUR_DOMAIN/api/v2/（末尾のスラッシュ付き）でトークンを要求してください。',
      'Authorization: Bearer <token> の形で、スペース1つ、引用符なしで送ってください。',
    ],
    breadcrumb: m2mApps,
    docs: docs.managementToken,
  }),
  'auth0.management-api-plan': (f) => ({
    title: 'このテナントのプランでは利用できない',
    cause: `テナントのサブスクリプションに含まれない機能を、Management API が拒否しました。${said(f)}`,
    fix: ['Settings > Subscription でその機能を確認するか、リクエストからその機能を外してください。'],
    breadcrumb: ['Settings', 'Subscription'],
  }),
  'auth0.management-api-not-found': (f) => ({
    title: `このテナントに該当する${f.object ? ` ${String(f.object)} ` : 'オブジェクト'}がない`,
    cause: `Management API のパスの ID は、このテナントの何も指していません。typo、削除されたオブジェクト、別のテナントの ID、または URL エンコードされていないユーザー ID（auth0|123 は auth0%7C123 として送る必要があります）が考えられます。${said(f)}`,
    fix: [
      'まさにこのテナントの Dashboard（または一覧取得の呼び出し）から ID をコピーしてください。',
      'パス内の ID は URL エンコードしてください。',
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-conflict': (f) => ({
    title: 'すでに存在する',
    cause: `名前（または識別子）がすでに使われているため、Management API が作成を拒否しました。${said(f)}`,
    fix: ['既存のオブジェクトを更新するか、別の名前にしてください。'],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-payload': (f) => ({
    title: 'Management API の呼び出しの形式が不正',
    cause: `ボディまたはクエリ文字列がエンドポイントのスキーマに合っていません。メッセージにプロパティ名が書かれています。${said(f)}`,
    fix: [
      'メッセージに書かれたプロパティを修正してください（綴り、型、範囲外の値、エンドポイントが受け付けないプロパティ）。',
      'Management API リファレンスのエンドポイントのページと見比べてください。',
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-precondition': (f) => ({
    title: 'このリクエストに必要な設定がテナントにまだない',
    cause: `リクエストの形式は正しいものの、テナントにまだないものを必要としています。メールプロバイダー、検証済みのカスタムドメイン（カスタムドメインが複数ある場合は、そのうち 1 つを指定する auth0-custom-domain ヘッダーも）、または一度も設定されていないテンプレートや設定です。ID やフィールドが誤っているわけではありません。${said(f)}`,
    fix: [
      'まず、メッセージに書かれたものを設定してください: Branding > Email Provider、Branding > Custom Domains（ドメインを検証）、または Universal Login のテンプレート。そのあとで再送してください。',
      'カスタムドメインが複数ある場合は、リクエストに auth0-custom-domain: <ドメイン> ヘッダーを追加してください。',
    ],
    breadcrumb: ['Branding'],
    docs: docs.customDomains,
  }),
} satisfies typeof en.managementTexts;
