import { registerEnumType } from 'type-graphql';
import {
  BirthdayCalendar,
  CauseOfDeath,
  ContactKind,
  DisabilityType,
  ElderCareWish,
  FamilyCategory,
  HardshipLevel,
  HouseholdStatus,
  IncomeSource,
  LivingArrangement,
  MaritalStatus,
  MemberRelation,
  Need,
  ResidenceType,
  RiskLevel,
  Sex,
} from '@nuanxin/shared';

// The closed enumerations of the household file come from `shared/`, so the schema, the
// database checks and the form's choices cannot drift apart.
const enums = {
  FamilyCategory: [FamilyCategory, '失独 (BEREAVED) or 伤残 (DISABLED_CHILD)'],
  HouseholdStatus: [HouseholdStatus, 'ACTIVE, MOVED (out of the area) or CLOSED'],
  ResidenceType: [ResidenceType, '城镇 / 农村'],
  LivingArrangement: [LivingArrangement, 'Who the parents live with'],
  HardshipLevel: [HardshipLevel, '困难 / 一般: drives the holiday grant'],
  RiskLevel: [RiskLevel, 'From the latest assessment: how closely to follow the household'],
  Sex: [Sex, 'As on the national ID'],
  MemberRelation: [MemberRelation, "A person's place in the file"],
  ContactKind: [ContactKind, 'Contact persons (双岗联系人)'],
  Need: [Need, 'Needs named in assessments and wishes'],
  IncomeSource: [IncomeSource, 'Main income sources'],
  ElderCareWish: [ElderCareWish, 'Wish for old-age care'],
  BirthdayCalendar: [BirthdayCalendar, 'Solar or lunar birthday'],
  CauseOfDeath: [CauseOfDeath, "Cause of the child's death"],
  MaritalStatus: [MaritalStatus, 'Marital status'],
  DisabilityType: [DisabilityType, 'Disability certificate category'],
} as const;

for (const [name, [values, description]] of Object.entries(enums)) {
  registerEnumType(values, { name, description });
}
