import { toHalfWidth } from '@nuanxin/shared';
import { Alert, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { UnitKind } from '../../gql/graphql';
import { describeError, errorDetail } from '../../graphql/errors';
import { showErrorOnField } from '../../graphql/form-errors';
import { CreateUnitMutation, UpdateUnitMutation } from './graphql';
import { ALLOWED_CHILD_KINDS, UNIT_CODE_PATTERN } from './unit-rules';
import type { UnitNode } from './useUnitTree';

type Values = { kind: UnitKind; name: string; code?: string; sortOrder?: number | null };

type Props = {
  /** `create` adds a child under `unit`; `edit` renames `unit` or changes its code or order. */
  mode: 'create' | 'edit';
  unit: UnitNode;
  onClose: () => void;
  onSaved: (unit: UnitNode) => void;
  /** Someone else changed the unit: fetch it again (its new version is then used). */
  onStale: () => void;
};

const MAX_SORT_ORDER = 1_000_000;

/** Adds a unit under a parent (only the kinds that may sit there), or edits a unit. */
export function UnitFormModal({ mode, unit, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching: isCreating }, createUnit] = useMutation(CreateUnitMutation);
  const [{ fetching: isUpdating }, updateUnit] = useMutation(UpdateUnitMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const childKinds = ALLOWED_CHILD_KINDS[unit.kind];

  const submit = async (values: Values) => {
    setError(null);
    const code = values.code ? values.code : null;
    const result =
      mode === 'create'
        ? await createUnit({
            input: {
              parentId: unit.id,
              kind: values.kind,
              name: values.name.trim(),
              code,
              sortOrder: values.sortOrder ?? null,
            },
          })
        : await updateUnit({
            input: {
              id: unit.id,
              version: unit.version,
              name: values.name.trim(),
              code,
              sortOrder: values.sortOrder ?? 0,
            },
          });
    if (result.error) {
      const isShown = showErrorOnField(form, result.error, t, {
        name: { name: 'name', label: t('units.name') },
        code: { name: 'code', label: t('units.code') },
        kind: { name: 'kind', label: t('units.kind') },
        sortOrder: { name: 'sortOrder', label: t('units.sortOrder') },
      });
      if (!isShown) setError(result.error);
      if (errorDetail(result.error).reason === 'STALE_VERSION') onStale();
      return;
    }
    const data = result.data;
    if (data) onSaved('createUnit' in data ? data.createUnit : data.updateUnit);
  };

  return (
    <Modal
      open
      title={
        mode === 'create'
          ? t('units.addChildTitle', { parent: unit.name })
          : t('units.editTitle', { name: unit.name })
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', id: 'unit-form-submit' }}
      confirmLoading={isCreating || isUpdating}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={() => setError(null)}
          initialValues={
            mode === 'create'
              ? { kind: childKinds[0], sortOrder: 0 }
              : { name: unit.name, code: unit.code ?? '', sortOrder: unit.sortOrder }
          }
        >
          {dom}
        </Form>
      )}
    >
      {mode === 'create' && (
        <Form.Item
          name="kind"
          label={t('units.kind')}
          rules={[{ required: true, message: t('units.kindRequired') }]}
        >
          <Radio.Group
            data-testid="unit-kind-options"
            optionType="button"
            options={childKinds.map((kind) => ({ value: kind, label: t(`unitKind.${kind}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('units.name')}
        htmlFor="unit-name"
        rules={[
          { required: true, whitespace: true, message: t('units.nameRequired') },
          { max: 100, message: t('units.nameTooLong') },
        ]}
      >
        <Input id="unit-name" data-testid="unit-name" autoFocus maxLength={100} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('units.code')}
        htmlFor="unit-code"
        extra={t('units.codeHint')}
        normalize={(value: string) => toHalfWidth(value ?? '').trim()}
        rules={[{ pattern: UNIT_CODE_PATTERN, message: t('units.codeInvalid') }]}
      >
        <Input id="unit-code" data-testid="unit-code" inputMode="numeric" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="sortOrder"
        label={t('units.sortOrder')}
        htmlFor="unit-sort-order"
        extra={t('units.sortOrderHint')}
      >
        <InputNumber
          id="unit-sort-order"
          min={0}
          max={MAX_SORT_ORDER}
          precision={0}
          style={{ width: '100%' }}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
    </Modal>
  );
}
