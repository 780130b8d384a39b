import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseWorker } from '../test/fixtures';
import { currentUrl, renderApp, resetLocale } from '../test/render-app';

const signedIn = { Me: () => ({ data: { me: caseWorker } }) };

beforeEach(resetLocale);

function selectedMenuItem(): string | undefined {
  const nav = screen.getByRole('navigation', { name: '主导航' });
  return nav.querySelector('.ant-menu-item-selected')?.textContent ?? undefined;
}

describe('AppShell', () => {
  it('shows the account and its unit in the header, and greets the user', async () => {
    renderApp('/', signedIn);

    expect((await screen.findByTestId('current-user')).textContent).toBe('王芳');
    expect(screen.getByTestId('current-unit').textContent).toBe('大明湖街道计生协');
    expect(screen.getByText('王芳，您好')).toBeTruthy();
    expect(screen.getByText('所属单位：大明湖街道计生协')).toBeTruthy();
    expect(screen.getByText('业务经办')).toBeTruthy();
    expect(document.title).toBe('首页 - 暖心');
  });

  it('lists every module in the menu, each linking to its page', async () => {
    renderApp('/', signedIn);
    await screen.findByTestId('current-user');
    const nav = screen.getByRole('navigation', { name: '主导航' });

    const links = within(nav)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['首页', '/'],
      ['户档', '/households'],
      ['活动', '/activities'],
      ['保险', '/insurance'],
      ['项目经费', '/budgets'],
      ['政策', '/policies'],
      ['查询', '/queries'],
      ['统计', '/statistics'],
      ['系统', '/admin'],
    ]);
  });

  it('navigates from the menu, highlights the current module and shows the placeholder', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/', signedIn);
    expect(await screen.findByText('王芳，您好')).toBeTruthy();
    expect(selectedMenuItem()).toBe('首页');

    const nav = screen.getByRole('navigation', { name: '主导航' });
    await user.click(within(nav).getByRole('link', { name: '统计' }));

    expect(await screen.findByText('该模块正在建设中')).toBeTruthy();
    expect(screen.getByText('“统计”功能即将上线，敬请期待。')).toBeTruthy();
    expect(currentUrl(router)).toBe('/statistics');
    expect(selectedMenuItem()).toBe('统计');
    expect(document.title).toBe('统计 - 暖心');
  });

  it('opens a deep link directly (as after a reload)', async () => {
    const { router } = renderApp('/budgets?year=2025', signedIn);
    expect(await screen.findByText('“项目经费”功能即将上线，敬请期待。')).toBeTruthy();
    expect(selectedMenuItem()).toBe('项目经费');
    expect(currentUrl(router)).toBe('/budgets?year=2025');
  });

  it('shows a 404 page inside the shell for unknown paths', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/no/such/page', signedIn);

    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.getByTestId('current-user')).toBeTruthy();
    expect(selectedMenuItem()).toBeUndefined();

    await user.click(screen.getByRole('button', { name: '返回首页' }));
    expect(await screen.findByText('王芳，您好')).toBeTruthy();
    expect(currentUrl(router)).toBe('/');
  });

  it('collapses and expands the side menu', async () => {
    const user = userEvent.setup();
    renderApp('/', signedIn);

    await screen.findByTestId('current-user');
    await user.click(screen.getByRole('button', { name: '收起菜单' }));
    expect(document.querySelector('.ant-layout-sider-collapsed')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '展开菜单' }));
    await waitFor(() => expect(document.querySelector('.ant-layout-sider-collapsed')).toBeNull());
  });
});
