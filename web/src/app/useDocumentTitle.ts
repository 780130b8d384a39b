import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the browser tab title to "<page> - 暖心" (or just the product name). `isSkipped` leaves
 * the title to another component (the shell does so for pages that name themselves).
 */
export function useDocumentTitle(
  page: string | undefined,
  { isSkipped = false }: { isSkipped?: boolean } = {},
): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (isSkipped) return;
    document.title = page ? t('app.documentTitle', { page }) : t('app.name');
  }, [page, t, isSkipped]);
}
