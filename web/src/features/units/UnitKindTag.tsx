import type { UnitKind } from '@nuanxin/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const KIND_COLORS: Record<UnitKind, string> = {
  NATIONAL: 'magenta',
  PROVINCE: 'red',
  CITY: 'volcano',
  DISTRICT: 'gold',
  FUNCTIONAL_ZONE: 'purple',
  ENTERPRISE: 'geekblue',
  TOWN: 'cyan',
  VILLAGE: 'green',
};

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`unitKind.${kind}`)}
    </Tag>
  );
}
