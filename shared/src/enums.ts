// Closed enumerations shared by the database, the GraphQL schema and the UI. Each is a const
// object (so values can be referenced as `Role.VIEWER`), a union type of the same name, and a
// list in declaration order (for selects, GraphQL enum registration and validation).

/** Kinds of unit in the organisation tree (national down to village/community). */
export const UnitKind = {
  NATIONAL: 'NATIONAL',
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  DISTRICT: 'DISTRICT',
  FUNCTIONAL_ZONE: 'FUNCTIONAL_ZONE',
  ENTERPRISE: 'ENTERPRISE',
  TOWN: 'TOWN',
  VILLAGE: 'VILLAGE',
} as const;
export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];
export const UNIT_KINDS: readonly UnitKind[] = Object.values(UnitKind);

/** Roles of a human account. */
export const Role = {
  SYSTEM_ADMIN: 'SYSTEM_ADMIN',
  UNIT_ADMIN: 'UNIT_ADMIN',
  CASE_WORKER: 'CASE_WORKER',
  VIEWER: 'VIEWER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** Family category: bereaved (失独) or disabled-child (伤残). */
export const FamilyCategory = {
  BEREAVED: 'BEREAVED',
  DISABLED_CHILD: 'DISABLED_CHILD',
} as const;
export type FamilyCategory = (typeof FamilyCategory)[keyof typeof FamilyCategory];
export const FAMILY_CATEGORIES: readonly FamilyCategory[] = Object.values(FamilyCategory);

/** Residence type (城镇 / 农村). */
export const ResidenceType = {
  URBAN: 'URBAN',
  RURAL: 'RURAL',
} as const;
export type ResidenceType = (typeof ResidenceType)[keyof typeof ResidenceType];
export const RESIDENCE_TYPES: readonly ResidenceType[] = Object.values(ResidenceType);

/** Who the household's parents live with. */
export const LivingArrangement = {
  WITH_SPOUSE: 'WITH_SPOUSE',
  ALONE: 'ALONE',
  CARE_HOME: 'CARE_HOME',
  WITH_RELATIVES: 'WITH_RELATIVES',
  OTHER: 'OTHER',
} as const;
export type LivingArrangement = (typeof LivingArrangement)[keyof typeof LivingArrangement];
export const LIVING_ARRANGEMENTS: readonly LivingArrangement[] = Object.values(LivingArrangement);

/** Economic hardship level; it drives the yearly holiday grant. */
export const HardshipLevel = {
  HARDSHIP: 'HARDSHIP',
  ORDINARY: 'ORDINARY',
} as const;
export type HardshipLevel = (typeof HardshipLevel)[keyof typeof HardshipLevel];
export const HARDSHIP_LEVELS: readonly HardshipLevel[] = Object.values(HardshipLevel);

/** Lifecycle of a household file; files are never deleted, only moved or closed. */
export const HouseholdStatus = {
  ACTIVE: 'ACTIVE',
  MOVED: 'MOVED',
  CLOSED: 'CLOSED',
} as const;
export type HouseholdStatus = (typeof HouseholdStatus)[keyof typeof HouseholdStatus];
export const HOUSEHOLD_STATUSES: readonly HouseholdStatus[] = Object.values(HouseholdStatus);

/** Sex, as recorded on the national ID (GB 11643). */
export const Sex = {
  MALE: 'MALE',
  FEMALE: 'FEMALE',
} as const;
export type Sex = (typeof Sex)[keyof typeof Sex];
export const SEXES: readonly Sex[] = Object.values(Sex);

/** Risk level from an assessment; it decides how closely a household is followed. */
export const RiskLevel = {
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
} as const;
export type RiskLevel = (typeof RiskLevel)[keyof typeof RiskLevel];
export const RISK_LEVELS: readonly RiskLevel[] = Object.values(RiskLevel);

/** Cause of the child's death, for a bereaved family. */
export const CauseOfDeath = {
  ILLNESS: 'ILLNESS',
  ACCIDENT: 'ACCIDENT',
  SUICIDE: 'SUICIDE',
  OTHER: 'OTHER',
} as const;
export type CauseOfDeath = (typeof CauseOfDeath)[keyof typeof CauseOfDeath];
export const CAUSES_OF_DEATH: readonly CauseOfDeath[] = Object.values(CauseOfDeath);

/** Marital status of a member. */
export const MaritalStatus = {
  MARRIED: 'MARRIED',
  WIDOWED: 'WIDOWED',
  DIVORCED: 'DIVORCED',
  REMARRIED: 'REMARRIED',
  UNMARRIED: 'UNMARRIED',
} as const;
export type MaritalStatus = (typeof MaritalStatus)[keyof typeof MaritalStatus];
export const MARITAL_STATUSES: readonly MaritalStatus[] = Object.values(MaritalStatus);

/** A person's place in the household file (一户一档): parents, the child, grandchildren, others. */
export const MemberRelation = {
  FATHER: 'FATHER',
  MOTHER: 'MOTHER',
  CHILD: 'CHILD',
  GRANDCHILD: 'GRANDCHILD',
  OTHER: 'OTHER',
} as const;
export type MemberRelation = (typeof MemberRelation)[keyof typeof MemberRelation];
export const MEMBER_RELATIONS: readonly MemberRelation[] = Object.values(MemberRelation);

/** Named contact persons of a household (联系人制度, 双岗联系人). */
export const ContactKind = {
  ASSOCIATION_WORKER: 'ASSOCIATION_WORKER',
  VILLAGE_CADRE: 'VILLAGE_CADRE',
  VILLAGE_DOCTOR: 'VILLAGE_DOCTOR',
  VOLUNTEER: 'VOLUNTEER',
  OTHER: 'OTHER',
} as const;
export type ContactKind = (typeof ContactKind)[keyof typeof ContactKind];
export const CONTACT_KINDS: readonly ContactKind[] = Object.values(ContactKind);

/** Needs named in an assessment and in the household's wishes (DOMAIN.md section 4). */
export const Need = {
  PSYCHOLOGICAL: 'PSYCHOLOGICAL',
  MEDICAL: 'MEDICAL',
  ECONOMIC: 'ECONOMIC',
  ELDER_CARE: 'ELDER_CARE',
  LEGAL: 'LEGAL',
  DAILY_CARE: 'DAILY_CARE',
} as const;
export type Need = (typeof Need)[keyof typeof Need];
export const NEEDS: readonly Need[] = Object.values(Need);

/** Main income sources of a household. */
export const IncomeSource = {
  PENSION: 'PENSION',
  WAGES: 'WAGES',
  FARMING: 'FARMING',
  BUSINESS: 'BUSINESS',
  SUBSIDY: 'SUBSIDY',
  RELATIVES: 'RELATIVES',
  OTHER: 'OTHER',
} as const;
export type IncomeSource = (typeof IncomeSource)[keyof typeof IncomeSource];
export const INCOME_SOURCES: readonly IncomeSource[] = Object.values(IncomeSource);

/** Where the parents wish to be cared for in old age. */
export const ElderCareWish = {
  HOME: 'HOME',
  COMMUNITY: 'COMMUNITY',
  INSTITUTION: 'INSTITUTION',
  UNDECIDED: 'UNDECIDED',
} as const;
export type ElderCareWish = (typeof ElderCareWish)[keyof typeof ElderCareWish];
export const ELDER_CARE_WISHES: readonly ElderCareWish[] = Object.values(ElderCareWish);

/** Which calendar a person celebrates their birthday by (the care calendar needs it). */
export const BirthdayCalendar = {
  SOLAR: 'SOLAR',
  LUNAR: 'LUNAR',
} as const;
export type BirthdayCalendar = (typeof BirthdayCalendar)[keyof typeof BirthdayCalendar];
export const BIRTHDAY_CALENDARS: readonly BirthdayCalendar[] = Object.values(BirthdayCalendar);

/** Disability types of the national disability certificate (残疾人证). */
export const DisabilityType = {
  VISUAL: 'VISUAL',
  HEARING: 'HEARING',
  SPEECH: 'SPEECH',
  PHYSICAL: 'PHYSICAL',
  INTELLECTUAL: 'INTELLECTUAL',
  MENTAL: 'MENTAL',
  MULTIPLE: 'MULTIPLE',
} as const;
export type DisabilityType = (typeof DisabilityType)[keyof typeof DisabilityType];
export const DISABILITY_TYPES: readonly DisabilityType[] = Object.values(DisabilityType);

/** Generic error codes sent in GraphQL `extensions.code`; the web maps them to Chinese messages. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

/** Type guard: is `value` one of `values` (e.g. `isEnumValue(ROLES, input)`)? */
export function isEnumValue<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
