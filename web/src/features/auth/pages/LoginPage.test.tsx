import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseWorker } from '../../../test/fixtures';
import { graphQLError } from '../../../test/mock-transport';
import { currentUrl, renderApp, resetLocale } from '../../../test/render-app';

const signedOut = { Me: () => ({ data: { me: null } }) };

beforeEach(resetLocale);

describe('LoginPage', () => {
  it('shows the form in Chinese with the ids the browser tests rely on', async () => {
    renderApp('/login', signedOut);

    const username = await screen.findByLabelText('用户名');
    expect(username.id).toBe('login-username');
    expect(username.getAttribute('data-testid')).toBe('login-username');
    const password = screen.getByLabelText('密码');
    expect(password.id).toBe('login-password');
    expect(password.getAttribute('type')).toBe('password');
    expect(screen.getByRole('button', { name: '登录' }).id).toBe('login-submit');
    expect(screen.getByText('计生特殊家庭关爱信息系统')).toBeTruthy();
  });

  it('asks for both fields, in Chinese, before sending anything', async () => {
    const user = userEvent.setup();
    const { operationNames } = renderApp('/login', signedOut);

    await user.click(await screen.findByTestId('login-submit'));

    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(operationNames()).not.toContain('Login');
  });

  it('says the username or password is wrong when the server refuses', async () => {
    const user = userEvent.setup();
    const { operationNames, calls } = renderApp('/login', {
      ...signedOut,
      Login: () => graphQLError('UNAUTHENTICATED'),
    });

    await user.type(await screen.findByLabelText('用户名'), '  wangfang ');
    await user.type(screen.getByLabelText('密码'), 'wrong password');
    await user.click(screen.getByTestId('login-submit'));

    expect((await screen.findByRole('alert')).textContent).toContain('用户名或密码错误');
    expect(operationNames()).toContain('Login');
    // The username is trimmed; the password is sent exactly as typed.
    expect(calls.find((op) => op.kind === 'mutation')?.variables).toEqual({
      username: 'wangfang',
      password: 'wrong password',
    });
    // Editing the form clears the stale error.
    await user.type(screen.getByLabelText('密码'), 'x');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('explains when the server cannot be reached', async () => {
    const user = userEvent.setup();
    renderApp('/login', { ...signedOut, Login: () => new TypeError('Failed to fetch') });

    await user.type(await screen.findByLabelText('用户名'), 'wangfang');
    await user.type(screen.getByLabelText('密码'), 'secret-password');
    await user.click(screen.getByTestId('login-submit'));

    expect((await screen.findByRole('alert')).textContent).toContain('无法连接服务器');
  });

  it('goes to the ?next= page after signing in', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/login?next=%2Fhouseholds%3Fpage%3D2', {
      ...signedOut,
      Login: () => ({ data: { login: { expiresAt: '2030-01-01T00:00:00Z', user: caseWorker } } }),
    });

    await user.type(await screen.findByLabelText('用户名'), 'wangfang');
    await user.type(screen.getByLabelText('密码'), 'secret-password');
    await user.click(screen.getByTestId('login-submit'));

    expect((await screen.findByTestId('current-user')).textContent).toBe('王芳');
    expect(currentUrl(router)).toBe('/households?page=2');
  });

  it('does not follow a ?next= that leaves the site', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/login?next=%2F%2Fevil.example%2F', {
      ...signedOut,
      Login: () => ({ data: { login: { expiresAt: '2030-01-01T00:00:00Z', user: caseWorker } } }),
    });

    await user.type(await screen.findByLabelText('用户名'), 'wangfang');
    await user.type(screen.getByLabelText('密码'), 'secret-password');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByText('王芳，您好')).toBeTruthy();
    expect(currentUrl(router)).toBe('/');
  });

  it('sends a signed-in user straight on', async () => {
    const { router } = renderApp('/login?next=%2Fpolicies', {
      Me: () => ({ data: { me: caseWorker } }),
    });
    expect(await screen.findByText('该模块正在建设中')).toBeTruthy();
    expect(currentUrl(router)).toBe('/policies');
  });
});
