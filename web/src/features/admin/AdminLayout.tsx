import { Button, Card, Result, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/hooks/useSession';
import { isAdministrator } from '../auth/roles';

/** The pages under 系统, in tab order; `/admin` opens the first. */
const ADMIN_PAGES = ['units', 'accounts', 'api-clients', 'audit'] as const;
type AdminPage = (typeof ADMIN_PAGES)[number];

function adminPageOf(pathname: string): AdminPage {
  const segment = pathname.split('/')[2];
  return ADMIN_PAGES.find((page) => page === segment) ?? 'units';
}

/** 系统: tabs for units, accounts, API clients and the audit log; administrators only. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { account } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();

  if (!account || !isAdministrator(account.roles)) return <AdminForbidden />;

  return (
    <>
      <Tabs
        activeKey={adminPageOf(pathname)}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={ADMIN_PAGES.map((page) => ({
          key: page,
          label: <span data-testid={`admin-tab-${page}`}>{t(`admin.tabs.${page}`)}</span>,
        }))}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}

/** Someone without an administrator role followed a link to 系统. */
function AdminForbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="403"
        title={t('admin.forbiddenTitle')}
        subTitle={t('admin.forbiddenDescription')}
        extra={
          <Button type="primary" onClick={() => void navigate('/')}>
            {t('notFound.backHome')}
          </Button>
        }
      />
    </Card>
  );
}
