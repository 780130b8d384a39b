import { Card, Descriptions, type DescriptionsProps, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeLabel } from '../field-format';
import { Revealable } from '../components/Revealable';
import type { useReveal } from '../useReveal';
import type { Household } from './HouseholdDetailPage';

export type Member = Household['members'][number];

type Props = {
  member: Member;
  canReveal: boolean;
  reveal: ReturnType<typeof useReveal>;
};

/** One person of the file; only what is filled in is shown, except ID number and phone. */
export function MemberCard({ member, canReveal, reveal }: Props) {
  const { t } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null ? null : value ? t('households.yes') : t('households.no');
  const items: DescriptionsProps['items'] = [];
  const add = (key: string, label: string, value: ReactNode) => {
    if (value === null || value === undefined || value === '' || value === false) return;
    items.push({ key, label, children: value });
  };

  add(
    'idNumber',
    t('households.memberField.idNumber'),
    <Revealable
      masked={member.idNumber}
      canReveal={canReveal}
      reveal={() => reveal.memberIdNumber(member.id)}
      data-testid={`member-${member.id}-id-number`}
    />,
  );
  add(
    'birthDate',
    t('households.memberField.birthDate'),
    member.birthDate &&
      (member.birthdayCalendar === 'LUNAR'
        ? t('households.detail.birthDateLunar', { date: member.birthDate })
        : member.birthDate),
  );
  if (member.relation !== 'CHILD' && member.relation !== 'GRANDCHILD' ? true : !!member.phone) {
    add(
      'phone',
      t('households.memberField.phone'),
      <Revealable
        masked={member.phone}
        canReveal={canReveal}
        reveal={() => reveal.memberPhone(member.id)}
        data-testid={`member-${member.id}-phone`}
      />,
    );
  }
  if (member.isDeceased) {
    add('deathDate', t('households.memberField.deathDate'), member.deathDate);
    add(
      'causeOfDeath',
      t('households.memberField.causeOfDeath'),
      member.causeOfDeath && t(`households.enum.cause.${member.causeOfDeath}`),
    );
  }
  add(
    'disability',
    t('households.detail.disability'),
    member.disabilityType &&
      [
        t(`households.enum.disability.${member.disabilityType}`),
        member.disabilityGrade ? gradeLabel(t, member.disabilityGrade) : '',
      ]
        .filter(Boolean)
        .join(' · '),
  );
  add('ethnicity', t('households.memberField.ethnicity'), member.ethnicity);
  add(
    'maritalStatus',
    t('households.memberField.maritalStatus'),
    member.maritalStatus && t(`households.enum.marital.${member.maritalStatus}`),
  );
  add('healthStatus', t('households.memberField.healthStatus'), member.healthStatus);
  add(
    'chronicDiseases',
    t('households.memberField.chronicDiseases'),
    member.chronicDiseases.length > 0 && (
      <Flex gap={4} wrap>
        {member.chronicDiseases.map((disease) => (
          <Tag key={disease}>{disease}</Tag>
        ))}
      </Flex>
    ),
  );
  add('mentalState', t('households.memberField.mentalState'), member.mentalState);
  add('hobbies', t('households.memberField.hobbies'), member.hobbies);
  const support = [
    ['hasPension', member.hasPension],
    ['hasMedicalInsurance', member.hasMedicalInsurance],
    ['usesSmartphone', member.usesSmartphone],
    ['usesWechat', member.usesWechat],
  ] as const;
  if (support.some(([, value]) => value !== null)) {
    add(
      'support',
      t('households.detail.supportAndPhone'),
      <Flex gap={4} wrap>
        {support
          .filter(([, value]) => value !== null)
          .map(([field, value]) => (
            <Tag key={field} color={value ? 'cyan' : undefined} variant="outlined">
              {t('households.detail.supportValue', {
                label: t(`households.memberField.${field}`),
                value: yesNo(value),
              })}
            </Tag>
          ))}
      </Flex>,
    );
  }
  add('note', t('households.memberField.note'), member.note);

  return (
    <Card
      size="small"
      data-testid="member-card"
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {member.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {[
              t(`households.enum.relation.${member.relation}`),
              t(`households.enum.sex.${member.sex}`),
              member.age !== null
                ? member.isDeceased
                  ? t('households.summary.ageAtDeath', { age: member.age })
                  : t('households.ageValue', { age: member.age })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          {member.isDeceased && <Tag>{t('households.deceased')}</Tag>}
        </Flex>
      }
    >
      <Descriptions size="small" column={1} items={items} />
    </Card>
  );
}
