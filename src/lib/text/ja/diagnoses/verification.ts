import type { DiagnosisText } from '../../en/diagnoses/generic';
import type * as en from '../../en/diagnoses/verification';
import { apis, docs } from './paths';

/** 今は呼び出し元が英語の名前（「access token」など）を渡すので、ここで日本語にする。未知の名前はそのまま。 */
const tokenNames: Record<string, string> = {
  'access token': 'アクセストークン',
  'id token': 'ID トークン',
  'refresh token': 'リフレッシュトークン',
  access_token: 'アクセストークン',
  id_token: 'ID トークン',
  refresh_token: 'リフレッシュトークン',
};
const tokenName = (token: string): string => tokenNames[token.toLowerCase()] ?? token;

/** 利用者が求めた検証から導かれる診断のテキスト。 */
export const verificationTexts = {
  signatureInvalid: (token: string, reason: string): DiagnosisText => ({
    title: `${tokenName(token)}の署名が正しくありません`,
    cause: reason,
    fix: [
      'トークンを発行したテナント（その iss）の鍵で検証し、トークンが欠けたり変わったりせずにコピーされているか確認してください。',
    ],
  }),
  checkFailed: (token: string, claim: string, detail: string): DiagnosisText => ({
    title: `この${tokenName(token)}は拒否されます: ${claim}`,
    cause: detail,
    fix:
      claim === 'aud'
        ? ['API の Identifier を Audience に指定してトークンを取得するか、期待する audience を修正してください。']
        : claim === 'iss'
          ? ['API の issuer を、トークンの iss と（末尾のスラッシュまで）完全に同じ値に設定してください。']
          : ['このコンピューターと API の時計を確認するか、多少の時刻のずれを許容してください。'],
    breadcrumb: claim === 'aud' ? [...apis, 'Settings', 'Identifier'] : undefined,
    docs: docs.apis,
  }),
} satisfies typeof en.verificationTexts;
