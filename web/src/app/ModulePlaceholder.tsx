import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ModuleKey } from './modules';

/** Stands in for a module whose pages are not built yet, so the route and menu already work. */
export function ModulePlaceholder({ module }: { module: ModuleKey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="info"
        title={t('placeholder.title')}
        subTitle={t('placeholder.description', { module: t(`nav.${module}`) })}
        extra={<Button onClick={() => void navigate('/')}>{t('placeholder.backHome')}</Button>}
      />
    </Card>
  );
}
