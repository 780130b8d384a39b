import { screen, waitFor, within } from '@testing-library/react';
import { setupUser } from '../../test/user';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  accountRow,
  accountsPage,
  district,
  national,
  townA,
  townB,
  unitsResolver,
} from '../../test/admin-fixtures';
import { systemAdmin, unitAdmin } from '../../test/fixtures';
import { expectFieldErrors, fill } from '../../test/form-helpers';
import { graphQLError, type MockResolvers } from '../../test/mock-transport';
import { currentUrl, renderApp, resetLocale } from '../../test/render-app';

beforeEach(resetLocale);

const worker = accountRow({ id: 'acc-7', username: 'wangfang', displayName: '王芳' });
const nationalAdmin = accountRow({
  id: 'acc-0',
  username: 'admin',
  displayName: '系统管理员',
  roles: ['SYSTEM_ADMIN'],
});

function resolvers(extra: MockResolvers = {}): MockResolvers {
  return {
    Me: () => ({ data: { me: unitAdmin } }),
    Accounts: () => accountsPage([nationalAdmin, worker]),
    Units: unitsResolver(district, [district, townA, townB]),
    Unit: ({ id }) => {
      const unit = [national, district, townA, townB].find((u) => u.id === id);
      return unit ? { data: { unit } } : graphQLError('NOT_FOUND');
    },
    ...extra,
  };
}

const GOOD_PASSWORD = 'Spring-Garden-2025';

async function openCreateDrawer() {
  const user = setupUser();
  await user.click(await screen.findByTestId('account-create'));
  expect(await screen.findByText('新建账号', { selector: '.ant-drawer-title' })).toBeTruthy();
  return user;
}

async function fillNewAccount(user: ReturnType<typeof setupUser>, username = 'zhaomin') {
  await fill(user, '用户名', username);
  await fill(user, '姓名', '赵敏');
  await user.click(screen.getByRole('checkbox', { name: '业务经办' }));
  await fill(user, '初始密码', GOOD_PASSWORD);
  await user.click(screen.getByTestId('account-submit'));
}

describe('account list', () => {
  it('shows accounts with roles, status and last sign-in, filtered from the URL', async () => {
    const { variablesOf } = renderApp(
      '/admin/accounts?role=CASE_WORKER&status=active&q=wang',
      resolvers(),
    );

    const row = (await screen.findByText('wangfang')).closest('tr');
    expect(row).toBeTruthy();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('王芳')).toBeTruthy();
    expect(cells.getByText('大明湖街道计生协')).toBeTruthy();
    expect(cells.getByText('业务经办')).toBeTruthy();
    expect(cells.getByText('正常')).toBeTruthy();
    // 09:30 in Shanghai.
    expect(cells.getByText('2025-09-01 09:30')).toBeTruthy();
    expect(screen.getByTestId('pager-total').textContent).toBe('共 2 个账号');

    expect(variablesOf('Accounts')[0]).toEqual({
      filter: { unitId: null, role: 'CASE_WORKER', isActive: true, search: 'wang' },
      first: 20,
      after: null,
    });
  });

  it('pages with the cursors, forwards and back', async () => {
    const user = setupUser();
    const afters: unknown[] = [];
    renderApp(
      '/admin/accounts',
      resolvers({
        Accounts: ({ after }) => {
          afters.push(after);
          return after
            ? accountsPage([worker], { totalCount: 21 })
            : accountsPage([nationalAdmin], { totalCount: 21, hasNextPage: true, endCursor: 'c1' });
        },
      }),
    );

    expect(await screen.findByText('第 1 / 2 页')).toBeTruthy();
    await user.click(screen.getByText('下一页'));
    expect(await screen.findByText('第 2 / 2 页')).toBeTruthy();
    expect(await screen.findByText('wangfang')).toBeTruthy();
    await user.click(screen.getByText('上一页'));
    expect(await screen.findByText('第 1 / 2 页')).toBeTruthy();
    expect(await screen.findByText('admin')).toBeTruthy();
    expect(afters).toContain('c1');
  });

  it('keeps the filters in the URL', async () => {
    const user = setupUser();
    const { router } = renderApp('/admin/accounts', resolvers());

    const search = await screen.findByLabelText('搜索用户名或姓名');
    await user.type(search, '王{Enter}');
    await waitFor(() => expect(currentUrl(router)).toBe('/admin/accounts?q=%E7%8E%8B'));
  });

  it('does not offer changes to accounts with more rights than the user', async () => {
    renderApp('/admin/accounts', resolvers());

    const button = (row: HTMLElement, text: string) =>
      within(row).getByText(text).closest('button') as HTMLButtonElement;
    const row = (await screen.findByText('admin')).closest('tr') as HTMLElement;
    for (const text of ['编辑', '重置密码', '停用']) expect(button(row, text).disabled).toBe(true);
    const workerRow = screen.getByText('wangfang').closest('tr') as HTMLElement;
    for (const text of ['编辑', '重置密码', '停用']) {
      expect(button(workerRow, text).disabled).toBe(false);
    }
  });
});

describe('account form', () => {
  it('offers a unit administrator only the roles they may grant', async () => {
    renderApp('/admin/accounts', resolvers());
    await openCreateDrawer();

    const roles = screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
    expect(roles).toEqual(['单位管理员', '业务经办', '只读查看']);
  });

  it('offers a system administrator every role', async () => {
    renderApp(
      '/admin/accounts',
      resolvers({
        Me: () => ({ data: { me: systemAdmin } }),
        Units: unitsResolver(national, [national, district, townA, townB]),
      }),
    );
    await openCreateDrawer();

    const roles = screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent);
    expect(roles).toEqual(['系统管理员', '单位管理员', '业务经办', '只读查看']);
  });

  it('checks the initial password against the policy, with the username', async () => {
    const { operationNames } = renderApp('/admin/accounts', resolvers());
    const user = await openCreateDrawer();

    await fill(user, '用户名', 'zhaomin');
    await fill(user, '初始密码', 'zhaomin-2025');
    await user.click(screen.getByTestId('account-submit'));

    await expectFieldErrors('初始密码', ['密码不能包含用户名']);
    await expectFieldErrors('姓名', ['请输入姓名']);
    await expectFieldErrors(screen.getByTestId('account-roles'), ['请至少选择一个角色']);
    expect(operationNames()).not.toContain('CreateAccount');
  });

  it('creates the account in the default unit and closes', async () => {
    let created = false;
    const { calls } = renderApp(
      '/admin/accounts',
      resolvers({
        CreateAccount: ({ input }) => {
          created = true;
          const values = input as { username: string; displayName: string };
          return {
            data: {
              createAccount: accountRow({
                id: 'acc-9',
                username: values.username,
                displayName: values.displayName,
                mustChangePassword: true,
                lastSignInAt: null,
                unit: district as never,
              }),
            },
          };
        },
        Accounts: () =>
          accountsPage(
            created
              ? [
                  nationalAdmin,
                  worker,
                  accountRow({
                    id: 'acc-9',
                    username: 'zhaomin',
                    displayName: '赵敏',
                    mustChangePassword: true,
                  }),
                ]
              : [nationalAdmin, worker],
          ),
      }),
    );
    const user = await openCreateDrawer();
    // The unit starts as the administrator's own.
    await waitFor(() =>
      expect(screen.getByTestId('account-drawer').textContent).toContain('历下区计生协'),
    );

    await fillNewAccount(user);

    expect(await screen.findByText('已创建账号“赵敏”')).toBeTruthy();
    expect(calls.find((op) => op.kind === 'mutation')?.variables).toEqual({
      input: {
        username: 'zhaomin',
        displayName: '赵敏',
        phone: null,
        unitId: 'unit-3',
        roles: ['CASE_WORKER'],
        password: GOOD_PASSWORD,
      },
    });
    // The list is fetched again and shows the new account, waiting for its first password change.
    const row = (await screen.findByText('zhaomin')).closest('tr') as HTMLElement;
    expect(within(row).getByText('待改密码')).toBeTruthy();
  });

  it('shows a BAD_USER_INPUT error on the field it names', async () => {
    renderApp(
      '/admin/accounts',
      resolvers({
        CreateAccount: () =>
          graphQLError('BAD_USER_INPUT', { field: 'input.unitId', reason: 'UNIT_INACTIVE' }),
      }),
    );
    const user = await openCreateDrawer();
    await fillNewAccount(user);

    await expectFieldErrors('所属单位', ['所选单位已停用']);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a taken username on the username field', async () => {
    renderApp(
      '/admin/accounts',
      resolvers({
        CreateAccount: () =>
          graphQLError('CONFLICT', { field: 'input.username', reason: 'DUPLICATE_USERNAME' }),
      }),
    );
    const user = await openCreateDrawer();
    await fillNewAccount(user, 'wangfang');

    await expectFieldErrors('用户名', ['该用户名已被使用']);
    // The drawer stays open with what was typed.
    expect((screen.getByLabelText('姓名') as HTMLInputElement).value).toBe('赵敏');
  });

  it('explains a refused role grant', async () => {
    renderApp('/admin/accounts', resolvers({ CreateAccount: () => graphQLError('FORBIDDEN') }));
    const user = await openCreateDrawer();
    await fillNewAccount(user);

    expect((await screen.findByRole('alert')).textContent).toContain(
      '您不能授予自己没有的角色，也不能修改权限比您高的账号',
    );
  });

  it('edits an account, sending unit and roles only when they changed', async () => {
    const user = setupUser();
    const { calls } = renderApp(
      '/admin/accounts',
      resolvers({
        UpdateAccount: ({ input }) => ({
          data: {
            updateAccount: {
              ...worker,
              displayName: (input as { displayName: string }).displayName,
              version: 2,
            },
          },
        }),
      }),
    );
    const row = (await screen.findByText('wangfang')).closest('tr') as HTMLElement;
    await user.click(within(row).getByText('编辑'));

    expect((await screen.findByLabelText('用户名')).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByLabelText('初始密码')).toBeNull();
    const name = screen.getByLabelText('姓名');
    await user.clear(name);
    await fill(user, '姓名', '王芳芳');
    await user.click(screen.getByTestId('account-submit'));

    expect(await screen.findByText('已保存账号“王芳芳”')).toBeTruthy();
    expect(calls.find((op) => op.kind === 'mutation')?.variables).toEqual({
      input: {
        id: 'acc-7',
        version: 1,
        displayName: '王芳芳',
        phone: null,
        unitId: null,
        roles: null,
      },
    });
  });
});
