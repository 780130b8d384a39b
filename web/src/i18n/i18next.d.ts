import 'i18next';
import type zhCN from '../locales/zh-CN.json';

// Type-checks every t('…') key against the Chinese resources, the reference locale.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
