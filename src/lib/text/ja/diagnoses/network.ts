import type { Facts } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/network';

const appSettings = ['Applications', 'Applications', '対象のアプリ', 'Settings'];

/** ネットワーク状態の診断テキスト: ブラウザーがレスポンスをまったく読めなかった場合。 */
export const networkTexts = {
  corsBlocked: (facts: Facts, secret: boolean, json: boolean) => ({
    title: 'ブラウザーがレスポンスの読み取りを許可されませんでした（CORS）',
    cause: [
      'Auth0 がブラウザーに /oauth/token のレスポンスを返すのは、パブリッククライアント（Application Type が Single Page Application または Native で、Authentication Method が None）の場合だけで、しかも Allowed Web Origins と Allowed Origins (CORS) に登録されたオリジンからのリクエストに限られます。',
      secret
        ? 'このリクエストには Client Secret が含まれています。コンフィデンシャルクライアントをブラウザーから呼び出すべきではなく、どの設定を変えても正しい構成にはなりません。代わりに curl を使ってください。'
        : '',
      json
        ? 'ボディが JSON なので、ブラウザーは先に確認（CORS プリフライト）を行い、そこで止まりました。テナントはこのリクエストを処理していません。'
        : 'ボディがフォーム形式なので、ブラウザーは確認なしに送信しました。テナントはリクエストを処理しています（テナントのログに残り、ブルートフォース保護の回数にも数えられます）。このページからレスポンスが見えないだけです。',
    ]
      .filter(Boolean)
      .join(''),
    fix: [
      'すぐ下のボタンで curl をコピーしてターミナルで実行し、出力全体をその下の「レスポンスを貼り付け」に貼り付けてください。そこから診断を続けます。',
      // リクエストに secret がある場合、ブラウザーからの呼び出しを正しくする設定はないので、curl が唯一の道。
      ...(secret
        ? []
        : [
            `パブリッククライアントの場合は、${facts.pageOrigin} を Allowed Web Origins と Allowed Origins (CORS) に追加し、Credentials > Authentication Method を None にする方法もあります。保存してから再送してください。`,
          ]),
    ],
    ...(secret ? {} : { breadcrumb: [...appSettings, 'Application URIs', 'Allowed Web Origins'] }),
    docs: 'https://auth0.com/docs/get-started/applications/set-up-cors',
  }),
  corsKeys: (facts: Facts) => ({
    title: 'ブラウザーがテナントの鍵（jwks.json）を読めませんでした',
    cause: `この CORS メッセージは /oauth/token ではなく ${facts.tenantOrigin ?? 'テナント'}/.well-known/jwks.json に関するものです。Auth0 は単純な GET リクエストであればどのオリジンにも鍵を返しますが、カスタムヘッダーや認証情報付きのリクエストはプリフライトが行われ、拒否されます。`,
    fix: [
      'JWKS は単純な GET で取得してください。Authorization ヘッダーやカスタムヘッダーは付けず、credentials は omit にします。',
      'ドメインを確認してください。テナント名のスペルミスでも CORS メッセージになります。',
      'または、CORS の制約がないサーバー側で検証してください。',
    ],
  }),
  corsDiscovery: (facts: Facts) => ({
    title: 'ブラウザーがディスカバリードキュメントを読めませんでした',
    cause: `この CORS メッセージは ${facts.tenantOrigin ?? 'テナント'}/.well-known/openid-configuration に関するものです。単純な GET であればどのオリジンにもレスポンスが返りますが、ライブラリーがヘッダーを追加するとプリフライトが発生し、Auth0 はそれを受け付けません。`,
    fix: [
      '余計なヘッダーを付けずにディスカバリードキュメントを取得するか、ライブラリーに issuer の各エンドポイントを直接設定してください。',
    ],
  }),
  networkError: (facts: Facts, host?: string) => ({
    title: 'テナントから応答がありません',
    cause: [
      'CORS の許可が不要なリクエストも含め、テナントからまったく応答がありませんでした。',
      host && /^[^.]+\.auth0\.com$/i.test(host)
        ? `${host} にはリージョンが含まれていません。ほとんどのテナントは NAME.REGION.auth0.com（us、eu、au、jp など）の形式です。`
        : '',
      'よくある原因は、ドメインのスペルミス、まだ検証が済んでいないカスタムドメイン、プロキシやファイアウォール、ネットワーク未接続です。',
    ]
      .filter(Boolean)
      .join(''),
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Basic Information の Domain をコピーし、「テナントドメイン」に貼り付けてください。',
      'このコンピューターがオンラインであることを確認してから、再送してください。',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  timeout: (seconds: number) => ({
    title: `${seconds} 秒以内に応答がありません`,
    cause:
      'テナントは接続を受け付けましたが、時間内に応答しませんでした。Auth0 は通常 1 秒もかからずに応答します。遅い Action や Rule、遅いサービスを呼び出す Hook、止まったローカルテナントでは時間がかかることがあります。',
    fix: [
      '再送してください。テナントが遅いとわかっている場合は「タイムアウト」の値を大きくしてください。',
      'テナントの Action（Actions > Triggers > post-login または credentials-exchange）に遅い呼び出しがないか、また status.auth0.com で障害が出ていないか確認してください。',
    ],
  }),
  mixedContent: (facts: Facts) => ({
    title: '混在コンテンツとしてブロックされました',
    cause: `このページは https で配信されていますが、テナントのアドレスは平文の http です。ブラウザーはこのようなリクエストを拒否します。Auth0 のテナントは https のみです。`,
    fix: [
      `「テナントドメイン」には https://${facts.tenantOrigin?.replace(/^http:\/\//, '') ?? 'YOUR_DOMAIN'} を指定してください。`,
    ],
  }),
  redirect: (facts: Facts, location: string | undefined) => ({
    title: 'テナントがリダイレクトを返しました（追従していません）',
    cause: [
      `POST ${facts.tenantOrigin ?? 'テナント'}/oauth/token に対して、${location ?? 'ブラウザーがページに明かさないアドレス'} へのリダイレクトが返されました。`,
      'Auth0 のトークンエンドポイントがリダイレクトすることはありません。ブラウザーが 307 や 308 に従うと、ボディ全体（Client Secret、パスワード、認可コード）をそのアドレスに送ってしまうため、このページはそこで止めました。そのアドレスには何も送っておらず、そこからの内容も表示していません。',
      '応答したのはテナント自体ではありません。ドメインのスペルミスや古いドメイン、別の場所を指しているカスタムドメイン、テナントの前段にあるプロキシやゲートウェイが考えられます。',
    ].join(''),
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Basic Information の Domain、または検証済みのカスタムドメインを「テナントドメイン」にコピーし、再送してください。',
      'テナントの前段にプロキシやゲートウェイがある場合は、テナントに直接送ってください。プロキシは /oauth/token をそのまま通す必要があり、リダイレクトしてはいけません。',
      'リダイレクト先を確認するには、下の curl を -i 付きで実行し、Location ヘッダーを見てください（curl は -L を付けない限りリダイレクトに従いません。-L は付けないでください）。',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  interrupted: (facts: Facts) => ({
    title: `レスポンスが途中で切れました${facts.status ? `（HTTP ${facts.status}）` : ''}`,
    cause:
      'ステータスとヘッダーは届きましたが、ボディがそろう前に接続が切れました。プロキシや VPN によるレスポンスの切断、不安定なネットワーク、サーバーの応答途中の障害が考えられます。ブラウザーはページにヘッダーの読み取りを許可しているので、CORS ではありません。リクエストはテナントに届いており、処理が反映されている可能性があります。認可コード、ワンタイムパスワード、ローテーションされたリフレッシュトークンはすでに使用済みになっているかもしれません。',
    fix: [
      '再送してください。1 回限りの認証情報（認可コード、OTP、ローテーションされたリフレッシュトークン）は新しいものが必要です。',
      '毎回起きる場合は、下の curl を -i 付きで実行し、出力を「レスポンスを貼り付け」に貼り付けてください。',
    ],
  }),
  cancelled: () => ({
    title: 'リクエストをキャンセルしました',
    cause:
      'リクエストをキャンセルしたため、レスポンスは読み取っていません。すでにテナントに届いて処理が反映されている可能性があり、ワンタイムコードやローテーションされたリフレッシュトークンは使用済みになっているかもしれません。',
    fix: ['準備ができたら再送してください。'],
  }),
  pageError: () => ({
    title: '送信中にこのページでエラーが発生しました',
    cause:
      'レスポンスを読み取る前に、このページ内で問題が起きました。ブラウザーのメッセージを下に表示しています。テナントの状態については何もわかりません。',
    fix: [
      '下の curl をコピーしてターミナルで実行し、出力を「レスポンスを貼り付け」に貼り付けてください。',
      'ページを再読み込みして、再送してください。',
    ],
  }),
} satisfies typeof en.networkTexts;
