import { ArrowRightOutlined } from '@ant-design/icons';
import { formatDateTimeShanghai } from '@nuanxin/shared';
import { Alert, Button, Flex, Modal, Tag, theme, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFieldValue } from '../field-format';
import { fieldLabel } from '../detail/history-format';
import { changeKey, type FormChange } from './form-diff';
import { type ContactFormValues } from './form-values';

export type ConflictState = {
  /** What the other person changed, from the version the user started with to the current one. */
  changes: FormChange[];
  /** Keys (changeKey) of what the user changed too. */
  myChangeKeys: Set<string>;
  /** The village, when the file was transferred meanwhile. */
  unitChange?: { from: string; to: string };
  /** Who saved last, and when. */
  lastChange?: { actorName: string | null; at: string };
  /** The file was closed meanwhile: it can no longer be edited. */
  isClosed: boolean;
  newVersion: number;
};

type Props = {
  conflict: ConflictState;
  onReapply: () => void;
  onDiscard: () => void;
};

function contactsText(contacts: ContactFormValues[], t: TFunction): string {
  if (contacts.length === 0) return '—';
  return contacts
    .map((c) => `${c.kind ? formatFieldValue('kind', c.kind, t) : ''} ${c.name ?? ''}`.trim())
    .join(t('households.separator'));
}

/** A difference as label, old value and new value. */
function describe(change: FormChange, t: TFunction): { label: string; old?: string; new?: string } {
  switch (change.kind) {
    case 'household':
      return {
        label: fieldLabel(change.field, t),
        old: formatFieldValue(change.field, change.old, t),
        new: formatFieldValue(change.field, change.new, t),
      };
    case 'member':
      return {
        label: t('households.history.memberField', {
          name: change.name,
          field: t(`households.memberField.${change.field}`),
        }),
        old: formatFieldValue(change.field, change.old, t),
        new: formatFieldValue(change.field, change.new, t),
      };
    case 'memberAdded':
      return { label: t('households.history.memberAdded', { name: change.name }) };
    case 'memberRemoved':
      return { label: t('households.history.memberRemoved', { name: change.name }) };
    case 'contacts':
      return {
        label: t('households.field.contacts'),
        old: contactsText(change.old, t),
        new: contactsText(change.new, t),
      };
  }
}

/**
 * Someone else saved the file while the user was editing it: what they changed, field by field,
 * and the choice between reapplying the user's edits on the new version or dropping them.
 */
export function ConflictModal({ conflict, onReapply, onDiscard }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const who = conflict.lastChange
    ? t('households.conflict.savedBy', {
        name: conflict.lastChange.actorName ?? t('audit.actorKind.system'),
        time: formatDateTimeShanghai(conflict.lastChange.at),
      })
    : t('households.conflict.savedBySomeone');
  const rows = [
    ...(conflict.unitChange
      ? [
          {
            key: 'unit',
            label: t('households.field.unit'),
            old: conflict.unitChange.from,
            new: conflict.unitChange.to,
            isMine: false,
          },
        ]
      : []),
    ...conflict.changes.map((change) => ({
      key: changeKey(change),
      ...describe(change, t),
      isMine: conflict.myChangeKeys.has(changeKey(change)),
    })),
  ];

  return (
    <Modal
      open
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      title={t('households.conflict.title')}
      data-testid="conflict-dialog"
      footer={
        conflict.isClosed ? (
          <Button type="primary" onClick={onDiscard}>
            {t('households.conflict.backToFile')}
          </Button>
        ) : (
          <Flex justify="end" gap={8} wrap>
            <Button danger onClick={onDiscard} data-testid="conflict-discard">
              {t('households.conflict.discard')}
            </Button>
            <Button type="primary" onClick={onReapply} data-testid="conflict-reapply">
              {t('households.conflict.reapply')}
            </Button>
          </Flex>
        )
      }
    >
      <Typography.Paragraph>{who}</Typography.Paragraph>
      {conflict.isClosed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('households.conflict.closed')}
        />
      )}
      {rows.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('households.conflict.noFieldChanges')}
        </Typography.Paragraph>
      ) : (
        <Flex
          vertical
          data-testid="conflict-changes"
          style={{
            maxHeight: 320,
            overflow: 'auto',
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
          }}
        >
          {rows.map((row, index) => (
            <Flex
              key={row.key}
              vertical
              gap={2}
              data-testid="conflict-change"
              style={{
                padding: '8px 12px',
                borderTop: index === 0 ? undefined : `1px solid ${token.colorBorderSecondary}`,
              }}
            >
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{row.label}</Typography.Text>
                {row.isMine && <Tag color="orange">{t('households.conflict.alsoMine')}</Tag>}
              </Flex>
              {row.old !== undefined && (
                <Flex gap={6} wrap align="baseline">
                  <Typography.Text delete type="secondary">
                    {row.old}
                  </Typography.Text>
                  <ArrowRightOutlined style={{ fontSize: 11 }} aria-label={t('audit.becomes')} />
                  <Typography.Text>{row.new}</Typography.Text>
                </Flex>
              )}
            </Flex>
          ))}
        </Flex>
      )}
      {!conflict.isClosed && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('households.conflict.explain')}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
