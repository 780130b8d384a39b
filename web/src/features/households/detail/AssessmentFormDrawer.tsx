import { NEEDS, RISK_LEVELS, todayInShanghai } from '@nuanxin/shared';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { Need, RiskLevel } from '../../../gql/graphql';
import { describeError } from '../../../graphql/errors';
import { serverFieldPath } from '../../../graphql/form-errors';
import { useSession } from '../../auth/hooks/useSession';
import { DateField } from '../components/DateField';
import { serverViolations } from '../form/form-errors';
import { RecordAssessmentMutation } from '../graphql';
import { type Scale, SCALES } from './assessment-scales';

type Values = Record<Scale, number | undefined> & {
  assessedOn: string | null;
  assessorName: string;
  riskLevel?: RiskLevel;
  needs: Need[];
  notes?: string;
};

const SCORES = [1, 2, 3, 4, 5];

/** 新增评估: the six scales, the risk level that decides how closely to follow, and needs. */
export function AssessmentFormDrawer({
  householdId,
  onClose,
}: {
  householdId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { account } = useSession();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, record] = useMutation(RecordAssessmentMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const submit = async (values: Values) => {
    setError(null);
    const result = await record({
      input: {
        householdId,
        assessedOn: values.assessedOn ?? '',
        assessorName: values.assessorName.trim(),
        griefTrauma: values.griefTrauma ?? 0,
        healing: values.healing ?? 0,
        acceptance: values.acceptance ?? 0,
        futureAttitude: values.futureAttitude ?? 0,
        physicalHealth: values.physicalHealth ?? 0,
        mentalHealth: values.mentalHealth ?? 0,
        riskLevel: values.riskLevel ?? 'LOW',
        needs: values.needs,
        notes: values.notes?.trim() || null,
      },
    });
    if (result.error) {
      const violations = serverViolations(result.error);
      const known = new Set<string>(['assessedOn', 'assessorName', 'riskLevel', ...SCALES]);
      const onFields = violations.filter((v) => known.has(serverFieldPath(v.field)));
      form.setFields(
        onFields.map((v) => ({
          name: serverFieldPath(v.field) as keyof Values,
          errors: [v.message],
        })),
      );
      if (onFields.length === 0) setError(result.error);
      return;
    }
    void message.success(t('households.assessment.saved'));
    onClose();
  };

  return (
    <Drawer
      open
      title={t('households.assessment.createTitle')}
      size={screens.sm ? 560 : '100%'}
      onClose={onClose}
      destroyOnHidden
      data-testid="assessment-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={fetching}
            onClick={() => form.submit()}
            data-testid="assessment-submit"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        scrollToFirstError
        initialValues={{
          assessedOn: todayInShanghai(),
          assessorName: account?.displayName ?? '',
          needs: [],
        }}
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="assessedOn"
            label={t('households.assessment.assessedOn')}
            rules={[{ required: true, message: t('households.assessment.assessedOnRequired') }]}
            style={{ flex: '1 1 180px' }}
          >
            <DateField />
          </Form.Item>
          <Form.Item
            name="assessorName"
            label={t('households.assessment.assessorName')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('households.assessment.assessorRequired'),
              },
              { max: 50, message: t('households.assessment.assessorTooLong') },
            ]}
            style={{ flex: '1 1 180px' }}
          >
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Typography.Paragraph type="secondary">
          {t('households.assessment.scaleHint')}
        </Typography.Paragraph>
        {SCALES.map((scale) => (
          <Form.Item
            key={scale}
            name={scale}
            label={t(`households.assessment.scales.${scale}.label`)}
            extra={t(`households.assessment.scales.${scale}.range`)}
            rules={[{ required: true, message: t('households.assessment.scoreRequired') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={SCORES.map((score) => ({ value: score, label: String(score) }))}
            />
          </Form.Item>
        ))}
        <Form.Item
          name="riskLevel"
          label={t('households.assessment.riskLevel')}
          extra={t('households.assessment.riskHint')}
          rules={[{ required: true, message: t('households.assessment.riskRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={RISK_LEVELS.map((level) => ({
              value: level,
              label: t(`households.enum.risk.${level}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="needs" label={t('households.field.needs')}>
          <Checkbox.Group
            options={NEEDS.map((need) => ({
              value: need,
              label: t(`households.enum.need.${need}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="notes"
          label={t('households.assessment.notes')}
          rules={[{ max: 2000, message: t('households.assessment.notesTooLong') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        {error && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Drawer>
  );
}
