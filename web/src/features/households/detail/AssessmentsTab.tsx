import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Tag,
  theme,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFieldsFragment } from '../../../gql/graphql';
import { RiskTag } from '../components/HouseholdTags';
import { concernOf, type Scale, SCALES } from './assessment-scales';
import { AssessmentFormDrawer } from './AssessmentFormDrawer';
import type { Household } from './HouseholdDetailPage';

/** 评估: every assessment, newest first (the first is current), and a form for a new one. */
export function AssessmentsTab({
  household,
  canWrite,
}: {
  household: Household;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [isFormOpen, setFormOpen] = useState(false);

  return (
    <Flex vertical gap={16} data-testid="household-assessments">
      {canWrite && (
        <div>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormOpen(true)}
            data-testid="assessment-create"
          >
            {t('households.assessment.create')}
          </Button>
        </div>
      )}
      {household.assessments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.assessment.none')} />
      ) : (
        household.assessments.map((assessment, index) => (
          <AssessmentCard key={assessment.id} assessment={assessment} isCurrent={index === 0} />
        ))
      )}
      {isFormOpen && (
        <AssessmentFormDrawer householdId={household.id} onClose={() => setFormOpen(false)} />
      )}
    </Flex>
  );
}

function AssessmentCard({
  assessment,
  isCurrent,
}: {
  assessment: AssessmentFieldsFragment;
  isCurrent: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="assessment-card"
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{assessment.assessedOn}</Typography.Text>
          <RiskTag level={assessment.riskLevel} />
          {isCurrent && <Tag color="cyan">{t('households.assessment.current')}</Tag>}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('households.assessment.by', { name: assessment.assessorName })}
          </Typography.Text>
        </Flex>
      }
    >
      <Row gutter={[24, 8]}>
        {SCALES.map((scale) => (
          <Col key={scale} xs={24} md={12} xl={8}>
            <ScaleBar scale={scale} value={assessment[scale]} />
          </Col>
        ))}
      </Row>
      {assessment.needs.length > 0 && (
        <Flex gap={4} wrap align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">
            {t('households.assessment.needsLabel')}
          </Typography.Text>
          {assessment.needs.map((need) => (
            <Tag key={need} color="cyan">
              {t(`households.enum.need.${need}`)}
            </Tag>
          ))}
        </Flex>
      )}
      {assessment.notes && (
        <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0, whiteSpace: 'pre-wrap' }}>
          {assessment.notes}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** A score as five steps, coloured by how worrying it is, with what 1 and 5 mean. */
export function ScaleBar({ scale, value }: { scale: Scale; value: number }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const concern = concernOf(scale, value);
  const color =
    concern >= 4 ? token.colorError : concern === 3 ? token.colorWarning : token.colorSuccess;
  return (
    <Flex vertical gap={0} data-testid={`scale-${scale}`}>
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Text>{t(`households.assessment.scales.${scale}.label`)}</Typography.Text>
        <Tooltip title={t(`households.assessment.scales.${scale}.range`)}>
          <Typography.Text strong style={{ color }}>
            {t('households.assessment.score', { value })}
          </Typography.Text>
        </Tooltip>
      </Flex>
      <Progress
        percent={value * 20}
        steps={5}
        showInfo={false}
        strokeColor={color}
        size={{ width: 28, height: 8 }}
        aria-label={t(`households.assessment.scales.${scale}.label`)}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`households.assessment.scales.${scale}.range`)}
      </Typography.Text>
    </Flex>
  );
}
