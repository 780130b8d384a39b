import {
  AccountBookOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileTextOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Role } from '@nuanxin/shared';
import type { ReactNode } from 'react';
import { isAdministrator } from '../features/auth/roles';

export type ModuleKey =
  | 'households'
  | 'activities'
  | 'insurance'
  | 'budgets'
  | 'policies'
  | 'queries'
  | 'statistics'
  | 'admin';

export type NavKey = 'home' | ModuleKey;

export type NavItem = { key: NavKey; path: string; icon: ReactNode };

export const HOME: NavItem = { key: 'home', path: '/', icon: <HomeOutlined /> };

/** The business modules, in menu order; each owns the URL space under its path. */
export const MODULES: readonly (NavItem & { key: ModuleKey })[] = [
  { key: 'households', path: '/households', icon: <TeamOutlined /> },
  { key: 'activities', path: '/activities', icon: <CalendarOutlined /> },
  { key: 'insurance', path: '/insurance', icon: <SafetyCertificateOutlined /> },
  { key: 'budgets', path: '/budgets', icon: <AccountBookOutlined /> },
  { key: 'policies', path: '/policies', icon: <FileTextOutlined /> },
  { key: 'queries', path: '/queries', icon: <SearchOutlined /> },
  { key: 'statistics', path: '/statistics', icon: <BarChartOutlined /> },
  { key: 'admin', path: '/admin', icon: <SettingOutlined /> },
];

export const NAV_ITEMS: readonly NavItem[] = [HOME, ...MODULES];

/** The menu entry a URL belongs to (`/households/42` → households), if any. */
export function navItemFor(pathname: string): NavItem | undefined {
  if (pathname === '/') return HOME;
  return MODULES.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`));
}

/** Whether the account may open a module: 系统 is for administrators only. */
export function canOpenModule(key: NavKey, roles: readonly Role[]): boolean {
  return key !== 'admin' || isAdministrator(roles);
}
