import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeLabel } from '../field-format';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';

type Household = Pick<HouseholdDetailFieldsFragment, 'members'>;
type Member = HouseholdDetailFieldsFragment['members'][number];

/**
 * What happened to the child, in one line per child, at the top of the file: the fact a worker
 * must have in mind before calling or visiting.
 */
export function ChildSummary({ household }: { household: Household }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const children = household.members.filter((m) => m.relation === 'CHILD');
  if (children.length === 0) return null;
  return (
    <Flex vertical gap={2} data-testid="household-child-summary">
      {children.map((child) => (
        <Typography.Text key={child.id}>
          <span
            aria-hidden="true"
            style={{
              display: 'inline-block',
              width: 6,
              height: 6,
              borderRadius: 3,
              marginInlineEnd: 8,
              verticalAlign: 'middle',
              background: child.isDeceased ? token.colorTextTertiary : token.colorWarning,
            }}
          />
          {describeChild(child, t)}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function describeChild(child: Member, t: ReturnType<typeof useTranslation>['t']): string {
  const parts: string[] = [];
  if (child.isDeceased) {
    parts.push(t('households.summary.deceased'));
    if (child.deathDate) parts.push(child.deathDate);
    if (child.causeOfDeath) parts.push(t(`households.enum.cause.${child.causeOfDeath}`));
    if (child.age !== null) parts.push(t('households.summary.ageAtDeath', { age: child.age }));
  } else {
    if (child.disabilityType) parts.push(t(`households.enum.disability.${child.disabilityType}`));
    if (child.disabilityGrade) parts.push(gradeLabel(t, child.disabilityGrade));
    if (child.age !== null) parts.push(t('households.ageValue', { age: child.age }));
  }
  return parts.length
    ? t('households.summary.childWithDetails', { name: child.name, details: parts.join(' · ') })
    : t('households.summary.child', { name: child.name });
}
