import { describe, expect, it } from 'vitest';
import {
  countPasswordCharacterClasses,
  PASSWORD_MAX_LENGTH,
  validatePassword,
  type PasswordRule,
} from './password.js';

function rules(pw: string, username?: string): PasswordRule[] {
  return validatePassword(pw, { username }).map((f) => f.rule);
}

describe('validatePassword', () => {
  it.each([
    'Nuanxin2026', // lower, upper, digit
    'nuanxin-2026', // lower, digit, symbol
    'NUANXIN#care', // upper, lower, symbol
    'Ab3!Ab3!Ab', // exactly 10, all four classes
    '暖心关爱Care2026', // Chinese characters count as symbols
    'a'.repeat(PASSWORD_MAX_LENGTH - 3) + 'B1!',
  ])('accepts %j', (pw) => {
    expect(validatePassword(pw)).toEqual([]);
  });

  it.each<[string, PasswordRule[]]>([
    ['', ['MIN_LENGTH', 'CHARACTER_CLASSES']],
    ['Ab3!Ab3!A', ['MIN_LENGTH']],
    ['abcdefghijk', ['CHARACTER_CLASSES']],
    ['abcdefgh12', ['CHARACTER_CLASSES']],
    ['ABCDEFGH!!', ['CHARACTER_CLASSES']],
    ['12345678901234', ['CHARACTER_CLASSES']],
    ['a'.repeat(PASSWORD_MAX_LENGTH - 2) + 'B1!', ['MAX_LENGTH']],
  ])('refuses %j', (pw, expected) => {
    expect(rules(pw)).toEqual(expected);
  });

  it('refuses a password containing the username, ignoring case', () => {
    expect(rules('Zhangwei2026!', 'zhangwei')).toEqual(['CONTAINS_USERNAME']);
    expect(rules('xx-ZHANGWEI-99', ' ZhangWei ')).toEqual(['CONTAINS_USERNAME']);
    expect(rules('Nuanxin2026!', 'zhangwei')).toEqual([]);
  });

  it('ignores usernames too short to be meaningful', () => {
    expect(rules('Liang2026!x', 'li')).toEqual([]);
    expect(rules('Liang2026!x', '')).toEqual([]);
    expect(validatePassword('Liang2026!x', { username: null })).toEqual([]);
  });

  it('reports every failing rule at once, each with a Chinese message', () => {
    const failures = validatePassword('wang', { username: 'wang' });
    expect(failures.map((f) => f.rule)).toEqual([
      'MIN_LENGTH',
      'CHARACTER_CLASSES',
      'CONTAINS_USERNAME',
    ]);
    expect(failures[0]?.message).toBe('密码长度至少10位');
    expect(failures[2]?.message).toBe('密码不能包含用户名');
  });

  it('counts length in code points, not UTF-16 units', () => {
    // Five emoji are ten UTF-16 units but five characters.
    expect(rules('😀😀😀😀😀Ab1')).toEqual(['MIN_LENGTH']);
  });
});

describe('countPasswordCharacterClasses', () => {
  it.each([
    ['', 0],
    ['abc', 1],
    ['aB', 2],
    ['aB1', 3],
    ['aB1 ', 4],
    ['é', 1],
  ])('%j has %i classes', (pw, n) => {
    expect(countPasswordCharacterClasses(pw)).toBe(n);
  });
});
