import { PlusOutlined } from '@ant-design/icons';
import { formatDateTimeShanghai } from '@nuanxin/shared';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Grid,
  Popconfirm,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ApiClientFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../graphql/errors';
import { CursorPager } from '../admin/CursorPager';
import { useCursorPages } from '../admin/useCursorPages';
import { CreateApiClientModal } from './CreateApiClientModal';
import { ApiClientsQuery, RevokeApiClientMutation } from './graphql';
import { SecretModal } from './SecretModal';

const PAGE_SIZE = 20;

type ApiClientRow = ApiClientFieldsFragment;

/** API 客户端: machine credentials of third-party systems, created with a secret shown once. */
export function ApiClientsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const pages = useCursorPages('');
  const [isCreating, setCreating] = useState(false);
  // The secret lives only here, and only until the modal that shows it is closed.
  const [created, setCreated] = useState<{ client: ApiClientRow; secret: string } | null>(null);

  const context = useMemo(() => ({ additionalTypenames: ['ApiClient'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ApiClientsQuery,
    variables: { first: PAGE_SIZE, after: pages.after },
    context,
  });
  const [, revokeApiClient] = useMutation(RevokeApiClientMutation);

  const revoke = async (row: ApiClientRow) => {
    const result = await revokeApiClient({ id: row.id });
    if (result.error) void message.error(describeError(result.error, t));
    else void message.success(t('apiClients.revoked', { name: row.name }));
  };

  const columns: TableColumnsType<ApiClientRow> = [
    { key: 'name', title: t('apiClients.name'), dataIndex: 'name' },
    { key: 'unit', title: t('apiClients.unit'), render: (_, row) => row.unit.name },
    {
      key: 'scope',
      title: t('apiClients.scope'),
      render: (_, row) => (
        <Tag color={row.scope === 'read_write' ? 'orange' : 'blue'}>
          {t(`apiClients.scopes.${row.scope}`)}
        </Tag>
      ),
    },
    {
      key: 'secretHint',
      title: t('apiClients.secretHint'),
      render: (_, row) => <Typography.Text code>…{row.secretHint}</Typography.Text>,
    },
    {
      key: 'createdAt',
      title: t('apiClients.createdAt'),
      render: (_, row) => formatDateTimeShanghai(row.createdAt),
    },
    {
      key: 'lastUsedAt',
      title: t('apiClients.lastUsedAt'),
      render: (_, row) =>
        row.lastUsedAt ? (
          formatDateTimeShanghai(row.lastUsedAt)
        ) : (
          <Typography.Text type="secondary">{t('apiClients.neverUsed')}</Typography.Text>
        ),
    },
    {
      key: 'status',
      title: t('apiClients.status'),
      render: (_, row) =>
        row.revokedAt ? (
          <Tag>{t('apiClients.revokedAt', { time: formatDateTimeShanghai(row.revokedAt) })}</Tag>
        ) : (
          <Tag color="success">{t('apiClients.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // A pinned column would cover half a phone's width.
      fixed: screens.md ? 'right' : undefined,
      render: (_, row) =>
        row.revokedAt ? null : (
          <Popconfirm
            title={t('apiClients.revokeConfirmTitle', { name: row.name })}
            description={t('apiClients.revokeConfirm')}
            okText={t('apiClients.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(row)}
          >
            <Button type="link" size="small" danger>
              {t('apiClients.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card>
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('apiClients.intro')}</Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="api-client-create"
          onClick={() => setCreating(true)}
        >
          {t('apiClients.create')}
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
      <Table<ApiClientRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.apiClients.nodes ?? []}
        loading={fetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <CursorPager
        pages={pages}
        totalCount={data?.apiClients.totalCount}
        pageSize={PAGE_SIZE}
        pageInfo={data?.apiClients.pageInfo}
        unit={t('apiClients.countUnit')}
        isFetching={fetching}
      />
      {isCreating && (
        <CreateApiClientModal
          onClose={() => setCreating(false)}
          onCreated={(payload) => {
            setCreating(false);
            setCreated(payload);
          }}
        />
      )}
      {created && (
        <SecretModal
          name={created.client.name}
          secret={created.secret}
          onClose={() => setCreated(null)}
        />
      )}
    </Card>
  );
}
