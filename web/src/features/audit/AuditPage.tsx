import { formatDateTimeShanghai } from '@nuanxin/shared';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '../../graphql/errors';
import { CursorPager } from '../admin/CursorPager';
import { useCursorPages } from '../admin/useCursorPages';
import {
  type AuditFilterValues,
  readAuditFilter,
  toAuditFilter,
  writeAuditFilter,
} from './audit-filter';
import { isKnownAction, isKnownActorKind, KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from './audit-labels';
import { type AuditRow, asRecord, entityName } from './audit-format';
import { AuditEntryDetails } from './AuditEntryDetails';
import { AuditLogQuery } from './graphql';
import { useAuditLabels } from './useAuditLabels';

const PAGE_SIZE = 30;

/** 审计日志: who did what, when and from where, newest first; nobody can change it. */
export function AuditPage() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [params, setParams] = useSearchParams();
  const filterValues = readAuditFilter(params);
  const filterKey = writeAuditFilter(filterValues).toString();
  const pages = useCursorPages(filterKey);

  const context = useMemo(() => ({ additionalTypenames: ['AuditEntry'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AuditLogQuery,
    variables: { filter: toAuditFilter(filterValues), first: PAGE_SIZE, after: pages.after },
    // Every change anywhere writes an entry: always ask the server.
    requestPolicy: 'cache-and-network',
    context,
  });

  const setFilter = (change: Partial<AuditFilterValues>) =>
    setParams(writeAuditFilter({ ...filterValues, ...change }));

  const actionOptions = KNOWN_ACTIONS.map((action) => ({
    value: action,
    label: labels.action(action),
  }));
  // An action from a link that we have no label for still shows, as itself.
  if (filterValues.action && !isKnownAction(filterValues.action)) {
    actionOptions.push({ value: filterValues.action as never, label: filterValues.action });
  }

  const columns: TableColumnsType<AuditRow> = [
    {
      key: 'at',
      title: t('audit.at'),
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDateTimeShanghai(row.at, { seconds: true })}
        </span>
      ),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, row) => {
        // Sign-ins are recorded before anyone is signed in: the username tried says who.
        const username = asRecord(row.details)?.username;
        const triedAs = typeof username === 'string' ? username : undefined;
        const name = row.actorName ?? triedAs;
        const isKindShown =
          row.actorKind !== 'account' && !(row.actorKind === 'anonymous' && triedAs);
        return (
          <Flex gap={4} align="center" wrap>
            {name && <span>{name}</span>}
            {isKindShown && (
              <Tag>
                {isKnownActorKind(row.actorKind)
                  ? t(`audit.actorKind.${row.actorKind}`)
                  : row.actorKind}
              </Tag>
            )}
          </Flex>
        );
      },
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, row) => (
        <Tooltip title={isKnownAction(row.action) ? row.action : undefined}>
          <Tag color={row.action === 'auth.login_failed' ? 'red' : 'processing'}>
            {labels.action(row.action)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, row) => {
        if (!row.entityType) return <Typography.Text type="secondary">—</Typography.Text>;
        const name = entityName(row);
        return (
          <Flex gap={4} align="center" wrap>
            <Typography.Text type="secondary">{labels.entityType(row.entityType)}</Typography.Text>
            {name ? (
              <span>{name}</span>
            ) : (
              row.entityId && (
                <Tooltip title={row.entityId}>
                  <Typography.Text code>{row.entityId.slice(0, 8)}</Typography.Text>
                </Tooltip>
              )
            )}
          </Flex>
        );
      },
    },
    {
      key: 'ip',
      title: t('audit.ip'),
      render: (_, row) => row.ip ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Card>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          data-testid="audit-filter-action"
          aria-label={t('audit.filterAction')}
          placeholder={t('audit.filterAction')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={filterValues.action}
          onChange={(action?: string) => setFilter({ action })}
          options={actionOptions}
          style={{ width: 180 }}
        />
        <Select
          data-testid="audit-filter-entity"
          aria-label={t('audit.filterEntity')}
          placeholder={t('audit.filterEntity')}
          allowClear
          value={filterValues.entityType}
          onChange={(entityType?: string) => setFilter({ entityType })}
          options={KNOWN_ENTITY_TYPES.map((type) => ({
            value: type,
            label: labels.entityType(type),
          }))}
          style={{ width: 150 }}
        />
        <DatePicker.RangePicker
          data-testid="audit-filter-dates"
          aria-label={t('audit.filterDates')}
          allowEmpty={[true, true]}
          value={[
            filterValues.from ? dayjs(filterValues.from) : null,
            filterValues.to ? dayjs(filterValues.to) : null,
          ]}
          onChange={(range) =>
            setFilter({
              from: range?.[0]?.format('YYYY-MM-DD'),
              to: range?.[1]?.format('YYYY-MM-DD'),
            })
          }
          style={{ maxWidth: '100%' }}
        />
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

      <Table<AuditRow>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.auditLog.nodes ?? []}
        loading={fetching && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (row) => <AuditEntryDetails row={row} />,
          rowExpandable: (row) => !!row.changes || !!row.details || !!row.requestId,
        }}
      />
      <CursorPager
        pages={pages}
        totalCount={data?.auditLog.totalCount}
        pageSize={PAGE_SIZE}
        pageInfo={data?.auditLog.pageInfo}
        unit={t('audit.countUnit')}
        isFetching={fetching}
      />
    </Card>
  );
}
