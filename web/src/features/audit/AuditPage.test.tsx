import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { unitAdmin } from '../../test/fixtures';
import { renderApp, resetLocale } from '../../test/render-app';
import { setupUser } from '../../test/user';

beforeEach(resetLocale);

function entry(attrs: Record<string, unknown>) {
  return {
    __typename: 'AuditEntry',
    actorKind: 'account',
    actorId: 'acc-2',
    actorName: '李军',
    unitId: 'unit-7',
    entityType: 'Account',
    entityId: 'acc-9',
    changes: null,
    details: null,
    ip: '10.0.0.8',
    requestId: 'req-1',
    ...attrs,
  };
}

const entries = [
  entry({
    id: '4',
    at: '2025-09-03T01:02:03.000Z',
    action: 'account.update',
    changes: {
      displayName: { old: '赵敏', new: '赵敏敏' },
      roles: { old: ['CASE_WORKER'], new: ['CASE_WORKER', 'VIEWER'] },
    },
  }),
  entry({
    id: '3',
    at: '2025-09-02T16:30:00.000Z',
    action: 'auth.login_failed',
    actorKind: 'anonymous',
    actorId: null,
    actorName: null,
    details: { username: 'zhaomin', reason: 'WRONG_PASSWORD', failures: 1 },
  }),
  entry({
    id: '2',
    at: '2025-09-02T08:00:00.000Z',
    action: 'account.change_password',
    entityId: 'acc-2',
  }),
  entry({ id: '1', at: '2025-09-01T08:00:00.000Z', action: 'household.export' }),
];

function auditPage() {
  return {
    data: {
      auditLog: {
        __typename: 'AuditEntryConnection',
        nodes: entries,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        totalCount: entries.length,
      },
    },
  };
}

describe('audit log', () => {
  it('lists entries in Shanghai time with Chinese action names', async () => {
    renderApp('/admin/audit', {
      Me: () => ({ data: { me: unitAdmin } }),
      AuditLog: () => auditPage(),
    });

    const update = (await screen.findByText('修改账号')).closest('tr') as HTMLElement;
    expect(within(update).getByText('2025-09-03 09:02:03')).toBeTruthy();
    expect(within(update).getByText('李军')).toBeTruthy();
    expect(within(update).getByText('赵敏敏')).toBeTruthy();
    expect(within(update).getByText('10.0.0.8')).toBeTruthy();

    const failed = screen.getByText('登录失败').closest('tr') as HTMLElement;
    // After midnight in Shanghai, though still the 2nd in UTC.
    expect(within(failed).getByText('2025-09-03 00:30:00')).toBeTruthy();
    // Who tried and which account: both the username.
    expect(within(failed).getAllByText('zhaomin')).toHaveLength(2);
    expect(within(failed).queryByText('未登录')).toBeNull();
    // Someone acting on their own account is named on both sides.
    const changed = screen.getByText('修改密码').closest('tr') as HTMLElement;
    expect(within(changed).getAllByText('李军')).toHaveLength(2);

    expect(screen.getByText('修改密码')).toBeTruthy();
    // An action without a label shows as recorded.
    expect(screen.getByText('household.export')).toBeTruthy();
    expect(screen.getByTestId('pager-total').textContent).toBe('共 4 条记录');
  });

  it('shows the changes of an entry as old → new', async () => {
    const user = setupUser();
    renderApp('/admin/audit', {
      Me: () => ({ data: { me: unitAdmin } }),
      AuditLog: () => auditPage(),
    });

    const row = (await screen.findByText('修改账号')).closest('tr') as HTMLElement;
    await user.click(row.querySelector('.ant-table-row-expand-icon') as HTMLElement);

    const details = await screen.findByTestId('audit-entry-details');
    const nameRow = within(details).getByText('姓名').closest('tr') as HTMLElement;
    expect(within(nameRow).getByText('赵敏')).toBeTruthy();
    expect(within(nameRow).getByText('赵敏敏')).toBeTruthy();
    const rolesRow = within(details).getByText('角色').closest('tr') as HTMLElement;
    expect(within(rolesRow).getByText('业务经办')).toBeTruthy();
    expect(within(rolesRow).getByText('业务经办、只读查看')).toBeTruthy();
    expect(within(details).getByText('req-1')).toBeTruthy();
  });

  it('reads the filters from the URL, with days in Shanghai time', async () => {
    const { variablesOf } = renderApp(
      '/admin/audit?action=account.create&entity=Account&from=2025-09-01&to=2025-09-30',
      { Me: () => ({ data: { me: unitAdmin } }), AuditLog: () => auditPage() },
    );

    await screen.findByText('修改账号');
    expect(variablesOf('AuditLog')[0]).toEqual({
      filter: {
        action: 'account.create',
        entityType: 'Account',
        from: '2025-08-31T16:00:00.000Z',
        to: '2025-09-30T16:00:00.000Z',
      },
      first: 30,
      after: null,
    });
    expect(screen.getByTestId('audit-filter-action').textContent).toContain('创建账号');
  });
});
