import { formatDateTimeShanghai } from '@nuanxin/shared';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryTag } from '../components/HouseholdTags';
import { Revealable } from '../components/Revealable';
import { useReveal } from '../useReveal';
import type { Household } from './HouseholdDetailPage';

/** 基本信息: category and its history, where and how the family lives, the file's status. */
export function BasicTab({ household, canReveal }: { household: Household; canReveal: boolean }) {
  const { t } = useTranslation();
  const reveal = useReveal(household.id);
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Descriptions
      column={{ xs: 1, sm: 1, md: 2 }}
      size="middle"
      data-testid="household-basic"
      items={[
        {
          key: 'category',
          label: t('households.field.category'),
          span: { xs: 1, sm: 1, md: 2 },
          children: (
            <Flex vertical gap={6}>
              <div>
                <CategoryTag category={household.category} />
              </div>
              {household.categoryChanges.length > 0 && (
                <CategoryHistory changes={household.categoryChanges} />
              )}
            </Flex>
          ),
        },
        { key: 'unit', label: t('households.field.unit'), children: household.unit.name },
        {
          key: 'status',
          label: t('households.field.status'),
          children:
            household.status === 'ACTIVE' ? (
              t('households.enum.status.ACTIVE')
            ) : (
              <Flex vertical>
                <span>{t(`households.enum.status.${household.status}`)}</span>
                <Typography.Text type="secondary">
                  {t('households.detail.closedDetail', {
                    date: household.closedOn ?? '',
                    reason: household.closeReason ?? '',
                  })}
                </Typography.Text>
              </Flex>
            ),
        },
        {
          key: 'address',
          label: t('households.field.address'),
          span: { xs: 1, sm: 1, md: 2 },
          children: household.address,
        },
        {
          key: 'phone',
          label: t('households.field.phone'),
          children: (
            <Revealable
              masked={household.phone}
              canReveal={canReveal}
              reveal={reveal.householdPhone}
              data-testid="household-phone"
            />
          ),
        },
        {
          key: 'residenceType',
          label: t('households.field.residenceType'),
          children: t(`households.enum.residence.${household.residenceType}`),
        },
        {
          key: 'livingArrangement',
          label: t('households.field.livingArrangement'),
          children: t(`households.enum.living.${household.livingArrangement}`),
        },
        {
          key: 'registeredOn',
          label: t('households.field.registeredOn'),
          children: household.registeredOn,
        },
        {
          key: 'tags',
          label: t('households.field.tags'),
          children: household.tags.length
            ? household.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)
            : none,
        },
        {
          key: 'updatedAt',
          label: t('households.detail.updatedAt'),
          children: formatDateTimeShanghai(household.updatedAt),
        },
      ]}
    />
  );
}

function CategoryHistory({ changes }: { changes: Household['categoryChanges'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} data-testid="category-history">
      {changes.map((change) => (
        <Typography.Text key={change.id} type="secondary" style={{ fontSize: 13 }}>
          {change.changedOn}{' '}
          {change.fromCategory
            ? t('households.detail.categoryChanged', {
                from: t(`households.enum.category.${change.fromCategory}`),
                to: t(`households.enum.category.${change.toCategory}`),
              })
            : t('households.detail.categoryRegistered', {
                category: t(`households.enum.category.${change.toCategory}`),
              })}
          {change.reason && change.fromCategory
            ? t('households.detail.categoryReason', { reason: change.reason })
            : ''}
        </Typography.Text>
      ))}
    </Flex>
  );
}
