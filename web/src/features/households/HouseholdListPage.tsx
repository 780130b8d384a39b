import {
  Alert,
  Button,
  Card,
  Empty,
  Grid,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { HouseholdRowFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../graphql/errors';
import { CursorPager } from '../admin/CursorPager';
import type { CursorPages } from '../admin/useCursorPages';
import { useSession } from '../auth/hooks/useSession';
import {
  CategoryTag,
  HardshipTag,
  LivingAloneTag,
  RiskTag,
  StatusTag,
} from './components/HouseholdTags';
import { HouseholdsQuery } from './graphql';
import { HouseholdCards, ParentNames } from './HouseholdCards';
import { HouseholdFilterBar } from './HouseholdFilterBar';
import {
  EMPTY_LIST_PARAMS,
  hasActiveFilter,
  type HouseholdListParams,
  readHouseholdParams,
  toHouseholdFilter,
  writeHouseholdParams,
} from './household-filter';
import { canWriteHouseholds } from './permissions';

const PAGE_SIZE = 20;

export type HouseholdRow = HouseholdRowFieldsFragment;

/** Where the detail page's "back to the list" returns: this list with its filters and page. */
export type ListLocationState = { listSearch?: string };

/** 户档: the households of the user's subtree, filtered, sorted and paged from the URL. */
export function HouseholdListPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isNarrow = screens.md === false;
  const navigate = useNavigate();
  const location = useLocation();
  const { account } = useSession();
  const [params, setParams] = useSearchParams();
  const values = readHouseholdParams(params);
  const canWrite = canWriteHouseholds(account?.roles ?? []);

  const context = useMemo(() => ({ additionalTypenames: ['Household'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: HouseholdsQuery,
    variables: {
      filter: toHouseholdFilter(values),
      sort: values.sort,
      first: PAGE_SIZE,
      after: values.cursors.at(-1) ?? null,
    },
    context,
  });

  /** A new filter or sort starts again from the first page. */
  const setFilter = (change: Partial<HouseholdListParams>) =>
    setParams(writeHouseholdParams({ ...values, ...change, cursors: [] }));

  const pages: CursorPages = {
    after: values.cursors.at(-1) ?? null,
    pageNumber: values.cursors.length + 1,
    hasPrevious: values.cursors.length > 0,
    next: (endCursor) =>
      setParams(writeHouseholdParams({ ...values, cursors: [...values.cursors, endCursor] })),
    previous: () =>
      setParams(writeHouseholdParams({ ...values, cursors: values.cursors.slice(0, -1) })),
    first: () => setParams(writeHouseholdParams({ ...values, cursors: [] })),
  };

  const open = (row: HouseholdRow) =>
    void navigate(`/households/${row.id}`, {
      state: { listSearch: location.search } satisfies ListLocationState,
    });

  const rows = data?.households.nodes ?? [];

  const columns: TableColumnsType<HouseholdRow> = [
    {
      key: 'fileNumber',
      title: t('households.list.fileNumber'),
      render: (_, row) => (
        <Link
          to={`/households/${row.id}`}
          state={{ listSearch: location.search } satisfies ListLocationState}
          onClick={(event) => event.stopPropagation()}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {row.fileNumber}
        </Link>
      ),
    },
    {
      key: 'parents',
      title: t('households.list.parents'),
      render: (_, row) => <ParentNames row={row} />,
    },
    { key: 'unit', title: t('households.list.village'), render: (_, row) => row.unit.name },
    {
      key: 'category',
      title: t('households.list.category'),
      render: (_, row) => (
        <Space size={4}>
          <CategoryTag category={row.category} />
          <StatusTag status={row.status} />
        </Space>
      ),
    },
    {
      key: 'risk',
      title: t('households.list.risk'),
      render: (_, row) => <RiskTag level={row.riskLevel} />,
    },
    {
      key: 'hardship',
      title: t('households.list.hardship'),
      render: (_, row) => (
        <Space size={4}>
          <HardshipTag level={row.hardshipLevel} />
          <LivingAloneTag arrangement={row.livingArrangement} />
        </Space>
      ),
    },
    {
      key: 'lastAssessedOn',
      title: t('households.list.lastAssessedOn'),
      // The risk column already says 未评估; an empty date reads as "never".
      render: (_, row) =>
        row.lastAssessedOn ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Card>
      <HouseholdFilterBar
        values={values}
        onChange={setFilter}
        onClear={() => setParams(writeHouseholdParams({ ...EMPTY_LIST_PARAMS, sort: values.sort }))}
        isNarrow={isNarrow}
        canWrite={canWrite}
        onCreate={() => void navigate('/households/new')}
      />

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

      {isNarrow ? (
        <HouseholdCards rows={rows} isLoading={fetching} onOpen={open} />
      ) : (
        <Table<HouseholdRow>
          data-testid="households-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={fetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ onClick: () => open(row), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <EmptyList isFiltered={hasActiveFilter(values)} /> }}
        />
      )}
      <CursorPager
        pages={pages}
        totalCount={data?.households.totalCount}
        pageSize={PAGE_SIZE}
        pageInfo={data?.households.pageInfo}
        unit={t('households.list.countUnit')}
        isFetching={fetching}
      />
    </Card>
  );
}

function EmptyList({ isFiltered }: { isFiltered: boolean }) {
  const { t } = useTranslation();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={isFiltered ? t('households.list.emptyFiltered') : t('households.list.empty')}
    />
  );
}
