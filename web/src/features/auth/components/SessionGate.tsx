import { Button, Flex, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageSpin } from '../../../app/FullPageSpin';
import { describeError } from '../../../graphql/errors';
import { useSession } from '../hooks/useSession';

/** Holds the app back until we know who is signed in, so no route flashes the wrong screen. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, reload } = useSession();

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'error') {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Result
          status="warning"
          title={t('session.loadFailed')}
          subTitle={describeError(state.error, t)}
          extra={
            <Button type="primary" onClick={reload}>
              {t('session.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  return children;
}
