import type * as en from '../en/loop';
import type { PasteReading } from '../../paste/classify';
import type { TerminalNoise } from '../../paste/terminal';
import type { SuccessSummary } from '../../loop/summary';

const number = new Intl.NumberFormat('ja');

const noise: Record<TerminalNoise, string> = {
  ansi: 'カラーコード',
  command: 'コマンド行',
  prompt: 'プロンプト',
  'trailing-prompt': '次のプロンプト',
  'zsh-percent': 'zsh の %',
  'progress-meter': '進捗表示',
  'curl-note': 'curl の注記',
  powershell: 'PowerShell のエラー表示',
};

const browsers = { chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari' };

const tokenNames: Record<string, string> = {
  access_token: 'アクセストークン',
  id_token: 'ID トークン',
  refresh_token: 'リフレッシュトークン',
};

/** 補足をまとめて「（a、b）」にします。なければ空文字列。 */
const details = (...parts: (string | false | undefined)[]) => {
  const kept = parts.filter((part): part is string => Boolean(part));
  return kept.length ? `（${kept.join('、')}）` : '';
};

/** 「何でも貼り付け」が何として読んだかを短く言い、どこへ送ったかを示します。 */
function what(reading: PasteReading): string {
  const status = reading.status ? `HTTP ${reading.status}` : undefined;
  const endpoint = reading.endpoint ? `${reading.endpoint} から` : undefined;
  switch (reading.kind) {
    case 'token':
      return reading.variant === 'bearer'
        ? 'JWT 入りの Authorization: Bearer ヘッダー'
        : reading.variant === 'jwe'
          ? '暗号化されたトークン（JWE）'
          : reading.variant === 'opaque'
            ? '不透明なトークン'
            : 'JWT';
    case 'token-url':
      return 'トークンを含むリダイレクト URL';
    case 'token-response':
      return 'トークンレスポンス（JSON）';
    case 'error-body':
      return 'OAuth のエラーボディ（JSON、ステータス行なし）';
    case 'json-body':
      return 'JSON のボディ（ステータス行なし）';
    case 'curl-command':
      return `${reading.endpoint ? `${reading.endpoint} 宛ての` : ''}curl コマンド`;
    case 'curl-output':
      return reading.variant === 'verbose'
        ? `curl -v の出力${details(status, endpoint)}`
        : reading.variant === 'include'
          ? `curl -i の出力${details(status, endpoint)}`
          : `curl の出力${details('ボディのみ', status, endpoint)}`;
    case 'http-response':
      return `HTTP の応答${details(status, endpoint)}`;
    case 'curl-error':
      return '応答を受け取る前に curl が出力したエラー';
    case 'console':
      return `${reading.browser ? `${browsers[reading.browser]} の` : 'ブラウザーの'}コンソールメッセージ${details(
        reading.url && `対象: ${reading.url}`,
        reading.origin && `アプリ: ${reading.origin}`,
      )}`;
    case 'redirect-code':
      return '認可コード付きの /authorize からのリダイレクト';
    case 'redirect-error':
      return `error=${reading.error ?? ''} 付きの /authorize からのリダイレクト`;
    case 'html':
      return `HTML ページ${reading.title ? `（タイトル「${reading.title}」）` : ''}`;
    default:
      return '';
  }
}

/** ループの結果のテキスト（最初の描画の後に読み込み）: 貼り付けの読み取り方、対処のリンク、成功時の 1 行。 */
export const loopUi = {
  reading: {
    readAs: (reading: PasteReading) => {
      const removed = reading.removed.filter((kind) => kind !== 'command' || reading.kind !== 'curl-command');
      const cleaned = removed.length ? `（除外: ${removed.map((kind) => noise[kind]).join('、')}）` : '';
      return `読み取り結果: ${what(reading)}${cleaned}。`;
    },
    unknown:
      '内容を判別できませんでした。トークン、curl コマンド、このページが知っている応答のいずれでもありません。扱い方を選んでください:',
    asToken: 'トークンとしてデコード',
    asResponse: 'レスポンスとして診断',
    asCurl: 'curl コマンドとしてインポート',
    commandToo: 'その curl コマンドもフォームに入れる',
    went: {
      decoder: '下でデコードしました。',
      response: 'レスポンス欄で診断しました。',
      import: 'フォームにインポートしました。',
      code: '認可コードとしてフォームに入れました（grant: 認可コード）。',
    },
    notImported: 'フォームには何も入れていません:',
    seeResult: {
      decoder: 'トークンを見る',
      response: '診断を見る',
      import: 'フォームを見る',
      code: 'フォームを見る',
    },
  },
  fix: {
    dashboard: 'Auth0 Dashboard のこのページを開いてください:',
    dashboardPath: 'Auth0 Dashboard のパス:',
    note: '注意',
    copyCurl: 'コマンドをコピー（curl -i）',
    /** 貼り付けた応答には、ブラウザーでは完了しないかもしれない送信ではなく、curl の再実行で応えます。 */
    pastedStep: (step: string) =>
      step
        .replace(/(?:もう一度|再度|再び)(?:リクエストを)?送信|再送信/g, 'curl をもう一度実行')
        .replace(/curl をもう一度実行してください。$/, 'curl をもう一度実行し、その出力をここに貼り付けてください。')
        .replace(/curl をもう一度実行します。$/, 'curl をもう一度実行し、その出力をここに貼り付けます。'),
  },
  success: {
    line: (summary: SuccessSummary) => {
      const format =
        summary.format === 'jws'
          ? `署名付き JWT${summary.alg ? `（${summary.alg}）` : ''}`
          : summary.format === 'jwe'
            ? '暗号化されたトークン（JWE）'
            : '不透明なトークン';
      const parts = [format];
      if (summary.audience) parts.push(`audience ${summary.audience}`);
      if (summary.scopes !== undefined) parts.push(`スコープ ${number.format(summary.scopes)} 個`);
      if (summary.expiresIn !== undefined) parts.push(`有効期間 ${duration(summary.expiresIn)}`);
      const others = summary.tokens.filter((name) => name !== 'access_token');
      if (others.length) parts.push(`${others.map((name) => tokenNames[name] ?? name).join('と')}付き`);
      // 応答が届いた時点で判定します。時計が進んでも別の判定に変わることはありません。
      const verdict = summary.problems
        ? `届いた時点で、要求と異なる点が ${number.format(summary.problems)} 件あります（下記）。`
        : '届いた時点で、要求どおりです。';
      return `アクセストークンが発行されました: ${parts.join('、')}。${verdict}`;
    },
    notes: (n: number) => `注意 ${number.format(n)} 件`,
  },
  html: {
    heading: 'HTML ページの内容',
    tracking: (id: string) => `Tracking ID: ${id}`,
  },
} satisfies typeof en.loopUi;

function duration(seconds: number): string {
  if (seconds % 86400 === 0) return `${number.format(seconds / 86400)} 日`;
  if (seconds % 3600 === 0) return `${number.format(seconds / 3600)} 時間`;
  if (seconds % 60 === 0) return `${number.format(seconds / 60)} 分`;
  return `${number.format(seconds)} 秒`;
}
