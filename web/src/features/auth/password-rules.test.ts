import { passwordPolicyHint as sharedHint, passwordRuleMessages } from '@nuanxin/shared';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { PASSWORD_LIMITS, PASSWORD_RULES } from '../../graphql/errors';
import { passwordPolicyHint } from './password-rules';

const zh = i18n.getFixedT('zh-CN');

describe('password policy texts', () => {
  it('say in Chinese exactly what the shared policy (and so the server) says', () => {
    expect(passwordPolicyHint(zh)).toBe(sharedHint);
    for (const rule of PASSWORD_RULES) {
      expect(zh(`errors.byReason.${rule}`, PASSWORD_LIMITS)).toBe(passwordRuleMessages[rule]);
    }
  });

  it('cover every rule the shared policy has', () => {
    expect([...PASSWORD_RULES].sort()).toEqual(Object.keys(passwordRuleMessages).sort());
  });
});
