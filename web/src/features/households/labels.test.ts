import {
  birthdayCalendarLabels,
  causeOfDeathLabels,
  contactKindLabels,
  disabilityTypeLabels,
  elderCareWishLabels,
  familyCategoryLabels,
  hardshipLevelLabels,
  householdStatusLabels,
  incomeSourceLabels,
  livingArrangementLabels,
  maritalStatusLabels,
  memberRelationLabels,
  needLabels,
  residenceTypeLabels,
  riskLevelLabels,
  sexLabels,
} from '@nuanxin/shared';
import { describe, expect, it } from 'vitest';
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';
import { ENUMS, type EnumName } from './field-format';

// The Chinese labels live in shared/ (the server's messages use them too); the locale files
// repeat them so that both languages go through i18next. They must not drift apart.
const SHARED: Record<EnumName, Record<string, string>> = {
  category: familyCategoryLabels,
  status: householdStatusLabels,
  risk: riskLevelLabels,
  hardship: hardshipLevelLabels,
  residence: residenceTypeLabels,
  living: livingArrangementLabels,
  relation: memberRelationLabels,
  sex: sexLabels,
  marital: maritalStatusLabels,
  calendar: birthdayCalendarLabels,
  cause: causeOfDeathLabels,
  disability: disabilityTypeLabels,
  need: needLabels,
  income: incomeSourceLabels,
  elderCare: elderCareWishLabels,
  contactKind: contactKindLabels,
};

describe('household enum labels', () => {
  it.each(Object.keys(ENUMS) as EnumName[])(
    '%s: Chinese as in shared/, English for every value',
    (name) => {
      expect(zhCN.households.enum[name]).toEqual(SHARED[name]);
      expect(Object.keys(enUS.households.enum[name]).sort()).toEqual([...ENUMS[name]].sort());
    },
  );
});
