import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Locale, LOCALES, setLocale } from '../i18n';
import { useLocale } from '../i18n/useLocale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const value = useLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('language.label')}
      value={value}
      options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      onChange={(locale) => void setLocale(locale)}
    />
  );
}
