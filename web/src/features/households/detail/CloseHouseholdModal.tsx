import { todayInShanghai } from '@nuanxin/shared';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useClient, useMutation } from 'urql';
import type { HouseholdDetailFieldsFragment } from '../../../gql/graphql';
import { describeError, errorDetail } from '../../../graphql/errors';
import { serverFieldPath } from '../../../graphql/form-errors';
import { DateField } from '../components/DateField';
import { serverViolations } from '../form/form-errors';
import { CloseHouseholdMutation, HouseholdQuery } from '../graphql';
import type { Household } from './HouseholdDetailPage';

type Values = { kind: 'close' | 'moved'; closedOn: string | null; reason?: string };

/**
 * 注销: takes the file out of the register (all members deceased, or moved out of the area). It
 * is never deleted and stays readable with its history.
 */
export function CloseHouseholdModal({
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
  const [{ fetching }, close] = useMutation(CloseHouseholdMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const client = useClient();

  const submit = async (values: Values) => {
    setError(null);
    const result = await close({
      input: {
        id: household.id,
        version: household.version,
        closedOn: values.closedOn ?? '',
        reason: values.reason?.trim() ?? '',
        movedAway: values.kind === 'moved',
      },
    });
    if (result.error) {
      if (errorDetail(result.error).reason === 'STALE_VERSION') {
        // The page shows the file's current version once this arrives; the user tries again.
        void client
          .query(HouseholdQuery, { id: household.id }, { requestPolicy: 'network-only' })
          .toPromise();
      }
      const onFields = serverViolations(result.error).filter((v) =>
        ['closedOn', 'reason'].includes(serverFieldPath(v.field)),
      );
      form.setFields(
        onFields.map((v) => ({
          name: serverFieldPath(v.field) as 'closedOn' | 'reason',
          errors: [v.message],
        })),
      );
      if (onFields.length === 0) setError(result.error);
      return;
    }
    if (result.data) onDone(result.data.closeHousehold);
  };

  const isStale = error && errorDetail(error).reason === 'STALE_VERSION';

  return (
    <Modal
      open
      title={t('households.close.title', { fileNumber: household.fileNumber })}
      okText={t('households.close.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={fetching}
      destroyOnHidden
      data-testid="close-modal"
    >
      <Typography.Paragraph type="secondary">{t('households.close.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ kind: 'close', closedOn: todayInShanghai() }}
      >
        <Form.Item name="kind" label={t('households.close.kind')}>
          <Radio.Group
            options={[
              { value: 'close', label: t('households.close.kindClose') },
              { value: 'moved', label: t('households.close.kindMoved') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="closedOn"
          label={t('households.close.closedOn')}
          rules={[{ required: true, message: t('households.close.closedOnRequired') }]}
        >
          <DateField />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('households.close.reason')}
          rules={[
            { required: true, whitespace: true, message: t('households.close.reasonRequired') },
            { max: 500, message: t('households.close.reasonTooLong') },
          ]}
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
                  overrides: { CONFLICT: t('households.close.notActive') },
                })
          }
        />
      )}
    </Modal>
  );
}
