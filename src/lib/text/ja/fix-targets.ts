import type * as en from '../en/fix-targets';
import { fieldLabels } from './request';

/** デモテナントの grant は Dashboard の表示どおり英語のまま。 */
const demoGrantNames: Record<string, string> = {
  password: 'Password',
  client_credentials: 'Client Credentials',
  refresh_token: 'Refresh Token',
  authorization_code: 'Authorization Code',
};

const otherFields: Record<string, string> = {
  domain: 'テナントドメイン',
  grant_type: 'グラントタイプ',
  client_auth: 'クライアント認証',
  extras: '追加パラメーター',
};

/** 対処から、それが指すページ上の場所（フォームの欄、デモテナントのスイッチ）へのリンクの文言。 */
export const fixTargetLabels = {
  field: (field: string) => `${otherFields[field] ?? fieldLabels[field as keyof typeof fieldLabels] ?? field} へ移動`,
  grant: (grant: string) => `デモテナントで「${demoGrantNames[grant] ?? grant}」にチェックを入れる`,
  directory: 'デモテナントで Default Directory を設定する',
  origins: 'デモテナントでこのページのオリジンを許可する',
  m2m: 'デモテナントで Demo App に Demo API へのアクセスを許可する',
} satisfies typeof en.fixTargetLabels;
