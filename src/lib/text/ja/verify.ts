import type * as en from '../en/verify';

/** 読めるが使えない鍵形式の名前（未対応形式のメッセージ用）。 */
export const keyFormats = {
  pem: (labels: string[]) =>
    `PEM ブロック「${labels[0] ?? ''}」${labels.length > 1 ? `（ほか ${labels.length - 1} 個）` : ''}`,
  ssh2: 'SSH2 公開鍵（RFC 4716）。ssh-keygen -e -m PKCS8 -f key.pub で変換してください',
  openssh: 'OpenSSH 公開鍵。ssh-keygen -e -m PKCS8 -f key.pub で変換してください',
  jwk: (types: string[]) => `kty が ${types.map((type) => `「${type}」`).join('、')} の JWK`,
  emptySet: '鍵が 1 つもない JWK Set',
} satisfies typeof en.keyFormats;

/** 署名検証とクレーム検証のメッセージ。 */
export const verifyMessages = {
  keyEmpty: () => 'JWKS、JWK 1 つ、PEM 形式の公開鍵か証明書、または共有シークレットを貼り付けてください。',
  keyNotJson: (detail: string) => `JSON のようですが、解析できません: ${detail}`,
  keyNotJwk: () => 'この JSON は JWKS（{"keys": […]}）でも JWK（"kty" がありません）でもありません。',
  privateKey: () =>
    'これは秘密鍵です。どこにも貼り付けないでください。検証に必要なのは公開鍵（HS256 なら共有シークレット）だけです。',
  privateJwk: () => 'この JWK には秘密の要素が含まれています。使うのは公開の要素だけです。',
  badSecret: () =>
    'base64url ではありません。シークレットのエンコードを UTF-8 に切り替えるか、シークレットをそのまま貼り付けてください。',
  notSigned: () => '検証できるのは署名付きトークン（JWS）だけです。',
  algNone: () => 'alg が "none" です。検証する署名がなく、どの API もこのトークンを受け付けてはいけません。',
  verified: (key: string) => `${key}で署名を検証しました。`,
  mismatch: (key: string) => `署名が${key}と一致しません。署名後にトークンが変更されたか、別の鍵で署名されています。`,
  noKid: (kid: string | undefined) =>
    kid
      ? `これらの鍵に kid「${kid}」の鍵がありません。別のテナントか、ローテーション前の鍵で署名されたトークンです。`
      : 'これらの鍵に、このトークンの alg に合う鍵がありません。',
  multiple: () => '合う鍵が複数あり、トークンに kid がありません。その 1 つの鍵だけを貼り付けてください。',
  algNotAllowed: (alg: string) =>
    `この鍵は ${alg} を許可していません。トークンが自分でアルゴリズムを選んでこの鍵に通すことはできません。`,
  keyUnusable: (detail: string) => `この鍵ではトークンを検証できません: ${detail}`,
  describeKey: (kid: string | undefined, type: string) => (kid ? `kid ${kid} の鍵（${type}）` : `${type} の鍵`),
  fetchReason: (error: { code: string; status?: number; location?: string }) => {
    switch (error.code) {
      case 'timeout':
        return '時間内に応答がありませんでした';
      case 'blocked':
        return 'ブラウザーがブロックした（CORS）か、応答がないか、このコンピューターがオフラインです';
      case 'status':
        return error.status ? `HTTP ${error.status} が返りました` : 'エラーが返りました';
      case 'redirect':
        return `${error.location ?? 'ブラウザーがページに明かさないアドレス'}へのリダイレクトが返りました`;
      case 'interrupted':
        return `ヘッダーの後で応答が途切れました${error.status ? `（HTTP ${error.status}）` : ''}`;
      default:
        return '応答が JSON ではありません';
    }
  },
  jwksUnreadable: (jwksUrl: string, reason: string) =>
    `${jwksUrl} の鍵を読めませんでした: ${reason}。${jwksUrl} を新しいタブで開き、その JSON を「鍵を貼り付け」に貼り付けてください。`,
  discoveryUnreadable: (discoveryUrl: string, reason: string, jwksUrl: string) =>
    `ディスカバリードキュメント ${discoveryUrl} を読めませんでした: ${reason}。Auth0 は鍵を ${jwksUrl} で公開しています。新しいタブで開き、その JSON を「鍵を貼り付け」に貼り付けてください。`,
  fetchRedirected: (url: string, reason: string) =>
    `${url} を拒否しました: ${reason}。鍵とディスカバリーはそのアドレス自体からだけ読み、リダイレクト先からは読みません（別のホストの鍵がこのトークンを保証してしまうため）。ドメインを確認してください（カスタムドメインやテナント前段のプロキシがリダイレクトすることがあります）。「鍵を貼り付け」には信頼できる取得元の鍵だけを貼り付けてください。`,
  discoveryInvalid: (detail: string) => `ディスカバリードキュメントが不正です: ${detail}`,
  jwksInvalid: (url: string, detail: string) => `${url} の鍵は使えません: ${detail}`,
  foreignJwksUri: (uri: string, origin: string) =>
    `ディスカバリードキュメントが別のホストの鍵（${uri}）を指しています。このページは ${origin} からしか取得しません。JWKS を貼り付けてください。`,
  foreignIssuer: (issuer: string, origin: string) =>
    `拒否しました: ${origin} のディスカバリードキュメントが別の発行者（${issuer}）を名乗っています。Auth0 のテナントは自分自身が発行者（${origin}/）なので、これらの鍵は使わず、トークンを ${issuer} に照らして確認することもしません。`,
  unsupported: (format: string) =>
    `未対応の鍵形式です: ${format}。このページが読めるのは JWKS か JWK（RSA、EC、OKP、oct）、PEM 形式の公開鍵（BEGIN PUBLIC KEY または BEGIN RSA PUBLIC KEY）、X.509 証明書、共有シークレットです。`,
  badPkcs1: () => 'この BEGIN RSA PUBLIC KEY ブロックには PKCS#1 の RSA 公開鍵（モジュラスと指数）が入っていません。',
  pemCut: (label: string) => `${label} ブロックに END 行がありません。ブロック全体を貼り付けてください。`,
  pkcs1Converted: () => '（PKCS#1 の RSA 鍵を公開鍵として読み込みました。）',
  skippedKeys: (types: string[]) => `このページで使えない種類の鍵は飛ばしました（kty ${types.join('、')}）。`,
  mismatchAny: () =>
    'このトークンに合うどの共有シークレットとも署名が一致しません。署名後にトークンが変更されたか、別のシークレットで署名されています。',
} satisfies typeof en.verifyMessages;

export const checkTexts = {
  iss: {
    passed: (iss: string) => `iss は ${iss} です。`,
    failed: (iss: string, expected: string) => `iss は ${iss} ですが、期待値は ${expected} です。`,
  },
  aud: {
    passed: (aud: string) => `aud に ${aud} が含まれています。`,
    failed: (aud: string, expected: string) => `aud は ${aud} で、${expected} が含まれていません。`,
  },
  exp: {
    passed: () => '有効期限内です。',
    failed: () => '有効期限切れです（時刻の許容範囲を超えています）。',
    missing: () => 'exp クレームがありません。',
  },
  nbf: {
    passed: () => 'すでに有効です（nbf）。',
    failed: () => 'まだ有効ではありません（nbf が許容範囲を超えて未来です）。',
  },
  azp: {
    passed: (azp: string) => `azp は ${azp} です。`,
    failed: (azp: string, expected: string) => `azp は ${azp} ですが、期待値は ${expected} です。`,
  },
  nonce: {
    passed: () => 'nonce が一致しています。',
    failed: () => 'nonce が /authorize に送ったものと一致しません。',
  },
  unverified: () => '未確認: 署名を検証していないため、トークンの内容はどれも信頼できません。',
  issuerFromToken: () =>
    '未確認: 鍵はこのトークンが示す発行者から取得したので、iss と比べても何も証明できません。iss を確認するには「テナントドメイン」を入力してください。',
  notChecked: {
    iss: '比較するテナントがありません。',
    aud: '期待する audience が指定されていません。',
    azp: '比較する client_id がありません。',
    nonce: 'nonce が指定されていません。',
  },
} satisfies typeof en.checkTexts;
