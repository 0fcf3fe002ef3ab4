import { namesAudienceOrScope } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/refresh';
import { actions, appSettings, docs, grantTypes, said } from './paths';

/** リフレッシュトークン。 */
export const refreshTexts = {
  'auth0.refresh-token-revoked-by-action': (f) => ({
    title: 'Action がこのリフレッシュトークンを拒否（または失効）しました',
    cause: `リフレッシュグラントでも Post Login Action が実行され、そのいずれかが独自の理由でリクエストを拒否したか、トークンを失効させました（api.refreshToken.revoke、api.access.deny）。${said(f)}`,
    fix: [
      'Actions > Triggers > post-login で、リフレッシュトークンの交換をチェックしている Action（event.transaction.protocol が oauth2-refresh-token）を探し、そのリアルタイムログを確認してください。',
      '意図した失効であれば、ユーザーに再ログインしてもらい、新しいリフレッシュトークンを取得してください。',
    ],
    breadcrumb: [...actions, 'post-login'],
    docs: docs.actions,
  }),
  'auth0.invalid-refresh-token': (f) =>
    f.reuse
      ? {
          title: 'ローテーション済みのリフレッシュトークンが 2 回使われた',
          cause:
            'Refresh Token Rotation では、リフレッシュトークンは 1 回しか使えず、レスポンスに次のトークンが入っています。使用済みのトークンを再び送ると盗用とみなされ、そのトークンファミリー全体が失効します。2 つのタブやリクエスト、リトライが同時にリフレッシュしたときや、アプリが新しいトークンではなく古いトークンを保持しているときに起こります。',
          fix: [
            'リフレッシュは 1 つずつ行い（ロックや同時実行 1 件）、常に最新のレスポンスのリフレッシュトークンを保存してください。',
            'Applications > Applications > 対象のアプリ > Settings > Refresh Token Rotation で Reuse Interval（数秒）を設定すると、同時のリトライが再利用とみなされなくなります。',
            'ユーザーに再ログインしてもらってください。失効したファミリーはリフレッシュできません。',
          ],
          breadcrumb: [...appSettings, 'Refresh Token Rotation', 'Reuse Interval'],
          docs: docs.rotation,
        }
      : {
          title: 'リフレッシュトークンが不明、期限切れ、または失効済み',
          cause:
            'リフレッシュトークンは、ユーザーのグラントが削除されたときやパスワードが変更されたときに失効し、API の有効期間設定に従って期限切れになります。ローテーションが有効な場合、使用済みのトークンは無効で、再利用するとそのファミリー全体が失効します。',
          fix: [
            'Refresh Token Rotation が有効なら（Applications > Applications > 対象のアプリ > Settings）、リフレッシュトークンは 1 回しか使えません: 毎回のレスポンスのリフレッシュトークンを保存し、更新は一度に 1 つにしてください。複数タブ、並行リクエスト、リトライ、キャッシュを飛ばす指定（cacheMode off）の SDK は、どれも同じトークンを 2 回送ります。Reuse Interval を設定すると重なりを吸収できます。',
            'しばらく使わないと更新に失敗するなら、Refresh Token Expiration の Inactivity（アイドル）Lifetime が更新の間隔より短くなっています。長くしてください。Absolute Lifetime を過ぎたトークンは何をしても使えません。',
            'ログアウト、パスワード変更、ユーザーのグラントの取り消し（別の端末からや、SDK の clear/revoke 呼び出しも）は、そのグラントのすべてのリフレッシュトークンを失効させます: その後は更新をやめてください。',
            'トークンは発行されたとおりに、発行先のアプリケーションから送ってください: 同じ client_id（とシークレット）で、引用符で囲まず、切り詰めず、二重に URL エンコードせずに。',
            'そのうえでユーザーに再ログインしてもらってください: 失効したか期限切れのリフレッシュトークンは二度と使えません。',
          ],
          breadcrumb: [...appSettings, 'Refresh Token Rotation'],
          docs: docs.rotation,
        },
  'auth0.refresh-token-user-deleted': () => ({
    title: 'このリフレッシュトークンのユーザーは削除済み',
    cause: 'リフレッシュトークンが、もう存在しないユーザーのものです。',
    fix: ['トークンを破棄し、ユーザーに再ログインしてもらってください。'],
    docs: docs.refreshTokens,
  }),
  'auth0.missing-refresh-token': (f) => ({
    title: '使えるリフレッシュトークンがありません',
    cause:
      'SDK がリフレッシュトークンを持っていません。ログイン時に offline_access を要求していない、API がオフラインアクセスを許可していない、またはアプリケーションで Refresh Token グラントが有効になっていないことが考えられます。',
    fix: [
      ...(namesAudienceOrScope(f)
        ? [
            'SDK はリフレッシュトークンを audience と scope ごとに保持します: この audience とこれらのスコープを要求したログインがありません。それらを（offline_access 付きで）要求して一度ログインするか、その API が許すスコープを getTokenSilently に求めてください。',
          ]
        : []),
      'ログイン時に scope offline_access を要求してください。',
      'Applications > APIs > 対象の API > Settings > Allow Offline Access をオンにしてください。',
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types > Refresh Token をオンにしてください。',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  'auth0.refresh-grant-not-enabled': (f) => ({
    title: 'このアプリケーションはリフレッシュトークンを使えません',
    cause: `リフレッシュトークンが /oauth/token に送られましたが、アプリケーションに Refresh Token グラントが許されていないため、Auth0 はリフレッシュの根拠となるグラントを見つけられませんでした。API の Allow Offline Access だけでは足りません。${said(f)}`,
    fix: [
      'Applications > Applications > 対象のアプリ > Settings > Advanced Settings > Grant Types で Refresh Token にチェックを入れて保存してください。',
      'API の Allow Offline Access（Applications > APIs > 対象の API > Settings）は有効のままにし、ログインで offline_access スコープを求めてください。そのあともう一度ログインして、アプリケーションが使えるリフレッシュトークンを受け取ってください。',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
} satisfies typeof en.refreshTexts;
