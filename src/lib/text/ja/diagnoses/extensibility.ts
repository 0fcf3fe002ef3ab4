import { pinnedModule, refusedOnPurpose, saysNoReason, soundsLikeCrash } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/extensibility';
import { actions, actionsLibrary, codeHome, customDatabase, docs, logs, said } from './paths';

/** コードが実際に投げたエラーを見る場所。 */
const seeLogs =
  '実際のエラーを確認してください: Monitoring > Logs（失敗エントリの詳細）、または再送しながら Action のリアルタイムログ（Actions > Library > 対象の Action > View Logs）を見てください。';

/** テナント独自のコード: Actions、Rules、Hooks、カスタムデータベースのスクリプト。 */
export const extensibilityTexts = {
  'auth0.extensibility-timeout': (f) => ({
    title: '独自のコードがタイムアウトした',
    cause: `このテナントの Action、Rule、Hook、またはカスタムデータベースのスクリプトが制限時間（約 20 秒）内に終わりませんでした。たいていは遅い、または到達できない外部サービスを待っています。${said(f)}`,
    fix: [
      seeLogs,
      '遅い呼び出しを特定し（Actions > Library、Auth Pipeline > Rules / Hooks、Authentication > Database > 対象のコネクション > Custom Database）、その呼び出しに個別の短いタイムアウトを設定してください。',
    ],
    breadcrumb: logs,
    docs: docs.actionsLogs,
  }),
  'auth0.extensibility-concurrency': (f) => ({
    title: 'Actions やスクリプトが同時に動きすぎました',
    cause: `テナントには、同時に動かせる Actions、Rules、Hooks、カスタムデータベースのスクリプトの数に上限があります。それらが遅い外部呼び出しを待つと実行がたまり、新しいログインが resource_exhausted で拒否されます。${said(f)}`,
    fix: [
      '遅い外部呼び出しを見つけ（Actions > Library、Authentication > Database > 対象の接続 > Custom Database）、それぞれに短いタイムアウトを付け、キャッシュできるものはキャッシュし、ログインに不要な呼び出しは外してください。',
      'Monitoring > Logs と Actions の実行時間で、どれが待っているか分かります。トラフィックの山（一括処理、負荷試験）は時間をずらしてください。',
      'トラフィックが本物でコードも速いなら、拡張機能の上限が高いプランが残る対処です。',
    ],
    breadcrumb: actionsLibrary,
    docs: docs.actionsLogs,
  }),
  'auth0.custom-db-script-missing': (f) => ({
    title: `カスタムデータベースに${f.script ? ` ${f.script} ` : ''}スクリプトがない`,
    cause: `コネクションが独自のデータベースを使っていますが、この操作に必要なスクリプト（${f.script ?? 'Login、Get User、Create…'}）が空のテンプレートのままです。`,
    fix: [
      `Authentication > Database > 対象のコネクション > Custom Database で${f.script ? ` ${f.script} スクリプト` : '不足しているスクリプト'}を書き、Save and Try で試してください。`,
      'ユーザーを Auth0 に保存するなら、Use my own database をオフにしてください。',
    ],
    breadcrumb: customDatabase,
    docs: docs.customDb,
  }),
  'auth0.custom-db-script-error': (f) => ({
    title: 'カスタムデータベースのスクリプトが失敗した',
    cause: `コネクション独自のスクリプト（Login、Get User、Create…）が例外を投げたか、Auth0 が読めない値（WrongUsernameOrPasswordError や ValidationError ではないエラー、user_id や email のないユーザー）を返したか、データベースに接続できませんでした。${said(f)}`,
    fix: [
      'Authentication > Database > 対象のコネクション > Custom Database でスクリプトを Try で実行し、コンソール出力を確認してください。',
      seeLogs,
    ],
    breadcrumb: customDatabase,
    docs: docs.customDbErrors,
  }),
  'auth0.extensibility-error': (f) => {
    const home = codeHome(f);
    const denied = refusedOnPurpose(f);
    if (denied)
      return {
        title: 'Action が独自の理由で拒否しました',
        cause: `Auth0 は、テナント独自のコードが書いた言葉で extensibility_error を返しました: ${home.where} がこの理由で api.access.deny() を呼んだ（または投げた）ものです。Auth0 の設定ではなく、理由が何であってもコードとステータスは変わりません。${said(f)}`,
        fix: [
          '拒否が意図どおりなら、一般的なエラーではなく error_description をアプリで表示（または分岐）してください。そうでなければ Action の条件を変えてください。',
          seeLogs,
        ],
        breadcrumb: home.breadcrumb,
        docs: docs.actionsLogs,
      };
    return {
      title: '独自のコードが失敗した: Action、Rule、Hook、またはスクリプト',
      cause: `これは Auth0 の設定の問題ではありません。このレスポンスを作る途中でテナント独自のコードが例外を投げました。おそらく ${home.where}（またはカスタムコネクションのスクリプト）です。メッセージは例外のものです。${said(f)}`,
      fix: [
        seeLogs,
        ...(pinnedModule(f)
          ? [
              `Rule の require('${f.module}') は、ランタイム（Node 18 以降）にないかもしれないバージョンを固定しています: バージョンなしで require するか、コードを Action に移してください。`,
            ]
          : []),
        ...(f.module
          ? [
              `モジュール ${f.module} がコードから使えません。Action の Dependencies（Actions > Library > 対象の Action > Dependencies）に追加してください。ネイティブコードを含むモジュールはそこでは動かないため、純粋な JavaScript のものを使ってください。`,
            ]
          : []),
        ...(f.calledStatus
          ? [
              `コードがほかのサービスを（axios や fetch で）呼び出し、そのサービスが ${f.calledStatus} を返しました: 失敗しているのはそのサービスです。そのサービス自身のログを読み、コードが使う URL と認証情報（Action の Secrets）を確認し、それなしでもログインを続けるべきならコードで失敗を捕捉してください。`,
            ]
          : []),
        ...(f.network
          ? [
              `コードが ${f.host ?? 'ホスト'} を呼び出し、${f.network} になりました。Auth0 のサーバーからは localhost やプライベートネットワークに到達できません。公開アドレスを呼び出し（コードのシークレットや設定の URL を確認してください）、ファイアウォールで Auth0 の送信元 IP アドレスを許可してください。`,
            ]
          : []),
        'コードを修正するか切り離してください: Actions > Triggers（旧来のコードなら Auth Pipeline > Rules / Hooks）。',
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actionsLogs,
    };
  },
  'auth0.action-metadata-invalid': (f) => ({
    title: '独自のコードが設定したメタデータが拒否された',
    cause: `Action が設定した（または Management API の呼び出しで送った）セッションやリフレッシュトークンのメタデータがルールに違反しています。キーは英字、数字、_、- のみ、エントリは最大 25 個、値は最大 255 文字です。${said(f)}`,
    fix: ['Action が設定するキーと値を修正してから（Actions > Triggers > post-login）、もう一度ログインしてください。'],
    breadcrumb: [...actions, 'post-login'],
    docs: docs.sessionMetadata,
  }),
  'auth0.dotted-fields': () => ({
    title: '独自のコードが名前にドットを含むフィールドを設定した',
    cause:
      'Rule または Action が、キーに「.」を含む user metadata や app metadata（または旧来のクレーム）を書き込みました。Auth0 はこれを拒否します。',
    fix: [
      'キーをドットのない名前に変えるか（Actions > Library、または Auth Pipeline > Rules）、オブジェクトとして入れ子にしてください。',
    ],
    breadcrumb: actions,
    docs: docs.metadata,
  }),
  'auth0.credentials-exchange-denied': (f) => ({
    title: 'credentials-exchange のコードが拒否した、または失敗した',
    cause: `Client Credentials のリクエストにはユーザーがいません。この応答はユーザーの権限によるものではなく、テナント独自の Machine to Machine のコードから返されています。credentials-exchange の Action（api.access.deny、またはそこで投げられた例外）か、旧来の Client Credentials Exchange Hook です。${said(f)}`,
    fix: [
      ...(saysNoReason(f)
        ? [
            '理由が示されていないので、まずリクエストそのものを確認してください: client_id と client_secret がこのテナントの Machine to Machine アプリケーションのものか（別のテナントや古いドメインのものでないか）、audience がこのテナントの API で、アプリケーションがそれに許可されているか（Applications > APIs > 対象のAPI > Machine To Machine Applications）。',
          ]
        : []),
      'Actions > Triggers > credentials-exchange（旧来: Auth Pipeline > Hooks > Client Credentials Exchange）で、api.access.deny、Hook が返すエラー、または例外を投げている行を探してください。',
      seeLogs,
      'コードが原因かどうかを確かめるには、トリガーから Action を外して（または Hook を無効にして）もう一度送信してください。',
    ],
    breadcrumb: [...actions, 'credentials-exchange'],
    docs: docs.credentialsExchange,
  }),
  'auth0.rule-denied': (f) => ({
    title: 'Rule または Action による拒否',
    cause: `コード「unauthorized」は独自の拡張コードから返されています。UnauthorizedError を呼ぶ Rule か、api.access.deny() を呼ぶ Action です。そのメッセージが理由です。${said(f)}`,
    fix: [
      'Actions > Triggers > post-login（または Auth Pipeline > Rules）で、このメッセージで拒否しているコードを探してください。',
      'どれが実行されたかは Monitoring > Logs で確認できます。',
      'アプリやログインウィジェットが別のメッセージを表示する場合（Lock や一部のネイティブ SDK は理由を捨てます）、コールバック URL か SDK のエラーから error_description を読み、それを捨てる SDK を更新してください。',
    ],
    breadcrumb: actions,
    docs: docs.rulesErrors,
  }),
  'auth0.access-denied': (f) => {
    const home = codeHome(f);
    const crashed = soundsLikeCrash(f);
    return {
      title: crashed ? 'このテナントの Rule または Action が失敗しました' : 'このテナントのルールによるアクセス拒否',
      cause: crashed
        ? `この理由を返す Auth0 の設定はありません。これは ${home.where} で投げられたエラーの文言で、Auth0 はそれを access_denied にします。コードが読む値が欠けていることがよくあります: Rule の設定（configuration.KEY）、Action のシークレット（event.secrets.KEY）、ユーザーの項目。${said(f)}`
        : `この理由を返す Auth0 の設定はありません。多くの場合、${home.where} がこのメッセージで api.access.deny() を呼んだ（または Rule がエラーを返した）か、API や Organization のポリシーが拒否しています。${said(f)}`,
      fix: [
        ...(crashed
          ? [
              'Auth Pipeline > Rules > Settings（Rule の場合）または Actions > Library > 対象の Action > Secrets に、コードが読む欠けたキーを追加してから、もう一度試してください。',
              seeLogs,
            ]
          : [
              'Actions > Triggers で、api.access.deny とこのメッセージを Action の中から探してください（旧来のコードなら Auth Pipeline > Rules）。',
              'Monitoring > Logs の失敗エントリに、拒否した Action やポリシーの名前が書かれています。',
            ]),
        'アプリが一般的なエラーしか表示しないかログインに戻り続ける場合: コールバック URL の error と error_description を読んで表示してください（SDK によっては捨てられます。更新してください）。',
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actions,
    };
  },
  'auth0.authorization-extension': (f) => ({
    title: 'Authorization Extension のルールが失敗しました',
    cause: `Authorization Extension は、ログインのたびに拡張機能自身の API を呼ぶ Rule を追加します。その呼び出しが失敗したため（古い拡張機能やルール、API キーのローテーション、ブロックされたか遅い webtask、ストレージの上限超過）、ログインが拒否されました。${said(f)}`,
    fix: [
      'Extensions > Installed Extensions > Auth0 Authorization で拡張機能を更新し、その Configuration で API キーをローテーションして Publish Rule をやり直してください。',
      seeLogs,
      '新しく作るなら、拡張機能ではなく標準のロールベースアクセス制御（Applications > APIs > 対象のAPI > RBAC Settings）を使ってください。',
    ],
    breadcrumb: ['Extensions', 'Installed Extensions', 'Auth0 Authorization'],
    docs: docs.rbac,
  }),
  'auth0.custom-claims-namespace': (f) => ({
    title: '名前空間のないカスタムクレーム',
    cause: `このテナントにはカスタムクレームに名前空間を求める古いルールが残っていて、Rule や Action が名前空間のないクレーム（または gty のような制限された名前や Auth0 の予約済みクレーム）を設定しています。ログには、残るクレームと落とされるクレームが書かれています。${said(f)}`,
    fix: [
      'クレームを設定する Rule や Action で、名前空間付きの名前（https://example.com/roles）を使うか、制限された名前をやめてください。',
      'そのうえで Custom claims must be namespaced をオフにしてください: Settings > Advanced > Migrations。',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Migrations'],
    docs: docs.actions,
  }),
} satisfies typeof en.extensibilityTexts;
