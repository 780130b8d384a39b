import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useClient, useMutation } from 'urql';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';
import { describeError, errorDetail } from '../../../graphql/errors';
import { VillagePicker } from '../components/VillagePicker';
import { serverViolations } from '../form/form-errors';
import { HouseholdQuery, TransferHouseholdMutation } from '../graphql';
import type { Household } from './HouseholdDetailPage';

type Values = { toUnitId?: string; reason?: string };

/** 转移: moves the file to another village of the user's subtree; its history goes with it. */
export function TransferHouseholdModal({
  household,
  onClose,
  onDone,
}: {
  household: Household;
  onClose: () => void;
  onDone: (saved: HouseholdDetailFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, transfer] = useMutation(TransferHouseholdMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const client = useClient();

  const submit = async (values: Values) => {
    setError(null);
    const result = await transfer({
      input: {
        id: household.id,
        version: household.version,
        toUnitId: values.toUnitId ?? '',
        reason: values.reason?.trim() || null,
      },
    });
    if (result.error) {
      if (errorDetail(result.error).reason === 'STALE_VERSION') {
        // The page shows the file's current version once this arrives; the user tries again.
        void client
          .query(HouseholdQuery, { id: household.id }, { requestPolicy: 'network-only' })
          .toPromise();
      }
      const onUnit = serverViolations(result.error).find((v) => v.field === 'input.toUnitId');
      if (onUnit) form.setFields([{ name: 'toUnitId', errors: [onUnit.message] }]);
      else setError(result.error);
      return;
    }
    if (result.data) onDone(result.data.transferHousehold);
  };

  const isStale = error && errorDetail(error).reason === 'STALE_VERSION';

  return (
    <Modal
      open
      title={t('households.transfer.title', { fileNumber: household.fileNumber })}
      okText={t('households.transfer.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
      data-testid="transfer-modal"
    >
      <Typography.Paragraph type="secondary">
        {t('households.transfer.hint', { unit: household.unit.name })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="toUnitId"
          label={t('households.transfer.toUnit')}
          rules={[{ required: true, message: t('households.transfer.toUnitRequired') }]}
        >
          <VillagePicker excludeUnitId={household.unit.id} data-testid="transfer-unit" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('households.transfer.reason')}
          rules={[{ max: 500, message: t('households.transfer.reasonTooLong') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={
            isStale
              ? t('households.staleReload')
              : describeError(error, t, {
                  overrides: { CONFLICT: t('households.transfer.notActive') },
                })
          }
        />
      )}
    </Modal>
  );
}
