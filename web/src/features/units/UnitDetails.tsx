import {
  CheckCircleOutlined,
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALLOWED_CHILD_KINDS } from './unit-rules';
import { UnitKindTag } from './UnitKindTag';
import type { UnitNode } from './useUnitTree';

export type UnitAction = 'addChild' | 'edit' | 'move' | 'deactivate' | 'reactivate';

type Props = {
  unit: UnitNode;
  parentName: string | undefined;
  /** The user's own unit: it cannot be moved or deactivated by them. */
  isOwnUnit: boolean;
  onAction: (action: UnitAction) => void;
};

/** The selected unit's facts and what can be done with it. */
export function UnitDetails({ unit, parentName, isOwnUnit, onAction }: Props) {
  const { t } = useTranslation();
  const childKinds = ALLOWED_CHILD_KINDS[unit.kind];

  const addChildBlocked = !unit.isActive
    ? t('units.inactiveNoChildren')
    : childKinds.length === 0
      ? t('units.noChildKinds', { kind: t(`unitKind.${unit.kind}`) })
      : undefined;
  const ownUnitBlocked = isOwnUnit ? t('units.ownUnitBlocked') : undefined;

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span data-testid="unit-details-name">{unit.name}</span>
          <UnitKindTag kind={unit.kind} />
          {!unit.isActive && <Tag>{t('units.inactive')}</Tag>}
        </Flex>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'kind', label: t('units.kind'), children: t(`unitKind.${unit.kind}`) },
          {
            key: 'code',
            label: t('units.code'),
            children: unit.code ?? (
              <Typography.Text type="secondary">{t('units.noCode')}</Typography.Text>
            ),
          },
          { key: 'parent', label: t('units.parent'), children: parentName ?? '—' },
          { key: 'sortOrder', label: t('units.sortOrder'), children: unit.sortOrder },
          {
            key: 'status',
            label: t('units.status'),
            children: unit.isActive ? (
              <Tag color="success">{t('units.active')}</Tag>
            ) : (
              <Tag>{t('units.inactive')}</Tag>
            ),
          },
          { key: 'children', label: t('units.childCount'), children: unit.childCount },
        ]}
      />
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Tooltip title={addChildBlocked}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="unit-add-child"
            disabled={!!addChildBlocked}
            onClick={() => onAction('addChild')}
          >
            {t('units.addChild')}
          </Button>
        </Tooltip>
        <Button icon={<EditOutlined />} data-testid="unit-edit" onClick={() => onAction('edit')}>
          {t('units.edit')}
        </Button>
        <Tooltip title={ownUnitBlocked}>
          <Button
            icon={<DragOutlined />}
            data-testid="unit-move"
            disabled={isOwnUnit}
            onClick={() => onAction('move')}
          >
            {t('units.move')}
          </Button>
        </Tooltip>
        {unit.isActive ? (
          <Tooltip title={ownUnitBlocked}>
            <Button
              danger
              icon={<StopOutlined />}
              data-testid="unit-deactivate"
              disabled={isOwnUnit}
              onClick={() => onAction('deactivate')}
            >
              {t('units.deactivate')}
            </Button>
          </Tooltip>
        ) : (
          <Button
            icon={<CheckCircleOutlined />}
            data-testid="unit-reactivate"
            onClick={() => onAction('reactivate')}
          >
            {t('units.reactivate')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
