import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Layout, Tooltip, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { CHANGE_PASSWORD_PATH } from '../features/auth/next-path';
import { describeError } from '../graphql/errors';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';

type Props = {
  isMenuCollapsed: boolean;
  onToggleMenu: () => void;
  /** Phone width: texts that do not fit give way to icons and tooltips. */
  isNarrow: boolean;
  /**
   * While a password change is required: no menu and no links, only the account and sign-out
   * (the server refuses everything else).
   */
  isRestricted?: boolean;
};

export function AppHeader({ isMenuCollapsed, onToggleMenu, isNarrow, isRestricted }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
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

  const brand = (
    <Flex align="center" gap={10}>
      <BrandMark />
      {!isNarrow && (
        <Typography.Text strong style={{ fontSize: 18, letterSpacing: 2 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );

  // The name and unit stay visible (and keep their test ids); the menu opens from them.
  const who = account && (
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
  );

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
      {!isRestricted && (
        <Button
          type="text"
          icon={isMenuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          aria-label={isMenuCollapsed ? t('header.expandMenu') : t('header.collapseMenu')}
          aria-expanded={!isMenuCollapsed}
          onClick={onToggleMenu}
        />
      )}
      {isRestricted ? (
        brand
      ) : (
        <Link to="/" aria-label={t('app.name')} style={{ display: 'flex' }}>
          {brand}
        </Link>
      )}
      <Flex
        align="center"
        gap={isNarrow ? 8 : 16}
        style={{ marginInlineStart: 'auto', minWidth: 0 }}
      >
        <LanguageSwitch />
        {account && isRestricted && who}
        {account && !isRestricted && (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                {
                  key: 'password',
                  icon: <KeyOutlined />,
                  label: (
                    <span data-testid="menu-change-password">{t('header.changePassword')}</span>
                  ),
                },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') },
              ],
              onClick: ({ key }) => {
                if (key === 'password') void navigate(CHANGE_PASSWORD_PATH);
                else void logout();
              },
            }}
          >
            <Tooltip title={isNarrow ? account.unit.name : undefined}>
              <Button
                type="text"
                data-testid="user-menu"
                aria-haspopup="menu"
                style={{ minWidth: 0, maxWidth: isNarrow ? 140 : 360, paddingInline: 8 }}
              >
                {who}
                <DownOutlined style={{ fontSize: 10, color: token.colorTextTertiary }} />
              </Button>
            </Tooltip>
          </Dropdown>
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
