import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { describeError } from '../../graphql/errors';
import { showErrorOnField } from '../../graphql/form-errors';
import { passwordPolicyHint, passwordPolicyRules } from '../auth/password-rules';
import type { AccountRow } from './AccountFormDrawer';
import { ResetAccountPasswordMutation } from './graphql';

type Values = { password: string; confirmPassword: string };

type Props = { account: AccountRow; onClose: () => void; onDone: (account: AccountRow) => void };

/** An administrator sets a new password; the person must change it at next sign-in. */
export function ResetPasswordModal({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, resetPassword] = useMutation(ResetAccountPasswordMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const submit = async ({ password }: Values) => {
    setError(null);
    const result = await resetPassword({ id: account.id, newPassword: password });
    if (result.error) {
      const isShown = showErrorOnField(form, result.error, t, {
        newPassword: { name: 'password', label: t('accounts.newPassword') },
      });
      if (!isShown) setError(result.error);
      return;
    }
    if (result.data) onDone(result.data.resetAccountPassword);
  };

  return (
    <Modal
      open
      title={t('accounts.resetTitle', { name: account.displayName })}
      okText={t('accounts.resetSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', id: 'reset-password-submit' }}
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
      <Typography.Paragraph type="secondary">{t('accounts.resetHint')}</Typography.Paragraph>
      <Form.Item
        name="password"
        label={t('accounts.newPassword')}
        htmlFor="reset-password"
        extra={passwordPolicyHint(t)}
        rules={[
          { required: true, message: t('accounts.passwordRequired') },
          ...passwordPolicyRules(t, () => account.username),
        ]}
      >
        <Input.Password
          id="reset-password"
          data-testid="reset-password"
          autoComplete="new-password"
        />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('changePassword.confirm')}
        htmlFor="reset-password-confirm"
        dependencies={['password']}
        rules={[
          { required: true, message: t('changePassword.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: async (_rule, value) => {
              if (value && value !== getFieldValue('password')) {
                throw new Error(t('changePassword.mismatch'));
              }
            },
          }),
        ]}
      >
        <Input.Password id="reset-password-confirm" autoComplete="new-password" />
      </Form.Item>
      {error && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
    </Modal>
  );
}
