import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  compareIsoDates,
  daysBetween,
  formatDateTimeShanghai,
  isIsoDate,
  todayInShanghai,
} from './dates.js';

describe('todayInShanghai', () => {
  it.each([
    // 16:00 UTC is midnight in Shanghai (UTC+8): the day turns there eight hours before UTC.
    ['2026-11-24T15:59:59.999Z', '2026-11-24'],
    ['2026-11-24T16:00:00Z', '2026-11-25'],
    ['2026-11-24T16:30:00Z', '2026-11-25'],
    ['2026-11-25T00:00:00Z', '2026-11-25'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2024-02-28T16:00:00Z', '2024-02-29'],
  ])('%s is %s in Shanghai', (instant, expected) => {
    expect(todayInShanghai(new Date(instant))).toBe(expected);
  });

  it('follows the historical daylight saving time of 1986–1991 (UTC+9 in summer)', () => {
    expect(todayInShanghai(new Date('1988-07-01T15:30:00Z'))).toBe('1988-07-02');
  });

  it('defaults to now', () => {
    expect(isIsoDate(todayInShanghai())).toBe(true);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-11-25', '2024-02-29', '2000-02-29', '1900-01-01', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '20261125',
    '2026/11/25',
    ' 2026-11-25',
    '2026-11-25T00:00:00Z',
    '',
  ])('refuses %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(new Date())).toBe(false);
    expect(isIsoDate(20261125)).toBe(false);
  });
});

describe('compareIsoDates', () => {
  it('orders dates', () => {
    expect(compareIsoDates('2026-11-24', '2026-11-25')).toBeLessThan(0);
    expect(compareIsoDates('2026-11-25', '2026-11-25')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(['2026-03-01', '2025-12-31', '2026-02-28'].sort(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-02-28',
      '2026-03-01',
    ]);
  });

  it('throws on a non-date', () => {
    expect(() => compareIsoDates('2026-11-25', '2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-25', 1, '2026-11-26'],
    ['2026-11-25', 0, '2026-11-25'],
    ['2026-11-25', -25, '2026-10-31'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', 365, '2027-01-01'],
    // Crosses the spring-forward day of China's 1986–1991 DST and Europe's, for a host elsewhere.
    ['1988-04-09', 2, '1988-04-11'],
    ['2026-03-28', 2, '2026-03-30'],
    ['0050-01-01', 1, '0050-01-02'],
  ])('%s + %i = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('refuses fractional days and bad dates', () => {
    expect(() => addDays('2026-11-25', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-11-31', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days', () => {
    expect(daysBetween('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysBetween('2026-11-25', '2026-12-25')).toBe(30);
    expect(daysBetween('2026-12-25', '2026-11-25')).toBe(-30);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('ageOn', () => {
  it.each([
    ['1977-11-25', '2026-11-24', 48],
    ['1977-11-25', '2026-11-25', 49],
    ['1977-11-25', '2026-11-26', 49],
    ['1949-12-31', '2026-01-01', 76],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-29', 24],
    ['2026-11-25', '2026-11-25', 0],
    ['2026-11-25', '2026-11-24', -1],
  ])('born %s, on %s: %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it('throws on a non-date', () => {
    expect(() => ageOn('1977-02-30', '2026-11-25')).toThrow(RangeError);
  });
});

describe('formatDateTimeShanghai', () => {
  it('shows the instant in Shanghai time', () => {
    expect(formatDateTimeShanghai(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25 00:30');
    expect(formatDateTimeShanghai('2026-11-24T16:30:05Z', { seconds: true })).toBe(
      '2026-11-25 00:30:05',
    );
    expect(formatDateTimeShanghai(Date.UTC(2026, 0, 1, 4, 5))).toBe('2026-01-01 12:05');
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatDateTimeShanghai('2026-11-24T16:00:00Z')).toBe('2026-11-25 00:00');
  });

  it('refuses invalid instants and date-only strings', () => {
    expect(() => formatDateTimeShanghai('not a date')).toThrow(RangeError);
    expect(() => formatDateTimeShanghai(new Date(NaN))).toThrow(RangeError);
    expect(() => formatDateTimeShanghai('2026-11-25')).toThrow(RangeError);
  });
});
