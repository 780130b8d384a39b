import { useTranslation } from 'react-i18next';
import { isKnownAction, isKnownDetail, isKnownEntityType, isKnownField } from './audit-labels';

/** Labels for what the audit log records; anything unknown shows as the server wrote it. */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (action: string) => (isKnownAction(action) ? t(`audit.actions.${action}`) : action),
    entityType: (type: string) => (isKnownEntityType(type) ? t(`audit.entityTypes.${type}`) : type),
    field: (field: string) => (isKnownField(field) ? t(`audit.fields.${field}`) : field),
    detail: (key: string) => (isKnownDetail(key) ? t(`audit.details.${key}`) : key),
  };
}
