import { passwordRuleMessages } from '@nuanxin/shared';
import { screen, waitFor } from '@testing-library/react';
import { setupUser } from '../../../test/user';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseWorker, unitAdmin } from '../../../test/fixtures';
import { expectFieldErrors, fieldErrors, fill } from '../../../test/form-helpers';
import { graphQLError } from '../../../test/mock-transport';
import { currentUrl, renderApp, resetLocale } from '../../../test/render-app';

beforeEach(resetLocale);

const GOOD_PASSWORD = 'Spring-Garden-2025';

async function fillPasswords(current: string, next: string, confirm = next) {
  const user = setupUser();
  await screen.findByLabelText('当前密码');
  await fill(user, '当前密码', current);
  await fill(user, '新密码', next);
  await fill(user, '确认新密码', confirm);
  await user.click(screen.getByTestId('change-password-submit'));
}

describe('forced password change', () => {
  it('sends the user to the change-password page, with nothing else to go to, and back afterwards', async () => {
    let mustChange = true;
    const { router, calls, operationNames } = renderApp('/households?page=2', {
      Me: () => ({ data: { me: { ...caseWorker, mustChangePassword: mustChange } } }),
      ChangePassword: () => {
        mustChange = false;
        return { data: { changePassword: true } };
      },
    });

    expect(await screen.findByTestId('password-change-required')).toBeTruthy();
    expect(screen.getByText('请先修改密码')).toBeTruthy();
    expect(currentUrl(router)).toBe('/account/password?next=%2Fhouseholds%3Fpage%3D2');
    // No menu and no links: the server refuses everything else until the password is changed.
    expect(screen.queryByRole('navigation', { name: '主导航' })).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByTestId('user-menu')).toBeNull();
    expect(screen.getByTestId('current-user').textContent).toBe('王芳');
    expect(screen.getByTestId('logout-button')).toBeTruthy();
    expect(document.title).toBe('修改密码 - 暖心');

    // Another address leads back here.
    await router.navigate('/statistics');
    await waitFor(() => expect(currentUrl(router)).toBe('/account/password?next=%2Fstatistics'));

    await fillPasswords('Initial-Pass-1', GOOD_PASSWORD);

    expect(await screen.findByText('“统计”功能即将上线，敬请期待。')).toBeTruthy();
    expect(currentUrl(router)).toBe('/statistics');
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeTruthy();
    expect(calls.find((op) => op.kind === 'mutation')?.variables).toEqual({
      currentPassword: 'Initial-Pass-1',
      newPassword: GOOD_PASSWORD,
    });
    // `me` is asked again, so the app knows the change is done.
    expect(operationNames()).toEqual(['Me', 'ChangePassword', 'Me']);
  });

  it('goes there too when the server refuses a request for want of a password change', async () => {
    const { router } = renderApp('/admin/accounts', {
      Me: () => ({ data: { me: unitAdmin } }),
      Accounts: () => graphQLError('FORBIDDEN', { reason: 'PASSWORD_CHANGE_REQUIRED' }),
      Units: () => ({
        data: {
          units: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 },
        },
      }),
    });

    // The admin pages load first (lazily), then the request fails and the redirect follows.
    expect(
      await screen.findByTestId('password-change-required', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(currentUrl(router)).toBe('/account/password?next=%2Fadmin%2Faccounts');
  });
});

describe('the change-password form', () => {
  const signedIn = { Me: () => ({ data: { me: caseWorker } }) };

  it('lists, in Chinese, every policy rule a weak password breaks, before sending anything', async () => {
    const { operationNames } = renderApp('/account/password', signedIn);

    expect(
      await screen.findByText(
        '密码长度为10–128位，须包含小写字母、大写字母、数字、符号中的至少3类，且不能包含用户名',
      ),
    ).toBeTruthy();
    await fillPasswords('whatever', 'short');

    await expectFieldErrors('新密码', [
      '密码长度至少10位',
      '密码须包含小写字母、大写字母、数字、符号中的至少3类',
    ]);
    // The texts are the shared policy's, so form and server say the same.
    await expectFieldErrors('新密码', [
      passwordRuleMessages.MIN_LENGTH,
      passwordRuleMessages.CHARACTER_CLASSES,
    ]);

    const user = setupUser();
    await user.clear(screen.getByLabelText('新密码'));
    await fill(user, '新密码', 'Wangfang-2025!');
    await expectFieldErrors('新密码', [passwordRuleMessages.CONTAINS_USERNAME]);
    // The confirmation must match.
    await expectFieldErrors('确认新密码', ['两次输入的密码不一致']);
    expect(operationNames()).not.toContain('ChangePassword');
  });

  it('shows a wrong current password on that field, as the server says', async () => {
    const { router } = renderApp('/account/password', {
      ...signedIn,
      ChangePassword: () =>
        graphQLError('BAD_USER_INPUT', { field: 'currentPassword', reason: 'WRONG_PASSWORD' }),
    });

    await fillPasswords('not-my-password', GOOD_PASSWORD);

    await expectFieldErrors('当前密码', ['当前密码不正确']);
    expect(fieldErrors('新密码')).toEqual([]);
    expect(currentUrl(router)).toBe('/account/password');
  });

  it('shows the server policy reason on the new password', async () => {
    renderApp('/account/password', {
      ...signedIn,
      ChangePassword: () =>
        graphQLError('BAD_USER_INPUT', { field: 'newPassword', reason: 'SAME_AS_CURRENT' }),
    });

    await fillPasswords(GOOD_PASSWORD, GOOD_PASSWORD);

    await expectFieldErrors('新密码', ['新密码不能与当前密码相同']);
  });

  it('returns home after a voluntary change', async () => {
    const { router } = renderApp('/account/password', {
      ...signedIn,
      ChangePassword: () => ({ data: { changePassword: true } }),
    });

    expect(screen.queryByTestId('password-change-required')).toBeNull();
    await fillPasswords('Old-Password-1', GOOD_PASSWORD);

    expect(await screen.findByText('王芳，您好')).toBeTruthy();
    expect(currentUrl(router)).toBe('/');
    expect(await screen.findByText('密码已修改')).toBeTruthy();
  });
});
