// Chinese citizen identity numbers, GB 11643-1999: 6-digit region code (GB/T 2260), 8-digit
// birth date, 3-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check
// character. Used by both the member form and the server, so they accept exactly the same input.
import { isIsoDate, todayInShanghai } from './dates.js';
import type { Sex } from './enums.js';
import { sexLabels } from './labels.js';
import { toHalfWidth } from './text.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Province-level codes of GB/T 2260, plus 83 (residence permits for Taiwan residents, which
// follow the same format). We do not check the full county list: people keep numbers issued
// under district codes that have since been abolished or renumbered.
// prettier-ignore
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
// Taiwan, Hong Kong and Macao have no subdivisions in GB/T 2260; their numbers use xx0000.
const WHOLE_REGION_CODES = new Set(['71', '81', '82', '83']);

/** Why an ID number was refused. */
export type IdNumberFailureReason =
  | 'EMPTY'
  | 'OLD_15_DIGIT'
  | 'LENGTH'
  | 'FORMAT'
  | 'REGION'
  | 'BIRTH_DATE_INVALID'
  | 'BIRTH_DATE_FUTURE'
  | 'BIRTH_DATE_TOO_OLD'
  | 'CHECKSUM';

/** Chinese message for each refusal reason, shown beside the field. */
export const idNumberFailureMessages: Record<IdNumberFailureReason, string> = {
  EMPTY: '请输入身份证号',
  OLD_15_DIGIT: '不支持15位旧身份证号，请使用18位身份证号',
  LENGTH: '身份证号应为18位',
  FORMAT: '身份证号前17位应为数字，最后一位为数字或X',
  REGION: '身份证号的地区代码不正确',
  BIRTH_DATE_INVALID: '身份证号中的出生日期不是有效日期',
  BIRTH_DATE_FUTURE: '身份证号中的出生日期晚于今天',
  BIRTH_DATE_TOO_OLD: '身份证号中的出生日期早于1900年',
  // Deliberately does not say which character would be right: that would turn the form into a
  // tool for completing guessed or partial numbers.
  CHECKSUM: '身份证号校验位不正确，请核对后重新输入',
};

/** What a valid ID number tells us. */
export interface IdNumberInfo {
  /** 18 characters, final X upper-case. */
  normalized: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
  /** The first six digits (GB/T 2260 region of first registration). */
  regionCode: string;
}

export type IdNumberValidation =
  { ok: true; value: IdNumberInfo } | { ok: false; reason: IdNumberFailureReason; message: string };

/** A disagreement between an ID number and a separately entered field. */
export interface IdNumberMismatch {
  field: 'birthDate' | 'sex';
  message: string;
}

function fail(reason: IdNumberFailureReason): IdNumberValidation {
  return { ok: false, reason, message: idNumberFailureMessages[reason] };
}

/** Trims, converts full-width characters and upper-cases a final x, for storage and comparison. */
export function normalizeIdNumber(s: string): string {
  return toHalfWidth(s).trim().toUpperCase();
}

/** The GB 11643 check character ('0'–'9' or 'X') for the first 17 digits. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('Expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Validates an 18-character ID number and derives birth date, sex and region from it. */
export function validateIdNumber(raw: string, opts: { today?: string } = {}): IdNumberValidation {
  const s = normalizeIdNumber(raw);
  if (s === '') return fail('EMPTY');
  if (/^\d{15}$/.test(s)) return fail('OLD_15_DIGIT');
  if (s.length !== 18) return fail('LENGTH');
  if (!/^\d{17}[\dX]$/.test(s)) return fail('FORMAT');

  const province = s.slice(0, 2);
  const rest = s.slice(2, 6);
  const regionOk = WHOLE_REGION_CODES.has(province)
    ? rest === '0000'
    : PROVINCE_CODES.has(province) && !rest.startsWith('00');
  if (!regionOk) return fail('REGION');

  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) return fail('BIRTH_DATE_INVALID');
  if (birthDate < '1900-01-01') return fail('BIRTH_DATE_TOO_OLD');
  const today = opts.today ?? todayInShanghai();
  if (!isIsoDate(today)) throw new RangeError(`today is not a YYYY-MM-DD date: ${today}`);
  if (birthDate > today) return fail('BIRTH_DATE_FUTURE');

  if (idNumberCheckDigit(s.slice(0, 17)) !== s[17]) return fail('CHECKSUM');

  return {
    ok: true,
    value: {
      normalized: s,
      birthDate,
      sex: Number(s[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
      regionCode: s.slice(0, 6),
    },
  };
}

/** True if `raw` is a valid 18-character ID number. */
export function isValidIdNumber(raw: string, opts: { today?: string } = {}): boolean {
  return validateIdNumber(raw, opts).ok;
}

/**
 * Compares separately entered birth date and sex with those encoded in a validated ID number;
 * returns one entry per disagreeing field (empty if they agree or were not entered).
 */
export function checkIdNumberAgainst(
  value: Pick<IdNumberInfo, 'birthDate' | 'sex'>,
  entered: { birthDate?: string | null; sex?: Sex | null },
): IdNumberMismatch[] {
  const mismatches: IdNumberMismatch[] = [];
  if (entered.birthDate != null && entered.birthDate !== value.birthDate) {
    mismatches.push({
      field: 'birthDate',
      message: `出生日期与身份证号不一致（身份证号中为${value.birthDate}）`,
    });
  }
  if (entered.sex != null && entered.sex !== value.sex) {
    mismatches.push({
      field: 'sex',
      message: `性别与身份证号不一致（身份证号中为${sexLabels[value.sex]}）`,
    });
  }
  return mismatches;
}

/** Masks an ID number for display: first 4 and last 4 characters, e.g. `3701**********123X`. */
export function maskIdNumber(s: string | null | undefined): string {
  if (s == null) return '';
  const v = normalizeIdNumber(s);
  if (v === '') return '';
  // Always ten stars, so the mask does not reveal the length of a malformed value; values too
  // short to keep 4 + 4 characters hidden are masked entirely.
  if (v.length <= 8) return '*'.repeat(v.length);
  return `${v.slice(0, 4)}${'*'.repeat(10)}${v.slice(-4)}`;
}

/** Masks a phone number: `138****5678` for a mainland mobile, otherwise all but the last 4. */
export function maskPhone(s: string | null | undefined): string {
  if (s == null) return '';
  const v = toHalfWidth(s).trim();
  const compact = v.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(compact)) return `${compact.slice(0, 3)}****${compact.slice(7)}`;
  if (v.length <= 4) return '*'.repeat(v.length);
  return `${'*'.repeat(v.length - 4)}${v.slice(-4)}`;
}
