import { EditOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { formatDateTimeShanghai, ROLES } from '@nuanxin/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Grid,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../../graphql/errors';
import { CursorPager } from '../admin/CursorPager';
import { useCursorPages } from '../admin/useCursorPages';
import { useSession } from '../auth/hooks/useSession';
import { grantableRoles } from '../auth/roles';
import { UnitPicker } from '../units/UnitPicker';
import {
  type AccountFilterValues,
  readAccountFilter,
  toAccountFilter,
  writeAccountFilter,
} from './account-filter';
import { AccountFormDrawer, type AccountRow } from './AccountFormDrawer';
import { AccountsQuery, DisableAccountMutation, EnableAccountMutation } from './graphql';
import { ResetPasswordModal } from './ResetPasswordModal';

const PAGE_SIZE = 20;

type Dialog = { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'reset'; id: string };

/** 账号: the accounts of the user's subtree, filtered by unit, role, status and name. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { account: me } = useSession();
  const [params, setParams] = useSearchParams();
  const filterValues = readAccountFilter(params);
  const filterKey = writeAccountFilter(filterValues).toString();
  const pages = useCursorPages(filterKey);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // "Locked" compares with the time the page was opened; a reload shows the current state.
  const [openedAt] = useState(() => Date.now());

  const context = useMemo(() => ({ additionalTypenames: ['Account'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AccountsQuery,
    variables: { filter: toAccountFilter(filterValues), first: PAGE_SIZE, after: pages.after },
    context,
  });
  const [, disableAccount] = useMutation(DisableAccountMutation);
  const [, enableAccount] = useMutation(EnableAccountMutation);

  const grantable = grantableRoles(me?.roles ?? []);
  // The server refuses changes to accounts holding a role this user cannot grant.
  const canManage = (row: AccountRow) => row.roles.every((role) => grantable.includes(role));

  const setFilter = (change: Partial<AccountFilterValues>) =>
    setParams(writeAccountFilter({ ...filterValues, ...change }));

  const setActive = async (row: AccountRow, isActive: boolean) => {
    const result = isActive
      ? await enableAccount({ id: row.id })
      : await disableAccount({ id: row.id });
    if (result.error) void message.error(describeError(result.error, t));
    else {
      void message.success(
        t(isActive ? 'accounts.enabled' : 'accounts.disabled', { name: row.displayName }),
      );
    }
  };

  const rows = data?.accounts.nodes ?? [];
  const dialogAccount =
    dialog && dialog.kind !== 'create' ? rows.find((row) => row.id === dialog.id) : undefined;

  const columns: TableColumnsType<AccountRow> = [
    {
      key: 'username',
      title: t('accounts.username'),
      dataIndex: 'username',
      render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
    },
    {
      key: 'displayName',
      title: t('accounts.displayName'),
      render: (_, row) => (
        <Flex vertical>
          <span>{row.displayName}</span>
          {row.phone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.phone}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'unit', title: t('accounts.unit'), render: (_, row) => row.unit.name },
    {
      key: 'roles',
      title: t('accounts.roles'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.roles.map((role) => (
            <Tag
              key={role}
              color={role === 'SYSTEM_ADMIN' || role === 'UNIT_ADMIN' ? 'gold' : 'cyan'}
            >
              {t(`role.${role}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('accounts.status'),
      render: (_, row) => <AccountStatus row={row} now={openedAt} />,
    },
    {
      key: 'lastSignInAt',
      title: t('accounts.lastSignIn'),
      render: (_, row) =>
        row.lastSignInAt ? (
          formatDateTimeShanghai(row.lastSignInAt)
        ) : (
          <Typography.Text type="secondary">{t('accounts.neverSignedIn')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // A pinned column would cover half a phone's width.
      fixed: screens.md ? 'right' : undefined,
      render: (_, row) => {
        const isSelf = row.id === me?.id;
        const blocked = canManage(row) ? undefined : t('accounts.cannotManage');
        return (
          <Space size={0} wrap={false}>
            <Tooltip title={blocked}>
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                disabled={!!blocked}
                onClick={() => setDialog({ kind: 'edit', id: row.id })}
              >
                {t('common.edit')}
              </Button>
            </Tooltip>
            <Tooltip title={blocked}>
              <Button
                type="link"
                size="small"
                icon={<KeyOutlined />}
                disabled={!!blocked}
                onClick={() => setDialog({ kind: 'reset', id: row.id })}
              >
                {t('accounts.resetPassword')}
              </Button>
            </Tooltip>
            {row.isActive ? (
              <Popconfirm
                title={t('accounts.disableConfirmTitle', { name: row.displayName })}
                description={t('accounts.disableConfirm')}
                okText={t('accounts.disable')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => setActive(row, false)}
                disabled={isSelf || !!blocked}
              >
                <Tooltip title={isSelf ? t('accounts.cannotDisableSelf') : blocked}>
                  <Button type="link" size="small" danger disabled={isSelf || !!blocked}>
                    {t('accounts.disable')}
                  </Button>
                </Tooltip>
              </Popconfirm>
            ) : (
              <Popconfirm
                title={t('accounts.enableConfirmTitle', { name: row.displayName })}
                okText={t('accounts.enable')}
                cancelText={t('common.cancel')}
                onConfirm={() => setActive(row, true)}
                disabled={!!blocked}
              >
                <Button type="link" size="small" disabled={!!blocked}>
                  {t('accounts.enable')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <UnitPicker
          data-testid="accounts-filter-unit"
          placeholder={t('accounts.filterUnit')}
          allowClear
          value={filterValues.unitId}
          onChange={(unitId) => setFilter({ unitId })}
          style={{ width: 220 }}
        />
        <Select
          data-testid="accounts-filter-role"
          aria-label={t('accounts.filterRole')}
          placeholder={t('accounts.filterRole')}
          allowClear
          value={filterValues.role}
          onChange={(role) => setFilter({ role })}
          options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          style={{ width: 150 }}
        />
        <Select
          data-testid="accounts-filter-status"
          aria-label={t('accounts.filterStatus')}
          placeholder={t('accounts.filterStatus')}
          allowClear
          value={filterValues.status}
          onChange={(status) => setFilter({ status })}
          options={[
            { value: 'active', label: t('accounts.statusActive') },
            { value: 'disabled', label: t('accounts.statusDisabled') },
          ]}
          style={{ width: 120 }}
        />
        <Input.Search
          key={filterValues.search ?? ''}
          data-testid="accounts-search"
          aria-label={t('accounts.searchPlaceholder')}
          placeholder={t('accounts.searchPlaceholder')}
          defaultValue={filterValues.search}
          allowClear
          maxLength={50}
          onSearch={(value) => setFilter({ search: value.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="account-create"
          onClick={() => setDialog({ kind: 'create' })}
          style={{ marginInlineStart: 'auto' }}
        >
          {t('accounts.create')}
        </Button>
      </Flex>

      {error && (
        <Alert
          type="error"
          showIcon
          title={describeError(error, t)}
          style={{ marginBottom: 16 }}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('session.retry')}
            </Button>
          }
        />
      )}

      <Table<AccountRow>
        data-testid="accounts-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={fetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <CursorPager
        pages={pages}
        totalCount={data?.accounts.totalCount}
        pageSize={PAGE_SIZE}
        pageInfo={data?.accounts.pageInfo}
        unit={t('accounts.countUnit')}
        isFetching={fetching}
      />

      {(dialog?.kind === 'create' || (dialog?.kind === 'edit' && dialogAccount)) && (
        <AccountFormDrawer
          account={dialog.kind === 'edit' ? dialogAccount : undefined}
          defaultUnitId={filterValues.unitId}
          onClose={() => setDialog(null)}
          onStale={() => refetch({ requestPolicy: 'network-only' })}
          onSaved={(saved, isNew) => {
            setDialog(null);
            void message.success(
              t(isNew ? 'accounts.created' : 'accounts.saved', { name: saved.displayName }),
            );
          }}
        />
      )}
      {dialog?.kind === 'reset' && dialogAccount && (
        <ResetPasswordModal
          account={dialogAccount}
          onClose={() => setDialog(null)}
          onDone={(saved) => {
            setDialog(null);
            void message.success(t('accounts.passwordReset', { name: saved.displayName }));
          }}
        />
      )}
    </Card>
  );
}

function AccountStatus({ row, now }: { row: AccountRow; now: number }) {
  const { t } = useTranslation();
  const isLocked = !!row.lockedUntil && Date.parse(row.lockedUntil) > now;
  return (
    <Flex gap={4} wrap>
      {!row.isActive ? (
        <Tag color="default">{t('accounts.statusDisabled')}</Tag>
      ) : isLocked && row.lockedUntil ? (
        <Tooltip
          title={t('accounts.lockedUntil', { time: formatDateTimeShanghai(row.lockedUntil) })}
        >
          <Tag color="orange">{t('accounts.statusLocked')}</Tag>
        </Tooltip>
      ) : (
        <Tag color="success">{t('accounts.statusActive')}</Tag>
      )}
      {row.isActive && row.mustChangePassword && (
        <Tag color="blue">{t('accounts.mustChangePassword')}</Tag>
      )}
    </Flex>
  );
}
