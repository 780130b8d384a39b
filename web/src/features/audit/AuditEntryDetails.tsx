import { ArrowRightOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AuditRow,
  asRecord,
  type Change,
  changeRows,
  formatValue,
  UNIT_ID_FIELDS,
} from './audit-format';
import { UnitName } from './UnitName';
import { useAuditLabels } from './useAuditLabels';

/** The expanded row: the changed fields as old → new, then the other details. */
export function AuditEntryDetails({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const changes = changeRows(row.changes);
  const details = Object.entries(asRecord(row.details) ?? {});

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="audit-entry-details">
      {changes.length > 0 && (
        <Table<Change>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={changes}
          columns={[
            {
              key: 'field',
              title: t('audit.field'),
              render: (_, change) => labels.field(change.field),
            },
            {
              key: 'old',
              title: t('audit.oldValue'),
              render: (_, change) => (
                <Typography.Text type="secondary">
                  <Value field={change.field} value={change.old} />
                </Typography.Text>
              ),
            },
            {
              key: 'arrow',
              width: 32,
              render: () => <ArrowRightOutlined aria-label={t('audit.becomes')} />,
            },
            {
              key: 'new',
              title: t('audit.newValue'),
              render: (_, change) => <Value field={change.field} value={change.new} />,
            },
          ]}
        />
      )}
      {(details.length > 0 || row.requestId) && (
        <Descriptions
          size="small"
          column={1}
          items={[
            ...details.map(([key, value]) => ({
              key,
              label: labels.detail(key),
              children: <Value field={key} value={value} />,
            })),
            ...(row.requestId
              ? [
                  {
                    key: 'requestId',
                    label: t('audit.requestId'),
                    children: <Typography.Text code>{row.requestId}</Typography.Text>,
                  },
                ]
              : []),
          ]}
        />
      )}
    </Flex>
  );
}

/** A value as text; unit ids become the unit's name. */
function Value({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  if (UNIT_ID_FIELDS.includes(field) && typeof value === 'string' && value) {
    return <UnitName id={value} />;
  }
  return formatValue(field, value, t);
}
