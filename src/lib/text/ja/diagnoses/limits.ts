import type * as en from '../../en/diagnoses/limits';
import type { Facts } from '../../../diagnose/facts';
import { docs, logs, said } from './paths';

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
      '呼び出しのたびに新しいトークンやユーザープロファイルを要求せずキャッシュし、429 が返るたびにバックオフしてください。',
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
