// The password policy, shared so the form shows the same rules the server enforces.

export const PASSWORD_MIN_LENGTH = 10;
// An upper bound keeps a hash function from being fed megabytes per login attempt.
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_MIN_CHARACTER_CLASSES = 3;
// Below this a username is a common substring ("li", "a"); checking it would refuse good passwords.
const MIN_USERNAME_LENGTH_TO_CHECK = 3;

/** A rule of the password policy. */
export type PasswordRule = 'MIN_LENGTH' | 'MAX_LENGTH' | 'CHARACTER_CLASSES' | 'CONTAINS_USERNAME';

/** Chinese message for each rule, worded as the requirement. */
export const passwordRuleMessages: Record<PasswordRule, string> = {
  MIN_LENGTH: `密码长度至少${PASSWORD_MIN_LENGTH}位`,
  MAX_LENGTH: `密码长度不能超过${PASSWORD_MAX_LENGTH}位`,
  CHARACTER_CLASSES: `密码须包含小写字母、大写字母、数字、符号中的至少${PASSWORD_MIN_CHARACTER_CLASSES}类`,
  CONTAINS_USERNAME: '密码不能包含用户名',
};

/** The whole policy in one sentence, for a hint under the password field. */
export const passwordPolicyHint = `密码长度为${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH}位，须包含小写字母、大写字母、数字、符号中的至少${PASSWORD_MIN_CHARACTER_CLASSES}类，且不能包含用户名`;

export interface PasswordRuleFailure {
  rule: PasswordRule;
  message: string;
}

/** Counts which of lower-case, upper-case, digit and symbol occur in the password. */
export function countPasswordCharacterClasses(pw: string): number {
  // Anything that is not an ASCII letter or digit (punctuation, spaces, Chinese characters)
  // counts as a symbol: it widens the search space just as punctuation does.
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
  return classes.filter((re) => re.test(pw)).length;
}

/** Returns every policy rule the password breaks (empty if it is acceptable). */
export function validatePassword(
  pw: string,
  opts: { username?: string | null } = {},
): PasswordRuleFailure[] {
  const failures: PasswordRule[] = [];
  // Length in code points, so a character outside the BMP counts once, as the user sees it.
  const length = [...pw].length;
  if (length < PASSWORD_MIN_LENGTH) failures.push('MIN_LENGTH');
  if (length > PASSWORD_MAX_LENGTH) failures.push('MAX_LENGTH');
  if (countPasswordCharacterClasses(pw) < PASSWORD_MIN_CHARACTER_CLASSES) {
    failures.push('CHARACTER_CLASSES');
  }
  const username = opts.username?.trim().toLowerCase() ?? '';
  if (username.length >= MIN_USERNAME_LENGTH_TO_CHECK && pw.toLowerCase().includes(username)) {
    failures.push('CONTAINS_USERNAME');
  }
  return failures.map((rule) => ({ rule, message: passwordRuleMessages[rule] }));
}
