import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useClient } from 'urql';
import { caseWorker } from '../../../test/fixtures';
import { graphQLError } from '../../../test/mock-transport';
import { MeQuery } from '../graphql';
import { currentUrl, renderApp, resetLocale } from '../../../test/render-app';

beforeEach(resetLocale);

describe('session and route guard', () => {
  it('sends a visitor to the login page, remembering where they were going', async () => {
    const { router } = renderApp('/activities?month=2025-09', {
      Me: () => ({ data: { me: null } }),
    });

    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    expect(currentUrl(router)).toBe('/login?next=%2Factivities%3Fmonth%3D2025-09');
  });

  it('offers a retry when the session cannot be checked', async () => {
    const user = userEvent.setup();
    let isServerUp = false;
    renderApp('/', {
      Me: () => (isServerUp ? { data: { me: caseWorker } } : new TypeError('Failed to fetch')),
    });

    expect(await screen.findByText('无法获取登录状态')).toBeTruthy();
    expect(screen.getByText('无法连接服务器，请检查网络后重试')).toBeTruthy();

    isServerUp = true;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('王芳，您好')).toBeTruthy();
  });

  it('signs out on the server and returns to a plain login page', async () => {
    const user = userEvent.setup();
    // A page without data of its own, so the only operations are the session's.
    const { router, operationNames } = renderApp('/statistics', {
      Me: () => ({ data: { me: caseWorker } }),
      Logout: () => ({ data: { logout: true } }),
    });

    await user.click(await screen.findByTestId('logout-button'));

    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    expect(currentUrl(router)).toBe('/login');
    expect(screen.queryByTestId('current-user')).toBeNull();
    expect(operationNames()).toEqual(['Me', 'Logout']);
  });

  it('stays signed in and says so when signing out fails', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/households', {
      Me: () => ({ data: { me: caseWorker } }),
      Logout: () => new TypeError('Failed to fetch'),
    });

    await user.click(await screen.findByTestId('logout-button'));

    expect(await screen.findByText('退出失败：无法连接服务器，请检查网络后重试')).toBeTruthy();
    expect(screen.getByTestId('current-user')).toBeTruthy();
    expect(currentUrl(router)).toBe('/households');
  });

  it('returns to the login page when the server says the session has ended', async () => {
    const user = userEvent.setup();
    let isSessionAlive = true;
    const { router } = renderApp(
      '/queries',
      {
        Me: () => (isSessionAlive ? { data: { me: caseWorker } } : graphQLError('UNAUTHENTICATED')),
      },
      <ProbeButton />,
    );

    expect(await screen.findByTestId('current-user')).toBeTruthy();
    isSessionAlive = false;
    await user.click(screen.getByRole('button', { name: 'probe' }));

    expect(await screen.findByText('登录已过期，请重新登录')).toBeTruthy();
    await waitFor(() => expect(currentUrl(router)).toBe('/login?next=%2Fqueries'));
  });
});

/** Any request can discover that the session ended; this stands in for a module's query. */
function ProbeButton() {
  const client = useClient();
  const probe = () => client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  return (
    <button type="button" onClick={() => void probe()}>
      probe
    </button>
  );
}
