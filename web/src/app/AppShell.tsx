import { Grid, Layout, Menu, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { AppHeader } from './AppHeader';
import { canOpenModule, NAV_ITEMS, navItemFor } from './modules';
import { APP_HEADER_HEIGHT } from './theme';
import { useDocumentTitle } from './useDocumentTitle';

const SIDER_WIDTH = 208;

/** The signed-in frame; a bare one while the user must change their password first. */
export function AppShell() {
  const { account } = useSession();
  return account?.mustChangePassword ? <RestrictedShell /> : <FullShell />;
}

/** Header with the account and sign-out, and the change-password page: nothing to navigate to. */
function RestrictedShell() {
  const screens = Grid.useBreakpoint();
  const isNarrow = screens.md === false;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader isMenuCollapsed onToggleMenu={() => undefined} isNarrow={isNarrow} isRestricted />
      <Layout.Content style={{ padding: isNarrow ? 12 : 24, minWidth: 0 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}

/** Header with the account, side menu, and the current page. */
function FullShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { pathname } = useLocation();
  const { account } = useSession();
  const [isCollapsed, setCollapsed] = useState(false);
  // Below antd's md breakpoint (768px) the menu hides completely and opens over the page.
  const [isNarrow, setNarrow] = useState(false);

  const current = navItemFor(pathname);
  // Pages outside the menu (the change-password page) set their own title.
  useDocumentTitle(current ? t(`nav.${current.key}`) : undefined, { isSkipped: !current });
  const navItems = NAV_ITEMS.filter((item) => canOpenModule(item.key, account?.roles ?? []));

  const isOverlayOpen = isNarrow && !isCollapsed;
  const belowHeader = { top: APP_HEADER_HEIGHT, height: `calc(100vh - ${APP_HEADER_HEIGHT}px)` };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader
        isMenuCollapsed={isCollapsed}
        onToggleMenu={() => setCollapsed(!isCollapsed)}
        isNarrow={isNarrow}
      />
      <Layout>
        <Layout.Sider
          theme="light"
          width={SIDER_WIDTH}
          collapsible
          collapsed={isCollapsed}
          onCollapse={setCollapsed}
          breakpoint="md"
          onBreakpoint={setNarrow}
          collapsedWidth={isNarrow ? 0 : 80}
          trigger={null}
          style={{
            ...belowHeader,
            position: isNarrow ? 'fixed' : 'sticky',
            zIndex: isNarrow ? 20 : undefined,
            insetInlineStart: 0,
            overflow: 'auto',
            borderInlineEnd:
              isCollapsed && isNarrow ? undefined : `1px solid ${token.colorBorderSecondary}`,
            boxShadow: isOverlayOpen ? token.boxShadowSecondary : undefined,
          }}
        >
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={current ? [current.key] : []}
              style={{ borderInlineEnd: 'none', paddingBlock: 8 }}
              // The open menu covers the page on a phone; close it once a page is chosen.
              onClick={() => isNarrow && setCollapsed(true)}
              items={navItems.map((item) => ({
                key: item.key,
                icon: item.icon,
                label: <Link to={item.path}>{t(`nav.${item.key}`)}</Link>,
              }))}
            />
          </nav>
        </Layout.Sider>

        {isOverlayOpen && (
          // A tap beside the open menu closes it, as with any drawer.
          <div
            aria-hidden="true"
            onClick={() => setCollapsed(true)}
            style={{
              ...belowHeader,
              position: 'fixed',
              insetInline: 0,
              zIndex: 15,
              background: token.colorBgMask,
            }}
          />
        )}

        <Layout.Content style={{ padding: isNarrow ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
