import type { Account } from '../features/auth/hooks/useSession';

/** A town case worker, as `me` and `login` return it. */
export const caseWorker: Account & { __typename: 'Account' } = {
  __typename: 'Account',
  id: 'acc-1',
  username: 'wangfang',
  displayName: '王芳',
  roles: ['CASE_WORKER'],
  unit: { id: 'unit-7', code: '370102001', name: '大明湖街道计生协', kind: 'TOWN' },
};
