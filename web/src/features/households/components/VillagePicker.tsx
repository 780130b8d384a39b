import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../units/UnitPicker';

type Props = {
  id?: string;
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  /** A unit that may not be chosen (the village a file is transferred from). */
  excludeUnitId?: string;
  'data-testid'?: string;
  style?: CSSProperties;
};

/**
 * A village or community (村居) of the user's subtree: the tree to expand, or a search that
 * finds villages only. Towns and districts are shown (to reach their villages) but not chosen.
 */
export function VillagePicker({ id, value, onChange, excludeUnitId, style, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <UnitPicker
      id={id}
      data-testid={rest['data-testid']}
      value={value}
      onChange={onChange}
      placeholder={t('households.form.villagePlaceholder')}
      isUnitDisabled={(unit) => unit.kind !== 'VILLAGE' || unit.id === excludeUnitId}
      searchKinds={['VILLAGE']}
      style={style}
    />
  );
}
