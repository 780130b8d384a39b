import { Button, Flex, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * Last resort for errors thrown while loading or rendering a route. The usual cause in
 * production is a page chunk that no longer exists after a deploy, which a reload fixes.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Result
        status="error"
        title={t('routeError.title')}
        subTitle={t('routeError.description')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        }
      />
    </Flex>
  );
}
