import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { BrandMark } from '../../../app/BrandMark';
import { LanguageSwitch } from '../../../app/LanguageSwitch';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { describeError } from '../../../graphql/errors';
import { LoginMutation } from '../graphql';
import { useSession } from '../hooks/useSession';
import { nextPathFrom } from '../next-path';

type LoginValues = { username: string; password: string };

export function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [{ fetching }, login] = useMutation(LoginMutation);
  // The error, not its text, is kept so that switching language re-translates it.
  const [error, setError] = useState<CombinedError | null>(null);
  useDocumentTitle(t('login.title'));

  if (state.status === 'signed-in') {
    return <Navigate to={nextPathFrom(location.search)} replace />;
  }

  const submit = async ({ username, password }: LoginValues) => {
    setError(null);
    const result = await login({ username: username.trim(), password });
    if (result.error) setError(result.error);
    else if (result.data) signIn(result.data.login.user);
  };

  const isExpired = state.status === 'signed-out' && state.reason === 'expired';

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}
    >
      <div style={{ position: 'fixed', top: 16, right: 16 }}>
        <LanguageSwitch />
      </div>

      <Flex vertical align="center" gap={8}>
        <BrandMark size={48} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.fullName')}</Typography.Text>
      </Flex>

      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>

        {isExpired && !error && (
          <Alert
            type="info"
            showIcon
            title={t('login.sessionExpired')}
            style={{ marginBottom: 16 }}
          />
        )}

        <Form<LoginValues>
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          onValuesChange={() => setError(null)}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            htmlFor="login-username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input
              id="login-username"
              data-testid="login-username"
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            htmlFor="login-password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password
              id="login-password"
              data-testid="login-password"
              prefix={<LockOutlined />}
              autoComplete="current-password"
            />
          </Form.Item>

          {error && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={describeError(error, t, {
                // The server answers a wrong username or password with UNAUTHENTICATED.
                overrides: { UNAUTHENTICATED: t('login.invalidCredentials') },
              })}
              style={{ marginBottom: 16 }}
            />
          )}

          <Button
            id="login-submit"
            data-testid="login-submit"
            type="primary"
            htmlType="submit"
            block
            loading={fetching}
          >
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
