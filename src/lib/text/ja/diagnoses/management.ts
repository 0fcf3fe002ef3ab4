import { badAuthorizationHeader } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/management';
import { appSettings, docs, m2mApps, said, toolSteps } from './paths';

/** Management API。 */
export const managementTexts = {
  'auth0.management-api-insufficient-scope': (f) => ({
    title: `Management API トークンに${f.requiredScope ? `スコープ ${f.requiredScope} がない` : 'この呼び出しに必要なスコープがない'}`,
    cause: `Management API の各エンドポイントは、トークンにそのスコープのいずれかを必要とします。トークンのクライアントグラントには${f.requiredScope ? ` ${f.requiredScope} のどれも` : 'それが'}含まれていません。`,
    fix: [
      `Applications > APIs > Auth0 Management API > Machine To Machine Applications で対象のアプリケーションを展開し、${f.requiredScope ? `${f.requiredScope} ` : 'エンドポイントに必要なスコープ'}にチェックを入れて Update してください。`,
      '新しいトークンを要求してください。古いトークンのスコープは古いままです。',
      ...toolSteps(f),
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
      ...(badAuthorizationHeader(f)
        ? [
            'Authorization ヘッダーが「Bearer <トークン>」になっていません: トークン応答全体ではなく access_token の文字列そのものを渡してください（Python なら token["access_token"]。SDK が受け取るのはトークンで、辞書ではありません）。',
          ]
        : []),
      'このテナントから、audience https://YOUR_DOMAIN/api/v2/（末尾のスラッシュ付き）でトークンを要求してください。',
      'Authorization: Bearer <token> の形で、スペース1つ、引用符なしで送ってください。',
    ],
    breadcrumb: m2mApps,
    docs: docs.managementToken,
  }),
  'auth0.management-api-plan': (f) => ({
    title: 'このテナントのプランでは利用できない',
    cause: `テナントのサブスクリプションに含まれない機能を、Management API が拒否しました。${said(f)}`,
    fix: ['Settings > Subscription でその機能を確認するか、リクエストからその機能を外してください。', ...toolSteps(f)],
    breadcrumb: ['Settings', 'Subscription'],
  }),
  'auth0.management-api-not-found': (f) => ({
    title: `このテナントに該当する${f.object ? ` ${String(f.object)} ` : 'オブジェクト'}がない`,
    cause: `Management API の呼び出しに含まれる ID（パス、またはボディ内のロール・パーミッション・コネクション）が、このテナントの何も指していません。typo、削除済みのオブジェクト、別のテナントの ID、URL エンコードされていないユーザー ID（auth0|123 は auth0%7C123 として送る必要があります）、またはこのテナントで一度も設定されていない設定（ブランディングテーマ、メールテンプレート：404 は「未設定」を意味します）が考えられます。${said(f)}`,
    fix: [
      'まさにこのテナントから ID をコピーしてください（Dashboard、または GET /api/v2/roles、/api/v2/resource-servers などの一覧取得）。削除済みオブジェクトの ID は構成（Terraform、deploy CLI）から取り除いてください。',
      'パス内の ID は URL エンコードしてください。',
      '一度も設定されていない設定は、先に作成する（POST）か、404 を「未設定」として扱ってください。',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-conflict': (f) => ({
    title: 'すでに存在する、またはまだ使用中',
    cause: `テナントの現状と衝突する変更を Management API が拒否しました。名前（または識別子）がすでに使われている、1 つしか持てないもの（メールプロバイダー、アプリケーションと API の組ごとのクライアントグラント）がすでにある、またはオブジェクトがまだ別のものから使われている（トリガーにバインドされた Action）、のいずれかです。${said(f)}`,
    fix: [
      '既存のオブジェクトを更新する（PATCH）か、別の名前にしてください。',
      '使用中のものを削除するには、先に切り離してください。Actions > Triggers > 対象のフローから Action を外して Apply する（または PATCH /api/v2/actions/triggers/{trigger}/bindings）と、削除できます。',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-payload': (f) => ({
    title: 'Management API がリクエストの内容を拒否した',
    cause: `ボディ、クエリ文字列、またはパスが、このエンドポイントの受け付ける内容に合っていません。プロパティの綴り・型・大文字小文字の誤り、読み取り専用のプロパティ、この種類のオブジェクトが持たないプロパティ（一部のコネクション strategy やトリガーのバージョンにしかないオプション）、範囲外の値、必須プロパティの欠落、あるいはエンドポイントが認めない組み合わせです。メッセージがプロパティ名を示さない場合（"does not match any schemas"）は、入れ子のオブジェクトがどの許可された形にも合っていません。${said(f)}`,
    fix: [
      'メッセージが示すものを修正し、Management API リファレンスのエンドポイントのページとリクエストを見比べてください。',
      '別のテナントや古いツール（Terraform、deploy CLI）から書き出した構成の場合は、読み取り専用やサポートされないプロパティを取り除くか、ツールを更新してください。',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-precondition': (f) => ({
    title: 'このリクエストに必要な設定がテナントにまだない',
    cause: `リクエストの形式は正しいものの、テナントにまだないものを必要としています。メールプロバイダー、検証済みのカスタムドメイン（カスタムドメインが複数ある場合は、そのうち 1 つを指定する auth0-custom-domain ヘッダーも）、または一度も設定されていないテンプレートや設定です。ID やフィールドが誤っているわけではありません。${said(f)}`,
    fix: [
      'まず、メッセージに書かれたものを設定してください: Branding > Email Provider、Branding > Custom Domains（ドメインを検証）、または Universal Login のテンプレート。そのあとで再送してください。',
      'カスタムドメインが複数ある場合は、リクエストに auth0-custom-domain: <ドメイン> ヘッダーを追加してください。',
      '招待やリセットのリンクには、リンク先のログインページが必要です。アプリケーションの Application Login URI（Applications > 対象のアプリ > Settings）か、Settings > Advanced > Default Login Route を設定してください。',
      '準備中のオブジェクト（ビルド中の Action のドラフトなど）の場合は、ステータスが built になるまで待ってから再送してください。',
    ],
    breadcrumb: ['Branding'],
    docs: docs.customDomains,
  }),
  'auth0.management-legacy-grant-types': (f) => ({
    title: 'このテナントは旧来のグラントタイプを受け付けません',
    cause: `クライアントの grant_types に旧来のグラント (http://auth0.com/oauth/legacy/grant-type/…: ro、delegation、access_token) が含まれています。それを持つのは 2017 年 6 月 8 日より前に作られたテナントだけで、そうしたテナントからエクスポートした設定を新しいテナントや、それを失ったクライアントへ送ると拒否されます。${said(f)}`,
    fix: [
      'エクスポートした設定 (Deploy CLI の YAML や JSON、Terraform) の grant_types から旧来のグラントタイプを外し、現在のもの (authorization_code、refresh_token、password、client_credentials…) を残してください。',
      'まだ /oauth/ro や /delegation を使っている部分は、旧テナントでもグラントを外す前に現在のフロー (realm 付きの Resource Owner Password、リフレッシュトークン、トークン交換) へ移してください。',
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'Grant Types'],
    docs: docs.grantTypes,
  }),
} satisfies typeof en.managementTexts;
