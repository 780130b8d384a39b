import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CategoryTag,
  HardshipTag,
  LivingAloneTag,
  RiskTag,
  StatusTag,
} from './components/HouseholdTags';
import type { HouseholdRow } from './HouseholdListPage';

/** The parents' names with their ages; a deceased parent is marked and greyed. */
export function ParentNames({ row }: { row: HouseholdRow }) {
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
export function HouseholdCards({
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
