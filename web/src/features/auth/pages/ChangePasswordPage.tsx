import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { describeError } from '../../../graphql/errors';
import { showErrorOnField } from '../../../graphql/form-errors';
import { ChangePasswordMutation } from '../graphql';
import { useSession } from '../hooks/useSession';
import { nextPathFrom } from '../next-path';
import { passwordPolicyHint, passwordPolicyRules } from '../password-rules';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * Changing one's own password: from the user menu, or forced after an administrator set the
 * password (RequireAuth brings the user here with `?next=` and nothing else is reachable).
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { account, refresh } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, changePassword] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [isFinishing, setFinishing] = useState(false);
  useDocumentTitle(t('changePassword.title'));
  if (!account) return null; // RequireAuth guarantees an account; this only narrows the type.

  const isForced = account.mustChangePassword;

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setError(null);
    const result = await changePassword({ currentPassword, newPassword });
    if (result.error) {
      const isShown = showErrorOnField(form, result.error, t, {
        currentPassword: { name: 'currentPassword', label: t('changePassword.current') },
        newPassword: { name: 'newPassword', label: t('changePassword.new') },
      });
      if (!isShown) setError(result.error);
      return;
    }
    setFinishing(true);
    // The server no longer asks for a change: fetch `me` again so the guard lets the user go.
    const refreshError = await refresh();
    setFinishing(false);
    if (refreshError) {
      setError(refreshError);
      return;
    }
    void message.success(t('changePassword.done'));
    void navigate(nextPathFrom(location.search), { replace: true });
  };

  return (
    <Flex justify="center">
      <Card style={{ width: '100%', maxWidth: 480 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('changePassword.title')}
        </Typography.Title>
        {isForced ? (
          <Alert
            data-testid="password-change-required"
            type="warning"
            showIcon
            title={t('changePassword.requiredTitle')}
            description={t('changePassword.requiredDescription')}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Typography.Paragraph type="secondary">
            {t('changePassword.otherSessionsEnd')}
          </Typography.Paragraph>
        )}

        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          onValuesChange={() => setError(null)}
        >
          <Form.Item
            name="currentPassword"
            label={t('changePassword.current')}
            htmlFor="current-password"
            extra={isForced ? t('changePassword.currentHintForced') : undefined}
            rules={[{ required: true, message: t('changePassword.currentRequired') }]}
          >
            <Input.Password
              id="current-password"
              data-testid="current-password"
              autoComplete="current-password"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('changePassword.new')}
            htmlFor="new-password"
            extra={passwordPolicyHint(t)}
            rules={[
              { required: true, message: t('changePassword.newRequired') },
              ...passwordPolicyRules(t, () => account.username),
            ]}
          >
            <Input.Password
              id="new-password"
              data-testid="new-password"
              autoComplete="new-password"
            />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('changePassword.confirm')}
            htmlFor="confirm-password"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('changePassword.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: async (_rule, value) => {
                  if (value && value !== getFieldValue('newPassword')) {
                    throw new Error(t('changePassword.mismatch'));
                  }
                },
              }),
            ]}
          >
            <Input.Password
              id="confirm-password"
              data-testid="confirm-password"
              autoComplete="new-password"
            />
          </Form.Item>

          {error && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={describeError(error, t)}
              style={{ marginBottom: 16 }}
            />
          )}

          <Flex gap={8} justify="end">
            {!isForced && <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>}
            <Button
              data-testid="change-password-submit"
              type="primary"
              htmlType="submit"
              loading={fetching || isFinishing}
            >
              {t('changePassword.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </Flex>
  );
}
