import { formatFen } from '@nuanxin/shared';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { HardshipTag } from '../components/HouseholdTags';
import type { Household } from './HouseholdDetailPage';

/** 经济与需求: income, debts and hardship, then what the family needs and wishes. */
export function EconomyTab({ household }: { household: Household }) {
  const { t } = useTranslation();
  const none = <Typography.Text type="secondary">{t('households.notFilled')}</Typography.Text>;
  const paragraph = (value: string | null) =>
    value ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{value}</Typography.Text> : none;

  return (
    <Descriptions
      column={{ xs: 1, sm: 1, md: 2 }}
      size="middle"
      data-testid="household-economy"
      items={[
        {
          key: 'hardshipLevel',
          label: t('households.field.hardshipLevel'),
          children: <HardshipTag level={household.hardshipLevel} />,
        },
        {
          key: 'incomeSources',
          label: t('households.field.incomeSources'),
          children: household.incomeSources.length
            ? household.incomeSources
                .map((s) => t(`households.enum.income.${s}`))
                .join(t('households.separator'))
            : none,
        },
        {
          key: 'yearlyIncomeFen',
          label: t('households.field.yearlyIncomeFen'),
          children:
            household.yearlyIncomeFen !== null ? formatFen(household.yearlyIncomeFen) : none,
        },
        {
          key: 'debtFen',
          label: t('households.field.debtFen'),
          children: household.debtFen !== null ? formatFen(household.debtFen) : none,
        },
        {
          key: 'debtNote',
          label: t('households.field.debtNote'),
          span: { xs: 1, sm: 1, md: 2 },
          children: paragraph(household.debtNote),
        },
        {
          key: 'biggestDifficulty',
          label: t('households.field.biggestDifficulty'),
          span: { xs: 1, sm: 1, md: 2 },
          children: paragraph(household.biggestDifficulty),
        },
        {
          key: 'needs',
          label: t('households.field.needs'),
          children: household.needs.length ? (
            <Flex gap={4} wrap>
              {household.needs.map((need) => (
                <Tag key={need} color="cyan">
                  {t(`households.enum.need.${need}`)}
                </Tag>
              ))}
            </Flex>
          ) : (
            none
          ),
        },
        {
          key: 'elderCareWish',
          label: t('households.field.elderCareWish'),
          children: household.elderCareWish
            ? t(`households.enum.elderCare.${household.elderCareWish}`)
            : none,
        },
        {
          key: 'wishes',
          label: t('households.field.wishes'),
          span: { xs: 1, sm: 1, md: 2 },
          children: paragraph(household.wishes),
        },
      ]}
    />
  );
}
