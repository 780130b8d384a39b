import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { describeError, errorDetail } from '../../graphql/errors';
import { showErrorOnField } from '../../graphql/form-errors';
import { MoveUnitMutation } from './graphql';
import { ALLOWED_CHILD_KINDS, parentKindsFor } from './unit-rules';
import { UnitPicker } from './UnitPicker';
import type { UnitNode } from './useUnitTree';

type Values = { newParentId: string };

type Props = {
  unit: UnitNode;
  onClose: () => void;
  /** `oldParentId` is where the unit was, to refresh that branch too. */
  onMoved: (unit: UnitNode, oldParentId: string | null) => void;
  onStale: () => void;
};

/** Moves a unit, with everything under it, below another unit of a kind that may hold it. */
export function MoveUnitModal({ unit, onClose, onMoved, onStale }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, moveUnit] = useMutation(MoveUnitMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const submit = async ({ newParentId }: Values) => {
    setError(null);
    const result = await moveUnit({ input: { id: unit.id, version: unit.version, newParentId } });
    if (result.error) {
      const isShown = showErrorOnField(form, result.error, t, {
        newParentId: { name: 'newParentId', label: t('units.newParent') },
      });
      if (!isShown) setError(result.error);
      if (errorDetail(result.error).reason === 'STALE_VERSION') onStale();
      return;
    }
    if (result.data) onMoved(result.data.moveUnit, unit.parentId);
  };

  return (
    <Modal
      open
      title={t('units.moveTitle', { name: unit.name })}
      okText={t('units.move')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', id: 'unit-move-submit' }}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={() => setError(null)}
        >
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{t('units.moveHint')}</Typography.Paragraph>
      <Form.Item
        name="newParentId"
        label={t('units.newParent')}
        rules={[
          { required: true, message: t('units.newParentRequired') },
          {
            validator: async (_rule, value) => {
              if (value === unit.parentId) throw new Error(t('units.sameParent'));
            },
          },
        ]}
      >
        <UnitPicker
          data-testid="unit-move-parent"
          placeholder={t('units.newParentPlaceholder')}
          searchKinds={parentKindsFor(unit.kind)}
          isUnitDisabled={(candidate) =>
            candidate.id === unit.id || !ALLOWED_CHILD_KINDS[candidate.kind].includes(unit.kind)
          }
          isSubtreeHidden={(candidate) => candidate.id === unit.id}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
    </Modal>
  );
}
