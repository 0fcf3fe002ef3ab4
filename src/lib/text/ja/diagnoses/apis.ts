import { asksUserScopes, customDomainManagement, placeholder, userinfoAudience } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/apis';
import { apiAuthorizationSettings, apis, docs, said, users } from './paths';

/** API、audience、クライアントグラント、スコープ、権限。 */
export const apiTexts = {
  'auth0.service-not-found': (f) => ({
    title: f.audience ? `Identifier が ${f.audience} の API がない` : '送信した Identifier の API がない',
    cause: `audience${f.audience ? `「${f.audience}」` : ' '}は、このテナントのどの API の Identifier とも一致しません。スキーム、末尾のスラッシュ、大文字・小文字まで完全に一致する必要があり、API の名前や ID では代わりになりません。`,
    fix: [
      ...(userinfoAudience(f)
        ? [
            `${f.audience} は API ではありません: audience を外すか（scope openid だけで /userinfo 用のトークンが得られます）、必要な場合は正規の https://YOUR_TENANT.auth0.com/userinfo を使ってください。カスタムドメインの /userinfo は識別子ではありません。`,
          ]
        : []),
      ...(customDomainManagement(f)
        ? [
            `${f.audience} はカスタムドメイン上の Management API です。その Identifier は常にテナント自身のドメイン https://YOUR_TENANT.REGION.auth0.com/api/v2/ です。その audience を求めてください (トークンのリクエスト自体はカスタムドメイン経由でも構いません)。SDK にはそのための別の設定があります (auth0-PHP: domain とは別の customDomain)。`,
          ]
        : []),
      ...(placeholder(f.audience)
        ? [
            `${f.audience} はサンプルやライブラリの設定に残ったプレースホルダーです: そこで API の Identifier に置き換えるか、自分の API を呼ばないなら audience の設定を外してください。`,
          ]
        : []),
      'Applications > APIs で、使いたい API の Identifier をコピーしてください。',
      'それを Audience に貼り付けて再送してください。',
      'audience を自分で設定しないソフトウェアが送っている場合（リソース URL を送る MCP クライアント、プロキシ、YOUR_API_IDENTIFIER のようなサンプルのプレースホルダー）は、その値とまったく同じ Identifier の API を作成するか（Applications > APIs > Create API）、値を設定している場所で直してください。',
      'テナントが取引先のもの（取引先の API のために、その Auth0 を呼んでいる）なら、API は作れません: 呼び出す環境（ステージングと本番は別）の audience を正確に教えてもらってください。',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  'auth0.no-audience': () => ({
    title: 'audience がなく、Default Audience もない',
    cause:
      'Client Credentials のリクエストでは、どの API 向けのトークンが欲しいかを audience で指定する必要があります。',
    fix: [
      'Audience に API の Identifier を設定してください（Applications > APIs）。',
      'または、テナント全体の Default Audience を設定してください: Settings > General > API Authorization Settings。',
      'クライアントが API を audience ではなく resource (RFC 8707、MCP クライアントの方式) で送る場合は、audience も送るか、Settings > Advanced > Resource Parameter Compatibility Profile をオンにしてください。',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Audience'],
    docs: docs.m2m,
  }),
  'auth0.third-party-audience': (f) => ({
    title: 'サードパーティアプリケーションは API を指定する必要があります',
    cause: `このアプリケーションはサードパーティのもの（Claude や ChatGPT などの MCP クライアントのように Dynamic Client Registration で登録されたもの、またはサードパーティに設定されたもの）で、API を指定していません: サードパーティアプリケーションは /userinfo だけのトークンを得られません。${said(f)}`,
    fix: [
      'クライアントが API を audience ではなく resource（RFC 8707。MCP クライアントはこちら）で送っている場合: Settings > Advanced で Resource Parameter Compatibility Profile をオンにし、Identifier がその resource の URL とまったく同じ API を作ってください。',
      'そうでなければ、クライアントに audience = API の Identifier を送らせるか、テナントの Default Audience を設定してください（Settings > General > API Authorization Settings）。',
      'サードパーティアプリケーションがその API を使えるようにしてください: Applications > APIs > 対象のAPI > Application Access。',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Resource Parameter Compatibility Profile'],
    docs: docs.apis,
  }),
  'auth0.client-not-authorized-for-api': (f) => ({
    title: `このアプリケーションは ${f.audience || 'API'} へのアクセスを許可されていない`,
    cause:
      'Machine-to-Machine トークンにはクライアントグラントが必要です。API 側でこのアプリケーションを許可し、取得できる権限を指定しておく必要があります。',
    fix: [
      `Applications > APIs > ${f.audience || '対象のAPI'} > Machine To Machine Applications を開いてください。`,
      'このアプリケーションを Authorize し、必要な権限にチェックを入れて Update してください。',
      '再送してください。',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications'],
    docs: docs.m2m,
  }),
  'auth0.client-not-authorized-user-flow': (f) => ({
    title: `このアプリケーションは ${f.audience || 'API'} のユーザートークンを取得できない`,
    cause:
      'API がユーザーの代わりにトークンを取得できるアプリケーションを制限しており、このアプリケーションはその中に含まれていません（または同意を得ていないサードパーティアプリケーションです）。',
    fix: [
      `Applications > APIs > ${f.audience || '対象のAPI'} > Application Access で、このアプリケーションのユーザーアクセスを許可してください。`,
      'サードパーティアプリケーションの場合は、ユーザーが同意したか確認してください。',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.apis,
  }),
  'auth0.scopes-not-granted': (f) => ({
    title: `付与されていないスコープ: ${f.scope || '要求したスコープの一部'}`,
    cause: `この API に対するアプリケーションのクライアントグラントに含まれていない権限を要求しています。${asksUserScopes(f) ? 'その中に OpenID のスコープ（openid、profile、email、offline_access）があります。これらはユーザーについてのスコープで、マシン間トークンにはユーザーがいないため、どのクライアントグラントにも含められません。' : ''}`,
    fix: [
      ...(asksUserScopes(f)
        ? [
            'Client Credentials リクエストの scope から openid、profile、email、offline_access を外してください（既定でこれらを付けるライブラリは、scope の設定を API の権限だけにするか空にしてください）。',
          ]
        : []),
      'Applications > APIs > 対象のAPI > Machine To Machine Applications で、このアプリケーションを展開して不足している API の権限にチェックを入れ、Update してください。',
      'または、すでに付与されているスコープだけを要求してください。',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications', 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.offline-access-client-credentials': () => ({
    title: 'Client Credentials ではリフレッシュトークンは発行されない',
    cause:
      'offline_access はリフレッシュトークンを要求するスコープですが、リフレッシュトークンがあるのはユーザーの代わりに動くグラントだけです。Machine-to-Machine では、代わりに新しいアクセストークンを要求します。',
    fix: [
      'Scope から offline_access を削除してください。',
      'アクセストークンは有効期限までキャッシュし、期限が切れたら Client Credentials のリクエストを再送してください。',
    ],
    docs: docs.m2m,
  }),
  'auth0.user-scope-not-allowed': (f) => ({
    title: 'ユーザーにこの API のスコープが許可されていない',
    cause: `API は権限（Role-Based Access Control）またはアクセスポリシーに基づいてユーザートークンを発行しますが、このユーザーは要求されたスコープを1つも持っていません。${said(f)}`,
    fix: [
      'User Management > Users > 対象のユーザー > Permissions（または Roles）で、リクエストが求める API の権限を割り当ててください。',
      'Applications > APIs > 対象のAPI > Settings > RBAC Settings を確認し、ユーザーが持っているスコープだけを要求してください。',
    ],
    breadcrumb: [...users, 'Permissions'],
    docs: docs.rbac,
  }),
  'auth0.target-not-allowed': (f) => ({
    title: 'この API をトークンの対象にできない',
    cause: `audience（または resource）で指定した API は、このフローでこのアプリケーションがトークンを取得できないものです。許可されていないか、このリクエストで許可された API に含まれていません。${said(f)}`,
    fix: [
      'Applications > APIs > 対象のAPI > Application Access（または Machine To Machine Applications）で、このアプリケーションを許可してください。',
      'Audience がその API の Identifier になっているか確認してください。',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.apis,
  }),
  'auth0.invalid-scope': (f) => ({
    title: 'スコープの形式が不正、または未知のスコープ',
    cause: `スコープは（カンマではなく）スペースで区切った1つの文字列で、それぞれが API に定義されたものか、openid、profile、email、address、phone、offline_access のいずれかである必要があります。${said(f)}`,
    fix: [
      'Scope は「openid profile read:messages」のように書いてください。',
      'カスタムスコープは Applications > APIs > 対象のAPI > Permissions で定義してください。',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.scope-conflict': () => ({
    title: 'online_access と offline_access の同時指定',
    cause: 'この2つのスコープは正反対のセッションを要求するため、1つのリクエストにはどちらか一方しか付けられません。',
    fix: ['Scope から online_access か offline_access のどちらかを削除してください。'],
    docs: docs.refreshTokens,
  }),
} satisfies typeof en.apiTexts;
