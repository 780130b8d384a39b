import { describe, expect, it } from 'vitest';
import {
  fenToYuanString,
  formatFen,
  isValidFen,
  parseYuan,
  yuanToFen,
  YuanParseError,
  type YuanParseFailureReason,
} from './money.js';

describe('yuanToFen', () => {
  it.each([
    ['1500', 150000],
    ['1500.5', 150050],
    ['1500.50', 150050],
    ['1,500.50', 150050],
    ['1,500', 150000],
    ['1,234,567.89', 123456789],
    ['0', 0],
    ['0.01', 1],
    ['0.1', 10],
    ['0.30', 30],
    ['1.00', 100],
    ['19.99', 1999],
    ['4.35', 435],
    ['  160 ', 16000],
    ['¥1,500.00', 150000],
    ['￥200', 20000],
    ['1500元', 150000],
    ['1,500.00 元', 150000],
    ['１５００．５', 150050],
    ['90071992547409.91', 9007199254740991],
  ])('%j → %i fen', (input, fen) => {
    expect(yuanToFen(input)).toBe(fen);
  });

  it('never goes through floating point', () => {
    // 4.35 * 100 is 434.99999999999994 in binary floating point.
    expect(yuanToFen('4.35')).toBe(435);
    expect(yuanToFen('1.15')).toBe(115);
    expect(yuanToFen('8.2')).toBe(820);
  });

  const refusals: Array<[string, YuanParseFailureReason]> = [
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['1500.555', 'TOO_MANY_DECIMALS'],
    ['1500.001', 'TOO_MANY_DECIMALS'],
    ['-1500', 'NEGATIVE'],
    ['-0', 'NEGATIVE'],
    ['abc', 'FORMAT'],
    ['12abc', 'FORMAT'],
    ['1500.', 'FORMAT'],
    ['.5', 'FORMAT'],
    ['1.2.3', 'FORMAT'],
    ['1,50', 'FORMAT'],
    ['15,00.00', 'FORMAT'],
    ['1,5000', 'FORMAT'],
    ['1 500', 'FORMAT'],
    ['1e3', 'FORMAT'],
    ['0x10', 'FORMAT'],
    ['+100', 'FORMAT'],
    ['Infinity', 'FORMAT'],
    ['NaN', 'FORMAT'],
    ['¥-100', 'FORMAT'],
    ['90071992547409.92', 'TOO_LARGE'],
    ['99999999999999999999', 'TOO_LARGE'],
  ];

  it.each(refusals)('%j is refused: %s', (input, reason) => {
    const result = parseYuan(input);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
    expect(() => yuanToFen(input)).toThrow(YuanParseError);
  });

  it('carries the reason and a Chinese message on the thrown error', () => {
    try {
      yuanToFen('1.234');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(YuanParseError);
      expect((e as YuanParseError).reason).toBe('TOO_MANY_DECIMALS');
      expect((e as YuanParseError).message).toBe('金额最多保留两位小数（精确到分）');
    }
  });

  it('accepts negatives only when allowed', () => {
    expect(yuanToFen('-1,500.50', { allowNegative: true })).toBe(-150050);
    expect(yuanToFen('-¥1,500.50', { allowNegative: true })).toBe(-150050);
    expect(Object.is(yuanToFen('-0', { allowNegative: true }), 0)).toBe(true);
  });
});

describe('formatFen', () => {
  it.each([
    [150000, '¥1,500.00'],
    [150050, '¥1,500.50'],
    [0, '¥0.00'],
    [1, '¥0.01'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [45000000, '¥450,000.00'],
    [123456789, '¥1,234,567.89'],
    [-150050, '-¥1,500.50'],
    [-5, '-¥0.05'],
    [9007199254740991, '¥90,071,992,547,409.91'],
  ])('%i fen → %s', (fen, expected) => {
    expect(formatFen(fen)).toBe(expected);
  });

  it('supports the 元 suffix and a bare number', () => {
    expect(formatFen(150000, { unit: 'yuan' })).toBe('1,500.00 元');
    expect(formatFen(-150000, { unit: 'yuan' })).toBe('-1,500.00 元');
    expect(formatFen(150000, { unit: 'none' })).toBe('1,500.00');
  });

  it.each([1.5, NaN, Infinity, 2 ** 53])('refuses %d', (n) => {
    expect(() => formatFen(n)).toThrow(RangeError);
  });

  it('round-trips through yuanToFen', () => {
    for (const fen of [0, 1, 10, 99, 100, 101, 150050, 123456789, 9007199254740991]) {
      expect(yuanToFen(formatFen(fen))).toBe(fen);
      expect(yuanToFen(formatFen(fen, { unit: 'yuan' }))).toBe(fen);
      expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
    }
    expect(yuanToFen(formatFen(-150050), { allowNegative: true })).toBe(-150050);
  });
});

describe('fenToYuanString', () => {
  it('prints a plain amount for an input field', () => {
    expect(fenToYuanString(150050)).toBe('1500.50');
    expect(fenToYuanString(7)).toBe('0.07');
    expect(fenToYuanString(-7)).toBe('-0.07');
  });
});

describe('isValidFen', () => {
  it.each([0, 1, 150000, Number.MAX_SAFE_INTEGER])('accepts %d', (n) => {
    expect(isValidFen(n)).toBe(true);
  });

  it.each([-1, 1.5, NaN, Infinity, 2 ** 53, '100', null, undefined, 100n])('refuses %s', (n) => {
    expect(isValidFen(n)).toBe(false);
  });
});
