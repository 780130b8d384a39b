import type { Account } from '../features/auth/hooks/useSession';

/** A town case worker, as `me` and `login` return it. */
export const caseWorker: Account & { __typename: 'Account' } = {
  __typename: 'Account',
  id: 'acc-1',
  username: 'wangfang',
  displayName: '王芳',
  roles: ['CASE_WORKER'],
  mustChangePassword: false,
  unit: { id: 'unit-7', code: '370102001', name: '大明湖街道计生协', kind: 'TOWN' },
};

/** The administrator of a district: manages the district's subtree. */
export const unitAdmin: Account & { __typename: 'Account' } = {
  __typename: 'Account',
  id: 'acc-2',
  username: 'lijun',
  displayName: '李军',
  roles: ['UNIT_ADMIN'],
  mustChangePassword: false,
  unit: { id: 'unit-3', code: '370102', name: '历下区计生协', kind: 'DISTRICT' },
};

/** The national system administrator. */
export const systemAdmin: Account & { __typename: 'Account' } = {
  __typename: 'Account',
  id: 'acc-0',
  username: 'admin',
  displayName: '系统管理员',
  roles: ['SYSTEM_ADMIN'],
  mustChangePassword: false,
  unit: { id: 'unit-0', code: null, name: '全国', kind: 'NATIONAL' },
};
