import type * as en from '../en/ui-verify';

/** 署名パネルのラベル（トークン表示と一緒に読み込み）。 */
export const verifyUi = {
  heading: '署名',
  status: {
    unverified: '未検証: デコードでわかるのはトークンの内容で、誰が作ったかではありません。',
    verifying: '検証中…',
  } as Record<string, string>,
  keys: '鍵',
  tenant: (url: string) => `テナントの鍵（${url}）`,
  noTenant: 'テナントの鍵: 先にリクエストフォームでテナントドメインを入力してください',
  tenantPending: 'テナントの鍵（リクエストフォームを読み込み中…）',
  issuer: (url: string) => `発行者の鍵（${url}、このトークンが示すホスト）`,
  pasted: '鍵を貼り付け',
  pickSource: (url: string) =>
    `まだ何も取得していません。鍵の取得元を選んでください: ${url} にある発行者の鍵、または「鍵を貼り付け」。`,
  pickSourceNoIssuer:
    'まだ何も取得していません。「鍵を貼り付け」を選んで JWKS を貼り付けるか、リクエストフォームでテナントドメインを入力してください。',
  keyLabel: '鍵（JWKS、JWK、PEM、または共有シークレット）',
  encoding: 'シークレットのエンコード',
  utf8: 'UTF-8 テキスト',
  base64url: 'base64url',
  settings: '検証の設定',
  audience: '期待する aud',
  tolerance: '時刻の許容誤差（秒）',
  nonce: 'Nonce',
  nonceSent: 'このページがログイン時に送った nonce',
  button: '署名を検証',
  checks: 'クレームのチェック',
  checkStatus: { passed: '合格', failed: '不合格', 'not-checked': '未チェック' } as Record<string, string>,
  nothingFetched:
    'ボタンを押すまで何も取得しません。取得するのは上で選んだ取得元からだけで、リダイレクトは追跡せず、トークン内で指定された URL（jku、x5u）からは決して取得しません。',
} satisfies typeof en.verifyUi;
