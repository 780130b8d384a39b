import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseWorker, unitAdmin } from '../test/fixtures';
import { currentUrl, renderApp, resetLocale } from '../test/render-app';
import { setupUser } from '../test/user';

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
    renderApp('/', { Me: () => ({ data: { me: unitAdmin } }) });
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

  it('shows 系统 to administrators only, and a polite 403 to others who go there', async () => {
    const { router } = renderApp('/admin/accounts', signedIn);

    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(
      screen.getByText('系统管理仅向系统管理员和单位管理员开放。如需使用，请联系本单位管理员。'),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).queryByRole('link', { name: '系统' })).toBeNull();
    expect(within(nav).getAllByRole('link')).toHaveLength(8);
    expect(screen.queryByText('组织机构、账号与权限')).toBeNull();
    expect(currentUrl(router)).toBe('/admin/accounts');
  });

  it('opens the user menu from the name in the header', async () => {
    const user = setupUser();
    const { router } = renderApp('/', signedIn);

    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByRole('menuitem', { name: /修改密码/ }));

    expect(await screen.findByLabelText('当前密码')).toBeTruthy();
    expect(currentUrl(router)).toBe('/account/password');
    expect(document.title).toBe('修改密码 - 暖心');
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
