import { validatePassword } from '@nuanxin/shared';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { PASSWORD_LIMITS, PASSWORD_RULES } from '../../graphql/errors';

/**
 * Form rules for a new password: one per policy rule, so the form lists every rule a weak
 * password breaks, checked by the same `validatePassword` the server runs. `username` is read
 * when the rules run (the account form's username may still be changing).
 */
export function passwordPolicyRules(t: TFunction, username: () => string | undefined): FormRule[] {
  return PASSWORD_RULES.map((rule) => ({
    validator: async (_rule: unknown, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      const failures = validatePassword(value, { username: username() });
      if (failures.some((failure) => failure.rule === rule)) {
        throw new Error(t(`errors.byReason.${rule}`, PASSWORD_LIMITS));
      }
    },
  }));
}

/** The whole policy in one sentence, for the hint under a new-password field. */
export function passwordPolicyHint(t: TFunction): string {
  return t('password.hint', PASSWORD_LIMITS);
}
