import { Card, Col, Flex, Row, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { canOpenModule, MODULES } from './modules';

/** The landing page: who you are, where you work, and where to go next. */
export function HomePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { account } = useSession();
  if (!account) return null; // RequireAuth guarantees an account; this only narrows the type.

  return (
    <Flex vertical gap={24}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.greeting', { name: account.displayName })}
        </Typography.Title>
        <Space wrap size={[8, 8]}>
          <Typography.Text type="secondary">
            {t('home.unit', { unit: account.unit.name })}
          </Typography.Text>
          <Tag>{t(`unitKind.${account.unit.kind}`)}</Tag>
          {account.roles.map((role) => (
            <Tag key={role} color="cyan">
              {t(`role.${role}`)}
            </Tag>
          ))}
        </Space>
      </Card>

      <section aria-labelledby="home-modules">
        <Typography.Title level={5} id="home-modules">
          {t('home.modulesTitle')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {MODULES.filter((module) => canOpenModule(module.key, account.roles)).map((module) => (
            <Col key={module.key} xs={24} sm={12} lg={8} xxl={6}>
              <Link to={module.path}>
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Flex gap={12} align="start">
                    <span style={{ fontSize: 22, color: token.colorPrimary }}>{module.icon}</span>
                    <div>
                      <Typography.Text strong>{t(`nav.${module.key}`)}</Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                        {t(`moduleDescription.${module.key}`)}
                      </Typography.Paragraph>
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>
    </Flex>
  );
}
