import { App, ConfigProvider, type ConfigProviderProps } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import type { Locale } from '../i18n';
import { useLocale } from '../i18n/useLocale';
import { appTheme } from './theme';

const ANTD_LOCALES: Record<Locale, ConfigProviderProps['locale']> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

/** antd theme and locale (following the i18next language), and antd's message/modal context. */
export function AppProviders({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={appTheme}
      // antd would render two-character Chinese buttons as "登 录"; keep the text as written so
      // it reads naturally to screen readers and matches by name in tests.
      button={{ autoInsertSpace: false }}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
