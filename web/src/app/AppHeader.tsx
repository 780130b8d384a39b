import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Layout, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { describeError } from '../graphql/errors';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

type Props = {
  isMenuCollapsed: boolean;
  onToggleMenu: () => void;
  /** Phone width: texts that do not fit give way to icons and tooltips. */
  isNarrow: boolean;
};

export function AppHeader({ isMenuCollapsed, onToggleMenu, isNarrow }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const { account, signOut } = useSession();
  const [isSigningOut, setSigningOut] = useState(false);

  const logout = async () => {
    setSigningOut(true);
    const error = await signOut();
    // On success RequireAuth takes the user to the login page; only a failure needs handling.
    if (error) {
      setSigningOut(false);
      void message.error(t('header.logoutFailed', { reason: describeError(error, t) }));
    }
  };

  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 10,
        display: 'flex',
        alignItems: 'center',
        gap: isNarrow ? 8 : 16,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Button
        type="text"
        icon={isMenuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        aria-label={isMenuCollapsed ? t('header.expandMenu') : t('header.collapseMenu')}
        aria-expanded={!isMenuCollapsed}
        onClick={onToggleMenu}
      />
      <Link to="/" aria-label={t('app.name')} style={{ display: 'flex' }}>
        <Flex align="center" gap={10}>
          <BrandMark />
          {!isNarrow && (
            <Typography.Text strong style={{ fontSize: 18, letterSpacing: 2 }}>
              {t('app.name')}
            </Typography.Text>
          )}
        </Flex>
      </Link>
      <Flex
        align="center"
        gap={isNarrow ? 8 : 16}
        style={{ marginInlineStart: 'auto', minWidth: 0 }}
      >
        <LanguageSwitch />
        {account && (
          <Tooltip title={isNarrow ? account.unit.name : undefined}>
            <Flex align="center" gap={8} style={{ minWidth: 0 }}>
              <UserOutlined style={{ color: token.colorTextSecondary }} />
              <Typography.Text data-testid="current-user" strong ellipsis>
                {account.displayName}
              </Typography.Text>
              <Typography.Text
                data-testid="current-unit"
                type="secondary"
                ellipsis
                style={isNarrow ? { display: 'none' } : undefined}
              >
                {account.unit.name}
              </Typography.Text>
            </Flex>
          </Tooltip>
        )}
        <Button
          data-testid="logout-button"
          icon={<LogoutOutlined />}
          aria-label={t('header.logout')}
          loading={isSigningOut}
          onClick={() => void logout()}
        >
          {!isNarrow && t('header.logout')}
        </Button>
      </Flex>
    </Layout.Header>
  );
}
