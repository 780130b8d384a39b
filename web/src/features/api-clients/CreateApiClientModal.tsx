import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { ApiClientFieldsFragment, ApiClientScope } from '../../gql/graphql';
import { describeError } from '../../graphql/errors';
import { showErrorOnField } from '../../graphql/form-errors';
import { useSession } from '../auth/hooks/useSession';
import { UnitPicker } from '../units/UnitPicker';
import { CreateApiClientMutation } from './graphql';

type Values = { name: string; unitId: string; scope: ApiClientScope };

type Props = {
  onClose: () => void;
  onCreated: (payload: { client: ApiClientFieldsFragment; secret: string }) => void;
};

const SCOPES: ApiClientScope[] = ['read', 'read_write'];

/** Name, unit and scope of a new API client; the secret comes back once, to `onCreated`. */
export function CreateApiClientModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { account } = useSession();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, createApiClient] = useMutation(CreateApiClientMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const submit = async (values: Values) => {
    setError(null);
    const result = await createApiClient({
      input: { name: values.name.trim(), unitId: values.unitId, scope: values.scope },
    });
    if (result.error) {
      const isShown = showErrorOnField(form, result.error, t, {
        name: { name: 'name', label: t('apiClients.name') },
        unitId: { name: 'unitId', label: t('apiClients.unit') },
        scope: { name: 'scope', label: t('apiClients.scope') },
      });
      if (!isShown) setError(result.error);
      return;
    }
    if (result.data) onCreated(result.data.createApiClient);
  };

  return (
    <Modal
      open
      title={t('apiClients.createTitle')}
      okText={t('apiClients.create')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', id: 'api-client-submit' }}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onValuesChange={() => setError(null)}
          initialValues={{ unitId: account?.unit.id, scope: 'read' }}
        >
          {dom}
        </Form>
      )}
    >
      <Form.Item
        name="name"
        label={t('apiClients.name')}
        htmlFor="api-client-name"
        extra={t('apiClients.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('apiClients.nameRequired') },
          { max: 100, message: t('apiClients.nameTooLong') },
        ]}
      >
        <Input id="api-client-name" data-testid="api-client-name" maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t('apiClients.unit')}
        htmlFor="api-client-unit"
        extra={t('apiClients.unitHint')}
        rules={[{ required: true, message: t('apiClients.unitRequired') }]}
      >
        <UnitPicker id="api-client-unit" data-testid="api-client-unit" />
      </Form.Item>
      <Form.Item name="scope" label={t('apiClients.scope')}>
        <Radio.Group
          optionType="button"
          options={SCOPES.map((scope) => ({
            value: scope,
            label: t(`apiClients.scopes.${scope}`),
          }))}
        />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
    </Modal>
  );
}
