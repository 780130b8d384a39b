import { FilterOutlined, PlusOutlined } from '@ant-design/icons';
import {
  FAMILY_CATEGORIES,
  HARDSHIP_LEVELS,
  HOUSEHOLD_STATUSES,
  RESIDENCE_TYPES,
  RISK_LEVELS,
} from '@nuanxin/shared';
import { Badge, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdSort } from '../../gql/graphql';
import { UnitPicker } from '../units/UnitPicker';
import {
  AGE_BAND_KEYS,
  HOUSEHOLD_SORTS,
  hasActiveFilter,
  type HouseholdListParams,
} from './household-filter';

type Props = {
  values: HouseholdListParams;
  onChange: (change: Partial<HouseholdListParams>) => void;
  onClear: () => void;
  isNarrow: boolean;
  canWrite: boolean;
  onCreate: () => void;
};

/**
 * Search, filters, sort and 新建户档 above the list. The main filters show on a wide screen and
 * the rest fold away; on a phone they all fold behind one button, so the list comes first.
 */
export function HouseholdFilterBar({
  values,
  onChange,
  onClear,
  isNarrow,
  canWrite,
  onCreate,
}: Props) {
  const { t } = useTranslation();
  const options = <T extends string>(list: readonly T[], label: (value: T) => string) =>
    list.map((value) => ({ value, label: label(value) }));
  // The secondary filters fold away, but stay open while one of them is set.
  const hasMoreFilter =
    values.residenceTypes.length > 0 ||
    values.statuses.length > 0 ||
    !!values.ageBand ||
    values.livingAlone !== undefined;
  const [isMoreOpen, setMoreOpen] = useState(hasMoreFilter);

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
        onChange={(category) => onChange({ categories: category ? [category] : [] })}
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
        onChange={(riskLevels) => onChange({ riskLevels })}
        options={options(RISK_LEVELS, (v) => t(`households.enum.risk.${v}`))}
        style={{ width: width(190) }}
      />
      <Select
        data-testid="households-filter-hardship"
        aria-label={t('households.list.filterHardship')}
        placeholder={t('households.list.filterHardship')}
        allowClear
        value={values.hardshipLevels[0]}
        onChange={(level) => onChange({ hardshipLevels: level ? [level] : [] })}
        options={options(HARDSHIP_LEVELS, (v) => t(`households.enum.hardship.${v}`))}
        style={{ width: width(130) }}
      />
      <UnitPicker
        data-testid="households-filter-unit"
        placeholder={t('households.list.filterUnit')}
        allowClear
        value={values.unitId}
        onChange={(unitId) => onChange({ unitId })}
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
        onChange={(type) => onChange({ residenceTypes: type ? [type] : [] })}
        options={options(RESIDENCE_TYPES, (v) => t(`households.enum.residence.${v}`))}
        style={{ width: width(140) }}
      />
      <Select
        data-testid="households-filter-age"
        aria-label={t('households.list.filterAge')}
        placeholder={t('households.list.filterAge')}
        allowClear
        value={values.ageBand}
        onChange={(ageBand) => onChange({ ageBand })}
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
          onChange({ livingAlone: alone === undefined ? undefined : alone === '1' })
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
        onChange={(statuses) => onChange({ statuses })}
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
    <Button type="link" size="small" data-testid="households-clear-filters" onClick={onClear}>
      {t('households.list.clearFilters')}
    </Button>
  );
  const sort = (
    <Select<HouseholdSort>
      data-testid="households-sort"
      aria-label={t('households.list.sort')}
      value={values.sort}
      onChange={(next) => onChange({ sort: next })}
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
      onClick={onCreate}
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
      onSearch={(text) => onChange({ search: text.trim() || undefined })}
      style={{ width: width(300) }}
    />
  );

  return isNarrow ? (
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
  );
}
