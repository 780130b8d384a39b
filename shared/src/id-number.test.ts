import { describe, expect, it } from 'vitest';
import {
  checkIdNumberAgainst,
  idNumberCheckDigit,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  validateIdNumber,
  type IdNumberFailureReason,
} from './id-number.js';

const TODAY = '2026-11-25';

// An independent, deliberately plain reimplementation of GB 11643 / ISO 7064 MOD 11-2, so the
// fixtures below are not checked only by the code under test.
function referenceCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += parseInt(first17.charAt(i), 10) * weights[i]!;
  return ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][sum % 11]!;
}

/** Builds a valid number from its first 17 digits. */
function withCheck(first17: string): string {
  return first17 + idNumberCheckDigit(first17);
}

/** Replaces the check character with a wrong one. */
function withWrongCheck(valid: string): string {
  const wrong = valid.endsWith('1') ? '2' : '1';
  return valid.slice(0, 17) + wrong;
}

// Valid numbers. The first is the example published in GB 11643-1999; 370102198001011237 was
// also checked by hand (sum 192, 192 mod 11 = 5, '10X98765432'[5] = '7').
const VALID = [
  { id: '11010519491231002X', birthDate: '1949-12-31', sex: 'FEMALE', regionCode: '110105' },
  { id: '370102198001011237', birthDate: '1980-01-01', sex: 'MALE', regionCode: '370102' },
  { id: '440305200002290010', birthDate: '2000-02-29', sex: 'MALE', regionCode: '440305' },
  { id: '510107196506152341', birthDate: '1965-06-15', sex: 'FEMALE', regionCode: '510107' },
  { id: '650102194910018881', birthDate: '1949-10-01', sex: 'FEMALE', regionCode: '650102' },
  { id: '360722195608083010', birthDate: '1956-08-08', sex: 'MALE', regionCode: '360722' },
  { id: '810000199005210026', birthDate: '1990-05-21', sex: 'FEMALE', regionCode: '810000' },
] as const;

describe('idNumberCheckDigit', () => {
  it.each(VALID)('agrees with the reference implementation for $id', ({ id }) => {
    expect(referenceCheckChar(id.slice(0, 17))).toBe(id[17]);
    expect(idNumberCheckDigit(id.slice(0, 17))).toBe(id[17]);
  });

  it('agrees with the reference implementation on many generated numbers', () => {
    // A simple LCG keeps the sample deterministic.
    let seed = 20261125;
    for (let n = 0; n < 500; n++) {
      let digits = '';
      for (let i = 0; i < 17; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        digits += String(seed % 10);
      }
      expect(idNumberCheckDigit(digits)).toBe(referenceCheckChar(digits));
    }
  });

  it('produces X when the sum is 2 mod 11', () => {
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
  });

  it.each(['', '1101051949123100', '110105194912310021', '1101051949123100A'])(
    'refuses %j',
    (s) => {
      expect(() => idNumberCheckDigit(s)).toThrow(RangeError);
    },
  );
});

describe('validateIdNumber: valid numbers', () => {
  it.each(VALID)('accepts $id', ({ id, birthDate, sex, regionCode }) => {
    expect(validateIdNumber(id, { today: TODAY })).toEqual({
      ok: true,
      value: { normalized: id, birthDate, sex, regionCode },
    });
  });

  it('normalises a lower-case x, surrounding spaces and full-width input', () => {
    for (const raw of [
      '11010519491231002x',
      '  11010519491231002X\t',
      '１１０１０５１９４９１２３１００２ｘ',
    ]) {
      const result = validateIdNumber(raw, { today: TODAY });
      expect(result.ok && result.value.normalized).toBe('11010519491231002X');
    }
  });

  it('accepts a birth date equal to today', () => {
    const id = withCheck('37010220261125001');
    expect(validateIdNumber(id, { today: TODAY }).ok).toBe(true);
  });

  it('accepts 1900-01-01, the earliest birth date', () => {
    expect(validateIdNumber(withCheck('37010219000101001'), { today: TODAY }).ok).toBe(true);
  });

  it('derives sex from the 17th digit: odd is male, even is female', () => {
    for (let d = 0; d <= 9; d++) {
      const result = validateIdNumber(withCheck(`3701021980010112${d}`), { today: TODAY });
      expect(result.ok && result.value.sex).toBe(d % 2 === 1 ? 'MALE' : 'FEMALE');
    }
  });

  it('defaults today to the Shanghai calendar day', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });
});

describe('validateIdNumber: refusals', () => {
  const cases: Array<[string, string, IdNumberFailureReason]> = [
    ['empty', '', 'EMPTY'],
    ['blank', '   ', 'EMPTY'],
    ['15-digit old number', '110105491231002', 'OLD_15_DIGIT'],
    ['17 characters', '11010519491231002', 'LENGTH'],
    ['19 characters', '11010519491231002X1', 'LENGTH'],
    ['15 characters with a letter', '11010549123100X', 'LENGTH'],
    ['letter inside', '1101051949A231002X', 'FORMAT'],
    ['X not last', 'X10105194912310021', 'FORMAT'],
    ['inner space', '110105 1949123100X', 'FORMAT'],
    ['region 99', withCheck('99010519491231002'), 'REGION'],
    ['region 00', withCheck('00010519491231002'), 'REGION'],
    ['region 10', withCheck('10010519491231002'), 'REGION'],
    ['region 72', withCheck('72000019491231002'), 'REGION'],
    ['province code only', withCheck('37000019800101123'), 'REGION'],
    ['Hong Kong with a district', withCheck('81010019900521002'), 'REGION'],
    ['30 February', withCheck('37010219990230123'), 'BIRTH_DATE_INVALID'],
    ['29 February in a common year', withCheck('37010219990229123'), 'BIRTH_DATE_INVALID'],
    ['29 February 1900 (not a leap year)', withCheck('37010219000229123'), 'BIRTH_DATE_INVALID'],
    ['month 13', withCheck('37010219991301123'), 'BIRTH_DATE_INVALID'],
    ['day 00', withCheck('37010219990100123'), 'BIRTH_DATE_INVALID'],
    ['tomorrow', withCheck('37010220261126123'), 'BIRTH_DATE_FUTURE'],
    ['next century', withCheck('37010221000101123'), 'BIRTH_DATE_FUTURE'],
    // The example number of GB 11643 itself (born 1880), with a correct check character.
    ['born 1880', '440524188001010014', 'BIRTH_DATE_TOO_OLD'],
    ['born 1899-12-31', withCheck('37010218991231123'), 'BIRTH_DATE_TOO_OLD'],
    ['wrong check character', '110105194912310021', 'CHECKSUM'],
    ['X where a digit belongs', '37010219800101123X', 'CHECKSUM'],
  ];

  it.each(cases)('%s: %j → %s', (_label, raw, reason) => {
    const result = validateIdNumber(raw, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/身份证号/);
    }
  });

  it('refuses every valid fixture with a wrong check character', () => {
    for (const { id } of VALID) {
      const result = validateIdNumber(withWrongCheck(id), { today: TODAY });
      expect(result.ok ? 'ok' : result.reason).toBe('CHECKSUM');
    }
  });

  it('explains the refusal of a 15-digit number', () => {
    const result = validateIdNumber('110105491231002', { today: TODAY });
    expect(!result.ok && result.message).toBe('不支持15位旧身份证号，请使用18位身份证号');
  });

  it('does not reveal the expected check character', () => {
    const result = validateIdNumber('110105194912310021', { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).not.toMatch(/[0-9X]/);
  });

  it('throws on a malformed today option', () => {
    expect(() => validateIdNumber('11010519491231002X', { today: '2026/11/25' })).toThrow(
      RangeError,
    );
  });
});

describe('normalizeIdNumber', () => {
  it('trims and upper-cases', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});

describe('checkIdNumberAgainst', () => {
  const info = { birthDate: '1949-12-31', sex: 'FEMALE' } as const;

  it('finds nothing when the fields agree or are not entered', () => {
    expect(checkIdNumberAgainst(info, { birthDate: '1949-12-31', sex: 'FEMALE' })).toEqual([]);
    expect(checkIdNumberAgainst(info, {})).toEqual([]);
    expect(checkIdNumberAgainst(info, { birthDate: null, sex: null })).toEqual([]);
  });

  it('reports each disagreeing field with a Chinese message', () => {
    expect(checkIdNumberAgainst(info, { birthDate: '1949-12-30', sex: 'MALE' })).toEqual([
      { field: 'birthDate', message: '出生日期与身份证号不一致（身份证号中为1949-12-31）' },
      { field: 'sex', message: '性别与身份证号不一致（身份证号中为女）' },
    ]);
  });

  it('takes the value of a successful validation', () => {
    const result = validateIdNumber('370102198001011237', { today: TODAY });
    if (!result.ok) throw new Error('fixture should be valid');
    expect(checkIdNumberAgainst(result.value, { sex: 'FEMALE' })).toHaveLength(1);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['37010219800101123X', '3701**********123X'],
    ['11010519491231002x', '1101**********002X'],
    // A 15-digit legacy value still gets ten stars, hiding its length.
    ['110105491231002', '1101**********1002'],
    ['12345678', '********'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
  });

  it('returns an empty string for a missing value', () => {
    expect(maskIdNumber(null)).toBe('');
    expect(maskIdNumber(undefined)).toBe('');
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    [' 138-1234-5678 ', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['0791-88886666', '*********6666'],
    ['88886666', '****6666'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it('returns an empty string for a missing value', () => {
    expect(maskPhone(null)).toBe('');
  });
});
