import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReveal } from '../useReveal';
import type { Household } from './HouseholdDetailPage';
import { MemberCard } from './MemberCard';

/** 子女: the child or children (death or disability), then the grandchildren. */
export function ChildrenTab({
  household,
  canReveal,
}: {
  household: Household;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const reveal = useReveal(household.id);
  const children = household.members.filter((m) => m.relation === 'CHILD');
  const grandchildren = household.members.filter((m) => m.relation === 'GRANDCHILD');
  return (
    <Flex vertical gap={16} data-testid="household-children">
      {children.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.detail.noChild')} />
      ) : (
        <Row gutter={[16, 16]}>
          {children.map((member) => (
            <Col key={member.id} xs={24} lg={12}>
              <MemberCard member={member} canReveal={canReveal} reveal={reveal} />
            </Col>
          ))}
        </Row>
      )}
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('households.detail.grandchildren')}
        </Typography.Title>
        {grandchildren.length === 0 ? (
          <Typography.Text type="secondary">
            {t('households.detail.noGrandchildren')}
          </Typography.Text>
        ) : (
          <Row gutter={[16, 16]}>
            {grandchildren.map((member) => (
              <Col key={member.id} xs={24} lg={12}>
                <MemberCard member={member} canReveal={canReveal} reveal={reveal} />
              </Col>
            ))}
          </Row>
        )}
      </div>
    </Flex>
  );
}
