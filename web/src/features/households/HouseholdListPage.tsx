import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import {
  FAMILY_CATEGORIES,
  HARDSHIP_LEVELS,
  HOUSEHOLD_STATUSES,
  RESIDENCE_TYPES,
  RISK_LEVELS,
} from '@nuanxin/shared';
import {
  Alert,
  Badge,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { HouseholdRowFieldsFragment, HouseholdSort } from '../../gql/graphql';
import { describeError } from '../../graphql/errors';
import { CursorPager } from '../admin/CursorPager';
import type { CursorPages } from '../admin/useCursorPages';
import { useSession } from '../auth/hooks/useSession';
import { UnitPicker } from '../units/UnitPicker';
import {
  CategoryTag,
  HardshipTag,
  LivingAloneTag,
  RiskTag,
  StatusTag,
} from './components/HouseholdTags';
import { HouseholdsQuery } from './graphql';
import {
  AGE_BAND_KEYS,
  EMPTY_LIST_PARAMS,
  HOUSEHOLD_SORTS,
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

  // The secondary filters fold away, but stay open while one of them is set.
  const hasMoreFilter =
    values.residenceTypes.length > 0 ||
    values.statuses.length > 0 ||
    !!values.ageBand ||
    values.livingAlone !== undefined;
  const [isMoreOpen, setMoreOpen] = useState(hasMoreFilter);

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
  const options = <T extends string>(list: readonly T[], label: (value: T) => string) =>
    list.map((value) => ({ value, label: label(value) }));

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

  const moreFilterCount =
    (values.residenceTypes.length > 0 ? 1 : 0) +
    (values.statuses.length > 0 ? 1 : 0) +
    (values.ageBand ? 1 : 0) +
    (values.livingAlone !== undefined ? 1 : 0);
  const primaryFilterCount =
    (values.categories.length > 0 ? 1 : 0) +
    (values.riskLevels.length > 0 ? 1 : 0) +
    (values.hardshipLevels.length > 0 ? 1 : 0) +
    (values.unitId ? 1 : 0);
  // On a phone every filter folds away behind one button; the list comes first.
  const hiddenCount = isNarrow ? primaryFilterCount + moreFilterCount : moreFilterCount;
  const width = (desktop: number) => (isNarrow ? '100%' : desktop);

  const primaryFilters = (
    <>
      <Select
        data-testid="households-filter-category"
        aria-label={t('households.list.filterCategory')}
        placeholder={t('households.list.filterCategory')}
        allowClear
        value={values.categories[0]}
        onChange={(category) => setFilter({ categories: category ? [category] : [] })}
        options={options(FAMILY_CATEGORIES, (v) => t(`households.enum.category.${v}`))}
        style={{ width: width(140) }}
      />
      <Select
        data-testid="households-filter-risk"
        aria-label={t('households.list.filterRisk')}
        placeholder={t('households.list.filterRisk')}
        mode="multiple"
        allowClear
        value={values.riskLevels}
        onChange={(riskLevels) => setFilter({ riskLevels })}
        options={options(RISK_LEVELS, (v) => t(`households.enum.risk.${v}`))}
        style={{ width: width(190) }}
      />
      <Select
        data-testid="households-filter-hardship"
        aria-label={t('households.list.filterHardship')}
        placeholder={t('households.list.filterHardship')}
        allowClear
        value={values.hardshipLevels[0]}
        onChange={(level) => setFilter({ hardshipLevels: level ? [level] : [] })}
        options={options(HARDSHIP_LEVELS, (v) => t(`households.enum.hardship.${v}`))}
        style={{ width: width(130) }}
      />
      <UnitPicker
        data-testid="households-filter-unit"
        placeholder={t('households.list.filterUnit')}
        allowClear
        value={values.unitId}
        onChange={(unitId) => setFilter({ unitId })}
        style={{ width: width(200) }}
      />
    </>
  );

  const moreFilters = (
    <>
      <Select
        data-testid="households-filter-residence"
        aria-label={t('households.list.filterResidence')}
        placeholder={t('households.list.filterResidence')}
        allowClear
        value={values.residenceTypes[0]}
        onChange={(type) => setFilter({ residenceTypes: type ? [type] : [] })}
        options={options(RESIDENCE_TYPES, (v) => t(`households.enum.residence.${v}`))}
        style={{ width: width(140) }}
      />
      <Select
        data-testid="households-filter-age"
        aria-label={t('households.list.filterAge')}
        placeholder={t('households.list.filterAge')}
        allowClear
        value={values.ageBand}
        onChange={(ageBand) => setFilter({ ageBand })}
        options={AGE_BAND_KEYS.map((band) => ({
          value: band,
          label: t(`households.list.ageBands.${band}`),
        }))}
        style={{ width: width(200) }}
      />
      <Select<'1' | '0'>
        data-testid="households-filter-alone"
        aria-label={t('households.list.filterAlone')}
        placeholder={t('households.list.filterAlone')}
        allowClear
        value={values.livingAlone === undefined ? undefined : values.livingAlone ? '1' : '0'}
        onChange={(alone) =>
          setFilter({ livingAlone: alone === undefined ? undefined : alone === '1' })
        }
        options={[
          { value: '1', label: t('households.list.aloneYes') },
          { value: '0', label: t('households.list.aloneNo') },
        ]}
        style={{ width: width(150) }}
      />
      <Select
        data-testid="households-filter-status"
        aria-label={t('households.list.filterStatus')}
        placeholder={t('households.list.filterStatusDefault')}
        mode="multiple"
        allowClear
        value={values.statuses}
        onChange={(statuses) => setFilter({ statuses })}
        options={options(HOUSEHOLD_STATUSES, (v) => t(`households.enum.status.${v}`))}
        style={{ width: width(230) }}
      />
    </>
  );

  const toggle = (
    <Badge count={isMoreOpen ? 0 : hiddenCount} size="small" color="#2b7a78">
      <Button
        icon={<FilterOutlined />}
        data-testid="households-more-filters"
        aria-expanded={isMoreOpen}
        onClick={() => setMoreOpen(!isMoreOpen)}
      >
        {isNarrow
          ? t('households.list.filters')
          : isMoreOpen
            ? t('households.list.fewerFilters')
            : t('households.list.moreFilters')}
      </Button>
    </Badge>
  );
  const clear = hasActiveFilter(values) && (
    <Button
      type="link"
      size="small"
      data-testid="households-clear-filters"
      onClick={() => setParams(writeHouseholdParams({ ...EMPTY_LIST_PARAMS, sort: values.sort }))}
    >
      {t('households.list.clearFilters')}
    </Button>
  );
  const sort = (
    <Select<HouseholdSort>
      data-testid="households-sort"
      aria-label={t('households.list.sort')}
      value={values.sort}
      onChange={(next) => setFilter({ sort: next })}
      options={HOUSEHOLD_SORTS.map((key) => ({
        value: key,
        label: t(`households.list.sorts.${key}`),
      }))}
      popupMatchSelectWidth={false}
      style={isNarrow ? { flex: 1, minWidth: 0 } : { width: 180, marginInlineStart: 'auto' }}
    />
  );
  const create = canWrite && (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      data-testid="household-create"
      onClick={() => void navigate('/households/new')}
      style={isNarrow ? undefined : { marginInlineStart: 'auto' }}
    >
      {isNarrow ? t('households.createShort') : t('households.create')}
    </Button>
  );
  const search = (
    <Input.Search
      key={values.search ?? ''}
      data-testid="households-search"
      aria-label={t('households.list.searchPlaceholder')}
      placeholder={t('households.list.searchPlaceholder')}
      defaultValue={values.search}
      allowClear
      maxLength={50}
      onSearch={(text) => setFilter({ search: text.trim() || undefined })}
      style={{ width: width(300) }}
    />
  );

  return (
    <Card>
      {isNarrow ? (
        <Flex vertical gap={8} style={{ marginBottom: 12 }}>
          {search}
          <Flex gap={8} align="center">
            {toggle}
            {sort}
            {create}
          </Flex>
          {isMoreOpen && (
            <Flex vertical gap={8} data-testid="households-more-filter-panel">
              {primaryFilters}
              {moreFilters}
            </Flex>
          )}
          {clear && <Flex justify="end">{clear}</Flex>}
        </Flex>
      ) : (
        <>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            {search}
            {create}
          </Flex>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
            {primaryFilters}
            {toggle}
            {clear}
            {sort}
          </Flex>
          {isMoreOpen && (
            <Flex
              gap={8}
              wrap
              align="center"
              style={{ marginBottom: 16 }}
              data-testid="households-more-filter-panel"
            >
              {moreFilters}
            </Flex>
          )}
        </>
      )}

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

/** The parents' names with their ages; a deceased parent is marked and greyed. */
function ParentNames({ row }: { row: HouseholdRow }) {
  const { t } = useTranslation();
  const parents = row.members.filter((m) => m.relation === 'FATHER' || m.relation === 'MOTHER');
  if (parents.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={12} wrap>
      {parents.map((parent) => (
        <Typography.Text
          key={parent.id}
          type={parent.isDeceased ? 'secondary' : undefined}
          style={{ whiteSpace: 'nowrap' }}
        >
          {parent.name}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
            {parent.isDeceased
              ? t('households.deceasedMark')
              : parent.age !== null
                ? t('households.ageValue', { age: parent.age })
                : ''}
          </Typography.Text>
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** The list on a phone: one card per household, the whole card opens the file. */
function HouseholdCards({
  rows,
  isLoading,
  onOpen,
}: {
  rows: HouseholdRow[];
  isLoading: boolean;
  onOpen: (row: HouseholdRow) => void;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return isLoading ? (
      <Card loading size="small" />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.list.emptyShort')} />
    );
  }
  return (
    <Flex vertical gap={8} data-testid="households-cards">
      {rows.map((row) => (
        <Card
          key={row.id}
          size="small"
          hoverable
          role="link"
          tabIndex={0}
          onClick={() => onOpen(row)}
          onKeyDown={(event) => event.key === 'Enter' && onOpen(row)}
          data-testid="household-card"
        >
          <Flex justify="space-between" align="start" gap={8}>
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.fileNumber}
            </Typography.Text>
            <Flex gap={0} wrap justify="end">
              <CategoryTag category={row.category} />
              <RiskTag level={row.riskLevel} />
            </Flex>
          </Flex>
          <div style={{ marginBlock: 6 }}>
            <ParentNames row={row} />
          </div>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.unit.name}
            </Typography.Text>
            <Flex gap={0} wrap>
              <StatusTag status={row.status} />
              {row.hardshipLevel === 'HARDSHIP' && <HardshipTag level={row.hardshipLevel} />}
              <LivingAloneTag arrangement={row.livingArrangement} />
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
