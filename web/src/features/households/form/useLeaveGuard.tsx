import { Modal } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Keeps unsaved changes from being lost by a mis-click: leaving for another page asks first, and
 * so does closing or reloading the tab. `allowLeave` lets a successful save navigate away.
 */
export function useLeaveGuard(isDirty: boolean) {
  const { t } = useTranslation();
  const isAllowed = useRef(false);
  const isDirtyRef = useRef(isDirty);
  useEffect(() => {
    isDirtyRef.current = isDirty;
  }, [isDirty]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirtyRef.current &&
      !isAllowed.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const dialog = (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('households.form.leaveTitle')}
      okText={t('households.form.leaveConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('households.form.leaveCancel')}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      data-testid="leave-dialog"
    >
      {t('households.form.leaveDescription')}
    </Modal>
  );

  const allowLeave = useCallback(() => {
    isAllowed.current = true;
  }, []);

  return { dialog, allowLeave };
}
