import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Empty } from 'antd';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../i18n';
import { caseWorker } from '../test/fixtures';
import { renderApp, resetLocale } from '../test/render-app';
import { AppProviders } from './AppProviders';
import { LanguageSwitch } from './LanguageSwitch';

beforeEach(resetLocale);

describe('language switch', () => {
  it('turns the login page into English and back, remembering the choice', async () => {
    const user = userEvent.setup();
    renderApp('/login', { Me: () => ({ data: { me: null } }) });

    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    await user.click(screen.getByText('English'));

    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US');
    expect(document.documentElement.lang).toBe('en-US');

    // Validation messages follow the language too.
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Please enter your username')).toBeTruthy();

    await user.click(screen.getByText('中文'));
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
  });

  it('renames the menu in the shell', async () => {
    const user = userEvent.setup();
    renderApp('/', { Me: () => ({ data: { me: caseWorker } }) });

    expect(await screen.findByText('王芳，您好')).toBeTruthy();
    await user.click(screen.getByText('English'));

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Home',
      'Households',
      'Activities',
      'Insurance',
      'Budgets',
      'Policies',
      'Queries',
      'Statistics',
    ]);
    expect(screen.getByText('Hello, 王芳')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it("switches antd's and dayjs's own texts as well", async () => {
    const user = userEvent.setup();
    render(
      <AppProviders>
        <LanguageSwitch />
        <Empty />
      </AppProviders>,
    );

    const emptyText = () => document.querySelector('.ant-empty-description')?.textContent;
    expect(emptyText()).toBe('暂无数据');
    expect(dayjs('2025-01-06').format('dddd')).toBe('星期一');

    await user.click(screen.getByText('English'));

    await waitFor(() => expect(emptyText()).toBe('No data'));
    expect(dayjs('2025-01-06').format('dddd')).toBe('Monday');
  });
});
