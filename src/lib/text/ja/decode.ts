import type * as en from '../en/decode';

/** トークンデコーダーのテキスト: 入力とトークン構造のエラー、トークンの種類についての注記。 */

/** 部分の名前はコードが使う識別子なので英語のまま。表示するときは下の partLabels で訳します。 */
export const partNames = {
  jws: ['header', 'payload', 'signature'],
  jwe: ['protected header', 'encrypted key', 'initialization vector', 'ciphertext', 'authentication tag'],
} as const satisfies typeof en.partNames;

const partLabels: Record<string, string> = {
  header: 'ヘッダー',
  payload: 'ペイロード',
  signature: '署名',
  'protected header': '保護ヘッダー',
  'encrypted key': '暗号化された鍵',
  'initialization vector': '初期化ベクトル',
  ciphertext: '暗号文',
  'authentication tag': '認証タグ',
};

/** 「3 番目の部分（署名）」のように、番号と名前で部分を示します。 */
const part = (index: number, name: string) => `${index + 1} 番目の部分（${partLabels[name] ?? name}）`;

const ordinal = (index: number): string => `${index + 1} 番目`;

/** lib が英語で返す JSON の型の説明（「it is null」など）を日本語にします。 */
const jsonTypes: Record<string, string> = {
  null: 'null',
  array: '配列',
  string: '文字列',
  number: '数値',
  boolean: '真偽値',
};

export const decodeMessages = {
  empty: () =>
    'まだデコードするものがありません。トークン、Authorization ヘッダー、またはトークンレスポンス全体を貼り付けてください。',
  emptyToken: () => 'トークンが空です。',
  partCount: (count: number) =>
    `JWT はドットで区切られた 3 つ（署名付き、JWS）または 5 つ（暗号化、JWE）の部分でできていますが、これは ${count} つです。`,
  emptyPart: (index: number, name: string) => `${part(index, name)}が空です。`,
  notBase64url: (index: number, name: string, sample: string) =>
    `${part(index, name)}が base64url ではありません: ${sample} が含まれています。トークンに使われるのは A–Z、a–z、0–9、「-」「_」だけです。`,
  paddedBase64: (index: number, name: string) =>
    `${part(index, name)}が base64url（RFC 7515 §2）ではなく標準の base64（「+」「/」や「=」のパディング）になっています。JWT ライブラリはこれを拒否します。`,
  badLength: (index: number, name: string) =>
    `${part(index, name)}の長さは base64url ではありえない長さです。途中で切れている可能性があります。`,
  notUtf8: (index: number, name: string) =>
    `${part(index, name)}をデコードすると UTF-8 のテキストではないバイト列になります。`,
  notJson: (index: number, name: string, detail: string) =>
    `${part(index, name)}は base64url ですが、中身が JSON ではありません: ${detail}`,
  notObject: (index: number, name: string, type: string) =>
    `${part(index, name)}は JSON ですが、JSON オブジェクトではなく${jsonTypes[type] ?? type}です。`,
  badCharacters: (sample: string) =>
    `これはトークンではありません: JWT にも Auth0 の不透明なトークンにも現れない ${sample} が含まれています。`,
  notAToken: (length: number, long: boolean) =>
    `ドットのない ${length.toLocaleString('ja')} 文字の文字列です。JWT（3 つの部分からなる）ではなく、長さも Auth0 が発行する不透明なトークン（数十文字）より${long ? 'はるかに長い' : '短い'}ため、トークンではなさそうです。トークンそのものを貼り付けてください。`,
  cutJwt: () =>
    'JWT のように始まっていますが（base64url の JSON ヘッダー「eyJ…」）、ドットがありません。コピーするときに途中で切れた可能性があります。',
  responseNotJson: (detail: string) => `JSON のトークンレスポンスに見えますが、解析できません: ${detail}`,
  responseWithoutTokens: () =>
    'この JSON には access_token、id_token、refresh_token のいずれもありません。トークンレスポンスではありません（エラーレスポンスはリクエストのパネルで診断します）。',
  responseInvalid: (detail: string) => `このトークンレスポンスは RFC 6749 §5.1 に合っていません: ${detail}`,
  ordinal,
} satisfies typeof en.decodeMessages;

export const kindNotes = {
  jweNoAudience: () =>
    '{"alg":"dir","enc":"A256GCM"} で暗号化されています。リクエストで audience を送らなかったとき、Auth0 はこの形でアクセストークンを発行します。読めるのは Auth0 だけで、使い道は /userinfo の呼び出しだけです。API 用の JWT を受け取るには、audience=YOUR_API_IDENTIFIER を送ってください（または Settings > General > API Authorization Settings で Default Audience を設定します）。',
  jwe: () =>
    '暗号化されたトークン（JWE、RFC 7516）です。読めるのは保護ヘッダーだけです。クレームは暗号文の中にあり、読むには受信者の秘密鍵が必要です。Auth0 は JSON Web Encryption を有効にした API 向けにこれを発行します。',
  opaqueAccess: () =>
    '不透明なアクセストークンです。JWT ではなく参照用の文字列なので、読み取れるクレームはありません。audience を要求しなかった場合（古いテナント）に Auth0 が発行し、/userinfo にしか使えません。JWT を受け取るには audience=YOUR_API_IDENTIFIER を送ってください。',
  opaqueRefresh: () =>
    'リフレッシュトークンは仕様上不透明で、読めるのは Auth0 だけです。秘密にしておき、grant_type=refresh_token で /oauth/token に送って交換してください。',
  opaque: () =>
    '不透明なトークンです。JWT ではないので、読み取れるクレームはありません。Auth0 のアクセストークンなら、リクエストに audience がなかった可能性が高く、その場合は /userinfo にしか使えません。',
} satisfies typeof en.kindNotes;

export const inputNotes = {
  bearer: () => 'Authorization ヘッダーからトークンを読み取りました。',
  response: (fields: string) => `${fields} を含むトークンレスポンスを読み取りました。`,
  urlParameters: () =>
    'URL のパラメーターからトークンを読み取りました（#access_token=… や ?code=… 付きのリダイレクト）。',
} satisfies typeof en.inputNotes;
