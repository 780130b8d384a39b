// Date-only values are ISO `YYYY-MM-DD` strings in the Asia/Shanghai calendar (CONVENTIONS).
// Arithmetic on them runs in UTC, where every day has exactly 24 hours, so no DST or server
// time zone can shift a day.

const TIME_ZONE = 'Asia/Shanghai';
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Built once: constructing Intl formatters is comparatively expensive. Intl rather than a fixed
// +8 offset because China observed daylight saving time in 1986–1991.
const dateFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const dateTimeFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  // h23 rather than hour12: false, which some engines render as "24:05" after midnight.
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoDate(s: string): DateParts | undefined {
  const m = ISO_DATE.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function requireIsoDate(s: string, name: string): DateParts {
  const parts = parseIsoDate(s);
  if (!parts) throw new RangeError(`${name} is not a YYYY-MM-DD date: ${JSON.stringify(s)}`);
  return parts;
}

function toUtcMs({ year, month, day }: DateParts): number {
  // setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function toInstant(instant: Date | string | number): Date {
  if (typeof instant === 'string' && ISO_DATE.test(instant)) {
    // A date-only string would be read as UTC midnight and shown as 08:00: a caller bug.
    throw new RangeError(`Expected an instant, got a date-only value: ${instant}`);
  }
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`);
  return d;
}

function partsOf(formatter: Intl.DateTimeFormat, d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** Today's date in Asia/Shanghai as `YYYY-MM-DD`, whatever the host's time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  const p = partsOf(dateFormatter, toInstant(now));
  return `${pad(Number(p.year), 4)}-${p.month}-${p.day}`;
}

/** True if `value` is a strict `YYYY-MM-DD` string naming a real Gregorian date. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/** Orders two ISO dates: negative if a is earlier, 0 if equal, positive if later. */
export function compareIsoDates(a: string, b: string): number {
  requireIsoDate(a, 'a');
  requireIsoDate(b, 'b');
  // Zero-padded ISO dates sort lexicographically in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISO date `n` days after `iso` (before, if n is negative). */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromUtcMs(toUtcMs(requireIsoDate(iso, 'iso')) + n * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = toUtcMs(requireIsoDate(from, 'from'));
  const b = toUtcMs(requireIsoDate(to, 'to'));
  return Math.round((b - a) / MS_PER_DAY);
}

/**
 * Age in whole years (周岁) on `onDate`. The age goes up on the birthday itself; someone born on
 * 29 February turns a year older on 1 March in common years. Negative if onDate precedes birth.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const b = requireIsoDate(birthDate, 'birthDate');
  const o = requireIsoDate(onDate, 'onDate');
  const beforeBirthday = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
}

/** An instant shown in Asia/Shanghai time as `YYYY-MM-DD HH:mm` (or `HH:mm:ss` with seconds). */
export function formatDateTimeShanghai(
  instant: Date | string | number,
  opts: { seconds?: boolean } = {},
): string {
  const p = partsOf(dateTimeFormatter, toInstant(instant));
  const time = opts.seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
  return `${pad(Number(p.year), 4)}-${p.month}-${p.day} ${time}`;
}
