import type {
  FamilyCategory,
  HardshipLevel,
  HouseholdStatus,
  LivingArrangement,
  RiskLevel,
} from '@nuanxin/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Red, orange, green: how closely a household is followed (DOMAIN.md section 4).
const RISK_COLORS: Record<RiskLevel, string> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'green' };

/** The current risk level, or a quiet "not assessed". */
export function RiskTag({ level }: { level: RiskLevel | null | undefined }) {
  const { t } = useTranslation();
  if (!level) return <Tag variant="outlined">{t('households.notAssessed')}</Tag>;
  return (
    <Tag color={RISK_COLORS[level]} data-testid="risk-tag">
      {t(`households.enum.risk.${level}`)}
    </Tag>
  );
}

/** 失独 and 伤残 in two calm, distinct colours. */
export function CategoryTag({ category }: { category: FamilyCategory }) {
  const { t } = useTranslation();
  return (
    <Tag color={category === 'BEREAVED' ? 'purple' : 'blue'}>
      {t(`households.enum.category.${category}`)}
    </Tag>
  );
}

/** 困难 stands out (it decides the larger grant); 一般 reads as plain text. */
export function HardshipTag({ level }: { level: HardshipLevel }) {
  const { t } = useTranslation();
  return level === 'HARDSHIP' ? (
    <Tag color="volcano">{t('households.enum.hardship.HARDSHIP')}</Tag>
  ) : (
    <Tag variant="outlined">{t('households.enum.hardship.ORDINARY')}</Tag>
  );
}

/** Only files out of the register are marked; 在册 is the normal case. */
export function StatusTag({ status }: { status: HouseholdStatus }) {
  const { t } = useTranslation();
  if (status === 'ACTIVE') return null;
  return <Tag color="default">{t(`households.enum.status.${status}`)}</Tag>;
}

/** A parent living alone needs closer care; other arrangements are not tagged. */
export function LivingAloneTag({ arrangement }: { arrangement: LivingArrangement }) {
  const { t } = useTranslation();
  if (arrangement !== 'ALONE') return null;
  return <Tag color="gold">{t('households.enum.living.ALONE')}</Tag>;
}
