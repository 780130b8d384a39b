// Money is an integer number of fen (分, 1/100 yuan) everywhere: in columns, in the API and in
// arithmetic. These helpers are the only place yuan strings are read or written, and they work
// on digit strings and integers so no binary floating point ever touches an amount.
import { toHalfWidth } from './text.js';

/** Why an amount string was refused. */
export type YuanParseFailureReason =
  'EMPTY' | 'FORMAT' | 'TOO_MANY_DECIMALS' | 'NEGATIVE' | 'TOO_LARGE';

/** Chinese message for each refusal reason, shown beside the field. */
export const yuanParseFailureMessages: Record<YuanParseFailureReason, string> = {
  EMPTY: '请输入金额',
  FORMAT: '金额格式不正确，例如 1500 或 1,500.50',
  TOO_MANY_DECIMALS: '金额最多保留两位小数（精确到分）',
  NEGATIVE: '金额不能为负数',
  TOO_LARGE: '金额过大',
};

export type YuanParseResult =
  { ok: true; value: number } | { ok: false; reason: YuanParseFailureReason; message: string };

export interface YuanParseOptions {
  /** Accept a leading minus sign (e.g. for corrections); off by default. */
  allowNegative?: boolean;
}

/** Thrown by `yuanToFen` for input that `parseYuan` refuses. */
export class YuanParseError extends Error {
  readonly reason: YuanParseFailureReason;

  constructor(reason: YuanParseFailureReason, message: string) {
    super(message);
    this.name = 'YuanParseError';
    this.reason = reason;
  }
}

// Optional minus, optional ¥, digits (plain or grouped by commas in threes), optional fraction,
// optional 元: so every string formatFen produces parses back to the same amount.
const AMOUNT = /^(-)?[¥￥]?\s*(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?\s*元?$/;

/** Parses a yuan amount such as `1500`, `1500.5` or `¥1,500.50` into fen, without throwing. */
export function parseYuan(input: string, opts: YuanParseOptions = {}): YuanParseResult {
  const fail = (reason: YuanParseFailureReason): YuanParseResult => ({
    ok: false,
    reason,
    message: yuanParseFailureMessages[reason],
  });
  const s = toHalfWidth(input).trim();
  if (s === '') return fail('EMPTY');
  const m = AMOUNT.exec(s);
  if (!m) return fail('FORMAT');
  const [, minus, integer = '', fraction = ''] = m;
  if (fraction.length > 2) return fail('TOO_MANY_DECIMALS');
  const fen = Number(integer.replace(/,/g, '') + fraction.padEnd(2, '0'));
  // Above 2^53 - 1 Number would silently round; such amounts are input errors anyway.
  if (!Number.isSafeInteger(fen)) return fail('TOO_LARGE');
  if (minus) {
    if (!opts.allowNegative) return fail('NEGATIVE');
    // Avoid -0, which prints as "0" but is not Object.is-equal to 0.
    return { ok: true, value: fen === 0 ? 0 : -fen };
  }
  return { ok: true, value: fen };
}

/** Parses a yuan amount into integer fen; throws `YuanParseError` on invalid input. */
export function yuanToFen(input: string, opts: YuanParseOptions = {}): number {
  const result = parseYuan(input, opts);
  if (!result.ok) throw new YuanParseError(result.reason, result.message);
  return result.value;
}

/** True if `n` is a valid stored amount: a non-negative safe integer number of fen. */
export function isValidFen(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function splitFen(fen: number): { sign: string; yuan: string; cents: string } {
  if (!Number.isSafeInteger(fen))
    throw new RangeError(`Amount in fen must be a safe integer: ${fen}`);
  const abs = Math.abs(fen);
  return {
    sign: fen < 0 ? '-' : '',
    yuan: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

export interface FormatFenOptions {
  /** `symbol`: ¥1,500.00 (default); `yuan`: 1,500.00 元; `none`: 1,500.00. */
  unit?: 'symbol' | 'yuan' | 'none';
}

/** Formats fen for display with thousands separators, e.g. `¥1,500.00` or `1,500.00 元`. */
export function formatFen(fen: number, opts: FormatFenOptions = {}): string {
  const { sign, yuan, cents } = splitFen(fen);
  const amount = `${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
  switch (opts.unit ?? 'symbol') {
    case 'symbol':
      return `${sign}¥${amount}`;
    case 'yuan':
      return `${sign}${amount} 元`;
    case 'none':
      return `${sign}${amount}`;
  }
}

/** Fen as a plain yuan string (`1500.50`) to prefill an amount input; parses back exactly. */
export function fenToYuanString(fen: number): string {
  const { sign, yuan, cents } = splitFen(fen);
  return `${sign}${yuan}.${cents}`;
}
