import type * as en from '../en/header';

/** JOSE ヘッダーの各パラメーターの意味（RFC 7515 §4.1、RFC 7516 §4.1）と、よく使われる値の意味。 */
export const headerParameters = {
  alg: '署名（JWS）または鍵の暗号化（JWE）に使うアルゴリズム。検証する側は想定するアルゴリズムだけを受け入れる必要があります。',
  typ: 'トークン全体のメディアタイプ。ほとんどのトークンでは「JWT」、RFC 9068 のアクセストークンでは「at+jwt」です。',
  kid: 'Key ID: 発行者の JWKS（/.well-known/jwks.json）のどの鍵でこのトークンに署名したか。検証する側はこれで鍵を選びます。',
  cty: 'ペイロードのコンテンツタイプ。「JWT」は中に入れ子のトークンがあることを表します。',
  enc: 'JWE のコンテンツ暗号化アルゴリズム。',
  zip: '暗号化の前に適用した圧縮。',
  jku: 'トークン自身が指定する JWKS の URL。ここから鍵を取得してはいけません。誰でも自分の鍵を指すトークンを作れます。',
  jwk: 'トークンに埋め込まれた公開鍵。検証に使ってはいけません。署名した側が選んだ鍵です。',
  x5u: 'トークン自身が指定する X.509 証明書チェーンの URL。このページは取得しません。',
  x5c: 'トークンに埋め込まれた X.509 証明書チェーン。',
  x5t: '署名に使った証明書の SHA-1 サムプリント。',
  'x5t#S256': '署名に使った証明書の SHA-256 サムプリント。',
  crit: '検証する側が理解しなければならない拡張。理解できなければトークンを拒否します。',
  b64: 'RFC 7797: ペイロードが base64url エンコードされているかどうか。',
  iss: '発行者。Auth0 の暗号化されたアクセストークンではヘッダーにも入ります。',
  epk: 'ECDH 鍵合意に使う一時公開鍵。',
  iv: '鍵ラップ用の初期化ベクトル。',
  tag: '鍵ラップ用の認証タグ。',
} satisfies typeof en.headerParameters;

export const algorithms = {
  RS256: 'SHA-256 による RSA 署名。Auth0 のデフォルトです。テナントの公開鍵で検証します。',
  RS384: 'SHA-384 による RSA 署名。',
  RS512: 'SHA-512 による RSA 署名。',
  PS256: 'SHA-256 による RSA-PSS 署名。',
  PS384: 'SHA-384 による RSA-PSS 署名。',
  PS512: 'SHA-512 による RSA-PSS 署名。',
  ES256: 'P-256 と SHA-256 による ECDSA 署名。',
  ES384: 'P-384 と SHA-384 による ECDSA 署名。',
  ES512: 'P-521 と SHA-512 による ECDSA 署名。',
  EdDSA: 'エドワーズ曲線による署名（Ed25519）。',
  Ed25519: 'エドワーズ曲線による署名（Ed25519）。',
  HS256:
    'SHA-256 による HMAC。共有シークレット（Auth0 ではクライアントシークレット、または API の署名シークレット）を使います。検証できる人は偽造もできます。',
  HS384: 'SHA-384 による HMAC。共有シークレットを使います。',
  HS512: 'SHA-512 による HMAC。共有シークレットを使います。',
  none: '署名なし。誰でもこのトークンを作れます。これを受け入れる API は、何でも受け入れてしまいます。',
  dir: '共有鍵による直接暗号化。Auth0 は自分自身だけが使うアクセストークン（audience を送らなかった場合）に使います。',
  'RSA-OAEP': 'コンテンツ鍵を RSA-OAEP で暗号化。',
  'RSA-OAEP-256':
    'コンテンツ鍵を RSA-OAEP-256 で暗号化。暗号化を有効にした API 向けの、Auth0 の JWE アクセストークンです。',
  'ECDH-ES': 'コンテンツ鍵を ECDH-ES で合意。',
  A128KW: 'コンテンツ鍵を AES-128 でラップ。',
  A256KW: 'コンテンツ鍵を AES-256 でラップ。',
  A128GCM: 'コンテンツを AES-128-GCM で暗号化。',
  A256GCM: 'コンテンツを AES-256-GCM で暗号化。',
  'A128CBC-HS256': 'コンテンツを AES-128-CBC と HMAC-SHA-256 で暗号化。',
  'A256CBC-HS512': 'コンテンツを AES-256-CBC と HMAC-SHA-512 で暗号化。',
} satisfies typeof en.algorithms;

export const types = {
  JWT: 'JSON Web Token。',
  'at+jwt':
    'RFC 9068 プロファイルの OAuth 2.0 アクセストークン（API の Token Profile が「RFC 9068」のとき Auth0 が発行します）。',
  'application/at+jwt': 'RFC 9068 プロファイルの OAuth 2.0 アクセストークン。',
  'dpop+jwt': 'DPoP の証明（RFC 9449）で、トークンではありません。',
  'logout+jwt': 'OpenID のバックチャネルログアウトトークン。',
} satisfies typeof en.types;
