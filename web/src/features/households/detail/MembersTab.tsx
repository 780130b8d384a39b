import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReveal } from '../useReveal';
import type { Household } from './HouseholdDetailPage';
import { MemberCard } from './MemberCard';
import { parentsOf } from '../household-names';

/** 家庭成员: the parents first, then anyone else in the file. */
export function MembersTab({ household, canReveal }: { household: Household; canReveal: boolean }) {
  const { t } = useTranslation();
  const reveal = useReveal(household.id);
  const members = [
    ...parentsOf(household.members),
    ...household.members.filter((m) => m.relation === 'OTHER'),
  ];
  if (members.length === 0) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.detail.noMembers')} />
    );
  }
  return (
    <Row gutter={[16, 16]} data-testid="household-members">
      {members.map((member) => (
        <Col key={member.id} xs={24} lg={12}>
          <MemberCard member={member} canReveal={canReveal} reveal={reveal} />
        </Col>
      ))}
    </Row>
  );
}
