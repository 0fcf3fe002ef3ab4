import type * as en from '../../en/diagnoses/limits';
import { limitOf, type Facts } from '../../../diagnose/facts';
import { docs, logs, said, toolSteps } from './paths';

/** 「12 秒待つ」、またはレスポンスに時間がないときに見るヘッダー。 */
const wait = (f: Facts) =>
  f.retryAfter !== undefined
    ? `レスポンスが示す再試行までの時間（${f.retryAfter} 秒${f.rateLimit ? `、上限は ${f.rateLimit} リクエスト` : ''}）待ってから再送してください。`
    : 'x-ratelimit-reset（または Retry-After）の時刻まで待ってから再送してください。';

/** レート制限、クォータ、一時的に応答できないテナント。 */
export const limitTexts = {
  'auth0.m2m-quota': (f) => ({
    title: 'Machine-to-Machine トークンのクォータ上限',
    cause: `テナントがこの期間にプランで許可された数の Client Credentials トークンをすでに発行しています。${said(f)}`,
    fix: [
      '呼び出しのたびにトークンを要求せず、有効期限までキャッシュしてください。',
      wait(f),
      'Monitoring > Stats とプランのクォータを確認してください。',
    ],
    breadcrumb: ['Monitoring', 'Stats'],
    docs: docs.rateLimits,
  }),
  'auth0.rate-limited': (f) => ({
    title: `レート制限超過${f.endpoint ? `（${f.endpoint}）` : ''}`,
    cause: `このテナント、アプリケーション、ユーザー、または IP アドレスからのリクエストが短時間に多すぎます。${f.retryAfter !== undefined ? `レスポンスによると ${f.retryAfter} 秒待つ必要があります。` : ''}${f.rateRemaining !== undefined ? `この時間枠の残りリクエスト数: ${f.rateRemaining}。` : ''}`,
    fix: [
      wait(f),
      {
        userinfo:
          '/userinfo はユーザーごとに制限されています（1 分に数回）: 毎ページや API リクエストのたびに呼ばず、ID トークンからユーザーを読むか、プロファイルをキャッシュしてください。',
        m2m: 'Machine to Machine のトークンは一度取得したら期限まで使い回してください（リクエストやインスタンスをまたいでキャッシュ）。呼び出しごとに取得しないでください。',
        token:
          '何度も要求し直すループを探してください: 呼び出しのたびのリフレッシュやサイレントログイン、失敗するたびの即時リトライなど。',
        login:
          'アプリと /authorize のあいだのリダイレクトループを探してください（コールバックのたびにアプリがユーザーをログインに戻す。多くはセッション Cookie が保持されないため）。1 つの IP アドレスから何度もログインするテストスクリプトやボットも原因になります。',
        sends:
          'これらの制限はユーザーごと、IP アドレスごとに数えられます: 送信の間隔を空け（UI に再送タイマーを）、自動でリトライしないでください。',
        other:
          '呼び出しのたびに新しいトークンやユーザープロファイルを要求せずキャッシュし、429 が返るたびにバックオフしてください。',
      }[limitOf(f) ?? 'other'],
      '同じユーザーで同じマシンからログイン画面経由でログインする E2E テストは、ユーザーごと・IP ごとのログイン上限に当たります: 一度ログインしてセッションを使い回す (cy.session、保存した storage state) か、テストを複数のテストユーザーに分けてください。',
      '無料テナントや開発用テナントは制限が低めです: Monitoring > Logs に制限に達した記録（api_limit）が出ます。プランごとの数値はレート制限ポリシーにあります。',
    ],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.management-api-rate-limit': (f) => ({
    title: 'Management API のレート制限',
    cause: `この 429 は Management API からのものです（statusCode、message、errorCode）。Management API トークンでの呼び出しがテナントの上限に達しています。${f.retryAfter !== undefined ? `レスポンスによると ${f.retryAfter} 秒待つ必要があります。` : ''}`,
    fix: [
      wait(f),
      '呼び出しの頻度を下げ、まとめて実行し（jobs や一括処理のエンドポイント）、Management API の結果をキャッシュしてください。',
      ...(f.tool === 'Terraform'
        ? ['Terraform は呼び出しを並列に送ります: terraform apply -parallelism=2 で減らしてください。']
        : []),
      ...toolSteps(f),
    ],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.temporarily-unavailable': () => ({
    title: 'Auth0 が一時的に利用できない',
    cause: 'テナントが過負荷かメンテナンス中です。リクエストや設定に問題はありません。',
    fix: ['少し時間をおいて、バックオフしながら再送してください。status.auth0.com も確認してください。'],
  }),
} satisfies typeof en.limitTexts;
